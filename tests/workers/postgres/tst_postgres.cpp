// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL layer: a server's address as users write it (URLs and libpq's key=value
// words, each mistake told in one line, the password never shown), and a temporary cluster
// that starts on a socket in its own folder, takes connections through Qt's QPSQL driver, and
// is gone after it stops.
#include "workers/postgres/lockwait.h"
#include "workers/postgres/serveraddress.h"
#include "workers/postgres/serverconnection.h"
#include "workers/postgres/sqlstate.h"
#include "workers/postgres/tempcluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace LockLens::Postgres;

class TestPostgres : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAddresses_data();
    void parsesAddresses();
    void refusesBadAddresses_data();
    void refusesBadAddresses();
    void theAddressGoesToTheDriver();
    void missingServerProgramsAreSaid();
    void aTemporaryClusterRunsAndIsGone();
    void connectionFailuresAreOneLine();
    void failuresAreToldApart();
    void waitCausesAreKeptWithinBounds();

private:
    // The server programs and the driver, or why the test is skipped ("" when it is not).
    static QString missing(TemporaryCluster::Programs *programs);
    // Starts `cluster`; false with why not, *skip set when PostgreSQL is not installed.
    static bool startCluster(TemporaryCluster *cluster, bool *skip, QString *why);
};

QString TestPostgres::missing(TemporaryCluster::Programs *programs)
{
    QString why;
    if (!ServerConnection::driverAvailable(&why))
        return why + QLatin1String(" (.ci/run installs it)");
    const std::optional<TemporaryCluster::Programs> found = TemporaryCluster::findPrograms();
    if (!found)
        return TemporaryCluster::installHint() + QLatin1String(" (.ci/run installs it)");
    *programs = *found;
    return {};
}

bool TestPostgres::startCluster(TemporaryCluster *cluster, bool *skip, QString *why)
{
    TemporaryCluster::Programs programs;
    *why = missing(&programs);
    *skip = !why->isEmpty();
    return !*skip && cluster->start(programs, why);
}

void TestPostgres::parsesAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("shown");
    QTest::newRow("url") << "postgresql://ann:s3cret@db.example.org:5433/load?sslmode=require" << "db.example.org"
                         << 5433 << "ann" << "s3cret" << "load" << "sslmode=require"
                         << "postgresql://ann:***@db.example.org:5433/load?sslmode=require";
    QTest::newRow("postgres://, nothing else") << "postgres://" << "" << 0 << "" << "" << "" << "" << "postgresql:///";
    QTest::newRow("escapes and a socket folder") << "postgresql://b%40x:p%3Aw%2F@%2Fvar%2Frun%2Fpostgresql/my%20db"
                                                 << "/var/run/postgresql" << 0 << "b@x" << "p:w/" << "my db" << ""
                                                 << "postgresql://b%40x:***@%2Fvar%2Frun%2Fpostgresql/my%20db";
    QTest::newRow("ipv6") << "postgresql://[::1]:6000/x" << "::1" << 6000 << "" << "" << "x" << ""
                          << "postgresql://[::1]:6000/x";
    QTest::newRow("parameters name the parts") << "postgresql:///load?host=/tmp&port=7000&user=u&password=pw"
                                               << "/tmp" << 7000 << "u" << "pw" << "load" << ""
                                               << "postgresql://u:***@%2Ftmp:7000/load";
    QTest::newRow("key=value words") << "host=/run/postgresql port = 5433 dbname='my db' password=s3cret "
                                        "application_name=locklens"
                                     << "/run/postgresql" << 5433 << "" << "s3cret" << "my db" << "application_name=locklens"
                                     << "postgresql://:***@%2Frun%2Fpostgresql:5433/my%20db?application_name=locklens";
    QTest::newRow("escaped quote") << "user=o\\'brien password='a\\'b c'" << "" << 0 << "o'brien" << "a'b c" << "" << ""
                                   << "postgresql://o%27brien:***@/";
}

