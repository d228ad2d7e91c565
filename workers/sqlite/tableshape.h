// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/sqlite/tablekey.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace LockLens::TableShape {

// A column as PRAGMA table_xinfo gives it.
struct ColumnShape
{
    int cid = 0;
    QString name;
    QString type; // as declared ("" when none)
    bool notNull = false;
    QVariant defaultValue; // the DEFAULT's SQL text; null when there is none
    int pkPosition = 0; // 1-based position in the PRIMARY KEY; 0 when not in it
    int hidden = 0; // 0 ordinary, 1 hidden (virtual tables), 2 generated VIRTUAL, 3 generated STORED
};

// A foreign key as PRAGMA foreign_key_list gives it, its columns gathered.
struct ForeignKeyShape
{
    int id = 0;
    QString parent; // the parent table, as the REFERENCES clause spells it
    QStringList from; // the child's columns
    QStringList to; // the parent's columns; empty for "REFERENCES parent": its primary key
    QString onUpdate, onDelete, match;
};

// A key column of an index, as PRAGMA index_xinfo gives it.
struct IndexColumnShape
{
    QString name; // empty for an expression
    bool expression = false;
    bool descending = false;
    QString collation;
};

// An index as PRAGMA index_list gives it, with its key columns in order.
struct IndexShape
{
    QString name;
    bool unique = false;
    QString origin; // "c" CREATE INDEX, "u" UNIQUE constraint, "pk" PRIMARY KEY
    bool partial = false;
    std::vector<IndexColumnShape> columns;
};

// The columns of `table` (unquoted), hidden and generated ones included, in order.
bool readColumns(const ReadRows &read, const QString &table, std::vector<ColumnShape> *out, QString *why);
// The foreign keys of `table`, in SQLite's order (by id).
bool readForeignKeys(const ReadRows &read, const QString &table, std::vector<ForeignKeyShape> *out, QString *why);

// The indexes of `table`, in the order SQLite created them (the primary key's and UNIQUE
// constraints' before CREATE INDEX ones).
bool readIndexes(const ReadRows &read, const QString &table, std::vector<IndexShape> *out, QString *why);

// The names of `columns`.
QStringList namesOf(const std::vector<ColumnShape> &columns);

} // namespace LockLens::TableShape
