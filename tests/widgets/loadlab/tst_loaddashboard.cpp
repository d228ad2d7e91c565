// SPDX-License-Identifier: GPL-3.0-or-later
// The live load dashboard driven by real runs: charts filled from the samples (and adding
// up to the run's totals), a lane per connection in the lock timeline, the verification
// banner, stopping, refusing a bad scenario, saying why locks were not recorded, worker
// lines on and off, starting again, a stored run, and going away mid-run. With
// LOCKLENS_DASHBOARD_PNG=/path/name it saves name-running.png, name-finished.png,
// name-stopped.png, name-memory.png and name-refused.png (1400×900) to look at.
#include "app/core/liveseries.h"
#include "widgets/loadlab/loaddashboard.h"
#include "widgets/loadlab/locktimelineview.h"
#include "widgets/loadlab/serieschart.h"
#include "workers/engine.h"

#include <QValueAxis>
#include <QChart>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace LockLens;
using Chart = LoadDashboard::Chart;
using Metric = LiveSeries::Metric;

class TestLoadDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QSqlDatabase::drivers(); }
    void realRunFillsChartsTimelineAndBanner();
    void stopEndsTheRunEarly();
    void failureAfterStartIsShown();
    void refusedScenario_data();
    void refusedScenario();
    void saysWhenLocksAreNotRecorded_data();
    void saysWhenLocksAreNotRecorded();
    void togglingAWorkerHidesItsLines();
    void startingAgainClearsEverything();
    void showsAStoredRun();
    void destroyingWhileRunningStopsTheRun();
};

namespace {

Scenario fileScenario(const QTemporaryDir &dir, int workers, double durationS)
{
    Scenario sc;
    sc.name = QStringLiteral("dashboard test");
    sc.databasePath = dir.filePath(QStringLiteral("load.db"));
    sc.journalMode = QStringLiteral("wal");
    sc.workers = workers;
    sc.durationS = durationS;
    return sc;
}

void savePng(QWidget *w, const char *suffix)
{
    const QString base = qEnvironmentVariable("LOCKLENS_DASHBOARD_PNG");
    if (base.isEmpty())
        return;
    const QString path = base + QLatin1Char('-') + QLatin1String(suffix) + QStringLiteral(".png");
    QVERIFY2(w->grab().save(path), qPrintable(path));
    qInfo("saved %s", qPrintable(path));
}

std::unique_ptr<LoadDashboard> shownDashboard()
{
    auto dash = std::make_unique<LoadDashboard>();
    dash->resize(1400, 900);
    dash->show();
    return dash;
}

// The index of the chart's series called `name`, or -1.
int seriesNamed(const SeriesChart *c, const QString &name)
{
    for (int i = 0; i < c->seriesCount(); ++i)
        if (c->seriesName(i) == name)
            return i;
    return -1;
}

QString bannerOf(const LoadDashboard &dash)
{
    const auto *banner = dash.findChild<QLabel *>(QStringLiteral("banner"));
    return banner && banner->isVisible() ? banner->text() : QString();
}

QLabel *timelineMessage(const LoadDashboard &dash)
{
    return dash.findChild<QLabel *>(QStringLiteral("timelineMessage"));
}

// Waits for finished() and returns the result.
bool waitFinished(QSignalSpy &spy, RunResult *r, int ms = 60000)
{
    if (spy.isEmpty() && !spy.wait(ms))
        return false;
    *r = spy.first().first().value<RunResult>();
    return true;
}

// The lock waits chart shows the series' waits in ms per second, point for point, up to
// the run's end (the last point may have been replaced when the closing interval folded).
bool waitsMatch(const LoadDashboard &dash)
{
    const SeriesChart *waits = dash.chart(Chart::LockWaits);
    const QList<QPointF> &drawn
        = waits->points(seriesNamed(waits, QStringLiteral("SQLite lock wait (ms/s)")));
    const QList<QPointF> &source = dash.series().points(Metric::LockWait);
    if (drawn.size() != source.size() || source.isEmpty()) {
        qWarning("%lld points drawn, %lld in the series", qint64(drawn.size()), qint64(source.size()));
        return false;
    }
    for (qsizetype i = 0; i < source.size(); ++i) {
        if (drawn[i].x() != source[i].x()
            || std::abs(drawn[i].y() - source[i].y() * 1000) > 1e-9 * drawn[i].y()) {
            qWarning("point %lld: (%g, %g) drawn for (%g, %g)", qint64(i), drawn[i].x(), drawn[i].y(),
                source[i].x(), source[i].y());
            return false;
        }
    }
    return source.constLast().x() == dash.series().points(Metric::Ops).constLast().x();
}

double maxY(const QList<QPointF> &points)
{
    double m = 0;
    for (const QPointF &p : points)
        m = std::max(m, p.y());
    return m;
}

} // namespace

