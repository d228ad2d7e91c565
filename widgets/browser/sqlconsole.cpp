// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/browser/sqlconsole.h"

#include "app/core/resultmodel.h"
#include "app/core/sqlsession.h"
#include "widgets/browser/csvexportjob.h"
#include "widgets/browser/sqlcompleter.h"
#include "widgets/browser/sqlhighlighter.h"
#include "widgets/common/statusline.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace LockLens {

namespace {
// Whether a statement may have written (so views of the data should refresh).
bool mayWrite(const StatementResult &r)
{
    return r.columns.isEmpty() || r.rowsAffected > 0;
}
} // namespace

SqlConsole::SqlConsole(SqlSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_results(new ResultModel(this))
{
    m_editor = new QPlainTextEdit(this);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("SQL statements; Ctrl+Return runs them (or the selection), Esc cancels"));
    m_editor->setTabChangesFocus(false);
    m_highlighter = new SqlHighlighter(m_editor->document());
    m_completer = new SqlCompleter(m_editor);

    auto *runAction = m_runAction = new QAction(tr("Run"), this);
    runAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    runAction->setToolTip(tr("Run the statements, or the selected text (Ctrl+Return)"));
    connect(runAction, &QAction::triggered, this, &SqlConsole::run);
    auto *cancelAction = m_cancelAction = new QAction(tr("Cancel"), this);
    cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelAction, &QAction::triggered, this, &SqlConsole::cancel);
    addAction(runAction);
    addAction(cancelAction);

    m_exportAction = new QAction(tr("Export…"), this);
    m_exportAction->setToolTip(tr("Write the rows shown to a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &SqlConsole::exportCsvAs);

    auto *runButton = new QToolButton(this);
    runButton->setDefaultAction(runAction);
    auto *cancelButton = new QToolButton(this);
    cancelButton->setDefaultAction(cancelAction);
    auto *exportButton = new QToolButton(this);
    exportButton->setDefaultAction(m_exportAction);
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    // Wrap to the width the bar gives it, growing downwards for a long error.
    QSizePolicy wrapping(QSizePolicy::Ignored, QSizePolicy::Preferred);
    wrapping.setHeightForWidth(true);
    m_status->setSizePolicy(wrapping);

    m_view = new QTableView(this);
    m_view->setModel(m_results);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    auto *bar = new QHBoxLayout;
    bar->addWidget(runButton);
    bar->addWidget(cancelButton);
    bar->addWidget(m_status, 1);
    bar->addWidget(exportButton);
    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(bar);
    resultsLayout->addWidget(m_view);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_editor);
    split->addWidget(results);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_session, &SqlSession::started, this, &SqlConsole::onStarted);
    connect(m_session, &SqlSession::finished, this, &SqlConsole::onFinished);
    connect(m_session, &SqlSession::opened, this, &SqlConsole::updateActions);
    connect(m_session, &SqlSession::opened, this, [this] {
        if (!running())
            showStatus(QString(), false); // a reason it could not open no longer holds
    });
    connect(m_session, &SqlSession::openFailed, this, &SqlConsole::onOpenFailed);
    updateActions();
}

void SqlConsole::setSchema(const Catalog::Schema &schema)
{
    QStringList names;
    for (const Catalog::Table &t : schema.tables) {
        names << t.name;
        for (const Catalog::Column &c : t.columns)
            names << c.name;
    }
    m_highlighter->setNames(names);
    m_completer->setSchema(schema);
}

void SqlConsole::onOpenFailed(const SqlFailure &failure)
{
    showStatus(tr("No connection to the database: %1. Run tries again.").arg(failure.text()), true);
}

void SqlConsole::showStatus(const QString &text, bool failure)
{
    setStatusLine(m_status, text, failure);
}

QString SqlConsole::statusText() const
{
    return m_status->text();
}

bool SqlConsole::running() const
{
    return m_session->scriptsPending() > 0;
}

void SqlConsole::run()
{
    if (running()) // Run is disabled meanwhile; a script is never queued behind another
        return;
    const QString selected = m_editor->textCursor().selectedText();
    // QTextCursor gives paragraph separators (U+2029) for line breaks in a selection.
    QString sql = selected.isEmpty() ? m_editor->toPlainText() : selected;
    sql.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    if (sql.trimmed().isEmpty()) {
        showStatus(tr("Nothing to run."), false);
        return;
    }
    m_session->run(sql);
}

void SqlConsole::cancel()
{
    if (!running())
        return;
    m_session->cancel();
    showStatus(m_session->canInterrupt() ? tr("Cancelling…")
                                         : tr("Cancelling: this SQLite cannot be interrupted "
                                              "mid-statement here; it stops at the next row."),
        false);
}

void SqlConsole::onStarted()
{
    showStatus(tr("Running…"), false);
    updateActions();
}

void SqlConsole::onFinished(const ScriptResult &result)
{
    // Show the rows of the last statement that returned columns (a failing SELECT's
    // partial rows included).
    const StatementResult *shown = nullptr;
    bool wrote = false;
    for (const StatementResult &r : result.statements) {
        if (!r.columns.isEmpty())
            shown = &r;
        wrote = wrote || mayWrite(r);
    }
    m_shown = shown ? *shown : StatementResult();
    m_transactionOpen = result.inTransaction == 1;
    if (shown)
        m_results->setResult(*shown);
    else
        m_results->clear();
    if (shown) {
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_results->columnCount(); ++c)
            m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 320));
    }
    showStatus(result.summary(), !result.ok() && !result.cancelled);
    updateActions();
    Q_EMIT scriptFinished(result, wrote);
}

void SqlConsole::updateActions()
{
    m_runAction->setEnabled(!running());
    m_runAction->setToolTip(running() ? tr("A script is running: wait for it, or cancel it (Esc)")
                                      : tr("Run the statements, or the selected text (Ctrl+Return)"));
    m_exportAction->setEnabled(!m_shown.columns.isEmpty());
    m_cancelAction->setEnabled(running());
    m_cancelAction->setToolTip(m_session->canInterrupt()
            ? tr("Interrupt the running statement (Esc)")
            : tr(
                "Stop after the current row (Esc); this build's SQLite cannot be interrupted mid-statement"));
}

void SqlConsole::exportCsvAs()
{
    const QString path = CsvExportJob::askPath(this, tr("query"));
    if (!path.isEmpty())
        exportCsv(path);
}

void SqlConsole::exportCsv(const QString &path)
{
    if (m_shown.columns.isEmpty() || (m_export && m_export->isRunning())) {
        Q_EMIT exportFinished(false,
            m_shown.columns.isEmpty() ? tr("Nothing to export: run a statement that returns rows first.")
                                      : tr("Nothing was exported: an export is still running."));
        return;
    }
    CsvExport::Source source;
    source.where = m_session->location();
    if (m_shown.truncated) {
        source.sql = m_shown.statement.sql; // every row, not only those kept: run again, read-only
    } else {
        source.inMemory = true;
        source.columns = m_shown.columns;
        source.rows = m_shown.rows;
    }
    delete m_export;
    m_export = new CsvExportJob(
        std::move(source), path, m_shown.truncated ? -1 : qint64(m_shown.rows.size()), this);
    connect(m_export, &CsvExportJob::finished, this,
        [this](const CsvExport::Outcome &outcome, const QString &text) {
            showStatus(text, !outcome.ok && !outcome.cancelled);
            Q_EMIT exportFinished(outcome.ok, text);
        });
}

} // namespace LockLens
