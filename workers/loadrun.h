// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/locktrace.h"
#include "workers/runresult.h"
#include "workers/scenario.h"
#include "workers/schedule.h"
#include "workers/stopflag.h"
#include "workers/waitlog.h"
#include "workers/workerstats.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

class QThreadPool;

namespace LockLens {

class Connection;
class OpGenerator;
class OpQueue;
class StartGate;
struct PoolSlot; // a pool thread's connection and client state (loadrun_pool.cpp)

// What a reader of the scenario runs: BEGIN DEFERRED, `batch` reads, COMMIT. The reads are
// the mix's point and range reads in their proportion, point reads when the mix has none.
Scenario readerScenario(const Scenario &sc);

// One load run, executed by run() on a controller thread of its own: set up the database,
// start the clients of the chosen connection strategy, end them at the duration, count or
// requestStop(), verify what was committed. The statistics blocks exist from construction
// on, so a sampler in another thread can read them at any time.
//
// The strategies live in loadrun.cpp (per-thread, shared), loadrun_writerqueue.cpp and
// loadrun_pool.cpp; the readers that run beside any of them in loadrun_readers.cpp.
//
// Statistics blocks, in order: the workers (pool threads), the writer thread of the writer
// queue, then the readers.
class LoadRun
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::LoadRun)
public:
    explicit LoadRun(const Scenario &sc);
    ~LoadRun();

    void run(); // blocking; on the controller thread
    void requestStop();

    // Sampler side (any thread).
    // Every block's counters at `nowTicks` (0: now); waits in progress count up to it.
    std::vector<StatsSnapshot> snapshot(std::uint64_t nowTicks = 0) const;
    const QStringList &statNames() const { return m_names; }
    // Per statistics block: "reader" for the reader group, "writer" for every other client.
    const QStringList &statRoles() const { return m_roles; }
    // The lock recorders of the run's connections (empty when locks are not recorded).
    const LockTrace::Registry &locks() const { return m_locks; }
    // Every lock event is to be written to a trace file (before run()): the recorders keep
    // more of them, so that a trace writer starved of CPU for a while loses none.
    void keepLockEventsForTrace();
    // Where locks are not recorded (instrumented runs only): per statistics block, the waits
    // its busy handler measured. Fixed from construction on.
    const std::vector<std::shared_ptr<WaitLog>> &waitLogs() const { return m_waitLogs; }
    // Per recorder, what it recorded during the load only (not the setup, not the
    // verification); empty when the load did not start.
    std::vector<std::pair<QString, LockTrace::Totals>> lockTotals() const;
    // Clock ticks when the load started; 0 while setting up.
    std::uint64_t startTicks() const { return m_startTicks.load(std::memory_order_acquire); }
    // Clock ticks when the load ended (verification follows); 0 until then.
    std::uint64_t endTicks() const { return m_endTicks.load(std::memory_order_acquire); }

    // After run() has returned (and its thread was joined).
    const QString &error() const { return m_error; } // setup failed: no result
    RunResult &result() { return m_result; }
    const Scenario &scenario() const { return m_sc; } // with the temporary file filled in
    const std::array<QString, ErrorClassCount> &firstErrors(std::size_t block) const
    {
        return m_stats[block]->firstErrorMessage;
    }

