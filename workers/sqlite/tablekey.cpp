// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/sqlite/tablekey.h"

namespace LockLens::TableKey {

std::optional<QString> rowidColumnOf(const QStringList &primaryKey, bool primaryKeyIndexed)
{
    if (primaryKey.size() == 1 && !primaryKeyIndexed)
        return primaryKey.front();
    return std::nullopt;
}

bool rowidColumn(const ReadRows &read, const QString &table, std::optional<QString> *column, QString *why)
{
    std::vector<QVariantList> rows;
    if (!read(QStringLiteral("SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk"), { table },
            &rows, why))
        return false;
    QStringList key;
    for (const QVariantList &r : rows)
        key << r.value(0).toString();
    if (!read(QStringLiteral("SELECT count(*) FROM pragma_index_list(?1) WHERE origin = 'pk'"), { table },
            &rows, why))
        return false;
    *column = rowidColumnOf(key, !rows.empty() && rows.front().value(0).toInt() > 0);
    return true;
}

std::optional<QString> freeRowidName(const QStringList &columns)
{
    for (const char *name : { "rowid", "_rowid_", "oid" })
        if (!columns.contains(QLatin1String(name), Qt::CaseInsensitive))
            return QString::fromLatin1(name);
    return std::nullopt;
}

} // namespace LockLens::TableKey
