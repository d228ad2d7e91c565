// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/demodatabase.h"
#include "app/core/resultmodel.h"
#include "app/core/tablemodel.h"
#include "tests/fixtures/sqlitefixture.h"
#include "widgets/browser/datagrid.h"
#include "widgets/browser/relatedpanel.h"
#include "widgets/browser/schematree.h"
#include "widgets/browser/sqlconsole.h"
#include "widgets/mainwindow.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensTheDemoDatabase();
    void schemaTreeExplainsRowidsAndProblems();
    void filterNarrowsTheGrid();
    void notADatabaseIsReportedNotFatal();
    void clickingAChildValueOpensItsParentRow();
    void parentRowListsItsChildren();
    void violationOpensTheOffendingRow();
    void consoleChangesReachTheTree();
    void readOnlyWindowRefusesWrites();
    void followingIntoTheSameTableClearsItsFilter();
    void aKeyWithANullIsNoLink();
    void switchingTablesClearsRelatedRows();
    void percentNamesShowAsTyped();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestMainWindow::initTestCase()
{
    qputenv("LOCKLENS_NO_DIALOGS", "1");
    QStandardPaths::setTestModeEnabled(true); // recent files and window state go to a test folder
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("shop.db"));
    SqlFailure f;
    QVERIFY2(createDemoDatabase(DatabaseLocation::file(m_demo), &f), qPrintable(f.text()));
}

void TestMainWindow::opensTheDemoDatabase()
{
    MainWindow w;
    w.show();
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    w.showTable(QStringLiteral("orders"));
    w.openDatabase(DatabaseLocation::file(m_demo));
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(w.dataGrid()->tableName(), QStringLiteral("orders"));
    TableModel *m = w.dataGrid()->model();
    QTRY_COMPARE(m->rowCount(), 240);
    QCOMPARE(m->headerData(0, Qt::Horizontal).toString(), QStringLiteral("rowid"));
    QTRY_COMPARE(m->data(m->index(0, 0)).toLongLong(), 1LL);
    // Picking another table in the tree shows it.
    w.showTable(QStringLiteral("products"));
    QTRY_COMPARE(m->rowCount(), 6);
    QCOMPARE(m->columnCount(), 3); // WITHOUT ROWID: no rowid column
}

void TestMainWindow::schemaTreeExplainsRowidsAndProblems()
{
    MainWindow w;
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    w.openDatabase(DatabaseLocation::file(m_demo));
    QTRY_COMPARE(loaded.count(), 1);
    const auto find = [&](const QString &name) -> QTreeWidgetItem * {
        const auto items = w.schemaTree()->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return items.isEmpty() ? nullptr : items.first();
    };
    QTreeWidgetItem *invoices = find(QStringLiteral("invoices"));
    QVERIFY(invoices);
    QVERIFY(invoices->toolTip(0).contains(QLatin1String("not the rowid")));
    QTreeWidgetItem *legacy = find(QStringLiteral("legacy_import"));
    QVERIFY(legacy && legacy->text(1).contains(QLatin1String("shadowed")));
    QTreeWidgetItem *shipments = find(QStringLiteral("shipments"));
    QVERIFY(shipments);
    QVERIFY(shipments->toolTip(0).contains(QLatin1String("cannot work")));
    bool mismatchExplained = false;
    for (int i = 0; i < shipments->childCount(); ++i)
        mismatchExplained
            = mismatchExplained || shipments->child(i)->toolTip(0).contains(QLatin1String("UNIQUE"));
    QVERIFY(mismatchExplained);
}

void TestMainWindow::filterNarrowsTheGrid()
{
    MainWindow w;
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    w.showTable(QStringLiteral("orders"));
    w.openDatabase(DatabaseLocation::file(m_demo));
    QTRY_COMPARE(loaded.count(), 1);
    TableModel *m = w.dataGrid()->model();
    QTRY_COMPARE(m->rowCount(), 240);
    auto *filter = w.dataGrid()->findChild<QLineEdit *>();
    QVERIFY(filter);
    auto *column = w.dataGrid()->findChild<QComboBox *>();
    QVERIFY(column);
    column->setCurrentText(QStringLiteral("status"));
    QTest::keyClicks(filter, QStringLiteral("shipped"));
    // Waits for the pause in typing, then counts the matches: every 4th order is shipped.
    QTRY_COMPARE(m->rowCount(), 60);
}

