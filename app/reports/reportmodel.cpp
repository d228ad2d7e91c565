// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reports/reportmodel.h"

#include "app/core/locktimeline.h"
#include "app/reports/reportconclusions.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <utility>

namespace LockLens::Report {

namespace {

QString key(const char *k)
{
    return QLatin1String(k);
}

qint64 integer(const QJsonObject &o, const char *k)
{
    return qint64(o.value(key(k)).toDouble());
}

double number(const QJsonObject &o, const char *k)
{
    return o.value(key(k)).toDouble();
}

QString text(const QJsonObject &o, const char *k)
{
    return o.value(key(k)).toString();
}

Latency latencyOf(const QJsonObject &o)
{
    Latency l;
    l.p50 = number(o, "p50");
    l.p90 = number(o, "p90");
    l.p99 = number(o, "p99");
    l.p999 = number(o, "p999");
    l.max = number(o, "max");
    l.count = integer(o, "count");
    return l;
}

QString mixText(const QJsonObject &mix)
{
    // The command line's order first, then anything newer.
    static const char *const order[] = { "insert", "update", "delete", "point_read", "range_read" };
    QStringList parts, seen;
    for (const char *k : order) {
        if (mix.contains(key(k)) && mix.value(key(k)).toDouble() > 0)
            parts << QStringLiteral("%1=%2").arg(key(k)).arg(mix.value(key(k)).toDouble());
        seen << key(k);
    }
    for (auto it = mix.begin(); it != mix.end(); ++it) {
        if (!seen.contains(it.key()) && it.value().toDouble() > 0)
            parts << QStringLiteral("%1=%2").arg(it.key(), QString::number(it.value().toDouble()));
    }
    return parts.join(QLatin1String(", "));
}

// A row of the environment table: the JSON's value, or "not recorded".
void envRow(RunFigures *r, const QString &label, const QJsonObject &env, const char *k)
{
    const QJsonValue v = env.value(key(k));
    QString value;
    if (v.isString())
        value = v.toString();
    else if (v.isDouble())
        value = QString::number(v.toDouble());
    else if (v.isBool())
        value = v.toBool() ? Tr::tr("yes") : Tr::tr("no");
    r->environment.append({ label, value.isEmpty() ? Tr::tr("not recorded") : value });
}

void readEnvironment(const QJsonObject &doc, RunFigures *r)
{
    const QJsonObject env = doc.value(key("environment")).toObject();
    envRow(r, Tr::tr("SQLite version"), env, "sqlite_version");
    envRow(r, Tr::tr("SQLite source"), env, "sqlite_source");
    envRow(r, Tr::tr("SQLite LockLens links"), env, "linked_sqlite_version");
    envRow(r, Tr::tr("Driver path"), env, "driver_path");
    envRow(r, Tr::tr("Qt version"), env, "qt_version");
    envRow(r, Tr::tr("Operating system"), env, "os");
    envRow(r, Tr::tr("CPU architecture"), env, "cpu_architecture");
    envRow(r, Tr::tr("CPU count"), env, "cpu_count");
    envRow(r, Tr::tr("File system of the database"), env, "file_system");
    envRow(r, Tr::tr("On a network file system"), env, "file_system_network");
    envRow(r, Tr::tr("Busy handler installed"), env, "busy_handler");
    envRow(r, Tr::tr("Clock"), env, "clock");
    envRow(r, Tr::tr("LockLens version"), doc, "locklens_version");
    for (const QJsonValue &o : env.value(key("compile_options")).toArray())
        r->compileOptions << o.toString();
    r->fileSystem = text(env, "file_system");
    r->networkFileSystem = env.value(key("file_system_network")).toBool();
}

void readWorkers(const QJsonObject &doc, RunFigures *r)
{
    for (const QJsonValue &v : doc.value(key("workers")).toArray()) {
        const QJsonObject o = v.toObject();
        WorkerFigures w;
        w.name = text(o, "name");
        w.role = text(o, "role");
        w.ops = integer(o, "committed_ops");
        w.tx = integer(o, "committed_tx");
        w.failedTx = integer(o, "failed_tx");
        w.retries = integer(o, "retries");
        w.busyEvents = integer(o, "busy_events");
        w.opsPerS = number(o, "ops_per_s");
        w.txPerS = number(o, "tx_per_s");
        w.lockWaitS = number(o, "lock_wait_s");
        w.appWaitS = number(o, "app_wait_s");
        w.backoffS = number(o, "backoff_s");
        w.latency = latencyOf(o.value(key("latency_ms")).toObject());
        const QJsonObject errors = o.value(key("errors")).toObject();
        for (auto it = errors.begin(); it != errors.end(); ++it)
            w.errors += qint64(it.value().toDouble());
        r->workerFigures.push_back(w);
    }
}

void readLocks(const QJsonObject &doc, RunFigures *r)
{
    for (const QJsonValue &v : doc.value(key("lock_timeline")).toArray()) {
        const QJsonObject o = v.toObject();
        ConnectionLocks c;
        c.connection = text(o, "worker");
        const QJsonObject in = o.value(key("seconds_in")).toObject();
        for (int i = 0; i < LockStatesTimed; ++i)
            c.secondsIn[std::size_t(i)] = number(in, LockTrace::lockKey(LockTrace::Lock(i)));
        c.transitions = integer(o, "transitions");
        c.busyAttempts = integer(o, "busy_attempts");
        r->locks.push_back(c);
    }
    std::stable_sort(
        r->locks.begin(), r->locks.end(), [](const ConnectionLocks &a, const ConnectionLocks &b) {
            return connectionBefore(a.connection, b.connection);
        });
}

// The scenario's database in a few words, or the file the run used when the scenario
// does not say (a run recorded before it did).
QString databaseShown(const QJsonObject &scenario, const QString &used)
{
    if (!text(scenario, "memory").isEmpty())
        return Tr::tr("in-memory %1").arg(text(scenario, "memory"));
    if (scenario.contains(key("database")) && scenario.value(key("database")).isNull())
        return Tr::tr("a temporary file");
    const QString path = text(scenario, "database").isEmpty() ? used : text(scenario, "database");
    return path.isEmpty() ? Tr::tr("(database not recorded)") : QFileInfo(path).fileName();
}

std::optional<double> at(const QJsonArray &a, qsizetype i, double per)
{
    if (i >= a.size() || a.at(i).isNull() || !a.at(i).isDouble())
        return std::nullopt;
    return a.at(i).toDouble() * per;
}

void readSeries(const QJsonObject &doc, RunFigures *r)
{
    const qsizetype workers = qsizetype(r->workerFigures.size());
    for (const QJsonValue &v : doc.value(key("series")).toArray()) {
        const QJsonObject o = v.toObject();
        Interval p;
        p.tS = number(o, "t_s");
        p.intervalS = number(o, "interval_s");
        const double per = p.intervalS > 0 ? 1.0 / p.intervalS : 1.0;
        p.opsPerS = number(o, "ops") * per;
        p.txPerS = number(o, "tx") * per;
        p.busyPerS = number(o, "busy_events") * per;
        p.lockWaitPerS = number(o, "lock_wait_s") * per;
        p.appWaitPerS = number(o, "app_wait_s") * per;
        p.errorsPerS = number(o, "errors") * per;
        p.p50Ms = number(o, "p50_ms");
        p.p99Ms = number(o, "p99_ms");
        const QJsonArray ops = o.value(key("worker_ops")).toArray();
        const QJsonArray busy = o.value(key("worker_busy_events")).toArray();
        const QJsonArray lock = o.value(key("worker_lock_wait_s")).toArray();
        const QJsonArray app = o.value(key("worker_app_wait_s")).toArray();
        const QJsonArray p99 = o.value(key("worker_p99_ms")).toArray();
        const QJsonObject errors = o.value(key("worker_errors")).toObject();
        p.workers.resize(std::size_t(workers));
        for (qsizetype i = 0; i < workers; ++i) {
            Interval::Worker &w = p.workers[std::size_t(i)];
            w.opsPerS = at(ops, i, per);
            w.busyPerS = at(busy, i, per);
            w.lockWaitPerS = at(lock, i, per);
            w.appWaitPerS = at(app, i, per);
            w.p99Ms = at(p99, i, 1.0);
            // Only the classes that occurred are listed: a worker absent from all had none.
            if (o.contains(key("worker_errors"))) {
                double e = 0;
                for (auto it = errors.begin(); it != errors.end(); ++it)
                    e += it.value().toArray().at(i).toDouble();
                w.errorsPerS = e * per;
            }
        }
        r->series.push_back(std::move(p));
    }
}

} // namespace

qint64 RunFigures::errorTotal() const
{
    qint64 n = 0;
    for (qint64 e : errors)
        n += e;
    return n;
}

QString RunFigures::integrityText() const
{
    constexpr int kLines = 4;
    const QStringList lines = integrity.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString text = lines.mid(0, kLines).join(QLatin1String("; "));
    if (lines.size() > kLines)
        text += Tr::tr("; and %1 more").arg(lines.size() - kLines);
    return text;
}

QString RunFigures::heading() const
{
    const QString scenario = scenarioName.isEmpty() ? Tr::tr("(unnamed)") : scenarioName;
    const QString named = Tr::tr("%1 · %2").arg(scenario, databaseShown);
    return label.isEmpty() || label == scenarioName ? named : Tr::tr("%1 (%2)").arg(named, label);
}

QString Model::title() const
{
    if (runs.empty())
        return Tr::tr("LockLens report");
    if (isComparison()) {
        QStringList headings;
        for (const RunFigures &r : runs)
            headings << r.heading();
        return Tr::tr("LockLens comparison: %1").arg(headings.join(QLatin1String(" / ")));
    }
    return Tr::tr("LockLens report: %1").arg(runs.front().heading());
}

bool runFromJson(const QJsonObject &doc, const QString &label, RunFigures *out, QString *error)
{
    if (!doc.value(key("summary")).isObject()) {
        *error = Tr::tr("%1 is not a LockLens run (it has no summary)").arg(label);
        return false;
    }
    RunFigures r;
    r.document = doc;
    const QJsonObject sc = doc.value(key("scenario")).toObject();
    const QJsonObject s = doc.value(key("summary")).toObject();
    r.scenarioName = text(sc, "name");
    r.label = label.isEmpty() ? (r.scenarioName.isEmpty() ? Tr::tr("run") : r.scenarioName) : label;
    r.description = text(sc, "description");
    r.database = text(doc, "database");
    r.databaseShown = databaseShown(sc, r.database);
    r.journalMode = s.contains(key("journal_mode")) ? text(s, "journal_mode") : text(sc, "journal_mode");
    r.synchronous = text(sc, "synchronous");
    r.strategy = text(sc, "strategy");
    r.txMode = text(sc, "tx_mode");
    r.busyPolicy = text(sc, "busy_policy");
    r.mix = mixText(sc.value(key("mix")).toObject());
    r.lockLensVersion = text(doc, "locklens_version");
    // Absent from runs recorded before it was (invalid: "not recorded"); a report of runs from
    // the results store gives each the store's time instead (Report::RunSet, reportstore.cpp).
    r.startedAt = QDateTime::fromString(text(doc, "started_at"), Qt::ISODateWithMs).toUTC();
    r.workers = int(integer(sc, "workers"));
    r.readers = int(integer(sc, "readers"));
    r.batch = int(integer(sc, "batch"));
    r.busyTimeoutMs = int(integer(sc, "busy_timeout_ms"));
    r.maxTries = int(integer(sc, "max_tries"));
    r.payloadBytes = int(integer(sc, "payload_bytes"));
    r.splitFiles = int(integer(sc, "split_files"));
    r.retryBackoff = sc.contains(key("retry_backoff")) ? text(sc, "retry_backoff") : QStringLiteral("none");

    r.durationS = number(s, "duration_s");
    r.opsPerS = number(s, "ops_per_s");
    r.txPerS = number(s, "tx_per_s");
    r.lockWaitS = number(s, "lock_wait_s");
    r.appWaitS = number(s, "app_wait_s");
    r.lockWaitShare = number(s, "lock_wait_share");
    r.appWaitShare = number(s, "app_wait_share");
    r.backoffS = number(s, "backoff_s");
    r.backoffShare = number(s, "backoff_share");
    r.setupS = s.contains(key("setup_s")) ? number(s, "setup_s") : -1;
    r.cutShortTx = integer(s, "cut_short_tx");
    r.committedOps = integer(s, "committed_ops");
    r.committedTx = integer(s, "committed_tx");
    r.failedTx = integer(s, "failed_tx");
    r.retries = integer(s, "retries");
    r.busyEvents = integer(s, "busy_events");
    r.busyHandlerCalls = integer(s, "busy_handler_calls");
    r.stopped = s.value(key("stopped")).toBool();
    r.fatalError = text(s, "fatal_error");
    r.latency = latencyOf(s.value(key("latency_ms")).toObject());
    r.commitLatency = latencyOf(s.value(key("commit_latency_ms")).toObject());
    r.txLatency = latencyOf(s.value(key("tx_latency_ms")).toObject());
    const QJsonObject errors = s.value(key("errors")).toObject();
    for (int i = 0; i < ErrorKinds; ++i)
        r.errors[std::size_t(i)] = integer(errors, errorClassKey(ErrorClass(i)));
    const QJsonObject messages = s.value(key("error_messages")).toObject();
    for (auto it = messages.begin(); it != messages.end(); ++it)
        r.errorMessages << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());

