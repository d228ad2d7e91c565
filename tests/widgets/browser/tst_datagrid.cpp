// SPDX-License-Identifier: GPL-3.0-or-later
// Browsing as a user of DB Browser for SQLite or SQLiteStudio expects: Ctrl+C copies the
// whole selection as tab-separated text (with headers on request, rows not in memory
// read first, a limit with a message), rows export as CSV, Back and Forward return to
// the table, filter and row a followed key left, Ctrl+F reaches the filter and Tab leaves
// the grid, and the schema tree keeps only the table shown expanded.
#include "app/core/tablemodel.h"
#include "tests/fixtures/chinookfixture.h"
#include "tests/fixtures/shotfixture.h"
#include "widgets/browser/datagrid.h"
#include "widgets/browser/schematree.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;

namespace {

int gridColumn(DataGrid *grid, const QString &name)
{
    const BrowseSpec &spec = grid->model()->spec();
    const int c = int(spec.columns.indexOf(name));
    return c < 0 ? -1 : spec.fieldOf(c);
}

QVariant rowidAt(DataGrid *grid, int row)
{
    return grid->model()->index(row, 0).data(TableModel::RawValueRole);
}

} // namespace

class TestDataGrid : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlCCopiesTheSelectionAsTsv();
    void copyReadsRowsNotInMemory();
    void copyRefusesASelectionBeyondTheLimit();
    void exportWritesTheRowsTheGridShows();
    void backAndForwardRestoreTableFilterAndRow();
    void ctrlFReachesTheFilterAndTabLeavesTheGrid();
    void treeKeepsOnlyTheShownTableExpanded();

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_w;
};

void TestDataGrid::initTestCase()
{
    qputenv("LOCKLENS_NO_DIALOGS", "1");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("chinook.db"));
    QCOMPARE(Fixture::makeChinook(m_db), QString());
}

void TestDataGrid::init()
{
    m_w = std::make_unique<MainWindow>();
    m_w->resize(1280, 800);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
    QSignalSpy loaded(m_w.get(), &MainWindow::schemaLoaded);
    m_w->showTable(QStringLiteral("Track"));
    m_w->openDatabase(DatabaseLocation::file(m_db));
    QVERIFY(loaded.wait(10000));
    QTRY_COMPARE(m_w->dataGrid()->model()->rowCount(), Fixture::ChinookTracks);
    QTRY_VERIFY(!m_w->dataGrid()->model()->index(0, 0).data(TableModel::LoadingRole).toBool());
}

void TestDataGrid::cleanup()
{
    m_w.reset();
}