void TestMainWindow::notADatabaseIsReportedNotFatal()
{
    const QString bad = m_dir.filePath(QStringLiteral("notes.db"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(3000, 'n'));
    f.close();
    MainWindow w;
    QSignalSpy failed(&w, &MainWindow::failed);
    w.openDatabase(DatabaseLocation::file(bad));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("not an SQLite database")));
    // And the window still opens a good one afterwards.
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    w.openDatabase(DatabaseLocation::file(m_demo));
    QTRY_COMPARE(loaded.count(), 1);
}

namespace {

// The model column of `name` in the grid's current table.
int gridColumn(DataGrid *grid, const QString &name)
{
    const BrowseSpec &spec = grid->model()->spec();
    const int c = int(spec.columns.indexOf(name));
    return c < 0 ? -1 : spec.fieldOf(c);
}

qint64 currentRowid(DataGrid *grid)
{
    return grid->view()->currentIndex().siblingAtColumn(0).data(TableModel::RawValueRole).toLongLong();
}

bool openDemo(MainWindow &w, const QString &path, const QString &table, bool readOnly = false)
{
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    w.showTable(table);
    w.openDatabase(DatabaseLocation::file(path), readOnly);
    return loaded.wait(10000) && w.dataGrid()->tableName() == table;
}

} // namespace

void TestMainWindow::clickingAChildValueOpensItsParentRow()
{
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QVERIFY(openDemo(w, m_demo, QStringLiteral("order_items")));
    DataGrid *grid = w.dataGrid();
    TableModel *m = grid->model();
    QTRY_VERIFY(m->countKnown() && m->rowCount() > 500);
    // A row well past the first page, so the parent is found by key, not by luck.
    const int column = gridColumn(grid, QStringLiteral("order_id"));
    QVERIFY(column > 0);
    const QModelIndex cell = m->index(500, column);
    grid->view()->scrollTo(cell, QAbstractItemView::PositionAtCenter);
    QTRY_VERIFY(!cell.data(TableModel::LoadingRole).toBool());
    const qint64 orderId = cell.data(TableModel::RawValueRole).toLongLong();
    QVERIFY(orderId > 0);
    QVERIFY(!grid->foreignKeysAt(column).empty());
    QVERIFY(grid->foreignKeysAt(gridColumn(grid, QStringLiteral("quantity"))).empty());

    QSignalSpy located(grid, &DataGrid::rowLocated);
    QTest::mouseClick(grid->view()->viewport(), Qt::LeftButton, {}, grid->view()->visualRect(cell).center());
    QTRY_COMPARE(grid->tableName(), QStringLiteral("orders"));
    QTRY_COMPARE(located.count(), 1);
    QCOMPARE(located.first().first().toLongLong(), orderId - 1); // ids 1..240 in key order
    QTRY_COMPARE(currentRowid(grid), orderId);
    QVERIFY(
        w.schemaTree()->currentItem() && w.schemaTree()->currentItem()->text(0) == QStringLiteral("orders"));

    // A value with no parent row says so instead of opening nothing silently.
    QSignalSpy message(grid, &DataGrid::message);
    w.openRow(QStringLiteral("customers"), { QStringLiteral("id") }, { 999999 });
    QTRY_COMPARE(message.count(), 1);
    QVERIFY2(message.first().first().toString().contains(QLatin1String("No row has customers(id) = 999999")),
        qPrintable(message.first().first().toString()));
}

void TestMainWindow::parentRowListsItsChildren()
{
    MainWindow w;
    w.show();
    QVERIFY(openDemo(w, m_demo, QStringLiteral("orders")));
    DataGrid *grid = w.dataGrid();
    QTRY_VERIFY(grid->model()->rowCount() >= 10);
    QSignalSpy looked(w.relatedRows(), &RelatedRowsPanel::lookedUp);
    grid->view()->setCurrentIndex(grid->model()->index(9, 0)); // order 10
    QTRY_VERIFY(looked.count() >= 1);
    QTreeWidget *panel = w.relatedRows();
    const auto top = [&](const QString &start) -> QTreeWidgetItem * {
        for (int i = 0; i < panel->topLevelItemCount(); ++i)
            if (panel->topLevelItem(i)->text(0).startsWith(start))
                return panel->topLevelItem(i);
        return nullptr;
    };
    const QString customer
        = Fixture::column(m_demo, QStringLiteral("SELECT customer_id FROM orders WHERE id = 10")).value(0);
    QTreeWidgetItem *parent = top(QStringLiteral("customers(id) = %1 (parent)").arg(customer));
    QVERIFY2(parent, qPrintable(panel->topLevelItem(0)->text(0)));
    QCOMPARE(parent->childCount(), 1);
    QTreeWidgetItem *items = top(QStringLiteral("order_items(order_id) = 10 (children)"));
    QVERIFY(items);
    const QString expected
        = Fixture::column(m_demo, QStringLiteral("SELECT count(*) FROM order_items WHERE order_id = 10"))
              .value(0);
    QCOMPARE(items->text(1), expected);
    QCOMPARE(QString::number(items->childCount()), expected);
    QVERIFY(top(QStringLiteral("invoices(order_id) = 10 (children)")));
    QVERIFY(top(QStringLiteral("shipments(order_id) = 10 (children)")));

    // Opening a child shows that row of order_items.
    QVERIFY(items->childCount() > 0);
    QTreeWidgetItem *child = items->child(items->childCount() - 1);
    const QString wantRowid
        = Fixture::column(m_demo, QStringLiteral("SELECT max(rowid) FROM order_items WHERE order_id = 10"))
              .value(0);
    Q_EMIT panel->itemActivated(child, 0);
    QTRY_COMPARE(grid->tableName(), QStringLiteral("order_items"));
    QTRY_COMPARE(QString::number(currentRowid(grid)), wantRowid);
}

