// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/pragmas.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;

namespace LockLens {

class SqlSession;

// The eight pragmas that decide how SQLite locks, on the window's own connection: the
// current value in an editor (disabled where it cannot change), where the setting lives,
// what it means in plain words and what the current value means for locking. A change runs
// in the session's thread; the status line says what SQLite actually did.
class PragmaPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PragmaPanel(SqlSession *session, QWidget *parent = nullptr);

    // Reads every pragma again (in the session's thread); refreshed() follows.
    void refresh();

    // The editor of one pragma (QComboBox, QSpinBox or QCheckBox), or nullptr.
    QWidget *editor(const QString &pragma) const;
    // The values last read, in Pragmas::definitions() order; empty when no database is open.
    const std::vector<Pragmas::PragmaValue> &values() const { return m_values; }
    // The status line: the outcome of the last change, or why nothing can be shown.
    QString statusText() const;

Q_SIGNALS:
    void refreshed();
    // After a change SQLite reports as done (the window updates its journal mode from it).
    void changed(const QString &pragma);
    // After every attempt to change a pragma, with the message the status line shows.
    void applied(const QString &pragma, bool ok, const QString &message);

private:
    struct Row
    {
        Pragmas::Definition def;
        QLabel *name = nullptr;
        QWidget *editor = nullptr;
        QLabel *scope = nullptr;
        QLabel *note = nullptr;
    };

    // The rows of every pragma, a line between two; `bold`: the names' font.
    QGridLayout *pragmaGrid(const QFont &bold);
    // One pragma's row: its name and scope, its editor, what it means and its note.
    void addPragmaRow(QGridLayout *grid, int gridRow, const Pragmas::Definition &def, const QFont &bold);
    QWidget *makeEditor(int row);
    void showValues(const std::vector<Pragmas::PragmaValue> &values, bool open);
    void showEditorValue(const Row &row, const QString &text) const;
    QString editorValue(const Row &row) const;
    QString currentText(const QString &pragma) const;
    bool confirm(const Row &row, const QString &from, const QString &to);
    void apply(int row);
    void showStatus(const QString &text, bool failure);

    QPointer<SqlSession> m_session;
    std::vector<Row> m_rows;
    std::vector<Pragmas::PragmaValue> m_values;
    QLabel *m_status = nullptr;
    quint64 m_generation = 0; // drops the values of a job posted before the latest one
};

} // namespace LockLens
