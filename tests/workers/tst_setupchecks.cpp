// SPDX-License-Identifier: GPL-3.0-or-later
// What a run finds in the database around its load: refusals that leave every file byte for
// byte as it was, a lock another connection holds before, during and after the load, rows
// another connection adds, and how many files a split may have.
#include "tests/fixtures/followrun.h"
#include "tests/fixtures/outsider.h"
#include "tests/fixtures/sqlitefixture.h"
#include "workers/engine.h"
#include "workers/sqlite/sqlitelink.h"

#include <QDir>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;
using Fixture::mustRun;
using Fixture::Outsider;

namespace {

Scenario fileScenario(const QTemporaryDir &dir)
{
    Scenario s;
    s.databasePath = dir.filePath(QStringLiteral("t.db"));
    s.workers = 2;
    s.opsPerWorker = 20;
    return s;
}

// A rollback-journal database with LockLens's load table and a few rows in it.
Scenario rollbackDatabase(const QTemporaryDir &dir)
{
    Scenario s = fileScenario(dir);
    s.journalMode = QStringLiteral("delete");
    s.busyTimeoutMs = 60000;
    return s;
}

// Starts `s` and waits for its end; the outcome's result, or a failure's message.
bool runToEnd(LoadEngine &engine, const Scenario &s, RunResult *result, QString *failure)
{
    QSignalSpy done(&engine, &LoadEngine::finished);
    QSignalSpy failed(&engine, &LoadEngine::failed);
    if (!engine.start(s, failure))
        return false;
    if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 40000)) {
        *failure = QStringLiteral("the run did not end within 40 s");
        return false;
    }
    if (!failed.isEmpty()) {
        *failure = failed.first().first().toString();
        return false;
    }
    *result = done.first().first().value<RunResult>();
    return true;
}

} // namespace

class TestSetupChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QSqlDatabase::drivers(); }
    void refusalLeavesEveryFileAsItWas_data();
    void refusalLeavesEveryFileAsItWas();
    void exclusiveLockBeforeTheStartIsWaitedForAsLongAsTheRun();
    void writeLockBeforeTheStartIsMeasured();
    void lockTakenDuringTheLoadLeavesItNotVerified();
    void rowsAddedByAnotherConnectionAreNotLost();
    void switchToWalWaitsForAWriteLock();
    void stopEndsTheSetupsWait();
    void triggerOfTheSameNameIsNoTable();
    void splitFilesUpToWhatSqliteAttaches();
};

void TestSetupChecks::refusalLeavesEveryFileAsItWas_data()
{
    QTest::addColumn<QString>("script"); // run on t.db first ("" for no file)
    QTest::addColumn<QString>("siblingScript"); // run on t-split2.db first (split strategy when set)
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("reason"); // in the refusal
    QTest::newRow("a table of the user's") << QStringLiteral("CREATE TABLE y(a, b); INSERT INTO y VALUES(1, 2)")
                                           << QString() << QStringLiteral("y")
                                           << QStringLiteral("not a LockLens load table");
    QTest::newRow("INT is not the rowid")
        << QStringLiteral("CREATE TABLE locklens_load(id INT PRIMARY KEY, worker, value, payload)") << QString()
        << QStringLiteral("locklens_load") << QStringLiteral("not a LockLens load table");
    QTest::newRow("a view of that name") << QStringLiteral("CREATE TABLE y(a); CREATE VIEW locklens_load AS SELECT a FROM y")
                                         << QString() << QStringLiteral("locklens_load")
                                         << QStringLiteral("not a LockLens load table");
    QTest::newRow("WITHOUT ROWID") << QStringLiteral("CREATE TABLE locklens_load(id INTEGER PRIMARY KEY, worker, "
                                                     "value, payload) WITHOUT ROWID")
                                   << QString() << QStringLiteral("locklens_load")
                                   << QStringLiteral("not a LockLens load table");
    QTest::newRow("a generated payload") << QStringLiteral("CREATE TABLE locklens_load(id INTEGER PRIMARY KEY, "
                                                           "worker, value, payload AS (value) VIRTUAL)")
                                         << QString() << QStringLiteral("locklens_load")
                                         << QStringLiteral("not a LockLens load table");
    QTest::newRow("a WAL file") << QStringLiteral("PRAGMA journal_mode=wal; CREATE TABLE y(a, b)") << QString()
                                << QStringLiteral("y") << QStringLiteral("not a LockLens load table");
    QTest::newRow("SQLite's own name") << QStringLiteral("CREATE TABLE y(a)") << QString()
                                       << QStringLiteral("sqlite_master") << QStringLiteral("sqlite_");
    QTest::newRow("reserved prefix") << QStringLiteral("CREATE TABLE y(a)") << QString()
                                     << QStringLiteral("SQLite_stuff") << QStringLiteral("sqlite_");
    QTest::newRow("a split sibling's table")
        << QStringLiteral("CREATE TABLE y(a)") << QStringLiteral("CREATE TABLE locklens_load(x, y)")
        << QStringLiteral("locklens_load") << QStringLiteral("t-split2.db");
}

