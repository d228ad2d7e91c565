// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/rundocument.h"

#include "workers/jsonfields.h"
#include "workers/recorder/clock.h"
#include "workers/tracejson.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace LockLens {

using namespace JsonFields;

namespace {

constexpr char kSummary[] = "summary";
QString classKey(std::size_t c)
{
    return QLatin1String(errorClassKey(ErrorClass(c)));
}

// ---- latency ---------------------------------------------------------------------------

QJsonObject latencyJson(const LatencySummary &l)
{
    return { { key("p50"), round4(l.p50) }, { key("p90"), round4(l.p90) }, { key("p99"), round4(l.p99) },
        { key("p999"), round4(l.p999) }, { key("max"), round4(l.max) }, { key("count"), double(l.count) } };
}

LatencySummary latencyFrom(const QJsonObject &o)
{
    LatencySummary l;
    l.p50 = number(o, "p50");
    l.p90 = number(o, "p90");
    l.p99 = number(o, "p99");
    l.p999 = number(o, "p999");
    l.max = number(o, "max");
    l.count = count(o, "count");
    return l;
}

// ---- a client's figures (the summary's and each worker's) ------------------------------

QJsonObject statsJson(const StatsFigures &s)
{
    QJsonObject errors;
    for (std::size_t c = 0; c < s.errors.size(); ++c)
        errors.insert(classKey(c), double(s.errors[c]));
    return { { key("committed_ops"), double(s.ops) }, { key("committed_tx"), double(s.tx) },
        { key("failed_tx"), double(s.failedTx) }, { key("cut_short_tx"), double(s.cutShortTx) },
        { key("retries"), double(s.retries) }, { key("rows_changed"), double(s.rows) },
        { key("rows_inserted"), double(s.inserted) }, { key("rows_deleted"), double(s.deleted) },
        { key("ops_per_s"), s.opsPerS }, { key("tx_per_s"), s.txPerS },
        { key("busy_events"), double(s.busyEvents) }, { key("busy_handler_calls"), double(s.busyCalls) },
        { key("lock_wait_s"), s.lockWaitS }, { key("app_wait_s"), s.appWaitS },
        { key("backoff_s"), s.backoffS }, { key("latency_ms"), latencyJson(s.latency) },
        { key("commit_latency_ms"), latencyJson(s.commitLatency) },
        { key("tx_latency_ms"), latencyJson(s.txLatency) }, { key("errors"), errors } };
}

StatsFigures statsFrom(const QJsonObject &o)
{
    StatsFigures s;
    s.ops = count(o, "committed_ops");
    s.tx = count(o, "committed_tx");
    s.failedTx = count(o, "failed_tx");
    s.cutShortTx = count(o, "cut_short_tx");
    s.retries = count(o, "retries");
    s.rows = count(o, "rows_changed");
    s.inserted = count(o, "rows_inserted");
    s.deleted = count(o, "rows_deleted");
    s.opsPerS = number(o, "ops_per_s");
    s.txPerS = number(o, "tx_per_s");
    s.busyEvents = count(o, "busy_events");
    s.busyCalls = count(o, "busy_handler_calls");
    s.lockWaitS = number(o, "lock_wait_s");
    s.appWaitS = number(o, "app_wait_s");
    s.backoffS = number(o, "backoff_s");
    s.latency = latencyFrom(object(o, "latency_ms"));
    s.commitLatency = latencyFrom(object(o, "commit_latency_ms"));
    s.txLatency = latencyFrom(object(o, "tx_latency_ms"));
    const QJsonObject errors = object(o, "errors");
    for (std::size_t c = 0; c < s.errors.size(); ++c)
        s.errors[c] = count(errors, errorClassKey(ErrorClass(c)));
    return s;
}

// ---- the summary -----------------------------------------------------------------------

QJsonObject summaryJson(const RunDocument::Summary &s)
{
    QJsonObject o = statsJson(s.totals);
    o.insert(key("duration_s"), round3(s.durationS));
    o.insert(key("lock_wait_share"), round4(s.lockWaitShare));
    o.insert(key("app_wait_share"), round4(s.appWaitShare));
    o.insert(key("backoff_share"), round4(s.backoffShare));
    o.insert(key("stopped"), s.stopped);
    o.insert(key("fatal_error"), textOrNull(s.fatalError));
    o.insert(key("journal_mode"), s.journalMode);
    o.insert(key("initial_rows"), double(s.initialRows));
    o.insert(key("rows_expected"), double(s.rowsExpected));
    o.insert(key("rows_present"), double(s.rowsPresent));
    o.insert(key("lost_rows"), double(s.lostRows));
    o.insert(key("extra_rows"), double(s.extraRows));
    o.insert(key("not_verified_reason"), s.lockedOut ? QJsonValue(key("database_locked")) : QJsonValue());
    if (s.setupS >= 0)
        o.insert(key("setup_s"), round3(s.setupS));
    o.insert(key("integrity"), s.integrity);
    if (!s.integrityCheck.isEmpty())
        o.insert(key("integrity_check"), s.integrityCheck);
    o.insert(key("verified"), s.verified);
    if (!s.verificationError.isEmpty())
        o.insert(key("verification_error"), s.verificationError);
    QJsonObject messages;
    for (std::size_t c = 0; c < s.errorMessages.size(); ++c) {
        if (!s.errorMessages[c].isEmpty())
            messages.insert(classKey(c), s.errorMessages[c]);
    }
    o.insert(key("error_messages"), messages);
    return o;
}

// `scenarioJournal`: what the scenario asked for, for a run recorded before the summary
// gave the mode in effect.
RunDocument::Summary summaryFrom(const QJsonObject &o, const QString &scenarioJournal)
{
    RunDocument::Summary s;
    s.totals = statsFrom(o);
    s.durationS = number(o, "duration_s");
    s.lockWaitShare = number(o, "lock_wait_share");
    s.appWaitShare = number(o, "app_wait_share");
    s.backoffShare = number(o, "backoff_share");
    s.setupS = o.contains(key("setup_s")) ? number(o, "setup_s") : -1;
    s.stopped = flag(o, "stopped");
    s.fatalError = text(o, "fatal_error");
    s.journalMode = o.contains(key("journal_mode")) ? text(o, "journal_mode") : scenarioJournal;
    s.initialRows = integer(o, "initial_rows");
    s.rowsExpected = integer(o, "rows_expected");
    s.rowsPresent = integer(o, "rows_present");
    // Runs recorded before extra rows were told apart gave them as negative lost rows.
    const std::int64_t lost = integer(o, "lost_rows");
    s.lostRows = std::max<std::int64_t>(0, lost);
    s.extraRows = o.contains(key("extra_rows")) ? integer(o, "extra_rows") : std::max<std::int64_t>(0, -lost);
    s.lockedOut = text(o, "not_verified_reason") == QLatin1String("database_locked");
    s.integrity = text(o, "integrity");
    s.integrityCheck = text(o, "integrity_check");
    s.verified = flag(o, "verified");
    s.verificationError = text(o, "verification_error");
    const QJsonObject messages = object(o, "error_messages");
    for (std::size_t c = 0; c < s.errorMessages.size(); ++c)
        s.errorMessages[c] = text(messages, errorClassKey(ErrorClass(c)));
    return s;
}

// ---- the environment -------------------------------------------------------------------

// A PostgreSQL run's server: what its figures depend on.
QJsonObject serverJson(const Environment &e)
{
    const Postgres::ServerSettings &s = e.server;
    return { { key("version"), s.version }, { key("version_num"), s.versionNumber },
        { key("synchronous_commit"), s.synchronousCommit }, { key("fsync"), s.fsync },
        { key("max_connections"), s.maxConnections }, { key("shared_buffers"), s.sharedBuffers },
        { key("temporary"), e.temporaryCluster },
        { key("address"), e.serverAddress.isEmpty() ? QJsonValue() : QJsonValue(e.serverAddress) } };
}

void serverFrom(const QJsonObject &o, Environment *e)
{
    e->onServer = true;
    Postgres::ServerSettings &s = e->server;
    s.version = text(o, "version");
    s.versionNumber = int(std::clamp<std::int64_t>(integer(o, "version_num"), 0, std::numeric_limits<int>::max()));
    s.synchronousCommit = text(o, "synchronous_commit");
    s.fsync = text(o, "fsync");
    s.maxConnections = int(std::clamp<std::int64_t>(integer(o, "max_connections"), 0, std::numeric_limits<int>::max()));
    s.sharedBuffers = text(o, "shared_buffers");
    e->temporaryCluster = flag(o, "temporary");
    e->serverAddress = text(o, "address");
}

QJsonObject environmentJson(const Environment &e, const RunDocument::Recorded &recorded)
{
    QJsonObject o { { key("sqlite_version"), e.sqliteVersion },
        { key("linked_sqlite_version"), e.linkedSqliteVersion }, { key("sqlite_source"), e.sqliteSource },
        { key("driver_path"), e.driverPath }, { key("qt_version"), e.qtVersion }, { key("os"), e.os },
        { key("cpu_architecture"), e.cpuArchitecture }, { key("clock"), e.clock },
        { key("compile_options"), QJsonArray::fromStringList(e.compileOptions) },
        { key("file_system"), e.fileSystem } };
    if (recorded.fastPath)
        o.insert(key("fast_path"), e.fastPath);
    if (recorded.busyHandler)
        o.insert(key("busy_handler"), e.busyHandler);
    if (recorded.cpuCount)
        o.insert(key("cpu_count"), e.cpuCount);
    if (recorded.networkFileSystem)
        o.insert(key("file_system_network"), e.networkFileSystem);
    if (e.onServer)
        o.insert(key("server"), serverJson(e));
    return o;
}

Environment environmentFrom(const QJsonObject &o, RunDocument::Recorded *recorded)
{
    Environment e;
    e.sqliteVersion = text(o, "sqlite_version");
    e.linkedSqliteVersion = text(o, "linked_sqlite_version");
    e.sqliteSource = text(o, "sqlite_source");
    e.driverPath = text(o, "driver_path");
    e.qtVersion = text(o, "qt_version");
    e.os = text(o, "os");
    e.cpuArchitecture = text(o, "cpu_architecture");
    e.clock = text(o, "clock");
    for (const QJsonValue &v : array(o, "compile_options"))
        e.compileOptions << v.toString();
    e.fileSystem = text(o, "file_system");
    e.fastPath = flag(o, "fast_path");
    e.busyHandler = flag(o, "busy_handler");
    e.cpuCount = int(std::clamp<std::int64_t>(integer(o, "cpu_count"), 0, std::numeric_limits<int>::max()));
    e.networkFileSystem = flag(o, "file_system_network");
    recorded->fastPath = o.value(key("fast_path")).isBool();
    recorded->busyHandler = o.value(key("busy_handler")).isBool();
    recorded->cpuCount = o.value(key("cpu_count")).isDouble();
    recorded->networkFileSystem = o.value(key("file_system_network")).isBool();
    if (o.value(key("server")).isObject())
        serverFrom(object(o, "server"), &e);
    return e;
}

// ---- workers ---------------------------------------------------------------------------

QJsonObject workerJson(const RunDocument::Worker &w)
{
    QJsonObject o = statsJson(w.stats);
    o.insert(key("name"), w.name);
    o.insert(key("role"), w.role);
    return o;
}

RunDocument::Worker workerFrom(const QJsonObject &o)
{
    return { text(o, "name"), text(o, "role"), statsFrom(o) };
}

// ---- the time series -------------------------------------------------------------------

QJsonArray countsJson(const std::vector<std::uint64_t> &v)
{
    QJsonArray a;
    for (auto n : v)
        a.append(double(n));
    return a;
}

QJsonArray secondsJson(const std::vector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(round6(x));
    return a;
}

QJsonObject pointJson(const SeriesPoint &p)
{
    QJsonArray p99;
    for (double x : p.workerP99Ms)
        p99.append(x < 0 ? QJsonValue() : QJsonValue(round4(x)));
    // Errors by class: only the classes that occurred, in total and per worker.
    QJsonObject byClass, perWorkerByClass;
    for (std::size_t c = 0; c < p.errorsByClass.size(); ++c) {
        if (p.errorsByClass[c] == 0)
            continue;
        byClass.insert(classKey(c), double(p.errorsByClass[c]));
        QJsonArray a;
        for (const auto &w : p.workerErrors)
            a.append(double(w[c]));
        perWorkerByClass.insert(classKey(c), a);
    }
    return { { key("t_s"), round6(p.tS) }, { key("interval_s"), round6(p.intervalS) },
        { key("ops"), double(p.ops) }, { key("tx"), double(p.tx) }, { key("busy_events"), double(p.busyEvents) },
        { key("lock_wait_s"), round6(p.lockWaitS) }, { key("app_wait_s"), round6(p.appWaitS) },
        { key("backoff_s"), round6(p.backoffS) }, { key("errors"), double(p.errors) },
        { key("retries"), double(p.retries) }, { key("failed_tx"), double(p.failedTx) },
        { key("p50_ms"), round4(p.p50Ms) }, { key("p99_ms"), round4(p.p99Ms) },
        { key("errors_by_class"), byClass }, { key("worker_ops"), countsJson(p.workerOps) },
        { key("worker_lock_wait_s"), secondsJson(p.workerLockWaitS) },
        { key("worker_app_wait_s"), secondsJson(p.workerAppWaitS) },
        { key("worker_backoff_s"), secondsJson(p.workerBackoffS) },
        { key("worker_busy_events"), countsJson(p.workerBusyEvents) }, { key("worker_p99_ms"), p99 },
        { key("worker_errors"), perWorkerByClass } };
}

std::vector<std::uint64_t> countsFrom(const QJsonArray &a)
{
    std::vector<std::uint64_t> v;
    v.reserve(std::size_t(a.size()));
    for (const QJsonValue &x : a)
        v.push_back(toCount(x.toDouble()));
    return v;
}

std::vector<double> secondsFrom(const QJsonArray &a)
{
    std::vector<double> v;
    v.reserve(std::size_t(a.size()));
    for (const QJsonValue &x : a)
        v.push_back(x.toDouble());
    return v;
}

// {class: [count per worker]}, only the classes that occurred: per worker, every class.
std::vector<std::array<std::uint64_t, ErrorClassCount>> workerErrorsFrom(const QJsonObject &o)
{
    std::vector<std::array<std::uint64_t, ErrorClassCount>> v;
    for (std::size_t c = 0; c < std::size_t(ErrorClassCount); ++c) {
        const std::vector<std::uint64_t> perWorker = countsFrom(o.value(classKey(c)).toArray());
        if (v.size() < perWorker.size())
            v.resize(perWorker.size());
        for (std::size_t w = 0; w < perWorker.size(); ++w)
            v[w][c] = perWorker[w];
    }
    return v;
}

SeriesPoint pointFrom(const QJsonObject &o)
{
    SeriesPoint p;
    p.tS = number(o, "t_s");
    p.intervalS = number(o, "interval_s");
    p.ops = count(o, "ops");
    p.tx = count(o, "tx");
    p.busyEvents = count(o, "busy_events");
    p.errors = count(o, "errors");
    p.retries = count(o, "retries");
    p.failedTx = count(o, "failed_tx");
    p.lockWaitS = number(o, "lock_wait_s");
    p.appWaitS = number(o, "app_wait_s");
    p.backoffS = number(o, "backoff_s");
    p.p50Ms = number(o, "p50_ms");
    p.p99Ms = number(o, "p99_ms");
    const QJsonObject byClass = object(o, "errors_by_class");
    for (std::size_t c = 0; c < p.errorsByClass.size(); ++c)
        p.errorsByClass[c] = count(byClass, errorClassKey(ErrorClass(c)));
    p.workerOps = countsFrom(array(o, "worker_ops"));
    p.workerLockWaitS = secondsFrom(array(o, "worker_lock_wait_s"));
    p.workerAppWaitS = secondsFrom(array(o, "worker_app_wait_s"));
    p.workerBackoffS = secondsFrom(array(o, "worker_backoff_s"));
    p.workerBusyEvents = countsFrom(array(o, "worker_busy_events"));
    for (const QJsonValue &x : array(o, "worker_p99_ms"))
        p.workerP99Ms.push_back(x.isDouble() ? x.toDouble() : -1.0); // null: no operation
    p.workerErrors = workerErrorsFrom(object(o, "worker_errors"));
    return p;
}

// ---- the lock timeline -----------------------------------------------------------------

// The lock states a run's timeline gives seconds for.
constexpr std::size_t TimedLocks = std::size_t(LockTrace::Lock::WalCheckpoint) + 1;

QJsonObject locksJson(const ConnectionLocks &c)
{
    QJsonObject in;
    for (std::size_t l = 0; l < TimedLocks; ++l)
        in.insert(key(LockTrace::lockKey(LockTrace::Lock(l))), c.totals.secondsIn[l]);
    return { { key("worker"), c.worker }, { key("seconds_in"), in },
        { key("transitions"), qint64(c.totals.transitions) },
        { key("busy_attempts"), qint64(c.totals.busyAttempts) } };
}

ConnectionLocks locksFrom(const QJsonObject &o)
{
    ConnectionLocks c;
    c.worker = text(o, "worker");
    const QJsonObject in = object(o, "seconds_in");
    for (std::size_t l = 0; l < TimedLocks; ++l)
        c.totals.secondsIn[l] = number(in, LockTrace::lockKey(LockTrace::Lock(l)));
    c.totals.transitions = count(o, "transitions");
    c.totals.busyAttempts = count(o, "busy_attempts");
    return c;
}

} // namespace