    r.verificationError = text(s, "verification_error");
    r.checked = s.contains(key("integrity")) && !text(s, "integrity").isEmpty();
    r.verified = s.value(key("verified")).toBool();
    r.rowsExpected = integer(s, "rows_expected");
    r.rowsPresent = integer(s, "rows_present");
    // Runs recorded before extra rows were told apart gave them as negative lost rows.
    const qint64 lost = integer(s, "lost_rows");
    r.lostRows = std::max<qint64>(0, lost);
    r.extraRows = s.contains(key("extra_rows")) ? integer(s, "extra_rows") : std::max<qint64>(0, -lost);
    r.lockedOut = text(s, "not_verified_reason") == QLatin1String("database_locked");
    r.integrity = text(s, "integrity");

    readEnvironment(doc, &r);
    readWorkers(doc, &r);
    readLocks(doc, &r);
    readSeries(doc, &r);
    for (const QJsonValue &w : doc.value(key("warnings")).toArray())
        r.warnings << w.toString();
    r.conclusions = runConclusions(r);
    *out = std::move(r);
    return true;
}

bool modelFromJson(const QList<QJsonObject> &docs, const QStringList &labels, Model *out, QString *error)
{
    Model m;
    for (qsizetype i = 0; i < docs.size(); ++i) {
        RunFigures r;
        if (!runFromJson(docs.at(i), labels.value(i), &r, error))
            return false;
        m.runs.push_back(std::move(r));
    }
    if (m.runs.empty()) {
        *error = Tr::tr("no run to report");
        return false;
    }
    m.comparison = comparisonConclusions(m.runs);
    *out = std::move(m);
    return true;
}

} // namespace LockLens::Report
