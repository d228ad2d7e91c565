// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reports/reportmodel.h"

#include "app/core/locktimeline.h"
#include "app/reports/reportconclusions.h"
#include "app/reports/reporttrace.h"
#include "workers/rundocument.h"

#include <QFileInfo>

#include <algorithm>
#include <utility>

namespace LockLens::Report {

namespace {

Latency latencyOf(const LatencySummary &l)
{
    return { l.p50, l.p90, l.p99, l.p999, l.max, qint64(l.count) };
}

QString mixText(const OpMix &mix)
{
    QStringList parts;
    for (const auto &[name, weight] : mixWeights(mix)) {
        if (weight > 0)
            parts << QStringLiteral("%1=%2").arg(name).arg(weight);
    }
    return parts.join(QLatin1String(", "));
}

QString yesNo(bool recorded, bool value)
{
    return !recorded ? QString() : value ? Tr::tr("yes") : Tr::tr("no");
}

// The environment table's rows; a value the run did not record reads "not recorded", one that
// does not apply to its engine a dash (a row with a dash for every run is left out).
void readEnvironment(const RunDocument &doc, RunFigures *r)
{
    const Environment &e = doc.environment;
    const RunDocument::Recorded &has = doc.recorded;
    const bool pg = doc.scenario.onServer();
    const QString dash = QStringLiteral("\u2014");
    const auto sqlite = [pg, &dash](const QString &v) { return pg ? dash : v; };
    const auto server = [pg, &dash](const QString &v) { return pg ? v : dash; };
    const Postgres::ServerSettings &ps = e.server;
    const QString settings = ps.synchronousCommit.isEmpty()
        ? QString()
        : Tr::tr("synchronous_commit %1, fsync %2, max_connections %3, shared_buffers %4")
              .arg(ps.synchronousCommit, ps.fsync)
              .arg(ps.maxConnections)
              .arg(ps.sharedBuffers);
    const QString where = e.temporaryCluster ? Tr::tr("a temporary cluster LockLens started") : e.serverAddress;
    const QList<QPair<QString, QString>> rows { { Tr::tr("SQLite version"), sqlite(e.sqliteVersion) },
        { Tr::tr("SQLite source"), sqlite(e.sqliteSource) },
        { Tr::tr("SQLite LockLens links"), sqlite(e.linkedSqliteVersion) },
        { Tr::tr("PostgreSQL server"), server(ps.version) }, { Tr::tr("Server settings"), server(settings) },
        { Tr::tr("Server"), server(where) }, { Tr::tr("Driver path"), e.driverPath },
        { Tr::tr("Qt version"), e.qtVersion }, { Tr::tr("Operating system"), e.os },
        { Tr::tr("CPU architecture"), e.cpuArchitecture },
        { Tr::tr("CPU count"), has.cpuCount ? QString::number(e.cpuCount) : QString() },
        { Tr::tr("File system of the database"), sqlite(e.fileSystem) },
        { Tr::tr("On a network file system"), sqlite(yesNo(has.networkFileSystem, e.networkFileSystem)) },
        { Tr::tr("Busy handler installed"), sqlite(yesNo(has.busyHandler, e.busyHandler)) },
        { Tr::tr("Clock"), e.clock }, { Tr::tr("LockLens version"), doc.lockLensVersion } };
    for (const auto &[label, value] : rows)
        r->environment.append({ label, value.isEmpty() ? Tr::tr("not recorded") : value });
    r->compileOptions = e.compileOptions;
    r->fileSystem = e.fileSystem;
    r->networkFileSystem = e.networkFileSystem;
}

WorkerFigures workerOf(const RunDocument::Worker &w)
{
    WorkerFigures f;
    f.name = w.name;
    f.role = w.role;
    f.ops = qint64(w.stats.ops);
    f.tx = qint64(w.stats.tx);
    f.failedTx = qint64(w.stats.failedTx);
    f.retries = qint64(w.stats.retries);
    f.busyEvents = qint64(w.stats.busyEvents);
    f.errors = qint64(w.stats.errorTotal());
    f.opsPerS = w.stats.opsPerS;
    f.txPerS = w.stats.txPerS;
    f.lockWaitS = w.stats.lockWaitS;
    f.appWaitS = w.stats.appWaitS;
    f.backoffS = w.stats.backoffS;
    f.latency = latencyOf(w.stats.latency);
    return f;
}

void readLocks(const RunDocument &doc, RunFigures *r)
{
    for (const LockLens::ConnectionLocks &l : doc.lockTimeline) {
        ConnectionLocks c;
        c.connection = l.worker;
        std::copy_n(l.totals.secondsIn.begin(), LockStatesTimed, c.secondsIn.begin());
        c.transitions = qint64(l.totals.transitions);
        c.busyAttempts = qint64(l.totals.busyAttempts);
        r->locks.push_back(c);
    }
    std::stable_sort(
        r->locks.begin(), r->locks.end(), [](const ConnectionLocks &a, const ConnectionLocks &b) {
            return connectionBefore(a.connection, b.connection);
        });
}

// The scenario's database in a few words.
QString databaseShown(const RunDocument &doc)
{
    const Scenario &sc = doc.scenario;
    if (sc.isMemory())
        return Tr::tr("in-memory %1").arg(sc.memoryName);
    if (sc.onServer()) // "a temporary PostgreSQL cluster", or the server's address (no password)
        return doc.database.isEmpty() ? Tr::tr("PostgreSQL") : doc.database;
    if (doc.hasScenario && sc.databasePath.isEmpty())
        return Tr::tr("a temporary file");
    const QString path = sc.databasePath.isEmpty() ? doc.database : sc.databasePath;
    return path.isEmpty() ? Tr::tr("(database not recorded)") : QFileInfo(path).fileName();
}

// Entry i of a per-worker list, times `per`; empty where the run did not record it.
template<typename T> std::optional<double> at(const std::vector<T> &v, std::size_t i, double per)
{
    if (i >= v.size())
        return std::nullopt;
    return double(v[i]) * per;
}

Interval intervalOf(const SeriesPoint &p, std::size_t workers, bool errorsByClass)
{
    Interval i;
    i.tS = p.tS;
    i.intervalS = p.intervalS;
    const double per = p.intervalS > 0 ? 1.0 / p.intervalS : 1.0;
    i.opsPerS = double(p.ops) * per;
    i.txPerS = double(p.tx) * per;
    i.busyPerS = double(p.busyEvents) * per;
    i.lockWaitPerS = p.lockWaitS * per;
    i.appWaitPerS = p.appWaitS * per;
    i.errorsPerS = double(p.errors) * per;
    i.p50Ms = p.p50Ms;
    i.p99Ms = p.p99Ms;
    i.workers.resize(workers);
    for (std::size_t w = 0; w < workers; ++w) {
        Interval::Worker &f = i.workers[w];
        f.opsPerS = at(p.workerOps, w, per);
        f.busyPerS = at(p.workerBusyEvents, w, per);
        f.lockWaitPerS = at(p.workerLockWaitS, w, per);
        f.appWaitPerS = at(p.workerAppWaitS, w, per);
        if (w < p.workerP99Ms.size() && p.workerP99Ms[w] >= 0) // -1: no operation
            f.p99Ms = p.workerP99Ms[w];
        // Only the classes that occurred are listed: a worker absent from all had none.
        if (errorsByClass) {
            std::uint64_t e = 0;
            if (w < p.workerErrors.size()) {
                for (auto n : p.workerErrors[w])
                    e += n;
            }
            f.errorsPerS = double(e) * per;
        }
    }
    return i;
}

// The run's scenario and the totals of its summary.
void readRun(const RunDocument &doc, RunFigures *r)
{
    const Scenario &sc = doc.scenario;
    const RunDocument::Summary &s = doc.summary;
    r->scenarioName = sc.name;
    r->description = sc.description;
    r->database = doc.database;
    r->databaseShown = databaseShown(doc);
    r->onServer = sc.onServer();
    r->strategy = toString(sc.strategy);
    if (r->onServer) { // what stands for SQLite's settings on PostgreSQL
        r->journalMode = QStringLiteral("\u2014");
        const QString &commit = doc.environment.server.synchronousCommit;
        r->synchronous = commit.isEmpty() ? Tr::tr("not recorded") : Tr::tr("synchronous_commit %1").arg(commit);
        r->txMode = Tr::tr("isolation %1").arg(toString(sc.isolation));
        r->busyPolicy = QStringLiteral("lock_timeout");
    } else {
        r->journalMode = s.journalMode;
        r->synchronous = sc.synchronous;
        r->txMode = toString(sc.txMode);
        r->busyPolicy = toString(sc.busyPolicy);
    }
    r->serverLockWaits = doc.serverLockWaits;
    r->serverLockWaitsRecorded = doc.recorded.serverLockWaits;
    r->mix = mixText(sc.mix);
    r->lockLensVersion = doc.lockLensVersion;
    r->startedAt = doc.startedAt;
    r->workers = sc.workers;
    r->readers = sc.readers;
    r->batch = sc.batch;
    r->busyTimeoutMs = sc.busyTimeoutMs;
    r->maxTries = sc.maxTries;
    r->payloadBytes = sc.payloadBytes;
    r->splitFiles = sc.splitFiles;
    r->retryBackoff = sc.retryBackoff.toString();
    r->durationS = s.durationS;
    r->lockWaitShare = s.lockWaitShare;
    r->appWaitShare = s.appWaitShare;
    r->backoffShare = s.backoffShare;
    r->setupS = s.setupS;
    r->stopped = s.stopped;
    r->fatalError = s.fatalError;
}

void readTotals(const StatsFigures &t, RunFigures *r)
{
    r->opsPerS = t.opsPerS;
    r->txPerS = t.txPerS;
    r->lockWaitS = t.lockWaitS;
    r->appWaitS = t.appWaitS;
    r->backoffS = t.backoffS;
    r->cutShortTx = qint64(t.cutShortTx);
    r->committedOps = qint64(t.ops);
    r->committedTx = qint64(t.tx);
    r->failedTx = qint64(t.failedTx);
    r->retries = qint64(t.retries);
    r->busyEvents = qint64(t.busyEvents);
    r->busyHandlerCalls = qint64(t.busyCalls);
    r->latency = latencyOf(t.latency);
    r->commitLatency = latencyOf(t.commitLatency);
    r->txLatency = latencyOf(t.txLatency);
    for (std::size_t c = 0; c < t.errors.size(); ++c)
        r->errors[c] = qint64(t.errors[c]);
}

void readVerification(const RunDocument::Summary &s, RunFigures *r)
{
    for (std::size_t c = 0; c < s.errorMessages.size(); ++c) {
        if (!s.errorMessages[c].isEmpty())
            r->errorMessages << QStringLiteral("%1: %2").arg(QLatin1String(errorClassKey(ErrorClass(c))), s.errorMessages[c]);
    }
    r->errorMessages.sort(); // by class name, as the document lists them
    r->verificationError = s.verificationError;
    r->checked = !s.integrity.isEmpty();
    r->verified = s.verified;
    r->rowsExpected = s.rowsExpected;
    r->rowsPresent = s.rowsPresent;
    r->lostRows = s.lostRows;
    r->extraRows = s.extraRows;
    r->lockedOut = s.lockedOut;
    r->integrity = s.integrity;
}

} // namespace

QList<QPair<QString, int>> mixWeights(const OpMix &mix)
{
    return { { QStringLiteral("insert"), mix.insert }, { QStringLiteral("update"), mix.update },
        { QStringLiteral("delete"), mix.remove }, { QStringLiteral("point_read"), mix.pointRead },
        { QStringLiteral("range_read"), mix.rangeRead } };
}

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

bool runFromJson(const QJsonObject &json, const QString &label, RunFigures *out, QString *error)
{
    RunDocument doc;
    QString why;
    if (!RunDocument::fromJson(json, &doc, &why)) {
        *error = Tr::tr("%1 is not a LockLens run (%2)").arg(label, why);
        return false;
    }
    RunFigures r;
    r.document = json;
    readRun(doc, &r);
    if (doc.program)
        readTrace(doc, &r);
    r.label = label.isEmpty() ? (r.scenarioName.isEmpty() ? Tr::tr("run") : r.scenarioName) : label;
    readTotals(doc.summary.totals, &r);
    readVerification(doc.summary, &r);
    readEnvironment(doc, &r);
    for (const RunDocument::Worker &w : doc.workers)
        r.workerFigures.push_back(workerOf(w));
    readLocks(doc, &r);
    for (const SeriesPoint &p : doc.series)
        r.series.push_back(intervalOf(p, r.workerFigures.size(), doc.recorded.errorsByClass));
    r.warnings = doc.warnings;
    if (!doc.scenarioProblem.isEmpty())
        r.warnings << Tr::tr("its scenario could not be read in full (%1): the settings shown that could not "
                             "be read are the defaults")
                          .arg(doc.scenarioProblem);
    r.conclusions = r.program ? traceConclusions(r) : runConclusions(r);
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
