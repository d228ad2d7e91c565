// SPDX-License-Identifier: GPL-3.0-or-later
#include "serieschart.h"

#include "decimate.h"

#include <QGraphicsItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace LockLens {

namespace {

QColor paletteColor(int i)
{
    // Distinct on white and for the common colour-vision deficiencies first (Okabe-Ito),
    // then evenly spread hues.
    static const QRgb okabeIto[]
        = { 0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7, 0xe69f00, 0x56b4e9, 0x000000, 0xf0e442 };
    constexpr int n = int(sizeof okabeIto / sizeof okabeIto[0]);
    if (i < n)
        return QColor(okabeIto[i]);
    return QColor::fromHsv((i - n) * 47 % 360, 200, 190);
}

// A round upper bound for the y axis: 1, 2 or 5 times a power of ten, above `v`.
double niceCeil(double v)
{
    if (!(v > 0))
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : { 1.0, 2.0, 5.0, 10.0 }) {
        if (m * p >= v * 1.05)
            return m * p;
    }
    return 10 * p;
}

// A round tick step (1, 2, 2.5 or 5 times a power of ten) of at least `v`.
double niceStep(double v)
{
    if (!(v > 0))
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : { 1.0, 2.0, 2.5, 5.0 }) {
        if (m * p >= v * 0.999)
            return m * p;
    }
    return 10 * p;
}

// Value to pixel: x' = left + x * sx, y' = bottom - y * sy; pixel columns counted from `origin`.
struct PixelMap
{
    double left, bottom, sx, sy, origin;
    QPointF map(const QPointF &p) const { return { left + p.x() * sx, bottom - p.y() * sy }; }
    long column(double px) const { return long(std::floor((px - origin) / 2)); }
};

// Maps thinned points to pixels. Where more than two fall into one column of two pixels
// (decimateMinMax keeps up to four: first, minimum, maximum, last), only its highest and
// lowest point are kept, in the order that continues the line with the shorter stroke: the
// same envelope, painted with about a third of the pixels. The line's last point is kept.
void toPixels(const QList<QPointF> &points, const PixelMap &m, QList<QPointF> *out)
{
    out->clear();
    const qsizetype n = points.size();
    qsizetype i = 0;
    while (i < n) {
        const QPointF first = m.map(points[i]);
        const long column = m.column(first.x());
        QPointF top = first, low = first, last = first;
        qsizetype j = i + 1;
        for (; j < n; ++j) {
            const QPointF p = m.map(points[j]);
            if (m.column(p.x()) != column)
                break;
            if (p.y() < top.y())
                top = p;
            if (p.y() > low.y())
                low = p;
            last = p;
        }
        if (j - i <= 2) {
            for (qsizetype k = i; k < j; ++k)
                out->append(m.map(points[k]));
        } else {
            const double from = out->isEmpty() ? first.y() : out->constLast().y();
            const bool topFirst = std::abs(from - top.y()) <= std::abs(from - low.y());
            out->append(QPointF(first.x(), topFirst ? top.y() : low.y()));
            out->append(QPointF(last.x(), topFirst ? low.y() : top.y()));
            if (j == n)
                out->append(last);
        }
        i = j;
    }
}

} // namespace

// The lines of every series, painted in one pass over the plot area of the chart. A child
// of the chart item, so the chart's own painting, grabbing and rendering draw it too.
class SeriesChart::PlotItem final : public QGraphicsItem
{
public:
    PlotItem(const SeriesChart *owner, QGraphicsItem *chart)
        : QGraphicsItem(chart)
        , m_owner(owner)
    {
        setZValue(20); // above the grid, the axes and Qt Charts' own (empty) series items
    }
    void setArea(const QRectF &area)
    {
        if (area == m_area)
            return;
        prepareGeometryChange();
        m_area = area;
    }
    const QRectF &area() const { return m_area; }
    // Exactly the plot area: an update then repaints no axis label (Qt Charts' labels are
    // text documents, laid out again whenever they are painted).
    QRectF boundingRect() const override { return m_area; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        m_owner->paintLines(painter, m_area);
    }

    static constexpr double DotRadius = 2.5; // a series of one point is drawn as a dot

private:
    const SeriesChart *m_owner;
    QRectF m_area;
};

