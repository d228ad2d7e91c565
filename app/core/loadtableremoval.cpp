// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/loadtableremoval.h"

#include "workers/loadtable.h"
#include "workers/sqlite/sqlident.h"

namespace LockLens::LoadTable {

namespace {

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

// What the engine's rule (LoadTable::find) finds in the database of `db`.
bool findIn(const DbConnection &db, const QString &table, Found *found, QString *error)
{
    return find(
        [&db](const QString &sql, const QVariantList &binds, std::vector<QVariantList> *rows, QString *why) {
            SqlFailure f;
            if (db.select(sql, binds, rows, &f))
                return true;
            *why = f.text();
            return false;
        },
        table, found, error);
}

} // namespace

bool exists(const DatabaseLocation &where, const QString &table, bool *found, QString *error)
{
    const auto db = connect(where, DbConnection::Access::ReadOnly, error);
    Found what = Found::Missing;
    if (!db || !findIn(*db, table, &what, error))
        return false;
    *found = what != Found::Missing;
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
    Found what = Found::Missing;
    if (!db || !findIn(*db, table, &what, error))
        return false;
    if (what != Found::LoadTable) {
        *error = Tr::tr("%1 is not a LockLens load table (it needs id INTEGER PRIMARY KEY, worker, value and "
                        "payload): it stays as it is")
                     .arg(table);
        return false;
    }
    SqlFailure f;
    if (!db->exec(QStringLiteral("DROP TABLE %1").arg(quoteIdentifier(table)), &f)) {
        *error = Tr::tr("cannot remove %1 from %2: %3").arg(table, where.displayName(), f.text());
        return false;
    }
    return true;
}

} // namespace LockLens::LoadTable
