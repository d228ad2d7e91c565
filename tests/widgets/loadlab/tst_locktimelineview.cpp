// SPDX-License-Identifier: GPL-3.0-or-later
// The lock timeline view fed by a real contended run: it draws the write lock in each
// worker's lane, says what is under the mouse, zooms around the mouse and pans. With
// LOCKLENS_TIMELINE_PNG=/path/name it saves name-<journal>.png to look at.
#include "app/core/locktimeline.h"
#include "tests/fixtures/followrun.h"
#include "widgets/loadlab/locktimelinepanel.h"
#include "widgets/loadlab/locktimelineview.h"
#include "workers/currentstatement.h"
#include "workers/engine.h"
#include "workers/postgres/lockwait.h"
#include "workers/recorder/clock.h"
#include "workers/waitlog.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace LockLens;
using LockTrace::Lock;

class TestLockTimelineView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QSqlDatabase::drivers(); }
    void drawsARealRun_data();
    void drawsARealRun();
    void emptyTimelineSaysSo();
    void hoverNamesTheStatementRunning();
    void legendListsOnlyWhatIsDrawn_data();
    void legendListsOnlyWhatIsDrawn();
    void lanesAreNamedAsTheWorkerList_data();
    void lanesAreNamedAsTheWorkerList();
    void timeAxisStaysInViewWithManyLanes();
    void hoverSaysWhatASampledWaitWasFor();
};

namespace {

// Pixels of colour c in rows [fromY, toY); by default below the legend (which shows every
// colour once).
int pixelsOf(const QImage &image, const QColor &c, int fromY = 24, int toY = -1)
{
    int n = 0;
    for (int y = fromY; y < (toY < 0 ? image.height() : toY); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y) == c;
    return n;
}

const Lock ColouredLocks[]
    = { Lock::Shared, Lock::Reserved, Lock::Pending, Lock::Exclusive, Lock::WalWrite, Lock::WalCheckpoint };

} // namespace

void TestLockTimelineView::drawsARealRun_data()
{
    QTest::addColumn<QString>("journal");
    QTest::newRow("rollback journal") << QStringLiteral("delete");
    QTest::newRow("wal") << QStringLiteral("wal");
}

void TestLockTimelineView::drawsARealRun()
{
    QFETCH(QString, journal);
    QTemporaryDir dir;
    Scenario sc;
    sc.databasePath = dir.filePath(QStringLiteral("t.db"));
    sc.journalMode = journal;
    sc.synchronous = QStringLiteral("full");
    sc.workers = 4;
    sc.opsPerWorker = 150;
    sc.readBeforeWrite = journal == QLatin1String("delete"); // readers keep SHARED: writers wait in PENDING
    LockTimeline timeline;
    RunResult result;
    QString why;
    QVERIFY2(Fixture::followRun(sc, &timeline, &result, &why), qPrintable(why));

    LockTimelineView view;
    view.setTimeline(&timeline);
    view.resize(900, 240);
    const Lock writeLock = journal == QLatin1String("wal") ? Lock::WalWrite : Lock::Exclusive;
    const QImage shot = view.grab().toImage();
    QVERIFY(pixelsOf(shot, lockColor(writeLock)) > 0);
    if (const QByteArray png = qgetenv("LOCKLENS_TIMELINE_PNG"); !png.isEmpty())
        QVERIFY(shot.save(QString::fromLocal8Bit(png) + QLatin1Char('-') + journal + QStringLiteral(".png")));

    // Hovering over a worker's write lock names it.
    int lane = -1;
    const LockTimeline::Interval *held = nullptr;
    for (std::size_t i = 0; i < timeline.lanes().size() && !held; ++i) {
        const auto &l = timeline.lanes()[i];
        if (writeLock == Lock::Exclusive) {
            for (const auto &iv : l.file)
                if (iv.lock == Lock::Exclusive && !held) {
                    held = &iv;
                    lane = int(i);
                }
        } else if (!l.walWrite.empty()) {
            held = &l.walWrite.front();
            lane = int(i);
        }
    }
    QVERIFY(held);
    // Zoom until that interval is several pixels wide, centred on it.
    const double mid = (held->startS + held->endS) / 2, half = std::max(held->endS - held->startS, 1e-6) * 5;
    view.setRange(mid - half, mid + half);
    const QString said = view.describeAt(view.pointAt(lane, mid));
    if (writeLock == Lock::Exclusive)
        QVERIFY2(said.contains(QLatin1String("EXCLUSIVE")), qPrintable(said));
    QVERIFY2(said.startsWith(connectionName(timeline.lanes()[std::size_t(lane)].worker)), qPrintable(said));

    // The wheel zooms around the mouse; dragging pans; a double-click shows everything.
    view.showAll();
    const double before = view.toS() - view.fromS();
    QWheelEvent wheel(QPointF(450, 60), view.mapToGlobal(QPointF(450, 60)), {}, { 0, 240 }, Qt::NoButton, {},
        Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(&view, &wheel);
    const double zoomed = view.toS() - view.fromS();
    QVERIFY(zoomed < before * 0.7);
    const double from = view.fromS();
    QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(450, 60));
    QMouseEvent move(QEvent::MouseMove, QPointF(350, 60), view.mapToGlobal(QPointF(350, 60)), Qt::NoButton,
        Qt::LeftButton, {});
    QCoreApplication::sendEvent(&view, &move);
    QVERIFY(view.fromS() > from); // dragged left: later times come into view
    QCOMPARE(view.toS() - view.fromS(), zoomed);
    QTest::mouseDClick(&view, Qt::LeftButton, {}, QPoint(450, 60));
    QCOMPARE(view.fromS(), 0.0);
    QCOMPARE(view.toS(), timeline.endS());
}

