// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/locktimelineview.h"

#include "app/core/serverwaitwords.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace LockLens {

using LockTrace::Lock;

namespace {
constexpr int MinLabelWidth = 90; // wide enough for "pool thread 10"
constexpr int MaxLabelWidth = 240; // "conn12 · 123456 · thread 123457"; longer ones are elided
constexpr int AxisHeight = 22;
constexpr int LaneHeight = 28;
constexpr int LegendHeight = 20;

QString formatSeconds(double s)
{
    const QLocale l;
    if (s == 0)
        return QStringLiteral("0");
    if (std::abs(s) < 1e-3)
        return QStringLiteral("%1 µs").arg(l.toString(s * 1e6, 'f', 0));
    if (std::abs(s) < 1)
        return QStringLiteral("%1 ms").arg(l.toString(s * 1e3, 'f', s < 0.01 ? 2 : 1));
    return QStringLiteral("%1 s").arg(l.toString(s, 'f', 3));
}

// A "nice" tick step for about `n` ticks over `span` seconds.
double tickStep(double span, int n)
{
    const double raw = span / std::max(1, n);
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 5.0, 10.0 })
        if (raw <= m * p)
            return m * p;
    return 10 * p;
}
} // namespace

QColor lockColor(Lock lock)
{
    switch (lock) {
    case Lock::Shared:
        return QColor(0x74, 0xb6, 0xe6);
    case Lock::Reserved:
        return QColor(0xf2, 0xc1, 0x4e);
    case Lock::Pending:
        return QColor(0xf0, 0x8a, 0x24);
    case Lock::Exclusive:
        return QColor(0xd6, 0x33, 0x2a);
    case Lock::WalWrite:
        return QColor(0x8e, 0x44, 0xad);
    case Lock::WalCheckpoint:
        return QColor(0x16, 0xa0, 0x85);
    default:
        return QColor(0x99, 0x99, 0x99);
    }
}

LockTimelineView::LockTimelineView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_scroll = new QScrollBar(Qt::Vertical, this);
    m_scroll->setSingleStep(LaneHeight);
    m_scroll->hide();
    connect(m_scroll, &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
}

QSize LockTimelineView::minimumSizeHint() const
{
    // One lane between the legend and the axis; the others scroll.
    return { labelWidth() + 200, LegendHeight + LaneHeight + AxisHeight };
}

void LockTimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    syncScrollBar();
}

void LockTimelineView::syncScrollBar()
{
    const int lanes = m_timeline ? int(m_timeline->lanes().size()) : 0;
    const int room = std::max(1, height() - LegendHeight - AxisHeight);
    const int excess = std::max(0, lanes * LaneHeight - room);
    if (m_scroll->maximum() != excess)
        m_scroll->setRange(0, excess);
    m_scroll->setPageStep(room);
    const int w = m_scroll->sizeHint().width();
    const QRect where(width() - w, LegendHeight, w, room);
    if (m_scroll->geometry() != where)
        m_scroll->setGeometry(where);
    if (m_scroll->isVisible() != (excess > 0))
        m_scroll->setVisible(excess > 0);
}

int LockTimelineView::laneTop(int row) const
{
    return plotRect().top() + row * LaneHeight - m_scroll->value();
}

int LockTimelineView::firstRowShown() const
{
    return m_scroll->value() / LaneHeight;
}

void LockTimelineView::scrollToLane(int lane)
{
    syncScrollBar();
    const std::vector<int> rows = order();
    const int row = int(std::find(rows.begin(), rows.end(), lane) - rows.begin());
    const QRect plot = plotRect();
    const int top = row * LaneHeight;
    if (top < m_scroll->value())
        m_scroll->setValue(top);
    else if (top + LaneHeight > m_scroll->value() + plot.height())
        m_scroll->setValue(top + LaneHeight - plot.height());
}

int LockTimelineView::labelWidth() const
{
    // Asked for every interval drawn (through plotRect): measured again only when lanes come.
    const std::size_t lanes = m_timeline ? m_timeline->lanes().size() : 0;
    if (m_timeline != m_labelsOf || lanes != m_labelLanes || m_labelsVersion != m_labelsMeasured) {
        int widest = 0;
        for (std::size_t i = 0; i < lanes; ++i)
            widest = std::max(widest, fontMetrics().horizontalAdvance(laneLabel(int(i))));
        m_labelWidth = std::clamp(widest + 12, MinLabelWidth, MaxLabelWidth);
        m_labelsOf = m_timeline;
        m_labelLanes = lanes;
        m_labelsMeasured = m_labelsVersion;
    }
    return m_labelWidth;
}

