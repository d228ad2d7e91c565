// SPDX-License-Identifier: GPL-3.0-or-later
// Load runs on PostgreSQL: every strategy commits and verifies, the isolation level is the
// one asked for (a conflict forced by an outside session fails under REPEATABLE READ and
// SERIALIZABLE with 40001 and commits under READ COMMITTED), lock_timeout counts as the busy
// timeout, a password is never stored, the setup refuses what it must and leaves the user's
// table alone, and a session the server ends stops the run cleanly.
//
// The test process starts no cluster itself: under ThreadSanitizer a process that has started a
// QProcess may start no more threads, and a run starts many. main() starts a temporary cluster
// and runs this same program again with LOCKLENS_TEST_PG naming it.
#include "workers/engine.h"
#include "workers/postgres/serverconnection.h"
#include "workers/postgres/tempcluster.h"
#include "workers/rundocument.h"
#include "workers/runresult.h"
#include "workers/serversampler.h"
#include "workers/waitlog.h"
#include "workers/statements.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <chrono>
#include <future>
#include <thread>

using namespace LockLens;

namespace {

const char ServerVariable[] = "LOCKLENS_TEST_PG";

QString serverUrl()
{
    return qEnvironmentVariable(ServerVariable);
}

// An outside session, as another program would hold one: its own QPSQL connection, used
// only in the thread that made it.
class Outside
{
public:
    explicit Outside(const QString &name)
        : m_name(name)
    {
        QString why;
        const auto address = Postgres::ServerAddress::parse(serverUrl(), &why);
        m_ok = address && Postgres::ServerConnection::open(*address, m_name, &why);
        m_error = why;
    }
    ~Outside()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    const QString &error() const { return m_error; }
    bool exec(const QString &sql, QVariant *first = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            return false;
        }
        if (first)
            *first = q.next() ? q.value(0) : QVariant();
        return true;
    }
    // Polls the server (not the clock) until `sql` gives a true first value, at most `limit`.
    bool waitFor(const QString &sql, std::chrono::seconds limit = std::chrono::seconds(120))
    {
        const auto until = std::chrono::steady_clock::now() + limit;
        QVariant v;
        while (std::chrono::steady_clock::now() < until) {
            if (exec(sql, &v) && v.toBool())
                return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return false;
    }

private:
    QString m_name;
    QString m_error;
    bool m_ok = false;
};

// A worker of the run waits for a lock (pg_stat_activity says so).
const QString WorkerWaits = QStringLiteral(
    "SELECT count(*) > 0 FROM pg_stat_activity WHERE application_name LIKE 'locklens worker%' "
    "AND wait_event_type = 'Lock'");

// An outside session, in a thread of its own, that runs `sql` in an open transaction (and
// holds the locks it takes) from construction until release(), and then commits (`commit`)
// or rolls back.
class Holder
{
public:
    Holder(const QString &sql, bool commit)
    {
        std::future<void> isHeld = m_held.get_future();
        std::shared_future<void> released = m_release.get_future().share();
        m_thread = std::thread([this, sql, commit, released] {
            Outside o(QStringLiteral("holder"));
            o.exec(QStringLiteral("BEGIN"));
            o.exec(sql);
            m_held.set_value();
            released.wait();
            m_ended = o.exec(commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
        });
        isHeld.wait();
    }
    ~Holder() { release(); }
    // Ends the transaction; true when it ended as asked.
    bool release()
    {
        if (m_thread.joinable()) {
            m_release.set_value();
            m_thread.join();
        }
        return m_ended;
    }

private:
    std::promise<void> m_held, m_release;
    std::thread m_thread;
    bool m_ended = false;
};

} // namespace

class TestPgRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverFailuresAreClassified();
    void beginNamesTheIsolation();
    void everyStrategyCommitsAndVerifies_data();
    void everyStrategyCommitsAndVerifies();
    void isolationDecidesAForcedConflict_data();
    void isolationDecidesAForcedConflict();
    void lockTimeoutIsTheBusyTimeout();
    void lockWaitsInTheServerAreSampled();
    void sessionsAreToldToTheirBlocks();
    void stopEndsAWaitInTheServer();
    void withoutAmcheckTheIndexIsCounted();
    void aTableLockedOutsideLocksTheSetupOut();
    void aPasswordIsNeverStored();
    void theSetupRefusesAndLeavesTablesAlone();
    void aSessionTheServerEndsEndsTheRun();

private:
    static Scenario base(const char *table);
    // A load table with one row (id 1), made before the run so that an outside session can
    // hold that row from the start.
    static bool oneRowTable(const QString &table);
    // Runs `sc` beside an outside session in a thread of its own: `before` runs before the run
    // starts, `during` while it runs; the session ends after the run.
    using Part = std::function<void(Outside &)>;
    static RunResult runBeside(const Scenario &sc, const Part &before, const Part &during, QString *why);
};

