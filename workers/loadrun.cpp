// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadrun.h"

#include "clock.h"
#include "connection.h"
#include "environment.h"
#include "lockvfs.h"
#include "session.h"
#include "sqlident.h"
#include "sqlitelink.h"
#include "startgate.h"
#include "tablegen.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>

namespace LockLens {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LockLens::LoadRun", text);
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
    m_files = m_sc.splitPaths();
    for (int i = 0; i < sc.workers; ++i)
        m_names << (sc.strategy == Strategy::Pool ? tr("pool thread %1") : tr("worker %1")).arg(i + 1);
    if (sc.strategy == Strategy::WriterQueue)
        m_names << tr("writer");
    m_readerBase = std::size_t(m_names.size());
    for (int i = 0; i < m_names.size(); ++i)
        m_roles << QStringLiteral("writer");
    for (int i = 0; i < sc.readers; ++i) {
        m_names << tr("reader %1").arg(i + 1);
        m_roles << QStringLiteral("reader");
    }
    for (int i = 0; i < m_names.size(); ++i)
        m_stats.push_back(std::make_unique<WorkerStats>());
    // Where the VFS records no locks, the timeline shows the waits the busy handler measured.
    // (An in-memory database takes no file locks and calls no busy handler: nothing to show.)
    if (m_sc.instrument && !m_sc.isMemory() && !(m_sc.recordLocks && LockTrace::Vfs::install())) {
        for (std::size_t i = 0; i < m_stats.size(); ++i) {
            m_waitLogs.push_back(std::make_shared<WaitLog>(m_names.value(int(i))));
            m_stats[i]->waitLog = m_waitLogs.back().get();
        }
    }
    m_readSc = readerScenario(m_sc);
}

LoadRun::~LoadRun() = default;

void LoadRun::keepLockEventsForTrace()
{
    // Up to 2^18 events (3 MiB) per connection, 2^23 (96 MiB) in all: at the busiest preset's
    // pace (deferred-upgrade, ~60,000 events a second per connection) four seconds' worth.
    const auto connections = std::size_t(m_sc.workers + m_sc.readers + 2); // + control, writer
    m_locks.setRingCapacity(std::clamp<std::size_t>((std::size_t(1) << 23) / connections,
        LockTrace::Recorder::DefaultCapacity, std::size_t(1) << 18));
}

std::vector<StatsSnapshot> LoadRun::snapshot(std::uint64_t nowTicks) const
{
    if (nowTicks == 0)
        nowTicks = Clock::now();
    std::vector<StatsSnapshot> s;
    s.reserve(m_stats.size());
    for (const auto &w : m_stats)
        s.push_back(StatsSnapshot::of(*w, nowTicks));
    return s;
}

void LoadRun::requestStop()
{
    m_userStopped.store(true, std::memory_order_relaxed);
    m_abort.raise();
    stopAll();
}

void LoadRun::stopAll()
{
    m_stop.raise();
}

void LoadRun::fatal(const QString &message)
{
    {
        std::lock_guard lock(m_errorMutex);
        if (m_fatal.isEmpty())
            m_fatal = message;
    }
    m_abort.raise();
    stopAll();
}

