// SPDX-License-Identifier: GPL-3.0-or-later
// Loads on an existing table of the user's (Scenario::existingTable): generated values that
// respect the declared types, UNIQUE columns and foreign keys; verification of what was
// committed; refusals that leave the file untouched. Databases are written and checked
// through SQLite's C API, never through the code under test.
#include "connection.h"
#include "engine.h"
#include "sqlitefixture.h"
#include "tablegen.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace LockLens;

namespace {

using Fixture::exec; // runs a script on a file (creating it); "" or SQLite's message

// Every row of `sql`, its columns joined by '|' (NULL as "NULL").
QStringList rows(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    QStringList out;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
        out << QStringLiteral("ERROR: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
    else
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList cols;
            for (int i = 0; i < sqlite3_column_count(st); ++i)
                cols << (sqlite3_column_type(st, i) == SQLITE_NULL
                        ? QStringLiteral("NULL")
                        : QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i))));
            out << cols.join(QLatin1Char('|'));
        }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

qint64 scalar(const QString &path, const QString &sql)
{
    const QStringList r = rows(path, sql);
    bool ok = false;
    const qint64 v = r.isEmpty() ? -1 : r.first().toLongLong(&ok);
    return ok ? v : -1;
}

// The files of the folder and their contents: what "left untouched" means.
QByteArray folderFingerprint(const QString &dir)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const QString &name : QDir(dir).entryList(QDir::Files, QDir::Name)) {
        h.addData(name.toUtf8());
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            h.addData(f.readAll());
    }
    return h.result();
}

// customers <- orders <- order_items, NOT NULL foreign keys, every affinity, a UNIQUE text,
// a DEFAULT and generated columns.
const char *ShopSchema = R"(
CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL UNIQUE);
CREATE TABLE orders(id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    placed DATETIME NOT NULL, total NUMERIC NOT NULL, status TEXT NOT NULL DEFAULT 'new');
CREATE TABLE order_items(id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    sku TEXT NOT NULL UNIQUE, qty INTEGER NOT NULL, price REAL NOT NULL, amount NUMERIC NOT NULL,
    photo BLOB, gift BOOLEAN,
    line_total REAL GENERATED ALWAYS AS (qty * price) VIRTUAL,
    qty_twice INTEGER GENERATED ALWAYS AS (qty * 2) STORED);
INSERT INTO customers VALUES (1, 'Ada', 'ada@example.org'), (2, 'Bob', 'bob@example.org'),
    (3, 'Cy', 'cy@example.org');
INSERT INTO orders(id, customer_id, placed, total) VALUES (10, 1, '2024-01-01 10:00:00', 12.5),
    (11, 2, '2024-01-02 11:00:00', 7), (12, 3, '2024-01-03 12:00:00', 99.99), (13, 1, '2024-01-04', 1);
INSERT INTO order_items(order_id, sku, qty, price, amount, photo, gift)
    VALUES (10, 'sku-0001-seed-aa', 1, 2.5, 2.5, x'00112233445566778899aabbccddeeff0011223344556677', 0);
)";

Scenario existingScenario(const QString &path, const QString &table)
{
    Scenario s;
    s.databasePath = path;
    s.table = table;
    s.existingTable = true;
    s.workers = 3;
    s.opsPerWorker = 200;
    s.payloadBytes = 24;
    s.busyTimeoutMs = 10000;
    s.maxTries = 20;
    return s;
}

// A column "enforced": with foreign keys enforced and without.
void enforcedOrNot()
{
    QTest::addColumn<bool>("enforced");
    QTest::newRow("enforced") << true;
    QTest::newRow("not enforced") << false;
}

} // namespace

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
    void deletesOfReferencedRows_data();
    void deletesOfReferencedRows();
    void foreignKeysOnlyWhenChosen_data();
    void foreignKeysOnlyWhenChosen();
    void deletesDoNotCascadeWhenNotEnforced();
    void foreignKeyMismatchRefusedAtSetup_data();
    void foreignKeyMismatchRefusedAtSetup();
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

void TestExistingTable::deletesOfReferencedRows_data()
{
    enforcedOrNot();
}

void TestExistingTable::deletesOfReferencedRows()
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

void TestExistingTable::foreignKeysOnlyWhenChosen_data()
{
    enforcedOrNot();
}

void TestExistingTable::foreignKeysOnlyWhenChosen()
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

void TestExistingTable::deletesDoNotCascadeWhenNotEnforced()
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

void TestExistingTable::foreignKeyMismatchRefusedAtSetup_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("statement");
    QTest::newRow("the child itself") << QStringLiteral("shipments") << QStringLiteral("INSERT");
    QTest::newRow("a delete cascades into the child") << QStringLiteral("orders") << QStringLiteral("DELETE");
}

void TestExistingTable::foreignKeyMismatchRefusedAtSetup()
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
