// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/runresult.h"

#include "workers/clock.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace LockLens {

namespace {
double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}
// Seconds to the microsecond: the precision of every time and wait in the series, so that a
// wait never prints longer than the interval that holds it.
double round6(double v)
{
    return std::round(v * 1e6) / 1e6;
}
double ms(std::uint64_t ticks)
{
    return Clock::toMs(ticks);
}
} // namespace

LatencySummary LatencySummary::of(const HistogramData &h)
{
    LatencySummary s;
    s.count = h.total();
    s.p50 = ms(h.quantile(0.50));
    s.p90 = ms(h.quantile(0.90));
    s.p99 = ms(h.quantile(0.99));
    s.p999 = ms(h.quantile(0.999));
    s.max = s.count ? ms(h.max) : 0;
    return s;
}

QJsonObject LatencySummary::toJson() const
{
    auto r = [](double v) { return std::round(v * 1e4) / 1e4; };
    return { { QStringLiteral("p50"), r(p50) }, { QStringLiteral("p90"), r(p90) },
        { QStringLiteral("p99"), r(p99) }, { QStringLiteral("p999"), r(p999) },
        { QStringLiteral("max"), r(max) }, { QStringLiteral("count"), double(count) } };
}

QJsonObject Environment::toJson() const
{
    return { { QStringLiteral("sqlite_version"), sqliteVersion },
        { QStringLiteral("linked_sqlite_version"), linkedSqliteVersion },
        { QStringLiteral("sqlite_source"), sqliteSource }, { QStringLiteral("fast_path"), fastPath },
        { QStringLiteral("driver_path"), driverPath }, { QStringLiteral("busy_handler"), busyHandler },
        { QStringLiteral("qt_version"), qtVersion }, { QStringLiteral("os"), os },
        { QStringLiteral("cpu_architecture"), cpuArchitecture }, { QStringLiteral("cpu_count"), cpuCount },
        { QStringLiteral("clock"), clock },
        { QStringLiteral("compile_options"), QJsonArray::fromStringList(compileOptions) },
        { QStringLiteral("file_system"), fileSystem },
        { QStringLiteral("file_system_network"), networkFileSystem } };
}

SeriesPoint SeriesPoint::between(const std::vector<StatsSnapshot> &now,
    const std::vector<StatsSnapshot> &before, double tS, double intervalS)
{
    SeriesPoint p;
    p.tS = tS;
    p.intervalS = intervalS;
    HistogramData lat;
    p.workerOps.reserve(now.size());
    p.workerLockWaitS.reserve(now.size());
    p.workerAppWaitS.reserve(now.size());
    p.workerBackoffS.reserve(now.size());
    p.workerBusyEvents.reserve(now.size());
    p.workerP99Ms.reserve(now.size());
    p.workerErrors.reserve(now.size());
    for (std::size_t i = 0; i < now.size(); ++i) {
        const StatsSnapshot d = i < before.size() ? now[i].since(before[i]) : now[i];
        p.ops += d.ops;
        p.tx += d.tx;
        p.busyEvents += d.busyEvents;
        p.errors += d.errorTotal();
        p.retries += d.retries;
        p.failedTx += d.failedTx;
        // A client waits at most the interval's length. (Two clocks read on two cores may put a
        // wait's start a few nanoseconds after the sample that saw it begin: the next interval
        // would get those back.) A pool's queue waits are booked when a task starts and keep
        // their length.
        const double lockS = std::min(Clock::toSeconds(d.lockWaitTicks), intervalS);
        const double appS = Clock::toSeconds(d.appWaitTicks);
        const double backoffS = std::min(Clock::toSeconds(d.backoffTicks), intervalS);
        p.lockWaitS += lockS;
        p.appWaitS += appS;
        p.backoffS += backoffS;
        lat.merge(d.opLatency);
        for (std::size_t c = 0; c < d.errors.size(); ++c)
            p.errorsByClass[c] += d.errors[c];
        p.workerOps.push_back(d.ops);
        p.workerLockWaitS.push_back(lockS);
        p.workerAppWaitS.push_back(appS);
        p.workerBackoffS.push_back(backoffS);
        p.workerBusyEvents.push_back(d.busyEvents);
        p.workerP99Ms.push_back(d.opLatency.total() > 0 ? ms(d.opLatency.quantile(0.99)) : -1.0);
        p.workerErrors.push_back(d.errors);
    }
    p.p50Ms = ms(lat.quantile(0.5));
    p.p99Ms = ms(lat.quantile(0.99));
    return p;
}