SeriesChart::SeriesChart(const QString &title, const QString &unit, QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0); // a plain rectangle is filled; a rounded one is rasterised as a path
    m_x = new QValueAxis(chart);
    m_x->setTitleText(tr("seconds"));
    m_y = new QValueAxis(chart);
    m_y->setTitleText(unit);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    // Zero-width pens (one pixel, cosmetic) for the grid and the axis lines: Qt Charts
    // draws them as line items whose bounding rectangle is otherwise found by stroking
    // the line, on every paint.
    for (QValueAxis *axis : { m_x, m_y }) {
        QPen pen = axis->gridLinePen();
        pen.setWidth(0);
        axis->setGridLinePen(pen);
        pen = axis->minorGridLinePen();
        pen.setWidth(0);
        axis->setMinorGridLinePen(pen);
        pen = axis->linePen();
        pen.setWidth(0);
        axis->setLinePen(pen);
    }
    setChart(chart);
    m_plot = new PlotItem(this, chart);
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        m_plot->setArea(area);
        if (columnsFor(area) != m_drawnColumns)
            refit(); // thinned for another width
        else
            m_plot->update();
    });
    setRenderHint(QPainter::Antialiasing, false); // see addSeries()
    setMinimumHeight(160);
    refit();
}

int SeriesChart::addSeries(const QString &name, const QColor &color, Qt::PenStyle style)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color.isValid() ? color : paletteColor(seriesCount()));
    // One pixel, cosmetic: the raster engine draws such lines directly. A wider (or
    // antialiased) pen is stroked into a polygon and filled, and a ten-minute line thinned
    // to its minima and maxima is a dense zig-zag: that costs ten times as much per frame.
    // The series keeps no points (see PlotItem): the pen is read from it when painting.
    pen.setWidthF(1);
    pen.setCosmetic(true);
    pen.setStyle(style);
    series->setPen(pen);
    chart()->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    const int index = seriesCount();
    m_lines.push_back({ series, {}, {}, true });
    const QList<QLegendMarker *> markers = chart()->legend()->markers(series);
    for (QLegendMarker *marker : markers) {
        connect(marker, &QLegendMarker::clicked, this,
            [this, index] { setSeriesVisible(index, !isSeriesVisible(index)); });
    }
    return index;
}

QString SeriesChart::seriesName(int series) const
{
    return m_lines[std::size_t(series)].series->name();
}

void SeriesChart::setPoints(int series, const QList<QPointF> &points)
{
    Line &line = m_lines[std::size_t(series)];
    line.points = points;
    line.dirty = true;
}

int SeriesChart::drawnPointCount(int series) const
{
    return int(m_lines[std::size_t(series)].drawn.size());
}

void SeriesChart::setSeriesVisible(int series, bool visible)
{
    Line &line = m_lines[std::size_t(series)];
    if (line.series->isVisible() == visible)
        return;
    line.series->setVisible(visible);
    // A hidden series keeps its legend entry, greyed, so it can be clicked back on.
    const QList<QLegendMarker *> markers = chart()->legend()->markers(line.series);
    for (QLegendMarker *marker : markers) {
        QColor c = line.series->pen().color();
        c.setAlphaF(visible ? 1.0 : 0.3);
        marker->setBrush(c);
        QFont f = marker->font();
        f.setStrikeOut(!visible);
        marker->setFont(f);
        marker->setVisible(true); // last: the setters above re-sync it with the series
    }
    refit();
    Q_EMIT seriesVisibilityChanged(series, visible);
}

bool SeriesChart::isSeriesVisible(int series) const
{
    return m_lines[std::size_t(series)].series->isVisible();
}

void SeriesChart::clearSeries()
{
    chart()->removeAllSeries();
    m_lines.clear();
    refit();
}

void SeriesChart::setXRange(double fromS, double toS)
{
    m_fixedFrom = fromS;
    m_fixedTo = toS;
    refit();
}

void SeriesChart::redraw(Line &line, double x0, double x1, int columns)
{
    line.drawn = decimateMinMax(line.points, x0, x1, columns);
    line.dirty = false;
}

int SeriesChart::columnsFor(const QRectF &area) const
{
    // Two pixels per column: each keeps up to four points (first, minimum, maximum, last).
    return std::max(1, int(area.width()) / 2);
}