void TestMainWindow::violationOpensTheOffendingRow()
{
    MainWindow w;
    w.show();
    QVERIFY(openDemo(w, m_demo, QStringLiteral("customers")));
    const auto items = w.schemaTree()->findItems(
        QStringLiteral("order_items rowid 585"), Qt::MatchExactly | Qt::MatchRecursive, 0);
    QCOMPARE(items.size(), 1);
    QVERIFY(items.first()->text(1).contains(QLatin1String("products")));
    Q_EMIT w.schemaTree()->itemActivated(items.first(), 0);
    QTRY_COMPARE(w.dataGrid()->tableName(), QStringLiteral("order_items"));
    QTRY_COMPARE(currentRowid(w.dataGrid()), 585LL);
}

void TestMainWindow::consoleChangesReachTheTree()
{
    const QString path = m_dir.filePath(QStringLiteral("console.db"));
    QFile::remove(path);
    QCOMPARE(Fixture::exec(path, QStringLiteral("CREATE TABLE a(x)")), QString());
    MainWindow w;
    QVERIFY(openDemo(w, path, QStringLiteral("a")));
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    QSignalSpy done(w.console(), &SqlConsole::scriptFinished);
    w.showPage(MainWindow::Page::Console);
    w.console()->editor()->setPlainText(
        QStringLiteral("CREATE TABLE added(y); INSERT INTO a VALUES (1), (2);"));
    w.console()->run();
    QVERIFY(done.wait(5000));
    QTRY_COMPARE(loaded.count(), 1); // the schema version moved: the catalog is read again
    QVERIFY(w.schema().table(QStringLiteral("added")));
    QTRY_COMPARE(w.dataGrid()->model()->rowCount(), 2); // the grid sees the new rows

    // A SELECT changes nothing: no reload.
    w.console()->editor()->setPlainText(QStringLiteral("SELECT * FROM a"));
    w.console()->run();
    QVERIFY(done.wait(5000));
    QTest::qWait(300);
    QCOMPARE(loaded.count(), 1);

    // Regression: a table created inside a transaction reached the tree only if the
    // console's (uncommitted) schema version was not taken for the catalog's.
    w.console()->editor()->setPlainText(QStringLiteral("BEGIN; CREATE TABLE later(z);"));
    w.console()->run();
    QVERIFY(done.wait(5000));
    QTRY_COMPARE(loaded.count(), 2);
    QVERIFY(!w.schema().table(QStringLiteral("later"))); // not committed: other connections cannot see it
    w.console()->editor()->setPlainText(QStringLiteral("COMMIT"));
    w.console()->run();
    QVERIFY(done.wait(5000));
    QTRY_COMPARE(loaded.count(), 3);
    QVERIFY(w.schema().table(QStringLiteral("later")));
}

void TestMainWindow::readOnlyWindowRefusesWrites()
{
    const QByteArray before = Fixture::sha1Of(m_demo);
    MainWindow w;
    QVERIFY(openDemo(w, m_demo, QStringLiteral("customers"), true));
    QVERIFY(w.readOnly());
    QVERIFY(w.windowTitle().contains(QLatin1String("read-only")));
    QSignalSpy done(w.console(), &SqlConsole::scriptFinished);
    w.console()->editor()->setPlainText(QStringLiteral("DELETE FROM customers"));
    w.console()->run();
    QVERIFY(done.wait(5000));
    QVERIFY2(
        w.console()->statusText().contains(QLatin1String("readonly")), qPrintable(w.console()->statusText()));
    QCOMPARE(Fixture::sha1Of(m_demo), before);
}

