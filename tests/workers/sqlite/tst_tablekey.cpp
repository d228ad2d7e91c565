// SPDX-License-Identifier: GPL-3.0-or-later
// TableKey's rule for which column is the rowid, held against SQLite's own behaviour: a
// column is the rowid when a row given 42 there gets rowid 42.
#include "workers/sqlite/tablekey.h"

#include <QTest>

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
                row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
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

QTEST_GUILESS_MAIN(TestTableKey)
#include "tst_tablekey.moc"