void TestSetupChecks::refusalLeavesEveryFileAsItWas()
{
    // Regression: the checks ran on the connection that had already switched the file to WAL,
    // so a refused run (exit 2) had changed the user's file anyway.
    QFETCH(QString, script);
    QFETCH(QString, siblingScript);
    QFETCH(QString, table);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    Scenario s = fileScenario(dir);
    s.table = table;
    QCOMPARE(Fixture::exec(s.databasePath, script), QString());
    if (!siblingScript.isEmpty()) {
        s.strategy = Strategy::Split;
        s.txMode = TxMode::Deferred;
        QCOMPARE(Fixture::exec(dir.filePath(QStringLiteral("t-split2.db")), siblingScript), QString());
    }
    const QByteArray before = Fixture::folderFingerprint(dir.path());
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    LoadEngine engine;
    RunResult r;
    QString why;
    QVERIFY(!runToEnd(engine, s, &r, &why));
    QVERIFY2(why.contains(reason), qPrintable(why));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    QCOMPARE(Fixture::folderFingerprint(dir.path()), before);
}

void TestSetupChecks::exclusiveLockBeforeTheStartIsWaitedForAsLongAsTheRun()
{
    // Regression: with a lock that blocks even readers held before the start, the setup waited
    // the whole busy timeout (60 s) and failed with exit 2 and no result, for a 3 s run.
    QTemporaryDir dir;
    Scenario s = rollbackDatabase(dir);
    QVERIFY(mustRun(s).verification.ok()); // the file and its table
    Outsider other(s.databasePath);
    QCOMPARE(other.exec("BEGIN EXCLUSIVE"), SQLITE_OK);
    s.durationS = 1;
    LoadEngine engine;
    RunResult r;
    QString why;
    QVERIFY2(runToEnd(engine, s, &r, &why), qPrintable(why)); // a result, not a failure; not 60 s
    other.exec("ROLLBACK");
    QVERIFY(r.verification.lockedOut);
    QVERIFY(!r.verification.checked);
    QVERIFY(!r.verification.ok());
    QCOMPARE(r.durationS, 0.0); // the load never started
    QCOMPARE(r.total.ops, quint64(0));
    QVERIFY2(r.setupS >= 0.95, qPrintable(QString::number(r.setupS))); // it waited as long as the run would last
    QVERIFY2(r.verification.error.contains(QStringLiteral("the load did not start")), qPrintable(r.verification.error));
    const QJsonObject summary = r.toJson().value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("not_verified_reason")).toString(), QStringLiteral("database_locked"));
    QVERIFY(!r.environment.qtVersion.isEmpty()); // the environment is still described
}