void LockTimelineView::setLaneLabel(LaneLabel label)
{
    m_laneLabel = std::move(label);
    labelsChanged();
}

void LockTimelineView::labelsChanged()
{
    ++m_labelsVersion;
    updateGeometry();
    update();
}

QString LockTimelineView::laneLabel(int lane) const
{
    const QString &worker = m_timeline->lanes()[std::size_t(lane)].worker;
    return m_laneLabel ? m_laneLabel(worker) : connectionName(worker);
}

void LockTimelineView::setHighlightedLane(int lane)
{
    m_highlight = lane;
    update();
}

void LockTimelineView::setTimeline(const LockTimeline *timeline)
{
    m_timeline = timeline;
    update();
}

int LockTimelineView::heightFor(int lanes)
{
    return LegendHeight + LaneHeight * std::max(2, lanes) + AxisHeight;
}

void LockTimelineView::setRange(double fromS, double toS)
{
    m_from = fromS;
    m_to = toS;
    update();
}

void LockTimelineView::showAll()
{
    setRange(0, 0);
}

double LockTimelineView::fromS() const
{
    return m_to > m_from ? m_from : 0;
}

double LockTimelineView::toS() const
{
    if (m_to > m_from)
        return m_to;
    const double end = m_timeline ? m_timeline->endS() : 0;
    return end > 0 ? end : 1;
}

QRect LockTimelineView::plotRect() const
{
    const int bar = m_scroll->isVisible() ? m_scroll->width() : 0;
    const int label = labelWidth();
    return QRect(label, LegendHeight, std::max(1, width() - label - 8 - bar),
        std::max(1, height() - LegendHeight - AxisHeight));
}

double LockTimelineView::timeAt(int x) const
{
    const QRect r = plotRect();
    return fromS() + (toS() - fromS()) * double(x - r.left()) / double(r.width());
}

int LockTimelineView::xAt(double t) const
{
    // Clamped just outside the plot: far-off times (zoomed in on a long run) must not wrap.
    const QRect r = plotRect();
    const double x = r.left() + (t - fromS()) / (toS() - fromS()) * r.width();
    return int(std::clamp(std::round(x), double(r.left() - 2), double(r.right() + 2)));
}

std::vector<int> LockTimelineView::order() const
{
    std::vector<int> out;
    if (!m_timeline)
        return out;
    const auto &lanes = m_timeline->lanes();
    for (int i = 0; i < int(lanes.size()); ++i)
        out.push_back(i);
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
        return connectionBefore(lanes[std::size_t(a)].worker, lanes[std::size_t(b)].worker);
    });
    return out;
}

int LockTimelineView::laneAt(int y) const
{
    const QRect plot = plotRect();
    if (y < plot.top() || y > plot.bottom())
        return -1;
    const int row = (y - plot.top() + m_scroll->value()) / LaneHeight;
    const std::vector<int> rows = order();
    return row < int(rows.size()) ? rows[std::size_t(row)] : -1;
}

std::vector<Lock> LockTimelineView::legendLocks() const
{
    // Measured waits (no lock states recorded) are drawn alone: no lock has a colour then.
    if (m_timeline && m_timeline->measuredWaits())
        return {};
    return { Lock::Shared, Lock::Reserved, Lock::Pending, Lock::Exclusive, Lock::WalWrite,
        Lock::WalCheckpoint };
}