void TestLoadDashboard::realRunFillsChartsTimelineAndBanner()
{
    QTemporaryDir dir;
    // Long enough for any machine: stopped once the charts hold a dozen samples (a timer of
    // the GUI thread takes them, which a sanitizer build on a busy machine fires late).
    const Scenario sc = fileScenario(dir, 4, 120);
    auto dash = shownDashboard();
    QSignalSpy started(dash.get(), &LoadDashboard::started);
    QSignalSpy finished(dash.get(), &LoadDashboard::finished);
    QString why;
    QVERIFY2(dash->start(sc, &why), qPrintable(why));
    QCOMPARE(started.size(), 1);
    QVERIFY(dash->isRunning());
    QVERIFY(bannerOf(*dash).isEmpty());
    // Mid-run: the charts are being drawn already.
    QTRY_VERIFY_WITH_TIMEOUT(dash->series().sampleCount() >= 12, 100000);
    QTRY_VERIFY(dash->chart(Chart::Throughput)->drawnPointCount(0) >= 5);
    QVERIFY(dash->isRunning());
    savePng(dash.get(), "running");
    dash->stop();

    RunResult r;
    QVERIFY(waitFinished(finished, &r));
    QVERIFY(!dash->isRunning());
    QVERIFY2(r.ok(), qPrintable(bannerOf(*dash)));

    // Every chart has its total line, drawn, with positive values.
    const LiveSeries &s = dash->series();
    QVERIFY2(s.sampleCount() >= 12, qPrintable(QString::number(s.sampleCount())));
    const struct
    {
        Chart chart;
        QString name;
    } totals[] = { { Chart::Throughput, QStringLiteral("operations/s") },
        { Chart::Throughput, QStringLiteral("commits/s") },
        { Chart::LockWaits, QStringLiteral("SQLite lock wait (ms/s)") },
        { Chart::LockWaits, QStringLiteral("busy events/s") }, { Chart::Latency, QStringLiteral("p50") },
        { Chart::Latency, QStringLiteral("p99") } };
    for (const auto &t : totals) {
        const SeriesChart *c = dash->chart(t.chart);
        const int i = seriesNamed(c, t.name);
        QVERIFY2(i >= 0, qPrintable(t.name));
        QVERIFY2(c->points(i).size() >= 10, qPrintable(t.name));
        QVERIFY2(c->drawnPointCount(i) > 0, qPrintable(t.name));
        QVERIFY2(maxY(c->points(i)) > 0, qPrintable(t.name));
    }
    // Four workers contend for the write lock: the waits are real, shown in ms per second.
    QVERIFY(waitsMatch(*dash));
    QCOMPARE(dash->chart(Chart::Throughput)->points(0), s.points(Metric::Ops));
    // The series adds up to the run's totals: the last counters went in after the last sample.
    double ops = 0, previous = 0;
    for (const QPointF &p : s.points(Metric::Ops)) {
        ops += p.y() * (p.x() - previous);
        previous = p.x();
    }
    QCOMPARE(std::llround(ops), qint64(r.total.ops));
    // The last point is the load's end (give or take the clock's recalibration).
    QVERIFY(std::abs(s.points(Metric::Ops).constLast().x() - r.durationS) < 1e-3);
    // No errors: the errors chart says so.
    QCOMPARE(dash->chart(Chart::Errors)->seriesCount(), 0);
    QVERIFY2(dash->chart(Chart::Errors)->chart()->title().contains(QLatin1String("none")),
        qPrintable(dash->chart(Chart::Errors)->chart()->title()));
    // With no line of its own, its time axis is the run's, as the other charts' are.
    QCOMPARE(dash->chart(Chart::Errors)->xAxis()->max(), dash->chart(Chart::Throughput)->xAxis()->max());
    QVERIFY(dash->chart(Chart::Errors)->xAxis()->max() >= r.durationS * 0.98);

    // A lane per connection (the four workers and the control connection), each worker's
    // with intervals.
    const auto &lanes = dash->timeline().lanes();
    QCOMPARE(int(lanes.size()), int(r.lockTimeline.size()));
    int workerLanes = 0;
    for (const auto &lane : lanes) {
        if (!lane.worker.startsWith(QLatin1String("worker")))
            continue;
        ++workerLanes;
        QVERIFY2(!lane.file.empty(), qPrintable(lane.worker));
    }
    QCOMPARE(workerLanes, 4);
    QVERIFY(dash->timelineView()->isVisible());
    QVERIFY(!timelineMessage(*dash)->isVisible());
    // The time axis ends where the run ended, not when the verification's locks were read
    // (issue 14 item 9: a 3 s run's axis ran to 4 s).
    QCOMPARE(dash->timeline().endS(), r.durationS);
    QCOMPARE(dash->timelineView()->toS(), r.durationS);

    const QString banner = bannerOf(*dash);
    // (Stopped once the charts were full; the banner's words for each ending: tst_dashboardtext.)
    QVERIFY2(banner.contains(QStringLiteral("— verified:")), qPrintable(banner));
    QVERIFY2(banner.contains(QLatin1String("0 lost, integrity ok")), qPrintable(banner));
    QVERIFY2(
        banner.contains(QLocale().toString(double(r.verification.rowsPresent), 'f', 0)), qPrintable(banner));
    QCOMPARE(dash->findChild<QListWidget *>(QStringLiteral("workers"))->count(), 4);
    savePng(dash.get(), "finished");
}

