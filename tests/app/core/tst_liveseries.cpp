// SPDX-License-Identifier: GPL-3.0-or-later
// LiveSeries: rates worked out from cumulative per-worker snapshots (exact on synthetic
// counters), latency from the interval's own histogram difference, a worker that does
// nothing, intervals without operations, errors by class, the last second's figures, a
// ten-minute run's worth of samples, and the series of a stored run (RunResult::toJson).
#include "app/core/liveseries.h"
#include "tests/fixtures/lockedoutrun.h"
#include "workers/engine.h"
#include "workers/recorder/clock.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace LockLens;
using Metric = LiveSeries::Metric;

Q_DECLARE_METATYPE(LiveSeries::Metric)

class TestLiveSeries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QSqlDatabase::drivers(); }
    void exactRates_data();
    void exactRates();
    void idleWorkerStaysAtZero();
    void latencyFromTheIntervalAlone();
    void intervalsWithoutOperationsAreALatencyGap();
    void errorClassesAppearWithZerosBefore();
    void recentCoversTheLastSecond();
    void refusesEmptyAndBackwardSamples();
    void tenMinutesAtTenHertz();
    void closingIntervalFoldsWhenShort_data();
    void closingIntervalFoldsWhenShort();
    void fromRunJsonOfARealRun();
    void fromRunJsonKeepsWaitsAndErrorClasses();
    void fromRunJsonOfAnOlderRun();
};

namespace {

std::uint64_t ticksOfMs(double ms)
{
    return Clock::fromNs(ms * 1e6);
}

// Cumulative counters of two workers at 0.1, 0.3 and 0.4 s. Worker 2 never moves.
std::vector<std::vector<StatsSnapshot>> twoWorkerSamples()
{
    std::vector<std::vector<StatsSnapshot>> samples(3, std::vector<StatsSnapshot>(2));
    const std::uint64_t ops[] = { 10, 30, 30 };
    const std::uint64_t tx[] = { 5, 15, 15 };
    const std::uint64_t busy[] = { 2, 6, 7 };
    const double lockMs[] = { 50, 150, 175 }; // waits of 0.5, 0.5 and 0.25 workers
    const double appMs[] = { 20, 20, 40 };
    const std::uint64_t timeouts[] = { 0, 0, 3 };
    for (std::size_t i = 0; i < samples.size(); ++i) {
        StatsSnapshot &s = samples[i][0];
        s.ops = ops[i];
        s.tx = tx[i];
        s.busyEvents = busy[i];
        s.lockWaitTicks = ticksOfMs(lockMs[i]);
        s.appWaitTicks = ticksOfMs(appMs[i]);
        s.errors[std::size_t(ErrorClass::BusyTimeout)] = timeouts[i];
    }
    return samples;
}

const double sampleTimes[] = { 0.1, 0.3, 0.4 };

LiveSeries twoWorkerSeries()
{
    LiveSeries s;
    s.setWorkerNames({ QStringLiteral("worker 1"), QStringLiteral("worker 2") });
    const auto samples = twoWorkerSamples();
    for (std::size_t i = 0; i < samples.size(); ++i)
        s.add(sampleTimes[i], samples[i]);
    return s;
}

QList<double> ysOf(const QList<QPointF> &points)
{
    QList<double> out;
    for (const QPointF &p : points)
        out << p.y();
    return out;
}

bool near(double a, double b, double relative = 1e-6)
{
    return std::abs(a - b) <= relative * std::max({ 1.0, std::abs(a), std::abs(b) });
}

// A worker snapshot whose op latency histogram holds `values` (ms), cumulative.
void recordMs(StatsSnapshot *s, LatencyHistogram *h, std::initializer_list<std::pair<int, double>> values)
{
    for (const auto &[count, ms] : values) {
        for (int i = 0; i < count; ++i)
            h->record(ticksOfMs(ms));
        s->ops += std::uint64_t(count);
    }
    s->opLatency = h->snapshot();
}

} // namespace

