// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/outputfile.h"

#include "workers/sentence.h"
#include "workers/sqlite/filekind.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace LockLens {

namespace {

// folderRefusal's messages are filed under the bare "LockLens" context, where lupdate put
// them (a free function of namespace LockLens) and where their translations are; the
// members' messages are OutputFile's. Moving these four to OutputFile::tr needs the .ts
// files refreshed.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LockLens)
};

using FileKind::Kind;
using FileKind::shown;

#ifdef Q_OS_UNIX
// /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N: the process's own descriptor N, as
// a shell treats them (opening them anew would start a regular file again at its first
// byte, or replace it); -1 for other names.
int ownDescriptor(const QString &path)
{
    if (path == QLatin1String("/dev/stdout"))
        return 1;
    if (path == QLatin1String("/dev/stderr"))
        return 2;
    static const QRegularExpression fd(QStringLiteral("^/(?:dev|proc/self)/fd/(\\d{1,9})$"));
    const QRegularExpressionMatch m = fd.match(path);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

QString systemError()
{
    return qt_error_string(errno);
}

// Empty when `dir` is a folder this process may create files in and `name` fits in it with
// the temporary's suffix (QSaveFile writes "name.XXXXXX" beside the target).
QString folderRefusal(const QString &dir, const QString &name)
{
    const FileKind::Info d = FileKind::of(dir);
    if (d.kind == Kind::Missing)
        return Tr::tr("cannot write into %1: the folder does not exist").arg(shown(dir));
    if (d.kind == Kind::Unreachable)
        return Tr::tr("cannot write into %1: %2").arg(shown(dir), qt_error_string(d.error));
    if (d.kind != Kind::Directory)
        return Tr::tr("cannot write into %1: it is not a folder").arg(shown(dir));
    if (::access(encoded(dir).constData(), W_OK | X_OK) != 0)
        return Tr::tr("cannot write into %1: %2").arg(shown(dir), systemError());
    const long nameMax = ::pathconf(encoded(dir).constData(), _PC_NAME_MAX);
    if (nameMax > 0 && encoded(name).size() + 7 > nameMax)
        return Tr::tr("cannot write %1: %2").arg(shown(name), qt_error_string(ENAMETOOLONG));
    return {};
}
#endif

} // namespace

OutputFile::OutputFile(const QString &path)
    : m_path(path)
{
}

OutputFile::~OutputFile()
{
    discard();
}

QString OutputFile::check(const QString &path)
{
    if (path.isEmpty())
        return tr("the file name is empty");
#ifdef Q_OS_UNIX
    const int own = ownDescriptor(path);
    if (own >= 0)
        return ::fcntl(own, F_GETFD) == -1 ? tr("cannot write %1: %2").arg(path, qt_error_string(EBADF))
                                           : QString();
    const FileKind::Info info = FileKind::of(path);
    switch (info.kind) {
    case Kind::Unreachable:
        return tr("cannot write %1: %2").arg(shown(path), qt_error_string(info.error));
    case Kind::Directory:
        return tr("%1 is a folder; give a file name").arg(shown(path));
    case Kind::Socket:
    case Kind::BlockDevice:
    case Kind::Other:
        return tr("%1 is %2: LockLens writes into files, devices and named pipes")
            .arg(shown(path), FileKind::describe(info.kind));
    case Kind::Fifo:
    case Kind::CharDevice:
        if (::access(encoded(path).constData(), W_OK) != 0)
            return tr("%1 cannot be written: %2").arg(shown(path), systemError());
        return {};
    case Kind::Regular: {
        if (::access(encoded(path).constData(), W_OK) != 0)
            return tr("%1 cannot be written: %2").arg(shown(path), systemError());
        const QFileInfo target(QFileInfo(path).canonicalFilePath()); // what a link points to
        return folderRefusal(target.absolutePath(), target.fileName());
    }
    case Kind::Missing:
        break;
    }
    const QFileInfo fi(QFileInfo(path).absoluteFilePath());
    return folderRefusal(fi.absolutePath(), fi.fileName());
#else
    const QFileInfo fi(path);
    if (fi.isDir())
        return tr("%1 is a folder; give a file name").arg(shown(path));
    if (fi.exists() && !fi.isWritable())
        return tr("%1 cannot be written").arg(shown(path));
    const QFileInfo dir(fi.absolutePath());
    if (!dir.isDir() || !dir.isWritable())
        return tr("cannot write into %1").arg(shown(dir.filePath()));
    return {};
#endif
}

