// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadrun.h"

#include "clock.h"
#include "connection.h"
#include "environment.h"
#include "opqueue.h"
#include "session.h"
#include "sqlident.h"
#include "sqlitelink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <chrono>

namespace LockLens {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LockLens::LoadRun", text);
}

// Chunk of operations a writer-queue worker hands over at once (1 with a target rate, so
// that each operation leaves at its scheduled time).
constexpr std::size_t QueueChunk = 64;

} // namespace

// Poisson arrivals for one client: successive scheduled starts in clock ticks.
class Schedule
{
public:
    Schedule(double opsPerSecond, std::uint64_t seed)
        : m_rng(seed ^ 0x9e3779b97f4a7c15ull)
        , m_ticksPerOp(opsPerSecond > 0 ? 1e9 / opsPerSecond / Clock::nsPerTick() : 0)
        , m_next(Clock::now())
    {
    }
    bool active() const { return m_ticksPerOp > 0; }
    // Scheduled start of the next transaction of n operations.
    std::uint64_t next(int n)
    {
        const std::uint64_t at = m_next;
        m_next += std::uint64_t(m_rng.exponential(m_ticksPerOp * n));
        return at;
    }

private:
    Rng m_rng;
    double m_ticksPerOp;
    std::uint64_t m_next;
};

namespace {

// The Source for operations that came through the writer queue.
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

std::int64_t budgetOf(const Scenario &sc)
{
    return sc.durationS > 0 ? std::numeric_limits<std::int64_t>::max() : sc.opsPerWorker;
}

} // namespace

LoadRun::LoadRun(const Scenario &sc)
    : m_sc(sc)
{
    if (m_sc.databasePath.isEmpty() && !m_sc.isMemory()) {
        static std::atomic<int> counter { 0 };
        m_sc.databasePath = QDir::temp().filePath(QStringLiteral("locklens-%1-%2.db")
                                                      .arg(QCoreApplication::applicationPid())
                                                      .arg(counter.fetch_add(1)));
        m_temporary = true;
    }
    int blocks = sc.workers;
    for (int i = 0; i < sc.workers; ++i)
        m_names << (sc.strategy == Strategy::Pool ? tr("pool thread %1") : tr("worker %1")).arg(i + 1);
    if (sc.strategy == Strategy::WriterQueue) {
        ++blocks;
        m_names << tr("writer");
    }
    for (int i = 0; i < blocks; ++i)
        m_stats.push_back(std::make_unique<WorkerStats>());
}

LoadRun::~LoadRun() = default;

std::vector<StatsSnapshot> LoadRun::snapshot() const
{
    std::vector<StatsSnapshot> s;
    s.reserve(m_stats.size());
    for (const auto &w : m_stats)
        s.push_back(StatsSnapshot::of(*w));
    return s;
}

void LoadRun::requestStop()
{
    m_userStopped.store(true, std::memory_order_relaxed);
    stopAll();
}

void LoadRun::stopAll()
{
    {
        std::lock_guard lock(m_stopMutex);
        m_stop.store(true, std::memory_order_relaxed);
    }
    m_stopCv.notify_all();
}

void LoadRun::fail(const QString &message)
{
    {
        std::lock_guard lock(m_errorMutex);
        if (m_error.isEmpty())
            m_error = message;
    }
    stopAll();
}

bool LoadRun::sleepUntil(std::uint64_t ticks)
{
    for (;;) {
        if (m_stop.load(std::memory_order_relaxed))
            return false;
        const std::uint64_t now = Clock::now();
        if (now >= ticks)
            return true;
        const double ns = std::min(double(ticks - now) * Clock::nsPerTick(), 50e6);
        std::this_thread::sleep_for(std::chrono::nanoseconds(std::int64_t(ns)));
    }
}

