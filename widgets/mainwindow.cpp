// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "catalogreader.h"
#include "datagrid.h"
#include "demodatabase.h"
#include "fkdiagram.h"
#include "loadlab.h"
#include "pragmapanel.h"
#include "preferencesdialog.h"
#include "relatedpanel.h"
#include "schematree.h"
#include "sqlconsole.h"
#include "sqlsession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace LockLens {

namespace {
constexpr int MaxRecent = 10;
const QString databaseFilter()
{
    return MainWindow::tr("SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)");
}
} // namespace

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
    setCentralWidget(split);

    m_fileLabel = new QLabel(tr("No database"), this);
    m_modeLabel = new QLabel(this);
    m_versionLabel = new QLabel(this);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_modeLabel);
    statusBar()->addPermanentWidget(m_versionLabel);

    createMenus();
    connect(m_tree, &SchemaTree::tableActivated, this, &MainWindow::showTable);
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
        showTable(name);
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
    view->addAction(tr("&Reload Schema"), QKeySequence::Refresh, this, &MainWindow::reloadSchema);
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
    lab->addAction(m_loadLab->stopAction());
    lab->addSeparator();
    lab->addAction(tr("Run &History"), this, [this] {
        showPage(Page::LoadLab);
        m_loadLab->showTab(LoadLab::Tab::Runs);
    });
    connect(m_loadLab->newAction(), &QAction::triggered, this, [this] { showPage(Page::LoadLab); });
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

void MainWindow::openDatabase(const DatabaseLocation &where, bool readOnly)
{
    m_where = where;
    m_readOnly = readOnly && !where.isMemory();
    m_loadLab->setContext({ where.isMemory() ? QString() : QFileInfo(where.path).absoluteFilePath(),
        where.memoryName, m_readOnly });
    m_memoryKeeper.reset();
    if (where.isMemory()) {
        // A shared in-memory database lives while a connection holds it open.
        SqlFailure f;
        m_memoryKeeper
            = DbConnection::open(where, DbConnection::Access::ReadWrite, QStringLiteral("keeper"), &f, true);
        if (!m_memoryKeeper) {
            showError(f.message);
            return;
        }
    } else {
        rememberRecent(QFileInfo(where.path).absoluteFilePath());
    }
    m_fileLabel->setText(where.displayName());
    const QString name = where.isMemory() ? where.memoryName : QFileInfo(where.path).fileName();
    setWindowTitle(m_readOnly ? tr("%1 (read-only) — LockLens").arg(name) : tr("%1 — LockLens").arg(name));
    m_grid->setDatabase(where);
    m_related->setDatabase(where);
    m_session->open(where, m_readOnly ? DbConnection::Access::ReadOnly : DbConnection::Access::ReadWrite);
    reloadSchema();
}

void MainWindow::reloadSchema()
{
    if (!m_where.isValid())
        return;
    m_fileLabel->setText(tr("%1 — reading the schema…").arg(m_where.displayName()));
    const quint64 generation = ++m_generation;
    const DatabaseLocation where = m_where;
    // The catalog's connection is opened, used and closed inside the pool thread.
    m_loader.setFuture(QtConcurrent::run([where, generation] {
        Loaded l;
        l.generation = generation;
        SqlFailure f;
        Catalog::ReadOptions options;
        options.countRows = false; // the grid counts the table it shows, in the background
        l.ok = Catalog::readSchema(where, options, &l.schema, &f);
        l.error = f.message;
        return l;
    }));
}

void MainWindow::onLoaded()
{
    const Loaded l = m_loader.result();
    if (l.generation != m_generation)
        return; // a newer database was opened meanwhile
    if (!l.ok) {
        m_fileLabel->setText(m_where.displayName());
        showError(l.error);
        Q_EMIT failed(l.error);
        return;
    }
    m_schema = l.schema;
    m_tree->setSchema(m_schema);
    m_related->setSchema(m_schema);
    m_diagram->setSchema(m_schema);
    m_fileLabel->setText(m_where.displayName());
    m_modeLabel->setText(tr("journal_mode %1").arg(m_schema.journalMode));
    m_versionLabel->setText(tr("SQLite %1").arg(m_schema.sqliteVersion));
    const int problems = m_schema.problemCount();
    if (problems > 0)
        statusBar()->showMessage(
            tr("%n foreign key(s) cannot work: see the warning signs in the schema tree.", "", problems),
            15000);
    QString first = m_pendingTable;
    if (first.isEmpty() || !m_schema.table(first))
        first = m_grid->tableName();
    if (first.isEmpty() || !m_schema.table(first)) {
        for (const Catalog::Table &t : m_schema.tables)
            if (!t.view && !t.name.startsWith(QLatin1String("sqlite_"))) {
                first = t.name;
                break;
            }
    }
    m_pendingTable.clear();
    if (!first.isEmpty())
        showTable(first);
    Q_EMIT schemaLoaded();
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

void MainWindow::openFileDialog(bool readOnly)
{
    const QString path = QFileDialog::getOpenFileName(
        this, readOnly ? tr("Open Database Read-Only") : tr("Open Database"), QString(), databaseFilter());
    if (!path.isEmpty())
        openDatabase(DatabaseLocation::file(path), readOnly);
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"), QString(), databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(
            tr("%1 already exists; a new database needs a new file.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    SqlFailure f;
    if (!DbConnection::open(
            DatabaseLocation::file(path), DbConnection::Access::ReadWrite, QStringLiteral("new"), &f, true)) {
        showError(f.message);
        return;
    }
    openDatabase(DatabaseLocation::file(path));
}

void MainWindow::openMemory()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Shared In-Memory Database"),
        tr("Name (connections of LockLens that use the same name share it):"), QLineEdit::Normal,
        QStringLiteral("shared"), &ok);
    if (ok && !name.trimmed().isEmpty())
        openDatabase(DatabaseLocation::memory(name.trimmed()));
}

void MainWindow::createDemo()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Create Demo Database"),
        QDir(dir).filePath(QStringLiteral("locklens-demo-shop.db")), databaseFilter());
    if (path.isEmpty())
        return;
    SqlFailure f;
    if (!createDemoDatabase(DatabaseLocation::file(path), &f)) {
        showError(f.message);
        return;
    }
    m_pendingTable = QStringLiteral("orders");
    openDatabase(DatabaseLocation::file(path));
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, MaxRecent));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recent->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recent->addAction(QDir::toNativeSeparators(path), this,
            [this, path] { openDatabase(DatabaseLocation::file(path)); });
    m_recent->setEnabled(!recent.isEmpty());
}

void MainWindow::showError(const QString &text)
{
    statusBar()->showMessage(text, 15000);
    if (isVisible() && !qEnvironmentVariableIsSet("LOCKLENS_NO_DIALOGS"))
        QMessageBox::warning(this, tr("LockLens"), text);
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
