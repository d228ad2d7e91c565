// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/textreport.h"

#include "app/cli/output.h"
#include "app/core/serverwaitwords.h"
#include "workers/recorder/clock.h"

#include <algorithm>
#include <cstdint>

namespace LockLens::Cli {

namespace {
QString num(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}
QString latencyLine(const LatencySummary &l)
{
    return QStringLiteral("p50 %1  p90 %2  p99 %3  p99.9 %4  max %5")
        .arg(num(l.p50, 3), num(l.p90, 3), num(l.p99, 3), num(l.p999, 3), num(l.max, 3));
}
} // namespace

QString progressLine(const SeriesPoint &p)
{
    const double dt = p.intervalS > 0 ? p.intervalS : 1;
    return Tr::tr("progress: %1 s, %2 ops/s, %3 tx/s, lat p50 %4 ms p99 %5 ms, busy %6/s, lock wait %7 s, "
                  "app wait %8 s, errors %9")
        .arg(num(p.tS))
        .arg(num(double(p.ops) / dt))
        .arg(num(double(p.tx) / dt))
        .arg(num(p.p50Ms, 3), num(p.p99Ms, 3))
        .arg(num(double(p.busyEvents) / dt))
        .arg(num(p.lockWaitS, 3), num(p.appWaitS, 3))
        .arg(p.errors);
}

namespace {

// The retries' line, on either engine.
QString triesText(const Scenario &sc)
{
    // The back-off only matters when a failed transaction is tried again.
    return sc.maxTries > 1
        ? Tr::tr("max tries %1, retry back-off %2").arg(sc.maxTries).arg(sc.retryBackoff.toString())
        : Tr::tr("max tries 1 (a failed transaction is not tried again)");
}

// What ran on PostgreSQL: the server and its settings, the load, the lock timeout, the driver.
QString serverSetupText(const RunResult &r)
{
    const Scenario &sc = r.scenario;
    const Environment &e = r.environment;
    QString s;
    s += Tr::tr("scenario: %1\n").arg(sc.name.isEmpty() ? Tr::tr("(command line)") : sc.name);
    s += Tr::tr("server: PostgreSQL %1 at %2 (synchronous_commit %3, fsync %4, max_connections %5, "
                "shared_buffers %6)\n")
             .arg(e.server.version.isEmpty() ? Tr::tr("(version unknown)") : e.server.version, r.databaseName,
                 e.server.synchronousCommit, e.server.fsync, QString::number(e.server.maxConnections),
                 e.server.sharedBuffers);
    s += Tr::tr("load: %1 workers, strategy %2, %3, %4 ops per transaction, mix %5, payload %6 bytes\n")
             .arg(sc.workers)
             .arg(toString(sc.strategy),
                 sc.txMode == TxMode::Autocommit ? toString(sc.txMode) : toString(sc.isolation))
             .arg(sc.batch)
             .arg(sc.mix.toString())
             .arg(sc.payloadBytes);
    if (sc.readers > 0)
        s += Tr::tr("readers: %1, each on its own connection (%2 reads per transaction)\n")
                 .arg(sc.readers)
                 .arg(sc.batch);
    const int lockTimeout = sc.busyPolicy == BusyPolicy::None ? 1 : std::max(sc.busyTimeoutMs, 1);
    s += Tr::tr("locks: lock_timeout %1 ms, %2\n").arg(lockTimeout).arg(triesText(sc));
    s += Tr::tr("driver: %1, Qt %2\n")
             .arg(e.driverPath.isEmpty() ? Tr::tr("none, no load ran") : e.driverPath, e.qtVersion);
    return s;
}

// What ran: the scenario, the database, the load, the busy handling and the driver.
QString setupText(const RunResult &r)
{
    const Scenario &sc = r.scenario;
    if (sc.onServer())
        return serverSetupText(r);
    QString s;
    s += Tr::tr("scenario: %1\n").arg(sc.name.isEmpty() ? Tr::tr("(command line)") : sc.name);
    s += Tr::tr("database: %1 (journal_mode %2, synchronous %3)\n")
             .arg(
                 r.databaseName, r.journalMode.isEmpty() ? Tr::tr("unknown") : r.journalMode, sc.synchronous);
    s += Tr::tr("load: %1 workers, strategy %2, %3, %4 ops per transaction, mix %5, payload %6 bytes\n")
             .arg(sc.workers)
             .arg(toString(sc.strategy), toString(sc.txMode))
             .arg(sc.batch)
             .arg(sc.mix.toString())
             .arg(sc.payloadBytes);
    if (sc.strategy == Strategy::Split)
        s += Tr::tr("split: %1 database files, worker i writing file i mod %1\n").arg(sc.splitFiles);
    if (sc.readers > 0)
        s += Tr::tr("readers: %1, each on its own connection (BEGIN DEFERRED, %2 reads per transaction)\n")
                 .arg(sc.readers)
                 .arg(sc.batch);
    s += Tr::tr("busy: policy %1, timeout %2 ms, %3\n")
             .arg(toString(sc.busyPolicy))
             .arg(sc.busyTimeoutMs)
             .arg(triesText(sc));
    s += Tr::tr("driver: %1, SQLite %2 (%3), Qt %4\n")
             .arg(r.environment.driverPath.isEmpty() ? Tr::tr("none, no load ran") : r.environment.driverPath,
                 r.environment.sqliteVersion, r.environment.sqliteSource, r.environment.qtVersion);
    return s;
}

// How long it ran and what it committed, how fast and at what latency.
QString throughputText(const RunResult &r)
{
    const StatsSnapshot &t = r.total;
    const double d = r.durationS > 0 ? r.durationS : 1;
    QString s;
    s += Tr::tr("duration: %1 s%2 (setup %3 s)\n")
             .arg(num(r.durationS, 3), r.stopped ? Tr::tr(" (stopped early)") : QString(), num(r.setupS, 3));
    s += Tr::tr("committed: %1 operations in %2 transactions; %3 transactions failed, %4 retries\n")
             .arg(t.ops)
             .arg(t.tx)
             .arg(t.failedTx)
             .arg(t.retries);
    if (t.cutShortTx > 0)
        s += Tr::tr("cut short: %n transaction(s) open when the run ended, rolled back\n", nullptr,
            int(t.cutShortTx));
    if (t.retries > 0 || t.backoffTicks > 0)
        s += Tr::tr("backing off between tries: %1 s (%2% of the workers' time)\n")
                 .arg(num(Clock::toSeconds(t.backoffTicks), 3), num(100 * r.backoffShare()));
    s += Tr::tr("throughput: %1 ops/s, %2 tx/s\n").arg(num(double(t.ops) / d), num(double(t.tx) / d));
    s += Tr::tr("latency ms: %1\n").arg(latencyLine(LatencySummary::of(t.opLatency)));
    s += Tr::tr("commit latency ms: %1\n").arg(latencyLine(LatencySummary::of(t.commitLatency)));
    s += Tr::tr("transaction latency ms: %1\n").arg(latencyLine(LatencySummary::of(t.txLatency)));
    return s;
}

// What it waited for, and the errors by class.
QString waitsText(const RunResult &r)
{
    const StatsSnapshot &t = r.total;
    const double lockWait = Clock::toSeconds(t.lockWaitTicks);
    const double appWait = Clock::toSeconds(t.appWaitTicks);
    QString s = r.scenario.onServer()
        ? Tr::tr("waits: for locks in the server %1 s (%2% of the workers' time, sampled), %3 ended by "
                 "lock_timeout; for the application's mutex or queue %4 s (%5%)\n")
              .arg(num(lockWait, 3), num(100 * r.lockWaitShare()))
              .arg(t.busyEvents)
              .arg(num(appWait, 3), num(100 * r.appWaitShare()))
        : Tr::tr(
        "locks: %1 busy events, %2 busy-handler calls; waiting for SQLite's locks %3 s (%4% of the workers' "
        "time), for the application's mutex or queue %5 s (%6%)\n")
                    .arg(t.busyEvents)
                    .arg(t.busyCalls)
                    .arg(num(lockWait, 3), num(100 * r.lockWaitShare()))
                    .arg(num(appWait, 3), num(100 * r.appWaitShare()));
    // On PostgreSQL, what the longest waits were for and who held the lock.
    constexpr std::size_t Shown = 5;
    for (std::size_t i = 0; i < r.serverLockWaits.size() && i < Shown; ++i) {
        const Postgres::LockWaitTotal &w = r.serverLockWaits[i];
        const int waits = int(std::min<std::uint64_t>(w.waits, INT32_MAX)); // (see below: lupdate)
        s += Tr::tr("  %1 s in %n wait(s) for %2; held by %3\n", nullptr, waits)
                 .arg(num(w.seconds, 3), ServerWaitWords::waitedFor(w.cause), ServerWaitWords::heldBy(w.cause));
    }
    if (r.serverLockWaits.size() > Shown)
        s += Tr::tr("  and %1 other causes\n").arg(r.serverLockWaits.size() - Shown);
    QStringList errs;
    for (int i = 0; i < ErrorClassCount; ++i)
        errs << QStringLiteral("%1 %2")
                    .arg(QLatin1String(errorClassKey(ErrorClass(i))))
                    .arg(t.errors[std::size_t(i)]);
    s += Tr::tr("errors: %1\n").arg(errs.join(QStringLiteral(", ")));
    return s;
}

// Whether the rows the run committed are there, and rows it did not commit.
QString verificationText(const Verification &v)
{
    QString s;
    if (v.checked)
        s += Tr::tr("verification: %1 rows expected, %2 present, lost %3, integrity %4 -> %5\n")
                 .arg(v.rowsExpected)
                 .arg(v.rowsPresent)
                 .arg(v.lostRows)
                 .arg(v.integrityCheck.isEmpty() ? v.integrity.section(QLatin1Char('\n'), 0, 0)
                                                 : QStringLiteral("%1 (%2)").arg(v.integrity.section(QLatin1Char('\n'), 0, 0), v.integrityCheck),
                     v.ok() ? Tr::tr("OK") : Tr::tr("FAILED"));
    else if (v.lockedOut)
        s += Tr::tr("verification: not verified: %1\n").arg(v.error);
    else
        s += Tr::tr("verification: not done (%1)\n").arg(v.error);
    // (A template argument list inside translate()'s arguments sends Qt 6.4's lupdate into a loop.)
    const int extraRows = int(std::min<std::int64_t>(v.extraRows, INT32_MAX));
    if (extraRows > 0)
        s += Tr::tr(
            "extra rows: %n row(s) more than the run committed: another connection wrote to the table during "
            "the run (they are not lost rows, but could hide as many)\n",
            nullptr, extraRows);
    return s;
}

} // namespace

QString summaryText(const RunResult &r)
{
    QString s = setupText(r) + throughputText(r) + waitsText(r) + verificationText(r.verification);
    for (const QString &w : r.warnings)
        s += Tr::tr("warning: %1\n").arg(w);
    return s;
}

} // namespace LockLens::Cli
