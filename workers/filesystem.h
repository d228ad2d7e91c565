// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LockLens::FileSystem {

// The file system a database lives on, as the report states it.
struct Info
{
    // The mount's type as the system names it: "ext4", "btrfs", "tmpfs", "nfs4", "fuse.sshfs"
    // (Linux), "apfs", "smbfs" (macOS), "NTFS", "ReFS" (Windows); "memory" for an in-memory
    // database; "unknown (0x…)" for a Linux magic number LockLens does not know; empty when
    // the system could not be asked.
    QString type;
    // A network file system, where SQLite's file locking is not reliable (nfs, cifs/smb, 9p,
    // sshfs...) and WAL's shared memory does not reach other machines.
    bool network = false;
};

// The file system holding `path` (a file or directory; when it does not exist yet, its
// nearest existing parent). An empty path is an in-memory database.
Info of(const QString &path);

// Linux: the name of a statfs() f_type, "unknown (0x…)" for others.
QString nameOfMagic(quint32 magic);
// Whether a file system type (as `of` names it) is a network one. Case-insensitive.
bool isNetworkType(const QString &type);

} // namespace LockLens::FileSystem
