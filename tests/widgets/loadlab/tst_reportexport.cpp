// SPDX-License-Identifier: GPL-3.0-or-later
// Export Report from the window: the runs view's Export action and File ▸ Export Report…,
// on real runs kept in a temporary results store, with the save dialog and the warning
// answered by the test (ReportExport::Dialogs).
#include "app/core/resultsstore.h"
#include "app/reports/reportstore.h"
#include "app/reports/reporttext.h"
#include "tests/fixtures/filefixture.h"
#include "tests/fixtures/runsfixture.h"
#include "widgets/loadlab/loadlab.h"
#include "widgets/loadlab/reportexport.h"
#include "widgets/loadlab/runsview.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace LockLens;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Lines a CSV report of `docs` has: a header, then a row per interval per worker and in total.
qsizetype csvLines(const QList<QJsonObject> &docs)
{
    qsizetype lines = 1;
    for (const QJsonObject &doc : docs)
        lines += doc.value(QLatin1String("series")).toArray().size()
            * (doc.value(QLatin1String("workers")).toArray().size() + 1);
    return lines;
}

QString committedOps(const QJsonObject &doc)
{
    return Report::count(
        doc.value(QLatin1String("summary")).toObject().value(QLatin1String("committed_ops")).toInteger());
}

// What the test's save dialog and warning saw.
struct Answers
{
    QString typed; // the path the "user" types; "" cancels
    int filter = 0; // the filter the "user" picks (index into ReportExport::filters())
    QString offered, offeredFilter; // what the dialog offered
    QStringList warnings;
    int asked = 0;

    ReportExport::Dialogs dialogs()
    {
        return { [this](QWidget *, const QString &offered, QString *filter) {
                    ++asked;
                    this->offered = offered;
                    offeredFilter = *filter;
                    *filter = ReportExport::filters().at(this->filter);
                    return typed;
                },
            [this](QWidget *, const QString &text) { warnings << text; } };
    }
};

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void filtersAndNames_data();
    void filtersAndNames();
    void completedPath_data();
    void completedPath();
    void runsViewExports_data();
    void runsViewExports();
    void runsViewExportNeedsASelection();
    void refusedFilesWriteNothing_data();
    void refusedFilesWriteNothing();
    void pdfIsWritten();
    void cancelWritesNothing();
    void namedPipeIsWrittenInPlace();
    void folderAndFilterAreRemembered();
    void storeSharesTheCommandLineLabels();
    void fileMenuExportsTheEndedRun();
    void fileMenuExportsTheComparison();
    void theRealDialogOffersTheFilters();

private:
    QString path(const QString &file) const { return m_dir.filePath(file); }
    QList<QJsonObject> stored(const QList<qint64> &ids);

    QTemporaryDir m_dir;
    QList<QJsonObject> m_docs; // real runs: WAL batch 8, delete journal, shared connection
    QString m_storePath;
    QList<qint64> m_ids;
    std::unique_ptr<ResultsStore> m_store;
    std::unique_ptr<RunsView> m_view;
    Answers m_answers;
};

void TestReportExport::initTestCase()
{
    qputenv("LOCKLENS_NO_DIALOGS", "1");
    QVERIFY(m_dir.isValid());
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLITE"))); // before any thread
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LockLensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reportexport"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, path(QStringLiteral("settings")));

    QString why;
    QVERIFY2(Fixture::realRunDocuments(m_dir.path(), &m_docs, &why), qPrintable(why));
    m_storePath = path(QStringLiteral("runs.sqlite"));
    ResultsStore store;
    QVERIFY2(store.open(m_storePath, &why), qPrintable(why));
    for (const QJsonObject &doc : std::as_const(m_docs)) {
        const qint64 id = store.save(doc, QString(), &why);
        QVERIFY2(id > 0, qPrintable(why));
        m_ids << id;
    }
}

