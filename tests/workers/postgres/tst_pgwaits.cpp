// SPDX-License-Identifier: GPL-3.0-or-later
// Locks on PostgreSQL, each forced by an outside session: the isolation level decides a
// conflict (READ COMMITTED commits, REPEATABLE READ and SERIALIZABLE fail with 40001),
// lock_timeout counts as the busy timeout, waits in the server are sampled onto the right
// worker, Stop ends a wait, and a table locked outside locks the setup out.
// (The server: tests/fixtures/pgfixture.h.)
#include "tests/fixtures/pgfixture.h"
#include "workers/postgres/lockwait.h"
#include "workers/serversampler.h"
#include "workers/waitlog.h"

#include <QSignalSpy>

#include <atomic>
#include <thread>

using namespace LockLens;
using namespace LockLens::Fixture::Pg;

class TestPgWaits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isolationDecidesAForcedConflict_data();
    void isolationDecidesAForcedConflict();
    void lockTimeoutIsTheBusyTimeout();
    void lockWaitsInTheServerAreSampled();
    void waitsSayWhatTheyWereForAndWhoHeldIt();
    void aSessionQueuedToUpgradeIsNotTheHolder();
    void stopEndsAWaitInTheServer();
    void aTableLockedOutsideLocksTheSetupOut();
    void sessionsAreToldToTheirBlocks();
};

void TestPgWaits::isolationDecidesAForcedConflict_data()
{
    QTest::addColumn<Isolation>("isolation");
    QTest::addColumn<bool>("fails");
    QTest::newRow("read-committed") << Isolation::ReadCommitted << false;
    QTest::newRow("repeatable-read") << Isolation::RepeatableRead << true;
    QTest::newRow("serializable") << Isolation::Serializable << true;
}

void TestPgWaits::isolationDecidesAForcedConflict()
{
    QFETCH(Isolation, isolation);
    QFETCH(bool, fails);
    Scenario sc = oneUpdate("locklens_isolation");
    sc.isolation = isolation;
    sc.txMode = TxMode::Deferred;
    sc.readBeforeWrite = true; // the snapshot is taken before the outside session commits
    QVERIFY2(oneRowTable(sc.table), "cannot make the load table");
    bool committedOutside = false;
    QString why;
    // The outside session holds the row, waits until the run's worker waits for it, then
    // commits a change to it.
    const RunResult r = runBeside(
        sc,
        [](Outside &o) {
            o.exec(QStringLiteral("BEGIN"));
            o.exec(QStringLiteral("UPDATE locklens_isolation SET value = 7"));
        },
        [&](Outside &o) {
            // (Watched from a session of its own: inside a transaction pg_stat_activity stays
            // as it was when first read.)
            Outside watch(QStringLiteral("watch"));
            committedOutside = watch.waitFor(WorkerWaits) && o.exec(QStringLiteral("COMMIT"));
        },
        &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY(committedOutside);
    if (fails) {
        QCOMPARE(r.total.errors[std::size_t(ErrorClass::Serialization)], std::uint64_t(1));
        QCOMPARE(r.total.failedTx, std::uint64_t(1));
        QVERIFY(r.workers.front().firstError[std::size_t(ErrorClass::Serialization)].contains(QLatin1String("serialize")));
    } else {
        QCOMPARE(r.total.tx, std::uint64_t(1));
        QCOMPARE(r.total.errors[std::size_t(ErrorClass::Serialization)], std::uint64_t(0));
    }
    QVERIFY(r.verification.ok());
}

void TestPgWaits::lockTimeoutIsTheBusyTimeout()
{
    Scenario sc = oneUpdate("locklens_locktimeout");
    sc.busyTimeoutMs = 200; // lock_timeout
    QVERIFY2(oneRowTable(sc.table), "cannot make the load table");
    QString why;
    // The outside session holds the one row for the whole run.
    const RunResult r = runBeside(
        sc,
        [](Outside &o) {
            o.exec(QStringLiteral("BEGIN"));
            o.exec(QStringLiteral("SELECT * FROM locklens_locktimeout FOR UPDATE"));
        },
        [](Outside &) {}, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(r.total.errors[std::size_t(ErrorClass::BusyTimeout)], std::uint64_t(1));
    QCOMPARE(r.total.busyEvents, std::uint64_t(1));
    QCOMPARE(r.total.failedTx, std::uint64_t(0) + 1);
    QVERIFY(r.fatalError.isEmpty()); // a lock timeout fails a transaction, not the run
}

void TestPgWaits::lockWaitsInTheServerAreSampled()
{
    Scenario sc = oneUpdate("locklens_sampled");
    sc.busyTimeoutMs = 600000; // waits as long as the outside session holds the row
    QVERIFY2(oneRowTable(sc.table), "cannot make the load table");
    // The outside session holds the row until the run's own figures show the wait.
    Holder holder(QStringLiteral("UPDATE locklens_sampled SET value = 1"), true);
    LoadEngine engine;
    engine.setSampleInterval(50);
    QSignalSpy finished(&engine, &LoadEngine::finished);
    QString why;
    const bool started = engine.start(sc, &why);
    if (started) {
        // The sampler has seen the worker wait: its block's lock wait is open, and grows.
        QTRY_VERIFY_WITH_TIMEOUT(!engine.snapshot().empty() && engine.snapshot().front().lockWaitTicks > 0, 120000);
    }
    const bool committed = holder.release();
    QVERIFY2(started, qPrintable(why));
    QVERIFY(committed);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    const RunResult r = finished.front().front().value<RunResult>();
    QCOMPARE(r.total.tx, std::uint64_t(1)); // READ COMMITTED: the update goes ahead once the row is free
    QVERIFY(r.total.lockWaitTicks > 0);
    QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QLatin1String("sampled from pg_stat_activity 20 times a second")));
    // The timeline's lane of worker 1 holds the wait, closed.
    const auto logs = engine.waitLogs();
    QVERIFY(!logs.empty());
    std::vector<WaitLog::Wait> waits;
    logs.front()->read(0, &waits);
    QCOMPARE(waits.size(), std::size_t(1));
    QVERIFY(waits.front().end > waits.front().start);
}