void TestSetupChecks::writeLockBeforeTheStartIsMeasured()
{
    // Another connection holds the write lock (BEGIN IMMEDIATE): the setup only reads, the
    // load starts, and its workers wait for the whole run: that wait is what is measured.
    QTemporaryDir dir;
    Scenario s = rollbackDatabase(dir);
    QVERIFY(mustRun(s).verification.ok());
    Outsider other(s.databasePath);
    QCOMPARE(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    s.durationS = 1;
    const RunResult r = mustRun(s);
    other.exec("ROLLBACK");
    QCOMPARE(r.total.ops, quint64(0));
    QVERIFY(r.verification.ok()); // reading is allowed beside a RESERVED lock
    const double waited = Clock::toSeconds(r.total.lockWaitTicks);
    QVERIFY2(waited >= 0.5 * s.workers * r.durationS && waited <= s.workers * r.durationS + 1e-3,
        qPrintable(QStringLiteral("%1 s of lock wait in %2 s").arg(waited).arg(r.durationS)));
}

void TestSetupChecks::lockTakenDuringTheLoadLeavesItNotVerified()
{
    // Regression: a lock taken during the load and kept made the checks wait a whole busy
    // timeout, then say "verification failed: 0 rows lost" (exit 3). They now wait briefly,
    // a stop ends that wait, and the run says it is not verified.
    QTemporaryDir dir;
    Scenario s = rollbackDatabase(dir);
    QVERIFY(mustRun(s).verification.ok());
    s.workers = 1;
    s.mix = { 0, 0, 0, 100, 0 }; // DEFERRED point reads: the other connection's PENDING lock gets through
    s.txMode = TxMode::Deferred;
    s.durationS = 60; // ended by the test's first stop
    s.busyTimeoutMs = 100;
    Outsider other(s.databasePath);
    LoadEngine engine;
    QSignalSpy done(&engine, &LoadEngine::finished);
    QVERIFY(engine.start(s));
    QTRY_VERIFY_WITH_TIMEOUT(engine.elapsedS() > 0, 20000);
    QCOMPARE(other.exec("BEGIN EXCLUSIVE"), SQLITE_OK);
    QVERIFY(!engine.isChecking()); // taken during the load
    engine.stop(); // ends the load; the checks then wait for the lock...
    QTRY_VERIFY_WITH_TIMEOUT(engine.isChecking(), 20000);
    engine.stop(); // ...and a second stop ends that wait (the checks wait 2 s at most)
    QVERIFY(done.wait(20000));
    other.exec("ROLLBACK");
    const RunResult r = done.first().first().value<RunResult>();
    QVERIFY(r.verification.lockedOut);
    QVERIFY(!r.verification.checked);
    QVERIFY2(r.verification.error.contains(QStringLiteral("stopped while waiting")),
        qPrintable(r.verification.error));
}

void TestSetupChecks::rowsAddedByAnotherConnectionAreNotLost()
{
    // Regression: a row another connection inserted into the load table counted as lost (-1),
    // and the run failed. It is an extra row now, said apart, and the run is verified.
    QTemporaryDir dir;
    Scenario s = fileScenario(dir);
    QVERIFY(mustRun(s).verification.ok());
    s.workers = 1;
    s.mix = { 0, 0, 0, 100, 0 }; // the load only reads: the other connection's insert is the only write
    s.durationS = 60; // ended by the test
    Outsider other(s.databasePath);
    LoadEngine engine;
    QSignalSpy done(&engine, &LoadEngine::finished);
    QVERIFY(engine.start(s));
    QTRY_VERIFY_WITH_TIMEOUT(engine.elapsedS() > 0, 20000);
    QCOMPARE(other.exec("INSERT INTO locklens_load(worker, value) VALUES(-7, 0)"), SQLITE_OK);
    engine.stop();
    QVERIFY(done.wait(20000));
    const RunResult r = done.first().first().value<RunResult>();
    QCOMPARE(r.verification.extraRows, qint64(1));
    QCOMPARE(r.verification.lostRows, qint64(0));
    QCOMPARE(r.verification.rowsPresent, r.verification.rowsExpected + 1);
    QVERIFY(r.verification.ok());
    const QJsonObject summary = r.toJson().value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("extra_rows")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("lost_rows")).toInt(), 0);
}

