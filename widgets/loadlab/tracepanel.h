// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/liveseries.h"
#include "widgets/loadlab/chartline.h"

#include <QHash>
#include <QWidget>

#include <array>
#include <functional>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace LockLens {

class LockTimelinePanel;
class SeriesChart;
class TraceSession;

// The load lab's view of a traced program, live and after it ended: a header with its
// figures, three charts (statements, lock waits, BUSY/LOCKED results; one point a second,
// as the trace's series is sampled), the lock timeline (a lane per thread's connections in turn,
// Trace::Lanes, named with their threads and how many), the steps that got SQLITE_BUSY or SQLITE_LOCKED with who held the lock (choosing one centres the timeline on
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

    enum class Chart { Statements, LockWaits, Results, NUM_CHARTS };
    SeriesChart *chart(Chart c) const { return m_charts[std::size_t(c)]; }
    const LiveSeries &series() const { return m_series; }
    QTreeWidget *blockedList() const { return m_blocked; }
    LockTimelinePanel *timelinePanel() const { return m_timeline; }
    QString headerText() const;

private:
    void refresh();
    void finish();
    void addBlocked(std::size_t from);
    QWidget *buildCharts();
    void resetCharts();
    void refreshCharts(); // adds the series' new points and draws them
    void updateLaneLabels(); // when connections or their threads came

    TraceSession *m_session = nullptr;
    Confirm m_confirm;
    QLabel *m_header = nullptr;
    QLabel *m_conclusions = nullptr;
    QPushButton *m_stop = nullptr;
    LockTimelinePanel *m_timeline = nullptr;
    QTreeWidget *m_blocked = nullptr;
    QPlainTextEdit *m_output = nullptr;
    std::size_t m_blockedShown = 0;
    std::array<SeriesChart *, std::size_t(Chart::NUM_CHARTS)> m_charts {};
    LiveSeries m_series;
    std::size_t m_pointsShown = 0; // of the session's series
    std::vector<ChartLine> m_lines;
    QHash<QString, QString> m_laneLabels; // lane name ("pid 4242 conn3") -> "conn3 · 4242 · thread 4250"
    std::vector<std::array<std::size_t, 3>> m_labelled; // per lane: what its label says (updateLaneLabels)
    std::array<bool, ErrorClassCount> m_resultLine {}; // a line was added for the class
};

} // namespace LockLens