void TestLoadDashboard::stopEndsTheRunEarly()
{
    QTemporaryDir dir;
    auto dash = shownDashboard();
    QSignalSpy finished(dash.get(), &LoadDashboard::finished);
    QString why;
    QVERIFY2(dash->start(fileScenario(dir, 2, 60), &why), qPrintable(why));
    // Stop just after a sample that has been drawn: the closing interval is short, so
    // LiveSeries::close() folds it into that sample and the charts must redraw the
    // replaced last point (regression: the ms/s lines kept the point from before).
    QTRY_VERIFY_WITH_TIMEOUT(dash->series().sampleCount() >= 3, 20000); // two may arrive at once
    QSignalSpy failed(dash.get(), &LoadDashboard::failed);
    QVERIFY(!dash->start(fileScenario(dir, 1, 1), &why)); // one run at a time
    QCOMPARE(why, QStringLiteral("a run is already in progress"));
    QCOMPARE(failed.size(), 0); // the run on show did not fail
    QVERIFY(bannerOf(*dash).isEmpty());
    QCOMPARE(dash->series().workerCount(), 2);
    dash->refreshCharts();
    const int beforeStop = dash->series().sampleCount();
    dash->stop();
    RunResult r;
    QVERIFY(waitFinished(finished, &r, 20000));
    // Samples still come in while the workers stop (on a busy machine several), and the
    // closing interval is folded into the last or is one more (LiveSeries' rule, pinned in
    // tst_liveseries). Either way the series ends at the run's end, and the drawn lines
    // match it.
    QVERIFY(dash->series().sampleCount() >= beforeStop);
    QCOMPARE(dash->series().points(Metric::Ops, LiveSeries::Total).constLast().x(), r.durationS);
    QVERIFY(r.stopped);
    QVERIFY(r.durationS < 30);
    QVERIFY(r.ok());
    const QString banner = bannerOf(*dash);
    QVERIFY2(
        banner.contains(QStringLiteral("Stopped after %1 s").arg(QLocale().toString(r.durationS, 'f', 1))),
        qPrintable(banner));
    QVERIFY2(banner.contains(QLatin1String("0 lost")), qPrintable(banner));
    // The charts keep the stopped run.
    QVERIFY(!dash->chart(Chart::Throughput)->points(0).isEmpty());
    QVERIFY(waitsMatch(*dash));
    savePng(dash.get(), "stopped");
}

