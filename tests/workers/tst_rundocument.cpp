// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fixtures/lockedoutrun.h"
#include "workers/engine.h"
#include "workers/rundocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace LockLens;

class TestRunDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripOfARealRun_data();
    void roundTripOfARealRun();
    void roundTripKeepsErrorsByClass();
    void ofTakesTheRunsFigures();
    void anOlderDocumentTakesDefaults();
    void notARun_data();
    void notARun();
    void wrongTypesLoadAsDefaults();
    void anUnreadableScenarioStillLoads();
    void numbersBeyondTheirTypeAreClamped();
};

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The document `json` holds, written again.
QJsonObject again(const QJsonObject &json)
{
    RunDocument doc;
    QString why;
    if (!RunDocument::fromJson(json, &doc, &why))
        qWarning("%s", qPrintable(why));
    return doc.toJson();
}


} // namespace

void TestRunDocument::roundTripOfARealRun_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<int>("readers");
    QTest::addColumn<bool>("memory");
    QTest::newRow("per-thread") << QStringLiteral("per-thread") << 0 << false;
    QTest::newRow("pool, readers") << QStringLiteral("pool") << 2 << false;
    QTest::newRow("writer-queue") << QStringLiteral("writer-queue") << 0 << false;
    QTest::newRow("in memory: no lock timeline") << QStringLiteral("shared") << 1 << true;
}

void TestRunDocument::roundTripOfARealRun()
{
    QFETCH(QString, strategy);
    QFETCH(int, readers);
    QFETCH(bool, memory);
    QTemporaryDir dir;
    Scenario sc;
    sc.name = QStringLiteral("round trip");
    if (memory)
        sc.memoryName = QStringLiteral("rundocument");
    else
        sc.databasePath = dir.filePath(QStringLiteral("t.db"));
    QVERIFY(parse(strategy, &sc.strategy));
    sc.workers = 2;
    sc.readers = readers;
    sc.mix = { 60, 20, 10, 10, 0 };
    sc.prefillRows = 50;
    sc.opsPerWorker = 300;
    RunResult r;
    QString why;
    QVERIFY2(LoadEngine::runBlocking(sc, &r, &why, 50), qPrintable(why));
    QVERIFY(!r.series.empty());
    QCOMPARE(r.lockTimeline.empty(), memory);

    // toJson -> fromJson -> toJson gives the same JSON, down to the byte.
    const QJsonObject json = r.toJson();
    RunDocument doc;
    QVERIFY2(RunDocument::fromJson(json, &doc, &why), qPrintable(why));
    QCOMPARE(compact(doc.toJson()), compact(json));
    QCOMPARE(doc.toJson(), json);
    QCOMPARE(doc.workers.size(), r.workers.size());
    QCOMPARE(doc.series.size(), r.series.size());
    QCOMPARE(doc.lockTimeline.size(), r.lockTimeline.size());
    QCOMPARE(doc.scenario, r.scenario);
    QVERIFY(doc.hasScenario);
}

void TestRunDocument::roundTripKeepsErrorsByClass()
{
    // The classes that occurred are the only ones the series lists, per worker too: reading
    // them back and writing again must neither drop nor add one.
    QTemporaryDir dir;
    RunResult r;
    QString why;
    QVERIFY2(Fixture::lockedOutRun(dir, 200, &r, &why), qPrintable(why));
    const auto timeouts = std::size_t(ErrorClass::BusyTimeout);
    QCOMPARE(r.total.errors[timeouts], quint64(2));
    const QJsonObject json = r.toJson();
    QCOMPARE(compact(again(json)), compact(json));

    RunDocument doc;
    QVERIFY(RunDocument::fromJson(json, &doc, &why));
    QCOMPARE(doc.summary.totals.errors[timeouts], quint64(2));
    QCOMPARE(doc.summary.totals.errorTotal(), quint64(2));
    QVERIFY(!doc.summary.errorMessages[timeouts].isEmpty());
    QVERIFY(doc.summary.errorMessages[std::size_t(ErrorClass::BusyBegin)].isEmpty());
    std::uint64_t inSeries = 0, perWorker = 0;
    for (const SeriesPoint &p : doc.series) {
        inSeries += p.errorsByClass[timeouts];
        for (const auto &w : p.workerErrors)
            perWorker += w[timeouts];
    }
    QCOMPARE(inSeries, quint64(2));
    QCOMPARE(perWorker, quint64(2));
}

