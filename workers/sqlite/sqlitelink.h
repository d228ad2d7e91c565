// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct sqlite3;
class QSqlDatabase;

namespace LockLens::SqliteLink {

// Whether Qt's QSQLITE driver runs on the same SQLite library that LockLens links.
// Decided once per process, without touching any driver handle: a VFS is registered
// with the linked SQLite and a database is opened through Qt by URI naming it; that open
// fails when the driver carries its own SQLite copy (official Qt builds for Windows and
// macOS). Call from any thread; the first call opens and closes a probe connection.
bool driverSharesLibrary();

// The driver's sqlite3 handle; nullptr unless driverSharesLibrary() and the database is open.
sqlite3 *nativeHandle(const QSqlDatabase &db);

// sqlite3_libversion() of the library LockLens links.
QString linkedVersion();

// "system" when the driver runs on the library LockLens links (on Linux, the system
// libsqlite3), "bundled" when Qt's driver compiled in its own copy.
QString driverSource();

// How many databases a connection of Qt's driver can ATTACH (SQLITE_LIMIT_ATTACHED): what the
// linked SQLite says where the driver runs on it, else SQLite's default of 10.
int attachedLimit();

// A name no other connection in this process uses: "locklens-<role>-<n>".
QString uniqueConnectionName(const QString &role);

} // namespace LockLens::SqliteLink
