// SPDX-License-Identifier: GPL-3.0-or-later
// The writer-queue strategy: workers hand their writes to one writer thread, which commits
// them in groups of up to the batch size; reads run on the workers' own connections.
#include "workers/loadrun.h"

#include "workers/connection.h"
#include "workers/opqueue.h"
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

void LoadRun::runWriterQueue()
{
    // The queue is bounded whatever the batch: groups are at most what it holds.
    const std::size_t capacity = std::clamp<std::size_t>(std::size_t(m_sc.batch) * 2, 4096, 65536);
    const std::size_t group = std::min<std::size_t>(std::size_t(m_sc.batch), capacity);
    OpQueue queue(capacity, m_sc.workers);
    const Scenario readScenario = queueReadScenario(m_sc);
    StartGate gate(m_sc.workers + 1);

    std::vector<std::thread> writer;
    if (!spawn(writer, [&] { runQueueWriter(queue, gate, group); })) {
        queue.abandon();
        gate.forfeit();
    }
    std::vector<std::thread> threads;
    for (int i = 0; i < m_sc.workers; ++i) {
        if (!spawn(threads, [&, i] { runQueueWorker(i, queue, gate, readScenario); })) {
            queue.producerDone();
            gate.forfeit();
        }
    }
    beginLoad(gate);
    waitUntilDone(threads);
    for (auto &t : writer)
        t.join();
}

void LoadRun::runQueueWriter(OpQueue &queue, StartGate &gate, std::size_t group)
{
    QString why;
    auto c = Connection::open(m_sc, { QStringLiteral("writer"), true, false, lockRegistry() }, &why);
    const bool ready = c && c->prepareLoad(m_sc, &why);
    if (!ready) {
        fatal(tr("writer: %1").arg(why));
        queue.abandon();
    }
    gate.arriveAndWait();
    if (!ready)
        return;
    // The writer commits what was queued until the run is stopped or failed; when a timed
    // run's duration is up, it stops with the workers and drops what was never acknowledged.
    const StopFlag &stop = m_sc.durationS > 0 ? m_stop : m_abort;
    Session session(
        m_sc, *m_stats[std::size_t(m_sc.workers)], stop, [this](const QString &message) { fatal(message); },
        std::uint64_t(m_sc.workers));
    std::vector<Op> ops;
    ops.reserve(group);
    while (queue.pop(group, ops)) {
        if (stop.raised())
            continue; // dropped, never acknowledged: verification does not expect them
        QueuedOps src(ops, m_generators);
        session.runTransaction(*c, src, int(ops.size()), 0);
    }
}

std::unique_ptr<Connection> LoadRun::openQueueReader(int worker, const Scenario &readScenario)
{
    QString why;
    auto reader = Connection::open(
        readScenario, { QStringLiteral("worker%1").arg(worker + 1), true, false, lockRegistry() }, &why);
    if (!reader || !reader->prepareLoad(readScenario, &why)) {
        fatal(tr("worker %1: %2").arg(worker + 1).arg(why));
        reader.reset();
    }
    return reader;
}

void LoadRun::runQueueWorker(int worker, OpQueue &queue, StartGate &gate, const Scenario &readScenario)
{
    WorkerStats &stats = *m_stats[std::size_t(worker)];
    OpGenerator &gen = *m_generators[std::size_t(worker)];
    const bool timed = m_sc.instrument;
    std::unique_ptr<Connection> reader;
    if (m_sc.mix.pointRead + m_sc.mix.rangeRead > 0)
        reader = openQueueReader(worker, readScenario);
    gate.arriveAndWait();
    Session readSession(
        readScenario, stats, m_stop, [this](const QString &message) { fatal(message); },
        std::uint64_t(worker));
    Schedule schedule(clientRate(), m_sc.seed + std::uint64_t(worker));
    std::vector<Op> chunk;
    const std::size_t chunkSize = schedule.active() ? 1 : QueueChunk;
    chunk.reserve(chunkSize);
    for (std::int64_t left = budgetPerClient(); left > 0 && !m_stop.raised(); --left) {
        std::uint64_t at = 0;
        if (schedule.active()) {
            at = schedule.next(1);
            if (!sleepUntil(at))
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
    if (!chunk.empty() && !m_abort.raised())
        queue.push(chunk, timed ? &stats.appWaitTicks : nullptr);
    queue.producerDone();
}

} // namespace LockLens