void TestDataGrid::ctrlCCopiesTheSelectionAsTsv()
{
    // Regression: Ctrl+C copied the current cell only.
    DataGrid *grid = m_w->dataGrid();
    TableModel *m = grid->model();
    const int name = gridColumn(grid, QStringLiteral("Name")),
              composer = gridColumn(grid, QStringLiteral("Composer"));
    QItemSelection selection(m->index(1, name), m->index(4, composer)); // tracks 2..5
    grid->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    grid->view()->setFocus();
    QSignalSpy copied(grid, &DataGrid::copied);
    QTest::keyClick(grid->view(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(copied.count() == 1 || copied.wait(5000));
    QCOMPARE(copied.first().at(0).toInt(), 4);
    QCOMPARE(copied.first().at(1).toInt(), composer - name + 1);
    const QString expected = QStringLiteral("Track 2\t3\t3\tAngus Young\n"
                                            "\"Track 3\tb\"\t4\t4\tAngus Young\n"
                                            "Track 4\t5\t1\tAngus Young\n"
                                            "Track 5\t6\t2\t\n");
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);

    // With headers; a cell left out of a ragged selection stays empty.
    selection.select(m->index(6, name), m->index(6, name));
    grid->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(grid->view(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(copied.count() == 2 || copied.wait(5000));
    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("Name\tAlbumId\tGenreId\tComposer"));
    QCOMPARE(lines.at(5), QStringLiteral("\"Track 7, \"\"live\"\"\"\t\t\t")); // row 7: Name only
    QCOMPARE(lines.size(), 7); // header, 5 rows, the final line end
}

void TestDataGrid::copyReadsRowsNotInMemory()
{
    DataGrid *grid = m_w->dataGrid();
    grid->view()->setFocus();
    QTest::keyClick(grid->view(), Qt::Key_A, Qt::ControlModifier);
    QVERIFY(grid->model()->stats().cachedPages < (Fixture::ChinookTracks + 255) / 256);
    QSignalSpy copied(grid, &DataGrid::copied);
    QTest::keyClick(grid->view(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(copied.count() == 1 || copied.wait(10000));
    QCOMPARE(copied.first().at(0).toInt(), Fixture::ChinookTracks);
    const QStringList lines
        = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), Fixture::ChinookTracks);
    // Track 3503's name holds a tab: quoted, so the line still has one field per column.
    QCOMPARE(lines.last().left(24), QStringLiteral("3503\t3503\t\"Track 3503\tb\""));
    QCOMPARE(lines.at(1999).section(QLatin1Char('\t'), 0, 2), QStringLiteral("2000\t2000\tTrack 2000"));
}

void TestDataGrid::copyRefusesASelectionBeyondTheLimit()
{
    const QString path = m_dir.filePath(QStringLiteral("big.db"));
    QCOMPARE(Fixture::exec(path,
                 QStringLiteral("CREATE TABLE big(id INTEGER PRIMARY KEY, v);"
                                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                                " INSERT INTO big SELECT i, i FROM n;")
                     .arg(DataGrid::MaxCopyRows + 1)),
        QString());
    QSignalSpy loaded(m_w.get(), &MainWindow::schemaLoaded);
    m_w->openDatabase(DatabaseLocation::file(path));
    QVERIFY(loaded.wait(10000));
    DataGrid *grid = m_w->dataGrid();
    QTRY_COMPARE(grid->model()->rowCount(), int(DataGrid::MaxCopyRows + 1));
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    grid->view()->selectAll();
    QSignalSpy message(grid, &DataGrid::message);
    QSignalSpy copied(grid, &DataGrid::copied);
    grid->copySelection(false);
    QCOMPARE(message.count(), 1);
    QVERIFY2(message.first().first().toString().contains(QLatin1String("at most 100,000")),
        qPrintable(message.first().first().toString()));
    QCOMPARE(copied.count(), 0);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
}

void TestDataGrid::exportWritesTheRowsTheGridShows()
{
    DataGrid *grid = m_w->dataGrid();
    grid->findChild<QComboBox *>()->setCurrentText(QStringLiteral("GenreId"));
    grid->filterEdit()->setText(QStringLiteral("=2"));
    QTRY_COMPARE(grid->model()->rowCount(), Fixture::ChinookTracks / 4 + 1);
    grid->view()->sortByColumn(gridColumn(grid, QStringLiteral("Milliseconds")), Qt::DescendingOrder);
    const QString out = m_dir.filePath(QStringLiteral("genre2.csv"));
    QSignalSpy finished(grid, &DataGrid::exportFinished);
    grid->exportCsv(out);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(finished.first().at(1).toString().contains(QLatin1String("876 rows exported")));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), Fixture::ChinookTracks / 4 + 2);
    QStringList ids;
    for (const QString &l : lines.mid(1))
        ids << l.section(QLatin1Char(','), 0, 0);
    QCOMPARE(ids,
        Fixture::column(m_db,
            QStringLiteral("SELECT TrackId FROM Track WHERE GenreId = 2 "
                           "ORDER BY Milliseconds DESC, TrackId DESC")));
}

