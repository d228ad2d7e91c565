// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/locktrace.h"
#include "workers/operation.h"
#include "workers/scenario.h"
#include "workers/schedule.h"
#include "workers/stopflag.h"
#include "workers/workerstats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace LockLens {

class ReaderGroup;
class StartGate;

// What every client of a run shares, whichever strategy runs it: the scenario, the
// statistics blocks and operation generators, the stop flags, the first fatal error and the
// moment the load began. LoadRun owns it; the setup fills in what the load starts from, and
// the strategy and the reader group take it by reference for the load. Its helpers are the
// loop every client runs: a transaction at a time until the count, the duration or a stop.
class RunContext
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::LoadRun)
public:
    using LockSnapshot = std::vector<std::pair<const LockTrace::Recorder *, LockTrace::Totals>>;

    explicit RunContext(const Scenario &scenario)
        : sc(scenario)
    {
    }
    RunContext(const RunContext &) = delete;
    RunContext &operator=(const RunContext &) = delete;

    Scenario sc; // with the temporary file and (for an existing table) its plan filled in
    QStringList files; // the database files: the database, then a split's siblings
    // Statistics blocks, in order: the workers (pool threads), the writer queue's writer,
    // then the readers (from readerBase on). They exist from LoadRun's construction on.
    std::vector<std::unique_ptr<WorkerStats>> stats;
    std::size_t readerBase = 0;
    LockTrace::Registry locks;
    // From the setup: the payloads' bytes, the largest id before the load, a generator per worker.
    OpGenerator::PayloadPool payloadPool;
    std::int64_t initialMaxId = 0;
    std::vector<std::unique_ptr<OpGenerator>> generators;
    StopFlag stop; // no new work, and open transactions end: duration over, stopped, or failed
    StopFlag abort; // stopped or failed: drop what is queued, wait no more
    ReaderGroup *readers = nullptr; // released with the strategy's clients, awaited with them
    // Set by beginLoad(): when the load started (clock ticks; 0 while setting up), the wall
    // time, and what each lock recorder had recorded by then.
    std::atomic<std::uint64_t> startTicks { 0 };
    QDateTime startedAt;
    LockSnapshot locksAtStart;

    // Where connections record their locks: only for instrumented runs.
    LockTrace::Registry *lockRegistry() { return sc.instrument && sc.recordLocks ? &locks : nullptr; }
    // An error after the load began: ends the run, which still verifies and reports.
    void fatal(const QString &message);
    // The first fatal error (empty: none), once the clients are done.
    QString fatalError();
    // A client's share of the target rate: workers and readers alike.
    double clientRate() const { return sc.rate / (sc.workers + sc.readers); }
    // A client's operations: its count, or no limit in a timed run.
    std::int64_t budgetPerClient() const;
    bool sleepUntil(std::uint64_t ticks); // false when stopped meanwhile
    // Calls work(n, scheduledStart) per transaction of n operations until the budget is
    // spent or the run stops, sleeping until each scheduled start under a target rate.
    template<typename Work> void forEachTransaction(std::int64_t budget, Schedule &schedule, Work &&work);
    // Starts a thread; false (and the run ends with the reason) when the system refuses.
    template<typename Body> bool spawn(std::vector<std::thread> &threads, Body &&body);
    // Every client (and reader) is ready, or the run was aborted meanwhile: start the clock
    // and open the gates. False when not every client arrived within the timeout.
    bool beginLoad(StartGate &gate, std::chrono::milliseconds timeout = std::chrono::milliseconds::max());
    // Ends the load of clients that run on `threads`: at the duration, or when each is done
    // with its count (the readers with theirs); then "no new work" holds.
    void waitUntilDone(std::vector<std::thread> &threads);
    void waitForDuration(); // raises the stop flag when the duration is up (or stop came first)
    void snapshotLocks(LockSnapshot *into) const;

private:
    std::mutex m_errorMutex;
    QString m_fatal;
};

template<typename Work>
void RunContext::forEachTransaction(std::int64_t budget, Schedule &schedule, Work &&work)
{
    for (std::int64_t left = budget; left > 0 && !stop.raised();) {
        const int n = int(std::min<std::int64_t>(sc.batch, left));
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

template<typename Body> bool RunContext::spawn(std::vector<std::thread> &threads, Body &&body)
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