void TestLiveSeries::exactRates_data()
{
    QTest::addColumn<Metric>("metric");
    QTest::addColumn<int>("worker");
    QTest::addColumn<QList<double>>("expected");
    using L = QList<double>;
    QTest::newRow("ops total") << Metric::Ops << LiveSeries::Total << L { 100, 100, 0 };
    QTest::newRow("ops worker 1") << Metric::Ops << 0 << L { 100, 100, 0 };
    QTest::newRow("commits total") << Metric::Commits << LiveSeries::Total << L { 50, 50, 0 };
    QTest::newRow("busy events") << Metric::BusyEvents << LiveSeries::Total << L { 20, 20, 10 };
    QTest::newRow("sqlite lock wait") << Metric::LockWait << LiveSeries::Total << L { 0.5, 0.5, 0.25 };
    QTest::newRow("app wait apart") << Metric::AppWait << LiveSeries::Total << L { 0.2, 0, 0.2 };
    QTest::newRow("errors, all classes") << Metric::Errors << LiveSeries::Total << L { 0, 0, 30 };
    QTest::newRow("idle worker's ops") << Metric::Ops << 1 << L { 0, 0, 0 };
    QTest::newRow("idle worker's lock wait") << Metric::LockWait << 1 << L { 0, 0, 0 };
}

void TestLiveSeries::exactRates()
{
    QFETCH(Metric, metric);
    QFETCH(int, worker);
    QFETCH(QList<double>, expected);
    const LiveSeries s = twoWorkerSeries();
    QCOMPARE(s.sampleCount(), 3);
    const QList<QPointF> &points = s.points(metric, worker);
    QCOMPARE(points.size(), expected.size());
    for (int i = 0; i < points.size(); ++i) {
        QCOMPARE(points[i].x(), sampleTimes[i]);
        // Counter rates are exact; waits go through ticks, whose length Clock recalibrates
        // as the process runs (a relative error of about 1e-6).
        QVERIFY2(near(points[i].y(), expected[i], 1e-4),
            qPrintable(
                QStringLiteral("point %1: %2, expected %3").arg(i).arg(points[i].y()).arg(expected[i])));
    }
}

void TestLiveSeries::idleWorkerStaysAtZero()
{
    const LiveSeries s = twoWorkerSeries();
    QCOMPARE(s.workerCount(), 2);
    QCOMPARE(s.workerNames().value(1), QStringLiteral("worker 2"));
    for (Metric m : { Metric::Ops, Metric::Commits, Metric::BusyEvents, Metric::LockWait, Metric::AppWait,
             Metric::Errors }) {
        QCOMPARE(s.points(m, 1).size(), 3); // a point per sample, every one zero
        QCOMPARE(ysOf(s.points(m, 1)), QList<double>(3, 0.0));
    }
    QVERIFY(s.points(Metric::P50Ms, 1).isEmpty());
    QVERIFY(s.points(Metric::P99Ms, 1).isEmpty());
    QVERIFY(s.points(Metric::Ops, 2).isEmpty()); // no such worker
}

void TestLiveSeries::latencyFromTheIntervalAlone()
{
    LiveSeries s;
    StatsSnapshot w;
    LatencyHistogram h;
    recordMs(&w, &h, { { 98, 1.0 }, { 2, 50.0 } });
    QVERIFY(s.add(0.1, { w }));
    recordMs(&w, &h, { { 100, 10.0 } });
    QVERIFY(s.add(0.2, { w }));
    const QList<QPointF> &p50 = s.points(Metric::P50Ms);
    const QList<QPointF> &p99 = s.points(Metric::P99Ms);
    QCOMPARE(p50.size(), 2);
    QCOMPARE(p99.size(), 2);
    // Buckets are within 1/16 of their value.
    QVERIFY2(near(p50[0].y(), 1.0, 0.07), qPrintable(QString::number(p50[0].y())));
    QVERIFY2(near(p99[0].y(), 50.0, 0.07), qPrintable(QString::number(p99[0].y())));
    // The cumulative histogram's median would still be 1 ms: the interval's own is 10.
    QVERIFY2(near(p50[1].y(), 10.0, 0.07), qPrintable(QString::number(p50[1].y())));
    QVERIFY2(near(p99[1].y(), 10.0, 0.07), qPrintable(QString::number(p99[1].y())));
    QCOMPARE(s.points(Metric::P99Ms, 0).size(), 2); // the only worker is the total
    QVERIFY(near(s.points(Metric::P99Ms, 0)[0].y(), p99[0].y(), 1e-4));
}

