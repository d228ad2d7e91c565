// SPDX-License-Identifier: GPL-3.0-or-later
// The pool strategy: each transaction is a QtConcurrent task on a thread pool whose threads
// each hold a connection of their own, the way thread-pool web back ends use SQLite.
#include "workers/strategies.h"

#include "workers/connection.h"
#include "workers/readergroup.h"
#include "workers/recorder/clock.h"
#include "workers/runcontext.h"
#include "workers/session.h"
#include "workers/startgate.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace LockLens {

// A pool thread's connection and client state.
struct PoolSlot
{
    std::unique_ptr<Connection> connection;
    std::unique_ptr<Session> session;
    std::unique_ptr<OpGenerator> generator;
    WorkerStats *stats = nullptr;
};

namespace {

thread_local PoolSlot *t_poolSlot = nullptr;

// Counts tasks in flight; the submitter waits for a free place, the tasks give it back.
// (std::mutex rather than QSemaphore: ThreadSanitizer sees it.)
class InFlight
{
public:
    explicit InFlight(int limit)
        : m_free(limit)
        , m_limit(limit)
    {
    }
    void acquire()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return m_free > 0; });
        --m_free;
    }
    void release()
    {
        {
            std::lock_guard lock(m_mutex);
            ++m_free;
        }
        m_cv.notify_all();
    }
    void drain()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return m_free == m_limit; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    int m_free;
    const int m_limit;
};

// Each connection is closed by the thread that opened it: one closing task per pool thread,
// held at a gate so that no thread takes two.
void closePoolConnections(QThreadPool &pool, int threads)
{
    StartGate closing(threads);
    for (int i = 0; i < threads; ++i) {
        (void)QtConcurrent::run(&pool, [&closing] {
            closing.arriveAndWait();
            if (t_poolSlot) {
                t_poolSlot->session.reset();
                t_poolSlot->connection.reset();
                t_poolSlot = nullptr;
            }
        });
    }
    const std::atomic<bool> never { false };
    closing.waitForAll(never);
    closing.open();
    // The tasks still take the gate's mutex as they leave its wait: the gate, a local, must
    // outlive them. (Returning at once let a pool thread lock a destroyed mutex: ASan saw it
    // in tst_engine and tst_reportconclusions.)
    pool.waitForDone();
}

} // namespace

QStringList PoolStrategy::clientNames(int workers) const
{
    QStringList names;
    for (int i = 0; i < workers; ++i)
        names << tr("pool thread %1").arg(i + 1);
    return names;
}

PoolStrategy::PoolStrategy(PoolLimits limits)
    : m_limits(limits)
{
}

// What the warm-up tasks share, on the heap and held by each task: a task the pool starts
// only after run() gave up (a thread that came late) must find it still there, and leave.
struct PoolStrategy::WarmUp
{
    explicit WarmUp(int threads)
        : gate(threads)
        , slots(std::size_t(threads))
    {
    }
    StartGate gate;
    std::vector<std::unique_ptr<PoolSlot>> slots;
    std::mutex mutex;
    std::condition_variable changed;
    int next = 0; // the next slot to open
    int inside = 0; // tasks between entering and leaving
    bool decided = false; // run() knows whether the load goes ahead
    bool abandoned = false; // it does not: open nothing more, close what was opened
};

void PoolStrategy::run(RunContext &ctx)
{
    const int threads = ctx.sc.workers;
    // On the heap: if a pool thread could not be created, QThreadPool would wait for it
    // forever on destruction; that one failure leaves the pool behind instead of hanging.
    auto pool = std::make_unique<QThreadPool>();
    pool->setMaxThreadCount(m_limits.maxThreads > 0 ? m_limits.maxThreads : threads);
    pool->setExpiryTimeout(-1); // a thread keeps its connection for the whole run
    // One warm-up task per pool thread opens its connection; all wait at the gate, so no
    // thread takes two, and the clock starts when every connection is open.
    auto warm = std::make_shared<WarmUp>(threads);
    for (int i = 0; i < threads; ++i)
        (void)QtConcurrent::run(pool.get(), [warm, &ctx] { warmUp(ctx, *warm); });
    const bool started = ctx.beginLoad(warm->gate, m_limits.warmUp);
    decide(*pool, *warm, started);
    if (!started) {
        ctx.fatal(tr("only %1 of %2 pool threads started").arg(warm->gate.arrived()).arg(threads));
        (void)pool.release(); // see above: destroying it could wait forever
        return;
    }
    submitTransactions(ctx, *pool);
    if (ctx.readers)
        ctx.readers->await();
    ctx.stop.raise();
    closePoolConnections(*pool, threads);
    pool->waitForDone();
}