// ---- from a run of the engine ----------------------------------------------------------

std::uint64_t StatsFigures::errorTotal() const
{
    std::uint64_t n = 0;
    for (auto e : errors)
        n += e;
    return n;
}

double StatsFigures::rate(std::uint64_t n, double durationS)
{
    return std::round(double(n) / (durationS > 0 ? durationS : 1) * 10) / 10;
}

StatsFigures StatsFigures::of(const StatsSnapshot &s, double durationS)
{
    StatsFigures f;
    f.ops = s.ops;
    f.tx = s.tx;
    f.failedTx = s.failedTx;
    f.cutShortTx = s.cutShortTx;
    f.retries = s.retries;
    f.rows = s.rows;
    f.inserted = s.inserted;
    f.deleted = s.deleted;
    f.opsPerS = rate(s.ops, durationS);
    f.txPerS = rate(s.tx, durationS);
    f.busyEvents = s.busyEvents;
    f.busyCalls = s.busyCalls;
    f.lockWaitS = round6(Clock::toSeconds(s.lockWaitTicks));
    f.appWaitS = round6(Clock::toSeconds(s.appWaitTicks));
    f.backoffS = round6(Clock::toSeconds(s.backoffTicks));
    f.latency = LatencySummary::of(s.opLatency);
    f.commitLatency = LatencySummary::of(s.commitLatency);
    f.txLatency = LatencySummary::of(s.txLatency);
    f.errors = s.errors;
    return f;
}

