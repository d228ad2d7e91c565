// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlconsole.h"

#include "resultmodel.h"
#include "sqlsession.h"

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

    auto *runAction = new QAction(tr("Run"), this);
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

    auto *runButton = new QToolButton(this);
    runButton->setDefaultAction(runAction);
    auto *cancelButton = new QToolButton(this);
    cancelButton->setDefaultAction(cancelAction);
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

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
    updateActions();
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
    const QString selected = m_editor->textCursor().selectedText();
    // QTextCursor gives paragraph separators (U+2029) for line breaks in a selection.
    QString sql = selected.isEmpty() ? m_editor->toPlainText() : selected;
    sql.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    if (sql.trimmed().isEmpty()) {
        m_status->setText(tr("Nothing to run."));
        return;
    }
    m_session->run(sql);
}

void SqlConsole::cancel()
{
    if (!running())
        return;
    m_session->cancel();
    m_status->setText(m_session->canInterrupt() ? tr("Cancelling…")
                                                : tr("Cancelling: this SQLite cannot be interrupted "
                                                     "mid-statement here; it stops at the next row."));
}

void SqlConsole::onStarted()
{
    m_status->setText(tr("Running…"));
    updateActions();
}

void SqlConsole::onFinished(const ScriptResult &result)
{
    updateActions();
    // Show the rows of the last statement that returned columns (a failing SELECT's
    // partial rows included).
    const StatementResult *shown = nullptr;
    bool wrote = false;
    for (const StatementResult &r : result.statements) {
        if (!r.columns.isEmpty())
            shown = &r;
        wrote = wrote || mayWrite(r);
    }
    if (shown)
        m_results->setResult(*shown);
    else
        m_results->clear();
    if (shown) {
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_results->columnCount(); ++c)
            m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 320));
    }
    m_status->setText(result.summary());
    QPalette pal = palette();
    if (!result.ok() && !result.cancelled)
        pal.setColor(QPalette::WindowText, QColor(0xc9, 0x2a, 0x2a));
    m_status->setPalette(pal);
    Q_EMIT scriptFinished(result, wrote);
}

void SqlConsole::updateActions()
{
    m_cancelAction->setEnabled(running());
    m_cancelAction->setToolTip(m_session->canInterrupt()
            ? tr("Interrupt the running statement (Esc)")
            : tr(
                "Stop after the current row (Esc); this build's SQLite cannot be interrupted mid-statement"));
}

} // namespace LockLens