void TestLoadDashboard::failureAfterStartIsShown()
{
    // The scenario is valid, but its folder does not exist: the run fails while setting up.
    QTemporaryDir dir;
    Scenario sc = fileScenario(dir, 2, 1);
    sc.databasePath = dir.filePath(QStringLiteral("missing/load.db"));
    auto dash = shownDashboard();
    QSignalSpy failed(dash.get(), &LoadDashboard::failed);
    QSignalSpy finished(dash.get(), &LoadDashboard::finished);
    QString why;
    QVERIFY2(dash->start(sc, &why), qPrintable(why));
    QVERIFY(failed.wait(20000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("does not exist")), qPrintable(message));
    QCOMPARE(finished.size(), 0);
    QVERIFY(!dash->isRunning());
    QVERIFY2(bannerOf(*dash).contains(QLatin1String("The run failed")), qPrintable(bannerOf(*dash)));
    QVERIFY(bannerOf(*dash).contains(message.toHtmlEscaped()));
    QVERIFY(timelineMessage(*dash)->isVisible());
    // It can start again.
    sc.databasePath = dir.filePath(QStringLiteral("load.db"));
    sc.durationS = 0.3;
    QVERIFY2(dash->start(sc, &why), qPrintable(why));
    QVERIFY(bannerOf(*dash).isEmpty());
    RunResult r;
    QVERIFY(waitFinished(finished, &r));
    QVERIFY(r.ok());
}

void TestLoadDashboard::refusedScenario_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("batch");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no workers") << 0 << 1 << QStringLiteral("workers must be from 1 to 1024");
    QTest::newRow("autocommit batch") << 2 << 10 << QStringLiteral("autocommit runs every statement");
}

void TestLoadDashboard::refusedScenario()
{
    QFETCH(int, workers);
    QFETCH(int, batch);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    Scenario sc = fileScenario(dir, workers, 1);
    sc.batch = batch;
    sc.txMode = batch > 1 ? TxMode::Autocommit : TxMode::Immediate;
    auto dash = shownDashboard();
    QSignalSpy started(dash.get(), &LoadDashboard::started);
    QSignalSpy failed(dash.get(), &LoadDashboard::failed);
    QString why;
    QVERIFY(!dash->start(sc, &why));
    QVERIFY2(why.startsWith(reason), qPrintable(why));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), why);
    QCOMPARE(started.size(), 0);
    QVERIFY(!dash->isRunning());
    QVERIFY2(bannerOf(*dash).contains(why.toHtmlEscaped()), qPrintable(bannerOf(*dash)));
    QVERIFY(dash->start(sc, nullptr) == false); // no error pointer: no crash
    if (workers == 0)
        savePng(dash.get(), "refused");
}

void TestLoadDashboard::saysWhenLocksAreNotRecorded_data()
{
    QTest::addColumn<bool>("memory");
    QTest::addColumn<QString>("says");
    QTest::newRow("in-memory database") << true << QStringLiteral("in-memory database takes no file locks");
    QTest::newRow("recording off") << false << QStringLiteral("lock recording is off");
}

