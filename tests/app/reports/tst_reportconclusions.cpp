// SPDX-License-Identifier: GPL-3.0-or-later
// "The lock was not shared fairly" only among clients that compete for the same lock.
// (Issue 14 item 8: for writer-queue the report said "writer completed 80.30x the
// operations of worker 8": the writer does every write by design.) On run documents built
// here, and on real runs of every connection strategy.
#include "app/reports/reportconclusions.h"
#include "tests/fixtures/reportfixture.h"
#include "workers/engine.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>

using namespace LockLens;
using namespace LockLens::Report;
using namespace LockLens::ReportFixture;

class TestReportConclusions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QSqlDatabase::drivers(); }
    void fairnessOnlyAmongCompetingClients_data();
    void fairnessOnlyAmongCompetingClients();
    void realRunsOfEachStrategy_data();
    void realRunsOfEachStrategy();
};

namespace {

// A run document of `strategy` whose clients are workers with `ops` operations each, then
// `extra` clients (name, role, operations).
struct Client
{
    QString name, role;
    qint64 ops = 0;
};

QJsonObject docOf(
    const QString &strategy, const QList<qint64> &ops, const QList<Client> &extra = {}, int splitFiles = 2)
{
    Spec s;
    s.workers = int(ops.size());
    s.workerOps = ops;
    QJsonObject doc = runDoc(s);
    QJsonObject sc = doc.value(QStringLiteral("scenario")).toObject();
    sc.insert(QStringLiteral("strategy"), strategy);
    sc.insert(QStringLiteral("split_files"), splitFiles);
    doc.insert(QStringLiteral("scenario"), sc);
    QJsonArray workers = doc.value(QStringLiteral("workers")).toArray();
    for (const Client &c : extra)
        workers.append(QJsonObject { { QStringLiteral("name"), c.name }, { QStringLiteral("role"), c.role },
            { QStringLiteral("committed_ops"), double(c.ops) } });
    doc.insert(QStringLiteral("workers"), workers);
    return doc;
}

// The fairness finding, or "" when there is none.
QString imbalance(const QJsonObject &doc)
{
    const Model m = modelOf({ doc });
    for (const Conclusion &c : m.runs.front().conclusions) {
        if (c.key == QLatin1String("imbalance"))
            return c.text;
    }
    return {};
}

} // namespace

void TestReportConclusions::fairnessOnlyAmongCompetingClients_data()
{
    QTest::addColumn<QJsonObject>("doc");
    QTest::addColumn<QString>("says"); // "" for no finding

    const Client writer { QStringLiteral("writer"), QStringLiteral("writer"), 80300 };
    QTest::newRow("writer-queue: the writer does every write")
        << docOf(QStringLiteral("writer-queue"), { 1000, 1010, 990, 1000 }, { writer }) << QString();
    QTest::newRow("writer-queue: feeders' reads are not compared")
        << docOf(QStringLiteral("writer-queue"), { 4000, 1000 }, { writer }) << QString();
    QTest::newRow("per-thread: unfair")
        << docOf(QStringLiteral("per-thread"), { 4000, 1000 }) << QStringLiteral("worker 1 completed 4.00×");
    QTest::newRow("shared connection: its mutex, unfair")
        << docOf(QStringLiteral("shared"), { 1000, 5000 }) << QStringLiteral("worker 2 completed 5.00×");
    QTest::newRow("pool threads: unfair")
        << docOf(QStringLiteral("pool"), { 3000, 1000, 1000 }) << QStringLiteral("worker 1 completed 3.00×");
    const Client reader { QStringLiteral("reader 1"), QStringLiteral("reader"), 900000 };
    QTest::newRow("readers are not compared with writers")
        << docOf(QStringLiteral("per-thread"), { 1000, 1100 }, { reader }) << QString();
    // Split over two files: workers 1 and 3 write the first, 2 and 4 the second.
    QTest::newRow("split: files apart, each fair")
        << docOf(QStringLiteral("split"), { 9000, 1000, 9500, 1100 }) << QString();
    QTest::newRow("split: unfair on one file") << docOf(QStringLiteral("split"), { 9000, 1000, 2000, 1100 })
                                               << QStringLiteral("worker 1 completed 4.50×");
    QTest::newRow("split: one worker per file")
        << docOf(QStringLiteral("split"), { 9000, 1000 }) << QString();
}

void TestReportConclusions::fairnessOnlyAmongCompetingClients()
{
    QFETCH(QJsonObject, doc);
    QFETCH(QString, says);
    const QString found = imbalance(doc);
    if (says.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(says), qPrintable(found));
}

void TestReportConclusions::realRunsOfEachStrategy_data()
{
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<int>("readers");
    QTest::newRow("a connection per thread") << Strategy::PerThread << 0;
    QTest::newRow("one shared connection") << Strategy::Shared << 0;
    QTest::newRow("a writer fed by a queue") << Strategy::WriterQueue << 0;
    QTest::newRow("a connection pool") << Strategy::Pool << 0;
    QTest::newRow("tables split across files") << Strategy::Split << 0;
    QTest::newRow("writers and readers") << Strategy::PerThread << 2;
}

// Whatever the run's figures, a fairness finding names two clients of one group.
void TestReportConclusions::realRunsOfEachStrategy()
{
    QFETCH(Strategy, strategy);
    QFETCH(int, readers);
    QTemporaryDir dir;
    Scenario sc;
    sc.databasePath = dir.filePath(QStringLiteral("fair.db"));
    sc.strategy = strategy;
    sc.workers = 4;
    sc.readers = readers;
    sc.durationS = 0.4;
    sc.mix.pointRead = strategy == Strategy::WriterQueue ? 30 : 0; // the feeders read for themselves
    RunResult r;
    QString why;
    QVERIFY2(LoadEngine::runBlocking(sc, &r, &why, 100), qPrintable(why));
    QVERIFY2(r.ok(), "verified");
    const QJsonObject doc = r.toJson();
    const QString found = imbalance(doc);
    if (strategy == Strategy::WriterQueue) {
        // The writer did every write: far more operations than any feeder, and no finding.
        qint64 writerOps = 0, feederOps = 0;
        for (const WorkerResult &w : r.workers)
            (w.name == QLatin1String("writer") ? writerOps : feederOps) += qint64(w.stats.ops);
        QVERIFY(double(writerOps) >= Threshold::imbalance * double(feederOps) / sc.workers);
        QVERIFY2(found.isEmpty(), qPrintable(found));
        return;
    }
    if (found.isEmpty())
        return; // a fair run: nothing to check
    for (const WorkerResult &w : r.workers) {
        if (w.role == QLatin1String("reader"))
            QVERIFY2(!found.contains(w.name + QLatin1Char(' ')), qPrintable(found));
    }
    if (strategy == Strategy::Split) { // both of one file: worker i writes file i % 2
        QList<int> named;
        auto it = QRegularExpression(QStringLiteral("worker (\\d+)")).globalMatch(found);
        while (it.hasNext())
            named << it.next().captured(1).toInt();
        QVERIFY2(named.size() == 2, qPrintable(found));
        QCOMPARE(named[0] % 2, named[1] % 2);
    }
}

QTEST_GUILESS_MAIN(TestReportConclusions)
#include "tst_reportconclusions.moc"