Scenario TestPgRun::base(const char *table)
{
    Scenario sc;
    sc.engine = Engine::PostgreSQL;
    sc.server = serverUrl();
    sc.table = QLatin1String(table);
    sc.workers = 2;
    sc.opsPerWorker = 100;
    return sc;
}

bool TestPgRun::oneRowTable(const QString &table)
{
    Outside o(QStringLiteral("setup"));
    return o.ok() && o.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table))
        && o.exec(QStringLiteral("CREATE TABLE %1(id bigserial PRIMARY KEY, worker integer NOT NULL, "
                                 "value bigint NOT NULL, payload bytea)")
                      .arg(table))
        && o.exec(QStringLiteral("INSERT INTO %1(worker, value) VALUES (-1, 0)").arg(table));
}

RunResult TestPgRun::runBeside(const Scenario &sc, const Part &before, const Part &during, QString *why)
{
    std::promise<void> ready;
    std::future<void> isReady = ready.get_future();
    std::promise<void> runDone;
    std::shared_future<void> done = runDone.get_future().share();
    std::thread side([&] {
        Outside o(QStringLiteral("outside"));
        before(o);
        ready.set_value();
        during(o);
        done.wait(); // the session (and what it holds) ends only after the run
    });
    isReady.wait();
    RunResult r;
    LoadEngine::runBlocking(sc, &r, why, 100);
    runDone.set_value();
    side.join();
    return r;
}

void TestPgRun::serverFailuresAreClassified()
{
    QCOMPARE(serverFailureOf(QStringLiteral("40001")).cls, ErrorClass::Serialization);
    QCOMPARE(serverFailureOf(QStringLiteral("40P01")).cls, ErrorClass::Deadlock);
    QCOMPARE(serverFailureOf(QStringLiteral("55P03")).cls, ErrorClass::BusyTimeout);
    QCOMPARE(serverFailureOf(QStringLiteral("23505")).cls, ErrorClass::Other);
    QVERIFY(!serverFailureOf(QStringLiteral("40001")).endsRun);
    QVERIFY(!serverFailureOf(QStringLiteral("23505")).endsRun);
    for (const char *fatal : { "57P01", "08006", "53100", "42501", "25006", "" })
        QVERIFY2(serverFailureOf(QLatin1String(fatal)).endsRun, fatal);
    QCOMPARE(QLatin1String(errorClassKey(ErrorClass::Serialization)), QLatin1String("serialization"));
    QCOMPARE(QLatin1String(errorClassKey(ErrorClass::Deadlock)), QLatin1String("deadlock"));
}