bool OutputFile::writesInPlace(const QString &path)
{
#ifdef Q_OS_UNIX
    if (ownDescriptor(path) >= 0)
        return true;
    const Kind kind = FileKind::of(path).kind;
    return kind == Kind::Fifo || kind == Kind::CharDevice;
#else
    Q_UNUSED(path);
    return false;
#endif
}

bool OutputFile::fail(const QString &reason, QString *error)
{
    if (error)
        *error = tr("cannot write %1: %2").arg(shown(m_path), reason);
    discard();
    return false;
}

bool OutputFile::open(QString *error)
{
    discard();
    const QString refused = check(m_path);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
#ifdef Q_OS_UNIX
    const int own = ownDescriptor(m_path);
    if (own >= 0) {
        m_fd = ::fcntl(own, F_DUPFD_CLOEXEC, 0);
        return m_fd >= 0 || fail(systemError(), error);
    }
    const Kind kind = FileKind::of(m_path).kind;
    if (kind == Kind::Fifo || kind == Kind::CharDevice) {
        // A pipe opened for writing without a reader would block until one comes: refused
        // instead (ENXIO), then written blocking like any stream.
        m_fd = ::open(encoded(m_path).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
        if (m_fd < 0 && errno == ENXIO && kind == Kind::Fifo)
            return fail(tr("no process is reading this named pipe (start the reader first)"), error);
        if (m_fd < 0)
            return fail(systemError(), error);
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) & ~O_NONBLOCK);
        return true;
    }
#endif
    m_file = std::make_unique<QSaveFile>(m_path);
    // Unbuffered: a full disk is found by the write that meets it, with its reason.
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(m_file->errorString(), error);
    return true;
}

bool OutputFile::isOpen() const
{
    return m_fd >= 0 || (m_file && m_file->isOpen());
}

bool OutputFile::write(const QByteArray &data, QString *error)
{
    if (!isOpen())
        return fail(tr("the file is not open"), error);
    const char *p = data.constData();
    qint64 left = data.size();
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        while (left > 0) {
            const ssize_t n = ::write(m_fd, p, std::size_t(std::min<qint64>(left, SSIZE_MAX)));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return fail(n < 0 ? systemError() : qt_error_string(EIO), error);
            p += n;
            left -= n;
        }
        return true;
    }
#endif
    // A short write is no error to QFileDevice: the next one meets the reason (ENOSPC).
    while (left > 0) {
        const qint64 n = m_file->write(p, left);
        if (n <= 0)
            return fail(m_file->errorString(), error);
        p += n;
        left -= n;
    }
    return true;
}

bool OutputFile::commit(QString *error)
{
    if (!isOpen())
        return fail(tr("the file is not open"), error);
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        const int fd = m_fd;
        m_fd = -1;
        // A device or pipe has nothing to sync; a regular file reached through /dev/fd has.
        if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS && errno != ENOTSUP) {
            const QString why = systemError();
            ::close(fd);
            return fail(why, error);
        }
        if (::close(fd) != 0 && errno != EINTR)
            return fail(systemError(), error);
        return true;
    }
#endif
    if (!m_file->commit())
        return fail(m_file->errorString(), error);
    m_file.reset();
    return true;
}

void OutputFile::discard()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
    m_fd = -1;
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
}

bool OutputFile::save(const QString &path, const QByteArray &data, QString *error)
{
    OutputFile out(path);
    return out.open(error) && out.write(data, error) && out.commit(error);
}

bool OutputFile::saveForWindow(const QString &path, const QByteArray &data, QString *error)
{
    if (save(path, data, error))
        return true;
    if (error)
        *error = asSentence(*error);
    return false;
}

} // namespace LockLens