void TestRunDocument::ofTakesTheRunsFigures()
{
    QTemporaryDir dir;
    RunResult r;
    QString why;
    QVERIFY2(Fixture::lockedOutRun(dir, 200, &r, &why), qPrintable(why));
    const RunDocument doc = RunDocument::of(r);
    QCOMPARE(doc.summary.totals.ops, r.total.ops);
    QCOMPARE(doc.summary.totals.failedTx, r.total.failedTx);
    QCOMPARE(doc.summary.totals.errors, r.total.errors);
    QCOMPARE(doc.summary.totals.latency.count, r.total.opLatency.total());
    QCOMPARE(doc.summary.durationS, r.durationS);
    // Ticks become seconds by the clock's calibration, which goes on for the life of the
    // process: two conversions a moment apart may differ in the ninth digit.
    QVERIFY(std::abs(doc.summary.lockWaitShare - r.lockWaitShare()) < 1e-6);
    QVERIFY(doc.summary.lockWaitShare > 0);
    QCOMPARE(doc.summary.verified, r.verification.ok());
    QCOMPARE(doc.summary.integrity, r.verification.integrity);
    QCOMPARE(doc.summary.rowsExpected, r.verification.rowsExpected);
    QCOMPARE(doc.startedAt, r.startedAt.toUTC());
    QCOMPARE(doc.database, r.databaseName);
    QCOMPARE(doc.workers.size(), r.workers.size());
    for (std::size_t w = 0; w < r.workers.size(); ++w) {
        QCOMPARE(doc.workers[w].name, r.workers[w].name);
        QCOMPARE(doc.workers[w].stats.errors, r.workers[w].stats.errors);
        QCOMPARE(doc.workers[w].stats.busyEvents, r.workers[w].stats.busyEvents);
    }
    QCOMPARE(doc.environment.sqliteVersion, r.environment.sqliteVersion);
    QCOMPARE(doc.warnings, r.warnings);
    QCOMPARE(doc.summary.errorMessages[std::size_t(ErrorClass::BusyTimeout)],
        r.workers[0].firstError[std::size_t(ErrorClass::BusyTimeout)]);
}

