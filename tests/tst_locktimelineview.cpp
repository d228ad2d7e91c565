// SPDX-License-Identifier: GPL-3.0-or-later
// The lock timeline view fed by a real contended run: it draws the write lock in each
// worker's lane, says what is under the mouse, zooms around the mouse and pans. With
// LOCKLENS_TIMELINE_PNG=/path/name it saves name-<journal>.png to look at.
#include "clock.h"
#include "currentstatement.h"
#include "engine.h"
#include "followrun.h"
#include "locktimeline.h"
#include "locktimelineview.h"
#include "waitlog.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>

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
    QVERIFY2(said.startsWith(timeline.lanes()[std::size_t(lane)].worker), qPrintable(said));

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

QTEST_MAIN(TestLockTimelineView)
#include "tst_locktimelineview.moc"