QString LockTimelineView::legendName(Lock lock)
{
    return LockTrace::lockName(lock).toUpper().replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString LockTimelineView::waitingName() const
{
    if (m_timeline && m_timeline->measuredWaits() && m_timeline->waitsSampledHz() > 0)
        return tr("waiting for a lock in the server (sampled %1 times a second)").arg(m_timeline->waitsSampledHz());
    return m_timeline && m_timeline->measuredWaits() ? tr("waiting for a lock (measured)") : tr("waiting");
}

QStringList LockTimelineView::legend() const
{
    QStringList out;
    for (Lock l : legendLocks())
        out << legendName(l);
    return out << waitingName();
}

void LockTimelineView::paintLegend(QPainter &p) const
{
    // What the lanes can show.
    const QColor text = palette().color(QPalette::Text);
    int x = labelWidth();
    p.setPen(text);
    for (Lock l : legendLocks()) {
        p.fillRect(QRect(x, 5, 12, 10), lockColor(l));
        const QString name = legendName(l);
        p.drawText(QPoint(x + 16, 14), name);
        x += 16 + p.fontMetrics().horizontalAdvance(name) + 14;
    }
    p.fillRect(QRect(x, 5, 12, 10), QBrush(text, Qt::BDiagPattern));
    p.drawText(QPoint(x + 16, 14), waitingName());
}

void LockTimelineView::paintAxis(QPainter &p, const QRect &plot) const
{
    // Gridlines over the lanes, tick labels below them, whatever the lanes' scrolling.
    const double span = toS() - fromS();
    const double step = tickStep(span, std::max(2, plot.width() / 110));
    p.setPen(palette().color(QPalette::Mid));
    for (double t = std::ceil(fromS() / step) * step; t <= toS() + step * 1e-9; t += step) {
        const int tx = xAt(t);
        p.drawLine(tx, plot.top(), tx, plot.bottom());
        p.drawText(QRect(tx - 50, plot.bottom() + 2, 100, AxisHeight - 2), Qt::AlignHCenter | Qt::AlignTop,
            formatSeconds(t));
    }
}

void LockTimelineView::paintEvent(QPaintEvent *)
{
    syncScrollBar(); // the model may have gained lanes since the last paint
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QRect plot = plotRect();
    const QColor text = palette().color(QPalette::Text);
    paintLegend(p);
    if (!m_timeline || m_timeline->lanes().empty()) {
        p.drawText(plot, Qt::AlignCenter, tr("No lock states recorded yet."));
        return;
    }
    paintAxis(p, plot);
    // Lanes, scrolled, inside the plot.
    const auto &lanes = m_timeline->lanes();
    const std::vector<int> rows = order();
    p.setClipRect(plot.adjusted(0, 0, 1, 1));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto &lane = lanes[std::size_t(rows[i])];
        const int top = laneTop(int(i));
        if (top > plot.bottom() || top + LaneHeight < plot.top())
            continue;
        if (rows[i] == m_highlight) {
            QColor tint = palette().color(QPalette::Highlight);
            tint.setAlpha(60);
            p.fillRect(QRect(plot.left(), top, plot.width(), LaneHeight), tint);
        } else if (i % 2) {
            p.fillRect(
                QRect(plot.left(), top, plot.width(), LaneHeight), palette().color(QPalette::AlternateBase));
        }
        const auto draw = [&](const std::vector<LockTimeline::Interval> &v, int y, int h, bool hatch) {
            drawIntervals(p, v, QRect(0, y, 0, h), hatch ? QBrush(text, Qt::BDiagPattern) : QBrush());
        };
        draw(lane.file, top + 3, LaneHeight - 12, false);
        draw(lane.walWrite, top + LaneHeight - 8, 5, false);
        draw(lane.walCheckpoint, top + LaneHeight - 8, 5, false);
        draw(lane.waits, top + 3, LaneHeight - 12, true);
    }
    p.setClipRect(QRect(0, plot.top(), plot.left(), plot.height() + 1));
    p.setPen(text);
    for (std::size_t i = 0; i < rows.size(); ++i)
        p.drawText(QRect(4, laneTop(int(i)), plot.left() - 8, LaneHeight), Qt::AlignVCenter | Qt::AlignLeft,
            fontMetrics().elidedText(laneLabel(rows[i]), Qt::ElideRight, plot.left() - 8));
    p.setClipping(false);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(plot.adjusted(0, 0, -1, -1));
}

void LockTimelineView::drawIntervals(
    QPainter &p, const std::vector<LockTimeline::Interval> &v, const QRect &band, const QBrush &hatch) const
{
    using Interval = LockTimeline::Interval;
    // Only what is in view, and at most about one rectangle per pixel column: a column
    // crossed by many short intervals shows the strongest lock among them, and runs of
    // the same lock are one rectangle. A ten-minute run has hundreds of thousands of
    // intervals per lane; painting each would take the GUI thread away for seconds.
    constexpr int ScanPerColumn = 64;
    auto it = std::lower_bound(
        v.begin(), v.end(), fromS(), [](const Interval &a, double t) { return a.endS < t; });
    int runX0 = 0, runX1 = 0;
    Lock runLock = Lock::None;
    const auto flush = [&] {
        if (runX1 <= runX0)
            return;
        const QRect r(runX0, band.y(), runX1 - runX0, band.height());
        p.fillRect(r, hatch.style() != Qt::NoBrush ? hatch : QBrush(lockColor(runLock)));
    };
    while (it != v.end() && it->startS <= toS()) {
        const int x0 = xAt(it->startS);
        int x1 = std::max(x0 + 1, xAt(it->endS));
        Lock strongest = it->lock;
        ++it;
        if (x1 == x0 + 1) {
            // Every interval that also ends inside this column is drawn by it.
            const double columnEnd = timeAt(x0 + 1);
            int scanned = 0;
            for (; it != v.end() && it->endS < columnEnd && scanned < ScanPerColumn; ++it, ++scanned)
                strongest = std::max(strongest, it->lock);
            if (scanned == ScanPerColumn)
                it = std::lower_bound(
                    it, v.end(), columnEnd, [](const Interval &a, double t) { return a.endS < t; });
        }
        if (x0 <= runX1 && strongest == runLock) {
            runX1 = std::max(runX1, x1);
        } else {
            flush();
            runX0 = x0;
            runX1 = x1;
            runLock = strongest;
        }
    }
    flush();
}

