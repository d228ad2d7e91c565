// SPDX-License-Identifier: GPL-3.0-or-later
// The run history (RunListModel, RunsView) and the comparison of runs (ComparisonView),
// on real runs saved into a temporary results store. With LOCKLENS_RUNS_PNG=/dir/prefix
// the screenshots() test saves the runs view and a comparison as /dir/prefix-*.png.
#include "app/core/resultsstore.h"
#include "app/core/runlistmodel.h"
#include "tests/fixtures/runsfixture.h"
#include "widgets/loadlab/runsview.h"
#include "widgets/loadlab/serieschart.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;

namespace {

// Saves `docs` under `names` into a new store at `path`; their ids go to `ids`.
bool fillStore(const QString &path, const QList<QJsonObject> &docs, const QStringList &names,
    QList<qint64> *ids, QString *error)
{
    ResultsStore store;
    if (!store.open(path, error))
        return false;
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const qint64 id = store.save(docs[i], names.value(i), error);
        if (id <= 0)
            return false;
        *ids << id;
    }
    return true;
}

// The run as another connection to the store sees it now.
RunSummary storedRun(const QString &path, qint64 id, bool *found)
{
    ResultsStore store;
    RunSummary s;
    QString why;
    *found = store.open(path, &why) && store.load(id, nullptr, &s, &why);
    return s;
}

QStringList namesInViewOrder(const QAbstractItemModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, RunListModel::Name).data().toString();
    return names;
}

} // namespace

class TestRunsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelUnderTester();
    void displayIsForPeople();
    void failuresAndErrorsHaveColumns();
    void sortsNumerically();
    void renameInPlacePersists();
    void renameThroughModelPersists();
    void emptyRenameIsRefused();
    void notesAreSavedAfterThePause();
    void notesAreSavedWhenAnotherRunBecomesCurrent();
    void notesStoreErrorIsShown();
    void deleteAsksFirst_data();
    void deleteAsksFirst();
    void compareNeedsTwoOrMore();
    void exportNeedsOneOrMore();
    void openRequested();
    void filterWaitsForAPause();
    void reloadKeepsTheSelection();
    void emptyStoreSaysHowToMakeARun();
    void storeErrorIsShown();
    void screenshots();

private:
    QString path(const QString &file) const { return m_dir.filePath(file); }

    QTemporaryDir m_dir;
    QList<QJsonObject> m_docs; // real runs: WAL batch 8, delete journal, shared connection
    QStringList m_names { QStringLiteral("run-a"), QStringLiteral("run-b"), QStringLiteral("run-c") };
    // Each test: a new store holding the real runs as run-a, run-b, run-c (ids in m_ids),
    // open in m_store and shown by m_view.
    QString m_path;
    QList<qint64> m_ids;
    std::unique_ptr<ResultsStore> m_store;
    std::unique_ptr<RunsView> m_view;
};

void TestRunsView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLITE"))); // before any thread
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // 1,234

    QString why;
    QVERIFY2(Fixture::realRunDocuments(m_dir.path(), &m_docs, &why), qPrintable(why));
}

void TestRunsView::init()
{
    static int n = 0;
    m_path = path(QStringLiteral("runs-%1.sqlite").arg(++n));
    m_ids.clear();
    QString why;
    QVERIFY2(fillStore(m_path, m_docs, m_names, &m_ids, &why), qPrintable(why));
    m_store = std::make_unique<ResultsStore>();
    QVERIFY2(m_store->open(m_path, &why), qPrintable(why));
    m_view = std::make_unique<RunsView>();
    m_view->setStore(m_store.get());
}

void TestRunsView::cleanup()
{
    m_view.reset();
    m_store.reset();
}

