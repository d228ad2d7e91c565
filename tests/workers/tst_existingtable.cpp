// SPDX-License-Identifier: GPL-3.0-or-later
// Loads on an existing table of the user's (Scenario::existingTable): generated values that
// respect the declared types, UNIQUE columns and foreign keys; verification of what was
// committed; refusals that leave the file untouched. Databases are written and checked
// through SQLite's C API, never through the code under test.
#include "tests/fixtures/existingtablefixture.h"
#include "tests/fixtures/sqlitefixture.h"
#include "workers/engine.h"
#include "workers/tablegen.h"

#include <QDir>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;
using namespace LockLens::Fixture;

class TestExistingTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scenarioRoundTrip();
    void affinities_data();
    void affinities();
    void foreignKeyChainRun_data();
    void foreignKeyChainRun();
    void nullableForeignKeyWithEmptyParentGetsNull();
    void uniqueCollisionsAreConstraintErrors();
    void secondRunWithTheSameSeedDoesNotCollide();
    void hostileIdentifiers_data();
    void hostileIdentifiers();
    void refusals_data();
    void refusals();
    void missingDatabaseIsNotCreated();
};

void TestExistingTable::initTestCase()
{
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLITE")));
}

void TestExistingTable::scenarioRoundTrip()
{
    Scenario s;
    s.databasePath = QStringLiteral("/tmp/shop.db");
    s.table = QStringLiteral("order_items");
    s.existingTable = true;
    const QJsonObject o = s.toJson();
    QCOMPARE(o.value(QLatin1String("existing_table")).toBool(), true);
    Scenario back;
    QString why;
    QVERIFY2(Scenario::fromJson(o, &back, &why), qPrintable(why));
    QVERIFY(back.existingTable);
    QCOMPARE(back, s);
    back.existingTable = false;
    QVERIFY(back != s);
    QVERIFY(s.validate().isEmpty());
    QVERIFY(s.warnings().join(QLatin1Char(' ')).contains(QLatin1String("writes into your table")));

    // Defaults keep the built-in load table.
    QVERIFY(Scenario::fromJson(QJsonObject {}, &back, &why));
    QVERIFY(!back.existingTable);
    QVERIFY(
        !Scenario::fromJson({ { QStringLiteral("existing_table"), QStringLiteral("yes") } }, &back, &why));
    QVERIFY(why.contains(QLatin1String("existing_table")));

    Scenario memory = s;
    memory.databasePath.clear();
    memory.memoryName = QStringLiteral("m");
    QVERIFY(memory.validate().contains(QLatin1String("in-memory")));
    Scenario noFile = s;
    noFile.databasePath.clear();
    QVERIFY(noFile.validate().contains(QLatin1String("database file")));
}

void TestExistingTable::affinities_data()
{
    QTest::addColumn<QString>("declared");
    QTest::addColumn<int>("affinity");
    const auto row
        = [](const char *d, TableGen::Affinity a) { QTest::newRow(d) << QString::fromLatin1(d) << int(a); };
    row("INTEGER", TableGen::Affinity::Integer);
    row("BIGINT UNSIGNED", TableGen::Affinity::Integer);
    row("VARCHAR(20)", TableGen::Affinity::Text);
    row("CLOB", TableGen::Affinity::Text);
    row("BLOB", TableGen::Affinity::Blob);
    row("", TableGen::Affinity::Blob);
    row("DOUBLE PRECISION", TableGen::Affinity::Real);
    row("FLOAT", TableGen::Affinity::Real);
    row("DECIMAL(10,5)", TableGen::Affinity::Numeric);
    row("DATETIME", TableGen::Affinity::Numeric);
    row("POINT", TableGen::Affinity::Integer); // "INT" inside: SQLite's first rule wins
}

void TestExistingTable::affinities()
{
    QFETCH(QString, declared);
    QFETCH(int, affinity);
    QCOMPARE(int(TableGen::affinityOf(declared)), affinity);
}

void TestExistingTable::foreignKeyChainRun_data()
{
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<DriverPath>("driver");
    QTest::addColumn<int>("prefill");
    QTest::addColumn<int>("readers");
    QTest::newRow("per-thread native") << Strategy::PerThread << DriverPath::Auto << 0 << 0;
    QTest::newRow("per-thread qt") << Strategy::PerThread << DriverPath::Qt << 0 << 0;
    QTest::newRow("shared native, prefilled") << Strategy::Shared << DriverPath::Auto << 50 << 0;
    QTest::newRow("writer queue qt") << Strategy::WriterQueue << DriverPath::Qt << 0 << 0;
    QTest::newRow("pool native") << Strategy::Pool << DriverPath::Auto << 0 << 0;
    QTest::newRow("per-thread native, 2 readers") << Strategy::PerThread << DriverPath::Auto << 0 << 2;
}

