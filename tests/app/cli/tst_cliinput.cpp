// SPDX-License-Identifier: GPL-3.0-or-later
// What `locklens run` reads: its database, scenario file and existing tables, including
// what is not a file, names with %N in them, and a database on read-only media. (The
// options: tst_cli; what it writes: tst_clioutput.)
#include "tests/fixtures/clifixture.h"
#include "tests/fixtures/filefixture.h"
#include "tests/fixtures/sqlitefixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;
using LockLens::Fixture::locklens;
using LockLens::Fixture::Outcome;
using LockLens::Fixture::sha1Of;

class TestCliInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notAFileIsRefusedUnopened_data();
    void notAFileIsRefusedUnopened();
    void percentNamesInAnExistingTable_data();
    void percentNamesInAnExistingTable();
    void readOnlyMediaAllowRunsThatDoNotWrite();
};

void TestCliInput::notAFileIsRefusedUnopened_data()
{
    QTest::addColumn<QStringList>("args"); // "@" is the test's folder, where "pipe" is a FIFO
    QTest::newRow("database") << QStringList { QStringLiteral("@/pipe") };
    QTest::newRow("database through a link") << QStringList { QStringLiteral("@/link.db") };
    QTest::newRow("scenario file") << QStringList { QStringLiteral("@/x.db"), QStringLiteral("--scenario"),
        QStringLiteral("@/pipe") };
    QTest::newRow("split sibling") << QStringList { QStringLiteral("@/s.db"), QStringLiteral("--strategy"),
        QStringLiteral("split"), QStringLiteral("--split-files"), QStringLiteral("2") };
    QTest::newRow("results store") << QStringList { QStringLiteral("@/x.db"), QStringLiteral("--save"),
        QStringLiteral("--store"), QStringLiteral("@/pipe") };
}

// Regression: `run FIFO` and `run x.db --scenario FIFO` waited for ever for a writer.
void TestCliInput::notAFileIsRefusedUnopened()
{
#ifdef Q_OS_UNIX
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QVERIFY(Fixture::makeFifo(dir.filePath(QStringLiteral("pipe"))));
    QVERIFY(Fixture::makeFifo(dir.filePath(QStringLiteral("s-split2.db"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("pipe")), dir.filePath(QStringLiteral("link.db"))));
    for (QString &a : args)
        a.replace(QLatin1Char('@'), dir.path());
    const Outcome o = locklens(QStringList { QStringLiteral("run") } + args
            + QStringList { QStringLiteral("--ops"), QStringLiteral("5") },
        20000);
    QCOMPARE(o.status, 2); // -1 would mean it blocked
    QVERIFY2(o.err.contains("is a named pipe (FIFO), not a file"), o.err.constData());
    QCOMPARE(o.err.trimmed().count('\n'), 0);
    QVERIFY(Fixture::isFifo(dir.filePath(QStringLiteral("pipe"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.db"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("s.db"))));
#else
    QSKIP("named pipes");
#endif
}

void TestCliInput::percentNamesInAnExistingTable_data()
{
    QTest::addColumn<bool>("foreignKeys");
    QTest::newRow("foreign keys off") << false;
    QTest::newRow("foreign keys enforced") << true;
}

// Regression: chained QString::arg() read a name's "%1" as a place for the next argument:
// `--existing-table --table 'c%2'` with a key to "p%1"("k%4") failed with `near "%"`.
void TestCliInput::percentNamesInAnExistingTable()
{
    QFETCH(bool, foreignKeys);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db%4.sqlite"));
    QCOMPARE(Fixture::exec(db,
                 QStringLiteral("CREATE TABLE \"p%1\"(\"k%4\" INTEGER PRIMARY KEY, v TEXT);"
                                "INSERT INTO \"p%1\" VALUES (1, 'a'), (2, 'b');"
                                "CREATE TABLE \"c%2\"(\"r%1\" INTEGER PRIMARY KEY, \"k%4\" INTEGER NOT NULL "
                                "REFERENCES \"p%1\"(\"k%4\"), \"n%3\" TEXT);")),
        QString());
    QStringList args { QStringLiteral("run"), db, QStringLiteral("--existing-table"),
        QStringLiteral("--table"), QStringLiteral("c%2"), QStringLiteral("--workers"), QStringLiteral("2"),
        QStringLiteral("--ops"), QStringLiteral("50"), QStringLiteral("--mix"),
        QStringLiteral("insert=80,update=10,read=10"), QStringLiteral("--json"), QStringLiteral("-"),
        QStringLiteral("--quiet") };
    if (foreignKeys)
        args << QStringLiteral("--foreign-keys");
    const Outcome o = locklens(args);
    QVERIFY2(o.status == 0, o.err.constData());
    const QJsonObject r = QJsonDocument::fromJson(o.out).object();
    QCOMPARE(r.value(QStringLiteral("database")).toString(), db);
    QCOMPARE(r.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("table")).toString(),
        QStringLiteral("c%2"));
    const QJsonObject sum = r.value(QStringLiteral("summary")).toObject();
    QVERIFY(sum.value(QStringLiteral("verified")).toBool());
    QCOMPARE(sum.value(QStringLiteral("rows_present")).toDouble(),
        Fixture::column(db, QStringLiteral("SELECT count(*) FROM \"c%2\"")).value(0).toDouble());
    QCOMPARE(Fixture::column(db, QStringLiteral("SELECT count(*) FROM \"c%2\" WHERE \"k%4\" NOT IN (1, 2)")),
        QStringList { QStringLiteral("0") });
}

// Regression: a WAL database on read-only media could not be opened ("unable to open
// database file"): without its -shm a WAL reader needs immutable=1.
void TestCliInput::readOnlyMediaAllowRunsThatDoNotWrite()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString media = dir.filePath(QStringLiteral("media"));
    QVERIFY(QDir().mkpath(media));
    const Outcome made = locklens({ QStringLiteral("run"), QDir(media).filePath(QStringLiteral("w.db")),
        QStringLiteral("--ops"), QStringLiteral("100"), QStringLiteral("--workers"), QStringLiteral("4"),
        QStringLiteral("--quiet") });
    QCOMPARE(made.status, 0);
    QCOMPARE(QDir(media).entryList(QDir::Files), QStringList { QStringLiteral("w.db") }); // WAL, closed clean
    Fixture::ReadOnlyFolder ro(media);
    if (ro.path().isEmpty())
        QSKIP(qPrintable(ro.why()));
    const QString db = QDir(ro.path()).filePath(QStringLiteral("w.db"));
    const QByteArray before = sha1Of(db);
    const Outcome reads = locklens({ QStringLiteral("run"), db, QStringLiteral("--mix"),
        QStringLiteral("read=100"), QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--ops"),
        QStringLiteral("50"), QStringLiteral("--progress"), QStringLiteral("0") });
    QVERIFY2(reads.status == 0, reads.err.constData());
    QVERIFY2(reads.err.contains("read as immutable"), reads.err.constData());
    QVERIFY2(reads.out.contains("400 rows expected, 400 present, lost 0, integrity ok -> OK"),
        reads.out.right(300).constData());
    const Outcome writes = locklens({ QStringLiteral("run"), db, QStringLiteral("--ops"), QStringLiteral("5"),
        QStringLiteral("--quiet") });
    QCOMPARE(writes.status, 2);
    QVERIFY2(writes.err.contains("is on read-only media"), writes.err.constData());
    QCOMPARE(sha1Of(db), before);
#else
    QSKIP("file modes and mounts");
#endif
}

QTEST_GUILESS_MAIN(TestCliInput)
#include "tst_cliinput.moc"
