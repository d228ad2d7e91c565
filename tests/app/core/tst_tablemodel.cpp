// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/browsespec.h"
#include "app/core/catalogreader.h"
#include "app/core/dbconnection.h"
#include "app/core/pagereader.h"
#include "app/core/tablemodel.h"
#include "tests/fixtures/chinookfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;
using namespace LockLens::Fixture;

namespace {

Catalog::Table tableOf(const QString &path, const QString &name)
{
    SqlFailure f;
    Catalog::Schema s;
    Catalog::ReadOptions o;
    o.countRows = false;
    o.checkViolations = false;
    if (!readFile(path, &s, &f, o) || !s.table(name))
        return {};
    return *s.table(name);
}

// Every row of `column` as the model shows it, reading pages in the given order.
QStringList modelColumn(TableModel &m, int col, const QList<int> &pageOrder = {})
{
    if (!QTest::qWaitFor([&] { return m.countKnown(); }, 10000))
        return { QStringLiteral("<no count>") };
    const int pages = (m.rowCount() + TableModel::PageSize - 1) / TableModel::PageSize;
    QList<int> order;
    for (int p : pageOrder)
        if (p < pages)
            order << p;
    for (int p = 0; p < pages; ++p)
        if (!order.contains(p))
            order << p;
    QStringList out(m.rowCount());
    for (int p : order) {
        const int first = p * TableModel::PageSize;
        const int last = qMin(m.rowCount(), first + TableModel::PageSize) - 1;
        m.data(m.index(first, col));
        if (!QTest::qWaitFor(
                [&] { return !m.data(m.index(first, col), TableModel::LoadingRole).toBool(); }, 10000))
            return { QStringLiteral("<page %1 never came>").arg(p) };
        for (int r = first; r <= last; ++r)
            out[r] = m.data(m.index(r, col)).toString();
    }
    return out;
}

} // namespace

class TestTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passesTheModelTester();
    void pagesMatchSqliteInEveryOrder_data();
    void pagesMatchSqliteInEveryOrder();
    void filtersNarrowTheRows();
    void keyPredicatesUseTheIndex_data();
    void keyPredicatesUseTheIndex();
    void filterParsing_data();
    void filterParsing();
    void anotherConnectionsCommitIsShown();
    void locateFindsTheRowUnderAnySort();
    void memoryStaysBounded();
    void noReadTransactionIsHeldBetweenPages();
    void unreadableTableReportsFailure();
    void fetchRowsReadsBeyondTheCache_data();
    void fetchRowsReadsBeyondTheCache();
    void readerOpensAgainAfterALock();

private:
    QString m_db;
    QTemporaryDir m_dir;
};

void TestTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("grid.db"));
    // 3,000 rows with gaps in the rowids, duplicates and NULLs in the sort columns.
    QCOMPARE(exec(m_db,
                 QStringLiteral(
                     "PRAGMA journal_mode=WAL;"
                     "CREATE TABLE t(id INTEGER PRIMARY KEY, grp INT, name TEXT COLLATE NOCASE, x REAL);"
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3200) "
                     "INSERT INTO t SELECT i * 3, CASE WHEN i % 7 = 0 THEN NULL ELSE i % 13 END, "
                     "CASE i % 4 WHEN 0 THEN 'Alpha' WHEN 1 THEN 'alpha' WHEN 2 THEN 'beta' ELSE NULL END, "
                     "i / 10.0 FROM n;"
                     "DELETE FROM t WHERE id % 48 = 0;"
                     "CREATE TABLE w(a TEXT, b INT, v, PRIMARY KEY(a, b)) WITHOUT ROWID;"
                     "INSERT INTO w SELECT 'k' || (id % 17), id, name FROM t;"
                     "CREATE TABLE s(rowid, _rowid_, oid, k INT PRIMARY KEY);"
                     "INSERT INTO s SELECT 'r', 'r', 'o', id FROM t;"
                     "CREATE TABLE \"we\"\"ird [t]\"(\"a;b\" INTEGER PRIMARY KEY, \"select\" TEXT);"
                     "INSERT INTO \"we\"\"ird [t]\" SELECT id, name FROM t WHERE id < 2000;"
                     "CREATE VIEW v AS SELECT id, name FROM t WHERE grp > 5;"
                     "CREATE TABLE big(id INTEGER PRIMARY KEY, v);"
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                     "INSERT INTO big SELECT i, i * 2 FROM n;")),
        QString());
}

