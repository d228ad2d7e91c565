// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/mainwindow.h"

#include "app/core/language.h"
#include "app/core/sqlsession.h"
#include "widgets/browser/datagrid.h"
#include "widgets/browser/fkdiagram.h"
#include "widgets/browser/pragmapanel.h"
#include "widgets/browser/relatedpanel.h"
#include "widgets/browser/schematree.h"
#include "widgets/browser/sqlconsole.h"
#include "widgets/common/banner.h"
#include "widgets/common/icons.h"
#include "widgets/loadlab/loadlab.h"
#include "widgets/preferencesdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace LockLens {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("LockLens"));
    setAcceptDrops(true);
    m_session = new SqlSession(this);
    m_tree = new SchemaTree(this);
    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->addWidget(m_tree);
    split->addWidget(createPages());
    split->setStretchFactor(1, 3);
    split->setSizes({ 400, 880 });
    m_banner = new Banner(this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(2);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(split, 1);
    setCentralWidget(central);

    m_fileLabel = new QLabel(tr("No database"), this);
    m_modeLabel = new QLabel(this);
    m_versionLabel = new QLabel(this);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_modeLabel);
    statusBar()->addPermanentWidget(m_versionLabel);

    createMenus();
    createNavigation();
    connect(m_tree, &SchemaTree::tableActivated, this, &MainWindow::navigateTo);
    connect(m_tree, &SchemaTree::rowRequested, this, &MainWindow::openRow);
    connect(
        m_grid, &DataGrid::message, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_grid, &DataGrid::followRequested, this,
        [this](const Catalog::ForeignKey &fk, const QVariantList &values) {
            openRow(fk.parent, fk.parentColumns(), values);
        });
    connect(m_grid, &DataGrid::currentRowChanged, m_related, &RelatedRowsPanel::showRow);
    connect(m_related, &RelatedRowsPanel::openRow, this, &MainWindow::openRow);
    connect(m_diagram, &FkDiagram::tableActivated, this, [this](const QString &name) {
        navigateTo(name);
        showPage(Page::Data);
    });
    connect(m_console, &SqlConsole::scriptFinished, this,
        [this](const ScriptResult &, bool changedData) { afterScript(changedData); });
    connect(m_pragmas, &PragmaPanel::changed, this, [this](const QString &pragma) {
        if (pragma == QLatin1String("journal_mode") || pragma == QLatin1String("page_size"))
            reloadSchema();
    });
    connect(&m_loader, &QFutureWatcher<Loaded>::finished, this, &MainWindow::onLoaded);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (const QString &name : { QStringLiteral("mainSplitter"), QStringLiteral("dataSplitter") })
        if (auto *s = findChild<QSplitter *>(name))
            s->restoreState(settings.value(QStringLiteral("window/") + name).toByteArray());
    m_pages->setCurrentIndex(settings.value(QStringLiteral("window/page"), 0).toInt());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
}

MainWindow::~MainWindow()
{
    m_loader.waitForFinished();
}

