// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runresult.h"
#include "scenario.h"
#include "workerstats.h"

#include <QStringList>

#include <array>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace LockLens {

class Connection;
class OpGenerator;
class Schedule;

// One load run, executed by run() on a controller thread of its own: set up the database,
// start the workers of the chosen connection strategy, end them at the duration, count
// or stop(), verify what was committed. The statistics blocks exist from construction on,
// so a sampler in another thread can read them at any time.
class LoadRun
{
public:
    explicit LoadRun(const Scenario &sc);
    ~LoadRun();

    void run(); // blocking; on the controller thread
    void requestStop();

    // Sampler side (any thread).
    std::vector<StatsSnapshot> snapshot() const;
    const QStringList &statNames() const { return m_names; }
    // Clock ticks when the load started; 0 while setting up.
    std::uint64_t startTicks() const { return m_startTicks.load(std::memory_order_acquire); }

    // After run() has returned (and its thread was joined).
    const QString &error() const { return m_error; }
    RunResult &result() { return m_result; }
    const Scenario &scenario() const { return m_sc; } // with the temporary file filled in
    QStringList scenarioWarnings() const { return m_sc.warnings(); }
    const std::array<QString, ErrorClassCount> &firstErrors(std::size_t block) const
    {
        return m_stats[block]->firstErrorMessage;
    }

private:
    void runPerThread();
    void runShared();
    void runWriterQueue();
    void runPool();
    void driveWorker(int index, Connection &c, std::mutex *shared);
    void waitUntilDone(std::vector<std::thread> &threads);
    void waitForDuration(); // sets the stop flag when the duration is up (or stop came first)
    // Calls work(n, scheduledStart) per transaction of n operations until the budget is
    // spent or the run stops, sleeping until each scheduled start under a target rate.
    template<typename Work> void forEachTransaction(std::int64_t budget, Schedule &schedule, Work &&work);
    bool sleepUntil(std::uint64_t ticks); // false when stopped meanwhile
    void fail(const QString &message);
    void stopAll();
    bool setUp();
    void verify();
    void removeTemporaryFiles();

    Scenario m_sc;
    QStringList m_names;
    std::vector<std::unique_ptr<WorkerStats>> m_stats;
    std::shared_ptr<const std::vector<char>> m_payloadPool;
    std::vector<std::unique_ptr<OpGenerator>> m_generators;
    std::atomic<bool> m_stop { false }; // no more work, whatever the reason
    std::atomic<bool> m_userStopped { false }; // requestStop() was called
    std::mutex m_stopMutex;
    std::condition_variable m_stopCv;
    std::atomic<std::uint64_t> m_startTicks { 0 };
    std::mutex m_errorMutex;
    QString m_error;
    std::unique_ptr<Connection> m_keeper;
    std::int64_t m_initialRows = 0;
    std::int64_t m_initialMaxId = 0;
    bool m_temporary = false;
    RunResult m_result;
};

} // namespace LockLens