void TestRunsView::modelUnderTester()
{
    ResultsStore &store = *m_store;
    QString why;
    RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(RunListModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(&store);
    model.setRuns(store.list(&why));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(RunListModel::NUM_COLUMNS));
    proxy.sort(RunListModel::OpsPerS, Qt::DescendingOrder);
    QVERIFY(model.setData(model.index(1, RunListModel::Name), QStringLiteral("renamed")));
    QVERIFY(model.setNotes(2, QStringLiteral("a note\nsecond line"), &why));
    proxy.setFilterFixedString(QStringLiteral("renamed"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString({});
    model.setRuns({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.runId(0), qint64(-1));
}

void TestRunsView::displayIsForPeople()
{
    RunSummary r;
    r.id = 7;
    r.name = QStringLiteral("big");
    r.startedAt = QDateTime(QDate(2024, 3, 5), QTime(14, 30, 15), Qt::UTC);
    r.workers = 12;
    r.durationS = 12.34;
    r.opsPerS = 12345.6;
    r.txPerS = 9.96;
    r.lockWaitShare = 0.1234;
    r.integrity = QStringLiteral("ok");
    r.ok = true;
    r.notes = QStringLiteral("first line\nsecond line");
    RunSummary lost = r;
    lost.id = 8;
    lost.lostRows = 1500;
    lost.ok = false;
    RunSummary broken = r;
    broken.id = 9;
    broken.integrity = QStringLiteral("row 3 missing from index i1");
    broken.ok = false;
    RunListModel model;
    model.setRuns({ r, lost, broken });
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, RunListModel::OpsPerS).toString(), QStringLiteral("12,346"));
    QCOMPARE(cell(0, RunListModel::CommitsPerS).toString(), QStringLiteral("10.0"));
    QCOMPARE(cell(0, RunListModel::LockWait).toString(), QStringLiteral("12.3"));
    QCOMPARE(cell(0, RunListModel::Duration).toString(), QStringLiteral("12.3 s"));
    QCOMPARE(cell(0, RunListModel::Started).toString(),
        r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(cell(0, RunListModel::Verified).toString(), QStringLiteral("OK"));
    QCOMPARE(cell(1, RunListModel::Verified).toString(), QStringLiteral("1,500 lost"));
    QCOMPARE(cell(2, RunListModel::Verified).toString(), QStringLiteral("integrity problem"));
    QVERIFY(cell(2, RunListModel::Verified, Qt::ToolTipRole).toString().contains(QLatin1String("i1")));
    QCOMPARE(cell(0, RunListModel::Notes).toString(), QStringLiteral("first line …"));
    QCOMPARE(cell(1, RunListModel::Name, RunListModel::IdRole).toLongLong(), qint64(8));
    QCOMPARE(cell(0, RunListModel::ProblemRole, RunListModel::ProblemRole).toBool(), false);
    QCOMPARE(cell(1, RunListModel::Verified, RunListModel::ProblemRole).toBool(), true);
    QCOMPARE(model.rowOf(9), 2);
    QVERIFY(model.flags(model.index(0, RunListModel::Name)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, RunListModel::OpsPerS)) & Qt::ItemIsEditable));
}

