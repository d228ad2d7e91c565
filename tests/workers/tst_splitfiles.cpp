// SPDX-License-Identifier: GPL-3.0-or-later
// The split strategy: the load table spread over several database files, each written by
// its own workers; rows verified across the files; temporary siblings removed.
#include "tests/fixtures/followrun.h"
#include "tests/fixtures/sqlitefixture.h"
#include "workers/engine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;

namespace {

using Fixture::mustRun;

// The distinct `worker` values and the row count of one file's load table, read through
// the C API after the run.
struct FileRows
{
    QStringList workers;
    qint64 rows = -1;
};

FileRows rowsOf(const QString &path)
{
    const QStringList count = Fixture::column(path, QStringLiteral("SELECT count(*) FROM locklens_load"));
    return { Fixture::column(path,
                 QStringLiteral("SELECT DISTINCT worker FROM locklens_load WHERE worker >= 0 ORDER BY 1")),
        count.isEmpty() ? -1 : count.first().toLongLong() };
}

Scenario splitScenario(const QString &path)
{
    Scenario s;
    s.databasePath = path;
    s.strategy = Strategy::Split;
    s.splitFiles = 3;
    s.workers = 5;
    s.txMode = TxMode::Deferred;
    s.mix = { 80, 10, 5, 5, 0 };
    s.batch = 4;
    s.prefillRows = 50;
    s.opsPerWorker = 200;
    s.busyTimeoutMs = 10000;
    return s;
}

} // namespace

class TestSplitFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void siblingNames_data();
    void siblingNames();
    void validation_data();
    void validation();
    void warnings();
    void workersWriteTheirOwnFile();
    void temporaryFilesAreRemoved();
    void someoneElsesTableInASiblingIsRefused();
};

void TestSplitFiles::initTestCase()
{
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLITE")));
}

void TestSplitFiles::siblingNames_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("suffix") << QStringLiteral("/d/run.db")
                            << QStringList { QStringLiteral("/d/run.db"), QStringLiteral("/d/run-split2.db"),
                                   QStringLiteral("/d/run-split3.db") };
    QTest::newRow("no suffix") << QStringLiteral("/d.x/run")
                               << QStringList { QStringLiteral("/d.x/run"), QStringLiteral("/d.x/run-split2"),
                                      QStringLiteral("/d.x/run-split3") };
    QTest::newRow("dot file") << QStringLiteral("/d/.db")
                              << QStringList { QStringLiteral("/d/.db"), QStringLiteral("/d/.db-split2"),
                                     QStringLiteral("/d/.db-split3") };
}

void TestSplitFiles::siblingNames()
{
    QFETCH(QString, path);
    QFETCH(QStringList, expected);
    Scenario s;
    s.databasePath = path;
    s.strategy = Strategy::Split;
    s.splitFiles = 3;
    QCOMPARE(s.splitPaths(), expected);
    s.strategy = Strategy::PerThread; // other strategies: the database alone
    QCOMPARE(s.splitPaths(), QStringList { path });
}

void TestSplitFiles::validation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); // from fromJson or validate; empty: valid
    QTest::newRow("split") << QByteArray(R"({"strategy": "split", "split_files": 4})") << QString();
    QTest::newRow("one file") << QByteArray(R"({"strategy": "split", "split_files": 1})")
                              << QStringLiteral("split_files");
    QTest::newRow("more than SQLite attaches") << QByteArray(R"({"strategy": "split", "split_files": 126})")
                                               << QStringLiteral("attaches at most");
    QTest::newRow("more than SQLite ever attaches")
        << QByteArray(R"({"strategy": "split", "split_files": 127})") << QStringLiteral("split_files");
    QTest::newRow("memory") << QByteArray(R"({"strategy": "split", "memory": "m"})")
                            << QStringLiteral("in-memory");
    QTest::newRow("existing table") << QByteArray(
        R"({"strategy": "split", "database": "a.db", "table": "t", "existing_table": true})")
                                    << QStringLiteral("existing table");
}

void TestSplitFiles::validation()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    Scenario s;
    QString why;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (Scenario::fromJson(o, &s, &why))
        why = s.validate();
    if (problem.isEmpty())
        QVERIFY2(why.isEmpty(), qPrintable(why));
    else
        QVERIFY2(why.contains(problem), qPrintable(why));
}

