// SPDX-License-Identifier: GPL-3.0-or-later
// TableKey's rules for which column is the rowid and by which name a table reaches it, held
// against SQLite's own behaviour (a column is the rowid when a row given 42 there gets rowid
// 42), and TableShape's reading of columns, foreign keys and indexes.
#include "workers/sqlite/tablekey.h"
#include "workers/sqlite/tableshape.h"

#include <QTest>

#include <algorithm>
#include <memory>

#include <sqlite3.h>

using namespace LockLens;

namespace {

// Reads through a raw connection, as any of LockLens's connections would.
ReadRows readerOf(sqlite3 *db)
{
    return [db](const QString &sql, const QVariantList &binds, std::vector<QVariantList> *rows, QString *why) {
        rows->clear();
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            *why = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        for (int i = 0; i < binds.size(); ++i) {
            const QByteArray text = binds.at(i).toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            QVariantList row;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                row << (sqlite3_column_type(stmt, c) == SQLITE_NULL
                        ? QVariant()
                        : QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)))));
            rows->push_back(row);
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            *why = QString::fromUtf8(sqlite3_errmsg(db));
        return rc == SQLITE_DONE;
    };
}

bool exec(sqlite3 *db, const QString &sql)
{
    return sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

// What SQLite does: the column whose value becomes the rowid, or "(none)" (none, or no rowid).
QString rowidByBehaviour(sqlite3 *db, const ReadRows &read)
{
    std::vector<QVariantList> columns, rowid;
    QString why;
    if (!read(QStringLiteral("SELECT name FROM pragma_table_info('t')"), {}, &columns, &why))
        return QStringLiteral("(%1)").arg(why);
    // A WITHOUT ROWID table has no rowid to select: no column is it.
    const QString none = QStringLiteral("(none)");
    if (!read(QStringLiteral("SELECT rowid FROM t"), {}, &rowid, &why))
        return none;
    QString found = none;
    for (const QVariantList &c : columns) {
        const QString name = c.value(0).toString();
        exec(db, QStringLiteral("DELETE FROM t"));
        if (!exec(db, QStringLiteral("INSERT INTO t(\"%1\") VALUES (42)").arg(name)))
            return QStringLiteral("(insert into %1 failed)").arg(name);
        if (read(QStringLiteral("SELECT rowid FROM t"), {}, &rowid, &why) && !rowid.empty()
            && rowid.front().value(0).toString() == QLatin1String("42"))
            found = name;
    }
    return found;
}

} // namespace

class TestTableKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowidColumnIsWhatSqliteDoes_data();
    void rowidColumnIsWhatSqliteDoes();
    void freeRowidNameReachesTheRowid_data();
    void freeRowidNameReachesTheRowid();
    void columnsAreReadAsSqliteDeclaresThem();
    void foreignKeysGatherTheirColumns();
    void indexesAreReadInTheOrderSqliteMadeThem();
};

void TestTableKey::rowidColumnIsWhatSqliteDoes_data()
{
    QTest::addColumn<QString>("columns"); // of CREATE TABLE t(...)
    QTest::addColumn<QString>("rowid"); // the column that is the rowid, "(none)" for none
    QTest::addColumn<bool>("withoutRowid");
    QTest::newRow("INTEGER PRIMARY KEY") << "id INTEGER PRIMARY KEY, x" << "id" << false;
    QTest::newRow("lower case, named otherwise") << "\"My Key\" integer primary key, x" << "My Key" << false;
    QTest::newRow("table constraint") << "id INTEGER, x, PRIMARY KEY(id)" << "id" << false;
    QTest::newRow("table constraint DESC") << "id INTEGER, x, PRIMARY KEY(id DESC)" << "id" << false;
    QTest::newRow("column DESC: the quirk") << "id INTEGER PRIMARY KEY DESC, x" << "(none)" << false;
    QTest::newRow("INT is not INTEGER") << "id INT PRIMARY KEY, x" << "(none)" << false;
    QTest::newRow("BIGINT") << "id BIGINT PRIMARY KEY, x" << "(none)" << false;
    QTest::newRow("two columns") << "a INTEGER, b INTEGER, PRIMARY KEY(a, b)" << "(none)" << false;
    QTest::newRow("no key") << "a INTEGER, b" << "(none)" << false;
    QTest::newRow("UNIQUE is no key") << "id INTEGER UNIQUE, x" << "(none)" << false;
    QTest::newRow("a column named \"\"") << "\"\" INTEGER PRIMARY KEY, x" << "" << false;
    QTest::newRow("AUTOINCREMENT") << "id INTEGER PRIMARY KEY AUTOINCREMENT, x" << "id" << false;
    QTest::newRow("WITHOUT ROWID") << "id INTEGER PRIMARY KEY, x" << "(none)" << true;
}