void SeriesChart::paintLines(QPainter *painter, const QRectF &area) const
{
    const double xSpan = m_x->max() - m_x->min();
    const double ySpan = m_y->max() - m_y->min();
    if (!(xSpan > 0) || !(ySpan > 0) || area.isEmpty())
        return;
    const double sx = area.width() / xSpan, sy = area.height() / ySpan;
    const double left = area.left() - m_x->min() * sx, bottom = area.bottom() + m_y->min() * sy;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const double margin = PlotItem::DotRadius;
    painter->setClipRect(area);
    for (const Line &line : m_lines) {
        if (line.drawn.isEmpty() || !line.series->isVisible())
            continue;
        toPixels(line.drawn, { left, bottom, sx, sy, area.left() }, &m_mapped);
        const QPen pen = line.series->pen();
        painter->setPen(pen);
        if (m_mapped.size() == 1) {
            // A line of one point draws nothing (a run of a few milliseconds): a dot.
            painter->setBrush(pen.color());
            painter->drawEllipse(m_mapped[0], margin, margin);
            painter->setBrush(Qt::NoBrush);
        } else {
            painter->drawPolyline(m_mapped.constData(), int(m_mapped.size()));
        }
    }
    painter->restore();
}

void SeriesChart::refit()
{
    double x0 = m_fixedFrom, x1 = m_fixedTo;
    if (!(x1 > x0)) {
        // Following the data: the range ends on a round tick, at most five steps from 0. A
        // growing run keeps its labels, and the chart its layout, until it passes that tick.
        double last = 0;
        for (const Line &line : m_lines) {
            if (!line.points.isEmpty())
                last = std::max(last, line.points.constLast().x());
        }
        if (!(last > 0))
            last = 1;
        const double step = niceStep(last / 5);
        const int intervals = std::max(1, int(std::ceil(last / step - 1e-9)));
        x0 = 0;
        x1 = step * intervals;
        if (m_x->tickCount() != intervals + 1)
            m_x->setTickCount(intervals + 1);
    }
    const int columns = columnsFor(chart()->plotArea());
    const bool rangeChanged = x0 != m_drawnFrom || x1 != m_drawnTo || columns != m_drawnColumns;
    double yMax = 0;
    for (Line &line : m_lines) {
        if (line.dirty || rangeChanged)
            redraw(line, x0, x1, columns);
        if (!line.series->isVisible())
            continue;
        // The thinned points keep every column's maximum: the same top, from a few hundred
        // points instead of the whole history.
        for (const QPointF &p : line.drawn) {
            if (p.x() >= x0 && p.x() <= x1)
                yMax = std::max(yMax, p.y());
        }
    }
    m_drawnFrom = x0;
    m_drawnTo = x1;
    m_drawnColumns = columns;
    m_x->setRange(x0, x1);
    m_y->setRange(0, niceCeil(yMax));
    fitLabels();
    m_plot->update();
}

void SeriesChart::fitLabels()
{
    // x: as many decimals as two significant digits of the step between ticks need (a
    // 0.6 s run must not read "0 0 0 1").
    const double xStep = (m_x->max() - m_x->min()) / std::max(1, m_x->tickCount() - 1);
    const int xDecimals = std::clamp(int(std::ceil(-std::log10(xStep > 0 ? xStep : 1) - 1e-9)) + 1, 0, 6);
    const QString xFormat = QStringLiteral("%.%1f").arg(xDecimals);
    if (m_x->labelFormat() != xFormat)
        m_x->setLabelFormat(xFormat);
    // y: the top is 1, 2 or 5 times a power of ten (niceCeil); ticks on steps of 0.2, 0.5
    // or 1 times it, labelled without exponents.
    const double top = m_y->max();
    const double p = std::pow(10.0, std::floor(std::log10(top > 0 ? top : 1) + 1e-9));
    const int ticks = std::round(top / p) == 2 ? 5 : 6;
    if (m_y->tickCount() != ticks)
        m_y->setTickCount(ticks);
    const double yStep = top / (ticks - 1);
    const int yDecimals = std::clamp(int(-std::floor(std::log10(yStep > 0 ? yStep : 1) + 1e-9)), 0, 6);
    const QString yFormat = QStringLiteral("%.%1f").arg(yDecimals);
    if (m_y->labelFormat() != yFormat)
        m_y->setLabelFormat(yFormat);
}

void SeriesChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    refit();
}

} // namespace LockLens
