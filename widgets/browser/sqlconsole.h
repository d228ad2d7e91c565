// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/catalog.h"
#include "app/core/sqlscript.h"

#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace LockLens {

class CsvExportJob;
class ResultModel;
class SqlCompleter;
class SqlHighlighter;
class SqlSession;

// The SQL console: an editor with SQL colours and name completion, Run (Ctrl+Return; the
// selection if there is one, else everything; disabled while a script runs) and Cancel
// (Esc), the rows of the last statement that returned any (exportable as CSV), and a
// status line with SQLite's code and message when a statement fails. Statements run on
// the window's SqlSession, never on the GUI thread.
class SqlConsole : public QWidget
{
    Q_OBJECT
public:
    explicit SqlConsole(SqlSession *session, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    ResultModel *results() const { return m_results; }
    SqlCompleter *completer() const { return m_completer; }
    QAction *runAction() const { return m_runAction; }
    QString statusText() const;
    bool running() const;
    // The last script left a transaction open on the console's connection (its locks held).
    bool transactionOpen() const { return m_transactionOpen; }
    // The catalog's names, for colours and completion.
    void setSchema(const Catalog::Schema &schema);

    void run();
    void cancel();
    // Writes the rows shown to `path` as CSV: those in memory, or, when the statement
    // returned more than the console keeps, all of them by running it again on a
    // read-only connection. exportFinished() follows. exportCsvAs() asks for the file.
    void exportCsv(const QString &path);
    void exportCsvAs();

Q_SIGNALS:
    // A script finished; changedData is true when a statement may have written.
    void scriptFinished(const LockLens::ScriptResult &result, bool changedData);
    void exportFinished(bool ok, const QString &message);

private:
    void onStarted();
    void onFinished(const ScriptResult &result);
    void onOpenFailed(const SqlFailure &failure);
    void updateActions();
    void showStatus(const QString &text, bool failure);

    SqlSession *m_session = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    SqlHighlighter *m_highlighter = nullptr;
    SqlCompleter *m_completer = nullptr;
    QTableView *m_view = nullptr;
    ResultModel *m_results = nullptr;
    StatementResult m_shown; // what the results table shows
    QLabel *m_status = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_exportAction = nullptr;
    CsvExportJob *m_export = nullptr;
    bool m_transactionOpen = false;
};

} // namespace LockLens