void TestLoadDashboard::saysWhenLocksAreNotRecorded()
{
    QFETCH(bool, memory);
    QFETCH(QString, says);
    QTemporaryDir dir;
    Scenario sc = fileScenario(dir, 2, 0);
    sc.opsPerWorker = 300;
    if (memory) {
        sc.databasePath.clear();
        sc.memoryName = QStringLiteral("dashboard");
        sc.journalMode = QStringLiteral("memory");
    } else {
        sc.recordLocks = false;
    }
    auto dash = shownDashboard();
    QSignalSpy finished(dash.get(), &LoadDashboard::finished);
    QString why;
    QVERIFY2(dash->start(sc, &why), qPrintable(why));
    if (!memory) {
        // Recording off: the lanes show the waits the engine measured, and a note says so,
        // from the start.
        const auto *note = dash->findChild<QLabel *>(QStringLiteral("timelineNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(
            note->text().contains(says) && note->text().contains(QLatin1String("waits the engine measured")),
            qPrintable(note->text()));
        RunResult r;
        QVERIFY(waitFinished(finished, &r));
        QVERIFY(r.ok());
        QVERIFY(dash->timelineView()->isVisible());
        QVERIFY(!timelineMessage(*dash)->isVisible());
        QVERIFY(dash->timeline().measuredWaits());
        QCOMPARE(int(dash->timeline().lanes().size()), 2);
        return;
    }
    // Said from the start, not only once the run is over.
    QVERIFY(timelineMessage(*dash)->isVisible());
    QVERIFY2(timelineMessage(*dash)->text().contains(says), qPrintable(timelineMessage(*dash)->text()));
    RunResult r;
    QVERIFY(waitFinished(finished, &r));
    QVERIFY(r.ok());
    QVERIFY(dash->timeline().lanes().empty());
    QVERIFY(!dash->timelineView()->isVisible());
    QVERIFY(timelineMessage(*dash)->isVisible());
    QVERIFY2(timelineMessage(*dash)->text().contains(says), qPrintable(timelineMessage(*dash)->text()));
    QVERIFY(!dash->chart(Chart::Throughput)->points(0).isEmpty());
    if (memory)
        savePng(dash.get(), "memory");
}

void TestLoadDashboard::togglingAWorkerHidesItsLines()
{
    QTemporaryDir dir;
    auto dash = shownDashboard();
    QSignalSpy finished(dash.get(), &LoadDashboard::finished);
    QString why;
    QVERIFY2(dash->start(fileScenario(dir, 3, 0.6), &why), qPrintable(why));
    RunResult r;
    QVERIFY(waitFinished(finished, &r));
    const QString name = r.workers[1].name;
    const Chart withWorkerLines[] = { Chart::Throughput, Chart::LockWaits, Chart::Latency };
    for (Chart c : withWorkerLines) {
        const int i = seriesNamed(dash->chart(c), name);
        QVERIFY(i >= 0);
        QVERIFY(dash->chart(c)->isSeriesVisible(i));
        QVERIFY(dash->chart(c)->drawnPointCount(i) > 0);
    }
    auto *list = dash->findChild<QListWidget *>(QStringLiteral("workers"));
    QCOMPARE(list->item(1)->checkState(), Qt::Checked);

    dash->setWorkerVisible(1, false);
    QVERIFY(!dash->isWorkerVisible(1));
    QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
    for (Chart c : withWorkerLines) {
        const SeriesChart *chart = dash->chart(c);
        const int i = seriesNamed(chart, name);
        QVERIFY(!chart->isSeriesVisible(i));
        QCOMPARE(chart->drawnPointCount(i), 0);
        QVERIFY(chart->isSeriesVisible(seriesNamed(chart, r.workers[0].name))); // the others stay
        QVERIFY(chart->isSeriesVisible(0)); // and so does the total
    }
    dash->refreshCharts(); // a frame does not bring the hidden lines back
    QCOMPARE(
        dash->chart(Chart::Throughput)->drawnPointCount(seriesNamed(dash->chart(Chart::Throughput), name)),
        0);

    list->item(1)->setCheckState(Qt::Checked); // the check box turns it back on
    QVERIFY(dash->isWorkerVisible(1));
    for (Chart c : withWorkerLines) {
        const int i = seriesNamed(dash->chart(c), name);
        QVERIFY(dash->chart(c)->isSeriesVisible(i));
        QVERIFY(dash->chart(c)->drawnPointCount(i) > 0);
    }
}

void TestLoadDashboard::startingAgainClearsEverything()
{
    QTemporaryDir dir;
    auto dash = shownDashboard();
    QSignalSpy finished(dash.get(), &LoadDashboard::finished);
    QString why;
    QVERIFY2(dash->start(fileScenario(dir, 3, 0.5), &why), qPrintable(why));
    RunResult r;
    QVERIFY(waitFinished(finished, &r));
    QVERIFY(!bannerOf(*dash).isEmpty());
    QVERIFY(!dash->timeline().lanes().empty());

    Scenario second = fileScenario(dir, 2, 0.5);
    second.databasePath = dir.filePath(QStringLiteral("second.db"));
    QVERIFY2(dash->start(second, &why), qPrintable(why));
    QVERIFY(bannerOf(*dash).isEmpty());
    QCOMPARE(dash->series().sampleCount(), 0);
    QVERIFY(dash->timeline().lanes().empty());
    QVERIFY(dash->chart(Chart::Throughput)->points(0).isEmpty());
    QCOMPARE(seriesNamed(dash->chart(Chart::Throughput), r.workers[2].name), -1);
    QCOMPARE(dash->findChild<QListWidget *>(QStringLiteral("workers"))->count(), 2);
    finished.clear();
    QVERIFY(waitFinished(finished, &r));
    QCOMPARE(int(r.workers.size()), 2);
    QVERIFY(!dash->chart(Chart::Throughput)->points(0).isEmpty());
}

void TestLoadDashboard::showsAStoredRun()
{
    QTemporaryDir dir;
    Scenario sc = fileScenario(dir, 2, 0);
    sc.opsPerWorker = 400;
    sc.rate = 2000;
    RunResult r;
    QString why;
    QVERIFY2(LoadEngine::runBlocking(sc, &r, &why, 100), qPrintable(why));
    const LiveSeries stored = LiveSeries::fromRunJson(r.toJson());
    auto dash = shownDashboard();
    dash->showHistory(stored);
    QVERIFY(!dash->isRunning());
    const SeriesChart *throughput = dash->chart(Chart::Throughput);
    QCOMPARE(throughput->points(0), stored.points(Metric::Ops));
    QVERIFY(throughput->drawnPointCount(0) > 0);
    const int worker = seriesNamed(throughput, r.workers[1].name);
    QVERIFY(worker >= 0);
    QCOMPARE(throughput->points(worker), stored.points(Metric::Ops, 1));
    QVERIFY(timelineMessage(*dash)->isVisible());
    QVERIFY(dash->chart(Chart::Errors)->chart()->title().contains(QLatin1String("none")));
    QVERIFY(bannerOf(*dash).isEmpty());
}

void TestLoadDashboard::destroyingWhileRunningStopsTheRun()
{
    QTemporaryDir dir;
    auto dash = shownDashboard();
    QString why;
    QVERIFY2(dash->start(fileScenario(dir, 4, 60), &why), qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(dash->series().sampleCount() >= 3, 20000);
    QVERIFY(dash->isRunning());
    QElapsedTimer timer;
    timer.start();
    dash.reset();
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QTest::qWait(50); // nothing queued for the dashboard arrives after it is gone
    // The load is over: the table no longer grows.
    const auto rows = [&dir] {
        qint64 n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(dir.filePath(QStringLiteral("load.db")));
            if (db.open()) {
                QSqlQuery q(QStringLiteral("SELECT count(*) FROM locklens_load"), db);
                if (q.next())
                    n = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return n;
    };
    const qint64 before = rows();
    QVERIFY(before > 0);
    QTest::qWait(200);
    QCOMPARE(rows(), before);
}

QTEST_MAIN(TestLoadDashboard)
#include "tst_loaddashboard.moc"
