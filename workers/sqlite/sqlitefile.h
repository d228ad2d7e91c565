// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace LockLens::SqliteFile {

// The translation context of this namespace's messages: Tr::tr("...") (see
// ARCHITECTURE.md, "Translations").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::SqliteFile)
};

// "file:///path/x.db" for SQLite's URI file names, with '?', '#' and '%' in the path
// escaped; `query` (without the '?') appended when given: "vfs=...", "immutable=1".
QString uri(const QString &path, const QString &query = {});

// A database on read-only media: its folder cannot be written, so SQLite cannot create the
// shared-memory file (-shm) that every reader of a WAL database needs, and there is no -shm,
// no -journal and no WAL content beside it. SQLite then refuses a WAL file ("unable to open
// database file") unless told it is immutable (URI parameter immutable=1): read without
// locks or -shm, on the promise that nobody changes it, which read-only media keep (a
// writer could create no journal there either). Such a file is read that way by `locklens
// schema`, a run that does not write, and the results store read for a report.
// Decided from the names around the file alone: the database file itself is never opened
// here, since closing a descriptor of it would drop the POSIX locks this process's SQLite
// connections hold on it.
bool readsAsImmutable(const QString &path);

// The name to give Qt's SQLite driver for `path`: the path, or its immutable=1 URI for a
// file readsAsImmutable() (*uri is then set: the connection needs QSQLITE_OPEN_URI).
QString databaseName(const QString &path, bool *uri);

// The one line saying so, for the output of whatever read it.
QString immutableNote(const QString &path);

} // namespace LockLens::SqliteFile