void TestPgWaits::waitsSayWhatTheyWereForAndWhoHeldIt()
{
    // An outside session holds the one row; three workers update it. The first to come waits for
    // the outside transaction to end; the other two queue behind the first, for the row itself
    // (pg_blocking_pids names, for the third, the first, which holds the row, and the second,
    // only ahead of it in the queue: only the first is its holder).
    Scenario sc = oneUpdate("locklens_causes");
    sc.workers = 3;
    sc.busyTimeoutMs = 600000;
    QVERIFY2(oneRowTable(sc.table), "cannot make the load table");
    Holder holder(QStringLiteral("UPDATE locklens_causes SET value = 1"), true);
    QVERIFY(holder.pid() > 0);
    LoadEngine engine;
    engine.setSampleInterval(50);
    QSignalSpy finished(&engine, &LoadEngine::finished);
    QString why;
    const bool started = engine.start(sc, &why);
    if (started) { // until the sampler has seen all three wait
        QTRY_VERIFY_WITH_TIMEOUT(engine.snapshot().size() >= 3 && engine.snapshot()[0].lockWaitTicks > 0
                && engine.snapshot()[1].lockWaitTicks > 0 && engine.snapshot()[2].lockWaitTicks > 0,
            120000);
    }
    QVERIFY(holder.release());
    QVERIFY2(started, qPrintable(why));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    const RunResult r = finished.front().front().value<RunResult>();
    QCOMPARE(r.total.tx, std::uint64_t(3));
    QVERIFY(r.serverLockWaitsSampled);
    // By cause: the outside transaction, held by the holder's session (not one of the run's)...
    const auto find = [&r](const char *type) {
        return std::find_if(r.serverLockWaits.begin(), r.serverLockWaits.end(),
            [type](const Postgres::LockWaitTotal &t) { return t.cause.lockType == QLatin1String(type); });
    };
    const auto outside = find("transactionid");
    QVERIFY(outside != r.serverLockWaits.end());
    QCOMPARE(outside->waits, std::uint64_t(1));
    QCOMPARE(outside->cause.holders.size(), std::size_t(1));
    QCOMPARE(outside->cause.holders.front().pid, holder.pid());
    QVERIFY(outside->cause.holders.front().holds);
    QVERIFY(outside->cause.holders.front().role.isEmpty());
    QVERIFY(outside->seconds > 0);
    // ...and the row, held by whichever worker came first: one cause for both that queued.
    const auto queued = find("tuple");
    QVERIFY(queued != r.serverLockWaits.end());
    QCOMPARE(queued->waits, std::uint64_t(2));
    QCOMPARE(queued->cause.relation, QStringLiteral("locklens_causes"));
    QCOMPARE(queued->cause.holders.size(), std::size_t(1));
    QVERIFY(queued->cause.holders.front().holds);
    const QString first = queued->cause.holders.front().role;
    QVERIFY2(QStringList({ QStringLiteral("worker1"), QStringLiteral("worker2"), QStringLiteral("worker3") }).contains(first),
        qPrintable(first));
    QCOMPARE(r.serverLockWaits.size(), std::size_t(2));
    // Each worker's lane holds its wait with its cause, the transaction id included.
    const auto causes = engine.waitCauses();
    QVERIFY(causes);
    for (const auto &log : engine.waitLogs()) {
        std::vector<WaitLog::Wait> waits;
        log->read(0, &waits);
        QCOMPARE(waits.size(), std::size_t(1));
        const Postgres::LockWait w = causes->at(waits.front().cause);
        QVERIFY2(w.lockType == QLatin1String("transactionid") || w.lockType == QLatin1String("tuple"),
            qPrintable(w.lockType));
        if (w.lockType == QLatin1String("transactionid"))
            QVERIFY(w.transactionId != 0);
    }
}