void TestMainWindow::followingIntoTheSameTableClearsItsFilter()
{
    // Regression: a key into the table on screen was looked up under the user's filter,
    // and its parent reported missing.
    const QString path = m_dir.filePath(QStringLiteral("emp.db"));
    QFile::remove(path);
    QCOMPARE(Fixture::exec(path,
                 QStringLiteral(
                     "CREATE TABLE emp(id INTEGER PRIMARY KEY, name TEXT, boss INTEGER REFERENCES emp(id));"
                     "INSERT INTO emp VALUES (1, 'ann', NULL), (2, 'bob', 1);")),
        QString());
    MainWindow w;
    w.show();
    QVERIFY(openDemo(w, path, QStringLiteral("emp")));
    DataGrid *grid = w.dataGrid();
    QTRY_COMPARE(grid->model()->rowCount(), 2);
    auto *filter = grid->findChild<QLineEdit *>();
    auto *column = grid->findChild<QComboBox *>();
    column->setCurrentText(QStringLiteral("name"));
    filter->setText(QStringLiteral("bob"));
    QTRY_COMPARE(grid->model()->rowCount(), 1);
    const QModelIndex boss = grid->model()->index(0, gridColumn(grid, QStringLiteral("boss")));
    QTRY_COMPARE(boss.data(TableModel::RawValueRole).toInt(), 1);
    QSignalSpy located(grid, &DataGrid::rowLocated);
    QTest::mouseClick(grid->view()->viewport(), Qt::LeftButton, {}, grid->view()->visualRect(boss).center());
    QTRY_COMPARE(located.count(), 1);
    QCOMPARE(located.first().first().toLongLong(), 0LL);
    QTRY_COMPARE(currentRowid(grid), 1LL);
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(grid->model()->rowCount(), 2);
}

void TestMainWindow::aKeyWithANullIsNoLink()
{
    // Regression: a composite key with a NULL part refers to nothing (SQLite does not check
    // it), yet a click on its other part opened a parent row.
    const QString path = m_dir.filePath(QStringLiteral("composite.db"));
    QFile::remove(path);
    QCOMPARE(Fixture::exec(path,
                 QStringLiteral("CREATE TABLE pp(a, b, UNIQUE(a, b));"
                                "CREATE TABLE cc(x, a, b, FOREIGN KEY(a, b) REFERENCES pp(a, b));"
                                "INSERT INTO pp VALUES (1, NULL), (1, 2);"
                                "INSERT INTO cc VALUES ('null part', 1, NULL), ('whole', 1, 2);")),
        QString());
    MainWindow w;
    w.show();
    QVERIFY(openDemo(w, path, QStringLiteral("cc")));
    DataGrid *grid = w.dataGrid();
    QTRY_COMPARE(grid->model()->rowCount(), 2);
    const int a = gridColumn(grid, QStringLiteral("a"));
    QTRY_VERIFY(!grid->model()->index(0, a).data(TableModel::LoadingRole).toBool());
    const auto keys = grid->foreignKeysAt(a);
    QCOMPARE(int(keys.size()), 1);
    QVERIFY(grid->foreignKeyValues(*keys.front(), 0).isEmpty()); // (1, NULL): no link
    QCOMPARE(grid->foreignKeyValues(*keys.front(), 1), (QVariantList { 1, 2 }));
    QSignalSpy follow(grid, &DataGrid::followRequested);
    QTest::mouseClick(grid->view()->viewport(), Qt::LeftButton, {},
        grid->view()->visualRect(grid->model()->index(0, a)).center());
    QTest::qWait(100);
    QCOMPARE(follow.count(), 0);
    QTest::mouseClick(grid->view()->viewport(), Qt::LeftButton, {},
        grid->view()->visualRect(grid->model()->index(1, a)).center());
    QCOMPARE(follow.count(), 1);
}

void TestMainWindow::switchingTablesClearsRelatedRows()
{
    // Regression: the related rows of the old table's current row stayed on screen.
    MainWindow w;
    w.show();
    QVERIFY(openDemo(w, m_demo, QStringLiteral("orders")));
    DataGrid *grid = w.dataGrid();
    QTRY_VERIFY(grid->model()->rowCount() >= 10);
    grid->view()->setCurrentIndex(grid->model()->index(3, 0));
    QTRY_VERIFY(w.relatedRows()->topLevelItemCount() > 0);
    w.showTable(QStringLiteral("carriers"));
    QTRY_COMPARE(w.relatedRows()->topLevelItemCount(), 0);
}