namespace {

RunDocument::Summary summaryOf(const RunResult &r)
{
    RunDocument::Summary s;
    s.totals = StatsFigures::of(r.total, r.durationS);
    s.durationS = r.durationS;
    s.lockWaitShare = r.lockWaitShare();
    s.appWaitShare = r.appWaitShare();
    s.backoffShare = r.backoffShare();
    s.setupS = r.setupS;
    s.stopped = r.stopped;
    s.fatalError = r.fatalError;
    s.journalMode = r.journalMode;
    s.initialRows = r.initialRows;
    s.rowsExpected = r.verification.rowsExpected;
    s.rowsPresent = r.verification.rowsPresent;
    s.lostRows = r.verification.lostRows;
    s.extraRows = r.verification.extraRows;
    s.lockedOut = r.verification.lockedOut;
    s.integrity = r.verification.integrity;
    s.integrityCheck = r.verification.integrityCheck;
    s.verified = r.verification.ok();
    s.verificationError = r.verification.error;
    // SQLite's own words for each kind of error, as the first worker that met it saw them.
    for (std::size_t c = 0; c < s.errorMessages.size(); ++c) {
        for (const WorkerResult &w : r.workers) {
            if (s.errorMessages[c].isEmpty())
                s.errorMessages[c] = w.firstError[c];
        }
    }
    return s;
}

} // namespace