// Issue 14 item 7: a run where most transactions failed listed as "OK" with no sign of it.
// The Failed tx and Errors columns come from each run's document (older stores too).
void TestRunsView::failuresAndErrorsHaveColumns()
{
    QJsonObject failing = Fixture::withSummaryValue(m_docs[0], "failed_tx", 8500);
    failing = Fixture::withSummaryValue(failing, "committed_tx", 1500);
    QJsonObject summary = failing.value(QLatin1String("summary")).toObject();
    summary.insert(QStringLiteral("errors"),
        QJsonObject { { QStringLiteral("busy_upgrade"), 9000 }, { QStringLiteral("busy_snapshot"), 34 } });
    failing.insert(QStringLiteral("summary"), summary);
    QString why;
    const qint64 id = m_store->save(failing, QStringLiteral("failing"), &why);
    QVERIFY2(id > 0, qPrintable(why));
    RunListModel model;
    model.setRuns(m_store->list(&why));
    const int row = model.rowOf(id);
    QVERIFY(row >= 0);
    const RunSummary &r = model.run(row);
    QCOMPARE(r.failedTx, qint64(8500));
    QCOMPARE(r.committedTx, qint64(1500));
    QCOMPARE(r.errors, qint64(9034));
    const auto cell
        = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QCOMPARE(cell(RunListModel::FailedTx).toString(), QStringLiteral("8,500 (85.0 %)"));
    QCOMPARE(cell(RunListModel::Errors).toString(), QStringLiteral("9,034"));
    QCOMPARE(cell(RunListModel::FailedTx, RunListModel::SortRole).toDouble(), 0.85);
    QVERIFY(cell(RunListModel::FailedTx, RunListModel::FailuresRole).toBool());
    QVERIFY(!cell(RunListModel::Verified, RunListModel::ProblemRole).toBool()); // verified all the same
    QVERIFY2(
        cell(RunListModel::FailedTx, Qt::ToolTipRole).toString().contains(QLatin1String("8,500 of 10,000")),
        qPrintable(cell(RunListModel::FailedTx, Qt::ToolTipRole).toString()));
    const int clean = model.rowOf(m_ids[0]);
    QCOMPARE(model.index(clean, RunListModel::FailedTx).data().toString(), QStringLiteral("0"));
    QVERIFY(!model.index(clean, RunListModel::FailedTx).data(RunListModel::FailuresRole).toBool());

    // The view shows the failed count in the failure colour.
    m_view->reload();
    const QAbstractItemModel *shown = m_view->table()->model();
    for (int i = 0; i < shown->rowCount(); ++i) {
        const QModelIndex failed = shown->index(i, RunListModel::FailedTx);
        const bool failures = failed.data(RunListModel::FailuresRole).toBool();
        QCOMPARE(failed.data(Qt::ForegroundRole).isValid(), failures);
    }
}

