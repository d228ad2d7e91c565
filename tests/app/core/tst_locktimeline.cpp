// SPDX-License-Identifier: GPL-3.0-or-later
// The lock timeline's model: intervals from recorded events, read in batches as a live
// view does, and from a real contended run, where what SQLite guarantees must hold: no two
// connections ever hold the file's EXCLUSIVE (rollback journal) or the WAL write lock at
// the same time.
#include "app/core/locktimeline.h"
#include "tests/fixtures/followrun.h"
#include "tests/fixtures/sqlitefixture.h"
#include "workers/currentstatement.h"
#include "workers/engine.h"
#include "workers/locktrace.h"
#include "workers/recorder/clock.h"
#include "workers/sqlite/sqlitelink.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <map>

using namespace LockLens;
using LockTrace::Lock;

Q_DECLARE_METATYPE(LockLens::DriverPath)

namespace {

// A clock the test moves: the recorder and the timeline take their times from it, so that
// intervals have exact lengths whatever the machine does meanwhile.
struct TestClock
{
    std::uint64_t zero = Clock::now();
    std::uint64_t now = zero;
    std::uint64_t advance(double ms) { return now += Clock::fromNs(ms * 1e6); }
};

// The total time two lanes' intervals overlap, in seconds.
double overlap(const std::vector<LockTimeline::Interval> &a, const std::vector<LockTimeline::Interval> &b)
{
    double total = 0;
    std::size_t j = 0;
    for (const auto &x : a) {
        while (j < b.size() && b[j].endS <= x.startS)
            ++j;
        for (std::size_t k = j; k < b.size() && b[k].startS < x.endS; ++k)
            total += std::max(0.0, std::min(x.endS, b[k].endS) - std::max(x.startS, b[k].startS));
    }
    return total;
}

std::vector<LockTimeline::Interval> only(const std::vector<LockTimeline::Interval> &v, Lock l)
{
    std::vector<LockTimeline::Interval> out;
    for (const auto &i : v)
        if (i.lock == l)
            out.push_back(i);
    return out;
}

// Time covered within [from, to].
double duration(const std::vector<LockTimeline::Interval> &v, double from, double to)
{
    double d = 0;
    for (const auto &i : v)
        d += std::max(0.0, std::min(i.endS, to) - std::max(i.startS, from));
    return d;
}

} // namespace

class TestLockTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QSqlDatabase::drivers(); }
    void intervalsFollowTheEvents();
    void intervalsNameTheStatementRunning();
    void liveUpdatesExtendOpenIntervals();
    void walLocksHaveTheirOwnLanes();
    void contendedRunNeverOverlapsTheWriteLock_data();
    void contendedRunNeverOverlapsTheWriteLock();
    void withoutRecordingShowsMeasuredWaits();
    void existingTableRunNamesItsStatements_data();
    void existingTableRunNamesItsStatements();
};