void TestExistingTable::foreignKeyChainRun()
{
    QFETCH(Strategy, strategy);
    QFETCH(DriverPath, driver);
    QFETCH(int, prefill);
    QFETCH(int, readers);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.db"));
    QCOMPARE(exec(path, QString::fromLatin1(ShopSchema)), QString());
    const QString parentsBefore = rows(path,
        QStringLiteral(
            "SELECT group_concat(c, ';') FROM (SELECT id || name || email AS c FROM customers UNION ALL "
            "SELECT id || customer_id || placed || total || status FROM orders)"))
                                      .join(QString());

    Scenario s = existingScenario(path, QStringLiteral("order_items"));
    s.strategy = strategy;
    s.driverPath = driver;
    s.prefillRows = prefill;
    s.readers = readers;
    s.batch = 5;
    s.mix = { 60, 20, 10, 5, 5 };
    RunResult r;
    QString why;
    QVERIFY2(LoadEngine::runBlocking(s, &r, &why, 100), qPrintable(why));
    QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));

    // Nothing lost: rows present = rows before + committed inserts - committed deletes.
    const Verification &v = r.verification;
    QVERIFY2(v.ok(), qPrintable(v.error + v.integrity));
    QCOMPARE(r.initialRows, qint64(1 + prefill));
    QVERIFY(r.total.inserted > 100);
    QVERIFY(r.total.deleted > 0);
    QCOMPARE(v.rowsExpected, r.initialRows + qint64(r.total.inserted) - qint64(r.total.deleted));
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM order_items")), v.rowsPresent);
    QCOMPARE(r.total.errors[std::size_t(ErrorClass::Other)], std::uint64_t(0));
    QVERIFY(r.total.rows > r.total.inserted + r.total.deleted); // updates changed rows too

    // Every row refers to an existing order, and has the declared types.
    QCOMPARE(rows(path, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    QCOMPARE(scalar(path,
                 QStringLiteral(
                     "SELECT count(*) FROM order_items WHERE typeof(order_id) <> 'integer' OR typeof(sku) "
                     "<> 'text' OR length(sku) < 16 OR typeof(qty) <> 'integer' OR typeof(price) <> "
                     "'real' OR typeof(amount) NOT IN ('integer', 'real') OR typeof(photo) <> 'blob' OR "
                     "length(photo) <> 24 OR gift NOT IN (0, 1) OR line_total IS NOT qty * price OR "
                     "qty_twice <> 2 * qty")),
        0);
    QVERIFY(scalar(path, QStringLiteral("SELECT count(DISTINCT order_id) FROM order_items")) > 1);
    QCOMPARE(scalar(path,
                 QStringLiteral("SELECT count(*) FROM order_items WHERE order_id NOT IN (10, 11, 12, 13)")),
        0);
    QCOMPARE(rows(path, QStringLiteral("PRAGMA integrity_check")), QStringList { QStringLiteral("ok") });
    // The parents were read, never written.
    QCOMPARE(
        rows(path,
            QStringLiteral("SELECT group_concat(c, ';') FROM (SELECT id || name || email AS c FROM customers "
                           "UNION ALL SELECT id || customer_id || placed || total || status FROM orders)"))
            .join(QString()),
        parentsBefore);
}

void TestExistingTable::nullableForeignKeyWithEmptyParentGetsNull()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.db"));
    QCOMPARE(exec(path,
                 QStringLiteral("CREATE TABLE tag(id INTEGER PRIMARY KEY, label TEXT);"
                                "CREATE TABLE note(tag_id INTEGER REFERENCES tag(id), body TEXT NOT NULL, "
                                "placed TIMESTAMP);")),
        QString());
    // No INTEGER PRIMARY KEY: updates, deletes and reads address rows by rowid.
    Scenario s = existingScenario(path, QStringLiteral("note"));
    s.workers = 2;
    s.opsPerWorker = 100;
    s.mix = { 70, 15, 10, 5, 0 };
    RunResult r;
    QString why;
    QVERIFY2(LoadEngine::runBlocking(s, &r, &why, 100), qPrintable(why));
    QVERIFY(r.verification.ok());
    QVERIFY(r.total.deleted > 0);
    QVERIFY(r.total.rows > r.total.inserted + r.total.deleted);
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM note")), r.verification.rowsPresent);
    QCOMPARE(r.verification.rowsPresent, qint64(r.total.inserted) - qint64(r.total.deleted));
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM note WHERE tag_id IS NOT NULL")), 0);
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM tag")), 0);
    // A DATE/TIME column gets timestamps SQLite's date functions read.
    QCOMPARE(
        scalar(path, QStringLiteral("SELECT count(*) FROM note WHERE datetime(placed) IS NOT placed")), 0);
}