void TestTableModel::passesTheModelTester()
{
    TableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setDatabase(DatabaseLocation::file(m_db));
    m.setSpec(BrowseSpec::forTable(tableOf(m_db, QStringLiteral("t"))));
    QTRY_VERIFY(m.countKnown());
    QCOMPARE(m.totalRows(), column(m_db, QStringLiteral("SELECT count(*) FROM t")).value(0).toLongLong());
    QCOMPARE(m.columnCount(), 5); // rowid + 4
    QCOMPARE(m.headerData(0, Qt::Horizontal).toString(), QStringLiteral("rowid"));
    modelColumn(m, 0);
    m.sort(2, Qt::DescendingOrder);
    modelColumn(m, 2);
    m.setFilters({ { 3, BrowseSpec::Op::Contains, QStringLiteral("lph") } });
    modelColumn(m, 3);
}

void TestTableModel::pagesMatchSqliteInEveryOrder_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("sortModelColumn"); // -1: key order
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("showModelColumn");
    QTest::addColumn<QString>("expected"); // SQL giving the shown column in order
    QTest::addColumn<QList<int>>("pageOrder");

    const QList<int> fromEnd { 11, 6, 3, 0 };
    QTest::newRow("rowid order") << "t" << -1 << false << 0 << "SELECT id FROM t ORDER BY id"
                                 << QList<int> {};
    QTest::newRow("rowid order, last page first")
        << "t" << -1 << false << 0 << "SELECT id FROM t ORDER BY id" << fromEnd;
    QTest::newRow("rowid descending")
        << "t" << 0 << true << 0 << "SELECT id FROM t ORDER BY id DESC" << fromEnd;
    QTest::newRow("nullable int, ascending")
        << "t" << 2 << false << 0 << "SELECT id FROM t ORDER BY grp, id" << fromEnd;
    QTest::newRow("nullable int, descending")
        << "t" << 2 << true << 0 << "SELECT id FROM t ORDER BY grp DESC, id" << fromEnd;
    QTest::newRow("nocase text with NULLs")
        << "t" << 3 << false << 0 << "SELECT id FROM t ORDER BY name, id" << QList<int> { 5, 2, 9 };
    QTest::newRow("nocase text descending")
        << "t" << 3 << true << 0 << "SELECT id FROM t ORDER BY name DESC, id" << fromEnd;
    QTest::newRow("WITHOUT ROWID composite key")
        << "w" << -1 << false << 1 << "SELECT b FROM w ORDER BY a, b" << fromEnd;
    QTest::newRow("WITHOUT ROWID sorted by value")
        << "w" << 2 << true << 1 << "SELECT b FROM w ORDER BY v DESC, a, b" << fromEnd;
    QTest::newRow("shadowed rowid, keyed by primary key")
        << "s" << -1 << false << 3 << "SELECT k FROM s ORDER BY k" << fromEnd;
    QTest::newRow("dense rowids") << "big" << -1 << false << 0 << "SELECT id FROM big ORDER BY id"
                                  << QList<int> { 78, 40, 3 };
    QTest::newRow("dense rowids, descending")
        << "big" << 0 << true << 2 << "SELECT v FROM big ORDER BY id DESC" << QList<int> { 60, 1 };
    QTest::newRow("hostile names") << "we\"ird [t]" << 2 << false << 0
                                   << "SELECT \"a;b\" FROM \"we\"\"ird [t]\" ORDER BY \"select\", \"a;b\""
                                   << QList<int> { 2, 1 };
    QTest::newRow("view, by offset") << "v" << -1 << false << 0 << "SELECT id FROM v" << QList<int> { 2, 0 };
}

