// SPDX-License-Identifier: GPL-3.0-or-later
// Loads on an existing table of the user's with foreign keys enforced or not, as the
// application it stands for does (Scenario::foreignKeys): what deletes of referenced rows
// do, and a foreign key SQLite cannot check refused before anything is written. Databases
// are written and checked through SQLite's C API, never through the code under test.
#include "tests/fixtures/existingtablefixture.h"
#include "tests/fixtures/sqlitefixture.h"
#include "workers/connection.h"
#include "workers/engine.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;
using namespace LockLens::Fixture;

class TestExistingTableForeignKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void deletesOfReferencedRows_data();
    void deletesOfReferencedRows();
    void foreignKeysOnlyWhenChosen_data();
    void foreignKeysOnlyWhenChosen();
    void deletesDoNotCascadeWhenNotEnforced();
    void foreignKeyMismatchRefusedAtSetup_data();
    void foreignKeyMismatchRefusedAtSetup();
};

void TestExistingTableForeignKeys::initTestCase()
{
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLITE")));
}

void TestExistingTableForeignKeys::deletesOfReferencedRows_data()
{
    enforcedOrNot();
}

void TestExistingTableForeignKeys::deletesOfReferencedRows()
{
    // Enforced, deleting a parent row that a child refers to fails as a constraint error
    // instead of leaving the child dangling; not enforced (SQLite's default), it succeeds and
    // the child dangles, as in an application that leaves them off.
    QFETCH(bool, enforced);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.db"));
    QCOMPARE(
        exec(path,
            QStringLiteral("CREATE TABLE parent(id INTEGER PRIMARY KEY, v TEXT);"
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) "
                           "INSERT INTO parent SELECT i, 'p' || i FROM n;"
                           "CREATE TABLE child(id INTEGER PRIMARY KEY, p INTEGER NOT NULL REFERENCES "
                           "parent(id));"
                           "INSERT INTO child(p) SELECT id FROM parent;")),
        QString());
    Scenario s = existingScenario(path, QStringLiteral("parent"));
    s.foreignKeys = enforced;
    s.workers = 2;
    s.opsPerWorker = 100;
    s.maxTries = 1;
    s.mix = { 20, 0, 80, 0, 0 };
    RunResult r;
    QString why;
    QVERIFY2(LoadEngine::runBlocking(s, &r, &why, 100), qPrintable(why));
    QVERIFY(r.verification.ok());
    const QString warnings = r.warnings.join(QLatin1Char(' '));
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM child")), 40);
    if (enforced) {
        QVERIFY(r.total.errors[std::size_t(ErrorClass::Other)] > 0);
        QVERIFY2(warnings.contains(QLatin1String("cannot be deleted")), qPrintable(warnings));
        QCOMPARE(rows(path, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    } else {
        QCOMPARE(r.total.errors[std::size_t(ErrorClass::Other)], std::uint64_t(0));
        QVERIFY2(warnings.contains(QLatin1String("not enforced")), qPrintable(warnings));
        QVERIFY(!rows(path, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    }
}

void TestExistingTableForeignKeys::foreignKeysOnlyWhenChosen_data()
{
    enforcedOrNot();
}

void TestExistingTableForeignKeys::foreignKeysOnlyWhenChosen()
{
    // Defect: every connection of an existing-table run had PRAGMA foreign_keys=ON, where
    // SQLite's default (and most applications) leave it off.
    QFETCH(bool, enforced);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.db"));
    QCOMPARE(
        exec(path,
            QStringLiteral("CREATE TABLE parent(id INTEGER PRIMARY KEY);"
                           "CREATE TABLE child(id INTEGER PRIMARY KEY, p INTEGER REFERENCES parent(id));")),
        QString());
    Scenario s = existingScenario(path, QStringLiteral("child"));
    s.foreignKeys = enforced;
    QString why;
    auto c = Connection::open(s, { QStringLiteral("test"), true, false, nullptr }, &why);
    QVERIFY2(c, qPrintable(why));
    QVariant v;
    QVERIFY2(c->query(QStringLiteral("PRAGMA foreign_keys"), &v, &why), qPrintable(why));
    QCOMPARE(v.toInt(), enforced ? 1 : 0);
    // A reference to no row: a constraint error only when enforced.
    QCOMPARE(c->exec(QStringLiteral("INSERT INTO child(p) VALUES (99)"), &why), !enforced);
    if (enforced)
        QVERIFY2(why.contains(QLatin1String("FOREIGN KEY")), qPrintable(why));
}

void TestExistingTableForeignKeys::deletesDoNotCascadeWhenNotEnforced()
{
    // Enforced, the delete would cascade: refused (refusals()). Not enforced, SQLite runs no
    // ON DELETE action: deletes touch only the table loaded.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.db"));
    QCOMPARE(exec(path,
                 QStringLiteral("CREATE TABLE parent(id INTEGER PRIMARY KEY, v TEXT);"
                                "INSERT INTO parent VALUES (1, 'a'), (2, 'b'), (3, 'c');"
                                "CREATE TABLE child(id INTEGER PRIMARY KEY, p INTEGER NOT NULL "
                                "REFERENCES parent(id) ON DELETE CASCADE);"
                                "INSERT INTO child(p) VALUES (1), (2), (3);")),
        QString());
    Scenario s = existingScenario(path, QStringLiteral("parent"));
    s.workers = 1;
    s.opsPerWorker = 50;
    s.mix = { 1, 0, 1, 0, 0 };
    RunResult r;
    QString why;
    QVERIFY2(LoadEngine::runBlocking(s, &r, &why, 100), qPrintable(why));
    QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
    QVERIFY(r.total.deleted > 0);
    QVERIFY(r.verification.ok());
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM child")), 3);
}

void TestExistingTableForeignKeys::foreignKeyMismatchRefusedAtSetup_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("statement");
    QTest::newRow("the child itself") << QStringLiteral("shipments") << QStringLiteral("INSERT");
    QTest::newRow("a delete cascades into the child") << QStringLiteral("orders") << QStringLiteral("DELETE");
}

void TestExistingTableForeignKeys::foreignKeyMismatchRefusedAtSetup()
{
    // Defect: with foreign keys enforced, a foreign key whose parent columns are neither its
    // PRIMARY KEY nor UNIQUE (as in `locklens demo-db`) failed the run only after it started,
    // with "fatal error: foreign key mismatch". SQLite finds it compiling a statement, so the
    // setup prepares the run's statements on its read-only connection and refuses.
    QFETCH(QString, table);
    QFETCH(QString, statement);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.db"));
    QCOMPARE(exec(path,
                 QStringLiteral("CREATE TABLE carriers(code TEXT NOT NULL, name TEXT NOT NULL);"
                                "INSERT INTO carriers VALUES ('DHL', 'DHL'), ('PNL', 'PostNL');"
                                "CREATE TABLE orders(id INTEGER PRIMARY KEY, status TEXT);"
                                "INSERT INTO orders VALUES (1, 'open'), (2, 'open');"
                                "CREATE TABLE shipments(id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL "
                                "REFERENCES orders(id) ON DELETE CASCADE, carrier_code TEXT REFERENCES "
                                "carriers(code));"
                                "INSERT INTO shipments(order_id, carrier_code) VALUES (1, 'DHL');")),
        QString());
    const QByteArray before = folderFingerprint(dir.path());
    Scenario s = existingScenario(path, table);
    s.foreignKeys = true;
    s.workers = 2;
    s.opsPerWorker = 20;
    RunResult r;
    QString why;
    QVERIFY2(!LoadEngine::runBlocking(s, &r, &why, 100), qPrintable(r.fatalError)); // never started
    for (const QString &part : { QStringLiteral("foreign key mismatch"), QStringLiteral("\"shipments\""),
             QStringLiteral("\"carriers\""), QStringLiteral("%1 statement").arg(statement),
             QStringLiteral("without enforcing foreign keys") })
        QVERIFY2(why.contains(part), qPrintable(why));
    QCOMPARE(folderFingerprint(dir.path()), before);

    // Not enforced, SQLite never checks that foreign key: the run runs.
    s.foreignKeys = false;
    QVERIFY2(LoadEngine::runBlocking(s, &r, &why, 100), qPrintable(why));
    QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
    QCOMPARE(r.total.inserted, std::uint64_t(40));
    QVERIFY(r.verification.ok());
}

QTEST_GUILESS_MAIN(TestExistingTableForeignKeys)
#include "tst_existingtablefk.moc"