void TestRunsView::sortsNumerically()
{
    // Display text sorts "10.0" < "100" < "2.0" < "9.0"; the sort role must not.
    const QList<double> rates { 9, 100, 2, 10, 1234 };
    QList<QJsonObject> docs;
    QStringList names;
    for (double v : rates) {
        docs << Fixture::withSummaryValue(m_docs[0], "ops_per_s", v);
        names << QStringLiteral("ops %1").arg(v);
    }
    QList<qint64> ids;
    QString why;
    const QString p = path(QStringLiteral("sort.sqlite"));
    QVERIFY2(fillStore(p, docs, names, &ids, &why), qPrintable(why));
    ResultsStore store;
    QVERIFY2(store.open(p, &why), qPrintable(why));
    RunsView view;
    QAbstractItemModelTester tester(
        view.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setStore(&store);
    view.table()->sortByColumn(RunListModel::OpsPerS, Qt::AscendingOrder);
    QCOMPARE(namesInViewOrder(view.table()->model()),
        QStringList({ QStringLiteral("ops 2"), QStringLiteral("ops 9"), QStringLiteral("ops 10"),
            QStringLiteral("ops 100"), QStringLiteral("ops 1234") }));
    QCOMPARE(
        view.table()->model()->index(4, RunListModel::OpsPerS).data().toString(), QStringLiteral("1,234"));
    view.table()->sortByColumn(RunListModel::OpsPerS, Qt::DescendingOrder);
    QCOMPARE(namesInViewOrder(view.table()->model()).first(), QStringLiteral("ops 1234"));
    // Newest first by default: the last saved is on top once sorted by the start time.
    view.table()->sortByColumn(RunListModel::Started, Qt::DescendingOrder);
    QCOMPARE(view.table()->model()->index(0, 0).data(RunListModel::IdRole).toLongLong(), ids.last());
}

void TestRunsView::renameInPlacePersists()
{
    RunsView &view = *m_view;
    const QString &p = m_path;
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.selectIds({ m_ids[1] });
    QVERIFY(view.renameAction()->isEnabled());
    QSignalSpy changed(&view, &RunsView::runsChanged);
    view.renameAction()->trigger();
    auto *editor = view.table()->viewport()->findChild<QLineEdit *>();
    QVERIFY2(editor, "F2 / Rename opens an editor in place");
    QCOMPARE(editor->text(), QStringLiteral("run-b"));
    QStringList asked;
    view.setConfirm([&asked](const QString &q) {
        asked << q;
        return false;
    });
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete); // edits the name: not the Delete action
    QCOMPARE(editor->text(), QString());
    QTest::keyClicks(editor, QStringLiteral("WAL baseline"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(asked, QStringList());
    bool found = false;
    QCOMPARE(storedRun(p, m_ids[1], &found).name, QStringLiteral("WAL baseline"));
    QVERIFY(found);
    QCOMPARE(view.selectedIds(), QList<qint64>({ m_ids[1] }));
}

void TestRunsView::renameThroughModelPersists()
{
    RunsView &view = *m_view;
    const QString &p = m_path;
    view.selectIds({ m_ids[2] });
    QAbstractItemModel *model = view.table()->model();
    const QModelIndex name
        = view.table()->selectionModel()->currentIndex().siblingAtColumn(RunListModel::Name);
    QCOMPARE(name.data().toString(), QStringLiteral("run-c"));
    QVERIFY(model->setData(name, QStringLiteral("  O'Brien's \"shared\" run  ")));
    QCOMPARE(name.data().toString(), QStringLiteral("O'Brien's \"shared\" run"));
    bool found = false;
    QCOMPARE(storedRun(p, m_ids[2], &found).name, QStringLiteral("O'Brien's \"shared\" run"));
    QVERIFY(found);
    QVERIFY(view.statusText().isEmpty());
}

void TestRunsView::emptyRenameIsRefused()
{
    RunsView &view = *m_view;
    const QString &p = m_path;
    view.selectIds({ m_ids[0] });
    const QModelIndex name
        = view.table()->selectionModel()->currentIndex().siblingAtColumn(RunListModel::Name);
    QSignalSpy failed(view.model(), &RunListModel::editFailed);
    QVERIFY(!view.table()->model()->setData(name, QStringLiteral("   ")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(name.data().toString(), QStringLiteral("run-a"));
    QVERIFY2(view.statusText().contains(QLatin1String("needs a name")), qPrintable(view.statusText()));
    bool found = false;
    QCOMPARE(storedRun(p, m_ids[0], &found).name, QStringLiteral("run-a"));
    QVERIFY(found);
}

void TestRunsView::notesAreSavedAfterThePause()
{
    RunsView &view = *m_view;
    const QString &p = m_path;
    view.selectIds({ m_ids[1] });
    QPlainTextEdit *notes = view.notesEditor();
    QVERIFY(notes->isEnabled());
    QTest::keyClicks(notes, QStringLiteral("busy at 4 workers"));
    bool found = false;
    QCOMPARE(storedRun(p, m_ids[1], &found).notes, QString()); // not on every keystroke
    QTRY_COMPARE_WITH_TIMEOUT(
        storedRun(p, m_ids[1], &found).notes, QStringLiteral("busy at 4 workers"), 5000);
    QVERIFY(found);
    QVERIFY2(!view.statusText().contains(QLatin1String("not saved")), qPrintable(view.statusText()));
    const QModelIndex cell
        = view.table()->selectionModel()->currentIndex().siblingAtColumn(RunListModel::Notes);
    QCOMPARE(cell.data().toString(), QStringLiteral("busy at 4 workers"));
}

void TestRunsView::notesAreSavedWhenAnotherRunBecomesCurrent()
{
    RunsView &view = *m_view;
    const QString &p = m_path;
    view.selectIds({ m_ids[0] });
    QTest::keyClicks(view.notesEditor(), QStringLiteral("first"));
    view.selectIds({ m_ids[2] }); // at once, no pause
    bool found = false;
    QCOMPARE(storedRun(p, m_ids[0], &found).notes, QStringLiteral("first"));
    QCOMPARE(view.notesEditor()->toPlainText(), QString());
    view.selectIds({ m_ids[0] });
    QCOMPARE(view.notesEditor()->toPlainText(), QStringLiteral("first"));
}

void TestRunsView::notesStoreErrorIsShown()
{
    RunsView &view = *m_view;
    const QString &p = m_path;
    QString why;
    view.selectIds({ m_ids[1] });
    { // another LockLens window deletes the run meanwhile
        ResultsStore other;
        QVERIFY2(other.open(p, &why), qPrintable(why));
        QVERIFY2(other.remove({ m_ids[1] }, &why), qPrintable(why));
    }
    QTest::keyClicks(view.notesEditor(), QStringLiteral("lost words"));
    QVERIFY(!view.saveNotes());
    QVERIFY2(view.statusText().contains(QLatin1String("not saved")), qPrintable(view.statusText()));
    QVERIFY2(view.statusText().contains(QString::number(m_ids[1])), qPrintable(view.statusText()));
}

void TestRunsView::deleteAsksFirst_data()
{
    QTest::addColumn<bool>("answer");
    QTest::newRow("confirmed") << true;
    QTest::newRow("refused") << false;
}

void TestRunsView::deleteAsksFirst()
{
    QFETCH(bool, answer);
    RunsView &view = *m_view;
    const QString &p = m_path;
    QString why;
    QStringList questions;
    view.setConfirm([&](const QString &q) {
        questions << q;
        return answer;
    });
    view.selectIds({ m_ids[0], m_ids[2] });
    QVERIFY(view.deleteAction()->isEnabled());
    QSignalSpy changed(&view, &RunsView::runsChanged);
    view.deleteAction()->trigger();
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions[0].contains(QLatin1String("Delete 2 runs")), qPrintable(questions[0]));
    QVERIFY(questions[0].contains(QLatin1String("run-a")) && questions[0].contains(QLatin1String("run-c")));

    ResultsStore reopened;
    QVERIFY2(reopened.open(p, &why), qPrintable(why));
    QList<qint64> left;
    for (const RunSummary &s : reopened.list(&why))
        left << s.id;
    std::sort(left.begin(), left.end());
    QCOMPARE(left, answer ? QList<qint64>({ m_ids[1] }) : m_ids);
    QCOMPARE(view.model()->rowCount(), int(left.size()));
    QCOMPARE(changed.count(), answer ? 1 : 0);
}

void TestRunsView::compareNeedsTwoOrMore()
{
    RunsView &view = *m_view;
    QSignalSpy compare(&view, &RunsView::compareRequested);
    view.selectIds({ m_ids[0] });
    QVERIFY(!view.compareAction()->isEnabled());
    view.compareAction()->trigger();
    QCOMPARE(compare.count(), 0);
    view.selectIds({ m_ids[0], m_ids[2] });
    QVERIFY(view.compareAction()->isEnabled());
    QVERIFY(!view.openAction()->isEnabled());
    view.compareAction()->trigger();
    QCOMPARE(compare.count(), 1);
    QList<qint64> ids = compare.at(0).at(0).value<QList<qint64>>();
    QCOMPARE(ids, view.selectedIds());
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, QList<qint64>({ m_ids[0], m_ids[2] }));
    view.table()->clearSelection();
    QVERIFY(!view.compareAction()->isEnabled());
    QVERIFY(!view.deleteAction()->isEnabled());
}

void TestRunsView::exportNeedsOneOrMore()
{
    RunsView &view = *m_view;
    view.table()->clearSelection();
    QVERIFY(!view.exportAction()->isEnabled());
    view.selectIds({ m_ids[1] });
    QVERIFY(view.exportAction()->isEnabled());
    view.selectIds({ m_ids[0], m_ids[2] });
    QVERIFY(view.exportAction()->isEnabled());
    QVERIFY(view.table()->actions().contains(view.exportAction())); // the context menu
    // Without a store there is nothing to export from.
    view.setStore(nullptr);
    QVERIFY(!view.exportAction()->isEnabled());
}

void TestRunsView::openRequested()
{
    RunsView &view = *m_view;
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy open(&view, &RunsView::openRequested);
    view.selectIds({ m_ids[1] });
    view.openAction()->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), m_ids[1]);
    const QModelIndex row = view.table()->model()->index(2, RunListModel::Scenario);
    // QTest's widget double-click is the second click only: press once first, as a mouse does.
    const QPoint at = view.table()->visualRect(row).center();
    QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1).at(0).toLongLong(), row.data(RunListModel::IdRole).toLongLong());
}