void TestRunDocument::anOlderDocumentTakesDefaults()
{
    // What an older LockLens wrote: no setup time, extra rows as negative lost rows, no
    // back-off, the environment without the busy handler or the file system, a series
    // without errors by class or waits per worker, a scenario that did not name its database.
    const QJsonObject old {
        { QStringLiteral("scenario"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("old") }, { QStringLiteral("workers"), 2 } } },
        { QStringLiteral("database"), QStringLiteral("/tmp/old.db") },
        { QStringLiteral("environment"), QJsonObject { { QStringLiteral("sqlite_version"), QStringLiteral("3.40.1") } } },
        { QStringLiteral("summary"),
            QJsonObject { { QStringLiteral("committed_ops"), 40 }, { QStringLiteral("lost_rows"), -3 },
                { QStringLiteral("journal_mode"), QStringLiteral("delete") } } },
        { QStringLiteral("series"),
            QJsonArray { QJsonObject { { QStringLiteral("t_s"), 1 }, { QStringLiteral("interval_s"), 1 },
                { QStringLiteral("ops"), 40 }, { QStringLiteral("worker_ops"), QJsonArray { 25, 15 } } } } },
    };
    RunDocument doc;
    QString why;
    QVERIFY2(RunDocument::fromJson(old, &doc, &why), qPrintable(why));
    QCOMPARE(doc.scenario.name, QStringLiteral("old"));
    QCOMPARE(doc.scenario.workers, 2);
    QCOMPARE(doc.scenario.retryBackoff.kind, RetryBackoff::Kind::None); // retried at once
    QCOMPARE(doc.scenario.databasePath, QStringLiteral("/tmp/old.db"));
    QCOMPARE(doc.summary.totals.ops, quint64(40));
    QCOMPARE(doc.summary.lostRows, 0);
    QCOMPARE(doc.summary.extraRows, 3);
    QCOMPARE(doc.summary.setupS, -1.0);
    QCOMPARE(doc.summary.backoffShare, 0.0);
    QCOMPARE(doc.summary.journalMode, QStringLiteral("delete"));
    QVERIFY(!doc.startedAt.isValid());
    QVERIFY(!doc.recorded.busyHandler);
    QVERIFY(!doc.recorded.networkFileSystem);
    QVERIFY(!doc.recorded.cpuCount);
    QVERIFY(!doc.recorded.errorsByClass);
    QCOMPARE(doc.series.size(), std::size_t(1));
    QCOMPARE(doc.series[0].workerOps, (std::vector<std::uint64_t> { 25, 15 }));
    QVERIFY(doc.series[0].workerLockWaitS.empty()); // not recorded: no zeros
    QVERIFY(doc.series[0].workerP99Ms.empty());

    // Written again, what it did not record stays absent.
    const QJsonObject written = doc.toJson();
    const QJsonObject summary = written.value(QLatin1String("summary")).toObject();
    const QJsonObject env = written.value(QLatin1String("environment")).toObject();
    QVERIFY(!summary.contains(QLatin1String("setup_s")));
    QVERIFY(!env.contains(QLatin1String("busy_handler")));
    QVERIFY(!env.contains(QLatin1String("cpu_count")));
    QCOMPARE(env.value(QLatin1String("sqlite_version")).toString(), QStringLiteral("3.40.1"));
    QCOMPARE(summary.value(QLatin1String("extra_rows")).toDouble(), 3.0);
    QCOMPARE(compact(again(written)), compact(written));
}

void TestRunDocument::notARun_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty") << QJsonObject() << QStringLiteral("it has no summary");
    QTest::newRow("a scenario file") << QJsonObject { { QStringLiteral("workers"), 4 } }
                                     << QStringLiteral("it has no summary");
    QTest::newRow("summary not an object")
        << QJsonObject { { QStringLiteral("summary"), QJsonArray { 1, 2 } } } << QStringLiteral("it has no summary");
    QTest::newRow("empty summary") << QJsonObject { { QStringLiteral("summary"), QJsonObject() },
        { QStringLiteral("scenario"), QJsonObject { { QStringLiteral("workers"), 2 } } } }
                                   << QStringLiteral("it has no summary");
}

void TestRunDocument::anUnreadableScenarioStillLoads()
{
    // A run whose scenario this version cannot read (a newer LockLens's key, a value edited by
    // hand) is still a run: the reports, the history and the comparison show it with every
    // setting that can be read, and the report says the rest could not be.
    const QJsonObject future { { QStringLiteral("summary"),
                                   QJsonObject { { QStringLiteral("committed_ops"), 42 } } },
        { QStringLiteral("scenario"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("tomorrow") },
                { QStringLiteral("database"), QStringLiteral("/data/t.db") },
                { QStringLiteral("workers"), QStringLiteral("many") },
                { QStringLiteral("strategy"), QStringLiteral("pool") },
                { QStringLiteral("target"), QStringLiteral("postgresql") } } } };
    RunDocument doc;
    QString why;
    QVERIFY2(RunDocument::fromJson(future, &doc, &why), qPrintable(why));
    QVERIFY(doc.hasScenario);
    QCOMPARE(doc.scenario.name, QStringLiteral("tomorrow"));
    QCOMPARE(doc.scenario.databasePath, QStringLiteral("/data/t.db"));
    QCOMPARE(doc.scenario.workers, Scenario().workers); // "many": not read, the default
    QVERIFY(doc.scenario.strategy == Strategy::Pool); // read on its own
    QVERIFY2(doc.scenarioProblem.contains(QLatin1String("scenario key")), qPrintable(doc.scenarioProblem));
    QCOMPARE(doc.summary.totals.ops, quint64(42));
    RunDocument readable;
    QVERIFY(RunDocument::fromJson(again(future), &readable, &why));
    QVERIFY(readable.scenarioProblem.isEmpty());
}