void TestLockTimelineView::emptyTimelineSaysSo()
{
    LockTimelineView view;
    view.resize(600, 160);
    QVERIFY(view.describeAt(QPoint(300, 60)).isEmpty());
    LockTimeline empty;
    view.setTimeline(&empty);
    QVERIFY(!view.grab().isNull());
    QVERIFY(view.describeAt(QPoint(300, 60)).isEmpty());
}

// Issue 4: hovering a lock interval names the statement that was running when it began.
void TestLockTimelineView::hoverNamesTheStatementRunning()
{
    auto rec = std::make_shared<LockTrace::Recorder>(QStringLiteral("worker 3"));
    const std::uint64_t zero = Clock::now();
    {
        const LockTrace::StatementScope running(Stmt::Insert);
        rec->fileLock(Lock::Shared, false, zero + Clock::fromNs(10e6));
        rec->fileLock(Lock::Reserved, false, zero + Clock::fromNs(20e6));
    }
    {
        const LockTrace::StatementScope running(Stmt::Commit);
        rec->fileLock(Lock::Exclusive, false, zero + Clock::fromNs(40e6));
        rec->fileLock(Lock::None, false, zero + Clock::fromNs(50e6));
    }
    LockTimeline timeline;
    timeline.setOrigin(zero);
    Scenario sc;
    sc.txMode = TxMode::Deferred;
    timeline.setStatementTexts(StatementTexts::forScenario(sc));
    timeline.update({ rec }, zero + Clock::fromNs(60e6));
    LockTimelineView view;
    view.resize(800, LockTimelineView::heightFor(1));
    view.setTimeline(&timeline);
    view.setRange(0, 0.060);
    const QString reserved = view.describeAt(view.pointAt(0, 0.030));
    QVERIFY2(reserved.contains(QLatin1String("RESERVED")), qPrintable(reserved));
    QVERIFY2(reserved.contains(QLatin1String("INSERT INTO \"locklens_load\"(worker, value, payload)")),
        qPrintable(reserved));
    const QString exclusive = view.describeAt(view.pointAt(0, 0.045));
    QVERIFY2(exclusive.contains(QLatin1String("EXCLUSIVE")), qPrintable(exclusive));
    QVERIFY2(exclusive.contains(QLatin1String("COMMIT")), qPrintable(exclusive));
}

void TestLockTimelineView::legendListsOnlyWhatIsDrawn_data()
{
    QTest::addColumn<bool>("measured");
    QTest::newRow("lock states recorded") << false;
    QTest::newRow("measured waits only") << true;
}