void TestDataGrid::backAndForwardRestoreTableFilterAndRow()
{
    DataGrid *grid = m_w->dataGrid();
    QVERIFY(!m_w->backAction()->isEnabled());
    grid->findChild<QComboBox *>()->setCurrentText(QStringLiteral("Name"));
    QTest::keyClicks(grid->filterEdit(), QStringLiteral("live"));
    QTRY_COMPARE(grid->model()->rowCount(), Fixture::ChinookTracks / 7);
    QTRY_VERIFY(!grid->model()->index(3, 0).data(TableModel::LoadingRole).toBool());
    const int album = gridColumn(grid, QStringLiteral("AlbumId"));
    const QModelIndex cell = grid->model()->index(3, album); // track 28, album 29
    QCOMPARE(rowidAt(grid, 3).toInt(), 28);
    grid->view()->setCurrentIndex(cell);
    QSignalSpy located(grid, &DataGrid::rowLocated);
    QTest::mouseClick(grid->view()->viewport(), Qt::LeftButton, {}, grid->view()->visualRect(cell).center());
    QTRY_COMPARE(grid->tableName(), QStringLiteral("Album"));
    QVERIFY(located.wait(5000));
    QTRY_COMPARE(rowidAt(grid, grid->view()->currentIndex().row()).toInt(), 29);
    QVERIFY(m_w->backAction()->isEnabled());
    QVERIFY(!m_w->forwardAction()->isEnabled());
    Fixture::shot(m_w.get(), QStringLiteral("followed"));

    QTest::keyClick(m_w.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(grid->tableName(), QStringLiteral("Track"));
    QCOMPARE(grid->filterEdit()->text(), QStringLiteral("live"));
    QCOMPARE(grid->findChild<QComboBox *>()->currentText(), QStringLiteral("Name"));
    QVERIFY(located.wait(5000));
    QTRY_COMPARE(grid->model()->rowCount(), Fixture::ChinookTracks / 7);
    QCOMPARE(grid->view()->currentIndex().row(), 3);
    QCOMPARE(grid->view()->currentIndex().column(), album);
    QCOMPARE(rowidAt(grid, 3).toInt(), 28);
    QCOMPARE(m_w->schemaTree()->currentItem()->text(0), QStringLiteral("Track"));
    QVERIFY(m_w->forwardAction()->isEnabled());
    Fixture::shot(m_w.get(), QStringLiteral("back"));

    QTest::keyClick(m_w.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(grid->tableName(), QStringLiteral("Album"));
    QVERIFY(located.wait(5000));
    QTRY_COMPARE(rowidAt(grid, grid->view()->currentIndex().row()).toInt(), 29);
    QVERIFY(!m_w->forwardAction()->isEnabled());

    // A new visit drops the way forward.
    m_w->backAction()->trigger();
    QVERIFY(m_w->forwardAction()->isEnabled());
    m_w->navigateTo(QStringLiteral("Genre"));
    QVERIFY(!m_w->forwardAction()->isEnabled());
}

void TestDataGrid::ctrlFReachesTheFilterAndTabLeavesTheGrid()
{
    DataGrid *grid = m_w->dataGrid();
    grid->view()->setFocus();
    QVERIFY(grid->view()->hasFocus());
    QTest::keyClick(grid->view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(grid->filterEdit()->hasFocus());
    // Regression: Tab moved from cell to cell and never left the grid.
    grid->view()->setFocus();
    grid->view()->setCurrentIndex(grid->model()->index(0, 1));
    QTest::keyClick(grid->view(), Qt::Key_Tab);
    QVERIFY(!grid->view()->hasFocus());
    QCOMPARE(grid->view()->currentIndex(), grid->model()->index(0, 1));
}

void TestDataGrid::treeKeepsOnlyTheShownTableExpanded()
{
    // Regression: every table visited stayed expanded and pushed the details off screen.
    SchemaTree *tree = m_w->schemaTree();
    const auto item = [&](const QString &name) {
        return tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0).value(0);
    };
    for (const char *t : { "Album", "Artist", "Genre", "Track" })
        m_w->navigateTo(QString::fromLatin1(t));
    QVERIFY(item(QStringLiteral("Track"))->isExpanded());
    for (const char *t : { "Album", "Artist", "Genre" })
        QVERIFY2(!item(QString::fromLatin1(t))->isExpanded(), t);
    // One the user opened by hand stays open.
    item(QStringLiteral("Artist"))->setExpanded(true);
    m_w->navigateTo(QStringLiteral("Album"));
    QVERIFY(item(QStringLiteral("Artist"))->isExpanded());
    QVERIFY(!item(QStringLiteral("Track"))->isExpanded());
    QVERIFY(tree->columnWidth(0) <= tree->viewport()->width() * 55 / 100);
    QVERIFY(tree->columnWidth(0) >= tree->fontMetrics().horizontalAdvance(QStringLiteral("InvoiceLine")));
    Fixture::shot(m_w.get(), QStringLiteral("tree"));
}

QTEST_MAIN(TestDataGrid)
#include "tst_datagrid.moc"