private:
    // Where connections record their locks: only for instrumented runs.
    LockTrace::Registry *lockRegistry() { return m_sc.instrument && m_sc.recordLocks ? &m_locks : nullptr; }
    void runPerThread();
    // Every worker on a connection of its own, opened and made ready by `open` in the
    // worker's thread (nullptr and a reason when it cannot be).
    using OpenWorker = std::function<std::unique_ptr<Connection>(int worker, QString *why)>;
    void runOwnConnections(const OpenWorker &open);
    void runShared();
    void runWriterQueue();
    // Writer-queue strategy (loadrun_writerqueue.cpp): the writer thread commits what the
    // workers queue, in groups of up to `group`; a worker queues its writes and runs its
    // reads itself, on a connection of its own opened by openQueueReader.
    void runQueueWriter(OpQueue &queue, StartGate &gate, std::size_t group);
    void runQueueWorker(int worker, OpQueue &queue, StartGate &gate, const Scenario &readScenario);
    std::unique_ptr<Connection> openQueueReader(int worker, const Scenario &readScenario);
    void runPool();
    // Pool strategy (loadrun_pool.cpp): pool thread n's slot, opened on that thread; the
    // transactions submitted as tasks until the budget or the duration is spent, returning
    // when the last is done.
    std::unique_ptr<PoolSlot> openPoolSlot(int n);
    void submitPoolTransactions(QThreadPool &pool);
    void runSplit();
    // Split strategy: attaches the sibling files to the controller's connection, creates (or
    // checks) their load tables, prefills them, counts their rows. In loadrun_split.cpp.
    bool setUpSplit(QString *why);
    // Rows in the siblings' load tables (0 for other strategies); false when not countable.
    bool splitRows(std::int64_t *rows, QString *why);

    // The reader group: started before the strategy's clients, released with them by
    // beginLoad(), stopped with them, joined after them.
    void startReaders();
    void joinReaders();
    // Waits until every reader is done: in a count run each reads its own count, like a
    // worker; in a timed run they end at the duration.
    void awaitReaders();
    void driveReader(int reader);
    // A client's share of the target rate: workers and readers alike.
    double clientRate() const { return m_sc.rate / (m_sc.workers + m_sc.readers); }

    // The loop of a client that decides its own operations.
    void driveWorker(int index, Connection &c, std::mutex *shared);
    // Calls work(n, scheduledStart) per transaction of n operations until the budget is
    // spent or the run stops, sleeping until each scheduled start under a target rate.
    template<typename Work> void forEachTransaction(std::int64_t budget, Schedule &schedule, Work &&work);
    std::int64_t budgetPerClient() const;
    // Starts a thread; false (and the run ends with the reason) when the system refuses.
    template<typename Body> bool spawn(std::vector<std::thread> &threads, Body &&body);
    // Every client is ready (or the run was aborted meanwhile): start the clock. False when
    // not every client arrived within the timeout.
    bool beginLoad(StartGate &gate, std::chrono::milliseconds timeout = std::chrono::milliseconds::max());
    void waitUntilDone(std::vector<std::thread> &threads);
    void waitForDuration(); // sets the stop flag when the duration is up (or stop came first)
    bool sleepUntil(std::uint64_t ticks); // false when stopped meanwhile
    // An error after the load began: ends the run, which still verifies and reports.
    void fatal(const QString &message);
    void stopAll();
    // Setup (loadrun_setup.cpp): false with m_error when the run cannot start; a lock that
    // another connection held for the whole wait sets m_setupLocked.
    bool setUp();
    bool refuseBeforeWriting(); // the checks, on read-only connections: nothing is written
    bool setUpFailed(const QString &why, bool locked = false);
    int setupWaitMs() const; // how long the setup waits for another connection's lock
    void reportLockedOut(); // the result of a run whose setup never got the lock
    QStringList scenarioWarnings() const;
    bool prefill(const QString &table, QString *why);
    void verify();
    void removeTemporaryFiles();

    Scenario m_sc;
    QStringList m_names;
    QStringList m_roles;
    Scenario m_readSc; // what a reader runs: DEFERRED transactions of the mix's reads
    std::size_t m_readerBase = 0; // statistics block of the first reader
    std::unique_ptr<StartGate> m_readerGate;
    std::vector<std::thread> m_readerThreads;
    std::vector<std::unique_ptr<OpGenerator>> m_readerGenerators;
    LockTrace::Registry m_locks;
    void snapshotLocks(std::vector<std::pair<const LockTrace::Recorder *, LockTrace::Totals>> *into);
    std::vector<std::pair<const LockTrace::Recorder *, LockTrace::Totals>> m_locksAtStart, m_locksAtEnd;
    std::vector<std::unique_ptr<WorkerStats>> m_stats;
    std::vector<std::shared_ptr<WaitLog>> m_waitLogs;
    std::shared_ptr<const std::vector<char>> m_payloadPool;
    std::vector<std::unique_ptr<OpGenerator>> m_generators;
    StopFlag m_stop; // no new work, and open transactions end: duration over, stopped, or failed
    StopFlag m_abort; // stopped or failed: drop what is queued, wait no more
    std::atomic<bool> m_userStopped { false }; // requestStop() was called
    std::atomic<bool> m_verifying { false }; // the load is over and its checks are running
    StopFlag m_verifyStop; // requestStop() during the checks: stop waiting for a lock
    std::atomic<std::uint64_t> m_startTicks { 0 };
    std::atomic<std::uint64_t> m_endTicks { 0 };
    std::mutex m_errorMutex;
    QString m_fatal;
    QString m_error;
    bool m_setupLocked = false;
    std::uint64_t m_setupStart = 0;
    std::unique_ptr<Connection> m_keeper;
    std::int64_t m_initialRows = 0;
    std::int64_t m_initialMaxId = 0;
    bool m_temporary = false;
    QStringList m_files; // the database files: the database, then a split's siblings
    RunResult m_result;
};

template<typename Work> void LoadRun::forEachTransaction(std::int64_t budget, Schedule &schedule, Work &&work)
{
    for (std::int64_t left = budget; left > 0 && !m_stop.raised();) {
        const int n = int(std::min<std::int64_t>(m_sc.batch, left));
        std::uint64_t at = 0;
        if (schedule.active()) {
            at = schedule.next(n);
            if (!sleepUntil(at))
                break;
        }
        work(n, at);
        left -= n;
    }
}

template<typename Body> bool LoadRun::spawn(std::vector<std::thread> &threads, Body &&body)
{
    try {
        threads.emplace_back(std::forward<Body>(body));
        return true;
    } catch (const std::exception &e) { // no thread was created: nothing to join
        fatal(QStringLiteral("cannot start a thread: %1").arg(QString::fromLocal8Bit(e.what())));
        return false;
    }
}

} // namespace LockLens
