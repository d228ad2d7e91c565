// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/locktrace.h"
#include "workers/runcontext.h"
#include "workers/runresult.h"
#include "workers/scenario.h"
#include "workers/stopflag.h"
#include "workers/waitlog.h"
#include "workers/workerstats.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace LockLens {

class Connection;
class LoadStrategy;
namespace Postgres {
class TemporaryCluster;
} // namespace Postgres

// One load run, executed by run() on a controller thread of its own: set up the database
// (RunSetup), start the reader group (ReaderGroup) and the clients of the chosen connection
// strategy (LoadStrategy::create), end them at the duration, count or requestStop(), verify
// what was committed (RunChecks). What they share is the run's RunContext. The statistics
// blocks exist from construction on, so a sampler in another thread can read them at any time.
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
    const LockTrace::Registry &locks() const { return m_ctx.locks; }
    // Every lock event is to be written to a trace file (before run()): the recorders keep
    // more of them, so that a trace writer starved of CPU for a while loses none.
    void keepLockEventsForTrace();
    // Where locks are not recorded (instrumented runs only): per statistics block, the waits
    // its busy handler measured. Fixed from construction on.
    const std::vector<std::shared_ptr<WaitLog>> &waitLogs() const { return m_waitLogs; }
    // On PostgreSQL: what the waits in the wait logs were for (WaitLog::Wait::cause); null on SQLite.
    std::shared_ptr<const Postgres::WaitCauses> waitCauses() const { return m_waitCauses; }
    // Per recorder, what it recorded during the load only (not the setup, not the
    // verification); empty when the load did not start.
    std::vector<std::pair<QString, LockTrace::Totals>> lockTotals() const;
    // Clock ticks when the load started; 0 while setting up.
    std::uint64_t startTicks() const { return m_ctx.startTicks.load(std::memory_order_acquire); }
    // Clock ticks when the load ended (verification follows); 0 until then.
    std::uint64_t endTicks() const { return m_endTicks.load(std::memory_order_acquire); }
    // A PostgreSQL run: how many times ServerSampler read the server's lock waits (0: none).
    std::uint64_t serverSamples() const { return m_serverSamples; }

    // After run() has returned (and its thread was joined).
    const QString &error() const { return m_error; } // setup failed: no result
    RunResult &result() { return m_result; }
    const Scenario &scenario() const { return m_ctx.sc; } // with the temporary file filled in
    const std::array<QString, ErrorClassCount> &firstErrors(std::size_t block) const
    {
        return m_ctx.stats[block]->firstErrorMessage;
    }

private:
    // The setup: false with m_error when the run cannot start.
    bool setUp();
    void reportLockedOut(); // the result of a run whose setup never got the lock
    // What the setup found: the environment, the journal mode, the warnings.
    void describeSetup();
    QStringList scenarioWarnings() const;
    // The strategy's clients and the readers, from their start to their end.
    void runLoad();
    // The load is over: its end, its outcome, and the checks.
    void finish();
    void removeTemporaryFiles();

    RunContext m_ctx;
    std::unique_ptr<LoadStrategy> m_strategy;
    QStringList m_names;
    QStringList m_roles;
    std::vector<std::shared_ptr<WaitLog>> m_waitLogs;
    std::shared_ptr<Postgres::WaitCauses> m_waitCauses;
    RunContext::LockSnapshot m_locksAtEnd;
    std::atomic<bool> m_userStopped { false }; // requestStop() was called
    std::atomic<bool> m_verifying { false }; // the load is over and its checks are running
    StopFlag m_verifyStop; // requestStop() during the checks: stop waiting for a lock
    std::atomic<std::uint64_t> m_endTicks { 0 };
    QString m_error;
    std::uint64_t m_setupStart = 0;
    std::unique_ptr<Postgres::TemporaryCluster> m_cluster; // a PostgreSQL run's own server
    std::uint64_t m_serverSamples = 0; // how often the lock waits on the server were sampled
    std::unique_ptr<Connection> m_keeper;
    std::int64_t m_initialRows = 0;
    bool m_temporary = false;
    RunResult m_result;
};

} // namespace LockLens