// Issue 14 item 9: a latency line was drawn straight across intervals without operations.
// Such an interval has no latency: the line breaks off there (one NaN point, not one per
// empty interval), and a line that has not begun gets none.
void TestLiveSeries::intervalsWithoutOperationsAreALatencyGap()
{
    LiveSeries s;
    StatsSnapshot w;
    LatencyHistogram h;
    recordMs(&w, &h, { { 10, 2.0 } });
    s.add(0.1, { w });
    s.add(0.2, { w }); // nothing happened
    s.add(0.3, { w });
    recordMs(&w, &h, { { 10, 4.0 } });
    s.add(0.4, { w });
    QCOMPARE(s.points(Metric::Ops).size(), 4);
    const QList<double> ops = ysOf(s.points(Metric::Ops));
    QVERIFY(near(ops[0], 100) && ops[1] == 0 && ops[2] == 0 && near(ops[3], 100));
    for (Metric m : { Metric::P50Ms, Metric::P99Ms }) {
        const QList<QPointF> &line = s.points(m);
        QCOMPARE(line.size(), 3);
        QCOMPARE(line[0].x(), 0.1);
        QCOMPARE(line[1].x(), 0.2);
        QVERIFY(std::isnan(line[1].y()));
        QCOMPARE(line[2].x(), 0.4);
        QVERIFY(near(line[2].y(), 4.0, 0.07));
    }
    // A worker that never completed anything has no latency line at all.
    LiveSeries idle;
    idle.add(0.1, { StatsSnapshot() });
    idle.add(0.2, { StatsSnapshot() });
    QVERIFY(idle.points(Metric::P99Ms).isEmpty());
}

void TestLiveSeries::errorClassesAppearWithZerosBefore()
{
    const LiveSeries s = twoWorkerSeries();
    QVERIFY(s.anyErrors());
    QVERIFY(s.occurred(ErrorClass::BusyTimeout));
    QVERIFY(!s.occurred(ErrorClass::BusyBegin));
    QVERIFY(s.errorPoints(ErrorClass::BusyBegin).isEmpty());
    const QList<QPointF> &timeouts = s.errorPoints(ErrorClass::BusyTimeout);
    QCOMPARE(timeouts.size(), 3);
    QCOMPARE(timeouts[0].x(), 0.1);
    QVERIFY(near(timeouts[2].y(), 30.0));
    QCOMPARE(ysOf(timeouts).mid(0, 2), (QList<double> { 0, 0 }));
    QCOMPARE(s.errorPoints(ErrorClass::BusyTimeout, 0).size(), 3);
    QCOMPARE(ysOf(s.errorPoints(ErrorClass::BusyTimeout, 1)), QList<double>(3, 0.0));

    LiveSeries clean;
    clean.add(0.1, { StatsSnapshot() });
    QVERIFY(!clean.anyErrors());
    for (int c = 0; c < ErrorClassCount; ++c)
        QVERIFY(clean.errorPoints(ErrorClass(c)).isEmpty());
}