void TestTableModel::pagesMatchSqliteInEveryOrder()
{
    QFETCH(QString, table);
    QFETCH(int, sortModelColumn);
    QFETCH(bool, descending);
    QFETCH(int, showModelColumn);
    QFETCH(QString, expected);
    QFETCH(QList<int>, pageOrder);
    TableModel m;
    m.setDatabase(DatabaseLocation::file(m_db));
    const Catalog::Table t = tableOf(m_db, table);
    QVERIFY(!t.name.isNull());
    BrowseSpec spec = BrowseSpec::forTable(t);
    m.setSpec(spec);
    if (sortModelColumn >= 0)
        m.sort(sortModelColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    const QStringList want = column(m_db, expected);
    QVERIFY(want.size() > 2 * TableModel::PageSize);
    // Wait for the sampled keys on the first pass so the second pass jumps through them.
    const QStringList got = modelColumn(m, showModelColumn, pageOrder);
    QCOMPARE(got, want);
    QTRY_VERIFY(!m.spec().keyset() || want.size() <= PageReader::AnchorStride || m.stats().anchors > 2);
    QCOMPARE(modelColumn(m, showModelColumn, pageOrder), want);
}

void TestTableModel::filtersNarrowTheRows()
{
    TableModel m;
    m.setDatabase(DatabaseLocation::file(m_db));
    m.setSpec(BrowseSpec::forTable(tableOf(m_db, QStringLiteral("t"))));
    const auto check = [&](const std::vector<BrowseSpec::Filter> &f, const QString &where) {
        m.setFilters(f);
        return modelColumn(m, 0)
            == column(m_db, QStringLiteral("SELECT id FROM t WHERE %1 ORDER BY id").arg(where));
    };
    QVERIFY(check(
        { { 2, BrowseSpec::Op::Contains, QStringLiteral("alp") } }, QStringLiteral("name LIKE '%alp%'")));
    QVERIFY(check({ { 1, BrowseSpec::Op::GreaterEqual, 10 } }, QStringLiteral("grp >= 10")));
    QVERIFY(check({ { 1, BrowseSpec::Op::IsNull, {} } }, QStringLiteral("grp IS NULL")));
    QVERIFY(check({ { 2, BrowseSpec::Op::Equal, QStringLiteral("ALPHA") }, { 1, BrowseSpec::Op::Less, 4 } },
        QStringLiteral("name = 'ALPHA' AND grp < 4")));
    // LIKE's wildcards in the typed text are literal.
    QVERIFY(check({ { 2, BrowseSpec::Op::Contains, QStringLiteral("%") } }, QStringLiteral("0")));
}

// Regression: "rowid < ? OR rowid IS NULL" made every backwards page a full scan of a
// 10-million-row table (224 ms instead of 0.4 ms).
void TestTableModel::keyPredicatesUseTheIndex_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("backwards");
    QTest::newRow("rowid forwards") << "t" << false;
    QTest::newRow("rowid backwards") << "t" << true;
    QTest::newRow("WITHOUT ROWID backwards") << "w" << true;
}

void TestTableModel::keyPredicatesUseTheIndex()
{
    QFETCH(QString, table);
    QFETCH(bool, backwards);
    const BrowseSpec spec = BrowseSpec::forTable(tableOf(m_db, table));
    QVariantList binds;
    QVariantList key;
    for (std::size_t i = 0; i < spec.keyFields().size(); ++i)
        key << (i == 0 && table == QLatin1String("w") ? QVariant(QStringLiteral("k3")) : QVariant(100));
    const QString sql = spec.pageSql(key, backwards, &binds);
    sqlite3 *db = nullptr;
    sqlite3_open(m_db.toUtf8().constData(), &db);
    sqlite3_stmt *st = nullptr;
    QCOMPARE(sqlite3_prepare_v2(
                 db, (QLatin1String("EXPLAIN QUERY PLAN ") + sql).toUtf8().constData(), -1, &st, nullptr),
        SQLITE_OK);
    QString plan;
    while (sqlite3_step(st) == SQLITE_ROW)
        plan += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 3)))
            + QLatin1Char(';');
    sqlite3_finalize(st);
    sqlite3_close(db);
    QVERIFY2(plan.startsWith(QLatin1String("SEARCH")), qPrintable(plan));
}

void TestTableModel::filterParsing_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("op");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("contains") << "abc" << true << int(BrowseSpec::Op::Contains)
                              << QVariant(QStringLiteral("abc"));
    QTest::newRow("equal int") << "= 42" << true << int(BrowseSpec::Op::Equal) << QVariant(42LL);
    QTest::newRow("greater real") << ">2.5" << true << int(BrowseSpec::Op::Greater) << QVariant(2.5);
    QTest::newRow("not equal text") << "<>x" << true << int(BrowseSpec::Op::NotEqual)
                                    << QVariant(QStringLiteral("x"));
    QTest::newRow("null") << "null" << true << int(BrowseSpec::Op::IsNull) << QVariant();
    QTest::newRow("not null") << "NOT NULL" << true << int(BrowseSpec::Op::IsNotNull) << QVariant();
    QTest::newRow("operator alone") << ">=" << false << 0 << QVariant();
    QTest::newRow("blank") << "   " << false << 0 << QVariant();
}

