// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/sqlite/filekind.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/stat.h>
#endif

namespace LockLens::FileKind {

namespace {

constexpr qsizetype kShownLength = 160;

} // namespace

Info of(const QString &path)
{
    if (path.isEmpty())
        return { Kind::Missing, 0 };
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        const int e = errno;
        return e == ENOENT ? Info { Kind::Missing, 0 } : Info { Kind::Unreachable, e };
    }
    if (S_ISREG(st.st_mode))
        return { Kind::Regular, 0 };
    if (S_ISDIR(st.st_mode))
        return { Kind::Directory, 0 };
    if (S_ISFIFO(st.st_mode))
        return { Kind::Fifo, 0 };
    if (S_ISCHR(st.st_mode))
        return { Kind::CharDevice, 0 };
    if (S_ISBLK(st.st_mode))
        return { Kind::BlockDevice, 0 };
    if (S_ISSOCK(st.st_mode))
        return { Kind::Socket, 0 };
    return { Kind::Other, 0 };
#else
    const QFileInfo fi(path);
    if (!fi.exists())
        return { Kind::Missing, 0 };
    if (fi.isDir())
        return { Kind::Directory, 0 };
    return { fi.isFile() ? Kind::Regular : Kind::Other, 0 };
#endif
}

QString describe(Kind kind)
{
    switch (kind) {
    case Kind::Directory:
        return Tr::tr("a folder");
    case Kind::Fifo:
        return Tr::tr("a named pipe (FIFO)");
    case Kind::CharDevice:
        return Tr::tr("a device");
    case Kind::BlockDevice:
        return Tr::tr("a block device (a disk)");
    case Kind::Socket:
        return Tr::tr("a socket");
    case Kind::Regular:
        return Tr::tr("a file");
    case Kind::Missing:
    case Kind::Other:
    case Kind::Unreachable:
        break;
    }
    return Tr::tr("not a regular file");
}

QString readRefusal(const QString &path)
{
    const Info info = of(path);
    switch (info.kind) {
    case Kind::Missing:
    case Kind::Regular:
        return {};
    case Kind::Unreachable:
        return Tr::tr("cannot read %1: %2").arg(shown(path), qt_error_string(info.error));
    case Kind::Directory:
        return Tr::tr("%1 is a folder, not a file").arg(shown(path));
    case Kind::Fifo:
        return Tr::tr("%1 is a named pipe (FIFO), not a file: reading it would wait for a writer")
            .arg(shown(path));
    case Kind::CharDevice:
    case Kind::BlockDevice:
    case Kind::Socket:
    case Kind::Other:
        break;
    }
    return Tr::tr("%1 is %2, not a regular file").arg(shown(path), describe(info.kind));
}

bool sameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    struct stat sa = {}, sb = {};
    const bool haveA = ::stat(QFile::encodeName(a).constData(), &sa) == 0;
    const bool haveB = ::stat(QFile::encodeName(b).constData(), &sb) == 0;
    if (haveA && haveB)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    if (haveA != haveB)
        return false;
#endif
    // Neither exists yet: the same name once their folders' links are resolved.
    const auto name = [](const QString &p) {
        const QFileInfo fi(QDir::cleanPath(QFileInfo(p).absoluteFilePath()));
        const QString dir = QFileInfo(fi.absolutePath()).canonicalFilePath();
        return (dir.isEmpty() ? fi.absolutePath() : dir) + QLatin1Char('/') + fi.fileName();
    };
    return name(a) == name(b);
}

QString shown(const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    if (native.size() <= kShownLength)
        return native;
    return native.left(kShownLength / 2) + QStringLiteral("…") + native.right(kShownLength / 4);
}

} // namespace LockLens::FileKind