void PoolStrategy::warmUp(RunContext &ctx, WarmUp &warm)
{
    int n = 0;
    {
        std::lock_guard lock(warm.mutex);
        if (warm.abandoned) // came after run() gave up: ctx may be gone
            return;
        n = warm.next++;
        ++warm.inside;
    }
    auto slot = openSlot(ctx, n);
    t_poolSlot = slot.get(); // even a broken slot: its connection closes on this thread
    warm.slots[std::size_t(n)] = std::move(slot); // each task its own element
    warm.gate.arriveAndWait();
    std::unique_lock lock(warm.mutex);
    warm.changed.wait(lock, [&warm] { return warm.decided; });
    if (warm.abandoned) { // no load follows: the connection closes here, on its own thread
        warm.slots[std::size_t(n)].reset();
        t_poolSlot = nullptr;
    }
    --warm.inside;
    warm.changed.notify_all();
}

void PoolStrategy::decide(QThreadPool &pool, WarmUp &warm, bool started)
{
    {
        std::lock_guard lock(warm.mutex);
        warm.decided = true;
        warm.abandoned = !started;
    }
    warm.changed.notify_all();
    if (started)
        return;
    pool.clear(); // the warm-up tasks no thread has taken yet
    // Those that entered run on threads that exist: they close their connections and
    // leave, and nothing touches ctx once this returns.
    std::unique_lock lock(warm.mutex);
    warm.changed.wait(lock, [&warm] { return warm.inside == 0; });
}

std::unique_ptr<PoolSlot> PoolStrategy::openSlot(RunContext &ctx, int n)
{
    auto slot = std::make_unique<PoolSlot>();
    slot->stats = ctx.stats[std::size_t(n)].get();
    try {
        QString why;
        slot->connection = Connection::open(
            ctx.sc, { QStringLiteral("pool%1").arg(n + 1), true, false, ctx.lockRegistry() }, &why);
        if (slot->connection && slot->connection->prepareLoad(ctx.sc, &why)) {
            slot->session = std::make_unique<Session>(
                ctx.sc, *slot->stats, ctx.stop, [&ctx](const QString &message) { ctx.fatal(message); },
                std::uint64_t(n));
            slot->generator = std::make_unique<OpGenerator>(ctx.sc, n, ctx.initialMaxId, ctx.payloadPool);
        } else {
            ctx.fatal(tr("pool thread %1: %2").arg(n + 1).arg(why));
        }
    } catch (const std::exception &e) {
        ctx.fatal(tr("pool thread %1: %2").arg(n + 1).arg(QString::fromLocal8Bit(e.what())));
    }
    return slot;
}

void PoolStrategy::submitTransactions(RunContext &ctx, QThreadPool &pool)
{
    InFlight inFlight(2 * ctx.sc.workers);
    const bool timed = ctx.sc.instrument;
    auto task = [&ctx, &inFlight, timed](int n, std::uint64_t at, std::uint64_t submitted) {
        PoolSlot *slot = t_poolSlot;
        if (slot && slot->session && !ctx.stop.raised()) {
            if (timed) // time the transaction waited in the pool's queue for a thread
                slot->stats->appWaitTicks.add(Clock::now() - submitted);
            GeneratedOps src(*slot->generator);
            slot->session->runTransaction(*slot->connection, src, n, at);
        }
        inFlight.release();
    };

    std::thread timer;
    if (ctx.sc.durationS > 0)
        timer = std::thread([&ctx] { ctx.waitForDuration(); });
    Schedule schedule(ctx.clientRate() * ctx.sc.workers, ctx.sc.seed); // the readers take their share
    const std::int64_t budget = ctx.sc.durationS > 0 ? std::numeric_limits<std::int64_t>::max()
                                                     : ctx.sc.opsPerWorker * ctx.sc.workers;
    ctx.forEachTransaction(budget, schedule, [&](int n, std::uint64_t at) {
        inFlight.acquire();
        (void)QtConcurrent::run(&pool, task, n, at, timed ? Clock::now() : 0); // InFlight counts completion
    });
    inFlight.drain();
    if (timer.joinable()) {
        ctx.stop.raise();
        timer.join();
    }
}

} // namespace LockLens