void TestTableModel::filterParsing()
{
    QFETCH(QString, typed);
    QFETCH(bool, ok);
    QFETCH(int, op);
    QFETCH(QVariant, value);
    BrowseSpec::Filter f;
    QString why;
    QCOMPARE(BrowseSpec::parseFilter(typed, &f, &why), ok);
    QCOMPARE(why.isEmpty(), ok);
    if (ok) {
        QCOMPARE(int(f.op), op);
        QCOMPARE(f.value, value);
    }
}

void TestTableModel::anotherConnectionsCommitIsShown()
{
    TableModel m;
    m.setDatabase(DatabaseLocation::file(m_db));
    m.setSpec(BrowseSpec::forTable(tableOf(m_db, QStringLiteral("t"))));
    m.setWatchInterval(50);
    QTRY_VERIFY(m.countKnown());
    const qint64 before = m.totalRows();
    QSignalSpy reloaded(&m, &TableModel::reloaded);
    QCOMPARE(exec(m_db, QStringLiteral("INSERT INTO t(id, name) VALUES (1000000, 'late')")), QString());
    QTRY_COMPARE(m.totalRows(), before + 1);
    QVERIFY(reloaded.count() >= 1);
    QCOMPARE(modelColumn(m, 3).last(), QStringLiteral("late"));
    QCOMPARE(exec(m_db, QStringLiteral("DELETE FROM t WHERE id = 1000000")), QString());
    QTRY_COMPARE(m.totalRows(), before);
}

void TestTableModel::locateFindsTheRowUnderAnySort()
{
    TableModel m;
    m.setDatabase(DatabaseLocation::file(m_db));
    m.setSpec(BrowseSpec::forTable(tableOf(m_db, QStringLiteral("t"))));
    m.sort(3, Qt::DescendingOrder);
    QSignalSpy located(&m, &TableModel::located);
    const QStringList order = column(m_db, QStringLiteral("SELECT id FROM t ORDER BY name DESC, id"));
    for (const QString &id : { order.at(0), order.at(1234), order.last() }) {
        located.clear();
        m.locate({ QStringLiteral("id") }, { id.toLongLong() });
        QTRY_COMPARE(located.count(), 1);
        QCOMPARE(located.at(0).at(0).toLongLong(), qint64(order.indexOf(id)));
    }
    located.clear();
    m.locate({ QStringLiteral("id") }, { -5 });
    QTRY_COMPARE(located.count(), 1);
    QCOMPARE(located.at(0).at(0).toLongLong(), -1);
    // By a non-key column, as a foreign key to a UNIQUE column would.
    located.clear();
    m.locate({ QStringLiteral("x") }, { 55.5 });
    QTRY_COMPARE(located.count(), 1);
    QCOMPARE(located.at(0).at(0).toLongLong(), qint64(order.indexOf(QStringLiteral("1665"))));
    // A loaded row's key is its rowid, whatever the order: what following a key will use.
    QTRY_VERIFY(!m.data(m.index(1234, 1), TableModel::LoadingRole).toBool());
    QCOMPARE(
        m.data(m.index(1234, 1), TableModel::KeyRole).toList(), QVariantList { order.at(1234).toLongLong() });
    QCOMPARE(m.keyOf(1234), QVariantList { order.at(1234).toLongLong() });
}

void TestTableModel::memoryStaysBounded()
{
    TableModel m;
    m.setDatabase(DatabaseLocation::file(m_db));
    m.setSpec(BrowseSpec::forTable(tableOf(m_db, QStringLiteral("big"))));
    QTRY_VERIFY(m.countKnown());
    QVERIFY(m.totalRows() > TableModel::MaxCachedPages * TableModel::PageSize);
    // Read every page twice in order: only MaxCachedPages may stay, so every page is read twice.
    for (int round = 0; round < 2; ++round)
        modelColumn(m, 1);
    QVERIFY(m.stats().cachedPages <= TableModel::MaxCachedPages);
    QCOMPARE(m.stats().rowsFetched, 2 * m.totalRows());
    // A view asking for one row reads one page, not the table.
    TableModel one;
    one.setDatabase(DatabaseLocation::file(m_db));
    one.setSpec(BrowseSpec::forTable(tableOf(m_db, QStringLiteral("t"))));
    QTRY_VERIFY(one.countKnown());
    const qint64 before = one.stats().pagesFetched;
    one.data(one.index(one.rowCount() / 2, 1));
    QTRY_COMPARE(one.stats().pagesFetched, before + 1);
    QCOMPARE(one.stats().cachedPages, int(before) + 1);
}

