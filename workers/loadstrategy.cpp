// SPDX-License-Identifier: GPL-3.0-or-later
// The factory, the worker loop the strategies share, and the per-thread and shared strategies.
#include "workers/loadstrategy.h"

#include "workers/connection.h"
#include "workers/recorder/clock.h"
#include "workers/runcontext.h"
#include "workers/session.h"
#include "workers/startgate.h"
#include "workers/strategies.h"

namespace LockLens {

std::unique_ptr<LoadStrategy> LoadStrategy::create(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Shared:
        return std::make_unique<SharedStrategy>();
    case Strategy::WriterQueue:
        return std::make_unique<WriterQueueStrategy>();
    case Strategy::Pool:
        return std::make_unique<PoolStrategy>();
    case Strategy::Split:
        return std::make_unique<SplitStrategy>();
    case Strategy::PerThread:
        break;
    }
    return std::make_unique<PerThreadStrategy>();
}

QStringList LoadStrategy::clientNames(int workers) const
{
    QStringList names;
    for (int i = 0; i < workers; ++i)
        names << tr("worker %1").arg(i + 1);
    return names;
}

void LoadStrategy::driveWorker(RunContext &ctx, int index, Connection &c, std::mutex *shared)
{
    WorkerStats &stats = *ctx.stats[std::size_t(index)];
    Session session(
        ctx.sc, stats, ctx.stop, [&ctx](const QString &why) { ctx.fatal(why); }, std::uint64_t(index));
    GeneratedOps src(*ctx.generators[std::size_t(index)]);
    Schedule schedule(ctx.clientRate(), ctx.sc.seed + std::uint64_t(index));
    const bool timed = ctx.sc.instrument;
    ctx.forEachTransaction(ctx.budgetPerClient(), schedule, [&](int n, std::uint64_t at) {
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

void OwnConnectionsStrategy::run(RunContext &ctx)
{
    StartGate gate(ctx.sc.workers);
    std::vector<std::thread> threads;
    for (int i = 0; i < ctx.sc.workers; ++i) {
        const bool started = ctx.spawn(threads, [this, &ctx, i, &gate] {
            QString why;
            const std::unique_ptr<Connection> c = openWorker(ctx, i, &why);
            if (!c)
                ctx.fatal(tr("worker %1: %2").arg(i + 1).arg(why));
            gate.arriveAndWait();
            if (c)
                driveWorker(ctx, i, *c, nullptr);
        });
        if (!started)
            gate.forfeit();
    }
    ctx.beginLoad(gate);
    ctx.waitUntilDone(threads);
}

std::unique_ptr<Connection> PerThreadStrategy::openWorker(RunContext &ctx, int worker, QString *why) const
{
    auto c = Connection::open(
        ctx.sc, { QStringLiteral("worker%1").arg(worker + 1), true, false, ctx.lockRegistry() }, why);
    return c && c->prepareLoad(ctx.sc, why) ? std::move(c) : nullptr;
}

void SharedStrategy::run(RunContext &ctx)
{
    QString why;
    auto c = Connection::open(ctx.sc, { QStringLiteral("shared"), true, false, ctx.lockRegistry() }, &why);
    if (!c || !c->prepareLoad(ctx.sc, &why)) {
        ctx.fatal(tr("shared connection: %1").arg(why));
        return;
    }
    std::mutex mutex; // the application's lock around the one connection
    StartGate gate(ctx.sc.workers);
    std::vector<std::thread> threads;
    for (int i = 0; i < ctx.sc.workers; ++i) {
        if (!ctx.spawn(threads, [&ctx, i, &c, &mutex, &gate] {
                gate.arriveAndWait();
                driveWorker(ctx, i, *c, &mutex);
            }))
            gate.forfeit();
    }
    ctx.beginLoad(gate);
    ctx.waitUntilDone(threads);
}

} // namespace LockLens
