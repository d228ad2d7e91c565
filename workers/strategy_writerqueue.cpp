// SPDX-License-Identifier: GPL-3.0-or-later
// The writer-queue strategy: workers hand their writes to one writer thread, which commits
// them in groups of up to the batch size; reads run on the workers' own connections.
#include "workers/strategies.h"

#include "workers/connection.h"
#include "workers/opqueue.h"
#include "workers/recorder/clock.h"
#include "workers/runcontext.h"
#include "workers/session.h"
#include "workers/startgate.h"

#include <algorithm>

namespace LockLens {

namespace {

// Operations a worker hands over at once (1 under a target rate, so that each leaves at its
// scheduled time): one lock per chunk, not per operation.
constexpr std::size_t QueueChunk = 64;

// The Source for operations that came through the queue: their latency runs from their
// origin (issue or scheduled time) to the commit that acknowledged them.
class QueuedOps
{
public:
    QueuedOps(const std::vector<Op> &ops, const std::vector<std::unique_ptr<OpGenerator>> &gens)
        : m_ops(ops)
        , m_gens(gens)
    {
    }
    void mark() { }
    void rewind() { m_pos = 0; }
    Op next() { return m_ops[m_pos++]; }
    const char *payload(const Op &op) const { return m_gens[std::size_t(op.worker)]->payload(op); }
    int payloadBytes(const Op &op) const { return m_gens[std::size_t(op.worker)]->payloadBytes(); }
    static bool fromOrigin() { return true; }
    void recordFromOrigin(LatencyHistogram &h, std::uint64_t now)
    {
        for (const Op &op : m_ops)
            h.record(now > op.origin ? now - op.origin : 0);
    }

private:
    const std::vector<Op> &m_ops;
    const std::vector<std::unique_ptr<OpGenerator>> &m_gens;
    std::size_t m_pos = 0;
};

// What a worker's reads run: single statements, so that a read never takes the write lock
// the writer needs.
Scenario queueReadScenario(const Scenario &sc)
{
    Scenario read = sc;
    read.txMode = TxMode::Autocommit;
    read.batch = 1;
    read.readBeforeWrite = false;
    return read;
}

} // namespace

QStringList WriterQueueStrategy::clientNames(int workers) const
{
    return LoadStrategy::clientNames(workers) << tr("writer");
}

void WriterQueueStrategy::run(RunContext &ctx)
{
    // The queue is bounded whatever the batch: groups are at most what it holds.
    const std::size_t capacity = std::clamp<std::size_t>(std::size_t(ctx.sc.batch) * 2, 4096, 65536);
    const std::size_t group = std::min<std::size_t>(std::size_t(ctx.sc.batch), capacity);
    OpQueue queue(capacity, ctx.sc.workers);
    const Scenario readScenario = queueReadScenario(ctx.sc);
    StartGate gate(ctx.sc.workers + 1);

    std::vector<std::thread> writer;
    if (!ctx.spawn(writer, [&] { runWriter(ctx, queue, gate, group); })) {
        queue.abandon();
        gate.forfeit();
    }
    std::vector<std::thread> threads;
    for (int i = 0; i < ctx.sc.workers; ++i) {
        if (!ctx.spawn(threads, [&, i] { runWorker(ctx, i, queue, gate, readScenario); })) {
            queue.producerDone();
            gate.forfeit();
        }
    }
    ctx.beginLoad(gate);
    ctx.waitUntilDone(threads);
    for (auto &t : writer)
        t.join();
}

void WriterQueueStrategy::runWriter(RunContext &ctx, OpQueue &queue, StartGate &gate, std::size_t group)
{
    QString why;
    auto c = Connection::open(ctx.sc, { QStringLiteral("writer"), true, false, ctx.lockRegistry() }, &why);
    const bool ready = c && c->prepareLoad(ctx.sc, &why);
    if (!ready) {
        ctx.fatal(tr("writer: %1").arg(why));
        queue.abandon();
    }
    gate.arriveAndWait();
    if (!ready)
        return;
    // The writer commits what was queued until the run is stopped or failed; when a timed
    // run's duration is up, it stops with the workers and drops what was never acknowledged.
    const StopFlag &stop = ctx.sc.durationS > 0 ? ctx.stop : ctx.abort;
    Session session(
        ctx.sc, *ctx.stats[std::size_t(ctx.sc.workers)], stop,
        [&ctx](const QString &message) { ctx.fatal(message); }, std::uint64_t(ctx.sc.workers));
    std::vector<Op> ops;
    ops.reserve(group);
    while (queue.pop(group, ops)) {
        if (stop.raised())
            continue; // dropped, never acknowledged: verification does not expect them
        QueuedOps src(ops, ctx.generators);
        session.runTransaction(*c, src, int(ops.size()), 0);
    }
}

std::unique_ptr<Connection> WriterQueueStrategy::openReader(
    RunContext &ctx, int worker, const Scenario &readScenario)
{
    QString why;
    auto reader = Connection::open(
        readScenario, { QStringLiteral("worker%1").arg(worker + 1), true, false, ctx.lockRegistry() }, &why);
    if (!reader || !reader->prepareLoad(readScenario, &why)) {
        ctx.fatal(tr("worker %1: %2").arg(worker + 1).arg(why));
        reader.reset();
    }
    return reader;
}

void WriterQueueStrategy::runWorker(
    RunContext &ctx, int worker, OpQueue &queue, StartGate &gate, const Scenario &readScenario)
{
    WorkerStats &stats = *ctx.stats[std::size_t(worker)];
    OpGenerator &gen = *ctx.generators[std::size_t(worker)];
    const bool timed = ctx.sc.instrument;
    std::unique_ptr<Connection> reader;
    if (ctx.sc.mix.pointRead + ctx.sc.mix.rangeRead > 0)
        reader = openReader(ctx, worker, readScenario);
    gate.arriveAndWait();
    Session readSession(
        readScenario, stats, ctx.stop, [&ctx](const QString &message) { ctx.fatal(message); },
        std::uint64_t(worker));
    Schedule schedule(ctx.clientRate(), ctx.sc.seed + std::uint64_t(worker));
    std::vector<Op> chunk;
    const std::size_t chunkSize = schedule.active() ? 1 : QueueChunk;
    chunk.reserve(chunkSize);
    for (std::int64_t left = ctx.budgetPerClient(); left > 0 && !ctx.stop.raised(); --left) {
        std::uint64_t at = 0;
        if (schedule.active()) {
            at = schedule.next(1);
            if (!ctx.sleepUntil(at))
                break;
        }
        const OpGenerator::State before = gen.state();
        Op op = gen.next();
        if (!isWrite(op.kind)) {
            if (!reader)
                break;
            gen.restore(before);
            GeneratedOps src(gen);
            readSession.runTransaction(*reader, src, 1, at);
            continue;
        }
        op.origin = at ? at : (timed ? Clock::now() : 0);
        chunk.push_back(op);
        if (chunk.size() >= chunkSize)
            queue.push(chunk, timed ? &stats.appWaitTicks : nullptr);
    }
    if (!chunk.empty() && !ctx.abort.raised())
        queue.push(chunk, timed ? &stats.appWaitTicks : nullptr);
    queue.producerDone();
}

} // namespace LockLens
