// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/loadrun.h"

#include "workers/clock.h"
#include "workers/connection.h"
#include "workers/environment.h"
#include "workers/lockvfs.h"
#include "workers/session.h"
#include "workers/sqlite/sqlident.h"
#include "workers/sqlite/sqlitelink.h"
#include "workers/startgate.h"
#include "workers/tablegen.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>

namespace LockLens {

LoadRun::LoadRun(const Scenario &sc)
    : m_sc(sc)
{
    if (m_sc.databasePath.isEmpty() && !m_sc.isMemory()) {
        static std::atomic<int> counter { 0 };
        m_sc.databasePath = QDir::temp().filePath(QStringLiteral("locklens-%1-%2.db")
                                                      .arg(QCoreApplication::applicationPid())
                                                      .arg(counter.fetch_add(1)));
        m_temporary = true;
    }
    m_files = m_sc.splitPaths();
    for (int i = 0; i < sc.workers; ++i)
        m_names << (sc.strategy == Strategy::Pool ? tr("pool thread %1") : tr("worker %1")).arg(i + 1);
    if (sc.strategy == Strategy::WriterQueue)
        m_names << tr("writer");
    m_readerBase = std::size_t(m_names.size());
    for (int i = 0; i < m_names.size(); ++i)
        m_roles << QStringLiteral("writer");
    for (int i = 0; i < sc.readers; ++i) {
        m_names << tr("reader %1").arg(i + 1);
        m_roles << QStringLiteral("reader");
    }
    for (int i = 0; i < m_names.size(); ++i)
        m_stats.push_back(std::make_unique<WorkerStats>());
    // Where the VFS records no locks, the timeline shows the waits the busy handler measured.
    // (An in-memory database takes no file locks and calls no busy handler: nothing to show.)
    if (m_sc.instrument && !m_sc.isMemory() && !(m_sc.recordLocks && LockTrace::Vfs::install())) {
        for (std::size_t i = 0; i < m_stats.size(); ++i) {
            m_waitLogs.push_back(std::make_shared<WaitLog>(m_names.value(int(i))));
            m_stats[i]->waitLog = m_waitLogs.back().get();
        }
    }
    m_readSc = readerScenario(m_sc);
}

LoadRun::~LoadRun() = default;

void LoadRun::keepLockEventsForTrace()
{
    // Up to 2^18 events (3 MiB) per connection, 2^23 (96 MiB) in all: at the busiest preset's
    // pace (deferred-upgrade, ~60,000 events a second per connection) four seconds' worth.
    const auto connections = std::size_t(m_sc.workers + m_sc.readers + 2); // + control, writer
    std::size_t each = LockTrace::Recorder::DefaultCapacity; // a power of two, rounded down
    while (each < (std::size_t(1) << 18) && each * 2 * connections <= (std::size_t(1) << 23))
        each *= 2;
    m_locks.setRingCapacity(each);
}

std::vector<StatsSnapshot> LoadRun::snapshot(std::uint64_t nowTicks) const
{
    if (nowTicks == 0)
        nowTicks = Clock::now();
    std::vector<StatsSnapshot> s;
    s.reserve(m_stats.size());
    for (const auto &w : m_stats)
        s.push_back(StatsSnapshot::of(*w, nowTicks));
    return s;
}

void LoadRun::requestStop()
{
    if (m_verifying.load()) // the load is over: end the checks' wait for a lock
        m_verifyStop.raise();
    m_userStopped.store(true, std::memory_order_relaxed);
    m_abort.raise();
    stopAll();
}

void LoadRun::stopAll()
{
    m_stop.raise();
}

void LoadRun::fatal(const QString &message)
{
    {
        std::lock_guard lock(m_errorMutex);
        if (m_fatal.isEmpty())
            m_fatal = message;
    }
    m_abort.raise();
    stopAll();
}

bool LoadRun::sleepUntil(std::uint64_t ticks)
{
    for (;;) {
        if (m_stop.raised())
            return false;
        const std::uint64_t now = Clock::now();
        if (now >= ticks)
            return true;
        // In steps of at most 50 ms: the tick length is calibrated as the process runs.
        const double ns = std::min(double(ticks - now) * Clock::nsPerTick(), 50e6);
        m_stop.sleepFor(std::chrono::nanoseconds(std::int64_t(ns)));
    }
}

void LoadRun::run()
{
    try {
        m_setupStart = Clock::now();
        if (!setUp()) {
            if (m_setupLocked)
                reportLockedOut();
            m_keeper.reset();
            removeTemporaryFiles();
            return;
        }
        m_result.setupS = Clock::toSeconds(Clock::now() - m_setupStart);
        const bool fastPath = m_keeper->native()
            && (m_sc.driverPath == DriverPath::Auto || m_sc.driverPath == DriverPath::Native);
        m_result.environment = probeEnvironment(*m_keeper, fastPath);
        m_result.journalMode = m_keeper->effectiveJournalMode();
        m_result.initialRows = m_initialRows;
        m_result.warnings = scenarioWarnings();
        if (m_keeper->conflictsOutsideSessions() > 0)
            m_result.warnings << tr("The setup waited for a lock another connection held: it took %1 s.")
                                     .arg(m_result.setupS, 0, 'f', 3);
        if (!SqliteLink::driverSharesLibrary()) {
            if (m_sc.busyPolicy == BusyPolicy::Spin)
                m_result.warnings << tr(
                    "Qt's SQLite driver carries its own SQLite copy: the spin policy falls "
                    "back to SQLite's own busy timeout, and lock waits are not measured");
            if (m_sc.strategy == Strategy::Shared)
                m_result.warnings << tr(
                    "without the native path the shared connection is used through QSqlQuery "
                    "from several threads (behind the mutex), which Qt does not promise to "
                    "support");
        }
        if (!m_stop.raised()) { // not stopped during setup
            startReaders();
            switch (m_sc.strategy) {
            case Strategy::PerThread:
                runPerThread();
                break;
            case Strategy::Shared:
                runShared();
                break;
            case Strategy::WriterQueue:
                runWriterQueue();
                break;
            case Strategy::Pool:
                runPool();
                break;
            case Strategy::Split:
                runSplit();
                break;
            }
            joinReaders();
        }
        const std::uint64_t start = m_startTicks.load();
        const std::uint64_t end = Clock::now();
        if (start)
            snapshotLocks(&m_locksAtEnd);
        m_verifying.store(true); // before the end is published: a stop from now on ends the checks' waits
        if (start)
            m_endTicks.store(end, std::memory_order_release);
        m_result.durationS = start ? Clock::toSeconds(end - start) : 0.0;
        {
            std::lock_guard lock(m_errorMutex); // the clients are done; this orders their last writes
            m_result.fatalError = m_fatal;
            m_result.stopped = m_userStopped.load() && m_fatal.isEmpty();
        }
        verify();
    } catch (const std::exception &e) {
        // Out of memory, mostly (a queue or payload too large for this machine). Every
        // thread a strategy started has been joined by the time its function returns.
        m_error = tr("the run could not go on: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    m_keeper.reset();
    removeTemporaryFiles();
}

QStringList LoadRun::scenarioWarnings() const
{
    Scenario asGiven = m_sc; // warnings about the user's files, not the temporary ones
    if (m_temporary)
        asGiven.databasePath.clear();
    QStringList w = asGiven.warnings();
    if (m_sc.tablePlan)
        w << m_sc.tablePlan->warnings;
    return w;
}

void LoadRun::snapshotLocks(std::vector<std::pair<const LockTrace::Recorder *, LockTrace::Totals>> *into)
{
    into->clear();
    const std::uint64_t now = Clock::now();
    for (const auto &rec : m_locks.all())
        into->emplace_back(rec.get(), rec->totals(now));
}

std::vector<std::pair<QString, LockTrace::Totals>> LoadRun::lockTotals() const
{
    std::vector<std::pair<QString, LockTrace::Totals>> out;
    for (const auto &[rec, atEnd] : m_locksAtEnd) {
        LockTrace::Totals atStart; // a connection opened during the load started from nothing
        for (const auto &[r, t] : m_locksAtStart)
            if (r == rec)
                atStart = t;
        out.emplace_back(rec->name(), atEnd.since(atStart));
    }
    return out;
}

std::int64_t LoadRun::budgetPerClient() const
{
    return m_sc.durationS > 0 ? std::numeric_limits<std::int64_t>::max() : m_sc.opsPerWorker;
}

bool LoadRun::beginLoad(StartGate &gate, std::chrono::milliseconds timeout)
{
    bool all = gate.waitForAll(m_abort.flag(), timeout);
    if (m_readerGate)
        all = m_readerGate->waitForAll(m_abort.flag(), timeout) && all;
    snapshotLocks(&m_locksAtStart);
    m_startTicks.store(Clock::now(), std::memory_order_release);
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    gate.open();
    if (m_readerGate)
        m_readerGate->open();
    return all || m_abort.raised();
}

void LoadRun::waitUntilDone(std::vector<std::thread> &threads)
{
    if (m_sc.durationS > 0)
        waitForDuration();
    for (auto &t : threads)
        t.join();
    awaitReaders();
    // The count is done: "no new work" holds from here on.
    m_stop.raise();
}

void LoadRun::waitForDuration()
{
    m_stop.sleepFor(std::chrono::duration<double>(m_sc.durationS));
    m_stop.raise();
}

void LoadRun::driveWorker(int index, Connection &c, std::mutex *shared)
{
    WorkerStats &stats = *m_stats[std::size_t(index)];
    Session session(m_sc, stats, m_stop, [this](const QString &why) { fatal(why); }, std::uint64_t(index));
    GeneratedOps src(*m_generators[std::size_t(index)]);
    Schedule schedule(clientRate(), m_sc.seed + std::uint64_t(index));
    const bool timed = m_sc.instrument;
    forEachTransaction(budgetPerClient(), schedule, [&](int n, std::uint64_t at) {
        if (shared) {
            if (timed) // a wait in progress: the sampler sees it grow while the mutex is taken
                stats.appWaitTicks.begin(Clock::now());
            std::lock_guard lock(*shared);
            if (timed)
                stats.appWaitTicks.end(Clock::now());
            session.runTransaction(c, src, n, at);
        } else {
            session.runTransaction(c, src, n, at);
        }
    });
}

void LoadRun::runPerThread()
{
    runOwnConnections([this](int i, QString *why) -> std::unique_ptr<Connection> {
        auto c = Connection::open(
            m_sc, { QStringLiteral("worker%1").arg(i + 1), true, false, lockRegistry() }, why);
        return c && c->prepareLoad(m_sc, why) ? std::move(c) : nullptr;
    });
}

void LoadRun::runOwnConnections(const OpenWorker &open)
{
    StartGate gate(m_sc.workers);
    std::vector<std::thread> threads;
    for (int i = 0; i < m_sc.workers; ++i) {
        const bool started = spawn(threads, [this, i, &gate, &open] {
            QString why;
            const std::unique_ptr<Connection> c = open(i, &why);
            if (!c)
                fatal(tr("worker %1: %2").arg(i + 1).arg(why));
            gate.arriveAndWait();
            if (c)
                driveWorker(i, *c, nullptr);
        });
        if (!started)
            gate.forfeit();
    }
    beginLoad(gate);
    waitUntilDone(threads);
}

void LoadRun::runShared()
{
    QString why;
    auto c = Connection::open(m_sc, { QStringLiteral("shared"), true, false, lockRegistry() }, &why);
    if (!c || !c->prepareLoad(m_sc, &why)) {
        fatal(tr("shared connection: %1").arg(why));
        return;
    }
    std::mutex mutex; // the application's lock around the one connection
    StartGate gate(m_sc.workers);
    std::vector<std::thread> threads;
    for (int i = 0; i < m_sc.workers; ++i) {
        if (!spawn(threads, [this, i, &c, &mutex, &gate] {
                gate.arriveAndWait();
                driveWorker(i, *c, &mutex);
            }))
            gate.forfeit();
    }
    beginLoad(gate);
    waitUntilDone(threads);
}

void LoadRun::removeTemporaryFiles()
{
    if (!m_temporary)
        return;
    for (const QString &file : std::as_const(m_files)) {
        for (const char *suffix : { "", "-wal", "-shm", "-journal" })
            QFile::remove(file + QLatin1String(suffix));
    }
}

} // namespace LockLens