void TestReportExport::init()
{
    QSettings().clear();
    m_answers = Answers();
    QString why;
    m_store = std::make_unique<ResultsStore>();
    QVERIFY2(m_store->open(m_storePath, &why), qPrintable(why));
    m_view = std::make_unique<RunsView>();
    m_view->setStore(m_store.get());
    m_view->setReportDialogs(m_answers.dialogs());
}

void TestReportExport::cleanup()
{
    m_view.reset();
    m_store.reset();
}

QList<QJsonObject> TestReportExport::stored(const QList<qint64> &ids)
{
    QList<QJsonObject> docs;
    for (qint64 id : ids) {
        QJsonObject doc;
        QString why;
        if (!m_store->load(id, &doc, nullptr, &why))
            qWarning("run %lld: %s", id, qPrintable(why));
        docs << doc;
    }
    return docs;
}

void TestReportExport::filtersAndNames_data()
{
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<int>("filter");
    QTest::addColumn<QString>("name");
    QTest::newRow("one run, html") << QList<qint64> { 12 } << 0 << QStringLiteral("locklens-run-12.html");
    QTest::newRow("one run, pdf") << QList<qint64> { 12 } << 1 << QStringLiteral("locklens-run-12.pdf");
    QTest::newRow("comparison, md") << QList<qint64> { 12, 14 } << 2
                                    << QStringLiteral("locklens-comparison-12-14.md");
    QTest::newRow("three, csv") << QList<qint64> { 3, 1, 2 } << 3
                                << QStringLiteral("locklens-comparison-3-1-2.csv");
    QTest::newRow("not kept, json") << QList<qint64> {} << 4 << QStringLiteral("locklens-run.json");
}

void TestReportExport::filtersAndNames()
{
    QFETCH(QList<qint64>, ids);
    QFETCH(int, filter);
    QFETCH(QString, name);
    const QStringList filters = ReportExport::filters();
    QCOMPARE(filters,
        QStringList({ QStringLiteral("HTML report (*.html)"), QStringLiteral("PDF report (*.pdf)"),
            QStringLiteral("Markdown (*.md)"), QStringLiteral("CSV time series (*.csv)"),
            QStringLiteral("JSON (*.json)") }));
    QCOMPARE(ReportExport::suggestedFileName(ids, filters.at(filter)), name);
    QCOMPARE(ReportExport::filterOf(name), filters.at(filter));
    QCOMPARE(ReportExport::filterOf(QStringLiteral("notes.txt")), QString());
}

void TestReportExport::completedPath_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("filter");
    QTest::addColumn<QString>("path");
    QTest::newRow("no extension: the filter's")
        << QStringLiteral("/tmp/a") << 2 << QStringLiteral("/tmp/a.md");
    QTest::newRow("own extension kept")
        << QStringLiteral("/tmp/a.json") << 0 << QStringLiteral("/tmp/a.json");
    QTest::newRow("unknown extension kept (then refused)")
        << QStringLiteral("/tmp/a.txt") << 0 << QStringLiteral("/tmp/a.txt");
    QTest::newRow("dot in the folder only")
        << QStringLiteral("/tmp/v1.2/report") << 3 << QStringLiteral("/tmp/v1.2/report.csv");
    QTest::newRow("cancelled") << QStringLiteral("") << 0 << QStringLiteral("");
}

void TestReportExport::completedPath()
{
    QFETCH(QString, typed);
    QFETCH(int, filter);
    QFETCH(QString, path);
    QCOMPARE(ReportExport::completedPath(typed, ReportExport::filters().at(filter)), path);
}

void TestReportExport::runsViewExports_data()
{
    QTest::addColumn<int>("runs");
    QTest::addColumn<int>("filter");
    QTest::addColumn<QString>("typed"); // with or without an extension
    for (int runs : { 1, 2 }) {
        for (int filter : { 0, 2, 3, 4 }) {
            const bool typesExtension = filter == 0 || filter == 4;
            const QString name = QStringLiteral("r%1-%2").arg(runs).arg(filter)
                + (typesExtension
                        ? QLatin1Char('.') + ReportExport::extensionOf(ReportExport::filters().at(filter))
                        : QString());
            QTest::addRow("%d run(s), %s", runs, qPrintable(name)) << runs << filter << name;
        }
    }
}