// Regression: names holding %1..%9 met templates through chained QString::arg() and took
// the place of the next argument (a violation of table c%2 by rowid r%1 read "c8 %2").
void TestMainWindow::percentNamesShowAsTyped()
{
    const QString path = m_dir.filePath(QStringLiteral("db%4.sqlite"));
    QCOMPARE(Fixture::exec(path,
                 QStringLiteral("CREATE TABLE \"p%1\"(\"k%4\" INTEGER PRIMARY KEY, \"v%2\" TEXT);"
                                "INSERT INTO \"p%1\" VALUES (1, 'a%1');"
                                "CREATE TABLE \"c%2\"(\"r%1\" INTEGER PRIMARY KEY, "
                                "\"k%4\" INTEGER REFERENCES \"p%1\"(\"k%4\"));"
                                "INSERT INTO \"c%2\" VALUES (7, 1), (8, 99);")),
        QString());
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QVERIFY(openDemo(w, path, QStringLiteral("c%2")));
    QVERIFY2(w.windowTitle().contains(QLatin1String("db%4.sqlite")), qPrintable(w.windowTitle()));
    // The schema tree: tables, columns, keys and the violation by its rowid's name.
    for (const QString &name : { QStringLiteral("p%1"), QStringLiteral("c%2"), QStringLiteral("k%4"),
             QStringLiteral("r%1"), QStringLiteral("k%4 → p%1(k%4)"), QStringLiteral("c%2 r%1 8") })
        QVERIFY2(!w.schemaTree()->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0).isEmpty(),
            qPrintable(name));
    // The grid's header.
    TableModel *m = w.dataGrid()->model();
    QTRY_COMPARE(m->rowCount(), 2);
    QStringList headers;
    for (int c = 0; c < m->columnCount(); ++c)
        headers << m->headerData(c, Qt::Horizontal).toString();
    QVERIFY2(headers.contains(QLatin1String("r%1")) && headers.contains(QLatin1String("k%4")),
        qPrintable(headers.join(QLatin1Char(','))));
    // The related rows of the parent row.
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    w.showTable(QStringLiteral("p%1"));
    QTRY_COMPARE(w.dataGrid()->tableName(), QStringLiteral("p%1"));
    QTRY_COMPARE(w.dataGrid()->model()->rowCount(), 1);
    QSignalSpy looked(w.relatedRows(), &RelatedRowsPanel::lookedUp);
    w.dataGrid()->view()->setCurrentIndex(w.dataGrid()->model()->index(0, 0));
    QTRY_VERIFY(looked.count() >= 1);
    QTreeWidget *panel = w.relatedRows();
    QVERIFY(panel->topLevelItemCount() > 0);
    QCOMPARE(panel->topLevelItem(0)->text(0), QStringLiteral("c%2(k%4) = 1 (children)"));
    QVERIFY(panel->topLevelItem(0)->childCount() > 0);
    QVERIFY2(panel->topLevelItem(0)->child(0)->text(0).startsWith(QLatin1String("r%1 7")),
        qPrintable(panel->topLevelItem(0)->child(0)->text(0)));
    // The console's results.
    QSignalSpy done(w.console(), &SqlConsole::scriptFinished);
    w.showPage(MainWindow::Page::Console);
    w.console()->editor()->setPlainText(QStringLiteral("SELECT \"k%4\", \"v%2\" AS \"x%1\" FROM \"p%1\""));
    w.console()->run();
    QVERIFY(done.wait(5000));
    const QAbstractItemModel *results = w.console()->results();
    QCOMPARE(results->headerData(0, Qt::Horizontal).toString(), QStringLiteral("k%4"));
    QCOMPARE(results->headerData(1, Qt::Horizontal).toString(), QStringLiteral("x%1"));
    QCOMPARE(results->data(results->index(0, 1)).toString(), QStringLiteral("a%1"));
    const QString shots = qEnvironmentVariable("LOCKLENS_SHOT_DIR"); // to look at the pages
    if (!shots.isEmpty()) {
        w.grab().save(QDir(shots).filePath(QStringLiteral("percent-console.png")));
        w.showPage(MainWindow::Page::Data);
        w.grab().save(QDir(shots).filePath(QStringLiteral("percent-data.png")));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
