// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/connection.h"
#include "workers/operation.h"
#include "workers/recorder/clock.h"
#include "workers/scenario.h"
#include "workers/stopflag.h"
#include "workers/workerstats.h"

#include <sqlite3.h>

#include <atomic>
#include <cstdint>
#include <functional>

namespace LockLens {

// Where a failing statement stood in its transaction, for classifying SQLITE_BUSY (not
// app/core's Stage, which says whether a database failed while opening or reading).
enum class TxStage {
    Begin, // BEGIN, or the first statement of a deferred transaction
    InTx, // a later statement of an explicit transaction
    Commit, // COMMIT
    Autocommit, // a statement that is its own transaction
};

// handlerCalled: the busy handler ran during the statement; handlerGaveUp: it stopped
// waiting because the timeout expired.
ErrorClass classifyError(int extendedCode, TxStage stage, bool handlerCalled, bool handlerGaveUp);

// Result codes no retry can cure (read-only file, full disk, I/O error, corruption...): they
// end the run with a clear message instead of failing every transaction that follows.
bool isFatal(int extendedCode);

// Runs transactions for one logical client (a worker, the writer thread, a pool thread):
// begin, operations, commit; on failure rollback, back off (Scenario::retryBackoff) and retry
// up to max_tries with the same operations. When the run ends under an open transaction
// (its duration is up, or it is stopped) the transaction is rolled back and counted as cut
// short, however many operations it still had to go. Everything it measures goes to one
// WorkerStats, written by this thread only.
class Session
{
public:
    using FatalHandler = std::function<void(const QString &message)>;

    // stop: no new attempts, no more busy waiting or backing off, and an open transaction
    // ends, once set. onFatal: told of an error that ends the run. client: which client of the
    // run this is (seeds the back-off's jitter, so that a run repeats with its seed).
    Session(const Scenario &sc, WorkerStats &stats, const StopFlag &stop, FatalHandler onFatal,
        std::uint64_t client)
        : m_sc(sc)
        , m_stats(stats)
        , m_stop(stop)
        , m_onFatal(std::move(onFatal))
        , m_explicit(sc.txMode != TxMode::Autocommit)
        , m_timed(sc.instrument)
        , m_jitter(sc.seed * 0x9E3779B97F4A7C15ULL + client + 1)
    {
    }

    // A Source hands out the operations of one transaction: next() gives the next one,
    // rewind() goes back to the first for a retry, payload(op) gives its bytes, and
    // fromOrigin() says whether latency runs from each operation's origin to the commit
    // (writer queue) instead of per statement.
    template<typename Source>
    void runTransaction(Connection &c, Source &src, int nOps, std::uint64_t scheduled)
    {
        c.busy().charge = &m_stats;
        c.busy().abort = &m_stop;
        src.mark();
        const std::uint64_t begun = startOf(scheduled);
        for (int attempt = 1;; ++attempt) {
            if (attempt > 1)
                src.rewind();
            if (attempt1(c, src, nOps, scheduled)) {
                if (m_timed)
                    m_stats.txLatency.record(Clock::now() - begun);
                m_stats.ops.add(std::uint64_t(m_pendingOps));
                m_stats.tx.inc();
                m_stats.rows.add(m_pendingRows);
                m_stats.inserted.add(m_pendingInserted);
                m_stats.deleted.add(m_pendingDeleted);
                return;
            }
            if (m_aborted) { // cut short by the end of the run: neither committed nor failed
                m_stats.cutShortTx.inc();
                return;
            }
            if (attempt >= m_sc.maxTries) {
                m_stats.failedTx.inc();
                return;
            }
            if (!backOff(attempt)) { // the run ended before the next try: it had tries left
                m_stats.cutShortTx.inc();
                return;
            }
            m_stats.retries.inc();
        }
    }

private:
    // Now, or the scheduled start when the schedule is behind: latency then includes the
    // queueing a target rate causes.
    std::uint64_t startOf(std::uint64_t scheduled) const
    {
        const std::uint64_t now = m_timed ? Clock::now() : 0;
        return scheduled && scheduled < now ? scheduled : now;
    }

