// SPDX-License-Identifier: GPL-3.0-or-later
// The pool strategy: each transaction is a QtConcurrent task on a thread pool whose threads
// each hold a connection of their own, the way thread-pool web back ends use SQLite.
#include "workers/loadrun.h"

#include "workers/connection.h"
#include "workers/session.h"
#include "workers/startgate.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

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
}

} // namespace

void LoadRun::runPool()
{
    const int threads = m_sc.workers;
    // On the heap: if a pool thread could not be created, QThreadPool would wait for it
    // forever on destruction; that one failure leaves the pool behind instead of hanging.
    auto pool = std::make_unique<QThreadPool>();
    pool->setMaxThreadCount(threads);
    pool->setExpiryTimeout(-1); // a thread keeps its connection for the whole run
    std::vector<std::unique_ptr<PoolSlot>> poolSlots(static_cast<std::size_t>(threads));
    std::atomic<int> nextSlot { 0 };

    // One warm-up task per pool thread opens its connection; all wait at the gate, so no
    // thread takes two, and the clock starts when every connection is open.
    StartGate warm(threads);
    for (int i = 0; i < threads; ++i) {
        (void)QtConcurrent::run(pool.get(), [&] {
            const int n = nextSlot.fetch_add(1);
            auto slot = openPoolSlot(n);
            t_poolSlot = slot.get(); // even a broken slot: its connection closes on this thread
            poolSlots[std::size_t(n)] = std::move(slot); // each task its own element
            warm.arriveAndWait();
        });
    }
    if (!beginLoad(warm, std::chrono::seconds(30))) {
        fatal(tr("only %1 of %2 pool threads started").arg(warm.arrived()).arg(threads));
        pool->waitForDone(1000);
        (void)pool.release(); // see above: destroying it would wait forever
        return;
    }
    submitPoolTransactions(*pool);
    awaitReaders();
    m_stop.raise();
    closePoolConnections(*pool, threads);
    pool->waitForDone();
}

std::unique_ptr<PoolSlot> LoadRun::openPoolSlot(int n)
{
    auto slot = std::make_unique<PoolSlot>();
    slot->stats = m_stats[std::size_t(n)].get();
    try {
        QString why;
        slot->connection = Connection::open(
            m_sc, { QStringLiteral("pool%1").arg(n + 1), true, false, lockRegistry() }, &why);
        if (slot->connection && slot->connection->prepareLoad(m_sc, &why)) {
            slot->session = std::make_unique<Session>(
                m_sc, *slot->stats, m_stop, [this](const QString &message) { fatal(message); },
                std::uint64_t(n));
            slot->generator = std::make_unique<OpGenerator>(m_sc, n, m_initialMaxId, m_payloadPool);
        } else {
            fatal(tr("pool thread %1: %2").arg(n + 1).arg(why));
        }
    } catch (const std::exception &e) {
        fatal(tr("pool thread %1: %2").arg(n + 1).arg(QString::fromLocal8Bit(e.what())));
    }
    return slot;
}

void LoadRun::submitPoolTransactions(QThreadPool &pool)
{
    InFlight inFlight(2 * m_sc.workers);
    const bool timed = m_sc.instrument;
    auto task = [this, &inFlight, timed](int n, std::uint64_t at, std::uint64_t submitted) {
        PoolSlot *slot = t_poolSlot;
        if (slot && slot->session && !m_stop.raised()) {
            if (timed) // time the transaction waited in the pool's queue for a thread
                slot->stats->appWaitTicks.add(Clock::now() - submitted);
            GeneratedOps src(*slot->generator);
            slot->session->runTransaction(*slot->connection, src, n, at);
        }
        inFlight.release();
    };

    std::thread timer;
    if (m_sc.durationS > 0)
        timer = std::thread([this] { waitForDuration(); });
    Schedule schedule(clientRate() * m_sc.workers, m_sc.seed); // the readers take their share
    const std::int64_t budget
        = m_sc.durationS > 0 ? std::numeric_limits<std::int64_t>::max() : m_sc.opsPerWorker * m_sc.workers;
    forEachTransaction(budget, schedule, [&](int n, std::uint64_t at) {
        inFlight.acquire();
        (void)QtConcurrent::run(&pool, task, n, at, timed ? Clock::now() : 0); // InFlight counts completion
    });
    inFlight.drain();
    if (timer.joinable()) {
        stopAll();
        timer.join();
    }
}

} // namespace LockLens
