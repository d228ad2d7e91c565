// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/catalog.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace LockLens {

// What the data grid reads from one table or view, and the SQL that reads it in keyset
// pages: rows ordered by a unique key (the rowid, or the primary key of WITHOUT ROWID and
// shadowed tables), optionally after a user's sort column, each page asked for as "the
// rows after this key", so no statement stays open between pages and no page costs more
// than its own rows. Tables with no usable key (views, a shadowed table without a primary
// key) fall back to LIMIT/OFFSET.
struct BrowseSpec
{
    enum class Op { Contains, Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, IsNull, IsNotNull };
    struct Filter
    {
        int column = 0; // index into `columns`
        Op op = Op::Contains;
        QVariant value;
    };

    QString table;
    QStringList columns; // the table's columns, shown after the rowid column (if any)
    QList<bool> notNull; // per column: declared NOT NULL (lets key predicates use an index)
    QString rowidName; // an unshadowed name of the rowid (rowid, _rowid_ or oid); empty if none
    QStringList keyColumns; // primary key columns, when the rowid cannot be used
    int sortColumn = -1; // into `columns`; -1: key order
    bool sortDescending = false;
    std::vector<Filter> filters;

    // Builds the spec for a catalogued table or view.
    static BrowseSpec forTable(const Catalog::Table &t);
    // Parses what a user typed in a column's filter box: "text" (contains), "=5", "<>x",
    // "<3", ">=2.5", "NULL", "NOT NULL"... Returns false (with a reason) for nonsense.
    static bool parseFilter(const QString &typed, Filter *out, QString *why);

    bool hasRowid() const { return !rowidName.isEmpty(); }
    bool keyset() const { return hasRowid() || !keyColumns.isEmpty(); }
    // Columns of each fetched row: [rowid] + columns.
    int fieldCount() const { return int(columns.size()) + (hasRowid() ? 1 : 0); }
    int fieldOf(int column) const { return column + (hasRowid() ? 1 : 0); }
    // Where the parts of the ordering key sit in a fetched row.
    std::vector<int> keyFields() const;

    // SQL, with `?` placeholders; binds are appended to `binds` in order.
    QString selectList() const;
    // Rows after `after` (the key of a row; empty: from the start), in ascending order, or
    // before it in descending order; LIMIT ? OFFSET ? is appended (bind limit and offset).
    QString pageSql(const QVariantList &after, bool backwards, QVariantList *binds) const;
    // The key of the row `offset` rows after `after` (a sampling step for anchors).
    QString keyStepSql(const QVariantList &after, QVariantList *binds) const;
    QString countSql(QVariantList *binds) const;
    // Number of rows strictly before the row with key `key` (its position).
    QString positionSql(const QVariantList &key, QVariantList *binds) const;
    // The ordering key of the first row (that passes the filters) whose `columns` hold
    // `values`; e.g. the rowid, or a parent key a foreign key points at.
    QString lookupSql(const QStringList &columns, const QVariantList &values, QVariantList *binds) const;
    // The smallest and largest rowid (each an O(log n) lookup).
    QString rowidRangeSql() const;
    // The columns that identify a row: the rowid's name, or the primary key.
    QStringList uniqueKey() const { return hasRowid() ? QStringList { rowidName } : keyColumns; }

    Q_DECLARE_TR_FUNCTIONS(LockLens::BrowseSpec)
private:
    QString whereFilters(QVariantList *binds) const;
    QString orderBy(bool backwards) const;
    QStringList conditions(const QVariantList &after, bool backwards, QVariantList *binds) const;
    QString afterPredicate(const QVariantList &key, bool backwards, QVariantList *binds) const;
    QStringList keyExpressions() const;
    std::vector<bool> keyDescending() const;
    std::vector<bool> keyNullable() const;
};

} // namespace LockLens