void TestLiveSeries::recentCoversTheLastSecond()
{
    LiveSeries s;
    QCOMPARE(s.recent().seconds, 0.0);
    StatsSnapshot a, b;
    LatencyHistogram h;
    for (int i = 1; i <= 30; ++i) {
        // 100 ops per 0.1 s on worker 1 for the first 2 s, then 10; worker 2 waits all along.
        recordMs(&a, &h, { { i <= 20 ? 100 : 10, i <= 20 ? 1.0 : 8.0 } });
        a.tx = a.ops;
        b.lockWaitTicks = ticksOfMs(100.0 * i);
        QVERIFY(s.add(0.1 * i, { a, b }));
    }
    const LiveSeries::Recent r = s.recent();
    QVERIFY2(r.seconds >= 0.99 && r.seconds <= 1.11, qPrintable(QString::number(r.seconds)));
    QVERIFY2(near(r.opsPerS, 100.0, 0.11), qPrintable(QString::number(r.opsPerS)));
    QVERIFY(near(r.commitsPerS, r.opsPerS));
    QVERIFY2(near(r.lockWaiting, 1.0, 1e-3), qPrintable(QString::number(r.lockWaiting)));
    QCOMPARE(r.appWaiting, 0.0);
    QVERIFY(r.hasLatency);
    QVERIFY2(near(r.p99Ms, 8.0, 0.07), qPrintable(QString::number(r.p99Ms)));
}

void TestLiveSeries::refusesEmptyAndBackwardSamples()
{
    LiveSeries s;
    QVERIFY(!s.add(0.1, {}));
    StatsSnapshot w;
    w.ops = 5;
    QVERIFY(!s.add(0.0, { w })); // not after the start
    QVERIFY(s.add(0.1, { w }));
    w.ops = 10;
    QVERIFY(!s.add(0.1, { w })); // a zero-length interval has no rate
    QVERIFY(!s.add(0.05, { w }));
    QCOMPARE(s.sampleCount(), 1);
    QVERIFY(s.add(0.2, { w })); // the refused counters were kept for the next interval
    QVERIFY(near(s.points(Metric::Ops).constLast().y(), 50.0));
    s.clear();
    QCOMPARE(s.sampleCount(), 0);
    QVERIFY(s.points(Metric::Ops).isEmpty());
    QCOMPARE(s.workerCount(), 0);
}

void TestLiveSeries::tenMinutesAtTenHertz()
{
    // 6,000 samples of 8 busy workers: every series holds one point per sample (latency
    // too: each interval has operations), and a sample costs at the end what it did at the
    // start. Compared are the quickest of the first and of the last 200 samples: the fastest
    // of many is what the code costs, whatever else the machine does (a copy of every
    // series at each sample would make the last ones about 100 times dearer).
    constexpr int Workers = 8, Samples = 6000, Window = 200;
    LiveSeries s;
    std::vector<StatsSnapshot> w(Workers);
    std::vector<LatencyHistogram> h(Workers);
    QElapsedTimer timer;
    timer.start();
    qint64 quickestFirstNs = std::numeric_limits<qint64>::max(), quickestLastNs = quickestFirstNs;
    for (int i = 1; i <= Samples; ++i) {
        for (int k = 0; k < Workers; ++k) {
            recordMs(&w[std::size_t(k)], &h[std::size_t(k)], { { 50, 0.5 + k } });
            w[std::size_t(k)].errors[std::size_t(ErrorClass::BusyBegin)] += i % 100 == 0;
        }
        const qint64 before = timer.nsecsElapsed();
        QVERIFY(s.add(0.1 * i, w));
        const qint64 took = timer.nsecsElapsed() - before;
        if (i <= Window)
            quickestFirstNs = std::min(quickestFirstNs, took);
        else if (i > Samples - Window)
            quickestLastNs = std::min(quickestLastNs, took);
    }
    QVERIFY2(quickestLastNs < 10 * quickestFirstNs + 50000,
        qPrintable(QStringLiteral("quickest sample: %1 ns of the first %3, %2 ns of the last")
                       .arg(quickestFirstNs)
                       .arg(quickestLastNs)
                       .arg(Window)));
    for (int k = LiveSeries::Total; k < Workers; ++k) {
        QCOMPARE(s.points(Metric::Ops, k).size(), Samples);
        QCOMPARE(s.points(Metric::P99Ms, k).size(), Samples);
        QCOMPARE(s.errorPoints(ErrorClass::BusyBegin, k).size(), Samples);
    }
    QVERIFY(near(s.points(Metric::Ops).constLast().y(), 50.0 * Workers / 0.1, 1e-6));
}

