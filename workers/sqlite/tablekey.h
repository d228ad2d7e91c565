// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>
#include <vector>

namespace LockLens {

// Runs one statement that reads, on whatever connection the caller has: its rows, or false
// with SQLite's reason.
using ReadRows = std::function<bool(
    const QString &sql, const QVariantList &binds, std::vector<QVariantList> *rows, QString *why)>;

// Which column of a table is its rowid: the one rule for the catalog, the existing-table
// load and the load table's check.
namespace TableKey {

// SQLite makes a primary key of one column declared INTEGER the rowid itself instead of
// indexing it; every other primary key (INT, BIGINT, two columns, the INTEGER PRIMARY KEY
// DESC quirk, a WITHOUT ROWID table's) has an index of its own. So the key is the rowid
// exactly when it has one column and no index with origin 'pk': that column (whose name may
// be empty: "" is a valid name), else none.
std::optional<QString> rowidColumnOf(const QStringList &primaryKey, bool primaryKeyIndexed);

// The same read from the database for `table` (unquoted; main's before an attached one's). False with SQLite's
// reason when the schema cannot be read.
bool rowidColumn(const ReadRows &read, const QString &table, std::optional<QString> *column, QString *why);

// The name by which a table without a rowid alias reaches its rowid: the first of rowid,
// _rowid_ and oid that no column of `columns` takes (SQLite compares names without case);
// none when the table has columns of all three names and its rows cannot be addressed.
std::optional<QString> freeRowidName(const QStringList &columns);

} // namespace TableKey
} // namespace LockLens