QPoint LockTimelineView::pointAt(int lane, double t) const
{
    const std::vector<int> rows = order();
    const int row = int(std::find(rows.begin(), rows.end(), lane) - rows.begin());
    return QPoint(xAt(t), laneTop(row) + LaneHeight / 2 - 3);
}

QString LockTimelineView::describeAt(const QPoint &pos) const
{
    const int lane = laneAt(pos.y());
    if (lane < 0 || !plotRect().contains(pos))
        return {};
    const double t = timeAt(pos.x());
    QStringList lines { QStringLiteral("%1 at %2").arg(laneLabel(lane), formatSeconds(t)) };
    if (m_timeline->measuredWaits()) { // no lock states: the waits the engine measured or sampled
        const int hz = m_timeline->waitsSampledHz();
        if (const auto *w = m_timeline->waitAt(lane, t)) {
            const QString from = formatSeconds(w->startS), length = formatSeconds(w->endS - w->startS);
            lines << (hz > 0 ? tr("waiting for a lock in the server from %1 for %2 (sampled %3 times a second)")
                                   .arg(from, length)
                                   .arg(hz)
                             : tr("waiting for a lock from %1 for %2 (measured by the busy handler)").arg(from, length));
            if (hz > 0)
                lines << ServerWaitWords::sentence(m_timeline->waitCause(w->cause));
        } else {
            lines << tr("not waiting for a lock");
        }
        return lines.join(QLatin1Char('\n'));
    }
    // Each interval names the statement that was running when it began.
    const auto during = [this](const QString &what, const LockTimeline::Interval &i) {
        const QString sql = m_timeline->statementText(i.statement);
        return sql.isEmpty() ? what : tr("%1 \u2014 %2").arg(what, sql);
    };
    if (const auto *i = m_timeline->fileAt(lane, t))
        lines << during(tr("%1 on the database file from %2 for %3")
                            .arg(LockTrace::lockName(i->lock).toUpper(), formatSeconds(i->startS),
                                formatSeconds(i->endS - i->startS)),
            *i);
    else
        lines << tr("no lock on the database file");
    if (const auto *i = m_timeline->walWriteAt(lane, t))
        lines << during(
            tr("WAL WRITE from %1 for %2").arg(formatSeconds(i->startS), formatSeconds(i->endS - i->startS)),
            *i);
    if (const auto *w = m_timeline->waitAt(lane, t))
        lines << during(tr("waiting for %1 since %2 (%3 so far)")
                            .arg(LockTrace::lockName(w->lock).toUpper(), formatSeconds(w->startS),
                                formatSeconds(t - w->startS)),
            *w);
    return lines.join(QLatin1Char('\n'));
}

bool LockTimelineView::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const QString text = describeAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

void LockTimelineView::wheelEvent(QWheelEvent *e)
{
    // Over the lanes' names, or with Shift: the lanes scroll. Elsewhere the wheel zooms.
    if (m_scroll->isVisible() && (e->position().x() < labelWidth() || (e->modifiers() & Qt::ShiftModifier))) {
        const QPoint delta = e->angleDelta();
        const int steps = (delta.y() != 0 ? delta.y() : delta.x()) / 120;
        m_scroll->setValue(m_scroll->value() - steps * LaneHeight);
        e->accept();
        return;
    }
    const double at = timeAt(int(e->position().x()));
    const double factor = std::pow(0.8, e->angleDelta().y() / 120.0);
    const double from = at - (at - fromS()) * factor, to = at + (toS() - at) * factor;
    if (to - from > 1e-7)
        setRange(from, to);
    e->accept();
}

void LockTimelineView::mousePressEvent(QMouseEvent *e)
{
    m_dragFrom = e->pos();
    m_dragRange[0] = fromS();
    m_dragRange[1] = toS();
}

void LockTimelineView::mouseMoveEvent(QMouseEvent *e)
{
    if (!(e->buttons() & Qt::LeftButton))
        return;
    const double perPixel = (m_dragRange[1] - m_dragRange[0]) / plotRect().width();
    const double shift = (m_dragFrom.x() - e->pos().x()) * perPixel;
    setRange(m_dragRange[0] + shift, m_dragRange[1] + shift);
}

void LockTimelineView::mouseDoubleClickEvent(QMouseEvent *)
{
    showAll();
}

} // namespace LockLens