void TestReportExport::runsViewExports()
{
    QFETCH(int, runs);
    QFETCH(int, filter);
    QFETCH(QString, typed);
    const QList<qint64> ids = m_ids.mid(0, runs);
    m_view->selectIds(ids);
    QCOMPARE(m_view->selectedIds().size(), runs);
    QVERIFY(m_view->exportAction()->isEnabled());
    const QString ext = ReportExport::extensionOf(ReportExport::filters().at(filter));
    m_answers.typed = path(typed);
    m_answers.filter = filter;
    const QString expected
        = typed.contains(QLatin1Char('.')) ? m_answers.typed : m_answers.typed + QLatin1Char('.') + ext;
    QVERIFY(expected.endsWith(QLatin1Char('.') + ext));
    QFile::remove(expected);

    m_view->exportAction()->trigger();
    QCOMPARE(m_answers.asked, 1);
    QVERIFY2(m_answers.warnings.isEmpty(), qPrintable(m_answers.warnings.join(QLatin1Char('\n'))));
    QVERIFY2(QFileInfo::exists(expected), qPrintable(expected));
    QVERIFY2(
        m_view->statusText().contains(QDir::toNativeSeparators(expected)), qPrintable(m_view->statusText()));

    // The selected runs, in the order shown (the newest first), are in the report.
    const QList<qint64> shown = m_view->selectedIds();
    const QList<QJsonObject> docs = stored(shown);
    const QByteArray data = contents(expected);
    if (ext == QLatin1String("json")) {
        const QJsonObject written = QJsonDocument::fromJson(data).object();
        if (runs == 1) {
            QCOMPARE(written, docs.front());
        } else {
            const QJsonArray all = written.value(QLatin1String("runs")).toArray();
            QCOMPARE(all.size(), runs);
            for (int i = 0; i < runs; ++i)
                QCOMPARE(all.at(i).toObject(), docs.at(i));
        }
    } else if (ext == QLatin1String("csv")) {
        QCOMPARE(data.trimmed().split('\n').size(), csvLines(docs));
    } else {
        const QString text = QString::fromUtf8(data);
        for (const QJsonObject &doc : docs)
            QVERIFY2(text.contains(committedOps(doc)), qPrintable(committedOps(doc)));
        for (qint64 id : shown)
            QVERIFY(text.contains(Report::storedRunLabel(id)));
        if (runs == 2) // the baseline is the top-most run
            QVERIFY(text.indexOf(Report::storedRunLabel(shown[0]))
                < text.indexOf(Report::storedRunLabel(shown[1])));
    }
}

void TestReportExport::runsViewExportNeedsASelection()
{
    m_view->table()->clearSelection();
    QVERIFY(m_view->selectedIds().isEmpty());
    QVERIFY(!m_view->exportAction()->isEnabled());
    QVERIFY(m_view->exportSelected().isEmpty());
    QCOMPARE(m_answers.asked, 0);
    m_view->selectIds({ m_ids[2] });
    QVERIFY(m_view->exportAction()->isEnabled());
    // In the toolbar and the context menu, beside Compare.
    QVERIFY(m_view->table()->actions().contains(m_view->exportAction()));
    RunsView noStore;
    QVERIFY(!noStore.exportAction()->isEnabled());
}

void TestReportExport::refusedFilesWriteNothing_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("says");
    QFile notAFolder(path(QStringLiteral("plain-file")));
    QVERIFY(notAFolder.open(QIODevice::WriteOnly));
    QTest::newRow("unknown extension")
        << QStringLiteral("report.txt") << QStringLiteral("“.txt” is not a report format");
    QTest::newRow("folder is a file")
        << QStringLiteral("plain-file/report.html") << QStringLiteral("cannot write");
    QTest::newRow("no such folder") << QStringLiteral("no-such-folder/report.md")
                                    << QStringLiteral("cannot write");
}

