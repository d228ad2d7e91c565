// SPDX-License-Identifier: GPL-3.0-or-later
// Foreign keys in the catalog: both directions, actions, the problems found from the
// schema alone (each checked against what SQLite says when a row is written) and the
// violations PRAGMA foreign_key_check finds.
#include "app/core/catalogreader.h"
#include "tests/fixtures/sqlitefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;
using namespace LockLens::Catalog;
using namespace LockLens::Fixture;

Q_DECLARE_METATYPE(LockLens::Catalog::FkProblem)

namespace {

// What SQLite itself says when a row is written with foreign_keys on: "" or its message.
QString sqliteSaysOnWrite(const QString &path, const QString &statement)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA foreign_keys=ON; BEGIN", nullptr, nullptr, nullptr);
    char *msg = nullptr;
    QString said;
    if (sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, &msg) != SQLITE_OK)
        said = QString::fromUtf8(msg);
    sqlite3_free(msg);
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return said;
}

} // namespace

class TestForeignKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void foreignKeyProblemsAgreeWithSqlite_data();
    void foreignKeyProblemsAgreeWithSqlite();
    void foreignKeysBothWaysWithActions();
    void violationsAreListed();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    int m_n = 0;
};

void TestForeignKeys::foreignKeyProblemsAgreeWithSqlite_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("write"); // a child row written with foreign_keys on
    QTest::addColumn<FkProblem>("problem");

    const QString insert = QStringLiteral("INSERT INTO child VALUES (1, 1)");
    QTest::newRow("to the INTEGER PRIMARY KEY") << "CREATE TABLE parent(id INTEGER PRIMARY KEY);"
                                                   "CREATE TABLE child(x REFERENCES parent(id), y)"
                                                << insert << FkProblem::None;
    QTest::newRow("to the implied primary key") << "CREATE TABLE parent(id INTEGER PRIMARY KEY);"
                                                   "CREATE TABLE child(x REFERENCES parent, y)"
                                                << insert << FkProblem::None;
    QTest::newRow("to a UNIQUE column") << "CREATE TABLE parent(id INTEGER PRIMARY KEY, code TEXT UNIQUE);"
                                           "CREATE TABLE child(x REFERENCES parent(code), y)"
                                        << insert << FkProblem::None;
    QTest::newRow("composite, unique index in another order")
        << "CREATE TABLE parent(a, b); CREATE UNIQUE INDEX pu ON parent(b, a);"
           "CREATE TABLE child(x, y, FOREIGN KEY (x, y) REFERENCES parent(a, b))"
        << insert << FkProblem::None;
    QTest::newRow("to a WITHOUT ROWID key") << "CREATE TABLE parent(k TEXT PRIMARY KEY) WITHOUT ROWID;"
                                               "CREATE TABLE child(x REFERENCES parent(k), y)"
                                            << insert << FkProblem::None;
    QTest::newRow("parent table missing")
        << "CREATE TABLE child(x REFERENCES nowhere(id), y)" << insert << FkProblem::ParentTableMissing;
    QTest::newRow("parent column missing") << "CREATE TABLE parent(id INTEGER PRIMARY KEY);"
                                              "CREATE TABLE child(x REFERENCES parent(nope), y)"
                                           << insert << FkProblem::ParentColumnMissing;
    QTest::newRow("parent without primary key") << "CREATE TABLE parent(id);"
                                                   "CREATE TABLE child(x REFERENCES parent, y)"
                                                << insert << FkProblem::ParentHasNoPrimaryKey;
    QTest::newRow("one column against a composite key")
        << "CREATE TABLE parent(a, b, PRIMARY KEY(a, b)); CREATE TABLE child(x REFERENCES parent, y)"
        << insert << FkProblem::ColumnCountMismatch;
    QTest::newRow("parent key not unique") << "CREATE TABLE parent(id INTEGER PRIMARY KEY, code TEXT);"
                                              "CREATE TABLE child(x REFERENCES parent(code), y)"
                                           << insert << FkProblem::ParentKeyNotUnique;
    QTest::newRow("only a partial unique index")
        << "CREATE TABLE parent(code TEXT); CREATE UNIQUE INDEX pc ON parent(code) WHERE code IS NOT NULL;"
           "CREATE TABLE child(x REFERENCES parent(code), y)"
        << insert << FkProblem::ParentKeyNotUnique;
    QTest::newRow("unique index with another collation")
        << "CREATE TABLE parent(code TEXT); CREATE UNIQUE INDEX pc ON parent(code COLLATE NOCASE);"
           "CREATE TABLE child(x REFERENCES parent(code), y)"
        << insert << FkProblem::ParentKeyNotUnique;
    QTest::newRow("one column of a composite unique key")
        << "CREATE TABLE parent(a, b, UNIQUE(a, b)); CREATE TABLE child(x REFERENCES parent(a), y)" << insert
        << FkProblem::ParentKeyNotUnique;
    QTest::newRow("INT PRIMARY KEY is still a key") << "CREATE TABLE parent(id INT PRIMARY KEY);"
                                                       "CREATE TABLE child(x REFERENCES parent(id), y)"
                                                    << insert << FkProblem::None;
}

