// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/catalogjson.h"
#include "app/core/catalogreader.h"
#include "app/core/dbconnection.h"
#include "app/core/demodatabase.h"
#include "tests/fixtures/sqlitefixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;
using namespace LockLens::Catalog;

Q_DECLARE_METATYPE(LockLens::Catalog::RowidKind)

using namespace LockLens::Fixture;

class TestCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rowidKindComesFromSqlite_data();
    void rowidKindComesFromSqlite();
    void autoincrementAndSequence();
    void columnsCarryEveryAttribute();
    void indexesAndTriggers();
    void hostileNamesWorkEverywhere();
    void unreadableFilesGiveOneClearFailure_data();
    void unreadableFilesGiveOneClearFailure();
    void zeroByteFileIsAnEmptyDatabase();
    void readingNeverChangesTheFile();
    void readOnlyFileIsRead();
    void viewOverMissingTableIsAProblemNotAFailure();
    void lockedDatabaseFailsWithinTheTimeout();
    void demoDatabaseShowsEveryConcept();
    void jsonCarriesTheRequiredKeys();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    int m_n = 0;
};

void TestCatalog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLITE")));
}

void TestCatalog::rowidKindComesFromSqlite_data()
{
    QTest::addColumn<QString>("create");
    QTest::addColumn<RowidKind>("kind");
    QTest::addColumn<QString>("column");

    const auto alias = RowidKind::Alias;
    const auto implicit = RowidKind::Implicit;
    QTest::newRow("INTEGER PRIMARY KEY") << "CREATE TABLE t(id INTEGER PRIMARY KEY, v)" << alias << "id";
    QTest::newRow("lower case") << "CREATE TABLE t(Id integer primary key, v)" << alias << "Id";
    QTest::newRow("ASC") << "CREATE TABLE t(id INTEGER PRIMARY KEY ASC)" << alias << "id";
    QTest::newRow("table constraint DESC is an alias")
        << "CREATE TABLE t(id INTEGER, v, PRIMARY KEY(id DESC))" << alias << "id";
    QTest::newRow("INT PRIMARY KEY") << "CREATE TABLE t(id INT PRIMARY KEY, v)" << implicit << "";
    QTest::newRow("INTEGER PRIMARY KEY DESC")
        << "CREATE TABLE t(id INTEGER PRIMARY KEY DESC, v)" << implicit << "";
    QTest::newRow("UNSIGNED INTEGER") << "CREATE TABLE t(id UNSIGNED INTEGER PRIMARY KEY)" << implicit << "";
    QTest::newRow("composite") << "CREATE TABLE t(a INTEGER, b INTEGER, PRIMARY KEY(a, b))" << implicit << "";
    QTest::newRow("no key") << "CREATE TABLE t(a, b)" << implicit << "";
    QTest::newRow("text key") << "CREATE TABLE t(k TEXT PRIMARY KEY)" << implicit << "";
    QTest::newRow("WITHOUT ROWID") << "CREATE TABLE t(k TEXT PRIMARY KEY, v) WITHOUT ROWID"
                                   << RowidKind::WithoutRowid << "";
    QTest::newRow("WITHOUT ROWID integer key")
        << "CREATE TABLE t(id INTEGER PRIMARY KEY, v) WITHOUT ROWID" << RowidKind::WithoutRowid << "";
    QTest::newRow("shadowed") << "CREATE TABLE t(rowid, _rowid_, oid)" << RowidKind::Shadowed << "";
    QTest::newRow("shadowed, any case")
        << "CREATE TABLE t(RowID TEXT, _ROWID_ INT, Oid, v)" << RowidKind::Shadowed << "";
    QTest::newRow("two of three names taken") << "CREATE TABLE t(rowid, oid, v)" << implicit << "";
    QTest::newRow("alias named rowid")
        << "CREATE TABLE t(rowid INTEGER PRIMARY KEY, _rowid_, oid)" << alias << "rowid";
}

