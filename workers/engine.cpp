// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/engine.h"

#include "workers/connection.h"
#include "workers/loadrun.h"
#include "workers/recorder/clock.h"
#include "workers/serversampler.h"
#include "workers/sqlite/sqlitelink.h"
#include "workers/tracewriter.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace LockLens {

LoadEngine::LoadEngine(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<LockLens::RunResult>();
    qRegisterMetaType<LockLens::SeriesPoint>();
    m_timer.setInterval(1000);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &LoadEngine::sample);
}

LoadEngine::~LoadEngine()
{
    if (m_run) {
        m_run->requestStop();
        if (m_controller.joinable())
            m_controller.join();
    }
}

void LoadEngine::setSampleInterval(int ms)
{
    m_timer.setInterval(std::max(10, ms));
}

bool LoadEngine::start(const Scenario &sc, QString *error)
{
    QString why;
    if (m_run)
        why = tr("a run is already in progress");
    else
        why = sc.validate();
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    // Decide the driver question here, in one thread, before any worker opens a connection.
    SqliteLink::driverSharesLibrary();
    m_series.clear();
    m_last.clear();
    m_lastT = 0;
    m_lastTicks = 0;
    m_endSampled = false;
    m_scenario = sc;
    m_lastLocks.clear();
    m_lastWaits.clear();
    m_lastCauses.reset();
    m_lastStartTicks = 0;
    m_run = std::make_unique<LoadRun>(sc);
    LoadRun *run = m_run.get();
    m_traceWriter.reset();
    if (!m_lockTracePath.isEmpty()) {
        run->keepLockEventsForTrace();
        m_traceWriter
            = std::make_unique<LockTrace::TraceWriter>(run->locks(), [run] { return run->startTicks(); });
        if (!m_traceWriter->start(m_lockTracePath, &why)) {
            m_traceWriter.reset();
            m_run.reset();
            if (error)
                *error = why;
            return false;
        }
    }
    m_controller = std::thread([this, run] {
        run->run();
        QMetaObject::invokeMethod(
            this, [this] { runDone(); }, Qt::QueuedConnection);
    });
    m_timer.start();
    return true;
}

void LoadEngine::stop()
{
    if (m_run)
        m_run->requestStop();
}

std::vector<StatsSnapshot> LoadEngine::snapshot() const
{
    return m_run ? m_run->snapshot() : std::vector<StatsSnapshot>();
}

std::vector<std::shared_ptr<LockTrace::Recorder>> LoadEngine::lockRecorders() const
{
    return m_run ? m_run->locks().all() : m_lastLocks;
}

std::vector<std::shared_ptr<WaitLog>> LoadEngine::waitLogs() const
{
    return m_run ? m_run->waitLogs() : m_lastWaits;
}

std::shared_ptr<const Postgres::WaitCauses> LoadEngine::waitCauses() const
{
    return m_run ? m_run->waitCauses() : m_lastCauses;
}

std::uint64_t LoadEngine::loadStartTicks() const
{
    return m_run ? m_run->startTicks() : m_lastStartTicks;
}

QStringList LoadEngine::workerNames() const
{
    return m_run ? m_run->statNames() : QStringList();
}

bool LoadEngine::isChecking() const
{
    return m_run && m_run->endTicks() != 0;
}

double LoadEngine::elapsedS() const
{
    const std::uint64_t start = m_run ? m_run->startTicks() : 0;
    const std::uint64_t end = m_run ? m_run->endTicks() : 0; // the checks after the load are not the load
    return start ? Clock::toSeconds((end ? end : Clock::now()) - start) : 0.0;
}

void LoadEngine::sample()
{
    if (!m_run)
        return;
    const std::uint64_t start = m_run->startTicks();
    if (!start)
        return; // still setting up
    // One instant for the point's time and the counters: a wait in progress then adds no
    // more to an interval than the interval lasted.
    std::uint64_t at = Clock::now();
    if (const std::uint64_t end = m_run->endTicks()) {
        // The load is over (verification runs): one last point up to its end, then none.
        // (Not decided by comparing times: the tick length is calibrated on as the process
        // runs, so the same end converted again could come out a few nanoseconds later.)
        if (m_endSampled || end <= m_lastTicks) // (a sample may have been taken just after the end)
            return;
        m_endSampled = true;
        at = end;
    }
    const double t = Clock::toSeconds(at - start);
    if (t <= 0)
        return;
    std::vector<StatsSnapshot> now = m_run->snapshot(at);
    const double dt = t - m_lastT;
    SeriesPoint p = SeriesPoint::between(now, m_last, t, dt);
    m_last = std::move(now);
    m_lastT = t;
    m_lastTicks = at;
    m_series.push_back(p);
    Q_EMIT sampled(p);
}

