// SPDX-License-Identifier: GPL-3.0-or-later
// Sqlite::DriverConnection, the one way LockLens opens a connection of Qt's driver, against
// what SQLite itself does with the file: which opens can write, which leave files behind,
// what a shared in-memory database and a named VFS reach, and the retry of the upgrades
// SQLite refuses without calling the busy handler.
#include "tests/fixtures/sqlitefixture.h"
#include "workers/sqlite/driverconnection.h"
#include "workers/sqlite/sqlitelink.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace LockLens;
using Sqlite::Access;

namespace {

Sqlite::OpenSpec fileSpec(const QString &path, Access access)
{
    Sqlite::OpenSpec spec;
    spec.role = QStringLiteral("test");
    spec.path = path;
    spec.access = access;
    return spec;
}

// The QSqlError of running sql on the connection (invalid when it succeeded).
QSqlError run(const Sqlite::DriverConnection &c, const QString &sql)
{
    QSqlQuery q(c.database());
    q.exec(sql);
    return q.lastError();
}

} // namespace

class TestDriverConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readWriteWritesAndLeavesTheRegistryWhenDestroyed();
    void readOnlyAndQueryOnlyRefuseWrites_data();
    void readOnlyAndQueryOnlyRefuseWrites();
    void queryOnlyLeavesNoWalFilesBehind();
    void aMissingFileFailsReadOnly();
    void namedMemoryDatabaseIsSharedAndCanBeReadOnly();
    void aVfsIsUsedByName();
    void selectRowsStopsAtTheLimitAndReportsFailures();
    void retryWhileBusyRetriesOnlyBusyRefusals();
};

void TestDriverConnection::readWriteWritesAndLeavesTheRegistryWhenDestroyed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rw.db"));
    QSqlError e;
    auto c = Sqlite::DriverConnection::open(fileSpec(path, Access::ReadWrite), &e);
    QVERIFY2(c, qPrintable(e.text()));
    QVERIFY(!c->readOnly());
    QVERIFY(c->name().startsWith(QLatin1String("locklens-test-")));
    QCOMPARE(c->native() != nullptr, SqliteLink::driverSharesLibrary());
    QVERIFY(!run(*c, QStringLiteral("CREATE TABLE t(x)")).isValid());
    QVERIFY(!run(*c, QStringLiteral("INSERT INTO t VALUES (1), (2)")).isValid());
    auto other = Sqlite::DriverConnection::open(fileSpec(path, Access::ReadWrite), &e);
    QVERIFY(other);
    QVERIFY(other->name() != c->name());
    const QString name = c->name();
    QVERIFY(QSqlDatabase::contains(name));
    c.reset();
    QVERIFY(!QSqlDatabase::contains(name));
    QCOMPARE(Fixture::column(path, QStringLiteral("SELECT count(*) FROM t")), QStringList { QStringLiteral("2") });
}

void TestDriverConnection::readOnlyAndQueryOnlyRefuseWrites_data()
{
    QTest::addColumn<int>("access");
    QTest::newRow("read-only") << int(Access::ReadOnly);
    QTest::newRow("query-only") << int(Access::QueryOnly);
}

void TestDriverConnection::readOnlyAndQueryOnlyRefuseWrites()
{
    QFETCH(int, access);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.db"));
    QCOMPARE(Fixture::exec(path, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);")), QString());
    QSqlError e;
    auto c = Sqlite::DriverConnection::open(fileSpec(path, Access(access)), &e);
    QVERIFY2(c, qPrintable(e.text()));
    QVERIFY(c->readOnly());
    std::vector<QVariantList> rows;
    QVERIFY(Sqlite::selectRows(c->database(), QStringLiteral("SELECT x FROM t"), {}, &rows, &e));
    QCOMPARE(rows.size(), size_t(1));
    const QSqlError refused = run(*c, QStringLiteral("INSERT INTO t VALUES (2)"));
    QVERIFY(refused.isValid());
    QCOMPARE(Sqlite::primaryCode(refused), SQLITE_READONLY);
    QVERIFY(!Sqlite::isBusy(refused));
    QVERIFY(!Sqlite::messageOf(refused).isEmpty());
    c.reset();
    QCOMPARE(Fixture::column(path, QStringLiteral("SELECT count(*) FROM t")), QStringList { QStringLiteral("1") });
}

void TestDriverConnection::queryOnlyLeavesNoWalFilesBehind()
{
    // The reason QueryOnly exists: a WAL database read through a read-only open keeps the
    // -wal and -shm files it made SQLite create; a read-write open with query_only removes
    // them when it closes, as the user's own programs do.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wal.db"));
    QCOMPARE(Fixture::exec(path, QStringLiteral("PRAGMA journal_mode=WAL; CREATE TABLE t(x);")), QString());
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    for (const Access access : { Access::QueryOnly, Access::ReadOnly }) {
        QSqlError e;
        auto c = Sqlite::DriverConnection::open(fileSpec(path, access), &e);
        QVERIFY2(c, qPrintable(e.text()));
        std::vector<QVariantList> rows;
        QVERIFY(Sqlite::selectRows(c->database(), QStringLiteral("SELECT count(*) FROM t"), {}, &rows, &e));
        QVERIFY(QFile::exists(path + QStringLiteral("-shm")));
        c.reset();
        QCOMPARE(QFile::exists(path + QStringLiteral("-shm")), access == Access::ReadOnly);
    }
}

void TestDriverConnection::aMissingFileFailsReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    QSqlError e;
    QVERIFY(!Sqlite::DriverConnection::open(fileSpec(path, Access::ReadOnly), &e));
    QVERIFY(e.isValid());
    QVERIFY(!QFile::exists(path));
}

