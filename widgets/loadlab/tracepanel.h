// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace LockLens {

class LockTimelinePanel;
class TraceSession;

// The load lab's view of a traced program, live and after it ended: a header with its
// figures, the lock timeline (a lane per connection, grouped by process), the steps that got
// SQLITE_BUSY or SQLITE_LOCKED with who held the lock (choosing one centres the timeline on
// it and highlights the holder's lane), the program's output and, at the end, the
// conclusions. Stop ends the program after asking.
class TracePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TracePanel(TraceSession *session, QWidget *parent = nullptr);

    // Asks before Stop ends the program; a test answers instead.
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // The session started: clears the view.
    void begin();
    // Centres the timeline on blocked step `row` (in the list's order) and highlights the
    // lane of the connection that held the lock.
    void showBlocked(int row);
    // Asks, then ends the program.
    void stop();

    QTreeWidget *blockedList() const { return m_blocked; }
    LockTimelinePanel *timelinePanel() const { return m_timeline; }
    QString headerText() const;

private:
    void refresh();
    void finish();
    void addBlocked(std::size_t from);

    TraceSession *m_session = nullptr;
    Confirm m_confirm;
    QLabel *m_header = nullptr;
    QLabel *m_conclusions = nullptr;
    QPushButton *m_stop = nullptr;
    LockTimelinePanel *m_timeline = nullptr;
    QTreeWidget *m_blocked = nullptr;
    QPlainTextEdit *m_output = nullptr;
    std::size_t m_blockedShown = 0;
};

} // namespace LockLens
