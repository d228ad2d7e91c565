// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/loadrun.h"

#include "workers/connection.h"
#include "workers/environment.h"
#include "workers/loadstrategy.h"
#include "workers/lockvfs.h"
#include "workers/postgres/tempcluster.h"
#include "workers/readergroup.h"
#include "workers/recorder/clock.h"
#include "workers/runchecks.h"
#include "workers/runsetup.h"
#include "workers/serversampler.h"
#include "workers/sqlite/sqlitelink.h"
#include "workers/tablegen.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace LockLens {

LoadRun::LoadRun(const Scenario &sc)
    : m_ctx(sc)
    , m_strategy(LoadStrategy::create(sc.strategy))
{
    Scenario &run = m_ctx.sc;
    if (run.databasePath.isEmpty() && !run.isMemory() && !run.onServer()) {
        static std::atomic<int> counter { 0 };
        run.databasePath = QDir::temp().filePath(QStringLiteral("locklens-%1-%2.db")
                                                     .arg(QCoreApplication::applicationPid())
                                                     .arg(counter.fetch_add(1)));
        m_temporary = true;
    }
    m_ctx.files = run.splitPaths();
    m_names = m_strategy->clientNames(sc.workers);
    m_ctx.readerBase = std::size_t(m_names.size());
    for (int i = 0; i < m_names.size(); ++i)
        m_roles << QStringLiteral("writer");
    for (int i = 0; i < sc.readers; ++i) {
        m_names << tr("reader %1").arg(i + 1);
        m_roles << QStringLiteral("reader");
    }
    for (int i = 0; i < m_names.size(); ++i)
        m_ctx.stats.push_back(std::make_unique<WorkerStats>());
    // Where the VFS records no locks, the timeline shows the waits the busy handler measured.
    // (An in-memory database takes no file locks and calls no busy handler: nothing to show.)
    // (On PostgreSQL, ServerSampler writes the waits it samples into them.)
    if (run.instrument && !run.isMemory() && (run.onServer() || !(run.recordLocks && LockTrace::Vfs::install()))) {
        for (std::size_t i = 0; i < m_ctx.stats.size(); ++i) {
            m_waitLogs.push_back(std::make_shared<WaitLog>(m_names.value(int(i))));
            m_ctx.stats[i]->waitLog = m_waitLogs.back().get();
        }
    }
    if (run.onServer())
        m_waitCauses = std::make_shared<Postgres::WaitCauses>();
}

LoadRun::~LoadRun() = default;

void LoadRun::keepLockEventsForTrace()
{
    // Up to 2^18 events (3 MiB) per connection, 2^23 (96 MiB) in all: at the busiest preset's
    // pace (deferred-upgrade, ~60,000 events a second per connection) four seconds' worth.
    const auto connections = std::size_t(m_ctx.sc.workers + m_ctx.sc.readers + 2); // + control, writer
    std::size_t each = LockTrace::Recorder::DefaultCapacity; // a power of two, rounded down
    while (each < (std::size_t(1) << 18) && each * 2 * connections <= (std::size_t(1) << 23))
        each *= 2;
    m_ctx.locks.setRingCapacity(each);
}

std::vector<StatsSnapshot> LoadRun::snapshot(std::uint64_t nowTicks) const
{
    if (nowTicks == 0)
        nowTicks = Clock::now();
    std::vector<StatsSnapshot> s;
    s.reserve(m_ctx.stats.size());
    for (const auto &w : m_ctx.stats)
        s.push_back(StatsSnapshot::of(*w, nowTicks));
    return s;
}

void LoadRun::requestStop()
{
    if (m_verifying.load()) // the load is over: end the checks' wait for a lock
        m_verifyStop.raise();
    m_userStopped.store(true, std::memory_order_relaxed);
    m_ctx.abort.raise();
    m_ctx.stop.raise();
}