void TestExistingTable::uniqueCollisionsAreConstraintErrors()
{
    // The UNIQUE column is also a foreign key to a parent with one row: every insert after
    // the first collides.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("u.db"));
    QCOMPARE(exec(path,
                 QStringLiteral("CREATE TABLE p(id INTEGER PRIMARY KEY); INSERT INTO p VALUES (7);"
                                "CREATE TABLE one(id INTEGER PRIMARY KEY, p_id INTEGER NOT NULL UNIQUE "
                                "REFERENCES p(id), v REAL);")),
        QString());
    Scenario s = existingScenario(path, QStringLiteral("one"));
    s.workers = 2;
    s.opsPerWorker = 20;
    s.maxTries = 1;
    RunResult r;
    QString why;
    QVERIFY2(LoadEngine::runBlocking(s, &r, &why, 100), qPrintable(why));
    QVERIFY(r.fatalError.isEmpty());
    QCOMPARE(r.total.inserted, std::uint64_t(1));
    QCOMPARE(r.total.errors[std::size_t(ErrorClass::Other)], std::uint64_t(39));
    QVERIFY(r.verification.ok());
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM one")), 1);
}

void TestExistingTable::secondRunWithTheSameSeedDoesNotCollide()
{
    // Defect: the values followed from the seed alone, so running the same scenario again on
    // the same table wrote the same UNIQUE values as the run before and every insert failed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("again.db"));
    QCOMPARE(exec(path, QStringLiteral("CREATE TABLE t(code TEXT NOT NULL UNIQUE, n INTEGER UNIQUE);")),
        QString());
    Scenario s = existingScenario(path, QStringLiteral("t"));
    s.workers = 2;
    s.opsPerWorker = 100;
    s.maxTries = 1;
    for (int run = 1; run <= 2; ++run) {
        RunResult r;
        QString why;
        QVERIFY2(LoadEngine::runBlocking(s, &r, &why, 100), qPrintable(why));
        QCOMPARE(r.total.errors[std::size_t(ErrorClass::Other)], std::uint64_t(0));
        QCOMPARE(r.total.inserted, std::uint64_t(200));
        QVERIFY(r.verification.ok());
    }
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM t")), 400);
}

void TestExistingTable::hostileIdentifiers_data()
{
    QTest::addColumn<DriverPath>("driver");
    QTest::newRow("native") << DriverPath::Auto;
    QTest::newRow("qt") << DriverPath::Qt;
}

void TestExistingTable::hostileIdentifiers()
{
    QFETCH(DriverPath, driver);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.db"));
    const QString schema = QStringLiteral(
        "CREATE TABLE \"pa\"\"rent;\" (\"k\"\"ey]\" TEXT PRIMARY KEY);"
        "INSERT INTO \"pa\"\"rent;\" VALUES ('a'), ('b;'), ('ç\"');"
        "CREATE TABLE \"we\"\"ird [t];able ✓\" (\"id\" INTEGER PRIMARY KEY, "
        "\"ref\"\"s\" TEXT NOT NULL REFERENCES \"pa\"\"rent;\"(\"k\"\"ey]\"), "
        "\"[bracket]\" INTEGER NOT NULL, \"semi;colon\" REAL, \"ünïcødé\" TEXT UNIQUE, \"rowid\" TEXT);");
    QCOMPARE(exec(path, schema), QString());
    Scenario s = existingScenario(path, QStringLiteral("we\"ird [t];able ✓"));
    s.driverPath = driver;
    s.workers = 2;
    s.opsPerWorker = 150;
    s.mix = { 60, 20, 10, 5, 5 };
    RunResult r;
    QString why;
    QVERIFY2(LoadEngine::runBlocking(s, &r, &why, 100), qPrintable(why));
    QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
    QVERIFY2(r.verification.ok(), qPrintable(r.verification.error));
    QVERIFY(r.total.inserted > 100);
    QCOMPARE(r.total.errors[std::size_t(ErrorClass::Other)], std::uint64_t(0));
    QCOMPARE(rows(path, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM \"we\"\"ird [t];able ✓\"")),
        r.verification.rowsPresent);
    QCOMPARE(
        scalar(path,
            QStringLiteral("SELECT count(*) FROM \"we\"\"ird [t];able ✓\" WHERE typeof(\"[bracket]\") <> "
                           "'integer' OR typeof(\"semi;colon\") <> 'real' OR typeof(\"ünïcødé\") <> 'text' "
                           "OR \"ref\"\"s\" NOT IN ('a', 'b;', 'ç\"')")),
        0);
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM \"pa\"\"rent;\"")), 3);
}