void TestPostgres::parsesAddresses()
{
    QFETCH(QString, text);
    QString error;
    const std::optional<ServerAddress> a = ServerAddress::parse(text, &error);
    QVERIFY2(a, qPrintable(error));
    QTEST(a->host, "host");
    QTEST(a->port, "port");
    QTEST(a->user, "user");
    QTEST(a->password, "password");
    QTEST(a->database, "database");
    QStringList options;
    for (const auto &[key, value] : a->options)
        options << key + QLatin1Char('=') + value;
    QTEST(options.join(QLatin1Char(' ')), "options");
    QTEST(a->shown(), "shown");
    if (!a->password.isEmpty())
        QVERIFY(!a->shown().contains(a->password));
}

void TestPostgres::refusesBadAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << "  " << "no PostgreSQL server given";
    QTest::newRow("another scheme") << "mysql://h/db" << "mysql:// is not a PostgreSQL address: it starts with postgresql:// or postgres://";
    QTest::newRow("port") << "postgresql://h:99999/db" << "the port is not a number from 1 to 65535";
    QTest::newRow("port word") << "host=h port=five" << "the port is not a number from 1 to 65535";
    // A password is never quoted, even when it breaks the address.
    const QString slashOrQuestion = QStringLiteral(
        "an @ after a / or ?: a user or password holding / or ? is written with %2F and %3F (and an @ in a "
        "parameter's value as %40)");
    QTest::newRow("password with a slash") << "postgresql://u:se/cret@h/db" << slashOrQuestion;
    QTest::newRow("password with a question mark") << "postgresql://u:se?cret@h/db" << slashOrQuestion;
    QTest::newRow("password with a bad escape") << "postgresql://u:50%off@h/db"
                                                << "a broken %-escape in the password (a % is followed by two hex digits; write %25 for %)";
    QTest::newRow("several hosts") << "postgresql://a:1,b:2/db" << "several hosts (a:1,b:2): name one server";
    QTest::newRow("broken escape") << "postgresql://u%zz:p@h/db"
                                   << "a broken %-escape in \"u%zz\" (a % is followed by two hex digits)";
    QTest::newRow("not key=value") << "localhost"
                                   << "\"localhost\" is neither a postgresql:// address nor key=value words (host=... "
                                      "port=... dbname=...)";
    QTest::newRow("open quote") << "dbname='x" << "the value of dbname has no closing quote";
    QTest::newRow("parameter") << "postgresql://h/db?sslmode" << "\"sslmode\" in the address's parameters is not key=value";
    QTest::newRow("keyword") << "host=h Bad-Key=1" << "\"Bad-Key\" is not a libpq keyword";
    QTest::newRow("semicolon") << "host=h options='-c a=1;b'"
                               << "the value of options contains a ';', which Qt's PostgreSQL driver cannot pass on";
}

void TestPostgres::refusesBadAddresses()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!ServerAddress::parse(text, &error));
    QTEST(error, "error");
}

void TestPostgres::theAddressGoesToTheDriver()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql; .ci/run installs it)");
    QString error;
    const auto a = ServerAddress::parse(QStringLiteral("host=/s port=6543 user=u password=pw dbname=d "
                                                       "application_name='lock lens'"),
        &error);
    QVERIFY2(a, qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("address"));
        a->applyTo(db);
        QCOMPARE(db.hostName(), QStringLiteral("/s"));
        QCOMPARE(db.port(), 6543);
        QCOMPARE(db.userName(), QStringLiteral("u"));
        QCOMPARE(db.password(), QStringLiteral("pw"));
        QCOMPARE(db.databaseName(), QStringLiteral("d"));
        QCOMPARE(db.connectOptions(), QStringLiteral("application_name='lock lens'"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("address"));
}

void TestPostgres::missingServerProgramsAreSaid()
{
    QVERIFY(!TemporaryCluster::findPrograms({ QStringLiteral("/no/such/folder") }));
    QVERIFY(TemporaryCluster::installHint().contains(QLatin1String("apt-get install postgresql")));
}