    template<typename Source> bool attempt1(Connection &c, Source &src, int nOps, std::uint64_t scheduled)
    {
        StatementSet &st = c.statements();
        m_aborted = false;
        m_pendingOps = 0;
        m_pendingRows = m_pendingInserted = m_pendingDeleted = 0;
        std::uint64_t t = startOf(scheduled);
        bool started = false; // a statement of the explicit transaction has succeeded
        static const Op noOp {};

        if (m_explicit) {
            if (!step(c, Stmt::Begin, noOp, nullptr, 0, TxStage::Begin))
                return false;
            if (m_sc.readBeforeWrite && !src.fromOrigin()) {
                Op probe;
                probe.kind = OpKind::PointRead;
                probe.id = 1;
                if (!step(c, Stmt::PointRead, probe, nullptr, 0,
                        m_sc.txMode == TxMode::Deferred ? TxStage::Begin : TxStage::InTx))
                    return false;
                started = true;
            }
        }
        for (int i = 0; i < nOps; ++i) {
            if (i > 0 && stopped(c))
                return false;
            const Op op = src.next();
            const TxStage stage = !m_explicit                    ? TxStage::Autocommit
                : (started || m_sc.txMode != TxMode::Deferred) ? TxStage::InTx
                                                               : TxStage::Begin;
            if (!step(c, statementFor(op.kind), op, src.payload(op), src.payloadBytes(op), stage))
                return false;
            started = true;
            if (m_timed && !src.fromOrigin()) {
                const std::uint64_t now = Clock::now();
                m_stats.opLatency.record(now - t);
                if (!m_explicit && isWrite(op.kind))
                    m_stats.commitLatency.record(now - t);
                t = now;
            }
            ++m_pendingOps;
            switch (op.kind) {
            case OpKind::Insert:
                ++m_pendingInserted;
                ++m_pendingRows;
                break;
            case OpKind::Update:
                m_pendingRows += std::uint64_t(st.changes());
                break;
            case OpKind::Delete: {
                const auto n = std::uint64_t(st.changes());
                m_pendingDeleted += n;
                m_pendingRows += n;
                break;
            }
            default:
                break;
            }
        }
        if (m_explicit) {
            if (stopped(c))
                return false;
            const std::uint64_t c0 = m_timed ? Clock::now() : 0;
            if (!step(c, Stmt::Commit, noOp, nullptr, 0, TxStage::Commit))
                return false;
            if (m_timed) {
                const std::uint64_t now = Clock::now();
                m_stats.commitLatency.record(now - c0);
                if (src.fromOrigin())
                    src.recordFromOrigin(m_stats.opLatency, now);
            }
        } else if (m_timed && src.fromOrigin()) {
            src.recordFromOrigin(m_stats.opLatency, Clock::now());
        }
        return true;
    }

    // Runs one statement; on failure classifies and counts it and rolls back.
    bool step(Connection &c, Stmt s, const Op &op, const char *payload, int payloadBytes, TxStage stage)
    {
        StatementSet &st = c.statements();
        const int rc = st.run(s, op, payload, payloadBytes);
        const bool waited = c.countsBusy() && c.busy().flush();
        if (rc == SQLITE_OK)
            return true;
        failed(c, rc, stage, waited);
        return false;
    }

    void failed(Connection &c, int rc, TxStage stage, bool handlerCalled);
    // The run ended under the open transaction: rolls it back (cut short). A relaxed load
    // when it has not.
    bool stopped(Connection &c)
    {
        if (!m_stop.raised())
            return false;
        cutShort(c);
        return true;
    }
    void cutShort(Connection &c);
    // Sleeps the back-off before retry number `retry` (1: the first), booked as back-off time;
    // false when the run ended meanwhile (there is then no retry).
    bool backOff(int retry);

    const Scenario &m_sc;
    WorkerStats &m_stats;
    const StopFlag &m_stop;
    const FatalHandler m_onFatal;
    const bool m_explicit;
    const bool m_timed;
    Rng m_jitter;
    bool m_aborted = false; // the last attempt was cut short by the end of the run
    int m_pendingOps = 0;
    std::uint64_t m_pendingRows = 0, m_pendingInserted = 0, m_pendingDeleted = 0;
};

// The Source of a worker that decides its own operations.
class GeneratedOps
{
public:
    explicit GeneratedOps(OpGenerator &gen)
        : m_gen(gen)
    {
    }
    void mark() { m_saved = m_gen.state(); }
    void rewind() { m_gen.restore(m_saved); }
    Op next() { return m_gen.next(); }
    const char *payload(const Op &op) const { return m_gen.payload(op); }
    int payloadBytes(const Op &) const { return m_gen.payloadBytes(); }
    static bool fromOrigin() { return false; }
    void recordFromOrigin(LatencyHistogram &, std::uint64_t) { }

private:
    OpGenerator &m_gen;
    OpGenerator::State m_saved { Rng(0), 0 };
};

} // namespace LockLens
