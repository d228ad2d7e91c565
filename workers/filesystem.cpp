// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/filesystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_LINUX)
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/vfs.h>
#elif defined(Q_OS_DARWIN) || defined(Q_OS_FREEBSD)
#include <sys/mount.h>
#include <sys/param.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace LockLens::FileSystem {

namespace {

// The directory that holds `path`, or its nearest existing parent: SQLite creates its
// journal, WAL and shared-memory files beside the database, in that directory.
QString existingDirectory(const QString &path)
{
    const QFileInfo fi(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    if (fi.isDir())
        return fi.absoluteFilePath();
    QString dir = fi.absolutePath();
    while (!QFileInfo(dir).isDir()) {
        const QString up = QFileInfo(dir).path(); // QDir::cdUp() refuses a parent that does not exist
        if (up == dir)
            break;
        dir = up;
    }
    return dir;
}

#if defined(Q_OS_LINUX)
// A field of /proc/self/mountinfo: space, tab, newline and backslash come as \ooo.
QString unescapeMountField(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int c = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(char(c));
                i += 3;
                continue;
            }
        }
        out.append(field.at(i));
    }
    return QFile::decodeName(out);
}

// The type of the mount holding `dir` (canonical), from /proc/self/mountinfo: the longest
// mount point that contains it, the device matching `dev` preferred, the last listed
// winning among equals (a later mount hides an earlier one at the same place). It names
// FUSE mounts ("fuse.sshfs"), which statfs() cannot. Empty when nothing matched.
QString mountType(const QString &dir, dev_t dev)
{
    QFile f(QStringLiteral("/proc/self/mountinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray wantDev = QByteArray::number(major(dev)) + ':' + QByteArray::number(minor(dev));
    QString best;
    qsizetype bestLength = -1;
    bool bestDevMatches = false;
    for (QByteArray line = f.readLine(); !line.isEmpty(); line = f.readLine()) {
        // id parent major:minor root mount-point options [optional...] - type source super-options
        const QList<QByteArray> fields = line.trimmed().split(' ');
        const qsizetype dash = fields.indexOf("-");
        if (fields.size() < 5 || dash < 5 || dash + 1 >= fields.size())
            continue;
        const QString point = unescapeMountField(fields.at(4));
        const bool contains
            = point == QLatin1String("/") || dir == point || dir.startsWith(point + QLatin1Char('/'));
        if (!contains)
            continue;
        const bool devMatches = fields.at(2) == wantDev;
        if (point.size() > bestLength || (point.size() == bestLength && (devMatches || !bestDevMatches))) {
            best = unescapeMountField(fields.at(dash + 1));
            bestLength = point.size();
            bestDevMatches = devMatches;
        }
    }
    return best;
}
#endif

} // namespace

QString nameOfMagic(quint32 magic)
{
    // linux/magic.h and the file systems' own sources.
    static const struct
    {
        quint32 magic;
        const char *name;
    } known[] = {
        { 0xEF53, "ext2/ext3/ext4" },
        { 0x9123683E, "btrfs" },
        { 0x58465342, "xfs" },
        { 0x01021994, "tmpfs" },
        { 0x858458F6, "ramfs" },
        { 0x794C7630, "overlay" },
        { 0x6969, "nfs" },
        { 0xFF534D42, "cifs" },
        { 0xFE534D42, "smb2" },
        { 0x517B, "smbfs" },
        { 0x2FC12FC1, "zfs" },
        { 0xF2F52010, "f2fs" },
        { 0x65735546, "fuse" },
        { 0x01021997, "9p" },
        { 0x4D44, "vfat/msdos" },
        { 0x2011BAB0, "exfat" },
        { 0x5346544E, "ntfs" },
        { 0x7366746E, "ntfs3" },
        { 0xF15F, "ecryptfs" },
        { 0x73717368, "squashfs" },
        { 0x5346414F, "afs" },
        { 0x00C36400, "ceph" },
        { 0x73757245, "coda" },
        { 0x52654973, "reiserfs" },
        { 0x3434, "nilfs" },
        { 0xCA451A4E, "bcachefs" },
        { 0x9660, "iso9660" },
        { 0x15013346, "udf" },
    };
    for (const auto &k : known) {
        if (k.magic == magic)
            return QLatin1String(k.name);
    }
    return QStringLiteral("unknown (0x%1)").arg(magic, 0, 16);
}

bool isNetworkType(const QString &type)
{
    static const char *const network[] = { "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "9p", "afs",
        "ceph", "coda", "glusterfs", "lustre", "ncpfs", "davfs", "webdav", "afpfs", "sshfs" };
    QString t = type.toLower();
    // FUSE names the program that serves the mount: "fuse.sshfs", "fuse.glusterfs".
    if (t.startsWith(QLatin1String("fuse.")) || t.startsWith(QLatin1String("fuseblk.")))
        t = t.mid(t.indexOf(QLatin1Char('.')) + 1);
    for (const char *n : network) {
        if (t == QLatin1String(n))
            return true;
    }
    // FUSE programs that reach remote storage.
    return t == QLatin1String("rclone") || t == QLatin1String("s3fs") || t == QLatin1String("gcsfuse");
}

Info of(const QString &path)
{
    Info info;
    if (path.isEmpty()) {
        info.type = QStringLiteral("memory");
        return info;
    }
    const QString dir = existingDirectory(path);
#if defined(Q_OS_LINUX)
    const QByteArray native = QFile::encodeName(dir);
    struct statfs fs;
    if (::statfs(native.constData(), &fs) != 0)
        return info;
    info.type = nameOfMagic(quint32(fs.f_type));
    struct stat st;
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    if (!canonical.isEmpty() && ::stat(native.constData(), &st) == 0) {
        const QString mounted = mountType(canonical, st.st_dev);
        if (!mounted.isEmpty())
            info.type = mounted;
    }
    info.network = isNetworkType(info.type);
#elif defined(Q_OS_DARWIN) || defined(Q_OS_FREEBSD)
    struct statfs fs;
    if (::statfs(QFile::encodeName(dir).constData(), &fs) != 0)
        return info;
    info.type = QString::fromUtf8(fs.f_fstypename);
    info.network = !(fs.f_flags & MNT_LOCAL) || isNetworkType(info.type);
#elif defined(Q_OS_WIN)
    // The volume's root ("C:\", "\\server\share\", a mounted folder), then its file system.
    // A share reports the server's file system (often NTFS): the drive type tells it apart.
    const std::wstring native = QDir::toNativeSeparators(dir).toStdWString();
    wchar_t root[MAX_PATH + 1] = {};
    if (!GetVolumePathNameW(native.c_str(), root, MAX_PATH + 1))
        return info;
    wchar_t name[MAX_PATH + 1] = {};
    if (GetVolumeInformationW(root, nullptr, 0, nullptr, nullptr, nullptr, name, MAX_PATH + 1))
        info.type = QString::fromWCharArray(name);
    info.network = GetDriveTypeW(root) == DRIVE_REMOTE || isNetworkType(info.type);
#else
    Q_UNUSED(dir);
#endif
    return info;
}

} // namespace LockLens::FileSystem
