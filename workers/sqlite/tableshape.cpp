// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/sqlite/tableshape.h"

namespace LockLens::TableShape {

bool readColumns(const ReadRows &read, const QString &table, std::vector<ColumnShape> *out, QString *why)
{
    std::vector<QVariantList> rows;
    if (!read(QStringLiteral("SELECT cid, name, type, \"notnull\", dflt_value, pk, hidden "
                             "FROM pragma_table_xinfo(?) ORDER BY cid"),
            { table }, &rows, why))
        return false;
    out->clear();
    for (const QVariantList &r : rows)
        out->push_back({ r.value(0).toInt(), r.value(1).toString(), r.value(2).toString(), r.value(3).toInt() != 0,
            r.value(4), r.value(5).toInt(), r.value(6).toInt() });
    return true;
}

bool readForeignKeys(const ReadRows &read, const QString &table, std::vector<ForeignKeyShape> *out, QString *why)
{
    std::vector<QVariantList> rows;
    if (!read(QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete, \"match\" "
                             "FROM pragma_foreign_key_list(?) ORDER BY id, seq"),
            { table }, &rows, why))
        return false;
    out->clear();
    for (const QVariantList &r : rows) {
        const int id = r.value(0).toInt();
        if (out->empty() || out->back().id != id) {
            ForeignKeyShape fk;
            fk.id = id;
            fk.parent = r.value(1).toString();
            fk.onUpdate = r.value(4).toString();
            fk.onDelete = r.value(5).toString();
            fk.match = r.value(6).toString();
            out->push_back(std::move(fk));
        }
        ForeignKeyShape &fk = out->back();
        fk.from << r.value(2).toString();
        // A NULL parent column means "the parent's primary key"; SQLite gives NULL for each.
        if (!r.value(3).isNull())
            fk.to << r.value(3).toString();
    }
    return true;
}

bool readIndexes(const ReadRows &read, const QString &table, std::vector<IndexShape> *out, QString *why)
{
    // One statement for all of them; every index has a key column, so none is lost by the join.
    std::vector<QVariantList> rows;
    if (!read(QStringLiteral("SELECT il.name, il.\"unique\", il.origin, il.partial, ix.cid, ix.name, ix.\"desc\", "
                             "ix.coll FROM pragma_index_list(?1) il, pragma_index_xinfo(il.name) ix "
                             "WHERE ix.key = 1 ORDER BY il.seq DESC, ix.seqno"),
            { table }, &rows, why))
        return false;
    out->clear();
    for (const QVariantList &r : rows) {
        const QString name = r.value(0).toString();
        if (out->empty() || out->back().name != name)
            out->push_back({ name, r.value(1).toInt() != 0, r.value(2).toString(), r.value(3).toInt() != 0, {} });
        IndexColumnShape column;
        column.expression = r.value(4).toInt() == -2;
        column.name = column.expression ? QString() : r.value(5).toString();
        column.descending = r.value(6).toInt() != 0;
        column.collation = r.value(7).toString();
        out->back().columns.push_back(std::move(column));
    }
    return true;
}

QStringList namesOf(const std::vector<ColumnShape> &columns)
{
    QStringList names;
    for (const ColumnShape &c : columns)
        names << c.name;
    return names;
}

} // namespace LockLens::TableShape