void TestLockTimeline::intervalsFollowTheEvents()
{
    auto rec = std::make_shared<LockTrace::Recorder>(QStringLiteral("w"));
    TestClock clock;
    rec->fileLock(Lock::Shared, false, clock.advance(1));
    rec->fileLock(Lock::Reserved, false, clock.advance(20));
    rec->fileLock(Lock::Exclusive, true, clock.advance(20)); // refused: waits in PENDING
    rec->fileLock(Lock::Exclusive, false, clock.advance(30));
    rec->fileLock(Lock::None, false, clock.advance(20));
    LockTimeline t;
    t.setOrigin(clock.zero);
    t.update({ rec }, clock.advance(5));
    QCOMPARE(int(t.lanes().size()), 1);
    const auto &lane = t.lanes().front();
    QCOMPARE(lane.worker, QStringLiteral("w"));
    QCOMPARE(int(lane.file.size()), 4);
    const Lock expected[] = { Lock::Shared, Lock::Reserved, Lock::Pending, Lock::Exclusive };
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(lane.file[std::size_t(i)].lock, expected[i]);
        const double lasted = lane.file[std::size_t(i)].endS - lane.file[std::size_t(i)].startS;
        QVERIFY2(std::abs(lasted - (i == 2 ? 0.030 : 0.020)) < 1e-6, qPrintable(QString::number(lasted)));
        if (i > 0)
            QCOMPARE(lane.file[std::size_t(i)].startS, lane.file[std::size_t(i - 1)].endS);
    }
    // The wait: from the refusal until EXCLUSIVE was granted.
    QCOMPARE(int(lane.waits.size()), 1);
    QCOMPARE(lane.waits.front().startS, lane.file[2].startS);
    QCOMPARE(lane.waits.front().endS, lane.file[3].startS);
    QCOMPARE(lane.waits.front().lock, Lock::Exclusive);
    // Hover lookups.
    const double inPending = (lane.file[2].startS + lane.file[2].endS) / 2;
    QVERIFY(t.fileAt(0, inPending) && t.fileAt(0, inPending)->lock == Lock::Pending);
    QVERIFY(t.waitAt(0, inPending));
    QVERIFY(!t.waitAt(0, lane.file[0].startS + 0.001));
    QVERIFY(!t.fileAt(0, lane.file[3].endS + 0.001)); // NONE is a gap
    QVERIFY(!t.fileAt(1, inPending)); // no such lane
}

// Issue 4: each interval keeps the statement that was running when it began (what the
// recorder's thread marked with StatementScope), and names it by its SQL in short.
void TestLockTimeline::intervalsNameTheStatementRunning()
{
    using LockTrace::StatementScope;
    auto rec = std::make_shared<LockTrace::Recorder>(QStringLiteral("worker 3"));
    const std::uint64_t zero = Clock::now();
    {
        const StatementScope running(Stmt::Insert);
        rec->fileLock(Lock::Shared, false);
        rec->fileLock(Lock::Reserved, false);
    }
    {
        const StatementScope running(Stmt::Commit);
        rec->fileLock(Lock::Exclusive, false);
        rec->fileLock(Lock::None, false);
    }
    rec->fileLock(Lock::Shared, false); // outside any statement
    LockTimeline t;
    t.setOrigin(zero);
    t.update({ rec }, Clock::now());
    const auto &file = t.lanes().front().file;
    QCOMPARE(int(file.size()), 4);
    const Stmt expected[] = { Stmt::Insert, Stmt::Insert, Stmt::Commit };
    for (int i = 0; i < 3; ++i)
        QCOMPARE(int(file[std::size_t(i)].statement), int(StatementScope::statementCode(expected[i])));
    QCOMPARE(int(file[3].statement), 0);

    // Without the run's texts: the kind; with them: the SQL, cut short.
    QCOMPARE(t.statementText(file[1].statement), QStringLiteral("INSERT"));
    QCOMPARE(t.statementText(file[3].statement), QString());
    Scenario sc;
    sc.table = QStringLiteral("a table with a name long enough to cut the statement short");
    t.setStatementTexts(StatementTexts::forScenario(sc));
    const QString insert = t.statementText(file[1].statement);
    QVERIFY2(insert.startsWith(QLatin1String("INSERT INTO \"a table")), qPrintable(insert));
    QVERIFY2(insert.endsWith(QChar(0x2026)) && insert.size() <= LockTimeline::MaxStatementChars,
        qPrintable(insert));
    QCOMPARE(t.statementText(file[2].statement), QStringLiteral("COMMIT"));
}

