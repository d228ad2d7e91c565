// SPDX-License-Identifier: GPL-3.0-or-later
// The reader group: clients beside the workers that only read, on connections of their own.
#include "tests/fixtures/followrun.h"
#include "workers/engine.h"
#include "workers/readergroup.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;

Q_DECLARE_METATYPE(LockLens::Strategy)

namespace {

using Fixture::mustRun;

// Sums the figures of the workers with the given role.
StatsSnapshot figuresOf(const RunResult &r, const QString &role)
{
    StatsSnapshot sum;
    for (const WorkerResult &w : r.workers) {
        if (w.role == role)
            sum.merge(w.stats);
    }
    return sum;
}

// Writers that hold EXCLUSIVE for most of the run, and readers beside them. Each writer
// transaction inserts 300 rows (a few milliseconds with the lock held); a reader starts a
// read transaction every few microseconds, so in a rollback journal its SHARED lock request
// meets a held EXCLUSIVE (or the PENDING before it) hundreds of times per second: "no busy
// event at all" in one second would need every one of thousands of reads to fall between
// two writer transactions.
Scenario exclusiveScenario(const QTemporaryDir &dir, const QString &journal)
{
    Scenario s;
    s.databasePath = dir.filePath(journal + QStringLiteral(".db"));
    s.journalMode = journal;
    s.workers = 1;
    s.readers = 2;
    s.mix = { 100, 0, 0, 0, 0 };
    s.txMode = TxMode::Exclusive;
    s.batch = 300;
    s.payloadBytes = 200;
    s.prefillRows = 1000;
    s.busyTimeoutMs = 60000; // nobody gives up: readers wait, and the waits are what is counted
    s.durationS = 1.0;
    return s;
}

} // namespace

class TestReaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readerScenarioReadsOnly_data();
    void readerScenarioReadsOnly();
    void readersReadAndNeverWrite_data();
    void readersReadAndNeverWrite();
    void rolesInRunJson();
    void readersHaveLockLanes();
    void exclusiveBlocksReadersOnlyOutsideWal();
};

void TestReaders::initTestCase()
{
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLITE")));
}

void TestReaders::readerScenarioReadsOnly_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<int>("point");
    QTest::addColumn<int>("range");
    Scenario s;
    s.txMode = TxMode::Immediate;
    s.readBeforeWrite = true;
    s.mix = { 100, 0, 0, 0, 0 };
    QTest::newRow("writes only: point reads") << s << 1 << 0;
    s.mix = { 50, 10, 5, 30, 10 };
    QTest::newRow("the mix's reads in proportion") << s << 30 << 10;
    s.mix = { 0, 0, 0, 0, 7 };
    s.txMode = TxMode::Autocommit;
    QTest::newRow("range reads only") << s << 0 << 7;
}

void TestReaders::readerScenarioReadsOnly()
{
    QFETCH(Scenario, scenario);
    QFETCH(int, point);
    QFETCH(int, range);
    const Scenario r = readerScenario(scenario);
    QVERIFY(r.mix == (OpMix { 0, 0, 0, point, range }));
    QVERIFY(r.txMode == TxMode::Deferred); // a read transaction never asks for the write lock
    QVERIFY(!r.readBeforeWrite);
}

void TestReaders::readersReadAndNeverWrite_data()
{
    QTest::addColumn<Strategy>("strategy");
    QTest::newRow("per-thread") << Strategy::PerThread;
    QTest::newRow("shared") << Strategy::Shared;
    QTest::newRow("writer-queue") << Strategy::WriterQueue;
    QTest::newRow("pool") << Strategy::Pool;
}

void TestReaders::readersReadAndNeverWrite()
{
    QFETCH(Strategy, strategy);
    QTemporaryDir dir;
    Scenario s;
    s.databasePath = dir.filePath(QStringLiteral("t.db"));
    s.strategy = strategy;
    s.workers = 2;
    s.readers = 2;
    s.mix = { 80, 0, 0, 0, 20 };
    s.batch = 5;
    s.prefillRows = 200;
    s.opsPerWorker = 400;
    s.busyTimeoutMs = 10000;
    const RunResult r = mustRun(s);
    QVERIFY2(r.ok(), qPrintable(r.fatalError + r.verification.error));
    const int clients = int(r.workers.size());
    QCOMPARE(clients, s.workers + s.readers + (strategy == Strategy::WriterQueue ? 1 : 0));
    for (int i = 0; i < s.readers; ++i) {
        const WorkerResult &w = r.workers[std::size_t(clients - s.readers + i)];
        QCOMPARE(w.name, QStringLiteral("reader %1").arg(i + 1));
        QCOMPARE(w.role, QStringLiteral("reader"));
        QVERIFY2(w.stats.ops > 0, qPrintable(w.name));
        QCOMPARE(w.stats.rows, quint64(0));
        QCOMPARE(w.stats.inserted, quint64(0));
        QVERIFY(w.stats.tx > 0);
    }
    const StatsSnapshot readers = figuresOf(r, QStringLiteral("reader"));
    const StatsSnapshot writers = figuresOf(r, QStringLiteral("writer"));
    QCOMPARE(readers.ops + writers.ops, r.total.ops);
    // The verification counts the workers' inserts; the readers add none.
    QCOMPARE(r.verification.rowsExpected, 200 + qint64(writers.inserted));
    QCOMPARE(r.verification.rowsPresent, r.verification.rowsExpected);
}