void TestExistingTable::refusals_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("mix");
    QTest::addColumn<QString>("expected");
    const QString base = QStringLiteral("CREATE TABLE parent(id INTEGER PRIMARY KEY);"
                                        "CREATE TABLE child(id INTEGER PRIMARY KEY, p INTEGER NOT NULL "
                                        "REFERENCES parent(id) ON DELETE CASCADE, v TEXT);");
    QTest::newRow("missing table") << base << QStringLiteral("nosuch") << QStringLiteral("insert=1")
                                   << QStringLiteral("no table named");
    QTest::newRow("view") << base + QStringLiteral("CREATE VIEW kids AS SELECT * FROM child;")
                          << QStringLiteral("kids") << QStringLiteral("insert=1")
                          << QStringLiteral("is a view");
    QTest::newRow("without rowid") << base
            + QStringLiteral("CREATE TABLE kv(k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID;")
                                   << QStringLiteral("kv") << QStringLiteral("insert=1")
                                   << QStringLiteral("WITHOUT ROWID");
    QTest::newRow("virtual table") << base + QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5(body);")
                                   << QStringLiteral("docs") << QStringLiteral("insert=1")
                                   << QStringLiteral("virtual table");
    QTest::newRow("empty NOT NULL parent")
        << base << QStringLiteral("child") << QStringLiteral("insert=1") << QStringLiteral("which is empty");
    QTest::newRow("delete would cascade")
        << base + QStringLiteral("INSERT INTO parent VALUES (1);") << QStringLiteral("parent")
        << QStringLiteral("insert=5,delete=1") << QStringLiteral("ON DELETE CASCADE"); // when enforced
    QTest::newRow("nothing to update")
        << base + QStringLiteral("INSERT INTO parent VALUES (1);") << QStringLiteral("parent")
        << QStringLiteral("update=1") << QStringLiteral("no column an update could change");
    QTest::newRow("internal table") << base
            + QStringLiteral("CREATE TABLE a(id INTEGER PRIMARY KEY AUTOINCREMENT);")
                                    << QStringLiteral("sqlite_sequence") << QStringLiteral("insert=1")
                                    << QStringLiteral("internal");
}

void TestExistingTable::refusals()
{
    QFETCH(QString, schema);
    QFETCH(QString, table);
    QFETCH(QString, mix);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.db"));
    const QString made = exec(path, schema);
    if (made.contains(QLatin1String("no such module")))
        QSKIP("this SQLite has no fts5");
    QCOMPARE(made, QString());
    const QByteArray before = folderFingerprint(dir.path());

    Scenario s = existingScenario(path, table);
    s.foreignKeys = true;
    QString why;
    QVERIFY(OpMix::parse(mix, &s.mix, &why));
    RunResult r;
    QVERIFY(!LoadEngine::runBlocking(s, &r, &why, 100));
    QVERIFY2(why.contains(expected), qPrintable(why));
    QCOMPARE(folderFingerprint(dir.path()), before);
}

void TestExistingTable::missingDatabaseIsNotCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.db"));
    Scenario s = existingScenario(path, QStringLiteral("t"));
    RunResult r;
    QString why;
    QVERIFY(!LoadEngine::runBlocking(s, &r, &why, 100));
    QVERIFY2(why.contains(QLatin1String("does not exist")), qPrintable(why));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestExistingTable)
#include "tst_existingtable.moc"
