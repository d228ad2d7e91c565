// SPDX-License-Identifier: GPL-3.0-or-later
// `locklens schema` and `locklens demo-db` as a user runs them: the text and JSON
// descriptions of a database, bad input in one line with exit 2, files never changed.
#include "clifixture.h"
#include "sqlitefixture.h"

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

QTEST_GUILESS_MAIN(TestCliSchema)
#include "tst_clischema.moc"