bool LoadRun::setUp()
{
    QString why;
    if (m_sc.driverPath == DriverPath::Native && !SqliteLink::driverSharesLibrary()) {
        m_error = tr("the native path needs Qt's SQLite driver to run on the SQLite LockLens links, but this "
                     "driver carries its own copy (use --driver auto or qt)");
        return false;
    }
    if (!m_sc.isMemory() && !m_temporary && !QFileInfo::exists(m_sc.databasePath)) {
        const QFileInfo dir(QFileInfo(m_sc.databasePath).absolutePath());
        if (!dir.isDir()) {
            m_error
                = tr("cannot create %1: the folder %2 does not exist").arg(m_sc.databasePath, dir.filePath());
            return false;
        }
    }
    m_keeper = Connection::open(m_sc, { QStringLiteral("control"), true, true }, &why);
    if (!m_keeper) {
        m_error = why;
        return false;
    }
    const QString table = quoteIdentifier(m_sc.table);
    QVariant v;
    if (!m_keeper->query(
            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"), &v, &why,
            { m_sc.table })) {
        m_error = tr("cannot read the schema of %1: %2").arg(m_sc.databasePath, why);
        return false;
    }
    if (v.toInt() == 0) {
        if (!m_keeper->exec(QStringLiteral("CREATE TABLE %1(id INTEGER PRIMARY KEY, worker INTEGER NOT NULL, "
                                           "value INTEGER NOT NULL, payload BLOB)")
                                .arg(table),
                &why)) {
            m_error = tr("cannot create the load table %1: %2").arg(table, why);
            return false;
        }
    } else {
        // Never write into a table of the user's that merely shares the name.
        QSqlQuery q(m_keeper->database());
        QStringList columns;
        bool rowidAlias = false;
        if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            while (q.next()) {
                const QString name = q.value(1).toString().toLower();
                columns << name;
                if (name == QLatin1String("id") && q.value(5).toInt() == 1
                    && q.value(2).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
                    rowidAlias = true;
            }
        }
        for (const char *need : { "id", "worker", "value", "payload" }) {
            if (!columns.contains(QLatin1String(need)) || !rowidAlias) {
                m_error = tr(
                    "the table %1 exists but is not a LockLens load table (it needs id INTEGER PRIMARY KEY, "
                    "worker, value and payload); choose another table name")
                              .arg(table);
                return false;
            }
        }
    }
    m_payloadPool = OpGenerator::makePayloadPool(m_sc);
    if (m_sc.prefillRows > 0) {
        OpGenerator gen(m_sc, 0, 1, m_payloadPool);
        QSqlDatabase db = m_keeper->database();
        QSqlQuery ins(db);
        bool ok = m_keeper->exec(QStringLiteral("BEGIN IMMEDIATE"), &why)
            && ins.prepare(
                QStringLiteral("INSERT INTO %1(worker, value, payload) VALUES(?, ?, ?)").arg(table));
        for (std::int64_t i = 0; ok && i < m_sc.prefillRows; ++i) {
            Op op = gen.next();
            ins.bindValue(0, -1);
            ins.bindValue(1, qint64(op.value));
            ins.bindValue(2,
                m_sc.payloadBytes > 0 ? QVariant(QByteArray(gen.payload(op), m_sc.payloadBytes))
                                      : QVariant(QMetaType::fromType<QByteArray>()));
            ok = ins.exec();
            if (!ok)
                why = ins.lastError().text();
        }
        ins = QSqlQuery();
        ok = ok && m_keeper->exec(QStringLiteral("COMMIT"), &why);
        if (!ok) {
            m_keeper->exec(QStringLiteral("ROLLBACK"), nullptr);
            m_error = tr("cannot prefill %1: %2").arg(table, why);
            return false;
        }
    }
    if (!m_keeper->query(QStringLiteral("SELECT count(*) FROM %1").arg(table), &v, &why)) {
        m_error = tr("cannot count the rows of %1: %2").arg(table, why);
        return false;
    }
    m_initialRows = v.toLongLong();
    m_keeper->query(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table), &v, &why);
    m_initialMaxId = v.toLongLong();
    for (int i = 0; i < m_sc.workers; ++i)
        m_generators.push_back(std::make_unique<OpGenerator>(m_sc, i, m_initialMaxId, m_payloadPool));
    return true;
}

