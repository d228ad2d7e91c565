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
    if (!checkIntegrity(keeper, &v, &why))
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

} // namespace LockLens
