// SPDX-License-Identifier: GPL-3.0-or-later
// Special files for the tests of outputs and inputs: named pipes and a process reading
// them, a folder on read-only media, a full disk. (Unix only; callers skip elsewhere.)
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace LockLens::Fixture {

#ifdef Q_OS_UNIX
inline bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

inline bool isFifo(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

inline bool isCharDevice(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

// The reading end of a named pipe, held open by the test itself (non-blocking), so that a
// writer finds a reader; readAll() takes what has arrived.
class FifoReader
{
public:
    explicit FifoReader(const QString &path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC))
    {
    }
    ~FifoReader()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FifoReader(const FifoReader &) = delete;
    FifoReader &operator=(const FifoReader &) = delete;
    bool ok() const { return m_fd >= 0; }
    // Everything in the pipe now (the writer may still write more).
    QByteArray readAll()
    {
        QByteArray out;
        char buf[65536];
        for (;;) {
            const ssize_t n = ::read(m_fd, buf, sizeof buf);
            if (n <= 0)
                break;
            out.append(buf, qsizetype(n));
        }
        m_total += out;
        return out;
    }
    QByteArray total() const { return m_total; }

private:
    int m_fd = -1;
    QByteArray m_total;
};

// What `save(path, &why)` wrote into a new named pipe at `path` that the test holds open for
// reading (a save smaller than the pipe's buffer, 64 KiB on Linux). Empty when the pipe
// could not be made, the save failed (`why` says), or the pipe was replaced by a file.
template<typename Save> QByteArray savedIntoFifo(const QString &path, Save save, QString *why)
{
    if (!makeFifo(path))
        return {};
    FifoReader reader(path);
    if (!reader.ok() || !save(path, why) || !isFifo(path))
        return {};
    return reader.readAll();
}

// `source` as a folder nothing can be created in, as on read-only media: chmod 0555, or
// for root, whom modes do not stop, a read-only bind mount of it (needs CAP_SYS_ADMIN).
// Undone when destroyed. path() is empty when neither worked (why() says).
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &source)
        : m_source(source)
    {
        ::chmod(QFile::encodeName(source).constData(), 0555);
        if (cannotCreateIn(source)) {
            m_path = source;
            return;
        }
        ::chmod(QFile::encodeName(source).constData(), 0755);
        const QString mount = source + QStringLiteral("-ro");
        QDir().mkpath(mount);
        if (QProcess::execute(QStringLiteral("mount"), { QStringLiteral("--bind"), source, mount }) != 0) {
            m_why = QStringLiteral("chmod does not stop this user and a bind mount is not allowed");
            return;
        }
        m_mounted = mount;
        if (QProcess::execute(
                QStringLiteral("mount"), { QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), mount })
                == 0
            && cannotCreateIn(mount))
            m_path = mount;
        else
            m_why = QStringLiteral("cannot remount the bind mount read-only");
    }
    ~ReadOnlyFolder()
    {
        if (!m_mounted.isEmpty())
            QProcess::execute(QStringLiteral("umount"), { m_mounted });
        ::chmod(QFile::encodeName(m_source).constData(), 0755);
    }
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;
    QString path() const { return m_path; }
    QString why() const { return m_why; }

private:
    static bool cannotCreateIn(const QString &dir)
    {
        QFile probe(QDir(dir).filePath(QStringLiteral(".probe")));
        if (!probe.open(QIODevice::WriteOnly))
            return true;
        probe.remove();
        return false;
    }

    QString m_source, m_path, m_mounted, m_why;
};

// A 256 KiB tmpfs at `mountPoint`, filled so that no byte is left (needs CAP_SYS_ADMIN).
// ok() is false when it could not be mounted.
class FullDisk
{
public:
    explicit FullDisk(const QString &mountPoint)
        : m_path(mountPoint)
    {
        QDir().mkpath(mountPoint);
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                        { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                            QStringLiteral("size=256k"), QStringLiteral("tmpfs"), mountPoint })
            == 0;
        if (!m_mounted)
            return;
        QFile filler(QDir(mountPoint).filePath(QStringLiteral("filler")));
        filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) { }
    }
    ~FullDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), { m_path });
    }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;
    bool ok() const { return m_mounted; }
    QString filePath(const QString &name) const { return QDir(m_path).filePath(name); }

private:
    QString m_path;
    bool m_mounted = false;
};
#endif

} // namespace LockLens::Fixture