void LoadRun::run()
{
    if (!setUp()) {
        m_keeper.reset();
        removeTemporaryFiles();
        return;
    }
    const bool fastPath = m_keeper->native()
        && (m_sc.driverPath == DriverPath::Auto || m_sc.driverPath == DriverPath::Native);
    m_result.environment = probeEnvironment(*m_keeper, fastPath);
    m_result.journalMode = m_keeper->effectiveJournalMode();
    m_result.initialRows = m_initialRows;

    const std::uint64_t start = Clock::now();
    m_startTicks.store(start, std::memory_order_release);
    switch (m_sc.strategy) {
    case Strategy::PerThread:
        runPerThread();
        break;
    case Strategy::Shared:
        runShared();
        break;
    case Strategy::WriterQueue:
        runWriterQueue();
        break;
    case Strategy::Pool:
        runPool();
        break;
    }
    const std::uint64_t end = Clock::now();
    m_result.durationS = Clock::toSeconds(end - start);
    {
        std::lock_guard lock(m_errorMutex); // the workers are done; this orders their last writes
        m_result.stopped = m_userStopped.load() && m_error.isEmpty();
    }
    verify();
    m_keeper.reset();
    removeTemporaryFiles();
}

void LoadRun::waitUntilDone(std::vector<std::thread> &threads)
{
    if (m_sc.durationS > 0)
        waitForDuration();
    for (auto &t : threads)
        t.join();
    // Ends the duration wait of a run that ended by count (nothing waits then, but keep
    // the flag meaning "no more work").
    m_stop.store(true, std::memory_order_relaxed);
}

void LoadRun::waitForDuration()
{
    std::unique_lock lock(m_stopMutex);
    m_stopCv.wait_for(lock, std::chrono::duration<double>(m_sc.durationS),
        [this] { return m_stop.load(std::memory_order_relaxed); });
    m_stop.store(true, std::memory_order_relaxed);
}

// The loop of one client that decides its own operations.
void LoadRun::driveWorker(int index, Connection &c, std::mutex *shared)
{
    WorkerStats &stats = *m_stats[std::size_t(index)];
    Session session(m_sc, stats, m_stop);
    GeneratedOps src(*m_generators[std::size_t(index)]);
    Schedule schedule(m_sc.rate / m_sc.workers, m_sc.seed + std::uint64_t(index));
    const bool timed = m_sc.instrument;
    forEachTransaction(budgetOf(m_sc), schedule, [&](int n, std::uint64_t at) {
        if (shared) {
            const std::uint64_t t0 = timed ? Clock::now() : 0;
            std::lock_guard lock(*shared);
            if (timed)
                stats.appWaitTicks.add(Clock::now() - t0);
            session.runTransaction(c, src, n, at);
        } else {
            session.runTransaction(c, src, n, at);
        }
    });
}

template<typename Work> void LoadRun::forEachTransaction(std::int64_t budget, Schedule &schedule, Work &&work)
{
    for (std::int64_t left = budget; left > 0 && !m_stop.load(std::memory_order_relaxed);) {
        const int n = int(std::min<std::int64_t>(m_sc.batch, left));
        std::uint64_t at = 0;
        if (schedule.active()) {
            at = schedule.next(n);
            if (!sleepUntil(at))
                break;
        }
        work(n, at);
        left -= n;
    }
}

void LoadRun::runPerThread()
{
    std::vector<std::thread> threads;
    for (int i = 0; i < m_sc.workers; ++i) {
        threads.emplace_back([this, i] {
            QString why;
            auto c = Connection::open(m_sc, { QStringLiteral("worker%1").arg(i + 1), true, false }, &why);
            if (!c || !c->prepareLoad(m_sc, &why)) {
                fail(tr("worker %1: %2").arg(i + 1).arg(why));
                return;
            }
            driveWorker(i, *c, nullptr);
        });
    }
    waitUntilDone(threads);
}

void LoadRun::runShared()
{
    QString why;
    auto c = Connection::open(m_sc, { QStringLiteral("shared"), true, false }, &why);
    if (!c || !c->prepareLoad(m_sc, &why)) {
        fail(tr("shared connection: %1").arg(why));
        return;
    }
    std::mutex mutex; // the application's lock around the one connection
    std::vector<std::thread> threads;
    for (int i = 0; i < m_sc.workers; ++i)
        threads.emplace_back([this, i, &c, &mutex] { driveWorker(i, *c, &mutex); });
    waitUntilDone(threads);
}