void TestLiveSeries::closingIntervalFoldsWhenShort_data()
{
    QTest::addColumn<double>("endS");
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("lastRate");
    // Samples at 0.1 and 0.2 s of 10 ops each (100/s); 3 more ops before the end; a
    // 400 ms wait credited at the end.
    QTest::newRow("short: folded into the last") << 0.21 << 2 << 13 / 0.11;
    QTest::newRow("half an interval or more: its own") << 0.26 << 3 << 3 / 0.06;
}

void TestLiveSeries::closingIntervalFoldsWhenShort()
{
    QFETCH(double, endS);
    QFETCH(int, samples);
    QFETCH(double, lastRate);
    LiveSeries s;
    StatsSnapshot w;
    LatencyHistogram h;
    recordMs(&w, &h, { { 10, 1.0 } });
    s.add(0.1, { w });
    recordMs(&w, &h, { { 10, 1.0 } });
    s.add(0.2, { w });
    recordMs(&w, &h, { { 3, 400.0 } });
    w.lockWaitTicks = ticksOfMs(400);
    w.errors[std::size_t(ErrorClass::BusySnapshot)] = 1;
    QVERIFY(s.close(endS, { w }));
    QCOMPARE(s.sampleCount(), samples);
    QVERIFY(!s.close(endS, { w })); // once
    for (int k : { LiveSeries::Total, 0 }) {
        for (Metric m : { Metric::Ops, Metric::Commits, Metric::LockWait, Metric::Errors, Metric::P99Ms })
            QCOMPARE(s.points(m, k).size(), samples);
        QCOMPARE(s.errorPoints(ErrorClass::BusySnapshot, k).size(), samples);
        QCOMPARE(s.points(Metric::Ops, k).constLast().x(), endS);
        QVERIFY2(near(s.points(Metric::Ops, k).constLast().y(), lastRate),
            qPrintable(QString::number(s.points(Metric::Ops, k).constLast().y())));
    }
    // Rates times intervals still give every operation and the whole wait.
    double ops = 0, waited = 0, previous = 0;
    for (int i = 0; i < samples; ++i) {
        const double dt = s.points(Metric::Ops)[i].x() - previous;
        ops += s.points(Metric::Ops)[i].y() * dt;
        waited += s.points(Metric::LockWait)[i].y() * dt;
        previous = s.points(Metric::Ops)[i].x();
    }
    QCOMPARE(std::llround(ops), 23LL);
    QVERIFY(near(waited, 0.4, 1e-4));
    QVERIFY(near(s.points(Metric::P99Ms).constLast().y(), 400.0, 0.07));
    // recent() saw the fold too: 23 operations over 0.21 or 0.26 s.
    QVERIFY(near(s.recent().opsPerS, 23 / endS, 1e-9));
}