void TestReportExport::refusedFilesWriteNothing()
{
    QFETCH(QString, typed);
    QFETCH(QString, says);
    m_view->selectIds({ m_ids[0] });
    m_answers.typed = path(typed);
    QVERIFY(m_view->exportSelected().isEmpty());
    QCOMPARE(m_answers.warnings.size(), 1);
    QVERIFY2(m_answers.warnings.front().contains(says), qPrintable(m_answers.warnings.front()));
    QVERIFY(!m_answers.warnings.front().contains(QLatin1Char('\n')));
    QVERIFY(!QFileInfo::exists(m_answers.typed));
    QVERIFY(!QFileInfo::exists(m_answers.typed + QStringLiteral(".html")));
    QVERIFY(!m_view->statusText().contains(QLatin1String("written")));
}

void TestReportExport::pdfIsWritten()
{
    // "one" typed with the PDF filter chosen: the filter's extension is added.
    m_view->selectIds({ m_ids[0] });
    m_answers.typed = path(QStringLiteral("one"));
    m_answers.filter = 1;
    const QString pdf = path(QStringLiteral("one.pdf"));
    QCOMPARE(m_view->exportSelected(), pdf);
    QVERIFY2(m_answers.warnings.isEmpty(), qPrintable(m_answers.warnings.join(QLatin1Char('\n'))));
    const QByteArray data = contents(pdf);
    QVERIFY(data.startsWith("%PDF-1."));
    QVERIFY(data.contains("/Type /Page")); // at least one page
}

void TestReportExport::cancelWritesNothing()
{
    m_view->selectIds({ m_ids[0] });
    const QString before = m_view->statusText();
    QVERIFY(m_view->exportSelected().isEmpty());
    QCOMPARE(m_answers.asked, 1);
    QVERIFY(m_answers.warnings.isEmpty());
    QCOMPARE(m_view->statusText(), before);
}

// Regression: the export saved through a rename, which replaced a named pipe (or a device,
// or a link to one) by a regular file.
void TestReportExport::namedPipeIsWrittenInPlace()
{
#ifdef Q_OS_UNIX
    const QString fifo = path(QStringLiteral("pipe.md")), link = path(QStringLiteral("link.md"));
    QVERIFY(Fixture::makeFifo(fifo));
    QVERIFY(QFile::link(fifo, link));
    m_view->selectIds({ m_ids[0] });
    // Nobody reads it: one warning at once, rather than a window waiting for a reader.
    m_answers.typed = fifo;
    QVERIFY(m_view->exportSelected().isEmpty());
    QCOMPARE(m_answers.warnings.size(), 1);
    QVERIFY2(m_answers.warnings.front().contains(QLatin1String("no process is reading")),
        qPrintable(m_answers.warnings.front()));
    // Through the link, with a reader: written into the pipe, which stays one.
    Fixture::FifoReader reader(fifo);
    QVERIFY(reader.ok());
    m_answers.typed = link;
    QCOMPARE(m_view->exportSelected(), link);
    QVERIFY(reader.readAll().startsWith("# LockLens report"));
    QVERIFY(Fixture::isFifo(fifo));
    QVERIFY(QFileInfo(link).isSymLink());
#else
    QSKIP("named pipes");
#endif
}

void TestReportExport::folderAndFilterAreRemembered()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("kept")));
    m_view->selectIds({ m_ids[1] });
    // First time: the documents folder and HTML.
    m_answers.typed = path(QStringLiteral("kept/first"));
    m_answers.filter = 2;
    QVERIFY(!m_view->exportSelected().isEmpty());
    QCOMPARE(m_answers.offeredFilter, ReportExport::filters().at(0));
    QVERIFY2(m_answers.offered.endsWith(QStringLiteral("/locklens-run-%1.html").arg(m_ids[1])),
        qPrintable(m_answers.offered));
    // Next time: the folder written into and the format written.
    m_view->selectIds({ m_ids[0], m_ids[1] });
    m_answers.typed = path(QStringLiteral("kept/second"));
    QVERIFY(!m_view->exportSelected().isEmpty());
    QCOMPARE(m_answers.offeredFilter, ReportExport::filters().at(2));
    const QList<qint64> shown = m_view->selectedIds();
    QCOMPARE(m_answers.offered,
        path(QStringLiteral("kept/locklens-comparison-%1-%2.md").arg(shown[0]).arg(shown[1])));
}