void TestPgWaits::aSessionQueuedToUpgradeIsNotTheHolder()
{
    // The migration pile-up: X holds the table in ROW EXCLUSIVE mode; once the load runs, A
    // reads the table (ACCESS SHARE, granted) and waits for ACCESS EXCLUSIVE behind X; the
    // worker's next UPDATE (ROW EXCLUSIVE, which X's lock does not conflict with) queues behind
    // A. A holds a lock on the table, but none that conflicts with the worker's: it is ahead in
    // the queue, not the holder.
    Scenario sc = oneUpdate("locklens_upgrade");
    sc.busyTimeoutMs = 600000;
    sc.durationS = 600; // updates until stopped, 20 a second
    sc.rate = 20;
    QVERIFY2(oneRowTable(sc.table), "cannot make the load table");
    Holder x(QStringLiteral("LOCK TABLE locklens_upgrade IN ROW EXCLUSIVE MODE"), false);
    LoadEngine engine;
    QSignalSpy finished(&engine, &LoadEngine::finished);
    QString why;
    const bool started = engine.start(sc, &why);
    QVERIFY2(started, qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(!engine.snapshot().empty() && engine.snapshot().front().ops > 0, 120000);
    std::atomic<int> upgrader { 0 };
    std::thread a([&upgrader] {
        Outside o(QStringLiteral("upgrader"));
        QVariant pid;
        o.exec(QStringLiteral("SELECT pg_backend_pid()"), &pid);
        upgrader = pid.toInt();
        o.exec(QStringLiteral("BEGIN"));
        o.exec(QStringLiteral("SELECT count(*) FROM locklens_upgrade"));
        o.exec(QStringLiteral("LOCK TABLE locklens_upgrade IN ACCESS EXCLUSIVE MODE")); // waits for X
        o.exec(QStringLiteral("ROLLBACK"));
    });
    struct Ending // on a failed check too: X lets go, then A ends
    {
        Holder &x;
        std::thread &a;
        ~Ending()
        {
            x.release();
            if (a.joinable())
                a.join();
        }
    } ending { x, a };
    // Until the worker waits behind A (the sampler has seen it).
    QTRY_VERIFY_WITH_TIMEOUT(engine.snapshot().front().lockWaitTicks > 0, 120000);
    const bool released = x.release(); // X rolls back: A gets its lock and rolls back, the worker goes on
    a.join();
    engine.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QVERIFY(released);
    const RunResult r = finished.front().front().value<RunResult>();
    QVERIFY(r.verification.ok());
    const auto relation = std::find_if(r.serverLockWaits.begin(), r.serverLockWaits.end(),
        [](const Postgres::LockWaitTotal &t) { return t.cause.lockType == QLatin1String("relation"); });
    QVERIFY(relation != r.serverLockWaits.end());
    const Postgres::LockWait &w = relation->cause;
    QCOMPARE(w.relation, QStringLiteral("locklens_upgrade"));
    QCOMPARE(w.mode, QStringLiteral("RowExclusiveLock"));
    QCOMPARE(w.holders.size(), std::size_t(1));
    QCOMPARE(w.holders.front().pid, upgrader.load());
    QVERIFY(!w.holders.front().holds); // ahead in the queue
}

void TestPgWaits::stopEndsAWaitInTheServer()
{
    Scenario sc = oneUpdate("locklens_stopped");
    sc.busyTimeoutMs = 600000; // lock_timeout would keep it waiting ten minutes
    QVERIFY2(oneRowTable(sc.table), "cannot make the load table");
    // Held until the run has ended: only Stop can end the wait.
    Holder holder(QStringLiteral("UPDATE locklens_stopped SET value = 1"), false);
    LoadEngine engine;
    QSignalSpy finished(&engine, &LoadEngine::finished);
    QString why;
    const bool started = engine.start(sc, &why);
    if (started) {
        QTRY_VERIFY_WITH_TIMEOUT(!engine.snapshot().empty() && engine.snapshot().front().lockWaitTicks > 0, 120000);
        engine.stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    }
    QVERIFY(holder.release());
    QVERIFY2(started, qPrintable(why));
    const RunResult r = finished.front().front().value<RunResult>();
    QVERIFY(r.stopped);
    QCOMPARE(r.total.cutShortTx, std::uint64_t(1)); // cut short by the stop, not failed
    QCOMPARE(r.total.failedTx, std::uint64_t(0));
    QCOMPARE(r.total.errorTotal(), std::uint64_t(0));
    QVERIFY(r.fatalError.isEmpty());
}

void TestPgWaits::aTableLockedOutsideLocksTheSetupOut()
{
    Scenario sc = base("locklens_lockedout");
    sc.busyTimeoutMs = 200; // how long the setup waits
    QVERIFY2(oneRowTable(sc.table), "cannot make the load table");
    Holder holder(QStringLiteral("LOCK TABLE locklens_lockedout IN ACCESS EXCLUSIVE MODE"), false);
    RunResult r;
    QString why;
    const bool reported = LoadEngine::runBlocking(sc, &r, &why, 100);
    QVERIFY(holder.release());
    // A result that says the load never started, and why, in PostgreSQL's words.
    QVERIFY2(reported, qPrintable(why));
    QVERIFY(r.verification.lockedOut);
    QCOMPARE(r.total.ops, std::uint64_t(0));
    QVERIFY2(r.verification.error.contains(QLatin1String("lock timeout")), qPrintable(r.verification.error));
    QVERIFY2(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("Another session held a lock on the load table")),
        qPrintable(r.warnings.join(QLatin1Char(' '))));
    QVERIFY(!r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("EXCLUSIVE or PENDING")));
    Outside o(QStringLiteral("drop"));
    QVERIFY(o.exec(QStringLiteral("DROP TABLE locklens_lockedout")));
}

void TestPgWaits::sessionsAreToldToTheirBlocks()
{
    // Blocks: 3 workers (or pool threads), the writer queue's writer, then readers from 4.
    QCOMPARE(ServerSampler::blockOf(QStringLiteral("worker1"), 3, 4), 0);
    QCOMPARE(ServerSampler::blockOf(QStringLiteral("worker3"), 3, 4), 2);
    QCOMPARE(ServerSampler::blockOf(QStringLiteral("pool2"), 3, 4), 1);
    QCOMPARE(ServerSampler::blockOf(QStringLiteral("writer"), 3, 4), 3);
    QCOMPARE(ServerSampler::blockOf(QStringLiteral("reader2"), 3, 4), 5);
    QCOMPARE(ServerSampler::blockOf(QStringLiteral("shared"), 3, 4), 0); // the one session, charged to worker 1
    for (const char *none : { "worker4", "worker0", "control", "sampler", "workerx" })
        QVERIFY2(ServerSampler::blockOf(QLatin1String(none), 3, 4) == -1, none);
}

int main(int argc, char **argv)
{
    return testMain<TestPgWaits>(argc, argv);
}

#include "tst_pgwaits.moc"
