// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/loadtable.h"

#include "workers/readonlyconnection.h"
#include "workers/sqlite/tablekey.h"
#include "workers/sqlite/tableshape.h"

#include <QStringList>

#include <vector>

namespace LockLens::LoadTable {

QString createSql(const QString &qualified)
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1(id INTEGER PRIMARY KEY, worker INTEGER NOT NULL, "
                          "value INTEGER NOT NULL, payload BLOB)")
        .arg(qualified);
}

bool find(ReadOnlyConnection &db, const QString &table, Found *found, QString *why)
{
    return find(
        [&db](const QString &sql, const QVariantList &binds, std::vector<QVariantList> *rows, QString *error) {
            return db.rows(sql, binds, rows, error);
        },
        table, found, why);
}

bool find(const ReadRows &read, const QString &table, Found *found, QString *why)
{
    std::vector<QVariantList> rows;
    // No row: no such table (or a view, which a load cannot write either: sqlite_schema
    // tells them apart).
    // (Indexes and triggers have names of their own, which a table may share.)
    if (!read(QStringLiteral("SELECT type FROM sqlite_schema WHERE type IN ('table', 'view') AND name = ?1 "
                             "COLLATE NOCASE"),
            { table }, &rows, why))
        return false;
    if (rows.empty()) {
        *found = Found::Missing;
        return true;
    }
    if (rows.front().value(0).toString() != QLatin1String("table")) {
        *found = Found::OtherTable;
        return true;
    }
    std::vector<TableShape::ColumnShape> declared;
    if (!TableShape::readColumns(read, table, &declared, why))
        return false;
    QStringList columns; // the ones a row is written to: generated and hidden ones left out
    for (const TableShape::ColumnShape &c : declared)
        if (c.hidden == 0)
            columns << c.name.toLower();
    // `id` is the rowid: the one rule of TableKey (a WITHOUT ROWID table declares the same
    // columns, but its key is an index).
    std::optional<QString> rowid;
    if (!TableKey::rowidColumn(read, table, &rowid, why))
        return false;
    const bool shape = rowid && rowid->compare(QLatin1String("id"), Qt::CaseInsensitive) == 0
        && columns.contains(QLatin1String("worker")) && columns.contains(QLatin1String("value"))
        && columns.contains(QLatin1String("payload"));
    *found = shape ? Found::LoadTable : Found::OtherTable;
    return true;
}

QString createServerSql(const QString &quoted)
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1(id bigserial PRIMARY KEY, worker integer NOT NULL, "
                          "value bigint NOT NULL, payload bytea)")
        .arg(quoted);
}

bool findOnServer(const ReadRows &read, const QString &table, Found *found, QString *why)
{
    std::vector<QVariantList> rows;
    // A relation of any kind (a view, a sequence, an index) takes the name in the schema.
    if (!read(QStringLiteral("SELECT c.relkind::text FROM pg_class c WHERE c.relname = ? "
                             "AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())"),
            { table }, &rows, why))
        return false;
    if (rows.empty()) {
        *found = Found::Missing;
        return true;
    }
    const QString kind = rows.front().value(0).toString();
    if (kind != QLatin1String("r") && kind != QLatin1String("p")) {
        *found = Found::OtherTable;
        return true;
    }
    rows.clear();
    if (!read(QStringLiteral("SELECT a.attname::text, format_type(a.atttypid, a.atttypmod), "
                             "coalesce(a.attnum = ANY(i.indkey), false) "
                             "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                             "LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary "
                             "WHERE c.relname = ? AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) "
                             "AND a.attnum > 0 AND NOT a.attisdropped"),
            { table }, &rows, why))
        return false;
    QStringList columns;
    bool keyed = false;
    for (const QVariantList &r : rows) {
        const QString name = r.value(0).toString(), type = r.value(1).toString();
        columns << name + QLatin1Char(' ') + type;
        if (name == QLatin1String("id") && r.value(2).toBool())
            keyed = true;
    }
    const bool shape = keyed && columns.contains(QLatin1String("id bigint"))
        && columns.contains(QLatin1String("worker integer")) && columns.contains(QLatin1String("value bigint"))
        && columns.contains(QLatin1String("payload bytea"));
    *found = shape ? Found::LoadTable : Found::OtherTable;
    return true;
}

} // namespace LockLens::LoadTable
