// SPDX-License-Identifier: GPL-3.0-or-later
// The busy handler's schedule, what it books as waiting, and how a failed statement is
// classified.
#include "workers/busyhandler.h"
#include "workers/recorder/clock.h"
#include "workers/session.h"
#include "workers/waitlog.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace LockLens;

class TestBusyHandler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifyBusy_data();
    void classifyBusy();
    void sqliteBusySchedule();
    void waitRunsFromFirstBusyToLastRetry_data();
    void waitRunsFromFirstBusyToLastRetry();
};

void TestBusyHandler::classifyBusy_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<TxStage>("stage");
    QTest::addColumn<bool>("handlerCalled");
    QTest::addColumn<bool>("gaveUp");
    QTest::addColumn<ErrorClass>("expected");
    auto row = [](const char *name, int code, TxStage stage, bool called, bool gaveUp, ErrorClass expected) {
        QTest::newRow(name) << code << stage << called << gaveUp << expected;
    };
    row("snapshot", SQLITE_BUSY_SNAPSHOT, TxStage::InTx, false, false, ErrorClass::BusySnapshot);
    row("timeout", SQLITE_BUSY, TxStage::Begin, true, true, ErrorClass::BusyTimeout);
    row("begin, policy none", SQLITE_BUSY, TxStage::Begin, true, false, ErrorClass::BusyBegin);
    row("begin, no handler", SQLITE_BUSY, TxStage::Begin, false, false, ErrorClass::BusyBegin);
    row("autocommit", SQLITE_BUSY, TxStage::Autocommit, false, false, ErrorClass::BusyBegin);
    row("upgrade", SQLITE_BUSY, TxStage::InTx, false, false, ErrorClass::BusyUpgrade);
    row("in tx, handler consulted", SQLITE_BUSY, TxStage::InTx, true, false, ErrorClass::BusyTimeout);
    row("recovery", SQLITE_BUSY_RECOVERY, TxStage::InTx, false, false, ErrorClass::BusyUpgrade);
    row("commit waiting for readers", SQLITE_BUSY, TxStage::Commit, false, false, ErrorClass::BusyTimeout);
    row("locked", SQLITE_LOCKED, TxStage::InTx, false, false, ErrorClass::Locked);
    row("shared cache", SQLITE_LOCKED_SHAREDCACHE, TxStage::Begin, false, false, ErrorClass::Locked);
    row("constraint", SQLITE_CONSTRAINT_PRIMARYKEY, TxStage::InTx, false, false, ErrorClass::Other);
}

void TestBusyHandler::classifyBusy()
{
    QFETCH(int, code);
    QFETCH(TxStage, stage);
    QFETCH(bool, handlerCalled);
    QFETCH(bool, gaveUp);
    QFETCH(ErrorClass, expected);
    QCOMPARE(QLatin1String(errorClassKey(classifyError(code, stage, handlerCalled, gaveUp))),
        QLatin1String(errorClassKey(expected)));
}

void TestBusyHandler::sqliteBusySchedule()
{
    // SQLite's schedule: 1, 2, 5, 10, ... ms, capped by what is left of the timeout.
    QCOMPARE(sqliteBusyDelayMs(0, 5000), 1);
    QCOMPARE(sqliteBusyDelayMs(3, 5000), 10);
    QCOMPARE(sqliteBusyDelayMs(11, 5000), 100);
    QCOMPARE(sqliteBusyDelayMs(20, 5000), 100);
    QCOMPARE(sqliteBusyDelayMs(3, 10), 2); // 8 ms used, 2 left
    QCOMPARE(sqliteBusyDelayMs(4, 10), -1); // 18 ms would be used: give up
    QCOMPARE(sqliteBusyDelayMs(0, 0), -1);
}

void TestBusyHandler::waitRunsFromFirstBusyToLastRetry_data()
{
    QTest::addColumn<BusyPolicy>("policy");
    QTest::newRow("spin") << BusyPolicy::Spin;
    QTest::newRow("sqlite schedule") << BusyPolicy::Sqlite;
}

void TestBusyHandler::waitRunsFromFirstBusyToLastRetry()
{
    // Regression: only the time inside the handler counted, not the time SQLite spent trying
    // the lock again between two calls, so the spin policy (a call every 1 ms) booked about
    // 0.992 s of a fully blocked second. Every call's wait now starts where the previous
    // call's ended: the waits are contiguous and add up to the whole episode.
    QFETCH(BusyPolicy, policy);
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("t.db")).toUtf8();
    sqlite3 *holder = nullptr, *waiter = nullptr;
    QCOMPARE(sqlite3_open(path.constData(), &holder), SQLITE_OK);
    QCOMPARE(sqlite3_open(path.constData(), &waiter), SQLITE_OK);
    QCOMPARE(sqlite3_exec(holder, "CREATE TABLE t(x); BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);

    WorkerStats stats;
    WaitLog log(QStringLiteral("waiter"));
    stats.waitLog = &log;
    BusyContext busy;
    busy.policy = policy;
    busy.timeoutMs = 300;
    busy.charge = &stats;
    installBusyHandler(waiter, &busy);
    const std::uint64_t before = Clock::now();
    QCOMPARE(sqlite3_exec(waiter, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_BUSY);
    const std::uint64_t after = Clock::now();
    QVERIFY(busy.flush());
    QVERIFY(busy.gaveUp);

    std::vector<WaitLog::Wait> waits;
    log.read(0, &waits);
    QVERIFY2(waits.size() >= 2, qPrintable(QString::number(waits.size())));
    for (std::size_t i = 1; i < waits.size(); ++i)
        QCOMPARE(waits[i].start, waits[i - 1].end);
    QVERIFY(!stats.lockWaitTicks.waiting());
    QCOMPARE(stats.lockWaitTicks.at(Clock::now()), waits.back().end - waits.front().start);
    // Against the clock around the statement: all of it but SQLite's first try and its last.
    const double waited = Clock::toMs(stats.lockWaitTicks.at(after)), statement = Clock::toMs(after - before);
    QVERIFY2(waited <= statement && waited >= 0.9 * statement,
        qPrintable(QStringLiteral("%1 ms of waiting in a statement of %2 ms").arg(waited).arg(statement)));
    QCOMPARE(stats.busyEvents.get(), quint64(1));
    QCOMPARE(stats.busyCalls.get(), quint64(waits.size()));
    sqlite3_close(waiter);
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
}

QTEST_GUILESS_MAIN(TestBusyHandler)
#include "tst_busyhandler.moc"