void LoadEngine::runDone()
{
    m_timer.stop();
    if (m_controller.joinable())
        m_controller.join();
    std::unique_ptr<LoadRun> run = std::move(m_run);
    m_lastLocks = run->locks().all();
    m_lastWaits = run->waitLogs();
    m_lastCauses = run->waitCauses();
    m_lastStartTicks = run->startTicks();
    if (!run->error().isEmpty()) {
        m_traceWriter.reset(); // finishes the file before the run's recorders go
        Q_EMIT failed(run->error());
        return;
    }
    // Close the series at the end of the load (not the end of verification).
    RunResult &r = run->result();
    const std::vector<StatsSnapshot> finalStats = run->snapshot(); // the clients are joined: final
    {
        // Whatever happened since the last sample goes in, however short the interval:
        // the series must add up to the totals.
        const double end = std::max(r.durationS, m_lastT);
        SeriesPoint p = SeriesPoint::between(finalStats, m_last, end, end - m_lastT);
        if (p.hasActivity() || m_series.empty()) {
            m_series.push_back(p);
            Q_EMIT sampled(p);
        }
    }
    r.series = m_series;
    r.scenario = m_scenario;
    r.databaseName = databaseNameFor(run->scenario());
    r.total = StatsSnapshot();
    r.workers.clear();
    for (std::size_t i = 0; i < finalStats.size(); ++i) {
        r.total.merge(finalStats[i]);
        WorkerResult w;
        w.name = run->statNames().value(int(i));
        w.role = run->statRoles().value(int(i), w.role);
        w.stats = finalStats[i];
        w.firstError = run->firstErrors(i);
        r.workers.push_back(std::move(w));
    }
    if (m_traceWriter) {
        std::uint64_t rows = 0, lost = 0;
        QString why;
        if (!m_traceWriter->finish(&rows, &lost, &why)) {
            r.lockTraceError = why;
            r.warnings << tr("The lock trace is incomplete: %1").arg(why);
        } else if (lost > 0)
            r.warnings << tr(
                "The lock trace misses %1 transitions: they came faster than the file was written.")
                              .arg(lost);
        m_traceWriter.reset();
    }
    r.lockTimeline.clear();
    for (const auto &[name, totals] : run->lockTotals())
        r.lockTimeline.push_back({ name, totals });
    if (m_scenario.onServer() && run->startTicks() != 0)
        r.warnings << (run->serverSamples() > 0 && m_scenario.instrument
                ? tr("Lock waits on PostgreSQL happen inside the server: they were sampled from pg_stat_activity %1 "
                     "times a second (%2 samples), so each is counted to within about %3 ms.")
                      .arg(ServerSampler::Rate)
                      .arg(run->serverSamples())
                      .arg(1000 / ServerSampler::Rate)
                : m_scenario.instrument
                ? tr("Lock waits on PostgreSQL happen inside the server and could not be sampled: only waits that "
                     "lock_timeout ended are counted.")
                : tr("Lock waits on PostgreSQL happen inside the server and were not sampled (the run was not "
                     "instrumented): only waits that lock_timeout ended are counted."));
    else if (m_scenario.instrument && m_scenario.recordLocks && r.lockTimeline.empty() && run->startTicks() != 0) {
        r.warnings << (m_scenario.isMemory()
                ? tr("Lock states were not recorded: an in-memory database takes no file locks.")
                : tr("Lock states were not recorded: Qt's SQLite driver carries its own SQLite, which "
                     "LockLens's "
                     "VFS cannot reach. Lock waits are measured by the busy handler instead."));
    }
    Q_EMIT finished(r);
}

bool LoadEngine::runBlocking(const Scenario &sc, RunResult *result, QString *error, int sampleIntervalMs)
{
    LoadEngine engine;
    engine.setSampleInterval(sampleIntervalMs);
    QEventLoop loop;
    bool ok = false;
    connect(&engine, &LoadEngine::finished, &loop, [&](const RunResult &r) {
        *result = r;
        ok = true;
        loop.quit();
    });
    connect(&engine, &LoadEngine::failed, &loop, [&](const QString &why) {
        if (error)
            *error = why;
        loop.quit();
    });
    if (!engine.start(sc, error))
        return false;
    loop.exec();
    return ok;
}

} // namespace LockLens