void TestLockTimeline::liveUpdatesExtendOpenIntervals()
{
    auto rec = std::make_shared<LockTrace::Recorder>(QStringLiteral("w"));
    TestClock clock;
    LockTimeline t;
    t.setOrigin(clock.zero);
    rec->fileLock(Lock::Shared, false, clock.advance(1));
    t.update({ rec }, clock.advance(10));
    QCOMPARE(int(t.lanes().front().file.size()), 1);
    const double firstEnd = t.lanes().front().file.front().endS;
    QCOMPARE(firstEnd, t.endS()); // open: drawn up to now
    QVERIFY(firstEnd > t.lanes().front().file.front().startS);
    rec->fileLock(Lock::None, false, clock.advance(10));
    t.update({ rec }, clock.now);
    QCOMPARE(int(t.lanes().front().file.size()), 1); // the same interval, now closed
    const double closedEnd = t.lanes().front().file.front().endS;
    QVERIFY(closedEnd > firstEnd);
    t.update({ rec }, clock.advance(10));
    QVERIFY(t.endS() > closedEnd);
    QCOMPARE(t.lanes().front().file.front().endS, closedEnd); // closed intervals stay put
}

void TestLockTimeline::walLocksHaveTheirOwnLanes()
{
    auto rec = std::make_shared<LockTrace::Recorder>(QStringLiteral("w"));
    TestClock clock;
    LockTimeline t;
    t.setOrigin(clock.zero);
    rec->shmLock(Lock::WalRead, true, false, clock.advance(1)); // read marks are not drawn
    rec->shmLock(Lock::WalWrite, true, true, clock.now); // refused: a wait
    rec->shmLock(Lock::WalWrite, true, false, clock.advance(5));
    rec->shmLock(Lock::WalCheckpoint, true, false, clock.advance(5));
    rec->shmLock(Lock::WalCheckpoint, false, false, clock.advance(1));
    rec->shmLock(Lock::WalWrite, false, false, clock.advance(1));
    rec->shmLock(Lock::WalRead, false, false, clock.now);
    t.update({ rec }, clock.advance(1));
    const auto &lane = t.lanes().front();
    QCOMPARE(int(lane.walWrite.size()), 1);
    QCOMPARE(int(lane.walCheckpoint.size()), 1);
    QCOMPARE(int(lane.waits.size()), 1);
    QVERIFY(lane.file.empty());
    QVERIFY(lane.walWrite.front().startS <= lane.walCheckpoint.front().startS);
    QVERIFY(lane.walWrite.front().endS >= lane.walCheckpoint.front().endS);
    QCOMPARE(lane.waits.front().endS, lane.walWrite.front().startS);
    QVERIFY(std::abs(lane.waits.front().endS - lane.waits.front().startS - 0.005) < 1e-6);
    QVERIFY(std::abs(lane.walCheckpoint.front().endS - lane.walCheckpoint.front().startS - 0.001) < 1e-6);
}

void TestLockTimeline::contendedRunNeverOverlapsTheWriteLock_data()
{
    QTest::addColumn<QString>("journal");
    QTest::newRow("rollback journal") << QStringLiteral("delete");
    QTest::newRow("wal") << QStringLiteral("wal");
}

void TestLockTimeline::contendedRunNeverOverlapsTheWriteLock()
{
    QFETCH(QString, journal);
    QTemporaryDir dir;
    Scenario sc;
    sc.databasePath = dir.filePath(QStringLiteral("t.db"));
    sc.journalMode = journal;
    sc.synchronous = QStringLiteral("off");
    sc.workers = 3;
    sc.opsPerWorker = 400;
    LockTimeline timeline;
    RunResult result;
    QString why;
    QVERIFY2(Fixture::followRun(sc, &timeline, &result, &why), qPrintable(why));
    QVERIFY(result.ok());

    const Lock writeLock = journal == QLatin1String("wal") ? Lock::WalWrite : Lock::Exclusive;
    std::vector<std::vector<LockTimeline::Interval>> held;
    for (const auto &lane : timeline.lanes()) {
        QCOMPARE(lane.lostEvents, 0u);
        held.push_back(writeLock == Lock::WalWrite ? lane.walWrite : only(lane.file, Lock::Exclusive));
    }
    int writers = 0;
    for (const auto &h : held)
        writers += !h.empty();
    QVERIFY2(writers >= 3, qPrintable(QString::number(writers))); // every worker wrote
    for (std::size_t a = 0; a < held.size(); ++a)
        for (std::size_t b = a + 1; b < held.size(); ++b)
            QVERIFY2(overlap(held[a], held[b]) == 0.0,
                qPrintable(QStringLiteral("%1 and %2 overlap by %3 s")
                               .arg(timeline.lanes()[a].worker, timeline.lanes()[b].worker)
                               .arg(overlap(held[a], held[b]))));
    // During the load (the totals leave out setup and verification), what the timeline
    // drew adds up to at most what the run's totals say.
    for (std::size_t i = 0; i < timeline.lanes().size(); ++i) {
        for (const ConnectionLocks &c : result.lockTimeline)
            if (c.worker == timeline.lanes()[i].worker)
                // (1e-3: the tick length is calibrated as the process runs.)
                QVERIFY2(duration(held[i], 0, result.durationS)
                        <= c.totals.secondsIn[std::size_t(writeLock)] * 1.001 + 1e-6,
                    qPrintable(QStringLiteral("%1: %2 > %3")
                                   .arg(c.worker)
                                   .arg(duration(held[i], 0, result.durationS))
                                   .arg(c.totals.secondsIn[std::size_t(writeLock)])));
    }
}

