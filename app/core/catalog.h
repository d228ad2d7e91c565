// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/sqlite/affinity.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace LockLens::Catalog {

// The translation context of this namespace's messages: Tr::tr("...") (see
// ARCHITECTURE.md, "Translations").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::Catalog)
};

// How a table's rows are addressed.
enum class RowidKind {
    None, // a view
    Alias, // an INTEGER PRIMARY KEY column is the rowid
    Implicit, // an ordinary rowid table: the rowid is there, unnamed
    WithoutRowid, // a WITHOUT ROWID table: rows are keyed by the PRIMARY KEY
    Shadowed, // columns named rowid, _rowid_ and oid hide the rowid
};
QString rowidKindKey(RowidKind k); // "alias", "implicit", ...

// SQLite's column affinity: the engine's one definition (workers/affinity.h).
using LockLens::Affinity;
using LockLens::affinityName;
using LockLens::affinityOf;

enum class Hidden { No, VirtualTableHidden, GeneratedVirtual, GeneratedStored };

struct Column
{
    QString name;
    QString type; // as declared, may be empty
    Affinity affinity = Affinity::Blob;
    bool notNull = false;
    QVariant defaultValue; // the default's SQL text, invalid when there is none
    int pkPosition = 0; // 1-based position in the PRIMARY KEY, 0 when not part of it
    QString collation; // BINARY unless declared
    Hidden hidden = Hidden::No;
    bool generated() const { return hidden == Hidden::GeneratedVirtual || hidden == Hidden::GeneratedStored; }
};

struct IndexColumn
{
    QString name; // empty for an expression
    bool expression = false; // (the expression itself is in the index's SQL)
    bool descending = false;
    QString collation;
};

struct Index
{
    QString name;
    QString table;
    bool unique = false;
    QString origin; // "c" CREATE INDEX, "u" UNIQUE constraint, "pk" PRIMARY KEY
    bool partial = false;
    std::vector<IndexColumn> columns; // key columns only
    QString sql; // empty for indexes SQLite made itself
};

struct Trigger
{
    QString name;
    QString table;
    QString sql;
};

// Why a foreign key cannot work, found from the schema alone.
enum class FkProblem {
    None,
    ParentTableMissing,
    ParentColumnMissing,
    ParentHasNoPrimaryKey, // references the parent's primary key, which it does not declare
    ColumnCountMismatch, // as many child columns as parent key columns, or SQLite refuses
    ParentKeyNotUnique, // neither the PRIMARY KEY nor a UNIQUE index: "foreign key mismatch"
};

struct ForeignKey
{
    int id = 0;
    QString table; // the child (the table that declares it)
    QStringList from; // child columns
    QString parent; // as written
    QStringList to; // parent columns as written; empty: the parent's primary key
    QStringList resolvedTo; // the parent key columns actually meant (the PK when `to` is empty)
    QString onUpdate;
    QString onDelete;
    QString match;
    FkProblem problem = FkProblem::None;
    QString problemText; // one sentence for people, empty when there is no problem

    // The parent columns as resolved, or as written when they could not be resolved.
    QStringList parentColumns() const { return resolvedTo.isEmpty() ? to : resolvedTo; }
};

struct Table
{
    QString name;
    bool view = false;
    bool virtualTable = false;
    bool shadow = false; // a virtual table's shadow table
    QString sql;
    std::vector<Column> columns;
    RowidKind rowid = RowidKind::Implicit;
    QString rowidColumn; // the alias column's name for RowidKind::Alias
    bool autoincrement = false;
    std::optional<qint64> sequence; // its sqlite_sequence value, when it has one
    std::optional<qint64> rowCount; // when counted
    std::vector<ForeignKey> foreignKeys; // outgoing
    QString problem; // why the catalog could not read part of it (e.g. a view over a missing table)

    const Column *column(const QString &name) const; // SQLite's case-insensitive lookup
    QStringList primaryKey() const; // in key order; empty for none
    QStringList columnNames() const; // in order, hidden and generated ones too
    // Whether the rowid can be read (alias and implicit tables); otherwise the data grid keys
    // its pages by the primary key.
    bool hasRowid() const { return rowid == RowidKind::Alias || rowid == RowidKind::Implicit; }
};

struct Violation
{
    QString table;
    std::optional<qint64> rowid; // null for WITHOUT ROWID tables
    QString parent;
    int fkId = 0;
};

struct Schema
{
    QString sqliteVersion;
    QString journalMode;
    int pageSize = 0;
    qint64 pageCount = 0;
    QString encoding;
    bool foreignKeysEnabled = false;
    qint64 schemaVersion = -1; // PRAGMA schema_version when the schema was read: a change means re-read
    std::vector<Table> tables; // and views, in name order
    std::vector<Index> indexes;
    std::vector<Trigger> triggers;
    std::vector<Violation> violations;
    bool violationsChecked = false;
    QStringList notes; // what could not be checked and why

    const Table *table(const QString &name) const; // case-insensitive, as SQLite resolves names
    // Every foreign key that references `name`, from any table.
    std::vector<const ForeignKey *> incoming(const QString &name) const;
    std::vector<const Index *> indexesOf(const QString &table) const;
    int problemCount() const;
};

// A column's constraints in words: "PK 1", "NOT NULL", "DEFAULT 0", "COLLATE NOCASE",
// "generated, stored"...; the defaults (BINARY, no default) are left out.
QStringList columnAttributes(const Column &c);
// "ON UPDATE CASCADE ON DELETE SET NULL MATCH FULL", leaving out NO ACTION and NONE.
QString foreignKeyActions(const ForeignKey &fk);

// One sentence for people: how this table's rows are addressed, and why.
QString rowidExplanation(const Table &t);

// Fills in each foreign key's resolvedTo, problem and problemText from the schema alone,
// by the rules SQLite applies when a row is written (sqlite.org/foreignkeys.html §3).
void findForeignKeyProblems(Schema &schema);

} // namespace LockLens::Catalog

Q_DECLARE_METATYPE(LockLens::Catalog::Schema)
Q_DECLARE_METATYPE(LockLens::Catalog::ForeignKey)