void TestPostgres::aTemporaryClusterRunsAndIsGone()
{
    TemporaryCluster::Programs found;
    if (const QString why = missing(&found); !why.isEmpty())
        QSKIP(qPrintable(why));
    const TemporaryCluster::Programs *programs = &found;
    QVERIFY(!programs->version.isEmpty());
    QString folder;
    {
        TemporaryCluster cluster;
        QString error;
        QVERIFY2(cluster.start(*programs, &error), qPrintable(error));
        QVERIFY(cluster.isRunning());
        folder = cluster.folder();
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral(".s.PGSQL.5432")))); // its socket, there
        {
            QVERIFY2(ServerConnection::open(cluster.address(), QStringLiteral("cluster"), &error), qPrintable(error));
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("cluster"));
            const std::optional<ServerSettings> settings = ServerConnection::settings(db, &error);
            QVERIFY2(settings, qPrintable(error));
            QCOMPARE(settings->versionNumber / 10000, programs->version.section(QLatin1Char('.'), 0, 0).toInt());
            QCOMPARE(settings->fsync, QStringLiteral("on")); // the server's defaults, not made faster
            QCOMPARE(settings->synchronousCommit, QStringLiteral("on"));
            QVERIFY(settings->maxConnections > 0);
            QVERIFY(!settings->sharedBuffers.isEmpty());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SHOW listen_addresses")) && q.next());
            QCOMPARE(q.value(0).toString(), QString()); // no TCP: only the socket in its folder
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x integer)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t SELECT generate_series(1, 100)")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
            QCOMPARE(q.value(0).toInt(), 100);
            QVERIFY(q.exec(QStringLiteral("SHOW server_version")) && q.next());
            QVERIFY2(programs->version.startsWith(q.value(0).toString().section(QLatin1Char('.'), 0, 0)),
                qPrintable(q.value(0).toString()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cluster"));
        // A second one beside it: its own folder and socket.
        TemporaryCluster other;
        QVERIFY2(other.start(*programs, &error), qPrintable(error));
        QVERIFY(other.folder() != folder);
        other.stop();
        QVERIFY(!other.isRunning());
    }
    QVERIFY(!QFileInfo::exists(folder)); // stopped and removed
}

