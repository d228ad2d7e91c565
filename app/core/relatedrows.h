// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/catalog.h"
#include "app/core/dbconnection.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QVariantMap>

#include <vector>

namespace LockLens::Related {

// The translation context of this namespace's messages: Tr::tr("...") (see
// ARCHITECTURE.md, "Translations").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::Related)
};

// One foreign key seen from one row: the parent row it points at (outgoing), or the child
// rows that point at it (incoming).
struct Reference
{
    bool outgoing = true;
    Catalog::ForeignKey fk;
    QString otherTable; // the parent (outgoing) or the child (incoming)
    QStringList otherColumns; // the columns matched in otherTable
    QVariantList values; // the values they must hold
    bool nullKey = false; // a NULL in the key: it refers to nothing (no lookup made)
    bool indexed = true; // incoming: otherColumns lead an index, so the lookup is a search
    QStringList keyColumns; // the unique key of otherTable rows (rowid or primary key)
    std::vector<QVariantList> keys; // keys of the first matching rows
    QStringList labels; // one short line per matching row
    bool more = false; // more rows than were read
    qint64 count = -1; // all matching rows, when counted
    QString error; // why the lookup could not be made

    // "customers(id) = 17" / "orders(customer_id) = 17" for people.
    QString describe() const;
};

// Looks up, for one row of `table` (column name → value), the parent row of every foreign
// key it declares and the first `limit` children of every foreign key that references it.
// Incoming references are counted when an index makes the count a search, or when the
// child table has at most countWithoutIndexUpTo rows; otherwise `more` says there are more.
std::vector<Reference> lookUp(DbConnection &db, const Catalog::Schema &schema, const QString &table,
    const QVariantMap &row, int limit = 50, qint64 countWithoutIndexUpTo = 100000);

// The value of `column` in `row`, found the way SQLite resolves names (case-insensitive).
QVariant valueOf(const QVariantMap &row, const QString &column, bool *found = nullptr);

} // namespace LockLens::Related

Q_DECLARE_METATYPE(LockLens::Related::Reference)
