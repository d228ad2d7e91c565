// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: opening a database. Nothing of the window changes until the file proves to be
// a database SQLite can read: a failed open leaves the title, the tree, the grid, the
// console, the pragmas and Open Recent as they were. A database another connection has
// locked is shown as locked, and Retry (F5) opens every panel afresh once it is released.
#include "widgets/mainwindow.h"

#include "app/core/catalogreader.h"
#include "app/core/demodatabase.h"
#include "app/core/sqlsession.h"
#include "widgets/browser/datagrid.h"
#include "widgets/browser/fkdiagram.h"
#include "widgets/browser/relatedpanel.h"
#include "widgets/browser/schematree.h"
#include "widgets/browser/sqlconsole.h"
#include "widgets/common/banner.h"
#include "widgets/loadlab/loadlab.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace LockLens {

namespace {
constexpr int MaxRecent = 10;
const QString databaseFilter()
{
    return MainWindow::tr("SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)");
}
} // namespace

void MainWindow::openDatabase(const DatabaseLocation &where, bool readOnly)
{
    readOnly = readOnly && !where.isMemory();
    m_pendingKeeper.reset();
    if (where.isMemory()) {
        // A shared in-memory database lives while a connection holds it open.
        SqlFailure f;
        m_pendingKeeper
            = DbConnection::open(where, DbConnection::Access::ReadWrite, QStringLiteral("keeper"), &f, true);
        if (!m_pendingKeeper) {
            refuse(f.text());
            return;
        }
    }
    load(where, readOnly);
}

void MainWindow::reloadSchema()
{
    if (m_where.isValid())
        load(m_where, m_readOnly);
}

void MainWindow::load(const DatabaseLocation &where, bool readOnly)
{
    m_fileLabel->setText(tr("%1 — reading the schema…").arg(where.displayName()));
    const quint64 generation = ++m_generation;
    // The catalog's connection is opened, used and closed inside the pool thread.
    m_loader.setFuture(QtConcurrent::run([where, readOnly, generation] {
        Loaded l;
        l.generation = generation;
        l.where = where;
        l.readOnly = readOnly;
        Catalog::ReadOptions options;
        options.countRows = false; // the grid counts the table it shows, in the background
        l.ok = Catalog::readSchema(where, options, &l.schema, &l.failure);
        if (l.ok && !readOnly)
            l.block = writeBlock(where, l.schema.journalMode);
        return l;
    }));
}

void MainWindow::onLoaded()
{
    const Loaded l = m_loader.result();
    if (l.generation != m_generation)
        return; // a newer database was opened meanwhile
    const bool same = l.where == m_where && l.readOnly == m_readOnly;
    if (l.ok) {
        // A new database, or the one that was locked: every panel opens afresh.
        if (same && m_state == State::Locked)
            statusBar()->showMessage(tr("%1 is no longer locked.").arg(l.where.displayName()), 8000);
        if (!same || m_state != State::Open) {
            adopt(l.where, l.readOnly);
            if (!l.where.isMemory()) // read at last: a database worth reopening
                rememberRecent(QFileInfo(l.where.path).absoluteFilePath());
        }
        m_state = State::Open;
        showWriteBlock(l.block);
        applySchema(l.schema);
        Q_EMIT schemaLoaded();
    } else if (l.failure.isBusy()) {
        if (!same || m_state != State::Locked)
            adopt(l.where, l.readOnly);
        showLocked(l.failure);
        Q_EMIT failed(l.failure.text());
    } else {
        if (!same)
            m_pendingTable.clear();
        refuse(l.failure.text());
    }
}

void MainWindow::refuse(const QString &text)
{
    m_pendingKeeper.reset();
    m_fileLabel->setText(m_where.isValid() ? m_where.displayName() : tr("No database"));
    showError(text);
    Q_EMIT failed(text);
}

