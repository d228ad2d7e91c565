// SPDX-License-Identifier: GPL-3.0-or-later
// Waits counted while they happen: WaitTime, and the engine's samples of a run where a
// worker waits a second for a lock another program holds.
#include "tests/fixtures/outsider.h"
#include "workers/engine.h"
#include "workers/recorder/clock.h"
#include "workers/workerstats.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace LockLens;
using Fixture::Outsider;

namespace {

// Tolerance of a comparison in seconds: ticks become seconds with a calibration that
// sharpens as the process ages, and a sampler's clock read may lead a worker's by a hair.
constexpr double SlackS = 1e-6;
// The raw counters (not the series, which clamps): a later busy-handler call books the few
// microseconds since the previous return (at most 1 ms, busyhandler.cpp) as it begins, so a
// sample taken in such a gap leaves them to the next interval.
constexpr double RetryGapS = 1e-3;

// Regression: interval_s was printed to the millisecond and the waits to the microsecond, so a
// fully blocked interval of 0.1005 s printed 0.1005 s of wait in an interval of 0.100 s. As
// printed, no worker waits (or backs off) longer than its interval.
void printedWaitsFitTheirIntervals(const RunResult &r)
{
    const QJsonArray series = r.toJson().value(QStringLiteral("series")).toArray();
    QVERIFY(!series.isEmpty());
    for (const QJsonValue &v : series) {
        const QJsonObject p = v.toObject();
        const double interval = p.value(QStringLiteral("interval_s")).toDouble();
        for (const char *key : { "worker_lock_wait_s", "worker_app_wait_s", "worker_backoff_s" }) {
            const QJsonArray waits = p.value(QLatin1String(key)).toArray();
            QCOMPARE(waits.size(), int(r.workers.size()));
            for (const QJsonValue &w : waits)
                QVERIFY2(w.toDouble() <= interval,
                    qPrintable(QStringLiteral("at %1 s: %2 %3 in an interval of %4 s")
                                   .arg(p.value(QStringLiteral("t_s")).toDouble())
                                   .arg(QLatin1String(key))
                                   .arg(w.toDouble())
                                   .arg(interval)));
        }
    }
}

} // namespace

class TestLiveWaits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QSqlDatabase::drivers(); }
    void waitTimeCountsTheOpenWait();
    void waitTimeAddsAfterTheFact();
    void waitsSpreadOverTheIntervalsTheySpan_data();
    void waitsSpreadOverTheIntervalsTheySpan();
};

void TestLiveWaits::waitTimeCountsTheOpenWait()
{
    WaitTime w;
    QCOMPARE(w.at(1000), quint64(0));
    w.begin(1000);
    QVERIFY(w.waiting());
    QCOMPARE(w.at(1000), quint64(0));
    QCOMPARE(w.at(1400), quint64(400)); // the open wait's elapsed part
    QCOMPARE(w.at(999), quint64(0)); // a reader's clock a hair behind: no time, not 2^63
    w.begin(1200); // already waiting: the first start holds
    QCOMPARE(w.at(1500), quint64(500));
    w.end(1500);
    QVERIFY(!w.waiting());
    QCOMPARE(w.at(9000), quint64(500)); // ended: no longer grows
    w.begin(2000);
    QCOMPARE(w.at(2250), quint64(750));
    w.end(2300);
    QCOMPARE(w.at(2300), quint64(800));
    w.end(2400); // nothing open: nothing changes
    QCOMPARE(w.at(5000), quint64(800));
}

void TestLiveWaits::waitTimeAddsAfterTheFact()
{
    WaitTime w;
    w.add(300);
    QCOMPARE(w.at(10), quint64(300));
    // Clock origins do not matter: a start below the ticks already waited still works.
    w.begin(100);
    QCOMPARE(w.at(150), quint64(350));
    w.add(20); // while a wait is open
    QCOMPARE(w.at(150), quint64(370));
    w.end(200);
    QCOMPARE(w.at(1000), quint64(420));
    // And near the top of the tick range.
    WaitTime high;
    const std::uint64_t top = ~std::uint64_t(0) - 1000;
    high.begin(top);
    QCOMPARE(high.at(top + 500), quint64(500));
    high.end(top + 600);
    QCOMPARE(high.at(0), quint64(600));
}

void TestLiveWaits::waitsSpreadOverTheIntervalsTheySpan_data()
{
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<int>("workers");
    // One worker waits for SQLite's lock.
    QTest::newRow("per-thread") << Strategy::PerThread << 1;
    // One worker holds the application's mutex while it waits for SQLite's lock; the
    // other waits for the mutex.
    QTest::newRow("shared connection") << Strategy::Shared << 2;
}

