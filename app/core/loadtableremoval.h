// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/dbconnection.h"

#include <QString>

// LockLens's own load table in the window's database: whether it is there before a run, and
// removing it afterwards when the run created it and the user asks. Short connections of
// their own, on the calling thread. (What a load table is: workers/loadtable.h.)
namespace LockLens::LoadTable {

// Whether the database has a table (or view) `table`; false with *error when that cannot be
// read (a locked or unreadable file: then nothing is known).
bool exists(const DatabaseLocation &where, const QString &table, bool *found, QString *error);
// The rows the table holds, or -1 with *error.
qint64 rowCount(const DatabaseLocation &where, const QString &table, QString *error);
// DROP TABLE, only for a table shaped as LockLens's load table (id INTEGER PRIMARY KEY,
// worker, value, payload): a table of the user's that merely has the name is refused.
// False with one line saying why.
bool drop(const DatabaseLocation &where, const QString &table, QString *error);

} // namespace LockLens::LoadTable
