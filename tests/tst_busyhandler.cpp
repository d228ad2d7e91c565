// SPDX-License-Identifier: GPL-3.0-or-later
// The busy handler's schedule and how a failed statement is classified.
#include "busyhandler.h"
#include "session.h"

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
};

void TestBusyHandler::classifyBusy_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<bool>("handlerCalled");
    QTest::addColumn<bool>("gaveUp");
    QTest::addColumn<ErrorClass>("expected");
    auto row = [](const char *name, int code, Stage stage, bool called, bool gaveUp, ErrorClass expected) {
        QTest::newRow(name) << code << stage << called << gaveUp << expected;
    };
    row("snapshot", SQLITE_BUSY_SNAPSHOT, Stage::InTx, false, false, ErrorClass::BusySnapshot);
    row("timeout", SQLITE_BUSY, Stage::Begin, true, true, ErrorClass::BusyTimeout);
    row("begin, policy none", SQLITE_BUSY, Stage::Begin, true, false, ErrorClass::BusyBegin);
    row("begin, no handler", SQLITE_BUSY, Stage::Begin, false, false, ErrorClass::BusyBegin);
    row("autocommit", SQLITE_BUSY, Stage::Autocommit, false, false, ErrorClass::BusyBegin);
    row("upgrade", SQLITE_BUSY, Stage::InTx, false, false, ErrorClass::BusyUpgrade);
    row("in tx, handler consulted", SQLITE_BUSY, Stage::InTx, true, false, ErrorClass::BusyTimeout);
    row("recovery", SQLITE_BUSY_RECOVERY, Stage::InTx, false, false, ErrorClass::BusyUpgrade);
    row("commit waiting for readers", SQLITE_BUSY, Stage::Commit, false, false, ErrorClass::BusyTimeout);
    row("locked", SQLITE_LOCKED, Stage::InTx, false, false, ErrorClass::Locked);
    row("shared cache", SQLITE_LOCKED_SHAREDCACHE, Stage::Begin, false, false, ErrorClass::Locked);
    row("constraint", SQLITE_CONSTRAINT_PRIMARYKEY, Stage::InTx, false, false, ErrorClass::Other);
}

void TestBusyHandler::classifyBusy()
{
    QFETCH(int, code);
    QFETCH(Stage, stage);
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

QTEST_GUILESS_MAIN(TestBusyHandler)
#include "tst_busyhandler.moc"