void TestSetupChecks::switchToWalWaitsForAWriteLock()
{
    // Regression: switching a rollback-journal file to WAL (the default) while another
    // connection held its write lock failed at once, without the busy handler, and the run
    // said the setup had waited 0.0 s. The setup now tries again for as long as it may wait.
    QTemporaryDir dir;
    Scenario s = rollbackDatabase(dir);
    QVERIFY(mustRun(s).verification.ok());
    Outsider other(s.databasePath);
    QCOMPARE(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    s.journalMode = QStringLiteral("wal");
    s.durationS = 1;
    LoadEngine engine;
    RunResult r;
    QString why;
    QVERIFY2(runToEnd(engine, s, &r, &why), qPrintable(why));
    other.exec("ROLLBACK");
    QVERIFY(r.verification.lockedOut);
    QVERIFY2(r.setupS >= 0.95, qPrintable(QString::number(r.setupS)));
    QVERIFY2(r.verification.error.contains(QStringLiteral("waited 1.")), qPrintable(r.verification.error));
}

void TestSetupChecks::stopEndsTheSetupsWait()
{
    // Regression: the setup's read-only checks waited on SQLite's own busy timeout, which a
    // stop did not end (18.6 s after Ctrl-C with --busy-timeout 20000).
    QTemporaryDir dir;
    Scenario s = rollbackDatabase(dir); // a busy timeout of 60 s, and no duration
    QVERIFY(mustRun(s).verification.ok());
    Outsider other(s.databasePath);
    QCOMPARE(other.exec("BEGIN EXCLUSIVE"), SQLITE_OK);
    LoadEngine engine;
    QSignalSpy done(&engine, &LoadEngine::finished);
    QVERIFY(engine.start(s));
    engine.stop(); // before or during the setup's wait: either way it ends it
    QVERIFY(done.wait(20000)); // not the minute of the busy timeout
    other.exec("ROLLBACK");
    const RunResult r = done.first().first().value<RunResult>();
    QVERIFY(r.verification.lockedOut);
    QVERIFY(r.stopped);
    QVERIFY2(r.verification.error.startsWith(QStringLiteral("stopped")), qPrintable(r.verification.error));
}

void TestSetupChecks::triggerOfTheSameNameIsNoTable()
{
    // A trigger (or an index) may have the load table's name: it is not a table of that name.
    QTemporaryDir dir;
    Scenario s = fileScenario(dir);
    QCOMPARE(Fixture::exec(s.databasePath,
                 QStringLiteral("CREATE TABLE y(a); CREATE TRIGGER locklens_load AFTER INSERT ON y BEGIN SELECT 1; END")),
        QString());
    const RunResult r = mustRun(s);
    QVERIFY(r.verification.ok());
    QCOMPARE(r.verification.rowsPresent, qint64(s.workers * s.opsPerWorker));
}

void TestSetupChecks::splitFilesUpToWhatSqliteAttaches()
{
    // Regression: 2-64 files were accepted, but above 11 the run failed ("too many attached
    // databases - max 10") after creating and keeping ten sibling files.
    QTemporaryDir dir;
    Scenario s = fileScenario(dir);
    s.strategy = Strategy::Split;
    s.txMode = TxMode::Deferred;
    const int most = Scenario::maxSplitFiles();
    QVERIFY(most >= 2);
    s.splitFiles = most + 1;
    LoadEngine engine;
    QString why;
    QVERIFY(!engine.start(s, &why));
    QVERIFY2(why.contains(QString::number(most)), qPrintable(why));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    s.splitFiles = most;
    s.opsPerWorker = 5;
    const RunResult r = mustRun(s);
    QVERIFY(r.verification.ok());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), most);
}

QTEST_GUILESS_MAIN(TestSetupChecks)
#include "tst_setupchecks.moc"