void MainWindow::adopt(const DatabaseLocation &where, bool readOnly)
{
    if (m_pendingKeeper || !(where == m_where)) // the same in-memory database keeps its keeper
        m_memoryKeeper = std::move(m_pendingKeeper);
    m_where = where;
    m_readOnly = readOnly;
    m_loadLab->setContext({ where.isMemory() ? QString() : QFileInfo(where.path).absoluteFilePath(),
        where.memoryName, m_readOnly });
    const QString name = where.isMemory() ? where.memoryName : QFileInfo(where.path).fileName();
    setWindowTitle(m_readOnly ? tr("%1 (read-only) — LockLens").arg(name) : tr("%1 — LockLens").arg(name));
    m_fileLabel->setText(where.displayName());
    m_schema = {};
    m_history.clear();
    updateHistoryActions();
    m_grid->setDatabase(where);
    m_related->setDatabase(where);
    // The same database again (after a lock): a console connection that is open keeps its
    // settings (busy_timeout, foreign_keys...) and any transaction; a failed one tries again.
    if (m_session->location() == where && m_session->readOnly() == m_readOnly)
        m_session->reconnect();
    else
        m_session->open(where, m_readOnly ? DbConnection::Access::ReadOnly : DbConnection::Access::ReadWrite);
    m_banner->dismiss();
}

void MainWindow::showLocked(const SqlFailure &failure)
{
    // The console's own open transaction is "another connection" to the catalog's reader.
    const QString own = m_console->transactionOpen() ? QStringLiteral(" ")
            + tr("The SQL console has a transaction open: COMMIT or ROLLBACK there lets go of its lock.")
                                                     : QString();
    m_state = State::Locked;
    m_schema = {};
    m_fileLabel->setText(m_where.displayName());
    m_modeLabel->clear();
    m_tree->showLocked(failure.text());
    m_related->setSchema({});
    m_diagram->setSchema({});
    m_grid->showMessage(tr("%1\n\nThe tables cannot be read while another connection holds its lock. "
                           "Retry (F5) once it lets go.")
                            .arg(failure.text())
        + own);
    m_banner->showMessage(Banner::Kind::Error,
        tr("%1. LockLens reads it when you retry after the other connection lets go.").arg(failure.text())
            + own,
        { m_retry });
    statusBar()->showMessage(failure.text(), 15000);
}

void MainWindow::showWriteBlock(WriteBlock block)
{
    const QString file = QFileInfo(m_where.path).fileName();
    QString text;
    if (block == WriteBlock::ReadOnlyFolder)
        text = tr("The folder of %1 is read-only: SQLite cannot create the journal file a write needs, so "
                  "every change will fail with \"attempt to write a readonly database\" "
                  "(SQLITE_READONLY_DIRECTORY, code 1544).")
                   .arg(file);
    else if (block == WriteBlock::ReadOnlyFile)
        text = tr("%1 is read-only (its permissions): every change will fail with \"attempt to write a "
                  "readonly database\".")
                   .arg(file);
    if (text.isEmpty()) {
        m_banner->dismiss();
        return;
    }
    m_banner->showMessage(Banner::Kind::Warning, text, { m_reopenReadOnly });
    statusBar()->showMessage(text, 15000);
}

void MainWindow::applySchema(const Catalog::Schema &schema)
{
    m_schema = schema;
    m_tree->setSchema(m_schema);
    m_related->setSchema(m_schema);
    m_diagram->setSchema(m_schema);
    m_fileLabel->setText(m_where.displayName());
    m_modeLabel->setText(tr("journal_mode %1").arg(m_schema.journalMode));
    m_versionLabel->setText(tr("SQLite %1").arg(m_schema.sqliteVersion));
    m_console->setSchema(m_schema);
    const int problems = m_schema.problemCount();
    if (problems > 0)
        statusBar()->showMessage(
            tr("%n foreign key(s) cannot work: see the warning signs in the schema tree.", "", problems),
            15000);
    const QString first = firstTable(m_pendingTable);
    m_pendingTable.clear();
    if (!first.isEmpty())
        showTable(first);
    else
        m_grid->showMessage(m_schema.tables.empty()
                ? tr("The database is empty: it has no tables or views yet. Create one in the SQL console.")
                : tr("The database has only SQLite's internal tables: pick one in the schema tree."));
}

QString MainWindow::firstTable(const QString &wanted) const
{
    for (const QString &name : { wanted, m_grid->tableName() })
        if (!name.isEmpty() && m_schema.table(name))
            return name;
    for (const bool view : { false, true })
        for (const Catalog::Table &t : m_schema.tables)
            if (t.view == view && !t.name.startsWith(QLatin1String("sqlite_")))
                return t.name;
    return {};
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

} // namespace LockLens
