// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/catalog.h"
#include "app/core/dbconnection.h"

namespace LockLens::Catalog {

struct ReadOptions
{
    bool countRows = true; // count(*) every table (reads every page of every table)
    bool checkViolations = true; // PRAGMA foreign_key_check (reads every child table)
    int maxViolationsPerTable = 10000;
};

// Reads the whole schema through `db` (opened read-only: reading never writes). Rowid
// kinds, autoincrement and collations come from SQLite itself: its index list and the
// bytecode it compiles (EXPLAIN), never from parsing CREATE statements.
// Fails (returning false) only when the database cannot be read at all, or is corrupt;
// a table SQLite cannot describe (a view over a missing table, a virtual table whose
// module is missing) gets its `problem` set and the rest is still read.
bool readSchema(const DbConnection &db, const ReadOptions &options, Schema *out, SqlFailure *error);
// Opens `where` read-only in the calling thread, reads its schema and closes it again; the
// failure's message names the database and says what is wrong with it.
bool readSchema(const DatabaseLocation &where, const ReadOptions &options, Schema *out, SqlFailure *error,
    int busyTimeoutMs = 2000);

} // namespace LockLens::Catalog