void TestTableKey::rowidColumnIsWhatSqliteDoes()
{
    QFETCH(QString, columns);
    QFETCH(QString, rowid);
    QFETCH(bool, withoutRowid);
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> closer(db, sqlite3_close);
    QVERIFY2(exec(db, QStringLiteral("CREATE TABLE t(%1)%2").arg(columns, withoutRowid ? QStringLiteral(" WITHOUT ROWID") : QString())), sqlite3_errmsg(db));
    const ReadRows read = readerOf(db);
    QCOMPARE(rowidByBehaviour(db, read), rowid); // the case is what the test says it is
    std::optional<QString> column;
    QString why;
    QVERIFY2(TableKey::rowidColumn(read, QStringLiteral("t"), &column, &why), qPrintable(why));
    QCOMPARE(column.value_or(QStringLiteral("(none)")), rowid);
}

void TestTableKey::freeRowidNameReachesTheRowid_data()
{
    QTest::addColumn<QString>("columns");
    QTest::addColumn<QString>("name"); // "(none)": every name is taken
    QTest::newRow("no column takes one") << "a, b" << "rowid";
    QTest::newRow("ROWID taken, in another case") << "ROWID, b" << "_rowid_";
    QTest::newRow("rowid and _rowid_ taken") << "rowid, _ROWID_" << "oid";
    QTest::newRow("all three taken") << "rowid, _rowid_, Oid" << "(none)";
}

void TestTableKey::freeRowidNameReachesTheRowid()
{
    QFETCH(QString, columns);
    QFETCH(QString, name);
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> closer(db, sqlite3_close);
    QVERIFY(exec(db, QStringLiteral("CREATE TABLE t(%1)").arg(columns)));
    QVERIFY(exec(db, QStringLiteral("INSERT INTO t DEFAULT VALUES; INSERT INTO t DEFAULT VALUES")));
    std::vector<TableShape::ColumnShape> shape;
    QString why;
    const ReadRows read = readerOf(db);
    QVERIFY2(TableShape::readColumns(read, QStringLiteral("t"), &shape, &why), qPrintable(why));
    const std::optional<QString> free = TableKey::freeRowidName(TableShape::namesOf(shape));
    QCOMPARE(free.value_or(QStringLiteral("(none)")), name);
    // SQLite's behaviour: a name no column takes gives the rows' rowids 1 and 2, a taken one
    // the column's NULLs; the free name is the first of the three that reaches the rowid.
    QString firstReaching = QStringLiteral("(none)");
    for (const char *candidate : { "oid", "_rowid_", "rowid" }) {
        std::vector<QVariantList> rows;
        QVERIFY(read(QStringLiteral("SELECT %1 FROM t ORDER BY 1").arg(QLatin1String(candidate)), {}, &rows, &why));
        if (rows.size() == 2 && rows[1].value(0).toString() == QLatin1String("2"))
            firstReaching = QLatin1String(candidate);
    }
    QCOMPARE(firstReaching, name);
}

void TestTableKey::columnsAreReadAsSqliteDeclaresThem()
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> closer(db, sqlite3_close);
    QVERIFY(exec(db,
        QStringLiteral("CREATE TABLE t(b TEXT NOT NULL DEFAULT 'x', a INTEGER, c, "
                       "v AS (a + 1) VIRTUAL, s AS (a * 2) STORED, PRIMARY KEY(a, b))")));
    std::vector<TableShape::ColumnShape> shape;
    QString why;
    QVERIFY2(TableShape::readColumns(readerOf(db), QStringLiteral("t"), &shape, &why), qPrintable(why));
    QCOMPARE(TableShape::namesOf(shape), (QStringList { QStringLiteral("b"), QStringLiteral("a"),
        QStringLiteral("c"), QStringLiteral("v"), QStringLiteral("s") }));
    QCOMPARE(shape[0].type, QStringLiteral("TEXT"));
    QVERIFY(shape[0].notNull);
    QCOMPARE(shape[0].defaultValue.toString(), QStringLiteral("'x'"));
    QVERIFY(shape[1].defaultValue.isNull());
    QCOMPARE(shape[0].pkPosition, 2); // b is the key's second column
    QCOMPARE(shape[1].pkPosition, 1);
    QCOMPARE(shape[2].pkPosition, 0);
    QCOMPARE(shape[2].type, QString());
    QCOMPARE(shape[3].hidden, 2);
    QCOMPARE(shape[4].hidden, 3);
    QVERIFY(TableShape::readColumns(readerOf(db), QStringLiteral("missing"), &shape, &why));
    QVERIFY(shape.empty()); // SQLite gives no rows for a table that does not exist
}

