// SPDX-License-Identifier: GPL-3.0-or-later
// What a client does when a transaction fails (the retry back-off, booked as its own time) and
// when the run ends under an open transaction (rolled back at once, counted as cut short).
#include "tests/fixtures/followrun.h"
#include "tests/fixtures/outsider.h"
#include "workers/engine.h"
#include "workers/recorder/clock.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;
using Fixture::mustRun;
using Fixture::Outsider;

namespace {

// One worker, one insert, which fails at once while an Outsider holds the write lock (busy
// policy none: no waiting inside SQLite), tried `maxTries` times.
Scenario failingInsert(const QTemporaryDir &dir, int maxTries, const QString &backoff)
{
    Scenario s;
    s.databasePath = dir.filePath(QStringLiteral("t.db"));
    s.workers = 1;
    s.opsPerWorker = 1;
    s.busyPolicy = BusyPolicy::None;
    s.maxTries = maxTries;
    QString why;
    if (!RetryBackoff::parse(backoff, &s.retryBackoff, &why))
        qWarning("%s", qPrintable(why));
    return s;
}

double seconds(std::uint64_t ticks)
{
    return Clock::toSeconds(ticks);
}

// Whether the connection `name` of the engine's run holds (or has held) a write lock: its
// transaction has begun.
bool hasWritten(const LoadEngine &engine, const QString &name)
{
    using LockTrace::Lock;
    for (const auto &rec : engine.lockRecorders()) {
        if (rec->name() != name)
            continue;
        const LockTrace::Totals t = rec->totals(Clock::now());
        for (Lock l : { Lock::Reserved, Lock::Exclusive, Lock::WalWrite })
            if (t.secondsIn[std::size_t(l)] > 0)
                return true;
    }
    return false;
}

} // namespace

class TestRetries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QSqlDatabase::drivers(); }
    void backoffSleepsBetweenTries_data();
    void backoffSleepsBetweenTries();
    void retriesWithBackoffCommitEveryUpgrade();
    void stopEndsABackoff();
    void stopCutsABigTransactionShort_data();
    void stopCutsABigTransactionShort();
};

void TestRetries::backoffSleepsBetweenTries_data()
{
    QTest::addColumn<QString>("backoff");
    QTest::addColumn<double>("leastS"); // the shortest the back-offs can add up to
    // Four retries; the jitter draws each delay from half to one and a half times its own.
    QTest::newRow("none") << QStringLiteral("none") << 0.0;
    QTest::newRow("fixed") << QStringLiteral("fixed:40") << 4 * 0.020;
    QTest::newRow("exponential") << QStringLiteral("exponential:10:30") << (5 + 10 + 15 + 15) / 1000.0;
}