void TestLiveWaits::waitsSpreadOverTheIntervalsTheySpan()
{
    // Regression: a wait was added to the counters when it ended, so a worker blocked for a
    // second showed as 10,000 ms/s of lock wait in one 100 ms interval and none before.
    QFETCH(Strategy, strategy);
    QFETCH(int, workers);
    QTemporaryDir dir;
    Scenario s;
    s.databasePath = dir.filePath(QStringLiteral("t.db"));
    s.workers = 1;
    s.opsPerWorker = 1;
    {
        RunResult r;
        QString why;
        QVERIFY2(LoadEngine::runBlocking(s, &r, &why, 100), qPrintable(why)); // creates the table
    }
    s.strategy = strategy;
    s.workers = workers;
    s.busyTimeoutMs = 30000;
    Outsider other(s.databasePath);
    QCOMPARE(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);

    LoadEngine engine;
    engine.setSampleInterval(100);
    std::vector<SeriesPoint> points;
    std::vector<std::vector<StatsSnapshot>> stats; // what each point was taken from
    connect(&engine, &LoadEngine::sampled, this, [&](const SeriesPoint &p) {
        points.push_back(p);
        stats.push_back(engine.sampledStats());
    });
    QSignalSpy done(&engine, &LoadEngine::finished);
    QVERIFY(engine.start(s));
    QTRY_VERIFY_WITH_TIMEOUT(engine.elapsedS() > 0, 10000);
    QTest::qWait(1000);
    QCOMPARE(other.exec("COMMIT"), SQLITE_OK);
    QVERIFY(done.wait(20000));
    const RunResult r = done.first().first().value<RunResult>();
    QVERIFY(r.verification.ok());
    QCOMPARE(r.total.ops, quint64(workers));

    // Per worker and interval: never more waiting than the interval lasted.
    std::vector<StatsSnapshot> before { std::size_t(workers), StatsSnapshot() };
    double lockSum = 0, appSum = 0;
    int busyIntervals = 0; // intervals in which the lock waiter waited most of the time
    for (std::size_t i = 0; i < points.size(); ++i) {
        const SeriesPoint &p = points[i];
        lockSum += p.lockWaitS;
        appSum += p.appWaitS;
        // The point's own per-worker figures (the closing point's too).
        QCOMPARE(p.workerLockWaitS.size(), std::size_t(workers));
        for (std::size_t w = 0; w < p.workerLockWaitS.size(); ++w) {
            QVERIFY2(p.workerLockWaitS[w] <= p.intervalS * (1 + 1e-6) + SlackS,
                qPrintable(QStringLiteral("point %1 at %2 s, worker %3: %4 s of lock wait in %5 s")
                               .arg(i)
                               .arg(p.tS)
                               .arg(w)
                               .arg(p.workerLockWaitS[w])
                               .arg(p.intervalS)));
            QVERIFY2(p.workerAppWaitS[w] <= p.intervalS * (1 + 1e-6) + SlackS,
                qPrintable(QStringLiteral("point %1 at %2 s, worker %3: %4 s of app wait in %5 s")
                               .arg(i)
                               .arg(p.tS)
                               .arg(w)
                               .arg(p.workerAppWaitS[w])
                               .arg(p.intervalS)));
        }
        // The counters the dashboard's series are built from (LoadEngine::sampledStats).
        if (stats[i].empty())
            continue; // the closing point: the run was gone
        QCOMPARE(stats[i].size(), std::size_t(workers));
        double mostLock = 0;
        for (std::size_t w = 0; w < stats[i].size(); ++w) {
            const StatsSnapshot d = stats[i][w].since(before[w]);
            const double lockS = Clock::toSeconds(d.lockWaitTicks);
            const double appS = Clock::toSeconds(d.appWaitTicks);
            QVERIFY2(lockS <= p.intervalS * (1 + 1e-6) + SlackS + RetryGapS,
                qPrintable(QStringLiteral("point %1, worker %2: %3 s of lock wait in %4 s")
                               .arg(i)
                               .arg(w)
                               .arg(lockS)
                               .arg(p.intervalS)));
            QVERIFY2(appS <= p.intervalS * (1 + 1e-6) + SlackS,
                qPrintable(QStringLiteral("point %1, worker %2: %3 s of app wait in %4 s")
                               .arg(i)
                               .arg(w)
                               .arg(appS)
                               .arg(p.intervalS)));
            mostLock = std::max(mostLock, lockS);
            before[w] = stats[i][w];
        }
        if (mostLock > 0.5 * p.intervalS)
            ++busyIntervals;
    }
    printedWaitsFitTheirIntervals(r);
    if (QTest::currentTestFailed())
        return;
    // The second of waiting shows in the intervals it spans, and adds up to the totals.
    QVERIFY2(busyIntervals >= 5, qPrintable(QString::number(busyIntervals)));
    const double lockTotal = Clock::toSeconds(r.total.lockWaitTicks);
    QVERIFY2(lockTotal > 0.9 && lockTotal < 2.0, qPrintable(QString::number(lockTotal)));
    QVERIFY2(std::abs(lockSum - lockTotal) < 1e-3,
        qPrintable(QStringLiteral("series %1 s, total %2 s").arg(lockSum).arg(lockTotal)));
    const double appTotal = Clock::toSeconds(r.total.appWaitTicks);
    QVERIFY2(std::abs(appSum - appTotal) < 1e-3,
        qPrintable(QStringLiteral("series %1 s, total %2 s").arg(appSum).arg(appTotal)));
    if (strategy == Strategy::Shared) // the other worker waited for the mutex meanwhile
        QVERIFY2(appTotal > 0.9, qPrintable(QString::number(appTotal)));
}

QTEST_GUILESS_MAIN(TestLiveWaits)
#include "tst_livewaits.moc"
