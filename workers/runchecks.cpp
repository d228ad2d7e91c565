// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/runchecks.h"

#include "workers/connection.h"
#include "workers/runcontext.h"
#include "workers/runresult.h"
#include "workers/splitfiles.h"
#include "workers/sqlite/sqlident.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace LockLens {

namespace {
// How long the checks after the load wait for a lock another connection holds.
constexpr int VerifyWaitMs = 2000;
} // namespace

void RunChecks::verify(Connection &keeper, const RunContext &ctx, std::int64_t initialRows,
    const StopFlag &stop, Verification *out)
{
    Verification &v = *out;
    StatsSnapshot total;
    for (const auto &s : ctx.stats)
        total.merge(StatsSnapshot::of(*s));
    v.rowsExpected = initialRows + std::int64_t(total.inserted) - std::int64_t(total.deleted);
    // A lock another connection holds is waited for briefly (and no longer once stopped):
    // the checks are not the load.
    keeper.waitForLocks(VerifyWaitMs, &stop);
    const auto lockedOut = [&](const QString &why) {
        v.lockedOut = true;
        v.error = stop.raised()
            ? tr("stopped while waiting for a lock another connection held on the database (%1)").arg(why)
            : tr("another connection held a lock on the database through the %1 s the checks after the load "
                 "wait (%2)")
                  .arg(QString::number(VerifyWaitMs / 1000.0, 'f', 1), why);
    };
    QString why;
    QVariant value;
    if (!keeper.query(
            QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(ctx.sc.table)), &value, &why)) {
        if (keeper.lastFailureWasBusy())
            return lockedOut(why);
        v.error = tr("cannot count the rows after the run: %1").arg(why);
        return;
    }
    v.rowsPresent = value.toLongLong();
    std::int64_t split = 0;
    if (ctx.sc.strategy == Strategy::Split
        && !SplitFiles::countRows(keeper, ctx.sc, ctx.files, &split, &why)) {
        if (keeper.lastFailureWasBusy())
            return lockedOut(why);
        v.error = tr("cannot count the rows of the split files after the run: %1").arg(why);
        return;
    }
    v.rowsPresent += split;
    v.lostRows = std::max<std::int64_t>(0, v.rowsExpected - v.rowsPresent);
    v.extraRows = std::max<std::int64_t>(0, v.rowsPresent - v.rowsExpected);
    if (keeper.onServer())
        checkServerIntegrity(keeper, ctx, &v);
    else if (!checkIntegrity(keeper, &v, &why))
        return lockedOut(why);
    v.checked = true;
}

bool RunChecks::checkIntegrity(Connection &keeper, Verification *v, QString *lockedBy)
{
    QSqlQuery q(keeper.database());
    QStringList problems;
    if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (q.next() && problems.size() < 20)
            problems << q.value(0).toString();
    }
    if (q.lastError().isValid()) {
        // Locked now, but rows already known to be lost: that is the verdict (not "not verified").
        const bool busy = (q.lastError().nativeErrorCode().toInt() & 0xff) == SQLITE_BUSY;
        if (busy && v->lostRows == 0) {
            *lockedBy = q.lastError().databaseText();
            return false;
        }
        problems << (busy ? tr("not checked: another connection held a lock on the database (%1)")
                                .arg(q.lastError().databaseText())
                          : q.lastError().text());
    }
    v->integrity = problems.join(QLatin1Char('\n'));
    return true;
}

void RunChecks::checkServerIntegrity(Connection &keeper, const RunContext &ctx, Verification *v)
{
    QString why;
    QVariant schema;
    // Only a temporary cluster is given the extension: a server of the user's is never changed.
    if (ctx.sc.server.isEmpty())
        keeper.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS amcheck"), nullptr);
    const QString table = quoteIdentifier(ctx.sc.table);
    // Its functions in the schema it was installed in (quoted as needed by regnamespace).
    if (!keeper.query(QStringLiteral("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'amcheck'"),
            &schema, &why)
        || schema.isNull())
        return countThroughIndex(keeper, table, v);
    // verify_heapam (PostgreSQL 14 on) lists what is wrong in the heap, one row per problem;
    // bt_index_check raises an error (XX001, XX002) when the index is corrupt or misses a heap
    // row. Any other failure (no such function, no privilege to run it, another kind of index)
    // is no finding: the check falls back to counting through the index.
    const auto corrupt = [&] { return keeper.lastServerState().startsWith(QLatin1String("XX")); };
    QVariant problems;
    if (!keeper.query(QStringLiteral("SELECT count(*) FROM %1.verify_heapam(?::regclass)").arg(schema.toString()),
            &problems, &why, { table })) {
        if (!corrupt())
            return countThroughIndex(keeper, table, v);
        v->integrityCheck = QStringLiteral("amcheck");
        v->integrity = why;
        return;
    }
    v->integrityCheck = QStringLiteral("amcheck");
    if (problems.toLongLong() > 0) {
        v->integrity = tr("verify_heapam found %1 problems in %2").arg(problems.toLongLong()).arg(table);
        return;
    }
    if (!keeper.query(QStringLiteral("SELECT count(*) FROM (SELECT %1.bt_index_check(i.indexrelid, true) FROM pg_index i "
                                     "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam "
                                     "WHERE i.indrelid = ?::regclass AND a.amname = 'btree') checked")
                          .arg(schema.toString()),
            nullptr, &why, { table })) {
        if (!corrupt())
            return countThroughIndex(keeper, table, v);
        v->integrity = why;
        return;
    }
    v->integrity = QStringLiteral("ok");
}

void RunChecks::countThroughIndex(Connection &keeper, const QString &table, Verification *v)
{
    // Without amcheck: the rows read through the primary key's index against those read from
    // the heap, in one snapshot. (Weaker than amcheck: it finds an index that lost rows.)
    v->integrityCheck = QStringLiteral("index-count");
    QString why;
    QVariant heap, index;
    const bool ok = keeper.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"), &why)
        && keeper.exec(QStringLiteral("SET LOCAL enable_indexscan = off"), &why)
        && keeper.exec(QStringLiteral("SET LOCAL enable_indexonlyscan = off"), &why)
        && keeper.exec(QStringLiteral("SET LOCAL enable_bitmapscan = off"), &why)
        && keeper.query(QStringLiteral("SELECT count(*) FROM %1").arg(table), &heap, &why)
        && keeper.exec(QStringLiteral("SET LOCAL enable_seqscan = off"), &why)
        && keeper.exec(QStringLiteral("SET LOCAL enable_indexonlyscan = on"), &why)
        && keeper.exec(QStringLiteral("SET LOCAL enable_indexscan = on"), &why)
        && keeper.query(QStringLiteral("SELECT count(*) FROM %1 WHERE id >= -9223372036854775807 - 1").arg(table),
            &index, &why);
    keeper.exec(QStringLiteral("ROLLBACK"), nullptr);
    if (!ok)
        v->integrity = why;
    else if (heap.toLongLong() != index.toLongLong())
        v->integrity = tr("the primary key's index of %1 reaches %2 rows, the table holds %3")
                           .arg(table, QString::number(index.toLongLong()), QString::number(heap.toLongLong()));
    else
        v->integrity = QStringLiteral("ok");
}

} // namespace LockLens