QJsonObject SeriesPoint::toJson() const
{
    const auto counts = [](const std::vector<std::uint64_t> &v) {
        QJsonArray a;
        for (auto n : v)
            a.append(double(n));
        return a;
    };
    const auto seconds = [](const std::vector<double> &v) {
        QJsonArray a;
        for (double x : v)
            a.append(round6(x));
        return a;
    };
    QJsonArray p99;
    for (double x : workerP99Ms)
        p99.append(x < 0 ? QJsonValue() : QJsonValue(std::round(x * 1e4) / 1e4));
    // Errors by class: only the classes that occurred, in total and per worker.
    QJsonObject byClass, perWorkerByClass;
    for (std::size_t c = 0; c < errorsByClass.size(); ++c) {
        if (errorsByClass[c] == 0)
            continue;
        const QString key = QLatin1String(errorClassKey(ErrorClass(c)));
        byClass.insert(key, double(errorsByClass[c]));
        QJsonArray a;
        for (const auto &w : workerErrors)
            a.append(double(w[c]));
        perWorkerByClass.insert(key, a);
    }
    return { { QStringLiteral("t_s"), round6(tS) }, { QStringLiteral("interval_s"), round6(intervalS) },
        { QStringLiteral("ops"), double(ops) }, { QStringLiteral("tx"), double(tx) },
        { QStringLiteral("busy_events"), double(busyEvents) },
        { QStringLiteral("lock_wait_s"), round6(lockWaitS) }, { QStringLiteral("app_wait_s"), round6(appWaitS) },
        { QStringLiteral("backoff_s"), round6(backoffS) }, { QStringLiteral("errors"), double(errors) }, { QStringLiteral("retries"), double(retries) },
        { QStringLiteral("failed_tx"), double(failedTx) },
        { QStringLiteral("p50_ms"), std::round(p50Ms * 1e4) / 1e4 },
        { QStringLiteral("p99_ms"), std::round(p99Ms * 1e4) / 1e4 },
        { QStringLiteral("errors_by_class"), byClass }, { QStringLiteral("worker_ops"), counts(workerOps) },
        { QStringLiteral("worker_lock_wait_s"), seconds(workerLockWaitS) },
        { QStringLiteral("worker_app_wait_s"), seconds(workerAppWaitS) },
        { QStringLiteral("worker_backoff_s"), seconds(workerBackoffS) },
        { QStringLiteral("worker_busy_events"), counts(workerBusyEvents) },
        { QStringLiteral("worker_p99_ms"), p99 }, { QStringLiteral("worker_errors"), perWorkerByClass } };
}

QJsonObject statsJson(const StatsSnapshot &s, double durationS)
{
    QJsonObject errors;
    for (int i = 0; i < ErrorClassCount; ++i)
        errors.insert(QLatin1String(errorClassKey(ErrorClass(i))), double(s.errors[std::size_t(i)]));
    const double d = durationS > 0 ? durationS : 1;
    return { { QStringLiteral("committed_ops"), double(s.ops) },
        { QStringLiteral("committed_tx"), double(s.tx) }, { QStringLiteral("failed_tx"), double(s.failedTx) },
        { QStringLiteral("cut_short_tx"), double(s.cutShortTx) },
        { QStringLiteral("retries"), double(s.retries) }, { QStringLiteral("rows_changed"), double(s.rows) },
        { QStringLiteral("rows_inserted"), double(s.inserted) },
        { QStringLiteral("rows_deleted"), double(s.deleted) },
        { QStringLiteral("ops_per_s"), std::round(double(s.ops) / d * 10) / 10 },
        { QStringLiteral("tx_per_s"), std::round(double(s.tx) / d * 10) / 10 },
        { QStringLiteral("busy_events"), double(s.busyEvents) },
        { QStringLiteral("busy_handler_calls"), double(s.busyCalls) },
        { QStringLiteral("lock_wait_s"), round6(Clock::toSeconds(s.lockWaitTicks)) },
        { QStringLiteral("app_wait_s"), round6(Clock::toSeconds(s.appWaitTicks)) },
        { QStringLiteral("backoff_s"), round6(Clock::toSeconds(s.backoffTicks)) },
        { QStringLiteral("latency_ms"), LatencySummary::of(s.opLatency).toJson() },
        { QStringLiteral("commit_latency_ms"), LatencySummary::of(s.commitLatency).toJson() },
        { QStringLiteral("tx_latency_ms"), LatencySummary::of(s.txLatency).toJson() },
        { QStringLiteral("errors"), errors } };
}

namespace {
double shareOf(std::uint64_t waitTicks, double durationS, int workers)
{
    const double clientTime = durationS * double(std::max(1, workers));
    return clientTime > 0 ? Clock::toSeconds(waitTicks) / clientTime : 0.0;
}
} // namespace

