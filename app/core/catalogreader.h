// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "dbconnection.h"

#include <atomic>

namespace LockLens::Catalog {

struct ReadOptions
{
    bool countRows = true; // count(*) every table (reads every page of every table)
    bool checkViolations = true; // PRAGMA foreign_key_check (reads every child table)
    int maxViolationsPerTable = 10000;
    const std::atomic<bool> *cancel = nullptr; // checked between tables
};

// Reads the whole schema through `db` (opened read-only: reading never writes). Rowid
// kinds, autoincrement and collations come from SQLite itself: its index list and the
// bytecode it compiles (EXPLAIN), never from parsing CREATE statements.
// Fails (returning false) only when the database cannot be read at all, or is corrupt;
// a table SQLite cannot describe (a view over a missing table, a virtual table whose
// module is missing) gets its `problem` set and the rest is still read.
bool readSchema(const DbConnection &db, const ReadOptions &options, Schema *out, SqlFailure *error);

} // namespace LockLens::Catalog