void TestSplitFiles::warnings()
{
    Scenario s = splitScenario(QStringLiteral("/d/run.db"));
    QString all = s.warnings().join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("/d/run-split2.db, /d/run-split3.db")), qPrintable(all));
    QVERIFY(!all.contains(QStringLiteral("deadlock")));
    s.txMode = TxMode::Immediate; // locks every attached file
    all = s.warnings().join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("BEGIN IMMEDIATE locks every attached file")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("deadlock")), qPrintable(all));
}

void TestSplitFiles::workersWriteTheirOwnFile()
{
    QTemporaryDir dir;
    const Scenario s = splitScenario(dir.filePath(QStringLiteral("run.db")));
    const RunResult r = mustRun(s);
    QVERIFY2(r.ok(), qPrintable(r.fatalError + r.verification.error));
    QVERIFY(r.total.inserted > 0);
    // Worker i wrote file i % 3, and only that one.
    const QStringList files = s.splitPaths();
    QCOMPARE(files.size(), 3);
    qint64 sum = 0;
    for (int f = 0; f < files.size(); ++f) {
        QVERIFY2(QFileInfo::exists(files[f]), qPrintable(files[f])); // an explicit path's siblings stay
        const FileRows rows = rowsOf(files[f]);
        QStringList expected;
        for (int w = f; w < s.workers; w += files.size())
            expected << QString::number(w);
        QCOMPARE(rows.workers, expected);
        QVERIFY(rows.rows > s.prefillRows); // prefilled, then written
        sum += rows.rows;
    }
    // The verification counted every file's rows.
    QCOMPARE(r.initialRows, 3 * s.prefillRows);
    QCOMPARE(r.verification.rowsPresent, sum);
    QCOMPARE(r.verification.rowsExpected, sum);
    QCOMPARE(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("run-split3.db")), true);
    // Each connection's lane shows the file it writes: every worker took the WAL write lock.
    int workerLanes = 0;
    for (const ConnectionLocks &c : r.lockTimeline) {
        if (c.worker.startsWith(QLatin1String("worker"))) {
            ++workerLanes;
            QVERIFY2(c.totals.transitions > 0, qPrintable(c.worker));
        }
    }
    QVERIFY(workerLanes == 0 || workerLanes == s.workers);

    // A second run on the same files goes on from what they hold.
    const RunResult again = mustRun(s);
    QVERIFY2(again.ok(), qPrintable(again.fatalError + again.verification.error));
    QCOMPARE(again.initialRows, sum + 3 * s.prefillRows);
}

void TestSplitFiles::temporaryFilesAreRemoved()
{
    // This process's temporary files only (other test programs may run at the same time).
    const QString mine = QStringLiteral("locklens-%1-*").arg(QCoreApplication::applicationPid());
    const QStringList before = QDir::temp().entryList({ mine }, QDir::Files);
    Scenario s = splitScenario(QString());
    s.splitFiles = 4;
    s.opsPerWorker = 50;
    const RunResult r = mustRun(s);
    QVERIFY2(r.ok(), qPrintable(r.fatalError + r.verification.error));
    QCOMPARE(r.initialRows, 4 * s.prefillRows);
    // Nothing about the temporary files' siblings: they are gone.
    QVERIFY(!r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("-split")));
    QStringList after = QDir::temp().entryList({ mine }, QDir::Files);
    for (const QString &f : before)
        after.removeOne(f);
    QVERIFY2(after.isEmpty(), qPrintable(after.join(QLatin1Char(' '))));
}

void TestSplitFiles::someoneElsesTableInASiblingIsRefused()
{
    QTemporaryDir dir;
    const Scenario s = splitScenario(dir.filePath(QStringLiteral("run.db")));
    QCOMPARE(Fixture::exec(s.splitPaths().at(2),
                 QStringLiteral(
                     "CREATE TABLE locklens_load(name TEXT); INSERT INTO locklens_load VALUES('mine')")),
        QString());
    RunResult r;
    QString why;
    QVERIFY(!LoadEngine::runBlocking(s, &r, &why, 100));
    QVERIFY2(
        why.contains(QStringLiteral("not a LockLens load table")) && why.contains(QStringLiteral("split3")),
        qPrintable(why));
    QCOMPARE(rowsOf(s.splitPaths().at(2)).rows, qint64(1)); // untouched
}

QTEST_GUILESS_MAIN(TestSplitFiles)
#include "tst_splitfiles.moc"