bool LoadRun::sleepUntil(std::uint64_t ticks)
{
    for (;;) {
        if (m_stop.raised())
            return false;
        const std::uint64_t now = Clock::now();
        if (now >= ticks)
            return true;
        // In steps of at most 50 ms: the tick length is calibrated as the process runs.
        const double ns = std::min(double(ticks - now) * Clock::nsPerTick(), 50e6);
        m_stop.sleepFor(std::chrono::nanoseconds(std::int64_t(ns)));
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
    if (!m_sc.isMemory() && QFileInfo(m_sc.databasePath).isDir()) {
        m_error = tr("%1 is a folder, not a database file").arg(m_sc.databasePath);
        return false;
    }
    // An existing table is read, read-only, before anything opens the file for writing: a
    // refusal leaves the file as it was, byte for byte.
    if (m_sc.existingTable) {
        m_sc.tableModel = TableGen::TableModel::load(m_sc, &why);
        if (!m_sc.tableModel) {
            m_error = why;
            return false;
        }
        m_readSc.tableModel = m_sc.tableModel;
    }
    if (!m_sc.isMemory() && !m_temporary && !QFileInfo::exists(m_sc.databasePath)) {
        const QFileInfo dir(QFileInfo(m_sc.databasePath).absolutePath());
        if (!dir.isDir()) {
            m_error
                = tr("cannot create %1: the folder %2 does not exist").arg(m_sc.databasePath, dir.filePath());
            return false;
        }
    }
    m_keeper = Connection::open(m_sc, { QStringLiteral("control"), true, true, lockRegistry() }, &why);
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
    if (m_sc.existingTable) {
        // The user's table, read above: nothing is created or checked here.
    } else if (v.toInt() == 0) {
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
    // A read-only file fails now, with the reason, rather than in every transaction. (No
    // probe that takes a lock: a lock held by someone else is what the run is to measure.)
    if (m_sc.mix.hasWrites() && !m_sc.isMemory()) {
        const bool readOnly = m_keeper->native() ? sqlite3_db_readonly(m_keeper->handle(), "main") == 1
                                                 : !QFileInfo(m_sc.databasePath).isWritable();
        if (readOnly) {
            m_error = tr("cannot write to %1: the file is read-only").arg(m_sc.databasePath);
            return false;
        }
    }
    m_payloadPool = OpGenerator::makePayloadPool(m_sc);
    if (m_sc.prefillRows > 0 && !prefill(table, &why)) {
        m_error = tr("cannot prefill %1: %2").arg(table, why);
        return false;
    }
    if (!m_keeper->query(QStringLiteral("SELECT count(*) FROM %1").arg(table), &v, &why)) {
        m_error = tr("cannot count the rows of %1: %2").arg(table, why);
        return false;
    }
    m_initialRows = v.toLongLong();
    m_keeper->query(QStringLiteral("SELECT coalesce(max(%2), 0) FROM %1")
                        .arg(table, m_sc.existingTable ? m_sc.tableModel->rowid : QStringLiteral("id")),
        &v, &why);
    m_initialMaxId = v.toLongLong();
    if (m_sc.strategy == Strategy::Split && !setUpSplit(&why)) {
        m_error = why;
        return false;
    }
    for (int i = 0; i < m_sc.workers; ++i)
        m_generators.push_back(std::make_unique<OpGenerator>(m_sc, i, m_initialMaxId, m_payloadPool));
    for (int i = 0; i < m_sc.readers; ++i)
        m_readerGenerators.push_back(
            std::make_unique<OpGenerator>(m_readSc, m_sc.workers + i, m_initialMaxId, m_payloadPool));
    return true;
}

bool LoadRun::prefill(const QString &table, QString *why)
{
    OpGenerator gen(m_sc, 0, 1, m_payloadPool);
    if (m_sc.existingTable)
        return TableGen::prefill(m_keeper->database(), m_sc, gen, m_sc.prefillRows, m_stop.flag(), why);
    QSqlQuery ins(m_keeper->database());
    bool ok = m_keeper->exec(QStringLiteral("BEGIN IMMEDIATE"), why)
        && ins.prepare(QStringLiteral("INSERT INTO %1(worker, value, payload) VALUES(?, ?, ?)").arg(table));
    for (std::int64_t i = 0; ok && i < m_sc.prefillRows; ++i) {
        if (i % 4096 == 0 && m_stop.raised()) {
            m_keeper->exec(QStringLiteral("ROLLBACK"), nullptr);
            return true; // stopped before the load began: a clean stop, nothing prefilled
        }
        const Op op = gen.next();
        ins.bindValue(0, -1);
        ins.bindValue(1, qint64(op.value));
        ins.bindValue(2,
            m_sc.payloadBytes > 0 ? QVariant(QByteArray(gen.payload(op), m_sc.payloadBytes))
                                  : QVariant(QMetaType::fromType<QByteArray>()));
        ok = ins.exec();
        if (!ok)
            *why = ins.lastError().text();
    }
    ins = QSqlQuery();
    ok = ok && m_keeper->exec(QStringLiteral("COMMIT"), why);
    if (!ok)
        m_keeper->exec(QStringLiteral("ROLLBACK"), nullptr);
    return ok;
}

void LoadRun::run()
{
    try {
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
        Scenario asGiven = m_sc; // warnings about the user's files, not the temporary ones
        if (m_temporary)
            asGiven.databasePath.clear();
        m_result.warnings = asGiven.warnings();
        if (m_sc.tableModel)
            m_result.warnings << m_sc.tableModel->warnings;
        if (!SqliteLink::driverSharesLibrary()) {
            if (m_sc.busyPolicy == BusyPolicy::Spin)
                m_result.warnings << tr(
                    "Qt's SQLite driver carries its own SQLite copy: the spin policy falls "
                    "back to SQLite's own busy timeout, and lock waits are not measured");
            if (m_sc.strategy == Strategy::Shared)
                m_result.warnings << tr(
                    "without the native path the shared connection is used through QSqlQuery "
                    "from several threads (behind the mutex), which Qt does not promise to "
                    "support");
        }
        if (!m_stop.raised()) { // not stopped during setup
            startReaders();
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
            case Strategy::Split:
                runSplit();
                break;
            }
            joinReaders();
        }
        const std::uint64_t start = m_startTicks.load();
        const std::uint64_t end = Clock::now();
        if (start)
            snapshotLocks(&m_locksAtEnd);
        if (start)
            m_endTicks.store(end, std::memory_order_release);
        m_result.durationS = start ? Clock::toSeconds(end - start) : 0.0;
        {
            std::lock_guard lock(m_errorMutex); // the clients are done; this orders their last writes
            m_result.fatalError = m_fatal;
            m_result.stopped = m_userStopped.load() && m_fatal.isEmpty();
        }
        verify();
    } catch (const std::exception &e) {
        // Out of memory, mostly (a queue or payload too large for this machine). Every
        // thread a strategy started has been joined by the time its function returns.
        m_error = tr("the run could not go on: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    m_keeper.reset();
    removeTemporaryFiles();
}

void LoadRun::snapshotLocks(std::vector<std::pair<const LockTrace::Recorder *, LockTrace::Totals>> *into)
{
    into->clear();
    const std::uint64_t now = Clock::now();
    for (const auto &rec : m_locks.all())
        into->emplace_back(rec.get(), rec->totals(now));
}

std::vector<std::pair<QString, LockTrace::Totals>> LoadRun::lockTotals() const
{
    std::vector<std::pair<QString, LockTrace::Totals>> out;
    for (const auto &[rec, atEnd] : m_locksAtEnd) {
        LockTrace::Totals atStart; // a connection opened during the load started from nothing
        for (const auto &[r, t] : m_locksAtStart)
            if (r == rec)
                atStart = t;
        out.emplace_back(rec->name(), atEnd.since(atStart));
    }
    return out;
}

std::int64_t LoadRun::budgetPerClient() const
{
    return m_sc.durationS > 0 ? std::numeric_limits<std::int64_t>::max() : m_sc.opsPerWorker;
}

bool LoadRun::beginLoad(StartGate &gate, std::chrono::milliseconds timeout)
{
    bool all = gate.waitForAll(m_abort.flag(), timeout);
    if (m_readerGate)
        all = m_readerGate->waitForAll(m_abort.flag(), timeout) && all;
    snapshotLocks(&m_locksAtStart);
    m_startTicks.store(Clock::now(), std::memory_order_release);
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    gate.open();
    if (m_readerGate)
        m_readerGate->open();
    return all || m_abort.raised();
}

void LoadRun::waitUntilDone(std::vector<std::thread> &threads)
{
    if (m_sc.durationS > 0)
        waitForDuration();
    for (auto &t : threads)
        t.join();
    awaitReaders();
    // The count is done: "no new work" holds from here on.
    m_stop.raise();
}

void LoadRun::waitForDuration()
{
    m_stop.sleepFor(std::chrono::duration<double>(m_sc.durationS));
    m_stop.raise();
}

void LoadRun::driveWorker(int index, Connection &c, std::mutex *shared)
{
    WorkerStats &stats = *m_stats[std::size_t(index)];
    Session session(m_sc, stats, m_stop, [this](const QString &why) { fatal(why); }, std::uint64_t(index));
    GeneratedOps src(*m_generators[std::size_t(index)]);
    Schedule schedule(clientRate(), m_sc.seed + std::uint64_t(index));
    const bool timed = m_sc.instrument;
    forEachTransaction(budgetPerClient(), schedule, [&](int n, std::uint64_t at) {
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

void LoadRun::runPerThread()
{
    runOwnConnections([this](int i, QString *why) -> std::unique_ptr<Connection> {
        auto c = Connection::open(
            m_sc, { QStringLiteral("worker%1").arg(i + 1), true, false, lockRegistry() }, why);
        return c && c->prepareLoad(m_sc, why) ? std::move(c) : nullptr;
    });
}

void LoadRun::runOwnConnections(const OpenWorker &open)
{
    StartGate gate(m_sc.workers);
    std::vector<std::thread> threads;
    for (int i = 0; i < m_sc.workers; ++i) {
        const bool started = spawn(threads, [this, i, &gate, &open] {
            QString why;
            const std::unique_ptr<Connection> c = open(i, &why);
            if (!c)
                fatal(tr("worker %1: %2").arg(i + 1).arg(why));
            gate.arriveAndWait();
            if (c)
                driveWorker(i, *c, nullptr);
        });
        if (!started)
            gate.forfeit();
    }
    beginLoad(gate);
    waitUntilDone(threads);
}

void LoadRun::runShared()
{
    QString why;
    auto c = Connection::open(m_sc, { QStringLiteral("shared"), true, false, lockRegistry() }, &why);
    if (!c || !c->prepareLoad(m_sc, &why)) {
        fatal(tr("shared connection: %1").arg(why));
        return;
    }
    std::mutex mutex; // the application's lock around the one connection
    StartGate gate(m_sc.workers);
    std::vector<std::thread> threads;
    for (int i = 0; i < m_sc.workers; ++i) {
        if (!spawn(threads, [this, i, &c, &mutex, &gate] {
                gate.arriveAndWait();
                driveWorker(i, *c, &mutex);
            }))
            gate.forfeit();
    }
    beginLoad(gate);
    waitUntilDone(threads);
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
    std::int64_t split = 0;
    if (!splitRows(&split, &why)) {
        v.error = tr("cannot count the rows of the split files after the run: %1").arg(why);
        return;
    }
    v.rowsPresent += split;
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
    for (const QString &file : std::as_const(m_files)) {
        for (const char *suffix : { "", "-wal", "-shm", "-journal" })
            QFile::remove(file + QLatin1String(suffix));
    }
}

} // namespace LockLens