void TestRunsView::filterWaitsForAPause()
{
    RunsView &view = *m_view;
    QTest::keyClicks(view.filterEdit(), QStringLiteral("ROLLBACK"));
    QCOMPARE(view.table()->model()->rowCount(), 3); // not while typing
    QTRY_COMPARE(view.table()->model()->rowCount(), 1);
    QCOMPARE(view.table()->model()->index(0, RunListModel::Name).data().toString(), QStringLiteral("run-b"));
    view.filterEdit()->clear();
    QTRY_COMPARE(view.table()->model()->rowCount(), 3);
}

void TestRunsView::reloadKeepsTheSelection()
{
    RunsView &view = *m_view;
    const QString &p = m_path;
    QString why;
    view.selectIds({ m_ids[2], m_ids[0] });
    const QList<qint64> before = view.selectedIds();
    const qint64 current
        = view.table()->selectionModel()->currentIndex().data(RunListModel::IdRole).toLongLong();
    { // `locklens run --save` adds a run meanwhile
        ResultsStore other;
        QVERIFY2(other.open(p, &why), qPrintable(why));
        QVERIFY2(other.save(m_docs[1], QStringLiteral("run-d"), &why) > 0, qPrintable(why));
    }
    view.reload();
    QCOMPARE(view.model()->rowCount(), 4);
    QCOMPARE(view.selectedIds(), before);
    QCOMPARE(view.table()->selectionModel()->currentIndex().data(RunListModel::IdRole).toLongLong(), current);
}