// Regression: with lock recording off (or the VFS unusable) the lanes hold only the waits
// the busy handler measured, but the legend still listed every lock's colour.
void TestLockTimelineView::legendListsOnlyWhatIsDrawn()
{
    QFETCH(bool, measured);
    const std::uint64_t zero = Clock::now();
    const auto at = [zero](double ms) { return zero + Clock::fromNs(ms * 1e6); };
    LockTimeline timeline;
    timeline.setOrigin(zero);
    if (measured) {
        auto log = std::make_shared<WaitLog>(QStringLiteral("worker 1"));
        log->push(at(10), at(30));
        timeline.updateWaits({ log }, at(60));
    } else {
        auto rec = std::make_shared<LockTrace::Recorder>(QStringLiteral("worker 1"));
        rec->fileLock(Lock::Shared, false, at(10));
        rec->fileLock(Lock::Exclusive, true, at(20)); // refused: a wait in PENDING
        rec->fileLock(Lock::Exclusive, false, at(30));
        rec->fileLock(Lock::None, false, at(40));
        timeline.update({ rec }, at(60));
    }
    QCOMPARE(timeline.measuredWaits(), measured);
    LockTimelineView view;
    view.resize(900, LockTimelineView::heightFor(1));
    view.setTimeline(&timeline);
    const QStringList legend = view.legend();
    QCOMPARE(legend.size(), measured ? 1 : 7);
    QVERIFY2(legend.last().startsWith(QLatin1String("waiting")), qPrintable(legend.join(QLatin1Char(','))));
    if (!measured)
        QCOMPARE(legend.mid(0, 3),
            QStringList({ QStringLiteral("SHARED"), QStringLiteral("RESERVED"), QStringLiteral("PENDING") }));
    // And what is painted: the legend row has a lock's colour only where locks are drawn.
    const QImage shot = view.grab().toImage();
    for (Lock l : ColouredLocks)
        QVERIFY2((pixelsOf(shot, lockColor(l), 0, 20) > 0) != measured, qPrintable(LockTrace::lockName(l)));
}

void TestLockTimelineView::lanesAreNamedAsTheWorkerList_data()
{
    QTest::addColumn<QString>("recorder");
    QTest::addColumn<QString>("shown");
    QTest::newRow("worker") << "worker1"
                            << "worker 1";
    QTest::newRow("worker 12") << "worker12"
                               << "worker 12";
    QTest::newRow("pool thread") << "pool3"
                                 << "pool thread 3";
    QTest::newRow("reader") << "reader2"
                            << "reader 2";
    QTest::newRow("writer") << "writer"
                            << "writer";
    QTest::newRow("control") << "control"
                             << "control";
    QTest::newRow("shared") << "shared"
                            << "shared connection";
    QTest::newRow("anything else") << "worker"
                                   << "worker";
}

// Issue 14 item 9: the lanes said "worker1" while the worker list beside them says
// "worker 1". The recorders' names (and the JSON's lock_timeline) stay; the view maps them.
void TestLockTimelineView::lanesAreNamedAsTheWorkerList()
{
    QFETCH(QString, recorder);
    QFETCH(QString, shown);
    QCOMPARE(connectionName(recorder), shown);
    const std::uint64_t zero = Clock::now();
    auto rec = std::make_shared<LockTrace::Recorder>(recorder);
    rec->fileLock(Lock::Shared, false, zero + Clock::fromNs(10e6));
    LockTimeline timeline;
    timeline.setOrigin(zero);
    timeline.update({ rec }, zero + Clock::fromNs(50e6));
    QCOMPARE(timeline.lanes().front().worker, recorder);
    LockTimelineView view;
    view.resize(800, LockTimelineView::heightFor(1));
    view.setTimeline(&timeline);
    const QString said = view.describeAt(view.pointAt(0, 0.030));
    QVERIFY2(said.startsWith(shown + QStringLiteral(" at ")), qPrintable(said));
}