void TestCatalog::rowidKindComesFromSqlite()
{
    QFETCH(QString, create);
    QFETCH(RowidKind, kind);
    QFETCH(QString, column);
    const QString file = path(QStringLiteral("rowid%1.db").arg(++m_n));
    QCOMPARE(exec(file, create), QString());
    Schema s;
    SqlFailure f;
    QVERIFY2(readFile(file, &s, &f), qPrintable(f.text()));
    const Table *t = s.table(QStringLiteral("t"));
    QVERIFY(t);
    QCOMPARE(rowidKindKey(t->rowid), rowidKindKey(kind));
    QCOMPARE(t->rowidColumn, column);
    QVERIFY(!rowidExplanation(*t).isEmpty());
    QVERIFY(!t->autoincrement);

    // SQLite's own word on the alias: selecting the column compiles to the Rowid opcode.
    if (kind == RowidKind::Alias) {
        sqlite3 *db = nullptr;
        sqlite3_open(file.toUtf8().constData(), &db);
        sqlite3_stmt *st = nullptr;
        const QByteArray sql = "EXPLAIN SELECT \"" + column.toUtf8() + "\" FROM t";
        QCOMPARE(sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr), SQLITE_OK);
        bool rowidOp = false;
        while (sqlite3_step(st) == SQLITE_ROW)
            rowidOp = rowidOp
                || qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)), "Rowid") == 0;
        sqlite3_finalize(st);
        sqlite3_close(db);
        QVERIFY(rowidOp);
    }
}

void TestCatalog::autoincrementAndSequence()
{
    const QString file = path(QStringLiteral("autoinc.db"));
    QCOMPARE(exec(file,
                 QStringLiteral("CREATE TABLE a(id INTEGER PRIMARY KEY AUTOINCREMENT, v);"
                                "CREATE TABLE fresh(id INTEGER PRIMARY KEY AUTOINCREMENT);"
                                "CREATE TABLE plain(id INTEGER PRIMARY KEY, v);"
                                "INSERT INTO a(v) VALUES (1),(2),(3); DELETE FROM a WHERE id = 3;"
                                "INSERT INTO plain(v) VALUES (1);")),
        QString());
    Schema s;
    SqlFailure f;
    QVERIFY2(readFile(file, &s, &f), qPrintable(f.text()));
    const Table *a = s.table(QStringLiteral("a"));
    QVERIFY(a && a->autoincrement);
    QCOMPARE(a->sequence.value_or(-1), 3); // the deleted row's rowid stays used
    QCOMPARE(a->rowCount.value_or(-1), 2);
    const Table *fresh = s.table(QStringLiteral("fresh"));
    QVERIFY(fresh && fresh->autoincrement);
    QVERIFY(!fresh->sequence);
    const Table *plain = s.table(QStringLiteral("plain"));
    QVERIFY(plain && !plain->autoincrement && !plain->sequence);
    QVERIFY(s.table(QStringLiteral("sqlite_sequence")));
}

void TestCatalog::columnsCarryEveryAttribute()
{
    const QString file = path(QStringLiteral("columns.db"));
    QCOMPARE(exec(file,
                 QStringLiteral("CREATE TABLE c(id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL COLLATE "
                                "NOCASE, price DECIMAL(10,2) DEFAULT 0, ratio DOUBLE, data, code TEXT "
                                "COLLATE RTRIM DEFAULT 'x', n INTEGER COLLATE NOCASE, "
                                "twice INTEGER AS (id * 2) VIRTUAL, label TEXT AS (upper(name)) STORED)")),
        QString());
    Schema s;
    SqlFailure f;
    QVERIFY2(readFile(file, &s, &f), qPrintable(f.text()));
    const Table *t = s.table(QStringLiteral("c"));
    QVERIFY(t);
    QCOMPARE(int(t->columns.size()), 9);
    const Column *name = t->column(QStringLiteral("NAME"));
    QVERIFY(name);
    QCOMPARE(name->type, QStringLiteral("VARCHAR(20)"));
    QCOMPARE(name->affinity, Affinity::Text);
    QVERIFY(name->notNull);
    QCOMPARE(name->collation, QStringLiteral("NOCASE"));
    QCOMPARE(t->column(QStringLiteral("price"))->affinity, Affinity::Numeric);
    QCOMPARE(t->column(QStringLiteral("price"))->defaultValue.toString(), QStringLiteral("0"));
    QCOMPARE(t->column(QStringLiteral("ratio"))->affinity, Affinity::Real);
    QCOMPARE(t->column(QStringLiteral("data"))->affinity, Affinity::Blob);
    QVERIFY(t->column(QStringLiteral("data"))->defaultValue.isNull());
    QCOMPARE(t->column(QStringLiteral("code"))->collation, QStringLiteral("RTRIM"));
    QCOMPARE(t->column(QStringLiteral("code"))->defaultValue.toString(), QStringLiteral("'x'"));
    QCOMPARE(t->column(QStringLiteral("n"))->collation, QStringLiteral("NOCASE"));
    QCOMPARE(t->column(QStringLiteral("id"))->collation, QStringLiteral("BINARY"));
    QCOMPARE(t->column(QStringLiteral("id"))->pkPosition, 1);
    QCOMPARE(t->column(QStringLiteral("twice"))->hidden, Hidden::GeneratedVirtual);
    QCOMPARE(t->column(QStringLiteral("label"))->hidden, Hidden::GeneratedStored);
    QCOMPARE(t->column(QStringLiteral("name"))->hidden, Hidden::No);
}