double RunResult::lockWaitShare() const
{
    return shareOf(total.lockWaitTicks, durationS, scenario.workers + scenario.readers);
}

double RunResult::appWaitShare() const
{
    return shareOf(total.appWaitTicks, durationS, scenario.workers + scenario.readers);
}

double RunResult::backoffShare() const
{
    return shareOf(total.backoffTicks, durationS, scenario.workers + scenario.readers);
}

QJsonObject RunResult::summaryJson() const
{
    QJsonObject o = statsJson(total, durationS);
    o.insert(QStringLiteral("duration_s"), round3(durationS));
    // Share of the clients' time spent waiting for SQLite's locks and for the application's.
    o.insert(QStringLiteral("lock_wait_share"), std::round(lockWaitShare() * 1e4) / 1e4);
    o.insert(QStringLiteral("app_wait_share"), std::round(appWaitShare() * 1e4) / 1e4);
    o.insert(QStringLiteral("backoff_share"), std::round(backoffShare() * 1e4) / 1e4);
    o.insert(QStringLiteral("stopped"), stopped);
    o.insert(QStringLiteral("fatal_error"), fatalError.isEmpty() ? QJsonValue() : QJsonValue(fatalError));
    o.insert(QStringLiteral("journal_mode"), journalMode);
    o.insert(QStringLiteral("initial_rows"), double(initialRows));
    o.insert(QStringLiteral("rows_expected"), double(verification.rowsExpected));
    o.insert(QStringLiteral("rows_present"), double(verification.rowsPresent));
    o.insert(QStringLiteral("lost_rows"), double(verification.lostRows));
    o.insert(QStringLiteral("extra_rows"), double(verification.extraRows));
    o.insert(QStringLiteral("not_verified_reason"),
        verification.lockedOut ? QJsonValue(QStringLiteral("database_locked")) : QJsonValue());
    o.insert(QStringLiteral("setup_s"), round3(setupS));
    o.insert(QStringLiteral("integrity"), verification.integrity);
    o.insert(QStringLiteral("verified"), verification.ok());
    if (!verification.error.isEmpty())
        o.insert(QStringLiteral("verification_error"), verification.error);
    // SQLite's own words for each kind of error, as first seen.
    QJsonObject messages;
    for (int i = 0; i < ErrorClassCount; ++i) {
        const QString key = QLatin1String(errorClassKey(ErrorClass(i)));
        for (const auto &w : workers) {
            if (!w.firstError[std::size_t(i)].isEmpty() && !messages.contains(key))
                messages.insert(key, w.firstError[std::size_t(i)]);
        }
    }
    o.insert(QStringLiteral("error_messages"), messages);
    return o;
}

QJsonObject ConnectionLocks::toJson() const
{
    using LockTrace::Lock;
    QJsonObject in;
    for (Lock l : { Lock::None, Lock::Shared, Lock::Reserved, Lock::Pending, Lock::Exclusive, Lock::WalWrite,
             Lock::WalCheckpoint })
        in.insert(LockTrace::lockName(l), totals.secondsIn[std::size_t(l)]);
    return { { QStringLiteral("worker"), worker }, { QStringLiteral("seconds_in"), in },
        { QStringLiteral("transitions"), qint64(totals.transitions) },
        { QStringLiteral("busy_attempts"), qint64(totals.busyAttempts) } };
}

QJsonObject RunResult::toJson() const
{
    QJsonArray locks;
    for (const ConnectionLocks &c : lockTimeline)
        locks.append(c.toJson());
    QJsonArray ws;
    for (const auto &w : workers) {
        QJsonObject o = statsJson(w.stats, durationS);
        o.insert(QStringLiteral("name"), w.name);
        o.insert(QStringLiteral("role"), w.role);
        ws.append(o);
    }
    QJsonArray ser;
    for (const auto &p : series)
        ser.append(p.toJson());
    return { { QStringLiteral("locklens_version"), QStringLiteral(LOCKLENS_VERSION) },
        { QStringLiteral("started_at"),
            startedAt.isValid() ? QJsonValue(startedAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue() },
        { QStringLiteral("scenario"), scenario.toJson() },
        { QStringLiteral("environment"), environment.toJson() }, { QStringLiteral("database"), databaseName },
        { QStringLiteral("summary"), summaryJson() }, { QStringLiteral("workers"), ws },
        { QStringLiteral("series"), ser }, { QStringLiteral("lock_timeline"), locks },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) } };
}

} // namespace LockLens
