// SPDX-License-Identifier: GPL-3.0-or-later
// `locklens schema` and `locklens demo-db` as a user runs them: the text and JSON
// descriptions of a database, bad input in one line with exit 2, files never changed.
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

class TestCliSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schemaDescribesTheDemoDatabase();
    void schemaJsonIsComplete();
    void schemaBadInputExitsTwoWithOneLine_data();
    void schemaBadInputExitsTwoWithOneLine();
    void schemaOfANamedPipeIsRefusedUnopened();
    void hotJournalIsExplainedAndKept();
    void walOnReadOnlyMediaIsReadAsImmutable();
    void percentNamesAreShownAsTheyAre();
};

void TestCliSchema::schemaDescribesTheDemoDatabase()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    Outcome made = locklens({ QStringLiteral("demo-db"), db });
    QCOMPARE(made.status, 0);
    const QByteArray before = sha1Of(db);
    QVERIFY(!before.isEmpty());
    // demo-db never overwrites.
    QCOMPARE(locklens({ QStringLiteral("demo-db"), db }).status, 2);
    QCOMPARE(sha1Of(db), before);

    const Outcome o = locklens({ QStringLiteral("schema"), db });
    QCOMPARE(o.status, 0);
    const QString text = QString::fromUtf8(o.out);
    for (const char *expected :
        { "TABLE orders  [rowid: alias; AUTOINCREMENT, sqlite_sequence 240; rows: 240]",
            "TABLE products  [rowid: without_rowid", "TABLE invoices  [rowid: implicit",
            "declared INT, not INTEGER", "TABLE legacy_import  [rowid: shadowed",
            "FK #0 carrier_code -> carriers(code)", "PROBLEM: Parent key \"carriers\"(\"code\")",
            "Foreign key violations: 1", "order_items rowid 585 -> products (FK #0)", "VIEW order_totals",
            "TRIGGER shipment_closes_order ON shipments", "foreign_keys: off for this connection" })
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    QCOMPARE(sha1Of(db), before);
}