void TestLockTimeline::withoutRecordingShowsMeasuredWaits()
{
    // Where the VFS cannot record locks, the timeline shows the waits the engine measured.
    QTemporaryDir dir;
    Scenario sc;
    sc.databasePath = dir.filePath(QStringLiteral("t.db"));
    sc.synchronous = QStringLiteral("off");
    sc.txMode = TxMode::Immediate;
    sc.batch = 20;
    sc.workers = 3;
    sc.durationS = 0.5; // half a second of three writers: they wait for each other
    sc.busyTimeoutMs = 30000;
    sc.recordLocks = false;
    LockTimeline timeline;
    RunResult result;
    QString why;
    QVERIFY2(Fixture::followRun(sc, &timeline, &result, &why), qPrintable(why));
    QVERIFY(result.ok());
    QVERIFY(result.lockTimeline.empty()); // no lock states
    QVERIFY(timeline.measuredWaits());
    QCOMPARE(int(timeline.lanes().size()), int(result.workers.size()));
    const double engineTotal = Clock::toSeconds(result.total.lockWaitTicks);
    QVERIFY2(engineTotal > 0.01, qPrintable(QString::number(engineTotal))); // the workers did contend
    double drawn = 0;
    for (std::size_t i = 0; i < timeline.lanes().size(); ++i) {
        const LockTimeline::Lane &lane = timeline.lanes()[i];
        QCOMPARE(lane.worker, result.workers[i].name);
        QCOMPARE(lane.lostEvents, 0u);
        QVERIFY(lane.file.empty());
        const double waited = Clock::toSeconds(result.workers[i].stats.lockWaitTicks);
        const double lane_s = duration(lane.waits, -1e9, 1e9);
        // Merged calls of the handler add SQLite's retries between them: a hair more.
        QVERIFY2(lane_s >= waited * 0.999 - 1e-6 && lane_s <= waited * 1.05 + 0.002,
            qPrintable(
                QStringLiteral("%1: drawn %2 s, measured %3 s").arg(lane.worker).arg(lane_s).arg(waited)));
        for (std::size_t k = 1; k < lane.waits.size(); ++k)
            QVERIFY(lane.waits[k].startS >= lane.waits[k - 1].endS); // in order, apart
        drawn += lane_s;
    }
    QVERIFY2(std::abs(drawn - engineTotal) <= engineTotal * 0.05 + 0.005,
        qPrintable(QStringLiteral("drawn %1 s, engine %2 s").arg(drawn).arg(engineTotal)));
}

void TestLockTimeline::existingTableRunNamesItsStatements_data()
{
    QTest::addColumn<DriverPath>("path");
    QTest::newRow("native statements") << DriverPath::Native;
    QTest::newRow("qt statements") << DriverPath::Qt;
}