void TestTableModel::noReadTransactionIsHeldBetweenPages()
{
    TableModel m;
    m.setDatabase(DatabaseLocation::file(m_db));
    m.setSpec(BrowseSpec::forTable(tableOf(m_db, QStringLiteral("t"))));
    modelColumn(m, 0, { 3, 0 });
    // With a read transaction open, a TRUNCATE checkpoint could not finish (busy = 1).
    QCOMPARE(exec(m_db, QStringLiteral("UPDATE t SET x = x + 1 WHERE id = 3")), QString());
    QCOMPARE(
        column(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")), QStringList { QStringLiteral("0") });
}

void TestTableModel::unreadableTableReportsFailure()
{
    TableModel m;
    QSignalSpy failed(&m, &TableModel::failed);
    m.setDatabase(DatabaseLocation::file(m_dir.filePath(QStringLiteral("missing.db"))));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("no such file")));

    TableModel g;
    QSignalSpy gone(&g, &TableModel::failed);
    g.setDatabase(DatabaseLocation::file(m_db));
    BrowseSpec spec;
    spec.table = QStringLiteral("no_such_table");
    spec.columns = QStringList { QStringLiteral("a") };
    g.setSpec(spec);
    QTRY_VERIFY(gone.count() >= 1);
    QVERIFY(gone.at(0).at(0).toString().contains(QLatin1String("no such table")));
}

void TestTableModel::fetchRowsReadsBeyondTheCache_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("sortColumn"); // into the spec's columns; -1: key order
    QTest::addColumn<QString>("expected"); // SQL: the first column of each row, in the model's order
    QTest::newRow("rowid order") << "t" << -1 << "SELECT id FROM t ORDER BY id";
    QTest::newRow("sorted, with NULLs") << "t" << 1 << "SELECT id FROM t ORDER BY grp, id";
    QTest::newRow("without rowid") << "w" << -1 << "SELECT a FROM w ORDER BY a, b";
    QTest::newRow("a view") << "v" << -1 << "SELECT id FROM v";
}

void TestTableModel::fetchRowsReadsBeyondTheCache()
{
    // What Copy reads for a selection whose pages are not in memory: the same rows, in the
    // same order, without filling the cache.
    QFETCH(QString, table);
    QFETCH(int, sortColumn);
    QFETCH(QString, expected);
    TableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setDatabase(DatabaseLocation::file(m_db));
    BrowseSpec spec = BrowseSpec::forTable(tableOf(m_db, table));
    spec.sortColumn = sortColumn;
    m.setSpec(spec);
    QTRY_VERIFY(m.countKnown());
    m.data(m.index(0, 0)); // only the first page in memory
    QTRY_VERIFY(!m.index(0, 0).data(TableModel::LoadingRole).toBool());
    const QStringList want = column(m_db, expected);
    const int first = int(want.size()) / 4, count = int(want.size()) / 2; // past the pages read
    QVERIFY(first + count > 4 * TableModel::PageSize);
    const int cached = m.stats().cachedPages;
    bool done = false;
    std::vector<QVariantList> rows;
    QString error;
    m.fetchRows(first, count, this, [&](std::vector<QVariantList> r, const QString &e) {
        rows = std::move(r);
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error, QString());
    QCOMPARE(int(rows.size()), count);
    for (int i = 0; i < count; ++i)
        QCOMPARE(rows[std::size_t(i)].value(0).toString(), want.at(first + i));
    QCOMPARE(m.stats().cachedPages, cached);
}

void TestTableModel::readerOpensAgainAfterALock()
{
    // Regression: a reader whose connection could not open (the database locked) returned
    // no rows and no error for good; now each request tries again.
    const QString path = m_dir.filePath(QStringLiteral("locked.db"));
    QCOMPARE(makeChinook(path), QString());
    auto holder = std::make_unique<LockHolder>(path);
    QVERIFY(holder->locked());
    TableModel m;
    QSignalSpy failed(&m, &TableModel::failed);
    m.setDatabase(DatabaseLocation::file(path));
    QVERIFY(failed.wait(15000));
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("locked")),
        qPrintable(failed.first().first().toString()));
    holder.reset();
    BrowseSpec spec;
    spec.table = QStringLiteral("Artist");
    spec.columns = QStringList { QStringLiteral("ArtistId"), QStringLiteral("Name") };
    spec.rowidName = QStringLiteral("ArtistId");
    m.setSpec(spec);
    QTRY_COMPARE_WITH_TIMEOUT(m.totalRows(), 4LL, 10000);
    QTRY_COMPARE(m.index(0, 2).data().toString(), QStringLiteral("AC/DC"));
}

QTEST_GUILESS_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