void TestCatalog::indexesAndTriggers()
{
    const QString file = path(QStringLiteral("indexes.db"));
    QCOMPARE(exec(file,
                 QStringLiteral("CREATE TABLE t(a, b TEXT, c, UNIQUE(a, b));"
                                "CREATE INDEX t_partial ON t(c DESC) WHERE c > 0;"
                                "CREATE INDEX t_expr ON t(lower(b), b COLLATE NOCASE);"
                                "CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN SELECT 1; END;")),
        QString());
    Schema s;
    SqlFailure f;
    QVERIFY2(readFile(file, &s, &f), qPrintable(f.text()));
    const auto idx = s.indexesOf(QStringLiteral("t"));
    QCOMPARE(int(idx.size()), 3);
    const auto find = [&](const QString &n) -> const Index * {
        for (const Index *i : idx)
            if (i->name == n)
                return i;
        return nullptr;
    };
    const Index *u = find(QStringLiteral("sqlite_autoindex_t_1"));
    QVERIFY(u && u->unique && u->origin == QLatin1String("u") && !u->partial);
    QCOMPARE(int(u->columns.size()), 2);
    QVERIFY(u->sql.isEmpty());
    const Index *p = find(QStringLiteral("t_partial"));
    QVERIFY(p && !p->unique && p->partial && p->columns.at(0).descending);
    QVERIFY(p->sql.contains(QLatin1String("WHERE c > 0")));
    const Index *e = find(QStringLiteral("t_expr"));
    QVERIFY(e && e->columns.at(0).expression && !e->columns.at(1).expression);
    QCOMPARE(e->columns.at(1).collation, QStringLiteral("NOCASE"));
    QCOMPARE(int(s.triggers.size()), 1);
    QCOMPARE(s.triggers.front().name, QStringLiteral("t_ins"));
    QCOMPARE(s.triggers.front().table, QStringLiteral("t"));
}

