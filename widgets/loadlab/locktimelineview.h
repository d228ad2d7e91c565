// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/locktimeline.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QScrollBar;

namespace LockLens {

// The lock timeline: one lane per connection, the lock it held over time (SHARED,
// RESERVED, PENDING, EXCLUSIVE on the database file; the WAL write and checkpoint locks
// in a thinner band below) and, hatched, when it waited for one. Painted from a
// LockTimeline; the wheel zooms around the mouse, dragging pans, a double-click shows
// everything; hovering says what was held, from when and for how long. The legend above
// and the time axis below stay in place: lanes that do not fit scroll between them (a
// scroll bar, Shift+wheel, or the wheel over the lanes' names). Lanes are named as the
// run names its clients ("worker 1", connectionName()).
class LockTimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit LockTimelineView(QWidget *parent = nullptr);

    // The model to draw (not owned); call update() after the model changes.
    void setTimeline(const LockTimeline *timeline);
    // The shown time range in seconds; an empty range follows the whole run.
    void setRange(double fromS, double toS);
    void showAll();
    double fromS() const;
    double toS() const;
    // What the tooltip at `pos` says ("" over nothing).
    QString describeAt(const QPoint &pos) const;
    // What the legend lists, in order: the locks drawn in colour ("SHARED", "WAL WRITE"...;
    // none when the lanes hold measured waits only), then the hatched waits.
    QStringList legend() const;
    // Where lane `lane` is drawn at time `t` (the middle of its lock band), scrolled as shown.
    QPoint pointAt(int lane, double t) const;
    // Scrolls the lanes so that lane `lane` is in view.
    void scrollToLane(int lane);
    // Draws lane `lane` of the model (-1: none) on a highlighted background (the holder of
    // a lock that a traced program's step waited for).
    void setHighlightedLane(int lane);
    // What a lane is called (beside it and in its tooltip): by default its connection's name
    // (connectionName); a traced program's lanes also say their threads. Call
    // labelsChanged() when what the function returns changes.
    using LaneLabel = std::function<QString(const QString &worker)>;
    void setLaneLabel(LaneLabel label);
    void labelsChanged();
    QString laneLabel(int lane) const;
    int highlightedLane() const { return m_highlight; }
    // The rectangle the lanes are drawn in (between the legend and the time axis).
    QRect lanesRect() const { return plotRect(); }
    // The first lane row drawn at the top of the lanes (0 unless scrolled).
    int firstRowShown() const;

    QSize sizeHint() const override { return { 800, 240 }; }
    QSize minimumSizeHint() const override;
    // The height that shows `lanes` lanes (at least two), the legend and the time axis.
    static int heightFor(int lanes);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotRect() const;
    double timeAt(int x) const;
    int xAt(double t) const;
    int laneAt(int y) const; // a lane of the model, or -1
    int labelWidth() const; // the lanes' names' column: as wide as the longest, within bounds
    // Paints intervals in view into the band's rows (hatched when `hatch` has a style).
    void drawIntervals(QPainter &p, const std::vector<LockTimeline::Interval> &v, const QRect &band,
        const QBrush &hatch) const;
    std::vector<LockTrace::Lock> legendLocks() const;
    static QString legendName(LockTrace::Lock lock);
    QString waitingName() const;
    // The model's lanes in drawing order: "control" first, then worker2 before worker10.
    std::vector<int> order() const;
    // The scroll bar's range for the lanes there are now (shown only when they do not fit).
    void syncScrollBar();
    int laneTop(int row) const; // the y of row `row`, scrolled
    void paintAxis(QPainter &p, const QRect &plot) const;
    void paintLegend(QPainter &p) const;

    const LockTimeline *m_timeline = nullptr;
    QScrollBar *m_scroll = nullptr;
    double m_from = 0, m_to = 0; // to <= from: follow the whole run
    int m_highlight = -1;
    // labelWidth(), kept for the lanes it was measured for.
    LaneLabel m_laneLabel;
    int m_labelsVersion = 0; // counts labelsChanged()
    mutable int m_labelsMeasured = -1; // the version m_labelWidth was measured at
    mutable int m_labelWidth = 0;
    mutable const LockTimeline *m_labelsOf = nullptr;
    mutable std::size_t m_labelLanes = std::size_t(-1);
    QPoint m_dragFrom;
    double m_dragRange[2] = { 0, 0 };
};

// The colour the timeline and its legend give a lock.
QColor lockColor(LockTrace::Lock lock);

} // namespace LockLens
