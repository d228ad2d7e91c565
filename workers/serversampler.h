// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/postgres/lockwait.h"
#include "workers/stopflag.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <thread>
#include <vector>

class QSqlQuery;

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
// nothing.) For each new wait it also asks pg_locks and pg_blocking_pids what the session waits
// for and who holds it (Postgres::lockWaitQuery): the wait log carries that as a number of
// `causes`, and totals() adds the run's waits up by cause. Once the run's stop flag is up (its duration is over, it was stopped, or it failed)
// it also cancels the run's sessions that still wait for a lock (pg_cancel_backend), which
// would otherwise wait out lock_timeout: on SQLite the busy handler stops waiting then.
class ServerSampler
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::LoadRun)
public:
    static constexpr int Rate = 20; // samples a second

    ServerSampler(RunContext &ctx, std::shared_ptr<Postgres::WaitCauses> causes);
    ~ServerSampler(); // stops and joins
    ServerSampler(const ServerSampler &) = delete;
    ServerSampler &operator=(const ServerSampler &) = delete;

    void start();
    void stop();
    std::uint64_t samples() const { return m_samples.load(std::memory_order_relaxed); }
    // Why sampling stopped early ("" : it did not).
    QString error() const;
    // After stop(): why what some waits were for is not known (pg_locks could not be read), the
    // first time it happened; "" when it always could be.
    QString causeError() const { return m_thread.joinable() ? QString() : m_causeError; }
    // After stop(): the waits seen, by cause (Postgres::LockWait::cause()), the longest first.
    // Waits whose cause could not be seen (they ended before pg_locks was read) count under a
    // cause whose lock type is "".
    std::vector<Postgres::LockWaitTotal> totals() const;

    // The statistics block of a session's role ("worker3", "pool2", "writer", "reader1"),
    // -1 for one it does not chart (the control session, the shared strategy's one session).
    static int blockOf(const QString &role, int workers, std::size_t readerBase);

private:
    struct Session
    {
        int pid = 0;
        bool waiting = false;
        std::uint64_t since = 0; // Clock ticks: when the wait was first seen
        std::uint32_t cause = 0; // what it waits for (m_causes), once known
    };
    void loop();
    // One look at pg_stat_activity: which of the run's sessions wait for a lock now, and their
    // pids. False with m_error when the query fails.
    bool readStates(QSqlQuery &q, std::vector<Session> *now);
    // What the sessions waiting for a lock whose cause is not known yet wait for.
    void readCauses(QSqlQuery &q, std::vector<Session> &now, const std::vector<Session> &before);
    // The waits that began or ended between the last sample and this one (at `at`).
    void track(std::vector<Session> &sessions, const std::vector<Session> &now, std::uint64_t at);
    void endWait(std::size_t block, const Session &s, std::uint64_t at);
    // Cancels the statements of the run's sessions that wait for a lock.
    void cancelWaits(const QSqlDatabase &db);

    RunContext &m_ctx;
    std::shared_ptr<Postgres::WaitCauses> m_causes;
    std::map<std::uint32_t, std::pair<std::uint64_t, std::uint64_t>> m_totals; // cause: waits, ticks
    StopFlag m_stop;
    std::thread m_thread;
    std::atomic<std::uint64_t> m_samples { 0 };
    QString m_error; // written by the thread, read after join
    QString m_causeError; // the same
};

} // namespace LockLens
