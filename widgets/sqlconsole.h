// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlscript.h"

#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace LockLens {

class ResultModel;
class SqlSession;

// The SQL console: an editor, Run (Ctrl+Return; the selection if there is one, else
// everything) and Cancel (Esc), the rows of the last statement that returned any, and a
// status line with SQLite's code and message when a statement fails. Statements run on
// the window's SqlSession, never on the GUI thread.
class SqlConsole : public QWidget
{
    Q_OBJECT
public:
    explicit SqlConsole(SqlSession *session, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    ResultModel *results() const { return m_results; }
    QString statusText() const;
    bool running() const;

    void run();
    void cancel();

Q_SIGNALS:
    // A script finished; changedData is true when a statement may have written.
    void scriptFinished(const LockLens::ScriptResult &result, bool changedData);

private:
    void onStarted();
    void onFinished(const ScriptResult &result);
    void updateActions();

    SqlSession *m_session = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QTableView *m_view = nullptr;
    ResultModel *m_results = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_cancelAction = nullptr;
};

} // namespace LockLens
