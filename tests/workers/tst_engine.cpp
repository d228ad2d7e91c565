// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fixtures/outsider.h"
#include "tests/fixtures/walwriterefusals.h"
#include "workers/busyhandler.h"
#include "workers/engine.h"
#include "workers/recorder/clock.h"
#include "workers/session.h"
#include "workers/sqlite/sqlitelink.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

#include <sqlite3.h>

using namespace LockLens;
using Fixture::Outsider;
using Fixture::WalWriteRefusals;

namespace {

Scenario fileScenario(const QTemporaryDir &dir, const QString &name = QStringLiteral("t.db"))
{
    Scenario s;
    s.databasePath = dir.filePath(name);
    s.workers = 3;
    s.opsPerWorker = 300;
    s.payloadBytes = 32;
    s.busyTimeoutMs = 10000;
    return s;
}

// One worker, one insert: to meet a lock held by an Outsider.
Scenario oneInsertScenario(const QTemporaryDir &dir)
{
    Scenario s = fileScenario(dir);
    s.workers = 1;
    s.opsPerWorker = 1;
    return s;
}

// One worker whose DEFERRED transaction reads, then inserts, in rollback-journal mode.
Scenario upgradeScenario(const QTemporaryDir &dir, int maxTries)
{
    Scenario s = oneInsertScenario(dir);
    s.journalMode = QStringLiteral("delete");
    s.txMode = TxMode::Deferred;
    s.readBeforeWrite = true;
    s.maxTries = maxTries;
    return s;
}

RunResult mustRun(const Scenario &s)
{
    RunResult r;
    QString why;
    const bool ok = LoadEngine::runBlocking(s, &r, &why, 100);
    if (!ok)
        qWarning("run failed: %s", qPrintable(why));
    return r;
}

std::uint64_t errorsOf(const RunResult &r, ErrorClass c)
{
    return r.total.errors[std::size_t(c)];
}

// A counter of the running engine's workers, summed: what they did so far. (The busy
// handler counts a busy event as a wait for a lock begins.)
std::uint64_t countedSoFar(const LoadEngine &engine, std::uint64_t StatsSnapshot::*counter)
{
    std::uint64_t n = 0;
    for (const StatsSnapshot &w : engine.snapshot())
        n += w.*counter;
    return n;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void strategiesCommitTheRightRows_data();
    void strategiesCommitTheRightRows();
    void mixedLoadVerifies();
    void lockWaitMatchesHeldLock_data();
    void lockWaitMatchesHeldLock();
    void busyTimeoutShorterThanHeldLock();
    void busyPolicyNoneFailsAtOnce();
    void deferredReadBeforeWriteFailsToUpgrade_data();
    void deferredReadBeforeWriteFailsToUpgrade();
    void retriesRecoverUpgradeFailures();
    void verifierDetectsRowRemovedBehindTheEnginesBack();
    void sharedMemoryDatabaseSeenByEveryWorker();
    void stopEndsARunAndStillVerifies();
    void stopCutsBusyWaitsShort_data();
    void stopCutsBusyWaitsShort();
    void writerQueueReadsNeedNoWriteLock();
    void targetRateIsKept();
    void samplerReportsWhileNothingCompletes();
    void hostileTableNames_data();
    void hostileTableNames();
    void refusesSomeoneElsesTable();
    void notADatabaseFails();
};

void TestEngine::initTestCase()
{
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLITE")));
}

void TestEngine::strategiesCommitTheRightRows_data()
{
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<TxMode>("tx");
    QTest::addColumn<DriverPath>("driver");
    const std::pair<Strategy, const char *> strategies[]
        = { { Strategy::PerThread, "per-thread" }, { Strategy::Shared, "shared" },
              { Strategy::WriterQueue, "writer-queue" }, { Strategy::Pool, "pool" } };
    const std::pair<TxMode, const char *> modes[]
        = { { TxMode::Autocommit, "autocommit" }, { TxMode::Deferred, "deferred" },
              { TxMode::Immediate, "immediate" }, { TxMode::Exclusive, "exclusive" } };
    for (const auto &[s, sn] : strategies)
        for (const auto &[m, mn] : modes)
            QTest::addRow("%s/%s", sn, mn) << s << m << DriverPath::Auto;
    QTest::newRow("per-thread/immediate/QSqlQuery")
        << Strategy::PerThread << TxMode::Immediate << DriverPath::Qt;
    QTest::newRow("writer-queue/immediate/QSqlQuery")
        << Strategy::WriterQueue << TxMode::Immediate << DriverPath::Qt;
    QTest::newRow("shared/deferred/QSqlQuery") << Strategy::Shared << TxMode::Deferred << DriverPath::Qt;
    QTest::newRow("pool/autocommit/QSqlQuery") << Strategy::Pool << TxMode::Autocommit << DriverPath::Qt;
}

void TestEngine::strategiesCommitTheRightRows()
{
    QFETCH(Strategy, strategy);
    QFETCH(TxMode, tx);
    QFETCH(DriverPath, driver);
    QTemporaryDir dir;
    Scenario s = fileScenario(dir);
    s.strategy = strategy;
    s.txMode = tx;
    s.driverPath = driver;
    s.batch = tx == TxMode::Autocommit ? 1 : 7; // 300 is not a multiple: the last transaction is short
    s.maxTries = 1000; // DEFERRED may fail to upgrade; retries must recover
    const RunResult r = mustRun(s);
    QVERIFY2(r.verification.ok(), qPrintable(r.verification.integrity + r.verification.error));
    QCOMPARE(r.total.ops, quint64(900));
    QCOMPARE(r.total.inserted, quint64(900));
    QCOMPARE(r.verification.rowsPresent, qint64(900));
    QCOMPARE(r.verification.lostRows, qint64(0));
    QCOMPARE(r.total.failedTx, quint64(0));
    QCOMPARE(r.environment.fastPath,
        driver != DriverPath::Qt && r.environment.sqliteSource == QLatin1String("system"));
    QCOMPARE(r.total.opLatency.total(), quint64(900));
    if (tx != TxMode::Autocommit && strategy != Strategy::WriterQueue)
        QCOMPARE(r.total.tx, quint64(3 * 43)); // ceil(300 / 7) per worker
    QVERIFY(!r.series.empty());
    std::uint64_t seriesOps = 0;
    for (const auto &p : r.series)
        seriesOps += p.ops;
    QCOMPARE(seriesOps, r.total.ops);
    for (const auto &p : r.series) // nothing after the load's end (verification is not load)
        QVERIFY2(
            p.tS <= r.durationS + 1e-3, qPrintable(QStringLiteral("%1 > %2").arg(p.tS).arg(r.durationS)));
    QCOMPARE(r.workers.size(), std::size_t(strategy == Strategy::WriterQueue ? 4 : 3));
}

void TestEngine::mixedLoadVerifies()
{
    QTemporaryDir dir;
    Scenario s = fileScenario(dir);
    s.mix = { 40, 30, 10, 15, 5 };
    s.prefillRows = 200;
    s.batch = 5;
    const RunResult r = mustRun(s);
    QVERIFY(r.verification.ok());
    QCOMPARE(r.initialRows, qint64(200));
    QCOMPARE(r.verification.rowsPresent, qint64(200) + qint64(r.total.inserted) - qint64(r.total.deleted));
    QVERIFY(r.total.deleted > 0);
    QVERIFY(r.total.rows > r.total.inserted); // updates changed rows too
}

void TestEngine::lockWaitMatchesHeldLock_data()
{
    QTest::addColumn<BusyPolicy>("policy");
    QTest::addColumn<int>("granularityMs"); // how late the handler may notice the lock is free
    QTest::newRow("sqlite schedule") << BusyPolicy::Sqlite << 100;
    QTest::newRow("spin") << BusyPolicy::Spin << 15;
}

void TestEngine::lockWaitMatchesHeldLock()
{
    QFETCH(BusyPolicy, policy);
    QFETCH(int, granularityMs);
    QTemporaryDir dir;
    Scenario s = oneInsertScenario(dir);
    s.busyPolicy = policy;
    QVERIFY(mustRun(s).verification.ok()); // creates the database and its table

    Outsider other(s.databasePath);
    QCOMPARE(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    LoadEngine engine;
    QSignalSpy done(&engine, &LoadEngine::finished);
    QVERIFY(engine.start(s));
    // Once the worker has counted its busy event it is waiting (the busy handler counts it
    // as the wait begins). Hold the lock a while longer, and note by the engine's own clock
    // when the worker was seen waiting and when the lock was let go: the wait spans at least
    // that much, and ends no later than the release plus the handler's sleep, whatever the
    // machine's speed. (A lost stretch between the handler's calls would make it shorter.)
    QTRY_VERIFY_WITH_TIMEOUT(countedSoFar(engine, &StatsSnapshot::busyEvents) > 0, 30000);
    const double seenWaitingMs = engine.elapsedS() * 1000;
    QTest::qWait(400); // the lock held: the time to be measured
    const double releasedMs = engine.elapsedS() * 1000;
    other.exec("COMMIT");
    QVERIFY(done.wait(30000));
    const RunResult r = done.first().first().value<RunResult>();
    QVERIFY(r.verification.ok());
    QCOMPARE(r.total.ops, quint64(1));
    QCOMPARE(r.total.busyEvents, quint64(1));
    QVERIFY(r.total.busyCalls > 1);
    const double waitedMs = Clock::toMs(r.total.lockWaitTicks);
    // The end: the release, the handler's next wake-up, and a scheduler's delay on a busy machine.
    constexpr double wakeUpMs = 250;
    QVERIFY2(waitedMs >= releasedMs - seenWaitingMs && waitedMs <= releasedMs + granularityMs + wakeUpMs,
        qPrintable(QStringLiteral("waited %1 ms; seen waiting %2 ms and released %3 ms into the load")
                       .arg(waitedMs)
                       .arg(seenWaitingMs)
                       .arg(releasedMs)));
    QCOMPARE(r.total.errorTotal(), quint64(0));
}

void TestEngine::busyTimeoutShorterThanHeldLock()
{
    QTemporaryDir dir;
    Scenario s = oneInsertScenario(dir);
    QVERIFY(mustRun(s).verification.ok()); // creates the database and its table
    Outsider other(s.databasePath);
    QCOMPARE(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    s.busyTimeoutMs = 150;
    const RunResult r = mustRun(s);
    other.exec("COMMIT");
    QCOMPARE(errorsOf(r, ErrorClass::BusyTimeout), quint64(1));
    QCOMPARE(r.total.errorTotal(), quint64(1));
    QCOMPARE(r.total.failedTx, quint64(1));
    QCOMPARE(r.total.ops, quint64(0));
    QVERIFY(r.verification.ok()); // nothing committed, nothing expected
    const double waitedMs = Clock::toMs(r.total.lockWaitTicks);
    QVERIFY2(waitedMs >= 140 && waitedMs < 1000, qPrintable(QString::number(waitedMs)));
}

void TestEngine::busyPolicyNoneFailsAtOnce()
{
    QTemporaryDir dir;
    Scenario s = oneInsertScenario(dir);
    QVERIFY(mustRun(s).verification.ok()); // creates the database and its table
    Outsider other(s.databasePath);
    QCOMPARE(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    s.busyPolicy = BusyPolicy::None;
    const RunResult r = mustRun(s);
    other.exec("COMMIT");
    QCOMPARE(errorsOf(r, ErrorClass::BusyBegin), quint64(1));
    QCOMPARE(r.total.failedTx, quint64(1));
    QVERIFY(Clock::toMs(r.total.lockWaitTicks) < 50);
}

void TestEngine::deferredReadBeforeWriteFailsToUpgrade_data()
{
    QTest::addColumn<QString>("journal");
    QTest::newRow("rollback journal") << QStringLiteral("delete");
    QTest::newRow("wal") << QStringLiteral("wal");
}

void TestEngine::deferredReadBeforeWriteFailsToUpgrade()
{
    // An outside connection holds the write lock. The worker's DEFERRED transaction reads
    // (taking a read lock), then writes: SQLite refuses the upgrade at once, without
    // calling the busy handler, however long the timeout.
    QFETCH(QString, journal);
    QTemporaryDir dir;
    Scenario s = upgradeScenario(dir, 1);
    s.journalMode = journal;
    QVERIFY(mustRun(s).verification.ok());
    Outsider other(s.databasePath);
    QCOMPARE(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    const RunResult r = mustRun(s);
    other.exec("COMMIT");
    QCOMPARE(errorsOf(r, ErrorClass::BusyUpgrade), quint64(1));
    QCOMPARE(r.total.errorTotal(), quint64(1));
    QCOMPARE(r.total.busyCalls, quint64(0)); // the handler was never asked
    QCOMPARE(r.total.busyEvents, quint64(1));
    QCOMPARE(r.total.failedTx, quint64(1));
    QCOMPARE(r.total.ops, quint64(0));
    QVERIFY(r.verification.ok());
    QVERIFY(!r.warnings.isEmpty());
}

void TestEngine::retriesRecoverUpgradeFailures()
{
    QTemporaryDir dir;
    Scenario s = upgradeScenario(dir, 1000000);
    QVERIFY(mustRun(s).verification.ok());
    Outsider other(s.databasePath);
    QCOMPARE(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    LoadEngine engine;
    QSignalSpy done(&engine, &LoadEngine::finished);
    QVERIFY(engine.start(s));
    // The lock is let go once the worker has failed to upgrade and is retrying.
    QTRY_VERIFY_WITH_TIMEOUT(countedSoFar(engine, &StatsSnapshot::retries) > 0, 30000);
    QCOMPARE(other.exec("COMMIT"), SQLITE_OK);
    QVERIFY(done.wait(30000));
    const RunResult r = done.first().first().value<RunResult>();
    QVERIFY(errorsOf(r, ErrorClass::BusyUpgrade) > 0);
    QCOMPARE(r.total.errorTotal(), errorsOf(r, ErrorClass::BusyUpgrade));
    QCOMPARE(r.total.retries, r.total.errorTotal());
    QCOMPARE(r.total.failedTx, quint64(0));
    QCOMPARE(r.total.ops, quint64(1));
    QCOMPARE(r.total.inserted, quint64(1));
    QVERIFY(r.verification.ok());
}

void TestEngine::verifierDetectsRowRemovedBehindTheEnginesBack()
{
    QTemporaryDir dir;
    Scenario s = fileScenario(dir);
    s.workers = 1;
    s.prefillRows = 10;
    s.durationS = 0.8;
    s.rate = 200;
    Outsider other(s.databasePath);
    LoadEngine engine;
    engine.setSampleInterval(50);
    QSignalSpy done(&engine, &LoadEngine::finished);
    QVERIFY(engine.start(s));
    // Once the load runs (the prefill is done), delete a row the engine committed.
    QTimer poll;
    bool removed = false;
    connect(&poll, &QTimer::timeout, this, [&] {
        if (!removed && engine.elapsedS() > 0.2) {
            removed = other.exec("DELETE FROM locklens_load WHERE id = 1") == SQLITE_OK;
        }
    });
    poll.start(20);
    QVERIFY(done.wait(10000));
    QVERIFY(removed);
    const RunResult r = done.first().first().value<RunResult>();
    QVERIFY(r.verification.checked);
    QCOMPARE(r.verification.lostRows, qint64(1));
    QCOMPARE(r.verification.integrity, QStringLiteral("ok"));
    QVERIFY(!r.ok());
}

void TestEngine::sharedMemoryDatabaseSeenByEveryWorker()
{
    Scenario s;
    s.memoryName = QStringLiteral("tst_engine_shared_%1").arg(QCoreApplication::applicationPid());
    s.journalMode = QStringLiteral("memory");
    s.workers = 4;
    s.opsPerWorker = 250;
    s.batch = 10;
    s.maxTries = 1000000; // shared-cache table locks give SQLITE_LOCKED; retry until done
    // The test's own connection keeps the database alive after the run to look inside.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("observer"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    db.setDatabaseName(QStringLiteral("file:%1?mode=memory&cache=shared").arg(s.memoryName));
    QVERIFY(db.open());
    const RunResult r = mustRun(s);
    QVERIFY(r.verification.ok());
    QCOMPARE(r.verification.rowsPresent, qint64(1000));
    QCOMPARE(r.environment.fileSystem, QStringLiteral("memory"));
    QVERIFY(!r.environment.networkFileSystem);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT worker) FROM locklens_load")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 4);
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("observer"));
}

void TestEngine::stopEndsARunAndStillVerifies()
{
    QTemporaryDir dir;
    Scenario s = fileScenario(dir);
    s.durationS = 60;
    LoadEngine engine;
    QSignalSpy done(&engine, &LoadEngine::finished);
    QVERIFY(engine.start(s));
    QString why;
    QVERIFY(!engine.start(s, &why)); // one run at a time
    QVERIFY(!why.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(countedSoFar(engine, &StatsSnapshot::ops) > 0, 30000); // the load is under way
    engine.stop();
    QVERIFY(done.wait(10000));
    const RunResult r = done.first().first().value<RunResult>();
    QVERIFY(r.stopped);
    QVERIFY(r.durationS < 5);
    QVERIFY(r.total.ops > 0);
    QVERIFY(r.verification.ok());
}

void TestEngine::stopCutsBusyWaitsShort_data()
{
    QTest::addColumn<bool>("instrument");
    QTest::newRow("instrumented") << true;
    // Regression: uninstrumented runs used SQLite's own handler, deaf to the stop.
    QTest::newRow("uninstrumented") << false;
}

void TestEngine::stopCutsBusyWaitsShort()
{
    QFETCH(bool, instrument);
    // Regression: the busy handler ignored stop(), so a run whose workers waited for a lock
    // held elsewhere took the whole busy timeout to stop.
    QTemporaryDir dir;
    Scenario s = oneInsertScenario(dir);
    QVERIFY(mustRun(s).verification.ok());
    Outsider other(s.databasePath);
    QCOMPARE(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    s.workers = 3;
    s.durationS = 60;
    s.busyTimeoutMs = 60000;
    s.instrument = instrument;
    // Uninstrumented, the run counts no busy event: the connections' files say they were refused
    // (the scenario is in WAL mode).
    if (!instrument && !SqliteLink::driverSharesLibrary())
        QSKIP("the driver carries its own SQLite: SQLite's own handler waits, and no VFS of ours sees it");
    std::optional<WalWriteRefusals> refusals;
    if (!instrument)
        refusals.emplace();
    LoadEngine engine;
    QSignalSpy done(&engine, &LoadEngine::finished);
    QVERIFY(engine.start(s));
    if (instrument)
        QTRY_VERIFY_WITH_TIMEOUT(countedSoFar(engine, &StatsSnapshot::busyEvents) >= 3, 10000); // every worker waits for the lock
    else
        QTRY_VERIFY_WITH_TIMEOUT(refusals->filesRefused() >= 3, 10000); // every worker waits for the lock
    QElapsedTimer stopping;
    stopping.start();
    engine.stop();
    QVERIFY(done.wait(5000));
    QVERIFY2(stopping.elapsed() < 2000, qPrintable(QString::number(stopping.elapsed())));
    other.exec("COMMIT");
    const RunResult r = done.first().first().value<RunResult>();
    QVERIFY(r.stopped);
    QCOMPARE(r.total.ops, quint64(0));
    QCOMPARE(r.total.errorTotal(), quint64(0)); // waits cut short by the stop are not SQLite's errors
    QCOMPARE(r.total.failedTx, quint64(0)); // nor failed transactions: they were abandoned
    QVERIFY(r.verification.ok());
}

void TestEngine::writerQueueReadsNeedNoWriteLock()
{
    // Regression: the workers' reads ran in the scenario's BEGIN IMMEDIATE transactions and
    // so queued for the write lock like writes.
    QTemporaryDir dir;
    Scenario s = fileScenario(dir);
    s.prefillRows = 100;
    QVERIFY(mustRun(s).verification.ok());
    Outsider other(s.databasePath);
    QCOMPARE(other.exec("BEGIN IMMEDIATE"), SQLITE_OK); // holds the write lock throughout
    s.prefillRows = 0;
    s.strategy = Strategy::WriterQueue;
    s.mix = { 0, 0, 0, 70, 30 };
    s.txMode = TxMode::Immediate;
    s.opsPerWorker = 50;
    s.busyTimeoutMs = 100; // a read that did wait for the write lock fails fast
    const RunResult r = mustRun(s);
    other.exec("COMMIT");
    QVERIFY(r.verification.ok());
    QCOMPARE(r.total.ops, quint64(150));
    QCOMPARE(r.total.busyEvents, quint64(0));
}

void TestEngine::targetRateIsKept()
{
    QTemporaryDir dir;
    Scenario s = fileScenario(dir);
    s.workers = 2;
    s.durationS = 1.0;
    s.rate = 400;
    const RunResult r = mustRun(s);
    QVERIFY(r.verification.ok());
    const double rate = double(r.total.ops) / r.durationS;
    QVERIFY2(rate > 300 && rate < 500, qPrintable(QString::number(rate)));
}

void TestEngine::samplerReportsWhileNothingCompletes()
{
    QTemporaryDir dir;
    Scenario s = oneInsertScenario(dir);
    QVERIFY(mustRun(s).verification.ok());
    Outsider other(s.databasePath);
    QCOMPARE(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    LoadEngine engine;
    engine.setSampleInterval(100);
    QSignalSpy points(&engine, &LoadEngine::sampled);
    QSignalSpy done(&engine, &LoadEngine::finished);
    QVERIFY(engine.start(s));
    // The worker is blocked: intervals keep coming all the same, with nothing committed.
    QTRY_VERIFY_WITH_TIMEOUT(points.size() >= 4, 10000);
    other.exec("COMMIT");
    QVERIFY(done.wait(10000));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(points.at(i).first().value<SeriesPoint>().ops, quint64(0));
    QCOMPARE(done.first().first().value<RunResult>().total.ops, quint64(1));
}

void TestEngine::hostileTableNames_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("quotes") << QStringLiteral("we\"ird 'name'");
    QTest::newRow("injection") << QStringLiteral("t; DROP TABLE x; --");
    QTest::newRow("brackets and dots") << QStringLiteral("[a].b`c`");
    QTest::newRow("keyword") << QStringLiteral("select");
    QTest::newRow("unicode") << QStringLiteral("表格 ✓ naïve");
    QTest::newRow("spaces") << QStringLiteral("  ");
}

void TestEngine::hostileTableNames()
{
    QFETCH(QString, table);
    QTemporaryDir dir;
    Scenario s = fileScenario(dir);
    s.table = table;
    s.mix = { 50, 20, 10, 10, 10 };
    s.prefillRows = 20;
    s.batch = 3;
    for (DriverPath path : { DriverPath::Native, DriverPath::Qt }) {
        if (path == DriverPath::Native && !SqliteLink::driverSharesLibrary())
            continue; // Qt's own SQLite copy (official Windows/macOS builds): no native path
        s.driverPath = path;
        const RunResult r = mustRun(s);
        QVERIFY(r.verification.ok());
        QVERIFY(r.total.ops == 900);
    }
    Outsider other(s.databasePath);
    QCOMPARE(other.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table'"), qint64(1));
}

void TestEngine::refusesSomeoneElsesTable()
{
    QTemporaryDir dir;
    Scenario s = fileScenario(dir);
    {
        Outsider other(s.databasePath);
        QCOMPARE(
            other.exec("CREATE TABLE locklens_load(name TEXT); INSERT INTO locklens_load VALUES('mine')"),
            SQLITE_OK);
    }
    RunResult r;
    QString why;
    QVERIFY(!LoadEngine::runBlocking(s, &r, &why));
    QVERIFY2(why.contains(QStringLiteral("not a LockLens load table")), qPrintable(why));
    Outsider other(s.databasePath);
    QCOMPARE(other.scalar("SELECT count(*) FROM locklens_load"), qint64(1));
}

void TestEngine::notADatabaseFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("text.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    Scenario s = fileScenario(dir, QStringLiteral("text.db"));
    RunResult r;
    QString why;
    QVERIFY(!LoadEngine::runBlocking(s, &r, &why));
    QVERIFY2(why.contains(QStringLiteral("not a database")), qPrintable(why));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(4096, 'x'));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
