// SPDX-License-Identifier: GPL-3.0-or-later
// Load runs on PostgreSQL: every strategy commits and verifies on both paths, failures are
// classified by SQLSTATE, a password is never stored, the setup refuses what it must and
// leaves the user's table alone, verification without amcheck, and a session the server ends
// stops the run cleanly. (Locks and waits: tst_pgwaits. The server: tests/fixtures/pgfixture.h.)
#include "tests/fixtures/pgfixture.h"
#include "workers/rundocument.h"
#include "workers/statements.h"

#include <QJsonDocument>

using namespace LockLens;
using namespace LockLens::Fixture::Pg;

class TestPgRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverFailuresAreClassified();
    void beginNamesTheIsolation();
    void everyStrategyCommitsAndVerifies_data();
    void everyStrategyCommitsAndVerifies();
    void withoutAmcheckTheIndexIsCounted();
    void aPasswordIsNeverStored();
    void theSetupRefusesAndLeavesTablesAlone();
    void aSessionTheServerEndsEndsTheRun();
};

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

int main(int argc, char **argv)
{
    return testMain<TestPgRun>(argc, argv);
}

#include "tst_pgrun.moc"
