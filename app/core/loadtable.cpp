// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadtable.h"

#include "sqlident.h"

#include <QCoreApplication>

namespace LockLens::LoadTable {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LockLens::LoadTable", text);
}

constexpr int BusyTimeoutMs = 1000; // on the GUI thread: a locked file is not waited for long

std::unique_ptr<DbConnection> connect(
    const DatabaseLocation &where, DbConnection::Access access, QString *error)
{
    SqlFailure f;
    auto db = DbConnection::open(where, access, QStringLiteral("load-table"), &f, false, BusyTimeoutMs);
    if (!db)
        *error = describeFailure(where, Stage::Opening, f).text();
    return db;
}

// Whether the table has the load table's columns, its id the rowid; false with why not.
bool isLoadTable(const DbConnection &db, const QString &table, QString *error)
{
    std::vector<SqlRow> rows;
    SqlFailure f;
    if (!db.select(QStringLiteral("SELECT lower(name), lower(type), pk FROM pragma_table_info(?)"), { table },
            &rows, &f)) {
        *error = f.text();
        return false;
    }
    QStringList columns;
    bool rowidAlias = false;
    for (const SqlRow &r : rows) {
        columns << r.at(0).toString();
        if (r.at(0).toString() == QLatin1String("id") && r.at(1).toString() == QLatin1String("integer")
            && r.at(2).toInt() == 1)
            rowidAlias = true;
    }
    for (const char *need : { "id", "worker", "value", "payload" }) {
        if (!columns.contains(QLatin1String(need)) || !rowidAlias) {
            *error = tr("%1 is not a LockLens load table (it needs id INTEGER PRIMARY KEY, worker, value and "
                        "payload): it stays as it is")
                         .arg(table);
            return false;
        }
    }
    return true;
}

} // namespace

bool exists(const DatabaseLocation &where, const QString &table, bool *found, QString *error)
{
    const auto db = connect(where, DbConnection::Access::ReadOnly, error);
    if (!db)
        return false;
    SqlFailure f;
    const QVariant n
        = db->value(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"),
            { table }, &f);
    if (!n.isValid()) {
        *error = f.text();
        return false;
    }
    *found = n.toLongLong() > 0;
    return true;
}

qint64 rowCount(const DatabaseLocation &where, const QString &table, QString *error)
{
    const auto db = connect(where, DbConnection::Access::ReadOnly, error);
    if (!db)
        return -1;
    SqlFailure f;
    const QVariant n
        = db->value(QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(table)), {}, &f);
    if (!n.isValid()) {
        *error = f.text();
        return -1;
    }
    return n.toLongLong();
}

bool drop(const DatabaseLocation &where, const QString &table, QString *error)
{
    const auto db = connect(where, DbConnection::Access::ReadWrite, error);
    if (!db || !isLoadTable(*db, table, error))
        return false;
    SqlFailure f;
    if (!db->exec(QStringLiteral("DROP TABLE %1").arg(quoteIdentifier(table)), &f)) {
        *error = tr("cannot remove %1 from %2: %3").arg(table, where.displayName(), f.text());
        return false;
    }
    return true;
}

} // namespace LockLens::LoadTable