void TestCatalog::hostileNamesWorkEverywhere()
{
    const QString file = path(QStringLiteral("hostile.db"));
    const QStringList names { QStringLiteral("quote\"d"), QStringLiteral("[bracket]"), QStringLiteral("a.b"),
        QStringLiteral("x; DROP TABLE y; --"), QStringLiteral("select"), QStringLiteral("Ünïcødé 表"),
        QString(), QStringLiteral(" spaced name "), QStringLiteral("it's") };
    QString script;
    for (int i = 0; i < names.size(); ++i) {
        QString q = names[i];
        q.replace(QLatin1Char('"'), QLatin1String("\"\""));
        q = QLatin1Char('"') + q + QLatin1Char('"');
        const QString parent = i == 0 ? QString() : QStringLiteral(" REFERENCES \"quote\"\"d\"(%1)").arg(q);
        script
            += QStringLiteral("CREATE TABLE %1 (%1 INTEGER PRIMARY KEY, \"v.%2\" TEXT COLLATE NOCASE%3);"
                              "CREATE UNIQUE INDEX \"idx %2\" ON %1 (\"v.%2\");"
                              "INSERT INTO %1 (%1, \"v.%2\") VALUES (1, 'x');")
                   .arg(q, QString::number(i), i == 0 ? QString() : QStringLiteral(", ref INTEGER") + parent);
    }
    QCOMPARE(exec(file, script), QString());
    Schema s;
    SqlFailure f;
    QVERIFY2(readFile(file, &s, &f), qPrintable(f.text()));
    for (int i = 0; i < names.size(); ++i) {
        const Table *t = s.table(names[i]);
        QVERIFY2(t, qPrintable(names[i]));
        QCOMPARE(t->rowid, RowidKind::Alias);
        QCOMPARE(t->rowidColumn, names[i]);
        QCOMPARE(t->rowCount.value_or(-1), 1);
        QCOMPARE(t->column(QStringLiteral("v.%1").arg(i))->collation, QStringLiteral("NOCASE"));
        QVERIFY(t->problem.isEmpty());
        QCOMPARE(int(s.indexesOf(names[i]).size()), 1);
        if (i > 0) {
            // The parent column's name is each table's own hostile name; quote"d has none of them.
            QCOMPARE(int(t->foreignKeys.size()), 1);
            QCOMPARE(t->foreignKeys.front().problem,
                names[i].compare(QLatin1String("quote\"d"), Qt::CaseInsensitive) == 0
                    ? FkProblem::None
                    : FkProblem::ParentColumnMissing);
        }
    }
}

void TestCatalog::unreadableFilesGiveOneClearFailure_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: a folder or a missing file
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a database") << QByteArray(4096, 'x') << "is not an SQLite database";
    QTest::newRow("text file") << QByteArray("id,name\n1,ada\n") << "is not an SQLite database";
    QTest::newRow("missing") << QByteArray() << "no such file";
    QTest::newRow("folder") << QByteArray("<dir>") << "is a folder";
    QTest::newRow("truncated") << QByteArray("<truncated>") << "is corrupt";
}

void TestCatalog::unreadableFilesGiveOneClearFailure()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString file = path(QStringLiteral("bad%1.db").arg(++m_n));
    if (content == "<dir>") {
        QVERIFY(QDir().mkpath(file));
    } else if (content == "<truncated>") {
        const QString whole = path(QStringLiteral("whole%1.db").arg(m_n));
        QCOMPARE(exec(whole,
                     QStringLiteral("CREATE TABLE t(a, b); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                    "SELECT i + 1 FROM n WHERE i < 5000) INSERT INTO t SELECT i, "
                                    "hex(randomblob(40)) FROM n;")),
            QString());
        QFile in(whole);
        QVERIFY(in.open(QIODevice::ReadOnly));
        content = in.read(in.size() / 3);
    }
    if (!content.isEmpty() && !content.startsWith('<')) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    const QByteArray before = sha1Of(file);
    Schema s;
    SqlFailure f;
    QVERIFY(!readFile(file, &s, &f));
    QVERIFY2(f.message.contains(expected), qPrintable(f.message));
    QVERIFY2(!f.message.contains(QLatin1Char('\n')), qPrintable(f.message));
    QCOMPARE(sha1Of(file), before);
}