void TestDriverConnection::namedMemoryDatabaseIsSharedAndCanBeReadOnly()
{
    Sqlite::OpenSpec spec;
    spec.role = QStringLiteral("test");
    spec.memoryName = QStringLiteral("shared? #1");
    QSqlError e;
    auto writer = Sqlite::DriverConnection::open(spec, &e);
    QVERIFY2(writer, qPrintable(e.text()));
    QVERIFY(!run(*writer, QStringLiteral("CREATE TABLE t(x)")).isValid());
    QVERIFY(!run(*writer, QStringLiteral("INSERT INTO t VALUES (7)")).isValid());
    spec.access = Access::ReadOnly;
    auto reader = Sqlite::DriverConnection::open(spec, &e);
    QVERIFY2(reader, qPrintable(e.text()));
    std::vector<QVariantList> rows;
    QVERIFY(Sqlite::selectRows(reader->database(), QStringLiteral("SELECT x FROM t"), {}, &rows, &e));
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0][0].toInt(), 7);
    QCOMPARE(Sqlite::primaryCode(run(*reader, QStringLiteral("INSERT INTO t VALUES (8)"))), SQLITE_READONLY);
    // Another name is another database.
    spec.memoryName = QStringLiteral("another");
    auto elsewhere = Sqlite::DriverConnection::open(spec, &e);
    QVERIFY(elsewhere);
    QVERIFY(run(*elsewhere, QStringLiteral("SELECT x FROM t")).isValid());
}

void TestDriverConnection::aVfsIsUsedByName()
{
    if (!SqliteLink::driverSharesLibrary())
        QSKIP("Qt's driver carries its own SQLite: a VFS of the linked one is not visible to it");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.db"));
    Sqlite::OpenSpec spec = fileSpec(path, Access::ReadWrite);
    spec.vfs = QStringLiteral("no-such-vfs");
    QSqlError e;
    QVERIFY(!Sqlite::DriverConnection::open(spec, &e));
    QVERIFY2(Sqlite::messageOf(e).contains(QLatin1String("no such vfs")), qPrintable(Sqlite::messageOf(e)));
    // unix-dotfile locks with a lock file beside the database, where unix locks none.
    if (!sqlite3_vfs_find("unix-dotfile"))
        QSKIP("no unix-dotfile VFS in this SQLite");
    spec.vfs = QStringLiteral("unix-dotfile");
    auto c = Sqlite::DriverConnection::open(spec, &e);
    QVERIFY2(c, qPrintable(e.text()));
    QSqlQuery q(c->database());
    QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x)")));
    QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
}

void TestDriverConnection::selectRowsStopsAtTheLimitAndReportsFailures()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rows.db"));
    QCOMPARE(Fixture::exec(path, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1),(2),(3);")), QString());
    QSqlError e;
    auto c = Sqlite::DriverConnection::open(fileSpec(path, Access::ReadOnly), &e);
    QVERIFY(c);
    std::vector<QVariantList> rows;
    QVERIFY(Sqlite::selectRows(c->database(), QStringLiteral("SELECT x FROM t WHERE x >= ? ORDER BY x"),
        { 2 }, &rows, &e));
    QCOMPARE(rows.size(), size_t(2));
    rows.clear();
    QVERIFY(Sqlite::selectRows(c->database(), QStringLiteral("SELECT x FROM t"), {}, &rows, &e, 1));
    QCOMPARE(rows.size(), size_t(1));
    QVERIFY(!Sqlite::selectRows(c->database(), QStringLiteral("SELECT nope FROM t"), {}, &rows, &e));
    QVERIFY(Sqlite::messageOf(e).contains(QLatin1String("no such column")));
    QCOMPARE(Sqlite::primaryCode(e), SQLITE_ERROR);
}

void TestDriverConnection::retryWhileBusyRetriesOnlyBusyRefusals()
{
    using std::chrono::milliseconds;
    int tries = 0;
    bool busy = true;
    std::vector<milliseconds> pauses;
    const Sqlite::Pause pause = [&](milliseconds d) {
        pauses.push_back(d);
        return true;
    };
    // Busy twice, then through: three tries, two pauses of 10 ms.
    QVERIFY(Sqlite::retryWhileBusy([&] { return ++tries == 3; }, [&] { return busy; }, milliseconds(60000), pause));
    QCOMPARE(tries, 3);
    QCOMPARE(pauses, (std::vector<milliseconds> { milliseconds(10), milliseconds(10) }));
    // Any other failure is final at once.
    tries = 0;
    busy = false;
    QVERIFY(!Sqlite::retryWhileBusy([&] { return ++tries > 5; }, [&] { return busy; }, milliseconds(60000), pause));
    QCOMPARE(tries, 1);
    // A stop ends the waiting.
    tries = 0;
    busy = true;
    QVERIFY(!Sqlite::retryWhileBusy(
        [&] { return ++tries > 5; }, [&] { return busy; }, milliseconds(60000), [](milliseconds) { return false; }));
    QCOMPARE(tries, 1);
    // No time to wait: one try.
    tries = 0;
    QVERIFY(!Sqlite::retryWhileBusy([&] { return ++tries > 5; }, [&] { return busy; }, milliseconds(0), pause));
    QCOMPARE(tries, 1);
}

QTEST_GUILESS_MAIN(TestDriverConnection)
#include "tst_driverconnection.moc"