void TestLiveSeries::fromRunJsonOfARealRun()
{
    QTemporaryDir dir;
    Scenario sc;
    sc.name = QStringLiteral("liveseries");
    sc.databasePath = dir.filePath(QStringLiteral("t.db"));
    sc.workers = 2;
    sc.opsPerWorker = 500;
    sc.rate = 2500; // about 0.4 s: several 100 ms samples
    RunResult r;
    QString why;
    QVERIFY2(LoadEngine::runBlocking(sc, &r, &why, 100), qPrintable(why));
    QVERIFY(r.series.size() >= 2);
    const QJsonObject json = r.toJson();
    const LiveSeries s = LiveSeries::fromRunJson(json);

    QCOMPARE(s.workerNames(), (QStringList { r.workers[0].name, r.workers[1].name }));
    QVERIFY(s.hasScenario());
    QCOMPARE(s.scenario().name, sc.name);
    QCOMPARE(s.scenario().workers, 2);
    QCOMPARE(s.workerCount(), 2);
    // Latency points: one per interval with operations, and one gap (NaN) where a line that
    // has begun meets an interval without any (a stalled machine can leave one mid-run).
    int withInterval = 0, withOps = 0, latencyPoints = 0;
    bool inGap = false;
    for (const SeriesPoint &p : r.series) {
        // As stored: to the microsecond. (Counting to the millisecond missed a closing interval
        // under half a millisecond, which the series keeps: about one run in 200.)
        const bool stored = std::round(p.intervalS * 1e6) > 0;
        withInterval += stored;
        withOps += stored && p.ops > 0;
        if (stored && p.ops > 0) {
            ++latencyPoints;
            inGap = false;
        } else if (stored && latencyPoints > 0 && !inGap) {
            ++latencyPoints;
            inGap = true;
        }
    }
    QCOMPARE(s.sampleCount(), withInterval);
    QCOMPARE(s.points(Metric::Ops).size(), withInterval);
    QCOMPARE(s.points(Metric::P99Ms).size(), latencyPoints);
    QCOMPARE(s.points(Metric::Ops, 1).size(), withInterval);
    QCOMPARE(s.points(Metric::LockWait, 0).size(), withInterval);
    QCOMPARE(s.points(Metric::AppWait, 1).size(), withInterval);
    QCOMPARE(s.points(Metric::BusyEvents, 1).size(), withInterval);
    QCOMPARE(s.points(Metric::Errors, 0).size(), withInterval);
    const QList<QPointF> &workerP99 = s.points(Metric::P99Ms, 0);
    QVERIFY(!workerP99.isEmpty());
    const auto measured = std::count_if(workerP99.begin(), workerP99.end(), [](const QPointF &p) { return !std::isnan(p.y()); });
    QVERIFY(measured <= withOps); // none for an interval without operations
    QVERIFY(!s.anyErrors());

    // Rate times interval gives back every committed operation, in total and per worker.
    const QJsonArray stored = json.value(QLatin1String("series")).toArray();
    double total = 0, perWorker[2] = { 0, 0 };
    int i = 0;
    for (const QJsonValue &v : stored) {
        const double dt = v.toObject().value(QLatin1String("interval_s")).toDouble();
        if (!(dt > 0))
            continue;
        total += s.points(Metric::Ops)[i].y() * dt;
        for (int w = 0; w < 2; ++w)
            perWorker[w] += s.points(Metric::Ops, w)[i].y() * dt;
        ++i;
    }
    QCOMPARE(std::llround(total), qint64(r.total.ops));
    QCOMPARE(std::llround(total), qint64(1000));
    QCOMPARE(std::llround(perWorker[0]), qint64(r.workers[0].stats.ops));
    QCOMPARE(std::llround(perWorker[1]), qint64(r.workers[1].stats.ops));
    for (const QPointF &p : s.points(Metric::P99Ms))
        QVERIFY(p.y() > 0);

    QCOMPARE(LiveSeries::fromRunJson(QJsonObject()).sampleCount(), 0); // nothing there, no crash
    QVERIFY(!LiveSeries::fromRunJson(QJsonObject()).hasScenario());
}

namespace {


// The sum of rate * interval over a line: what it counts in all.
double integral(const QList<QPointF> &line, const std::vector<double> &intervals)
{
    double sum = 0;
    for (qsizetype i = 0; i < line.size() && std::size_t(i) < intervals.size(); ++i)
        sum += line[i].y() * intervals[std::size_t(i)];
    return sum;
}

std::vector<double> intervalsOf(const QJsonObject &json)
{
    std::vector<double> v;
    for (const QJsonValue &p : json.value(QLatin1String("series")).toArray()) {
        const double dt = p.toObject().value(QLatin1String("interval_s")).toDouble();
        if (dt > 0)
            v.push_back(dt);
    }
    return v;
}

} // namespace