RunDocument RunDocument::of(const RunResult &r)
{
    RunDocument d;
    d.lockLensVersion = QStringLiteral(LOCKLENS_VERSION);
    d.startedAt = r.startedAt.isValid() ? r.startedAt.toUTC() : QDateTime();
    d.scenario = r.scenario;
    d.environment = r.environment;
    d.database = r.databaseName;
    d.summary = summaryOf(r);
    d.workers.reserve(r.workers.size());
    for (const WorkerResult &w : r.workers)
        d.workers.push_back({ w.name, w.role, StatsFigures::of(w.stats, r.durationS) });
    d.series = r.series;
    d.lockTimeline = r.lockTimeline;
    d.serverLockWaits = r.serverLockWaits;
    d.recorded.serverLockWaits = r.scenario.onServer() && r.serverLockWaitsSampled;
    d.warnings = r.warnings;
    return d;
}

// ---- the writer and the reader ---------------------------------------------------------

QJsonObject RunDocument::toJson() const
{
    QJsonObject o { { key("locklens_version"), lockLensVersion },
        { key("started_at"),
            startedAt.isValid() ? QJsonValue(startedAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue() },
        { key("environment"), environmentJson(environment, recorded) }, { key("database"), database },
        { key(kSummary), summaryJson(summary) }, { key("workers"), arrayOf(workers, workerJson) },
        { key("series"), arrayOf(series, pointJson) }, { key("lock_timeline"), arrayOf(lockTimeline, locksJson) },
        { key("warnings"), QJsonArray::fromStringList(warnings) } };
    if (recorded.serverLockWaits)
        o.insert(key("server_lock_waits"),
            arrayOf(serverLockWaits, [](const Postgres::LockWaitTotal &t) { return t.toJson(); }));
    if (program)
        Trace::writeProgram(*program, &o); // a traced program has no scenario
    else
        o.insert(key("scenario"), scenario.toJson());
    return o;
}

// A scenario this version cannot read as a whole (a newer LockLens's key, a value edited by
// hand): every setting it can read on its own, the others left out (at their defaults).
Scenario RunDocument::readableSettings(const QJsonObject &scenario)
{
    QJsonObject readable;
    Scenario ignored;
    QString why;
    for (auto it = scenario.begin(); it != scenario.end(); ++it)
        if (Scenario::fromRunJson({ { it.key(), it.value() } }, &ignored, &why))
            readable.insert(it.key(), it.value());
    Scenario s;
    if (!Scenario::fromRunJson(readable, &s, &why))
        s = Scenario();
    return s;
}

bool RunDocument::fromJson(const QJsonObject &o, RunDocument *out, QString *error)
{
    // An empty object is none (the results store and the comparison refused it before).
    if (o.value(key(kSummary)).toObject().isEmpty()) {
        *error = tr("it has no summary");
        return false;
    }
    RunDocument d;
    d.hasScenario = !o.value(key("scenario")).toObject().isEmpty();
    const QJsonObject scenario = object(o, "scenario");
    if (d.hasScenario && !Scenario::fromRunJson(scenario, &d.scenario, &d.scenarioProblem))
        d.scenario = readableSettings(scenario);
    d.database = text(o, "database");
    // A run recorded before its scenario named the database: the file it used.
    if (d.hasScenario && !scenario.contains(key("database")) && !scenario.contains(key("memory")))
        d.scenario.databasePath = d.database;
    d.lockLensVersion = text(o, "locklens_version");
    d.startedAt = QDateTime::fromString(text(o, "started_at"), Qt::ISODateWithMs).toUTC();
    d.environment = environmentFrom(object(o, "environment"), &d.recorded);
    d.summary = summaryFrom(object(o, kSummary), d.scenario.journalMode);
    d.workers = listFrom<Worker>(array(o, "workers"), workerFrom);
    const QJsonArray series = array(o, "series");
    d.series = listFrom<SeriesPoint>(series, pointFrom);
    d.recorded.errorsByClass = series.isEmpty() || series.first().toObject().value(key("errors_by_class")).isObject();
    d.lockTimeline = listFrom<ConnectionLocks>(array(o, "lock_timeline"), locksFrom);
    d.recorded.serverLockWaits = o.value(key("server_lock_waits")).isArray();
    d.serverLockWaits = listFrom<Postgres::LockWaitTotal>(array(o, "server_lock_waits"), &Postgres::LockWaitTotal::fromJson);
    for (const QJsonValue &w : array(o, "warnings"))
        d.warnings << w.toString();
    d.program = Trace::readProgram(o);
    *out = std::move(d);
    return true;
}

RunDocument::Summary RunDocument::summaryFromJson(const QJsonObject &summary)
{
    return summaryFrom(summary, QString());
}

QString RunDocument::summaryPath()
{
    return QStringLiteral("$.%1").arg(key(kSummary));
}

} // namespace LockLens