// Issue 14 item 9: with 9 lanes or more the time axis scrolled out of view with the lanes.
// It stays under them; the lanes scroll between the legend and the axis.
void TestLockTimelineView::timeAxisStaysInViewWithManyLanes()
{
    const std::uint64_t zero = Clock::now();
    std::vector<std::shared_ptr<LockTrace::Recorder>> recorders;
    QStringList names { QStringLiteral("control") };
    for (int i = 1; i <= 11; ++i)
        names << QStringLiteral("worker%1").arg(i);
    std::reverse(names.begin(), names.end()); // the view orders them, not the model
    for (const QString &name : names) {
        recorders.push_back(std::make_shared<LockTrace::Recorder>(name));
        recorders.back()->fileLock(Lock::Shared, false, zero + Clock::fromNs(10e6));
        recorders.back()->fileLock(Lock::None, false, zero + Clock::fromNs(900e6));
    }
    LockTimeline timeline;
    timeline.setOrigin(zero);
    timeline.update(recorders, zero + Clock::fromNs(1000e6));
    QCOMPARE(int(timeline.lanes().size()), 12);
    // As the dashboard shows it: a panel with room for four lanes.
    LockTimelinePanel panel(&timeline);
    panel.showTimeline();
    panel.resize(900, LockTimelineView::heightFor(4) + 40);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    LockTimelineView &view = *panel.view();
    QVERIFY2(view.geometry().bottom() < panel.height(), "the view is not taller than its panel");
    QVERIFY(panel.heightForLanes(12) > panel.height());
    const QRect lanes = view.lanesRect();
    QVERIFY(lanes.bottom() < view.height() - 10); // room for the axis below the lanes
    const auto axisInk = [&] { // the tick labels' pixels below the lanes
        const QImage image = view.grab().toImage();
        int n = 0;
        for (int y = lanes.bottom() + 2; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += image.pixelColor(x, y).lightness() < 200;
        return n;
    };
    QVERIFY2(axisInk() > 20, qPrintable(QString::number(axisInk())));
    const int last
        = int(std::find_if(timeline.lanes().begin(), timeline.lanes().end(), [](const LockTimeline::Lane &l) {
              return l.worker == QLatin1String("worker11");
          }) - timeline.lanes().begin());
    QVERIFY(view.describeAt(view.pointAt(last, 0.5)).isEmpty()); // below the lanes shown
    // "control" first, then by number: the first lanes shown.
    QVERIFY2(
        view.describeAt(QPoint(lanes.center().x(), lanes.top() + 5)).startsWith(QLatin1String("control")),
        qPrintable(view.describeAt(QPoint(lanes.center().x(), lanes.top() + 5))));
    QVERIFY(
        view.describeAt(QPoint(lanes.center().x(), lanes.top() + 33)).startsWith(QLatin1String("worker 1 ")));
    QVERIFY(
        view.describeAt(QPoint(lanes.center().x(), lanes.top() + 61)).startsWith(QLatin1String("worker 2 ")));

    view.scrollToLane(last);
    QVERIFY(view.firstRowShown() > 0);
    QVERIFY2(view.describeAt(view.pointAt(last, 0.5)).startsWith(QLatin1String("worker 11 at")),
        qPrintable(view.describeAt(view.pointAt(last, 0.5))));
    QVERIFY(lanes.contains(view.pointAt(last, 0.5)));
    QVERIFY(axisInk() > 20); // the axis has not moved
    // The wheel over the lanes' names scrolls them back; elsewhere it still zooms.
    QWheelEvent up(QPointF(10, lanes.center().y()), view.mapToGlobal(QPointF(10, lanes.center().y())), {},
        { 0, 12 * 120 }, Qt::NoButton, {}, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(&view, &up);
    QCOMPARE(view.firstRowShown(), 0);
    QCOMPARE(view.toS() - view.fromS(), timeline.endS());
}

// Issue 17: on PostgreSQL a wait was said to be "measured by the busy handler"; it is sampled,
// and the hover says what it waited for and who held it.
void TestLockTimelineView::hoverSaysWhatASampledWaitWasFor()
{
    const std::uint64_t zero = Clock::now();
    const auto at = [zero](double ms) { return zero + Clock::fromNs(ms * 1e6); };
    auto causes = std::make_shared<Postgres::WaitCauses>();
    Postgres::LockWait w;
    w.lockType = QStringLiteral("transactionid");
    w.mode = QStringLiteral("ShareLock");
    w.transactionId = 771;
    Postgres::LockHolder h;
    h.role = QStringLiteral("worker2");
    w.holders.push_back(h);
    const std::uint32_t id = causes->intern(w);
    QCOMPARE(causes->intern(w), id); // kept once
    auto log = std::make_shared<WaitLog>(QStringLiteral("worker1"));
    log->push(at(100), at(400), id);
    log->push(at(500), at(600)); // its cause not seen
    LockTimeline timeline;
    timeline.setOrigin(zero);
    timeline.setWaitsSampledHz(20);
    timeline.setWaitCauses(causes);
    timeline.updateWaits({ log }, at(700));
    LockTimelineView view;
    view.resize(900, LockTimelineView::heightFor(1));
    view.setTimeline(&timeline);
    view.setRange(0, 0.7);
    const QString said = view.describeAt(view.pointAt(0, 0.250));
    QVERIFY2(said.contains(QLatin1String("waiting for a lock in the server")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("(sampled 20 times a second)")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("for a row changed by transaction 771, still open; held by worker 2")),
        qPrintable(said));
    QVERIFY(!said.contains(QLatin1String("busy handler")));
    const QString unseen = view.describeAt(view.pointAt(0, 0.550));
    QVERIFY2(unseen.contains(QLatin1String("not known (pg_locks did not show it)")), qPrintable(unseen));
}

QTEST_MAIN(TestLockTimelineView)
#include "tst_locktimelineview.moc"