void TestRunsView::emptyStoreSaysHowToMakeARun()
{
    ResultsStore store;
    QString why;
    QVERIFY2(store.open(path(QStringLiteral("empty.sqlite")), &why), qPrintable(why));
    RunsView view;
    view.setStore(&store);
    QVERIFY2(
        view.messageText().contains(QLatin1String("locklens run --save")), qPrintable(view.messageText()));
    QVERIFY(view.messageText().contains(QLatin1String("New Load Test")));
    QVERIFY(!view.deleteAction()->isEnabled());
    QVERIFY(!view.notesEditor()->isEnabled());
}

void TestRunsView::storeErrorIsShown()
{
    RunsView view;
    // A store that failed to open: the window passes the reason on.
    ResultsStore store;
    QString why;
    QVERIFY(!store.open(path(QStringLiteral("no/such/dir/runs.sqlite")), &why));
    view.setStore(&store, why);
    QVERIFY2(view.messageText().contains(why), qPrintable(view.messageText()));
    // A store that cannot list (here: closed since).
    QVERIFY2(store.open(m_path, &why), qPrintable(why));
    view.setStore(&store);
    QCOMPARE(view.messageText(), QString());
    QCOMPARE(view.model()->rowCount(), 3);
    store.close();
    view.reload();
    QVERIFY2(view.messageText().contains(QLatin1String("not open")), qPrintable(view.messageText()));
    QCOMPARE(view.model()->rowCount(), 0);
}

void TestRunsView::screenshots()
{
    if (Fixture::runsPngPrefix().isEmpty())
        QSKIP("set LOCKLENS_RUNS_PNG=/dir/prefix to save the runs view and a comparison as PNG");
    ResultsStore &store = *m_store;
    QString why;
    QVERIFY(store.setNotes(
        m_ids[1], QStringLiteral("Rollback journal: every commit waits for the others."), &why));
    RunsView runs;
    runs.setStore(&store);
    runs.selectIds({ m_ids[1], m_ids[0] });
    QVERIFY(Fixture::saveRunsShot(runs, QStringLiteral("runs")));

    ResultsStore empty;
    QVERIFY2(empty.open(path(QStringLiteral("shots-empty.sqlite")), &why), qPrintable(why));
    RunsView nothing;
    nothing.setStore(&empty);
    QVERIFY(Fixture::saveRunsShot(nothing, QStringLiteral("empty")));
}

QTEST_MAIN(TestRunsView)
#include "tst_runsview.moc"
