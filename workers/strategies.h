// SPDX-License-Identifier: GPL-3.0-or-later
// The strategies LoadStrategy::create() chooses from; only the engine's own files include this.
#pragma once

#include "workers/loadstrategy.h"

#include <QCoreApplication>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>

class QThreadPool;

namespace LockLens {

class OpQueue;
class StartGate;
struct PoolSlot; // a pool thread's connection and client state (strategy_pool.cpp)

// Every worker on a connection of its own, opened and made ready in the worker's thread by
// openWorker (nullptr and a reason when it cannot be).
class OwnConnectionsStrategy : public LoadStrategy
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::LoadRun)
public:
    void run(RunContext &ctx) override;

protected:
    virtual std::unique_ptr<Connection> openWorker(RunContext &ctx, int worker, QString *why) const = 0;
};

// per-thread: each worker's connection opens the database.
class PerThreadStrategy final : public OwnConnectionsStrategy
{
protected:
    std::unique_ptr<Connection> openWorker(RunContext &ctx, int worker, QString *why) const override;
};

// split (strategy_split.cpp): worker i's connection opens file i % N as its main database
// and attaches the others.
class SplitStrategy final : public OwnConnectionsStrategy
{
protected:
    std::unique_ptr<Connection> openWorker(RunContext &ctx, int worker, QString *why) const override;
};

// shared: one connection, every worker behind the application's mutex around it.
class SharedStrategy final : public LoadStrategy
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::LoadRun)
public:
    void run(RunContext &ctx) override;
};

// writer-queue (strategy_writerqueue.cpp): the writer thread commits what the workers queue,
// in groups of up to `group`; a worker queues its writes and runs its reads itself, on a
// connection of its own.
class WriterQueueStrategy final : public LoadStrategy
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::LoadRun)
public:
    QStringList clientNames(int workers) const override;
    void run(RunContext &ctx) override;

private:
    static void runWriter(RunContext &ctx, OpQueue &queue, StartGate &gate, std::size_t group);
    static void runWorker(
        RunContext &ctx, int worker, OpQueue &queue, StartGate &gate, const Scenario &readScenario);
    static std::unique_ptr<Connection> openReader(RunContext &ctx, int worker, const Scenario &readScenario);
};

// How big the pool strategy's pool is and how long its threads have to start.
struct PoolLimits
{
    int maxThreads = 0; // the pool's threads (0: one per worker; fewer only in tests)
    std::chrono::milliseconds warmUp { 30000 }; // for every thread to open its connection
};

// pool (strategy_pool.cpp): each transaction a task on a thread pool whose threads each hold
// a connection of their own.
class PoolStrategy final : public LoadStrategy
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::LoadRun)
public:
    explicit PoolStrategy(PoolLimits limits = PoolLimits());
    QStringList clientNames(int workers) const override;
    void run(RunContext &ctx) override;

private:
    struct WarmUp;
    // A warm-up task: opens its pool thread's slot, then waits for the others at the gate.
    static void warmUp(RunContext &ctx, WarmUp &warm);
    // Tells the warm-up tasks whether the load goes ahead. If not every thread started in
    // time it does not, and this returns once no warm-up task can touch the run any more.
    static void decide(QThreadPool &pool, WarmUp &warm, bool started);
    // Pool thread n's slot, opened on that thread.
    static std::unique_ptr<PoolSlot> openSlot(RunContext &ctx, int n);
    // The transactions submitted as tasks until the budget or the duration is spent,
    // returning when the last is done.
    static void submitTransactions(RunContext &ctx, QThreadPool &pool);

    PoolLimits m_limits;
};

} // namespace LockLens