void TestPostgres::connectionFailuresAreOneLine()
{
    TemporaryCluster cluster;
    QString error;
    bool skip = false;
    if (!startCluster(&cluster, &skip, &error)) {
        if (skip)
            QSKIP(qPrintable(error));
        QFAIL(qPrintable(error));
    }
    const auto fails = [](ServerAddress a, const QString &name) {
        QString why;
        const bool opened = ServerConnection::open(a, name, &why);
        QSqlDatabase::removeDatabase(name);
        return opened ? QString() : why;
    };
    // Nothing listening there.
    ServerAddress nowhere = cluster.address();
    nowhere.host = QDir(cluster.folder()).filePath(QStringLiteral("data")); // a folder with no socket
    nowhere.password = QStringLiteral("s3cret-pw");
    error = fails(nowhere, QStringLiteral("nowhere"));
    QVERIFY2(error.startsWith(QLatin1String("cannot connect to postgresql://locklens:***@")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("No such file or directory")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY(!error.contains(QLatin1String("s3cret-pw")));
    // A database that does not exist, a role that does not exist.
    ServerAddress a = cluster.address();
    a.database = QStringLiteral("nope");
    error = fails(a, QStringLiteral("nodb"));
    QVERIFY2(error.endsWith(QLatin1String("database \"nope\" does not exist")), qPrintable(error));
    a = cluster.address();
    a.user = QStringLiteral("nobody_here");
    error = fails(a, QStringLiteral("norole"));
    QVERIFY2(error.endsWith(QLatin1String("role \"nobody_here\" does not exist")), qPrintable(error));
    // A wrong password, once the server asks for one.
    QVERIFY2(ServerConnection::open(cluster.address(), QStringLiteral("admin"), &error), qPrintable(error));
    {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("admin")));
        QVERIFY(q.exec(QStringLiteral("ALTER ROLE locklens PASSWORD 'right-one'")));
        QFile hba(QDir(cluster.folder()).filePath(QStringLiteral("data/pg_hba.conf")));
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("local all all scram-sha-256\n");
        hba.close();
        QVERIFY(q.exec(QStringLiteral("SELECT pg_reload_conf()")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    a = cluster.address();
    a.password = QStringLiteral("wrong-one");
    error = fails(a, QStringLiteral("wrongpw"));
    QVERIFY2(error.endsWith(QLatin1String("password authentication failed for user \"locklens\"")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("wrong-one")));
    a.password = QStringLiteral("right-one");
    QVERIFY2(fails(a, QStringLiteral("rightpw")).isEmpty(), "the right password connects");
}

void TestPostgres::failuresAreToldApart()
{
    // Forced on a real server, with two sessions taking turns on one thread (and psql for a
    // third): a serialization failure, a lock timeout against a row another session holds, a
    // deadlock, a session the server ends.
    TemporaryCluster cluster;
    QString error;
    bool skip = false;
    if (!startCluster(&cluster, &skip, &error)) {
        if (skip)
            QSKIP(qPrintable(error));
        QFAIL(qPrintable(error));
    }
    QVERIFY2(ServerConnection::open(cluster.address(), QStringLiteral("a"), &error), qPrintable(error));
    QVERIFY2(ServerConnection::open(cluster.address(), QStringLiteral("b"), &error), qPrintable(error));
    {
        QSqlQuery a(QSqlDatabase::database(QStringLiteral("a")));
        QSqlQuery b(QSqlDatabase::database(QStringLiteral("b")));
        const auto failureOfLast = [](const QSqlQuery &q) { return failureOf(sqlstate(q.lastError())); };
        QVERIFY(a.exec(QStringLiteral("CREATE TABLE t(id integer PRIMARY KEY, v integer)")));
        QVERIFY(a.exec(QStringLiteral("INSERT INTO t VALUES (1, 0), (2, 0)")));

        // REPEATABLE READ: a reads, b changes the row and commits, a's write fails.
        QVERIFY(a.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")));
        QVERIFY(a.exec(QStringLiteral("SELECT v FROM t WHERE id = 1")));
        QVERIFY(b.exec(QStringLiteral("UPDATE t SET v = 1 WHERE id = 1")));
        QVERIFY(!a.exec(QStringLiteral("UPDATE t SET v = 2 WHERE id = 1")));
        QCOMPARE(sqlstate(a.lastError()), QStringLiteral("40001"));
        QCOMPARE(failureOfLast(a), Failure::Serialization);
        QVERIFY(isRetryable(failureOfLast(a)));
        QVERIFY(a.exec(QStringLiteral("ROLLBACK")));

        // a holds row 2; b waits for it no longer than its lock_timeout.
        QVERIFY(a.exec(QStringLiteral("BEGIN")));
        QVERIFY(a.exec(QStringLiteral("UPDATE t SET v = 3 WHERE id = 2")));
        QVERIFY(b.exec(QStringLiteral("SET lock_timeout = '50ms'")));
        QVERIFY(!b.exec(QStringLiteral("UPDATE t SET v = 4 WHERE id = 2")));
        QCOMPARE(failureOfLast(b), Failure::LockTimeout);
        QVERIFY(!isRetryable(failureOfLast(b)));
        QVERIFY(a.exec(QStringLiteral("ROLLBACK")));

        // A deadlock with a psql session: it holds row 2 and waits for row 1, which a holds;
        // a then asks for row 2. a checks for the cycle first (deadlock_timeout 10 ms against
        // the other session's 10 s), so a is the one failed, and the other goes on.
        const QString psql = QFileInfo(cluster.programs().initdb).dir().filePath(QStringLiteral("psql"));
        if (QFileInfo(psql).isExecutable()) {
            QVERIFY(a.exec(QStringLiteral("BEGIN")));
            QVERIFY(a.exec(QStringLiteral("UPDATE t SET v = v + 1 WHERE id = 1")));
            QProcess other;
            other.setProcessChannelMode(QProcess::MergedChannels);
            other.start(psql, { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                  QStringLiteral("-h"), cluster.folder(), QStringLiteral("-p"), QStringLiteral("5432"),
                                  QStringLiteral("-U"), QStringLiteral("locklens"), QStringLiteral("postgres") });
            QVERIFY(other.waitForStarted());
            other.write("SET deadlock_timeout = '10s';\nBEGIN;\nUPDATE t SET v = v + 1 WHERE id = 2;\n"
                        "UPDATE t SET v = v + 1 WHERE id = 1;\nCOMMIT;\n");
            other.closeWriteChannel();
            // Waited for until the server says the other session waits for a lock (no sleep).
            const auto waiting = [&b] {
                return b.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"))
                    && b.next() && b.value(0).toInt() == 1;
            };
            QTRY_VERIFY_WITH_TIMEOUT(waiting(), 30000);
            QVERIFY(a.exec(QStringLiteral("SET deadlock_timeout = '10ms'")));
            QVERIFY(!a.exec(QStringLiteral("UPDATE t SET v = v + 1 WHERE id = 2")));
            QCOMPARE(sqlstate(a.lastError()), QStringLiteral("40P01"));
            QCOMPARE(failureOfLast(a), Failure::Deadlock);
            QVERIFY(isRetryable(failureOfLast(a)));
            QVERIFY(a.exec(QStringLiteral("ROLLBACK")));
            QVERIFY(other.waitForFinished(30000));
            QVERIFY2(other.exitCode() == 0, other.readAll().constData()); // the other one committed
        } else {
            qWarning("no psql beside initdb: the deadlock is not forced");
        }

        // The server ends b's session (as a restart would).
        QVERIFY(b.exec(QStringLiteral("SELECT pg_backend_pid()")) && b.next());
        const int pid = b.value(0).toInt();
        QVERIFY(a.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
        QVERIFY(!b.exec(QStringLiteral("SELECT 1")));
        // 57P01 "terminating connection due to administrator command"; or, when libpq finds the
        // socket closed before it reads that, an error without a SQLSTATE.
        const Failure lost = failureOfLast(b);
        QVERIFY2(lost == Failure::ConnectionLost || (lost == Failure::None && !b.lastError().text().isEmpty()),
            qPrintable(sqlstate(b.lastError()) + QLatin1Char(' ') + b.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("a"));
    QSqlDatabase::removeDatabase(QStringLiteral("b"));
    QCOMPARE(failureOf(QStringLiteral("40P01")), Failure::Deadlock);
    QCOMPARE(failureOf(QStringLiteral("08006")), Failure::ConnectionLost);
    QCOMPARE(failureOf(QStringLiteral("23505")), Failure::Other); // a unique violation: not the locks'
    QCOMPARE(QLatin1String(failureKey(Failure::LockTimeout)), QLatin1String("lock_timeout"));
}

// What the sampler's waits were for is kept once per distinct wait; past MaxCauses, a wait is
// kept as its cause only (no transaction id, no states), so the table stays bounded however
// long the run.
void TestPostgres::waitCausesAreKeptWithinBounds()
{
    WaitCauses causes;
    LockWait w;
    w.lockType = QStringLiteral("transactionid");
    w.mode = QStringLiteral("ShareLock");
    LockHolder h;
    h.role = QStringLiteral("worker1");
    h.state = QStringLiteral("active");
    w.holders.push_back(h);
    QCOMPARE(causes.at(0).lockType, QString()); // 0: not known
    QCOMPARE(causes.at(99).lockType, QString());
    for (std::uint32_t xid = 1; xid <= WaitCauses::MaxCauses; ++xid) {
        w.transactionId = xid;
        QCOMPARE(causes.intern(w), xid); // each new: numbered in order
    }
    w.transactionId = 5;
    QCOMPARE(causes.intern(w), std::uint32_t(5)); // seen before
    QCOMPARE(causes.at(5).transactionId, std::uint32_t(5));
    QCOMPARE(causes.at(5).holders.front().state, QStringLiteral("active"));
    // Full: new waits of one cause share one entry, without what only one wait has.
    w.transactionId = 900000;
    const std::uint32_t kept = causes.intern(w);
    QCOMPARE(kept, std::uint32_t(WaitCauses::MaxCauses + 1));
    w.transactionId = 900001;
    w.holders.front().state = QStringLiteral("idle in transaction");
    QCOMPARE(causes.intern(w), kept);
    QCOMPARE(causes.at(kept).transactionId, std::uint32_t(0));
    QVERIFY(causes.at(kept).holders.front().state.isEmpty());
    QCOMPARE(causes.at(kept).holders.front().role, QStringLiteral("worker1"));
    // Causes themselves are few; were there ever MaxCauses more, the rest would not be kept.
    for (std::size_t i = 0; i + 1 < WaitCauses::MaxCauses; ++i) {
        w.relation = QStringLiteral("t%1").arg(i);
        QVERIFY(causes.intern(w) != 0);
    }
    w.relation = QStringLiteral("one too many");
    QCOMPARE(causes.intern(w), std::uint32_t(0));
    QCOMPARE(causes.at(std::uint32_t(2 * WaitCauses::MaxCauses)).relation, QStringLiteral("t16382"));
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