void TestForeignKeys::foreignKeyProblemsAgreeWithSqlite()
{
    QFETCH(QString, schema);
    QFETCH(QString, write);
    QFETCH(FkProblem, problem);
    const QString file = path(QStringLiteral("fk%1.db").arg(++m_n));
    QCOMPARE(exec(file, schema), QString());
    Schema s;
    SqlFailure f;
    QVERIFY2(readFile(file, &s, &f), qPrintable(f.text()));
    const Table *child = s.table(QStringLiteral("child"));
    QVERIFY(child);
    QCOMPARE(int(child->foreignKeys.size()), 1);
    const ForeignKey &fk = child->foreignKeys.front();
    QCOMPARE(int(fk.problem), int(problem));
    QCOMPARE(fk.problemText.isEmpty(), problem == FkProblem::None);

    // The oracle: what SQLite does when a row is written with foreign_keys on.
    const QString said = sqliteSaysOnWrite(file, write);
    if (problem == FkProblem::None)
        QVERIFY2(!said.contains(QLatin1String("mismatch")), qPrintable(said));
    else if (problem == FkProblem::ParentTableMissing)
        QVERIFY2(said.startsWith(QLatin1String("no such table")), qPrintable(said));
    else
        QVERIFY2(said.contains(QLatin1String("foreign key mismatch")), qPrintable(said));
}

void TestForeignKeys::foreignKeysBothWaysWithActions()
{
    const QString file = path(QStringLiteral("fkways.db"));
    QCOMPARE(exec(file,
                 QStringLiteral("CREATE TABLE p(a, b, PRIMARY KEY(a, b));"
                                "CREATE TABLE c1(x, y, FOREIGN KEY (x, y) REFERENCES p(a, b) "
                                "ON UPDATE CASCADE ON DELETE SET NULL);"
                                "CREATE TABLE c2(z REFERENCES c1(rowid), w, FOREIGN KEY (w, z) REFERENCES p "
                                "ON DELETE RESTRICT)")),
        QString());
    Schema s;
    SqlFailure f;
    QVERIFY2(readFile(file, &s, &f), qPrintable(f.text()));
    const Table *c1 = s.table(QStringLiteral("c1"));
    QVERIFY(c1);
    const ForeignKey &fk = c1->foreignKeys.front();
    QCOMPARE(fk.from, QStringList({ QStringLiteral("x"), QStringLiteral("y") }));
    QCOMPARE(fk.to, QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(fk.onUpdate, QStringLiteral("CASCADE"));
    QCOMPARE(fk.onDelete, QStringLiteral("SET NULL"));
    QCOMPARE(fk.match, QStringLiteral("NONE"));
    const Table *c2 = s.table(QStringLiteral("c2"));
    QCOMPARE(int(c2->foreignKeys.size()), 2);
    for (const ForeignKey &k : c2->foreignKeys) {
        if (k.parent == QLatin1String("p")) {
            QVERIFY(k.to.isEmpty());
            QCOMPARE(k.resolvedTo, QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
            QCOMPARE(k.problem, FkProblem::None);
            QCOMPARE(k.onDelete, QStringLiteral("RESTRICT"));
        } else {
            QCOMPARE(k.problem, FkProblem::ParentColumnMissing); // a rowid is not a column
        }
    }
    QCOMPARE(int(s.incoming(QStringLiteral("p")).size()), 2);
    QCOMPARE(int(s.incoming(QStringLiteral("P")).size()), 2);
    QCOMPARE(int(s.incoming(QStringLiteral("c1")).size()), 1);
    QCOMPARE(int(s.incoming(QStringLiteral("c2")).size()), 0);
    QCOMPARE(s.problemCount(), 1);
}

void TestForeignKeys::violationsAreListed()
{
    const QString file = path(QStringLiteral("violations.db"));
    QCOMPARE(exec(file,
                 QStringLiteral("CREATE TABLE p(id INTEGER PRIMARY KEY);"
                                "CREATE TABLE c(id INTEGER PRIMARY KEY, pid REFERENCES p(id));"
                                "CREATE TABLE w(k TEXT PRIMARY KEY, pid REFERENCES p(id)) WITHOUT ROWID;"
                                "INSERT INTO p VALUES (1); INSERT INTO c VALUES (10, 1), (11, 2), (12, NULL);"
                                "INSERT INTO w VALUES ('a', 3)")),
        QString());
    Schema s;
    SqlFailure f;
    QVERIFY2(readFile(file, &s, &f), qPrintable(f.text()));
    QVERIFY(s.violationsChecked);
    QVERIFY(!s.foreignKeysEnabled);
    QCOMPARE(int(s.violations.size()), 2);
    const Violation &v = s.violations.front();
    QCOMPARE(v.table, QStringLiteral("c"));
    QCOMPARE(v.rowid.value_or(-1), 11);
    QCOMPARE(v.parent, QStringLiteral("p"));
    QCOMPARE(v.fkId, 0);
    QCOMPARE(s.violations.back().table, QStringLiteral("w"));
    QVERIFY(!s.violations.back().rowid); // WITHOUT ROWID: no rowid to name

    ReadOptions quick;
    quick.checkViolations = false;
    quick.countRows = false;
    Schema q;
    QVERIFY(readFile(file, &q, &f, quick));
    QVERIFY(!q.violationsChecked && q.violations.empty());
    QVERIFY(!q.table(QStringLiteral("c"))->rowCount);
}

QTEST_GUILESS_MAIN(TestForeignKeys)
#include "tst_foreignkeys.moc"