void LoadRun::runWriterQueue()
{
    const std::size_t capacity = std::max<std::size_t>(std::size_t(m_sc.batch) * 2, 4096);
    OpQueue queue(capacity, m_sc.workers);
    const int writerIndex = m_sc.workers;
    const bool timed = m_sc.instrument;
    std::vector<std::thread> threads;

    std::thread writer([this, &queue, writerIndex, timed] {
        QString why;
        auto c = Connection::open(m_sc, { QStringLiteral("writer"), true, false }, &why);
        std::vector<Op> ops;
        ops.reserve(std::size_t(m_sc.batch));
        if (!c || !c->prepareLoad(m_sc, &why)) {
            fail(tr("writer: %1").arg(why));
            while (queue.pop(std::size_t(m_sc.batch), ops)) { } // let the workers finish
            return;
        }
        WorkerStats &stats = *m_stats[std::size_t(writerIndex)];
        Session session(m_sc, stats, m_stop);
        while (queue.pop(std::size_t(m_sc.batch), ops)) {
            if (timed) {
                const std::uint64_t now = Clock::now();
                std::uint64_t queued = 0;
                for (const Op &op : ops)
                    queued += now > op.origin ? now - op.origin : 0;
                stats.appWaitTicks.add(queued);
            }
            QueuedOps src(ops, m_generators);
            session.runTransaction(*c, src, int(ops.size()), 0);
        }
    });

    for (int i = 0; i < m_sc.workers; ++i) {
        threads.emplace_back([this, i, &queue, timed] {
            WorkerStats &stats = *m_stats[std::size_t(i)];
            OpGenerator &gen = *m_generators[std::size_t(i)];
            Schedule schedule(m_sc.rate / m_sc.workers, m_sc.seed + std::uint64_t(i));
            std::unique_ptr<Connection> reader; // reads run on the worker's own connection
            std::unique_ptr<Session> readSession;
            std::vector<Op> chunk;
            const std::size_t chunkSize = schedule.active() ? 1 : QueueChunk;
            chunk.reserve(chunkSize);
            for (std::int64_t left = budgetOf(m_sc); left > 0 && !m_stop.load(std::memory_order_relaxed);
                 --left) {
                if (schedule.active() && !sleepUntil(schedule.next(1)))
                    break;
                OpGenerator::State before = gen.state();
                Op op = gen.next();
                if (!isWrite(op.kind)) {
                    if (!reader) {
                        QString why;
                        reader = Connection::open(
                            m_sc, { QStringLiteral("reader%1").arg(i + 1), true, false }, &why);
                        if (!reader || !reader->prepareLoad(m_sc, &why)) {
                            fail(tr("worker %1: %2").arg(i + 1).arg(why));
                            break;
                        }
                        readSession = std::make_unique<Session>(m_sc, stats, m_stop);
                    }
                    gen.restore(before);
                    GeneratedOps src(gen);
                    readSession->runTransaction(*reader, src, 1, 0);
                    continue;
                }
                op.origin = timed ? Clock::now() : 0;
                chunk.push_back(op);
                if (chunk.size() >= chunkSize)
                    stats.appWaitTicks.add(queue.push(chunk, timed));
            }
            if (!chunk.empty())
                stats.appWaitTicks.add(queue.push(chunk, timed));
            queue.producerDone();
        });
    }
    waitUntilDone(threads);
    writer.join();
}

namespace {
// A pool thread's connection and client state, made on its first task.
struct PoolSlot
{
    std::unique_ptr<Connection> connection;
    std::unique_ptr<Session> session;
    std::unique_ptr<OpGenerator> generator;
    bool broken = false;
};
thread_local PoolSlot *t_poolSlot = nullptr;

// Counts tasks in flight; the submitter waits for a free place, the tasks give it back.
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
} // namespace