void TestRetries::backoffSleepsBetweenTries()
{
    // Regression: a failed transaction was retried at once, so --max-tries 1000 spent its
    // tries in about 10 ms while the other writer still held the lock.
    QFETCH(QString, backoff);
    QFETCH(double, leastS);
    QTemporaryDir dir;
    Scenario s = failingInsert(dir, 5, backoff);
    QVERIFY(mustRun(s).verification.ok()); // creates the database and its table
    Outsider other(s.databasePath);
    QCOMPARE(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    const RunResult r = mustRun(s);
    other.exec("COMMIT");
    QCOMPARE(r.total.errors[std::size_t(ErrorClass::BusyBegin)], quint64(5));
    QCOMPARE(r.total.retries, quint64(4));
    QCOMPARE(r.total.failedTx, quint64(1));
    QCOMPARE(r.total.ops, quint64(0));
    QVERIFY(r.verification.ok());
    // The sleeps are back-off time, not lock wait: SQLite never waited (policy none).
    const double backedOff = seconds(r.total.backoffTicks);
    QCOMPARE(r.total.lockWaitTicks, quint64(0));
    if (leastS == 0)
        QCOMPARE(r.total.backoffTicks, quint64(0));
    else
        QVERIFY2(backedOff >= leastS && backedOff <= r.durationS,
            qPrintable(QStringLiteral("backed off %1 s in a run of %2 s").arg(backedOff).arg(r.durationS)));
    // The series carries it too, interval by interval.
    double inSeries = 0;
    for (const SeriesPoint &p : r.series)
        inSeries += p.backoffS;
    QVERIFY2(std::abs(inSeries - backedOff) < 1e-4,
        qPrintable(QStringLiteral("series %1 s, total %2 s").arg(inSeries).arg(backedOff)));
    const QJsonObject summary = r.toJson().value(QStringLiteral("summary")).toObject();
    // To the microsecond, from the same ticks. (Converted a moment later: the clock's
    // calibration moves on, and the rounding can land on the next microsecond.)
    const double stored = summary.value(QStringLiteral("backoff_s")).toDouble();
    QVERIFY2(std::abs(stored - backedOff) <= 1.5e-6, qPrintable(QStringLiteral("%1 vs %2").arg(stored).arg(backedOff)));
    QCOMPARE(std::round(stored * 1e6) / 1e6, stored);
}

void TestRetries::retriesWithBackoffCommitEveryUpgrade()
{
    // The command, smaller: DEFERRED transactions that read, then write, fail to
    // upgrade whenever another writer holds the lock. Retried after the default back-off
    // (exponential from 1 ms), every one of them commits.
    QTemporaryDir dir;
    Scenario s;
    s.databasePath = dir.filePath(QStringLiteral("t.db"));
    s.workers = 4;
    s.opsPerWorker = 2000;
    s.batch = 100;
    s.txMode = TxMode::Deferred;
    s.readBeforeWrite = true;
    s.maxTries = 1000;
    const RunResult r = mustRun(s);
    QCOMPARE(r.total.failedTx, quint64(0));
    QCOMPARE(r.total.ops, quint64(8000));
    QCOMPARE(r.total.retries, r.total.errorTotal());
    QVERIFY(r.verification.ok());
    QCOMPARE(r.verification.rowsPresent, qint64(8000));
}

void TestRetries::stopEndsABackoff()
{
    QTemporaryDir dir;
    Scenario s = failingInsert(dir, 2, QStringLiteral("fixed:60000"));
    QVERIFY(mustRun(s).verification.ok());
    Outsider other(s.databasePath);
    QCOMPARE(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    LoadEngine engine;
    QSignalSpy done(&engine, &LoadEngine::finished);
    QVERIFY(engine.start(s));
    // The first try has failed and the worker sleeps its minute (at least 30 s, jittered).
    QTRY_VERIFY_WITH_TIMEOUT(!engine.snapshot().empty() && engine.snapshot().front().backoffTicks > 0, 20000);
    engine.stop();
    QVERIFY(done.wait(20000)); // not the rest of the minute
    const RunResult r = done.first().first().value<RunResult>();
    QVERIFY(r.stopped);
    // Its first try failed and it had another left: cut short by the stop, not failed.
    QCOMPARE(r.total.cutShortTx, quint64(1));
    QCOMPARE(r.total.failedTx, quint64(0));
    QCOMPARE(r.total.retries, quint64(0));
    QVERIFY2(seconds(r.total.backoffTicks) < 25, qPrintable(QString::number(seconds(r.total.backoffTicks))));
    other.exec("COMMIT");
}

void TestRetries::stopCutsABigTransactionShort_data()
{
    QTest::addColumn<bool>("timed"); // ended by its duration, or stopped
    QTest::addColumn<QString>("journal");
    QTest::newRow("duration, wal") << true << QStringLiteral("wal");
    QTest::newRow("stop, wal") << false << QStringLiteral("wal");
    QTest::newRow("stop, rollback journal") << false << QStringLiteral("delete");
}

void TestRetries::stopCutsABigTransactionShort()
{
    // Regression: the end of a run was looked at between transactions only, so a batch of
    // 10,000,000 rows ran to its commit (9.7 s for --duration 1). The open transaction now
    // ends when the run does: rolled back, nothing of it committed, counted as cut short.
    QFETCH(bool, timed);
    QFETCH(QString, journal);
    QTemporaryDir dir;
    Scenario s;
    s.databasePath = dir.filePath(QStringLiteral("t.db"));
    s.journalMode = journal;
    s.workers = 1;
    s.batch = 10'000'000;
    s.opsPerWorker = 10'000'000;
    s.payloadBytes = 16;
    if (timed)
        s.durationS = 1;
    LoadEngine engine;
    QSignalSpy done(&engine, &LoadEngine::finished);
    QVERIFY(engine.start(s));
    if (!timed) {
        QTRY_VERIFY_WITH_TIMEOUT(hasWritten(engine, QStringLiteral("worker1")), 20000);
        engine.stop();
    }
    QVERIFY(done.wait(60000));
    const RunResult r = done.first().first().value<RunResult>();
    QCOMPARE(r.total.cutShortTx, quint64(1));
    QCOMPARE(r.total.tx, quint64(0));
    QCOMPARE(r.total.ops, quint64(0));
    QCOMPARE(r.total.failedTx, quint64(0));
    QVERIFY(r.verification.ok());
    QCOMPARE(r.verification.rowsPresent, qint64(0));
    const QJsonObject summary = r.toJson().value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("cut_short_tx")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestRetries)
#include "tst_retries.moc"