void TestCatalog::zeroByteFileIsAnEmptyDatabase()
{
    const QString file = path(QStringLiteral("zero.db"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.close();
    Schema s;
    SqlFailure f;
    QVERIFY2(readFile(file, &s, &f), qPrintable(f.text()));
    QVERIFY(s.tables.empty());
    QCOMPARE(s.pageCount, 0);
    QVERIFY(s.notes.join(QLatin1Char(' ')).contains(QLatin1String("empty")));
    QCOMPARE(QFileInfo(file).size(), 0);
}

void TestCatalog::readingNeverChangesTheFile()
{
    const QString file = path(QStringLiteral("untouched.db"));
    SqlFailure f;
    QVERIFY2(createDemoDatabase(DatabaseLocation::file(file), &f), qPrintable(f.text()));
    const QByteArray before = sha1Of(file);
    Schema s;
    QVERIFY2(readFile(file, &s, &f), qPrintable(f.text()));
    QVERIFY(!s.tables.empty());
    QCOMPARE(sha1Of(file), before);

    // The read-only connection refuses to write, whatever it is asked.
    const auto db = DbConnection::open(
        DatabaseLocation::file(file), DbConnection::Access::ReadOnly, QStringLiteral("test"), &f);
    QVERIFY(db);
    QVERIFY(!db->exec(QStringLiteral("DELETE FROM customers"), &f));
    QCOMPARE(f.code & 0xff, 8); // SQLITE_READONLY
    QCOMPARE(sha1Of(file), before);
}

void TestCatalog::readOnlyFileIsRead()
{
    const QString file = path(QStringLiteral("readonly.db"));
    QCOMPARE(exec(file, QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1);")),
        QString());
    QVERIFY(QFile::setPermissions(
        file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    Schema s;
    SqlFailure f;
    QVERIFY2(readFile(file, &s, &f), qPrintable(f.text()));
    QCOMPARE(s.table(QStringLiteral("t"))->rowCount.value_or(-1), 1);
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestCatalog::viewOverMissingTableIsAProblemNotAFailure()
{
    const QString file = path(QStringLiteral("brokenview.db"));
    QCOMPARE(exec(file,
                 QStringLiteral("CREATE TABLE gone(a); CREATE TABLE kept(b);"
                                "CREATE VIEW v AS SELECT a FROM gone; DROP TABLE gone;")),
        QString());
    Schema s;
    SqlFailure f;
    QVERIFY2(readFile(file, &s, &f), qPrintable(f.text()));
    const Table *v = s.table(QStringLiteral("v"));
    QVERIFY(v && v->view);
    QVERIFY2(v->problem.contains(QLatin1String("gone")), qPrintable(v->problem));
    QVERIFY(s.table(QStringLiteral("kept")));
}

void TestCatalog::lockedDatabaseFailsWithinTheTimeout()
{
    const QString file = path(QStringLiteral("locked.db"));
    QCOMPARE(exec(file, QStringLiteral("CREATE TABLE t(a)")), QString());
    sqlite3 *holder = nullptr;
    QCOMPARE(sqlite3_open(file.toUtf8().constData(), &holder), SQLITE_OK);
    QCOMPARE(sqlite3_exec(holder, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    QElapsedTimer clock;
    clock.start();
    Schema s;
    SqlFailure f;
    const bool ok = readFile(file, &s, &f); // 200 ms busy timeout
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
    QVERIFY(!ok);
    QVERIFY2(f.message.contains(QLatin1String("locked")), qPrintable(f.message));
    QVERIFY(f.isBusy());
    QVERIFY(clock.elapsed() < 5000);
}

void TestCatalog::demoDatabaseShowsEveryConcept()
{
    const QString file = path(QStringLiteral("demo.db"));
    SqlFailure f;
    QVERIFY2(createDemoDatabase(DatabaseLocation::file(file), &f), qPrintable(f.text()));
    QVERIFY(!createDemoDatabase(DatabaseLocation::file(file), &f)); // never overwrites
    QVERIFY(f.message.contains(QLatin1String("already exists")));
    Schema s;
    QVERIFY2(readFile(file, &s, &f), qPrintable(f.text()));
    QCOMPARE(s.journalMode, QStringLiteral("wal"));
    QCOMPARE(s.table(QStringLiteral("orders"))->rowid, RowidKind::Alias);
    QVERIFY(s.table(QStringLiteral("orders"))->autoincrement);
    QVERIFY(s.table(QStringLiteral("orders"))->sequence.value_or(0) > 0);
    QCOMPARE(s.table(QStringLiteral("products"))->rowid, RowidKind::WithoutRowid);
    QCOMPARE(s.table(QStringLiteral("invoices"))->rowid, RowidKind::Implicit);
    QCOMPARE(s.table(QStringLiteral("invoices"))->primaryKey(), QStringList { QStringLiteral("number") });
    QCOMPARE(s.table(QStringLiteral("legacy_import"))->rowid, RowidKind::Shadowed);
    QVERIFY(s.table(QStringLiteral("order_totals"))->view);
    QCOMPARE(s.problemCount(), 1);
    QCOMPARE(
        s.table(QStringLiteral("shipments"))->foreignKeys.front().problem, FkProblem::ParentKeyNotUnique);
    QCOMPARE(int(s.violations.size()), 1);
    QCOMPARE(s.violations.front().table, QStringLiteral("order_items"));
    QCOMPARE(s.violations.front().parent, QStringLiteral("products"));
    bool cascade = false;
    for (const ForeignKey *fk : s.incoming(QStringLiteral("orders")))
        cascade = cascade || fk->onDelete == QLatin1String("CASCADE");
    QVERIFY(cascade);
    QCOMPARE(int(s.triggers.size()), 1);

    // Also in a shared in-memory database.
    const auto mem = DatabaseLocation::memory(QStringLiteral("demo-%1").arg(quintptr(this)));
    auto keeper = DbConnection::open(mem, DbConnection::Access::ReadWrite, QStringLiteral("keep"), &f, true);
    QVERIFY(keeper);
    QVERIFY2(createDemoDatabase(mem, &f), qPrintable(f.text()));
    const auto reader = DbConnection::open(mem, DbConnection::Access::ReadOnly, QStringLiteral("read"), &f);
    QVERIFY(reader);
    Schema m;
    QVERIFY2(readSchema(*reader, {}, &m, &f), qPrintable(f.text()));
    QCOMPARE(m.tables.size(), s.tables.size());
    QVERIFY(!reader->exec(QStringLiteral("DELETE FROM customers"), &f)); // query_only
}

void TestCatalog::jsonCarriesTheRequiredKeys()
{
    const QString file = path(QStringLiteral("json.db"));
    SqlFailure f;
    QVERIFY(createDemoDatabase(DatabaseLocation::file(file), &f));
    Schema s;
    QVERIFY(readFile(file, &s, &f));
    const QJsonObject o = toJson(s);
    for (const char *key : { "tables", "indexes", "triggers", "foreign_keys_enabled", "fk_violations",
             "journal_mode", "page_size", "sqlite_version" })
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QJsonObject orders, shipments;
    for (const QJsonValue &t : o.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject to = t.toObject();
        for (const char *key : { "name", "type", "rowid", "rowid_column", "autoincrement", "row_count",
                 "columns", "foreign_keys" })
            QVERIFY2(to.contains(QLatin1String(key)), key);
        if (to.value(QStringLiteral("name")) == QLatin1String("orders"))
            orders = to;
        if (to.value(QStringLiteral("name")) == QLatin1String("shipments"))
            shipments = to;
    }
    QCOMPARE(orders.value(QStringLiteral("rowid")).toString(), QStringLiteral("alias"));
    QCOMPARE(orders.value(QStringLiteral("rowid_column")).toString(), QStringLiteral("id"));
    QCOMPARE(orders.value(QStringLiteral("autoincrement")).toBool(), true);
    QCOMPARE(orders.value(QStringLiteral("row_count")).toInt(), 240);
    const QJsonObject col = orders.value(QStringLiteral("columns")).toArray().at(0).toObject();
    for (const char *key : { "name", "type", "notnull", "pk" })
        QVERIFY2(col.contains(QLatin1String(key)), key);
    const QJsonObject fk = orders.value(QStringLiteral("foreign_keys")).toArray().at(0).toObject();
    for (const char *key : { "id", "from", "table", "to", "on_update", "on_delete", "problem" })
        QVERIFY2(fk.contains(QLatin1String(key)), key);
    QVERIFY(fk.value(QStringLiteral("problem")).isNull());
    QCOMPARE(fk.value(QStringLiteral("on_delete")).toString(), QStringLiteral("CASCADE"));
    bool mismatch = false;
    for (const QJsonValue &k : shipments.value(QStringLiteral("foreign_keys")).toArray())
        mismatch = mismatch
            || k.toObject().value(QStringLiteral("problem")).toString().contains(QLatin1String("UNIQUE"));
    QVERIFY(mismatch);
    const QJsonObject v = o.value(QStringLiteral("fk_violations")).toArray().at(0).toObject();
    for (const char *key : { "table", "rowid", "parent", "fk_id" })
        QVERIFY2(v.contains(QLatin1String(key)), key);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