void TestCliSchema::schemaJsonIsComplete()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    QCOMPARE(locklens({ QStringLiteral("demo-db"), db }).status, 0);
    const Outcome o = locklens({ QStringLiteral("schema"), db, QStringLiteral("--json") });
    QCOMPARE(o.status, 0);
    QJsonParseError pe;
    const QJsonObject j = QJsonDocument::fromJson(o.out, &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    for (const char *key : { "tables", "indexes", "triggers", "foreign_keys_enabled", "fk_violations",
             "journal_mode", "page_size", "sqlite_version" })
        QVERIFY2(j.contains(QLatin1String(key)), key);
    QCOMPARE(j.value(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(j.value(QStringLiteral("fk_violations")).toArray().size(), 1);
    QStringList kinds;
    for (const QJsonValue &t : j.value(QStringLiteral("tables")).toArray())
        kinds << t.toObject().value(QStringLiteral("rowid")).toString();
    for (const char *k : { "alias", "implicit", "without_rowid", "shadowed" })
        QVERIFY2(kinds.contains(QLatin1String(k)), k);
}

void TestCliSchema::schemaBadInputExitsTwoWithOneLine_data()
{
    QTest::addColumn<QStringList>("args"); // %1 is replaced by a temporary folder
    QTest::addColumn<QByteArray>("file"); // content of %1/f.db, if any
    QTest::addColumn<QString>("expected");
    QTest::newRow("no database") << QStringList { QStringLiteral("schema") } << QByteArray()
                                 << "name the database";
    QTest::newRow("missing file") << QStringList { QStringLiteral("schema"), QStringLiteral("%1/none.db") }
                                  << QByteArray() << "no such file";
    QTest::newRow("not a database") << QStringList { QStringLiteral("schema"), QStringLiteral("%1/f.db") }
                                    << QByteArray(2048, 'z') << "is not an SQLite database";
    QTest::newRow("folder") << QStringList { QStringLiteral("schema"), QStringLiteral("%1") } << QByteArray()
                            << "is a folder";
    QTest::newRow("unknown option") << QStringList { QStringLiteral("schema"), QStringLiteral("x.db"),
        QStringLiteral("--jsn") } << QByteArray()
                                    << "unknown option";
    QTest::newRow("two files") << QStringList { QStringLiteral("schema"), QStringLiteral("a.db"),
        QStringLiteral("b.db") }
                               << QByteArray() << "one database at a time";
}

void TestCliSchema::schemaBadInputExitsTwoWithOneLine()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, file);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    if (!file.isEmpty()) {
        QFile f(dir.filePath(QStringLiteral("f.db")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(file);
    }
    for (QString &a : args)
        a.replace(QLatin1String("%1"), dir.path());
    const QByteArray before = sha1Of(dir.filePath(QStringLiteral("f.db")));
    const Outcome o = locklens(args);
    QCOMPARE(o.status, 2);
    QVERIFY2(o.err.contains(expected.toUtf8()), o.err.constData());
    QCOMPARE(o.err.count('\n'), 1);
    QVERIFY(o.out.isEmpty());
    QCOMPARE(sha1Of(dir.filePath(QStringLiteral("f.db"))), before);
}

// Regression: `locklens schema FIFO` waited for ever for a writer.
void TestCliSchema::schemaOfANamedPipeIsRefusedUnopened()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("f.db")), link = dir.filePath(QStringLiteral("l.db"));
    QVERIFY(Fixture::makeFifo(fifo));
    QVERIFY(QFile::link(fifo, link));
    for (const QString &name : { fifo, link }) {
        const Outcome o = locklens({ QStringLiteral("schema"), name }, 20000);
        QCOMPARE(o.status, 2); // -1 would mean it blocked
        QVERIFY2(o.err.contains("is a named pipe (FIFO), not a file"), o.err.constData());
        QCOMPARE(o.err.count('\n'), 1);
    }
    QVERIFY(Fixture::isFifo(fifo));
#else
    QSKIP("named pipes");
#endif
}

// Regression: a hot journal gave "attempt to write a readonly database".
void TestCliSchema::hotJournalIsExplainedAndKept()
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.db")),
                  hot = dir.filePath(QStringLiteral("hot.db"));
    QCOMPARE(
        Fixture::exec(live,
            QStringLiteral("PRAGMA journal_mode=delete; CREATE TABLE t(x);"
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                           "INSERT INTO t SELECT randomblob(500) FROM n;")),
        QString());
    // A write in the middle of its transaction, its journal synced and its pages spilled
    // into the file (a small cache): copied as it is, that is what a crash leaves.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(live.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "PRAGMA cache_size=10; BEGIN; UPDATE t SET x = randomblob(600);", nullptr,
                 nullptr, nullptr),
        SQLITE_OK);
    QVERIFY(QFile::exists(live + QStringLiteral("-journal")));
    QVERIFY(QFile::copy(live, hot));
    QVERIFY(QFile::copy(live + QStringLiteral("-journal"), hot + QStringLiteral("-journal")));
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    const QByteArray file = sha1Of(hot), journal = sha1Of(hot + QStringLiteral("-journal"));
    const Outcome o = locklens({ QStringLiteral("schema"), hot });
    QCOMPARE(o.status, 2);
    QVERIFY2(o.err.contains("has a hot journal"), o.err.constData());
    QVERIFY2(o.err.contains("rolled back"), o.err.constData());
    QVERIFY(!o.err.contains("attempt to write a readonly database"));
    QCOMPARE(o.err.count('\n'), 1);
    QCOMPARE(sha1Of(hot), file);
    QCOMPARE(sha1Of(hot + QStringLiteral("-journal")), journal);
}

