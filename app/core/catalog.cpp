// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/catalog.h"

namespace LockLens::Catalog {

namespace {
bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QString rowidKindKey(RowidKind k)
{
    switch (k) {
    case RowidKind::None:
        return QString();
    case RowidKind::Alias:
        return QStringLiteral("alias");
    case RowidKind::Implicit:
        return QStringLiteral("implicit");
    case RowidKind::WithoutRowid:
        return QStringLiteral("without_rowid");
    case RowidKind::Shadowed:
        return QStringLiteral("shadowed");
    }
    return QString();
}

const Column *Table::column(const QString &n) const
{
    for (const Column &c : columns)
        if (sameName(c.name, n))
            return &c;
    return nullptr;
}

QStringList Table::columnNames() const
{
    QStringList names;
    for (const Column &c : columns)
        names << c.name;
    return names;
}

QStringList Table::primaryKey() const
{
    std::vector<const Column *> pk;
    for (const Column &c : columns)
        if (c.pkPosition > 0)
            pk.push_back(&c);
    std::sort(
        pk.begin(), pk.end(), [](const Column *a, const Column *b) { return a->pkPosition < b->pkPosition; });
    QStringList names;
    for (const Column *c : pk)
        names << c->name;
    return names;
}

const Table *Schema::table(const QString &n) const
{
    for (const Table &t : tables)
        if (sameName(t.name, n))
            return &t;
    return nullptr;
}

std::vector<const ForeignKey *> Schema::incoming(const QString &n) const
{
    std::vector<const ForeignKey *> in;
    for (const Table &t : tables)
        for (const ForeignKey &fk : t.foreignKeys)
            if (sameName(fk.parent, n))
                in.push_back(&fk);
    return in;
}

std::vector<const Index *> Schema::indexesOf(const QString &tableName) const
{
    std::vector<const Index *> out;
    for (const Index &i : indexes)
        if (sameName(i.table, tableName))
            out.push_back(&i);
    return out;
}

int Schema::problemCount() const
{
    int n = 0;
    for (const Table &t : tables)
        for (const ForeignKey &fk : t.foreignKeys)
            n += fk.problem != FkProblem::None;
    return n;
}

QStringList columnAttributes(const Column &c)
{
    QStringList attrs;
    if (c.pkPosition > 0)
        attrs << Tr::tr("PK %1").arg(c.pkPosition);
    if (c.notNull)
        attrs << QStringLiteral("NOT NULL");
    if (!c.defaultValue.isNull())
        attrs << QStringLiteral("DEFAULT %1").arg(c.defaultValue.toString());
    if (c.collation.compare(QLatin1String("BINARY"), Qt::CaseInsensitive) != 0)
        attrs << QStringLiteral("COLLATE %1").arg(c.collation);
    if (c.generated())
        attrs << (c.hidden == Hidden::GeneratedStored ? Tr::tr("generated, stored")
                                                      : Tr::tr("generated, virtual"));
    else if (c.hidden == Hidden::VirtualTableHidden)
        attrs << Tr::tr("hidden");
    return attrs;
}

QString foreignKeyActions(const ForeignKey &fk)
{
    QStringList a;
    if (fk.onUpdate != QLatin1String("NO ACTION"))
        a << QStringLiteral("ON UPDATE %1").arg(fk.onUpdate);
    if (fk.onDelete != QLatin1String("NO ACTION"))
        a << QStringLiteral("ON DELETE %1").arg(fk.onDelete);
    if (fk.match != QLatin1String("NONE"))
        a << QStringLiteral("MATCH %1").arg(fk.match);
    return a.join(QLatin1Char(' '));
}

QString rowidExplanation(const Table &t)
{
    const QStringList pk = t.primaryKey();
    switch (t.rowid) {
    case RowidKind::None:
        return Tr::tr("A view has no rowid.");
    case RowidKind::Alias:
        return t.autoincrement
            ? Tr::tr(
                "\"%1\" is the INTEGER PRIMARY KEY, so it is the rowid; AUTOINCREMENT never reuses a rowid, "
                "keeping the largest one ever used in sqlite_sequence.")
                  .arg(t.rowidColumn)
            : Tr::tr("\"%1\" is the INTEGER PRIMARY KEY, so it is another name for the rowid.")
                  .arg(t.rowidColumn);
    case RowidKind::Implicit:
        if (t.virtualTable)
            return Tr::tr("A virtual table: its module provides the rowid.");
        if (pk.size() == 1) {
            const Column *c = t.column(pk.first());
            if (c && c->type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) != 0)
                return Tr::tr(
                    "The rowid is hidden: \"%1\" is the PRIMARY KEY but declared %2, not INTEGER, so it is "
                    "an ordinary column with a unique index, not the rowid.")
                    .arg(c->name, c->type.isEmpty() ? Tr::tr("without a type") : c->type);
            return Tr::tr(
                "The rowid is hidden: \"%1\" is declared INTEGER PRIMARY KEY DESC, which SQLite keeps as an "
                "ordinary column with a unique index, not the rowid.")
                .arg(pk.first());
        }
        if (pk.size() > 1)
            return Tr::tr(
                "The rowid is hidden: a composite PRIMARY KEY (%1) is a unique index, not the rowid.")
                .arg(pk.join(QLatin1String(", ")));
        return Tr::tr(
            "An ordinary rowid table: each row has a hidden 64-bit rowid, readable as rowid, _rowid_ "
            "or oid.");
    case RowidKind::WithoutRowid:
        return Tr::tr("WITHOUT ROWID: rows are stored in PRIMARY KEY order (%1) and have no rowid.")
            .arg(pk.join(QLatin1String(", ")));
    case RowidKind::Shadowed:
        return Tr::tr(
            "The rowid exists but cannot be read: columns named rowid, _rowid_ and oid hide all three of "
            "its names.");
    }
    return QString();
}

namespace {

QString quotedList(const QStringList &names)
{
    QStringList q;
    for (const QString &n : names)
        q << QLatin1Char('"') + n + QLatin1Char('"');
    return q.join(QLatin1String(", "));
}

// SQLite's own test (sqlite3FkLocateIndex): a UNIQUE, non-partial index whose key columns
// are exactly the parent columns, each with the parent column's collation.
bool indexCovers(const Index &idx, const Table &parent, const QStringList &to)
{
    if (!idx.unique || idx.partial || int(idx.columns.size()) != to.size())
        return false;
    for (const IndexColumn &ic : idx.columns) {
        if (ic.expression)
            return false;
        const auto match
            = std::find_if(to.begin(), to.end(), [&](const QString &n) { return sameName(n, ic.name); });
        if (match == to.end())
            return false;
        const Column *col = parent.column(*match);
        if (!col || !sameName(col->collation, ic.collation))
            return false;
    }
    return true;
}

bool sameColumnSet(const Index &idx, const QStringList &to)
{
    if (int(idx.columns.size()) != to.size())
        return false;
    for (const IndexColumn &ic : idx.columns)
        if (ic.expression
            || std::none_of(to.begin(), to.end(), [&](const QString &n) { return sameName(n, ic.name); }))
            return false;
    return true;
}

void classify(const Schema &schema, ForeignKey &fk)
{
    const QString mismatch
        = Tr::tr("with foreign_keys on, every write to \"%1\" fails with \"foreign key mismatch\"")
              .arg(fk.table);
    const Table *parent = schema.table(fk.parent);
    if (!parent || parent->view) {
        fk.problem = FkProblem::ParentTableMissing;
        fk.problemText = parent
            ? Tr::tr("\"%1\" is a view, not a table: %2.").arg(fk.parent, mismatch)
            : Tr::tr(
                "Parent table \"%1\" does not exist: with foreign_keys on, every write to \"%2\" fails with "
                "\"no such table\".")
                  .arg(fk.parent, fk.table);
        return;
    }
    if (fk.to.isEmpty()) {
        fk.resolvedTo = parent->primaryKey();
        if (fk.resolvedTo.isEmpty()) {
            fk.problem = FkProblem::ParentHasNoPrimaryKey;
            fk.problemText = Tr::tr("It references the primary key of \"%1\", which declares none: %2.")
                                 .arg(parent->name, mismatch);
        } else if (fk.resolvedTo.size() != fk.from.size()) {
            fk.problem = FkProblem::ColumnCountMismatch;
            fk.problemText = Tr::tr("It has %1 column(s) but the primary key of \"%2\" has %3: %4.")
                                 .arg(QString::number(fk.from.size()), parent->name,
                                     QString::number(fk.resolvedTo.size()), mismatch);
        }
        return;
    }
    fk.resolvedTo = fk.to;
    for (const QString &c : fk.to) {
        if (!parent->column(c)) {
            fk.problem = FkProblem::ParentColumnMissing;
            fk.problemText
                = Tr::tr("Parent table \"%1\" has no column \"%2\": %3.").arg(parent->name, c, mismatch);
            return;
        }
    }
    if (fk.to.size() == 1 && parent->rowid == RowidKind::Alias
        && sameName(parent->rowidColumn, fk.to.first()))
        return;
    bool nearMiss = false;
    for (const Index *idx : schema.indexesOf(parent->name)) {
        if (indexCovers(*idx, *parent, fk.to))
            return;
        nearMiss = nearMiss || (idx->unique && sameColumnSet(*idx, fk.to));
    }
    fk.problem = FkProblem::ParentKeyNotUnique;
    fk.problemText = nearMiss
        ? Tr::tr("Parent key \"%1\"(%2) has a UNIQUE index, but a partial one or one with another collation, "
                 "which SQLite cannot use: %3.")
              .arg(parent->name, quotedList(fk.to), mismatch)
        : Tr::tr("Parent key \"%1\"(%2) is neither its PRIMARY KEY nor covered by a UNIQUE index: %3.")
              .arg(parent->name, quotedList(fk.to), mismatch);
}

} // namespace

void findForeignKeyProblems(Schema &schema)
{
    for (Table &t : schema.tables) {
        for (ForeignKey &fk : t.foreignKeys) {
            fk.problem = FkProblem::None;
            fk.problemText.clear();
            fk.resolvedTo.clear();
            classify(schema, fk);
        }
    }
}

} // namespace LockLens::Catalog