void LoadRun::run()
{
    try {
        m_setupStart = Clock::now();
        if (setUp()) {
            describeSetup();
            runLoad();
            finish();
        }
    } catch (const std::exception &e) {
        // Out of memory, mostly (a queue or payload too large for this machine). Every
        // thread a strategy started has been joined by the time its function returns.
        m_error = tr("the run could not go on: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    m_keeper.reset();
    removeTemporaryFiles();
}

bool LoadRun::setUp()
{
    RunSetup setup(m_ctx, m_temporary);
    const bool ready = setup.run();
    m_keeper = setup.takeKeeper();
    m_cluster = setup.takeCluster();
    m_initialRows = setup.initialRows();
    if (!ready) {
        m_error = setup.error();
        if (setup.locked())
            reportLockedOut();
    }
    return ready;
}

void LoadRun::reportLockedOut()
{
    m_result.setupS = Clock::toSeconds(Clock::now() - m_setupStart);
    m_result.environment
        = m_keeper ? probeEnvironment(*m_keeper, false) : probeEnvironment(m_ctx.sc.databasePath);
    m_result.environment.driverPath.clear(); // no load ran
    m_result.journalMode = m_keeper ? m_keeper->effectiveJournalMode() : QString();
    m_result.stopped = m_userStopped.load();
    m_result.warnings = scenarioWarnings();
    Verification &v = m_result.verification;
    v.lockedOut = true;
    const QString waited = QString::number(m_result.setupS, 'f', 1);
    v.error = m_result.stopped
        ? tr(
            "stopped after the setup had waited %1 s for a lock another connection held on the database; the "
            "load did not start (%2)")
              .arg(waited, m_error)
        : tr(
            "another connection held a lock on the database: the setup waited %1 s of the %2 s it could (the "
            "busy timeout, or the run's duration if shorter), so the load did not start (%3)")
              .arg(waited, QString::number(RunSetup::waitMs(m_ctx.sc) / 1000.0, 'f', 1), m_error);
    m_result.warnings << (m_ctx.sc.onServer()
            ? tr("Another session held a lock on the load table that the setup needed (LOCK TABLE, or an open "
                 "transaction that changed the table's definition). The setup waits for it as long as the run "
                 "would last (lock_timeout).")
            : tr("The database was locked by another connection: a lock that blocks even readers (EXCLUSIVE or "
                 "PENDING, as a rollback-journal writer takes to commit, or BEGIN EXCLUSIVE), or the write lock "
                 "when the run had to create its table. The setup waits for it as long as the run would last."));
    m_error.clear();
}

void LoadRun::describeSetup()
{
    const Scenario &sc = m_ctx.sc;
    m_result.setupS = Clock::toSeconds(Clock::now() - m_setupStart);
    const bool fastPath = (sc.onServer() ? m_keeper->serverNative() : m_keeper->native())
        && (sc.driverPath == DriverPath::Auto || sc.driverPath == DriverPath::Native);
    m_result.environment = probeEnvironment(*m_keeper, fastPath);
    if (sc.onServer()) {
        m_result.environment.temporaryCluster = m_cluster != nullptr;
        if (!m_cluster) {
            Postgres::ServerAddress stored = *sc.serverAddress;
            stored.password.clear(); // never stored, nor reported
            m_result.environment.serverAddress = stored.shown();
        }
    }
    m_result.journalMode = m_keeper->effectiveJournalMode();
    m_result.initialRows = m_initialRows;
    m_result.warnings = scenarioWarnings();
    if (m_keeper->conflictsOutsideSessions() > 0)
        m_result.warnings << tr("The setup waited for a lock another connection held: it took %1 s.")
                                 .arg(m_result.setupS, 0, 'f', 3);
    if (!SqliteLink::driverSharesLibrary() && !sc.onServer()) {
        if (sc.busyPolicy == BusyPolicy::Spin)
            m_result.warnings << tr("Qt's SQLite driver carries its own SQLite copy: the spin policy falls "
                                    "back to SQLite's own busy timeout, and lock waits are not measured");
        if (sc.strategy == Strategy::Shared)
            m_result.warnings << tr("without the native path the shared connection is used through QSqlQuery "
                                    "from several threads (behind the mutex), which Qt does not promise to "
                                    "support");
    }
}

void LoadRun::runLoad()
{
    if (m_ctx.stop.raised()) // stopped during setup
        return;
    std::unique_ptr<ServerSampler> sampler;
    if (m_ctx.sc.onServer()) {
        sampler = std::make_unique<ServerSampler>(m_ctx, m_waitCauses);
        sampler->start();
    }
    ReaderGroup readers(m_ctx);
    readers.start();
    m_strategy->run(m_ctx);
    readers.join();
    if (sampler) {
        sampler->stop();
        m_serverSamples = sampler->samples();
        m_result.serverLockWaits = sampler->totals();
        m_result.serverLockWaitsSampled = m_ctx.sc.instrument && m_serverSamples > 0 && sampler->error().isEmpty();
        if (!sampler->causeError().isEmpty())
            m_result.warnings << tr("What some lock waits on the server were for is not known: pg_locks could not be "
                                    "read (%1)")
                                     .arg(sampler->causeError());
        if (!sampler->error().isEmpty())
            m_result.warnings << tr("Sampling the lock waits on the server stopped: %1").arg(sampler->error());
    }
}

void LoadRun::finish()
{
    const std::uint64_t start = m_ctx.startTicks.load();
    const std::uint64_t end = Clock::now();
    if (start)
        m_ctx.snapshotLocks(&m_locksAtEnd);
    m_verifying.store(true); // before the end is published: a stop from now on ends the checks' waits
    if (start)
        m_endTicks.store(end, std::memory_order_release);
    m_result.startedAt = m_ctx.startedAt;
    m_result.durationS = start ? Clock::toSeconds(end - start) : 0.0;
    m_result.fatalError = m_ctx.fatalError();
    m_result.stopped = m_userStopped.load() && m_result.fatalError.isEmpty();
    RunChecks::verify(*m_keeper, m_ctx, m_initialRows, m_verifyStop, &m_result.verification);
}

QStringList LoadRun::scenarioWarnings() const
{
    Scenario asGiven = m_ctx.sc; // warnings about the user's files, not the temporary ones
    if (m_temporary)
        asGiven.databasePath.clear();
    QStringList w = asGiven.warnings();
    if (m_ctx.sc.tablePlan)
        w << m_ctx.sc.tablePlan->warnings;
    return w;
}

std::vector<std::pair<QString, LockTrace::Totals>> LoadRun::lockTotals() const
{
    std::vector<std::pair<QString, LockTrace::Totals>> out;
    for (const auto &[rec, atEnd] : m_locksAtEnd) {
        LockTrace::Totals atStart; // a connection opened during the load started from nothing
        for (const auto &[r, t] : m_ctx.locksAtStart)
            if (r == rec)
                atStart = t;
        out.emplace_back(rec->name(), atEnd.since(atStart));
    }
    return out;
}

void LoadRun::removeTemporaryFiles()
{
    m_cluster.reset(); // stopped and removed, after the last connection to it has closed
    if (!m_temporary)
        return;
    for (const QString &file : std::as_const(m_ctx.files)) {
        for (const char *suffix : { "", "-wal", "-shm", "-journal" })
            QFile::remove(file + QLatin1String(suffix));
    }
}

} // namespace LockLens
