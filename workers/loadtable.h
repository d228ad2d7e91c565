// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/sqlite/tablekey.h"

#include <QCoreApplication>
#include <QString>

namespace LockLens {

class ReadOnlyConnection;

// LockLens's own load table: `id INTEGER PRIMARY KEY` (the rowid), the worker that wrote the
// row (-1 for a prefilled one), a value and the payload. The one place that knows its shape.
namespace LoadTable {

// The translation context of this namespace's messages: Tr::tr("...") (see
// ARCHITECTURE.md, "Translations").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::LoadTable)
};

// CREATE TABLE IF NOT EXISTS for the table `qualified` (quoted, with its schema if any).
QString createSql(const QString &qualified);

enum class Found { Missing, LoadTable, OtherTable };
using ReadRows = LockLens::ReadRows;
// Whether the database has a table or view `table` (unquoted), and whether it is a load
// table (a table of the user's that merely shares the name is never written, nor dropped).
// False, with SQLite's reason, when the schema cannot be read.
bool find(const ReadRows &read, const QString &table, Found *found, QString *why);
bool find(ReadOnlyConnection &db, const QString &table, Found *found, QString *why);

// On PostgreSQL: the same table with a bigserial key, in the session's current schema.
QString createServerSql(const QString &quoted);
// Whether the server's current schema has a relation `table` (as named, case and all) and
// whether it is a load table: id bigint (its primary key), worker, value and payload bytea.
bool findOnServer(const ReadRows &read, const QString &table, Found *found, QString *why);

} // namespace LoadTable
} // namespace LockLens