void TestLiveSeries::fromRunJsonKeepsWaitsAndErrorClasses()
{
    // Regression: a stored run kept totals and per-worker operations only, so a stored or
    // compared run showed no errors by class and no waits per worker.
    QTemporaryDir dir;
    RunResult r;
    QString why;
    QVERIFY2(Fixture::lockedOutRun(dir, 300, &r, &why), qPrintable(why));
    const auto timeouts = std::size_t(ErrorClass::BusyTimeout);
    QCOMPARE(r.total.errors[timeouts], quint64(2));
    QCOMPARE(r.total.errorTotal(), quint64(2));
    const QJsonObject json = r.toJson();
    const LiveSeries s = LiveSeries::fromRunJson(json);
    const std::vector<double> dt = intervalsOf(json);
    QCOMPARE(s.sampleCount(), int(dt.size()));
    QCOMPARE(s.workerCount(), 2);

    QVERIFY(s.anyErrors());
    QVERIFY(s.occurred(ErrorClass::BusyTimeout));
    QVERIFY(!s.occurred(ErrorClass::BusyBegin));
    QVERIFY(s.errorPoints(ErrorClass::BusyBegin).isEmpty());
    QCOMPARE(s.errorPoints(ErrorClass::BusyTimeout).size(), s.sampleCount()); // zeros before the first
    QCOMPARE(std::llround(integral(s.errorPoints(ErrorClass::BusyTimeout), dt)), 2LL);
    for (int w = 0; w < 2; ++w) {
        const StatsSnapshot &stats = r.workers[std::size_t(w)].stats;
        QCOMPARE(s.errorPoints(ErrorClass::BusyTimeout, w).size(), s.sampleCount());
        QCOMPARE(std::llround(integral(s.errorPoints(ErrorClass::BusyTimeout, w), dt)), 1LL);
        QCOMPARE(std::llround(integral(s.points(Metric::Errors, w), dt)), 1LL);
        QCOMPARE(std::llround(integral(s.points(Metric::BusyEvents, w), dt)), qint64(stats.busyEvents));
        const double waited = Clock::toSeconds(stats.lockWaitTicks);
        QVERIFY2(waited > 0.25, qPrintable(QString::number(waited)));
        QVERIFY2(std::abs(integral(s.points(Metric::LockWait, w), dt) - waited) < 1e-4,
            qPrintable(
                QStringLiteral("%1 vs %2").arg(integral(s.points(Metric::LockWait, w), dt)).arg(waited)));
        QCOMPARE(s.points(Metric::AppWait, w).size(), s.sampleCount());
        QVERIFY(s.points(Metric::P99Ms, w).isEmpty()); // nothing completed: no latency points
    }
}

void TestLiveSeries::fromRunJsonOfAnOlderRun()
{
    // A run stored before the series kept classes and per-worker waits: those lines are
    // absent, not zeros that were never measured; the totals still show.
    QTemporaryDir dir;
    RunResult r;
    QString why;
    QVERIFY2(Fixture::lockedOutRun(dir, 300, &r, &why), qPrintable(why));
    QJsonObject json = r.toJson();
    QJsonArray old;
    for (const QJsonValue &v : json.value(QLatin1String("series")).toArray()) {
        QJsonObject p = v.toObject();
        for (const char *key : { "errors_by_class", "worker_lock_wait_s", "worker_app_wait_s",
                 "worker_busy_events", "worker_p99_ms", "worker_errors" })
            p.remove(QLatin1String(key));
        old.append(p);
    }
    json.insert(QStringLiteral("series"), old);
    const LiveSeries s = LiveSeries::fromRunJson(json);
    const std::vector<double> dt = intervalsOf(json);
    QCOMPARE(s.sampleCount(), int(dt.size()));
    QVERIFY(s.anyErrors());
    QCOMPARE(std::llround(integral(s.points(Metric::Errors), dt)), 2LL);
    QVERIFY(s.points(Metric::LockWait).size() == s.sampleCount());
    for (int c = 0; c < ErrorClassCount; ++c) {
        QVERIFY(!s.occurred(ErrorClass(c)));
        QVERIFY(s.errorPoints(ErrorClass(c)).isEmpty());
    }
    for (int w = 0; w < 2; ++w) {
        QCOMPARE(s.points(Metric::Ops, w).size(), s.sampleCount());
        for (Metric m :
            { Metric::LockWait, Metric::AppWait, Metric::BusyEvents, Metric::P99Ms, Metric::Errors })
            QVERIFY(s.points(m, w).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestLiveSeries)
#include "tst_liveseries.moc"