QWidget *MainWindow::createPages()
{
    m_grid = new DataGrid(this);
    m_related = new RelatedRowsPanel(this);
    auto *data = new QSplitter(Qt::Vertical, this);
    data->setObjectName(QStringLiteral("dataSplitter"));
    data->addWidget(m_grid);
    data->addWidget(m_related);
    data->setStretchFactor(0, 3);
    data->setSizes({ 540, 200 });
    m_diagram = new FkDiagram(this);
    m_console = new SqlConsole(m_session, this);
    m_pragmas = new PragmaPanel(m_session, this);
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->addTab(data, tr("Data"));
    m_pages->addTab(m_diagram, tr("Foreign-Key Diagram"));
    m_pages->addTab(m_console, tr("SQL Console"));
    m_pages->addTab(m_pragmas, tr("Pragmas"));
    m_loadLab = new LoadLab(this);
    m_pages->addTab(m_loadLab, tr("Load Lab"));
    // The load lab needs the width; the schema tree has nothing to say there.
    connect(m_pages, &QTabWidget::currentChanged, this,
        [this](int index) { m_tree->setVisible(index != int(Page::LoadLab)); });
    return m_pages;
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Database…"), QKeySequence::New, this, &MainWindow::newDatabase);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, [this] { openFileDialog(false); });
    file->addAction(tr("Open Read-&Only…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
        [this] { openFileDialog(true); });
    file->addAction(tr("Open Shared &In-Memory Database…"), this, &MainWindow::openMemory);
    file->addAction(tr("Create &Demo Database…"), this, &MainWindow::createDemo);
    m_recent = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    file->addAction(m_grid->exportAction());
    m_exportReport = file->addAction(tr("&Export Report…"), this, &MainWindow::exportReport);
    m_exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_loadLab, &LoadLab::reportableChanged, this, &MainWindow::updateExportAction);
    updateExportAction();
    file->addSeparator();
    QAction *preferences
        = file->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::showPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_retry = view->addAction(tr("&Reload Schema"), QKeySequence::Refresh, this, &MainWindow::reloadSchema);
    m_retry->setIconText(tr("Retry"));
    m_retry->setStatusTip(tr("Read the schema again; after a lock, open every page afresh"));
    m_reopenReadOnly = new QAction(tr("Reopen Read-Only"), this);
    m_reopenReadOnly->setStatusTip(tr("Open this database again, read-only: nothing can write to it"));
    connect(m_reopenReadOnly, &QAction::triggered, this, [this] {
        if (m_where.isValid())
            openDatabase(m_where, true);
    });
    m_back = view->addAction(Icons::back(), tr("&Back"), this, &MainWindow::goBack);
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forward = view->addAction(Icons::forward(), tr("&Forward"), this, &MainWindow::goForward);
    m_forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    view->addSeparator();
    const QList<std::pair<Page, QString>> pages { { Page::Data, tr("&Data") },
        { Page::Diagram, tr("&Foreign-Key Diagram") }, { Page::Console, tr("&SQL Console") },
        { Page::Pragmas, tr("&Pragmas") }, { Page::LoadLab, tr("&Load Lab") } };
    for (const auto &[page, label] : pages) {
        const Page p = page;
        view->addAction(
            label, QKeySequence(Qt::ALT | (Qt::Key_1 + int(p))), this, [this, p] { showPage(p); });
    }
    QMenu *lab = menuBar()->addMenu(tr("&Load Lab"));
    lab->addAction(m_loadLab->newAction());
    lab->addAction(m_loadLab->againAction());
    lab->addAction(m_loadLab->postgresAction());
    lab->addAction(m_loadLab->stopAction());
    lab->addSeparator();
    lab->addAction(m_loadLab->traceAction());
    lab->addAction(tr("Run &History"), this, [this] {
        showPage(Page::LoadLab);
        m_loadLab->showTab(LoadLab::Tab::Runs);
    });
    connect(m_loadLab->newAction(), &QAction::triggered, this, [this] { showPage(Page::LoadLab); });
    connect(m_loadLab->traceAction(), &QAction::triggered, this, [this] { showPage(Page::LoadLab); });
    connect(
        m_loadLab, &LoadLab::message, this, [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    connect(m_loadLab, &LoadLab::databaseChanged, this, [this](const QString &path) {
        if (!m_where.isMemory() && m_where.path == path)
            reloadSchema(); // the load table appeared or grew
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LockLens"), this, [this] {
        QMessageBox::about(this, tr("About LockLens"),
            tr("<b>LockLens %1</b><p>See SQLite's locks under concurrent load, and its schemas: "
               "rowids, foreign keys and what is wrong with them.</p><p>GPL-3.0-or-later.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::updateExportAction()
{
    QString why;
    const bool can = m_loadLab->canReport(&why);
    m_exportReport->setEnabled(can);
    m_exportReport->setStatusTip(can ? tr("Write a report of the load lab's run or comparison: HTML, PDF, "
                                          "Markdown, CSV or JSON")
                                     : tr("Nothing to export: %1").arg(why));
    m_exportReport->setToolTip(m_exportReport->statusTip());
}

QString MainWindow::exportReport()
{
    Report::RunSet runs;
    QList<qint64> ids;
    Report::Model model;
    QString why;
    if (!m_loadLab->reportRuns(&runs, &ids, &why) || !runs.toModel(&model, &why)) {
        const QString text = tr("No report was written: %1").arg(why);
        statusBar()->showMessage(text, 15000);
        ReportExport::warn(this, text, m_reportDialogs);
        return QString();
    }
    const QString path = ReportExport::exportReport(this, model, ids, m_reportDialogs);
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 15000);
    return path;
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    const QString before = Language::chosen();
    if (dialog.exec() != QDialog::Accepted || Language::chosen() == before)
        return;
    QMessageBox::information(
        this, tr("Preferences"), tr("The new language takes effect when LockLens restarts."));
}

void MainWindow::createNavigation()
{
    QToolBar *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("navigationBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(16, 16));
    bar->addAction(m_back);
    bar->addAction(m_forward);
    m_back->setToolTip(tr("Back to where the data grid was (Alt+Left)"));
    m_forward->setToolTip(tr("Forward again (Alt+Right)"));
    updateHistoryActions();
}

void MainWindow::updateHistoryActions()
{
    m_back->setEnabled(m_history.canGoBack());
    m_forward->setEnabled(m_history.canGoForward());
}

void MainWindow::leavePlace()
{
    m_history.visit(m_grid->place());
    updateHistoryActions();
}

void MainWindow::navigateTo(const QString &table)
{
    if (table != m_grid->tableName() && m_schema.table(table))
        leavePlace();
    showTable(table);
}

void MainWindow::goBack()
{
    if (m_history.canGoBack())
        restorePlace(m_history.back(m_grid->place()));
}

void MainWindow::goForward()
{
    if (m_history.canGoForward())
        restorePlace(m_history.forward(m_grid->place()));
}

void MainWindow::restorePlace(const GridPlace &place)
{
    updateHistoryActions();
    const Catalog::Table *t = m_schema.table(place.table);
    if (!t) {
        statusBar()->showMessage(tr("There is no table %1 any more.").arg(place.table), 8000);
        return;
    }
    showPage(Page::Data);
    m_tree->selectTable(t->name);
    m_grid->restore(*t, place);
}

void MainWindow::showTable(const QString &name)
{
    const Catalog::Table *t = m_schema.table(name);
    if (!t) {
        m_pendingTable = name;
        return;
    }
    m_tree->selectTable(t->name);
    if (m_grid->tableName() != t->name)
        m_grid->showTable(*t);
}

void MainWindow::openRow(const QString &table, const QStringList &columns, const QVariantList &values)
{
    const Catalog::Table *t = m_schema.table(table);
    if (!t) {
        statusBar()->showMessage(tr("There is no table %1 to open.").arg(table), 8000);
        return;
    }
    showPage(Page::Data);
    leavePlace();
    // Shown afresh even when it is the table on screen: a filter or sort there could hide
    // the row (a key into its own table, a related row of the same table).
    m_tree->selectTable(t->name);
    m_grid->showTable(*t);
    m_grid->locate(columns, values);
}

void MainWindow::afterScript(bool changedData)
{
    // The grid follows data changes by itself (data_version); a changed schema needs the
    // catalog read again. The console's connection sees its own uncommitted changes: a
    // table created inside a transaction is read (as absent) now and again after COMMIT,
    // because only the catalog's own reading sets the version compared against.
    if (!changedData)
        return;
    auto version = std::make_shared<qint64>(-1);
    m_session->post(
        [version](DbConnection *db) {
            if (db)
                *version = db->value(QStringLiteral("PRAGMA schema_version")).toLongLong();
        },
        this,
        [this, version] {
            if (*version >= 0 && *version != m_schema.schemaVersion)
                reloadSchema();
        });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_loadLab->isRunning()) {
        const auto answer = QMessageBox::question(this, tr("Quit LockLens"),
            tr("A load test is running. Stop it and quit?"), QMessageBox::Yes | QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_loadLab->stop();
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    for (const QString &name : { QStringLiteral("mainSplitter"), QStringLiteral("dataSplitter") })
        if (auto *s = findChild<QSplitter *>(name))
            settings.setValue(QStringLiteral("window/") + name, s->saveState());
    settings.setValue(QStringLiteral("window/page"), m_pages->currentIndex());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        openDatabase(DatabaseLocation::file(urls.first().toLocalFile()));
}

} // namespace LockLens