void LoadRun::runPool()
{
    QThreadPool pool;
    pool.setMaxThreadCount(m_sc.workers);
    pool.setExpiryTimeout(-1);
    InFlight inFlight(2 * m_sc.workers);
    std::atomic<int> nextSlot { 0 };
    std::vector<std::unique_ptr<PoolSlot>> slots(std::size_t(m_sc.workers));
    std::mutex slotsMutex;

    auto task = [this, &nextSlot, &slots, &slotsMutex, &inFlight](int n, std::uint64_t at) {
        if (!t_poolSlot) {
            const int i = nextSlot.fetch_add(1);
            auto slot = std::make_unique<PoolSlot>();
            QString why;
            slot->connection
                = Connection::open(m_sc, { QStringLiteral("pool%1").arg(i + 1), true, false }, &why);
            if (!slot->connection || !slot->connection->prepareLoad(m_sc, &why)) {
                fail(tr("pool thread %1: %2").arg(i + 1).arg(why));
                slot->broken = true;
            } else {
                slot->session = std::make_unique<Session>(m_sc, *m_stats[std::size_t(i)], m_stop);
                slot->generator = std::make_unique<OpGenerator>(m_sc, i, m_initialMaxId, m_payloadPool);
            }
            t_poolSlot = slot.get();
            std::lock_guard lock(slotsMutex);
            slots[std::size_t(i)] = std::move(slot);
        }
        if (!t_poolSlot->broken && !m_stop.load(std::memory_order_relaxed)) {
            GeneratedOps src(*t_poolSlot->generator);
            t_poolSlot->session->runTransaction(*t_poolSlot->connection, src, n, at);
        }
        inFlight.release();
    };

    std::thread timer;
    if (m_sc.durationS > 0) {
        timer = std::thread([this] { waitForDuration(); });
    }
    Schedule schedule(m_sc.rate, m_sc.seed);
    const std::int64_t budget
        = m_sc.durationS > 0 ? std::numeric_limits<std::int64_t>::max() : m_sc.opsPerWorker * m_sc.workers;
    forEachTransaction(budget, schedule, [&](int n, std::uint64_t at) {
        inFlight.acquire();
        (void)QtConcurrent::run(&pool, task, n, at); // completion is counted by InFlight
    });
    inFlight.drain();
    if (timer.joinable()) {
        stopAll();
        timer.join();
    }
    m_stop.store(true, std::memory_order_relaxed);

    // Each connection is closed by the thread that opened it: one closing task per pool
    // thread, held at a barrier so that no thread takes two.
    std::mutex barrierMutex;
    std::condition_variable barrierCv;
    int arrived = 0;
    for (int i = 0; i < m_sc.workers; ++i) {
        (void)QtConcurrent::run(&pool, [&] {
            std::unique_lock lock(barrierMutex);
            ++arrived;
            barrierCv.notify_all();
            barrierCv.wait(lock, [&] { return arrived >= m_sc.workers; });
            lock.unlock();
            if (t_poolSlot) {
                t_poolSlot->session.reset();
                t_poolSlot->connection.reset();
                t_poolSlot = nullptr;
            }
        });
    }
    pool.waitForDone();
    std::lock_guard lock(slotsMutex);
    slots.clear();
}

void LoadRun::verify()
{
    Verification &v = m_result.verification;
    StatsSnapshot total;
    for (const auto &s : m_stats)
        total.merge(StatsSnapshot::of(*s));
    v.rowsExpected = m_initialRows + std::int64_t(total.inserted) - std::int64_t(total.deleted);
    QString why;
    QVariant value;
    if (!m_keeper->query(
            QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(m_sc.table)), &value, &why)) {
        v.error = tr("cannot count the rows after the run: %1").arg(why);
        return;
    }
    v.rowsPresent = value.toLongLong();
    v.lostRows = v.rowsExpected - v.rowsPresent;
    QSqlQuery q(m_keeper->database());
    QStringList problems;
    if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (q.next() && problems.size() < 20)
            problems << q.value(0).toString();
    } else {
        problems << q.lastError().text();
    }
    v.integrity = problems.join(QLatin1Char('\n'));
    v.checked = true;
}

void LoadRun::removeTemporaryFiles()
{
    if (!m_temporary)
        return;
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(m_sc.databasePath + QLatin1String(suffix));
}

} // namespace LockLens