void TestRunDocument::notARun()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, why);
    RunDocument doc;
    doc.database = QStringLiteral("untouched");
    QString error;
    QVERIFY(!RunDocument::fromJson(json, &doc, &error));
    QVERIFY2(error.startsWith(why), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(doc.database, QStringLiteral("untouched"));
}

void TestRunDocument::wrongTypesLoadAsDefaults()
{
    // A damaged document (values of the wrong type) loads what it can, and never crashes.
    const QJsonObject damaged { { QStringLiteral("summary"),
                                    QJsonObject { { QStringLiteral("committed_ops"), QStringLiteral("x") },
                                        { QStringLiteral("errors"), QJsonArray { 1 } },
                                        { QStringLiteral("latency_ms"), 5 } } },
        { QStringLiteral("workers"), QJsonArray { 1, QStringLiteral("a"), QJsonObject() } },
        { QStringLiteral("series"),
            QJsonArray { QJsonObject { { QStringLiteral("worker_errors"),
                QJsonObject { { QStringLiteral("busy_begin"), QStringLiteral("no") } } },
                { QStringLiteral("worker_p99_ms"), QJsonArray { QJsonValue(), QStringLiteral("?"), 2.5 } } } } },
        { QStringLiteral("lock_timeline"), QJsonObject() }, { QStringLiteral("warnings"), 3 } };
    RunDocument doc;
    QString why;
    QVERIFY2(RunDocument::fromJson(damaged, &doc, &why), qPrintable(why));
    QVERIFY(!doc.hasScenario);
    QCOMPARE(doc.summary.totals.ops, quint64(0));
    QCOMPARE(doc.workers.size(), std::size_t(3));
    QCOMPARE(doc.series.size(), std::size_t(1));
    QCOMPARE(doc.series[0].workerP99Ms, (std::vector<double> { -1.0, -1.0, 2.5 }));
    QVERIFY(doc.lockTimeline.empty());
    QVERIFY(doc.warnings.isEmpty());
}

void TestRunDocument::numbersBeyondTheirTypeAreClamped()
{
    // Edited by hand or written by something else: numbers no count or row figure can hold
    // read as the nearest one (a cast would be undefined behaviour), never as garbage.
    const QJsonObject edited { { QStringLiteral("summary"),
                                   QJsonObject { { QStringLiteral("committed_ops"), 1e30 },
                                       { QStringLiteral("committed_tx"), -1e30 },
                                       { QStringLiteral("initial_rows"), 1e30 },
                                       { QStringLiteral("rows_expected"), -1e30 },
                                       { QStringLiteral("rows_present"), 12.0 } } },
        { QStringLiteral("environment"), QJsonObject { { QStringLiteral("cpu_count"), 1e20 } } },
        { QStringLiteral("scenario"), QJsonObject { { QStringLiteral("workers"), 1 } } },
        { QStringLiteral("series"),
            QJsonArray { QJsonObject { { QStringLiteral("worker_ops"), QJsonArray { 1e300, -5, 7 } } } } } };
    RunDocument doc;
    QString why;
    QVERIFY2(RunDocument::fromJson(edited, &doc, &why), qPrintable(why));
    QCOMPARE(doc.summary.totals.ops, std::numeric_limits<std::uint64_t>::max());
    QCOMPARE(doc.summary.totals.tx, quint64(0));
    QCOMPARE(doc.summary.initialRows, std::numeric_limits<std::int64_t>::max());
    QCOMPARE(doc.summary.rowsExpected, std::numeric_limits<std::int64_t>::min());
    QCOMPARE(doc.summary.rowsPresent, std::int64_t(12));
    QCOMPARE(doc.environment.cpuCount, std::numeric_limits<int>::max());
    QCOMPARE(doc.series.size(), std::size_t(1));
    QCOMPARE(doc.series[0].workerOps,
        (std::vector<std::uint64_t> { std::numeric_limits<std::uint64_t>::max(), 0, 7 }));
}

QTEST_GUILESS_MAIN(TestRunDocument)
#include "tst_rundocument.moc"