void TestReportExport::storeSharesTheCommandLineLabels()
{
    Report::Model model;
    QString why;
    QVERIFY2(Report::modelFromStore(*m_store, { m_ids[2], m_ids[0] }, &model, &why), qPrintable(why));
    QCOMPARE(model.runs.size(), std::size_t(2));
    QCOMPARE(model.runs[0].label, QStringLiteral("run %1").arg(m_ids[2]));
    QCOMPARE(model.runs[1].label, QStringLiteral("run %1").arg(m_ids[0]));
    QVERIFY(model.runs[0].startedAt.isValid());
    QCOMPARE(model.runs[0].document, m_docs[2]);
    QVERIFY(!Report::modelFromStore(*m_store, { m_ids[0], 999999 }, &model, &why));
    QVERIFY2(why.contains(QLatin1String("999999")), qPrintable(why));
}

void TestReportExport::fileMenuExportsTheEndedRun()
{
    const QString storePath = path(QStringLiteral("window-runs.sqlite"));
    MainWindow w;
    w.setReportDialogs(m_answers.dialogs());
    LoadLab *lab = w.loadLab();
    lab->setStorePath(storePath);
    QAction *exportAction = w.exportReportAction();
    QVERIFY(!exportAction->isEnabled());
    QVERIFY2(exportAction->statusTip().contains(QLatin1String("no run has ended")),
        qPrintable(exportAction->statusTip()));

    Scenario sc;
    sc.name = QStringLiteral("window run");
    sc.databasePath = path(QStringLiteral("window.sqlite"));
    sc.journalMode = QStringLiteral("wal");
    sc.workers = 2;
    sc.durationS = 0.6;
    QSignalSpy saved(lab, &LoadLab::runSaved);
    QString why;
    QVERIFY2(lab->run(sc, &why), qPrintable(why));
    QVERIFY(!exportAction->isEnabled());
    QVERIFY2(exportAction->statusTip().contains(QLatin1String("still running")),
        qPrintable(exportAction->statusTip()));
    QVERIFY(saved.wait(60000));
    const qint64 id = saved.first().first().toLongLong();
    QVERIFY(id > 0);
    QVERIFY(exportAction->isEnabled());

    ResultsStore store;
    QVERIFY2(store.open(storePath, &why), qPrintable(why));
    QJsonObject doc;
    QVERIFY2(store.load(id, &doc, nullptr, &why), qPrintable(why));

    m_answers.typed = path(QStringLiteral("window-run"));
    m_answers.filter = 4; // JSON
    exportAction->trigger();
    QCOMPARE(m_answers.asked, 1);
    QVERIFY2(m_answers.offered.endsWith(QStringLiteral("locklens-run-%1.html").arg(id)),
        qPrintable(m_answers.offered));
    QVERIFY2(m_answers.warnings.isEmpty(), qPrintable(m_answers.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(QJsonDocument::fromJson(contents(path(QStringLiteral("window-run.json")))).object(), doc);
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("window-run.json")),
        qPrintable(w.statusBar()->currentMessage()));

    m_answers.typed = path(QStringLiteral("window-run.csv"));
    QCOMPARE(w.exportReport(), m_answers.typed);
    QCOMPARE(contents(m_answers.typed).trimmed().split('\n').size(), csvLines({ doc }));
    m_answers.typed = path(QStringLiteral("window-run.html"));
    QCOMPARE(w.exportReport(), m_answers.typed);
    QVERIFY(QString::fromUtf8(contents(m_answers.typed)).contains(committedOps(doc)));
    m_answers.typed = path(QStringLiteral("window-run.md"));
    QCOMPARE(w.exportReport(), m_answers.typed);
    QVERIFY(QString::fromUtf8(contents(m_answers.typed)).contains(committedOps(doc)));
    // An unknown extension: the message, nothing written.
    m_answers.typed = path(QStringLiteral("window-run.txt"));
    QVERIFY(w.exportReport().isEmpty());
    QCOMPARE(m_answers.warnings.size(), 1);
    QVERIFY(!QFileInfo::exists(m_answers.typed));
}

