// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteFile: URI names, and which files only open as immutable (a WAL database on
// read-only media), decided without touching the database's locks.
#include "tests/fixtures/filefixture.h"
#include "tests/fixtures/sqlitefixture.h"
#include "workers/sqlite/sqlitefile.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace LockLens;

namespace {

// SQLite's own answer: the row count of t through `name` opened read-only as a URI, or its
// error message.
QString countThrough(const QString &name)
{
    sqlite3 *db = nullptr;
    QString out;
    if (sqlite3_open_v2(name.toUtf8().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM t", -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW)
            out = QString::number(sqlite3_column_int(st, 0));
        else
            out = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

} // namespace

class TestSqliteFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void uriEscapesWhatSqliteReads();
    void writableFolderNeedsNoImmutable();
    void lookingNeverDropsThisProcesssLocks();
    void walOnReadOnlyMediaReadsAsImmutable();
};

void TestSqliteFile::uriEscapesWhatSqliteReads()
{
    QTemporaryDir dir;
    // '?', '#' and '%' would end or escape the path in a URI.
    const QString path = dir.filePath(QStringLiteral("a?b#c%4 d.db"));
    QCOMPARE(
        Fixture::exec(path, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1), (2);")), QString());
    const QString uri = SqliteFile::uri(path, QStringLiteral("mode=ro"));
    QVERIFY(uri.startsWith(QLatin1String("file:///")) || uri.startsWith(QLatin1String("file://")));
    QVERIFY(uri.endsWith(QLatin1String("?mode=ro")));
    QCOMPARE(countThrough(uri), QStringLiteral("2"));
    QCOMPARE(SqliteFile::uri(QStringLiteral("rel.db")), QStringLiteral("file:rel.db"));
}

void TestSqliteFile::writableFolderNeedsNoImmutable()
{
    QTemporaryDir dir;
    const QString wal = dir.filePath(QStringLiteral("w.db"));
    QCOMPARE(Fixture::exec(wal, QStringLiteral("PRAGMA journal_mode=wal; CREATE TABLE t(x);")), QString());
    // SQLite makes its -shm in a folder it can write: nothing special.
    QVERIFY(!SqliteFile::readsAsImmutable(wal));
    QVERIFY(!SqliteFile::readsAsImmutable(dir.filePath(QStringLiteral("none.db"))));
    QVERIFY(!SqliteFile::readsAsImmutable(dir.path()));
    bool uri = true;
    QCOMPARE(SqliteFile::databaseName(wal, &uri), wal);
    QVERIFY(!uri);
}

// Regression: deciding opened and closed the database file, which drops every POSIX lock
// the process's SQLite connections hold on it: another process then wrote under a reader
// (rows deleted outside a run went unseen, and a file was corrupted).
void TestSqliteFile::lookingNeverDropsThisProcesssLocks()
{
#ifdef Q_OS_LINUX
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.db"));
    QCOMPARE(Fixture::exec(path, QStringLiteral("CREATE TABLE t(x);")), QString());
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK); // RESERVED
    bool uri = false;
    SqliteFile::readsAsImmutable(path);
    SqliteFile::databaseName(path, &uri);
    // Another process asks whether SQLite's RESERVED byte is locked (by this one).
    const pid_t child = ::fork();
    if (child == 0) {
        const int fd = ::open(path.toUtf8().constData(), O_RDWR);
        struct flock fl = {};
        fl.l_type = F_WRLCK;
        fl.l_whence = SEEK_SET;
        fl.l_start = 0x40000001; // PENDING_BYTE + 1
        fl.l_len = 1;
        ::_exit(fd >= 0 && ::fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK ? 0 : 1);
    }
    int status = -1;
    QCOMPARE(::waitpid(child, &status, 0), child);
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0); // still locked
#else
    QSKIP("fork and POSIX locks");
#endif
}

// Regression: a WAL database on read-only media could not be opened at all ("unable to
// open database file": SQLite cannot create the -shm a WAL reader needs).
void TestSqliteFile::walOnReadOnlyMediaReadsAsImmutable()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString media = dir.filePath(QStringLiteral("media"));
    QVERIFY(QDir().mkpath(media));
    QCOMPARE(Fixture::exec(QDir(media).filePath(QStringLiteral("w.db")),
                 QStringLiteral("PRAGMA journal_mode=wal; CREATE TABLE t(x); INSERT INTO t VALUES (1);")),
        QString());
    QCOMPARE(Fixture::exec(QDir(media).filePath(QStringLiteral("d.db")),
                 QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);")),
        QString());
    QCOMPARE(
        Fixture::exec(QDir(media).filePath(QStringLiteral("hot.db")), QStringLiteral("CREATE TABLE t(x);")),
        QString());
    QFile journal(QDir(media).filePath(QStringLiteral("hot.db-journal")));
    QVERIFY(journal.open(QIODevice::WriteOnly) && journal.write(QByteArray(512, 'j')) == 512);
    journal.close();
    Fixture::ReadOnlyFolder ro(media);
    if (ro.path().isEmpty())
        QSKIP(qPrintable(ro.why()));
    const QString wal = QDir(ro.path()).filePath(QStringLiteral("w.db"));
    QVERIFY(SqliteFile::readsAsImmutable(wal));
    QVERIFY(SqliteFile::readsAsImmutable(QDir(ro.path()).filePath(QStringLiteral("d.db"))));
    // A journal beside it may be hot: that must be read (and refused) as it is.
    QVERIFY(!SqliteFile::readsAsImmutable(QDir(ro.path()).filePath(QStringLiteral("hot.db"))));
    // What SQLite says without and with the immutable parameter.
    QVERIFY(countThrough(SqliteFile::uri(wal)) != QLatin1String("1"));
    bool uri = false;
    const QString name = SqliteFile::databaseName(wal, &uri);
    QVERIFY(uri);
    QCOMPARE(countThrough(name), QStringLiteral("1"));
    QVERIFY(SqliteFile::immutableNote(wal).contains(QLatin1String("immutable")));
#else
    QSKIP("file modes and mounts");
#endif
}

QTEST_GUILESS_MAIN(TestSqliteFile)
#include "tst_sqlitefile.moc"
