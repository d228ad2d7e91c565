// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/stopflag.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <cstdint>
#include <thread>

namespace LockLens {

class RunContext;

// On PostgreSQL lock waits happen inside the server, where no busy handler sees them: this
// samples them. A thread of its own, on a session of its own, reads pg_stat_activity
// `Rate` times a second and, for each of the run's sessions (told by the application_name
// Connection gives them: "locklens <role> <run tag>"), whether it waits for a lock
// (wait_event_type 'Lock'). A wait counts from the first sample that sees it to the first that
// does not, into the session's statistics block (lock wait, the live charts) and its WaitLog
// (the lock timeline): each end is late by up to one period, so a wait's length is right to
// within one period on average. The sampler is the only writer of those blocks' lock wait and
// wait log: on PostgreSQL nothing else measures them. (In an uninstrumented run it records
// nothing.) Once the run's stop flag is up (its duration is over, it was stopped, or it failed)
// it also cancels the run's sessions that still wait for a lock (pg_cancel_backend), which
// would otherwise wait out lock_timeout: on SQLite the busy handler stops waiting then.
class ServerSampler
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::LoadRun)
public:
    static constexpr int Rate = 20; // samples a second

    explicit ServerSampler(RunContext &ctx);
    ~ServerSampler(); // stops and joins
    ServerSampler(const ServerSampler &) = delete;
    ServerSampler &operator=(const ServerSampler &) = delete;

    void start();
    void stop();
    std::uint64_t samples() const { return m_samples.load(std::memory_order_relaxed); }
    // Why sampling stopped early ("" : it did not).
    QString error() const;

    // The statistics block of a session's role ("worker3", "pool2", "writer", "reader1"),
    // -1 for one it does not chart (the control session, the shared strategy's one session).
    static int blockOf(const QString &role, int workers, std::size_t readerBase);

private:
    void loop();
    // Cancels the statements of the run's sessions that wait for a lock.
    void cancelWaits(const QSqlDatabase &db);

    RunContext &m_ctx;
    StopFlag m_stop;
    std::thread m_thread;
    std::atomic<std::uint64_t> m_samples { 0 };
    QString m_error; // written by the thread, read after join
};

} // namespace LockLens