void TestTableKey::foreignKeysGatherTheirColumns()
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> closer(db, sqlite3_close);
    QVERIFY(exec(db,
        QStringLiteral("CREATE TABLE p(id INTEGER PRIMARY KEY, x, y, UNIQUE(x, y));"
                       "CREATE TABLE c(a, b, pid REFERENCES p ON DELETE CASCADE,"
                       " FOREIGN KEY(a, b) REFERENCES p(x, y) ON UPDATE SET NULL)")));
    std::vector<TableShape::ForeignKeyShape> keys;
    QString why;
    QVERIFY2(TableShape::readForeignKeys(readerOf(db), QStringLiteral("c"), &keys, &why), qPrintable(why));
    QCOMPARE(keys.size(), size_t(2));
    // SQLite numbers them from the last declared.
    const auto composite = std::find_if(keys.begin(), keys.end(), [](const auto &k) { return k.from.size() == 2; });
    const auto single = std::find_if(keys.begin(), keys.end(), [](const auto &k) { return k.from.size() == 1; });
    QVERIFY(composite != keys.end() && single != keys.end());
    QCOMPARE(composite->parent, QStringLiteral("p"));
    QCOMPARE(composite->from, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(composite->to, (QStringList { QStringLiteral("x"), QStringLiteral("y") }));
    QCOMPARE(composite->onUpdate, QStringLiteral("SET NULL"));
    QCOMPARE(single->from, QStringList { QStringLiteral("pid") });
    QVERIFY(single->to.isEmpty()); // REFERENCES p: its primary key
    QCOMPARE(single->onDelete, QStringLiteral("CASCADE"));
    QCOMPARE(single->match, QStringLiteral("NONE"));
}

void TestTableKey::indexesAreReadInTheOrderSqliteMadeThem()
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> closer(db, sqlite3_close);
    QVERIFY(exec(db,
        QStringLiteral("CREATE TABLE t(a TEXT, b, c, PRIMARY KEY(a, b), UNIQUE(c));"
                       "CREATE INDEX by_c ON t(c COLLATE NOCASE DESC, lower(a));"
                       "CREATE UNIQUE INDEX positive_b ON t(b) WHERE b > 0;")));
    std::vector<TableShape::IndexShape> indexes;
    QString why;
    QVERIFY2(TableShape::readIndexes(readerOf(db), QStringLiteral("t"), &indexes, &why), qPrintable(why));
    QStringList names, origins;
    for (const TableShape::IndexShape &i : indexes) {
        names << i.name;
        origins << i.origin;
    }
    QCOMPARE(names, (QStringList { QStringLiteral("sqlite_autoindex_t_1"), QStringLiteral("sqlite_autoindex_t_2"),
                        QStringLiteral("by_c"), QStringLiteral("positive_b") }));
    QCOMPARE(origins, (QStringList { QStringLiteral("pk"), QStringLiteral("u"), QStringLiteral("c"), QStringLiteral("c") }));
    const TableShape::IndexShape &pk = indexes[0];
    QVERIFY(pk.unique);
    QCOMPARE(pk.columns.size(), size_t(2));
    QCOMPARE(pk.columns[0].name, QStringLiteral("a"));
    QCOMPARE(pk.columns[1].name, QStringLiteral("b"));
    const TableShape::IndexShape &byC = indexes[2];
    QVERIFY(!byC.unique);
    QVERIFY(!byC.partial);
    QCOMPARE(byC.columns.size(), size_t(2)); // key columns only: not the rowid
    QCOMPARE(byC.columns[0].name, QStringLiteral("c"));
    QVERIFY(byC.columns[0].descending);
    QCOMPARE(byC.columns[0].collation, QStringLiteral("NOCASE"));
    QVERIFY(byC.columns[1].expression);
    QVERIFY(byC.columns[1].name.isEmpty());
    QCOMPARE(byC.columns[1].collation, QStringLiteral("BINARY"));
    QVERIFY(indexes[3].unique && indexes[3].partial);
    // The unique ones are what SQLite enforces: a second row with the same c is refused.
    QVERIFY(exec(db, QStringLiteral("INSERT INTO t VALUES ('x', 1, 7)")));
    QVERIFY(!exec(db, QStringLiteral("INSERT INTO t VALUES ('y', -1, 7)")));
    QVERIFY(TableShape::readIndexes(readerOf(db), QStringLiteral("missing"), &indexes, &why));
    QVERIFY(indexes.empty());
}

QTEST_GUILESS_MAIN(TestTableKey)
#include "tst_tablekey.moc"