// Regression: a WAL database on read-only media could not be opened (it has no -shm and
// SQLite cannot create one there).
void TestCliSchema::walOnReadOnlyMediaIsReadAsImmutable()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString media = dir.filePath(QStringLiteral("media"));
    QVERIFY(QDir().mkpath(media));
    QCOMPARE(
        locklens({ QStringLiteral("demo-db"), QDir(media).filePath(QStringLiteral("shop.db")) }).status, 0);
    Fixture::ReadOnlyFolder ro(media);
    if (ro.path().isEmpty())
        QSKIP(qPrintable(ro.why()));
    const QString db = QDir(ro.path()).filePath(QStringLiteral("shop.db"));
    const QByteArray before = sha1Of(db);
    const Outcome o = locklens({ QStringLiteral("schema"), db });
    QVERIFY2(o.status == 0, o.err.constData());
    QVERIFY(o.out.contains("TABLE orders  [rowid: alias; AUTOINCREMENT, sqlite_sequence 240; rows: 240]"));
    QVERIFY2(o.out.contains("read as immutable"), o.out.constData());
    const Outcome json = locklens({ QStringLiteral("schema"), db, QStringLiteral("--json") });
    QCOMPARE(json.status, 0);
    const QJsonArray notes
        = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("notes")).toArray();
    QVERIFY(!notes.isEmpty() && notes.first().toString().contains(QLatin1String("read as immutable")));
    QCOMPARE(sha1Of(db), before);
    QCOMPARE(QDir(ro.path()).entryList(QDir::Files), QStringList { QStringLiteral("shop.db") });
#else
    QSKIP("file modes and mounts");
#endif
}

// Regression: chained QString::arg() read a name's "%1" as the place of the next argument:
// db%4.sqlite was shown as db4096.sqlite, the column k%4 as "kPK 1".
void TestCliSchema::percentNamesAreShownAsTheyAre()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db%4.sqlite"));
    QCOMPARE(Fixture::exec(db,
                 QStringLiteral("CREATE TABLE \"p%1\"(\"k%4\" INTEGER PRIMARY KEY, v TEXT);"
                                "INSERT INTO \"p%1\" VALUES (1, 'a');"
                                "CREATE TABLE \"c%2\"(\"r%1\" INTEGER PRIMARY KEY, "
                                "\"k%4\" INTEGER REFERENCES \"p%1\"(\"k%4\"));"
                                "CREATE INDEX \"i%3\" ON \"c%2\"(\"k%4\");"
                                "CREATE TRIGGER \"t%2\" AFTER INSERT ON \"c%2\" BEGIN SELECT 1; END;"
                                "INSERT INTO \"c%2\" VALUES (7, 99);")), // no parent 99: a violation
        QString());
    const Outcome o = locklens({ QStringLiteral("schema"), db });
    QVERIFY2(o.status == 0, o.err.constData());
    const QString text = QString::fromUtf8(o.out);
    QVERIFY2(text.startsWith(db + QStringLiteral(": SQLite ")), qPrintable(text.left(200)));
    for (const QString &expected : { QStringLiteral("TABLE c%2  [rowid: alias; rows: 1]"),
             QStringLiteral("    r%1   INTEGER       integer   PK 1\n"),
             QStringLiteral("    k%4   INTEGER       integer\n"),
             QStringLiteral("    FK #0 k%4 -> p%1(k%4)\n"), QStringLiteral("    <- c%2(k%4) FK #0\n"),
             QStringLiteral("    index i%3 (k%4)\n"), QStringLiteral("TRIGGER t%2 ON c%2\n"),
             QStringLiteral("    c%2 rowid 7 -> p%1 (FK #0)\n") })
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    const Outcome json = locklens({ QStringLiteral("schema"), db, QStringLiteral("--json") });
    QCOMPARE(json.status, 0);
    QVERIFY(json.out.contains("\"c%2\"") && json.out.contains("\"k%4\""));
}

QTEST_GUILESS_MAIN(TestCliSchema)
#include "tst_clischema.moc"