void TestReaders::rolesInRunJson()
{
    QTemporaryDir dir;
    Scenario s;
    s.databasePath = dir.filePath(QStringLiteral("t.db"));
    s.workers = 2;
    s.readers = 1;
    s.opsPerWorker = 50;
    const RunResult r = mustRun(s);
    QVERIFY(r.ok());
    const QJsonObject json = r.toJson();
    const QJsonArray workers = json.value(QLatin1String("workers")).toArray();
    QCOMPARE(workers.size(), 3);
    QStringList roles;
    for (const auto &w : workers)
        roles << w.toObject().value(QLatin1String("name")).toString() + QLatin1Char('=')
                + w.toObject().value(QLatin1String("role")).toString();
    QCOMPARE(roles,
        QStringList({ QStringLiteral("worker 1=writer"), QStringLiteral("worker 2=writer"),
            QStringLiteral("reader 1=reader") }));
    QCOMPARE(json.value(QLatin1String("scenario")).toObject().value(QLatin1String("readers")).toInt(), 1);
}

void TestReaders::readersHaveLockLanes()
{
    // Regression guard: the writer queue's workers read on connections of their own; those
    // lanes must not take the reader group's names.
    QTemporaryDir dir;
    Scenario s;
    s.databasePath = dir.filePath(QStringLiteral("t.db"));
    s.strategy = Strategy::WriterQueue;
    s.workers = 2;
    s.readers = 2;
    s.mix = { 50, 0, 0, 50, 0 };
    s.opsPerWorker = 50;
    const RunResult r = mustRun(s);
    QVERIFY(r.ok());
    QStringList lanes;
    for (const ConnectionLocks &c : r.lockTimeline)
        lanes << c.worker;
    if (lanes.isEmpty())
        QSKIP("lock states are not recorded with this Qt SQLite driver");
    lanes.sort();
    QCOMPARE(lanes,
        QStringList({ QStringLiteral("control"), QStringLiteral("reader1"), QStringLiteral("reader2"),
            QStringLiteral("worker1"), QStringLiteral("worker2"), QStringLiteral("writer") }));
}

void TestReaders::exclusiveBlocksReadersOnlyOutsideWal()
{
    QTemporaryDir dir;
    const RunResult rollback = mustRun(exclusiveScenario(dir, QStringLiteral("delete")));
    const RunResult wal = mustRun(exclusiveScenario(dir, QStringLiteral("wal")));
    for (const RunResult *r : { &rollback, &wal }) {
        QVERIFY2(r->ok(), qPrintable(r->journalMode + QLatin1Char(' ') + r->fatalError));
        QVERIFY2(figuresOf(*r, QStringLiteral("writer")).tx > 0, qPrintable(r->journalMode));
    }
    // (In the rollback journal a reader may not get a single read through: a writer that
    // commits takes EXCLUSIVE again at once, while the reader sleeps in its busy handler.)
    QVERIFY(figuresOf(wal, QStringLiteral("reader")).tx > 0);
    QCOMPARE(rollback.journalMode, QStringLiteral("delete"));
    QCOMPARE(wal.journalMode, QStringLiteral("wal"));
    const StatsSnapshot blocked = figuresOf(rollback, QStringLiteral("reader"));
    const StatsSnapshot unblocked = figuresOf(wal, QStringLiteral("reader"));
    if (!rollback.environment.busyHandler)
        QSKIP("lock waits are not counted with this Qt SQLite driver");
    // Rollback journal: every reader meets the writer's EXCLUSIVE and waits for it.
    for (const WorkerResult &w : rollback.workers) {
        if (w.role == QLatin1String("reader"))
            QVERIFY2(w.stats.busyEvents > 0, qPrintable(w.name));
    }
    QVERIFY(blocked.lockWaitTicks > 0);
    // WAL: BEGIN EXCLUSIVE takes only the write lock; readers read their snapshot and never
    // wait (a WAL reader waits only for recovery, which an open database does not need).
    QCOMPARE(unblocked.busyEvents, quint64(0));
    QCOMPARE(unblocked.lockWaitTicks, quint64(0));
}

QTEST_GUILESS_MAIN(TestReaders)
#include "tst_readers.moc"