// The hover's statement names for a load on an existing table, whose statement sets
// (tablestatements.cpp) are not the load table's: a rollback-journal run of deferred
// transactions, where each write statement takes RESERVED and COMMIT takes EXCLUSIVE.
void TestLockTimeline::existingTableRunNamesItsStatements()
{
    QFETCH(DriverPath, path);
    if (path == DriverPath::Native && !SqliteLink::driverSharesLibrary())
        QSKIP("Qt's SQLite driver carries its own SQLite here: no native path");
    QTemporaryDir dir;
    Scenario sc;
    sc.databasePath = dir.filePath(QStringLiteral("shop.db"));
    QCOMPARE(
        Fixture::exec(sc.databasePath,
            QStringLiteral("PRAGMA journal_mode=DELETE;"
                           "CREATE TABLE item(id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty INTEGER);"
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) "
                           "INSERT INTO item(name, qty) SELECT 'item ' || i, i FROM n;")),
        QString());
    sc.table = QStringLiteral("item");
    sc.existingTable = true;
    sc.driverPath = path;
    sc.journalMode = QStringLiteral("delete");
    sc.synchronous = QStringLiteral("off");
    // Writes only: a deferred transaction's first statement asks for RESERVED from no lock,
    // so a busy writer waits in the busy handler instead of deadlocking on an upgrade.
    sc.txMode = TxMode::Deferred;
    sc.mix = { 60, 25, 15, 0, 0 };
    sc.batch = 4;
    sc.workers = 2;
    sc.opsPerWorker = 200;
    sc.busyTimeoutMs = 10000;
    sc.maxTries = 20;
    LockTimeline timeline;
    RunResult result;
    QString why;
    QVERIFY2(Fixture::followRun(sc, &timeline, &result, &why), qPrintable(why));
    QVERIFY2(result.ok(), qPrintable(result.fatalError + result.verification.error));
    if (timeline.measuredWaits() || timeline.lanes().empty())
        QSKIP("lock states are not recorded with this Qt SQLite driver");

    using LockTrace::StatementScope;
    const auto nameOf = [](std::uint8_t code) {
        static const char *const names[]
            = { "BEGIN", "COMMIT", "ROLLBACK", "INSERT", "UPDATE", "DELETE", "POINT READ", "RANGE READ" };
        Stmt s;
        return StatementScope::statementOf(code, &s) ? QLatin1String(names[int(s)]) : QLatin1String("none");
    };
    std::map<QString, int> reservedBy; // statement -> RESERVED intervals it began
    int exclusive = 0, workerLanes = 0;
    for (const LockTimeline::Lane &lane : timeline.lanes()) {
        if (!lane.worker.startsWith(QLatin1String("worker")))
            continue; // the control connection runs no statement set
        ++workerLanes;
        QCOMPARE(lane.lostEvents, 0u);
        for (const LockTimeline::Interval &i : lane.file) {
            const QString name = nameOf(i.statement);
            const QString where = QStringLiteral("%1 at %2 s: %3 in %4")
                                      .arg(lane.worker)
                                      .arg(i.startS)
                                      .arg(LockTrace::lockName(i.lock), name);
            if (i.lock == Lock::Reserved) {
                QVERIFY2(name == QLatin1String("INSERT") || name == QLatin1String("UPDATE")
                        || name == QLatin1String("DELETE"),
                    qPrintable(where));
                ++reservedBy[name];
            } else if (i.lock == Lock::Exclusive || i.lock == Lock::Pending) {
                QVERIFY2(name == QLatin1String("COMMIT"), qPrintable(where));
                exclusive += i.lock == Lock::Exclusive;
            }
        }
    }
    QCOMPARE(workerLanes, sc.workers);
    QVERIFY(exclusive > 0);
    // Each kind of write began a transaction at some point (a transaction's first statement
    // takes RESERVED): 400 operations, a quarter of them updates.
    for (const char *kind : { "INSERT", "UPDATE", "DELETE" })
        QVERIFY2(reservedBy[QLatin1String(kind)] > 0, kind);
}

QTEST_GUILESS_MAIN(TestLockTimeline)
#include "tst_locktimeline.moc"