void TestPgRun::beginNamesTheIsolation()
{
    Scenario sc = base("locklens_begin");
    sc.isolation = Isolation::RepeatableRead;
    StatementTexts t = StatementTexts::forScenario(sc);
    QCOMPARE(t.sql[std::size_t(Stmt::Begin)], QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
    QVERIFY(t.server);
    sc.engine = Engine::Sqlite;
    sc.server.clear();
    sc.isolation = Isolation::ReadCommitted;
    t = StatementTexts::forScenario(sc);
    QCOMPARE(t.sql[std::size_t(Stmt::Begin)], QStringLiteral("BEGIN IMMEDIATE"));
    QVERIFY(!t.server);
}

void TestPgRun::everyStrategyCommitsAndVerifies_data()
{
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<DriverPath>("path");
    QTest::addColumn<int>("payload");
    for (Strategy s : { Strategy::PerThread, Strategy::Pool, Strategy::Shared, Strategy::WriterQueue }) {
        QTest::addRow("%s, libpq", qPrintable(toString(s))) << s << DriverPath::Native << 100;
        QTest::addRow("%s, QSqlQuery", qPrintable(toString(s))) << s << DriverPath::Qt << 100;
    }
    QTest::addRow("no payload, libpq") << Strategy::PerThread << DriverPath::Native << 0;
    QTest::addRow("no payload, QSqlQuery") << Strategy::PerThread << DriverPath::Qt << 0;
}

void TestPgRun::everyStrategyCommitsAndVerifies()
{
    QFETCH(Strategy, strategy);
    QFETCH(DriverPath, path);
    QFETCH(int, payload);
    Scenario sc = base("locklens_strategies");
    sc.strategy = strategy;
    sc.driverPath = path; // native: libpq on the driver's PGconn (CI builds with libpq)
    sc.payloadBytes = payload;
    sc.workers = 3;
    sc.readers = 1;
    sc.batch = 5;
    sc.prefillRows = 50;
    sc.mix = { 50, 30, 10, 10, 0 };
    RunResult r;
    QString why;
    QVERIFY2(LoadEngine::runBlocking(sc, &r, &why, 100), qPrintable(why));
    QVERIFY2(r.ok(), qPrintable(r.verification.integrity + r.verification.error + r.fatalError));
    QVERIFY(r.verification.rowsExpected > 50);
    QCOMPARE(r.verification.rowsPresent, r.verification.rowsExpected);
    QCOMPARE(r.verification.integrityCheck, QStringLiteral("amcheck")); // the cluster has it
    QCOMPARE(r.total.failedTx, std::uint64_t(0));
    QCOMPARE(r.total.ops, std::uint64_t(sc.workers * sc.opsPerWorker + sc.readers * sc.opsPerWorker));
    QVERIFY(r.environment.onServer);
    QVERIFY(r.environment.server.versionNumber >= 100000);
    QVERIFY(!r.environment.temporaryCluster); // the test names its server
    QCOMPARE(r.environment.fastPath, path == DriverPath::Native);
    QVERIFY2(r.environment.driverPath.contains(path == DriverPath::Native ? QLatin1String("libpq") : QLatin1String("QSqlQuery")),
        qPrintable(r.environment.driverPath));
    // The table the run made is there, with the rows it verified.
    Outside o(QStringLiteral("count"));
    QVERIFY2(o.ok(), qPrintable(o.error()));
    QVariant n;
    QVERIFY(o.exec(QStringLiteral("SELECT count(*) FROM locklens_strategies"), &n));
    QCOMPARE(n.toLongLong(), r.verification.rowsPresent);
    // What was written is what was bound: the payloads' sizes, the workers' numbers.
    QVERIFY(o.exec(QStringLiteral("SELECT count(*) FROM locklens_strategies WHERE worker >= 0 AND "
                                  "coalesce(length(payload), 0) <> %1").arg(payload),
        &n));
    QCOMPARE(n.toLongLong(), 0);
    QVERIFY(o.exec(QStringLiteral("SELECT count(DISTINCT worker) FROM locklens_strategies WHERE worker >= 0"), &n));
    QVERIFY(n.toInt() >= 1 && n.toInt() <= sc.workers);
    if (strategy == Strategy::PerThread || strategy == Strategy::Shared)
        QCOMPARE(n.toInt(), sc.workers); // each worker inserted (half of its 100 operations)
    QVERIFY(o.exec(QStringLiteral("DROP TABLE locklens_strategies")));
}

void TestPgRun::isolationDecidesAForcedConflict_data()
{
    QTest::addColumn<Isolation>("isolation");
    QTest::addColumn<bool>("fails");
    QTest::newRow("read-committed") << Isolation::ReadCommitted << false;
    QTest::newRow("repeatable-read") << Isolation::RepeatableRead << true;
    QTest::newRow("serializable") << Isolation::Serializable << true;
}

void TestPgRun::isolationDecidesAForcedConflict()
{
    QFETCH(Isolation, isolation);
    QFETCH(bool, fails);
    Scenario sc = base("locklens_isolation");
    sc.isolation = isolation;
    sc.workers = 1;
    sc.opsPerWorker = 1;
    sc.mix = { 0, 100, 0, 0, 0 };
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

void TestPgRun::lockTimeoutIsTheBusyTimeout()
{
    Scenario sc = base("locklens_locktimeout");
    sc.workers = 1;
    sc.opsPerWorker = 1;
    sc.mix = { 0, 100, 0, 0, 0 };
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

void TestPgRun::lockWaitsInTheServerAreSampled()
{
    Scenario sc = base("locklens_sampled");
    sc.workers = 1;
    sc.opsPerWorker = 1;
    sc.mix = { 0, 100, 0, 0, 0 };
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

void TestPgRun::stopEndsAWaitInTheServer()
{
    Scenario sc = base("locklens_stopped");
    sc.workers = 1;
    sc.opsPerWorker = 1;
    sc.mix = { 0, 100, 0, 0, 0 };
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

void TestPgRun::withoutAmcheckTheIndexIsCounted()
{
    Outside o(QStringLiteral("amcheck"));
    QVERIFY(o.exec(QStringLiteral("DROP EXTENSION amcheck")));
    Scenario sc = base("locklens_noamcheck");
    RunResult r;
    QString why;
    const bool ran = LoadEngine::runBlocking(sc, &r, &why, 100);
    QVERIFY(o.exec(QStringLiteral("CREATE EXTENSION amcheck")));
    QVERIFY2(ran, qPrintable(why));
    QVERIFY2(r.ok(), qPrintable(r.verification.integrity));
    QCOMPARE(r.verification.integrityCheck, QStringLiteral("index-count"));
    QCOMPARE(r.verification.integrity, QStringLiteral("ok"));
    QVERIFY(o.exec(QStringLiteral("DROP TABLE locklens_noamcheck")));
}

void TestPgRun::aTableLockedOutsideLocksTheSetupOut()
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

void TestPgRun::sessionsAreToldToTheirBlocks()
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

void TestPgRun::aPasswordIsNeverStored()
{
    // The test cluster trusts every local connection: any password is accepted, and must go
    // nowhere.
    Scenario sc = base("locklens_password");
    QString why;
    auto address = Postgres::ServerAddress::parse(serverUrl(), &why);
    QVERIFY2(address, qPrintable(why));
    address->password = QStringLiteral("s3cret-Passw0rd");
    sc.server = address->shown().replace(QLatin1String(":***@"), QLatin1String(":s3cret-Passw0rd@"));
    QVERIFY(sc.server.contains(QLatin1String("s3cret-Passw0rd")));
    RunResult r;
    QVERIFY2(LoadEngine::runBlocking(sc, &r, &why, 100), qPrintable(why));
    QVERIFY2(r.ok(), qPrintable(r.verification.error + r.fatalError));
    const QByteArray stored = QJsonDocument(RunDocument::of(r).toJson()).toJson();
    QVERIFY(stored.contains("postgresql://"));
    QVERIFY(!stored.contains("s3cret"));
    QVERIFY(!QJsonDocument(sc.toJson()).toJson().contains("s3cret"));
    QVERIFY(!r.databaseName.contains(QLatin1String("s3cret")));
    Outside o(QStringLiteral("drop"));
    QVERIFY(o.exec(QStringLiteral("DROP TABLE locklens_password")));
}

void TestPgRun::theSetupRefusesAndLeavesTablesAlone()
{
    Outside o(QStringLiteral("users"));
    QVERIFY2(o.ok(), qPrintable(o.error()));
    QVERIFY(o.exec(QStringLiteral("DROP TABLE IF EXISTS users_table")));
    QVERIFY(o.exec(QStringLiteral("CREATE TABLE users_table(id bigint PRIMARY KEY, name text)")));
    QVERIFY(o.exec(QStringLiteral("INSERT INTO users_table VALUES (1, 'kept')")));
    QString why;
    RunResult r;
    Scenario sc = base("users_table"); // not a load table: never written
    QVERIFY(!LoadEngine::runBlocking(sc, &r, &why));
    QVERIFY2(why.contains(QLatin1String("not a LockLens load table")), qPrintable(why));
    QVariant v;
    QVERIFY(o.exec(QStringLiteral("SELECT string_agg(id || ':' || name, ',') FROM users_table"), &v));
    QCOMPARE(v.toString(), QStringLiteral("1:kept"));

    sc = base("locklens_toomany"); // more connections than the server has
    sc.workers = 1000;
    QVERIFY(!LoadEngine::runBlocking(sc, &r, &why));
    QVERIFY2(why.contains(QLatin1String("max_connections")), qPrintable(why));
    QVERIFY(o.exec(QStringLiteral("SELECT to_regclass('locklens_toomany') IS NULL"), &v));
    QVERIFY2(v.toBool(), "a refused run created its table");

    sc = base("locklens_unreachable"); // nothing listens there
    sc.server = QStringLiteral("postgresql://locklens@127.0.0.1:1/postgres");
    QVERIFY(!LoadEngine::runBlocking(sc, &r, &why));
    QVERIFY2(why.startsWith(QLatin1String("cannot connect to postgresql://locklens@127.0.0.1:1/postgres")),
        qPrintable(why));

    sc = base("locklens_nodb"); // no such database
    auto address = Postgres::ServerAddress::parse(serverUrl(), &why);
    QVERIFY(address);
    address->database = QStringLiteral("no_such_db");
    sc.server = address->shown();
    QVERIFY(!LoadEngine::runBlocking(sc, &r, &why));
    QVERIFY2(why.contains(QLatin1String("\"no_such_db\" does not exist")), qPrintable(why));
    QVERIFY2(!why.contains(QLatin1String("FATAL")), qPrintable(why));
}

void TestPgRun::aSessionTheServerEndsEndsTheRun()
{
    Scenario sc = base("locklens_terminated");
    sc.workers = 2;
    sc.opsPerWorker = 0;
    sc.durationS = 600; // ended by the server, long before
    QString why;
    int ended = 0;
    const RunResult r = runBeside(
        sc, [](Outside &) {},
        [&](Outside &o) {
            // Once both workers have committed, their sessions are ended (as a restart would).
            if (!o.waitFor(QStringLiteral("SELECT count(DISTINCT worker) = 2 FROM locklens_terminated WHERE worker >= 0")))
                return;
            QVariant n;
            o.exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                                  "application_name LIKE 'locklens worker%'"),
                &n);
            ended = n.toInt();
        },
        &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(ended, 2);
    QVERIFY2(!r.fatalError.isEmpty(), "the run went on without its sessions");
    QVERIFY(r.durationS < 600);
    // The control session was not ended: what was committed is verified.
    QVERIFY2(r.verification.checked, qPrintable(r.verification.error));
    QCOMPARE(r.verification.lostRows, std::int64_t(0));
    Outside o(QStringLiteral("drop"));
    QVERIFY(o.exec(QStringLiteral("DROP TABLE locklens_terminated")));
}

namespace {

// Starts a temporary cluster (with amcheck) and runs this program again against it.
int runAgainstACluster(int argc, char **argv)
{
    QString why;
    if (!Postgres::ServerConnection::driverAvailable(&why)) {
        qInfo("SKIP: %s", qPrintable(why));
        return 0;
    }
    const auto programs = Postgres::TemporaryCluster::findPrograms();
    if (!programs) {
        qInfo("SKIP: %s (.ci/run installs it)", qPrintable(Postgres::TemporaryCluster::installHint()));
        return 0;
    }
    Postgres::TemporaryCluster cluster;
    if (!cluster.start(*programs, &why)) {
        qCritical("cannot start a temporary cluster: %s", qPrintable(why));
        return 1;
    }
    {
        qputenv(ServerVariable, cluster.address().shown().toUtf8());
        Outside withUrl(QStringLiteral("amcheck"));
        if (!withUrl.ok() || !withUrl.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS amcheck"))) {
            qCritical("cannot set up the cluster: %s", qPrintable(withUrl.error()));
            return 1;
        }
    }
    QProcess again;
    again.setProcessChannelMode(QProcess::ForwardedChannels);
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    again.start(QCoreApplication::applicationFilePath(), args);
    if (!again.waitForFinished(-1))
        return 1;
    return again.exitStatus() == QProcess::NormalExit ? again.exitCode() : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (serverUrl().isEmpty())
        return runAgainstACluster(argc, argv);
    TestPgRun test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pgrun.moc"