void TestReportExport::fileMenuExportsTheComparison()
{
    MainWindow w;
    w.setReportDialogs(m_answers.dialogs());
    LoadLab *lab = w.loadLab();
    lab->setStorePath(m_storePath);
    QVERIFY(!w.exportReportAction()->isEnabled());
    // Opening a stored run makes it the dashboard's: that run is exported.
    QString why;
    QVERIFY2(lab->open(m_ids[1], &why), qPrintable(why));
    QVERIFY(w.exportReportAction()->isEnabled());
    m_answers.typed = path(QStringLiteral("opened.json"));
    QCOMPARE(w.exportReport(), m_answers.typed);
    QCOMPARE(QJsonDocument::fromJson(contents(m_answers.typed)).object(), stored({ m_ids[1] }).front());

    const QList<qint64> ids { m_ids[2], m_ids[0] };
    QVERIFY2(lab->compare(ids, &why), qPrintable(why));
    QVERIFY(w.exportReportAction()->isEnabled());
    m_answers.typed = path(QStringLiteral("compared"));
    m_answers.filter = 2; // Markdown
    w.exportReportAction()->trigger();
    QVERIFY2(
        m_answers.offered.endsWith(QStringLiteral("locklens-comparison-%1-%2.json").arg(ids[0]).arg(ids[1])),
        qPrintable(m_answers.offered));
    QVERIFY2(m_answers.warnings.isEmpty(), qPrintable(m_answers.warnings.join(QLatin1Char('\n'))));
    const QString md = QString::fromUtf8(contents(path(QStringLiteral("compared.md"))));
    QVERIFY(md.indexOf(Report::storedRunLabel(ids[0])) >= 0);
    QVERIFY(md.indexOf(Report::storedRunLabel(ids[0])) < md.indexOf(Report::storedRunLabel(ids[1])));
    for (const QJsonObject &doc : stored(ids))
        QVERIFY(md.contains(committedOps(doc)));

    // Back on the dashboard: the opened run again.
    lab->showTab(LoadLab::Tab::Live);
    m_answers.typed = path(QStringLiteral("back.json"));
    QCOMPARE(w.exportReport(), m_answers.typed);
    QCOMPARE(QJsonDocument::fromJson(contents(m_answers.typed)).object(), stored({ m_ids[1] }).front());
}

// The save dialog itself (Qt's own under the offscreen platform): the filters, the name
// offered; cancelled. With LOCKLENS_RUNS_PNG=/dir/prefix it and the File menu are saved
// as PNG.
void TestReportExport::theRealDialogOffersTheFilters()
{
    MainWindow w;
    w.loadLab()->setStorePath(m_storePath);
    QString why;
    QVERIFY2(w.loadLab()->open(m_ids[0], &why), qPrintable(why));
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString prefix = Fixture::runsPngPrefix();
    if (!prefix.isEmpty()) {
        QMenu *file = w.menuBar()->actions().constFirst()->menu();
        file->popup(w.mapToGlobal(QPoint(0, w.menuBar()->height())));
        QTest::qWait(200);
        QVERIFY(file->grab().save(prefix + QStringLiteral("-filemenu.png")));
        file->close();
    }
    QStringList filters;
    QString offered;
    QTimer::singleShot(300, &w, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        filters = dialog->nameFilters();
        offered = dialog->findChild<QLineEdit *>()->text();
        if (!prefix.isEmpty())
            dialog->grab().save(prefix + QStringLiteral("-savedialog.png"));
        dialog->reject();
    });
    QVERIFY(w.exportReport().isEmpty());
    QCOMPARE(filters, ReportExport::filters());
    QCOMPARE(offered, QStringLiteral("locklens-run-%1.html").arg(m_ids[0]));
}

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
