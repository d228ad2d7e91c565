// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace LockLens::FileKind {

// The translation context of this namespace's messages: Tr::tr("...") (see
// ARCHITECTURE.md, "Translations").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::FileKind)
};

// What a path names, a symbolic link counting as what it points to.
enum class Kind {
    Missing, // nothing there (or a dangling link)
    Regular,
    Directory,
    Fifo, // a named pipe
    CharDevice, // /dev/null, /dev/full, a terminal
    BlockDevice, // a disk
    Socket,
    Other,
    Unreachable, // the system would not say (a name too long, no permission): see Info::error
};

struct Info
{
    Kind kind = Kind::Missing;
    int error = 0; // errno of the look-up when kind is Unreachable
};

Info of(const QString &path);

// "a named pipe (FIFO)", "a folder"...: what a kind is called in messages.
QString describe(Kind kind);

// Why `path` cannot be read as a file (a database, a scenario, a results store), in one
// line naming it; "" for a regular file, or a name where nothing is yet. Whatever is not a
// regular file is refused before anything opens it: reading a FIFO waits for a writer
// forever, a device never ends. The command line, the load lab and the window's File ▸
// Open all ask this.
QString readRefusal(const QString &path);

// Whether two names reach the same file (links followed, hard links and `..` included);
// names of files that do not exist yet are compared as absolute, cleaned paths.
bool sameFile(const QString &a, const QString &b);

// A name as messages show it: native separators, and the middle of a very long name
// (a 100 kB argument) left out.
QString shown(const QString &path);

} // namespace LockLens::FileKind
