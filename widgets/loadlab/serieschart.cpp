// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/serieschart.h"

#include "app/core/chartscale.h"
#include "app/core/decimate.h"

#include <QFontMetrics>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <QPaintEngine>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>

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

} // namespace

// The lines of every series: the chart's plot image, painted over the plot area. A child
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
    // Exactly the plot area: an update then repaints no axis label (Qt Charts' labels are
    // text documents, laid out again whenever they are painted).
    QRectF boundingRect() const override { return m_area; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        // Only what the view exposes is blended: after a frame, the strip that changed.
        if (painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster
            && m_owner->m_imageArea == m_area && !m_owner->m_image.isNull())
            painter->drawImage(m_area.topLeft(), m_owner->m_image);
        else
            m_owner->paintVectors(painter, m_area);
        m_owner->paintOffScale(painter, m_area);
    }

private:
    const SeriesChart *m_owner;
    QRectF m_area;
};

SeriesChart::SeriesChart(const QString &title, const QString &unit, QWidget *parent)
    : QChartView(parent)
    , m_unit(unit)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Every pixel of height goes to the plot: Qt Charts elides the axes' labels of a short one.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    setFrameShape(QFrame::NoFrame);
    chart->setBackgroundRoundness(0); // a plain rectangle is filled; a rounded one is rasterised as a path
    // The x axis has no title: its labels say "s" (a title costs a row of the axis, which
    // Qt Charts elides when it gets more than 40 % of a short chart's height).
    m_x = new QValueAxis(chart);
    // Nor has the y axis: the unit is in the chart's title. (A rotated title longer than a
    // short plot is elided.)
    m_y = new QValueAxis(chart);
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
    setTitle(title);
    m_plot = new PlotItem(this, chart);
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        m_plot->setArea(area);
        refit(); // thinned and drawn for another size
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
    Line line;
    line.series = series;
    line.pen = PlotRaster::Pen(pen);
    m_lines.push_back(std::move(line));
    m_rasterValid = false;
    const QList<QLegendMarker *> markers = chart()->legend()->markers(series);
    for (QLegendMarker *marker : markers) {
        connect(marker, &QLegendMarker::clicked, this,
            [this, index] { setSeriesVisible(index, !isSeriesVisible(index)); });
    }
    return index;
}

void SeriesChart::setTitle(const QString &title)
{
    m_title = title;
    const QString full = m_unit.isEmpty() || m_unitOnAxis ? title : tr("%1 (%2)").arg(title, m_unit);
    if (chart()->title() != full)
        chart()->setTitle(full);
}

void SeriesChart::setUnitOnAxis(bool onAxis)
{
    m_unitOnAxis = onAxis;
    m_y->setTitleText(onAxis ? m_unit : QString());
    setTitle(m_title);
}

QString SeriesChart::seriesName(int series) const
{
    return m_lines[std::size_t(series)].series->name();
}

void SeriesChart::setPoints(int series, const QList<QPointF> &points, qsizetype unchanged)
{
    Line &line = m_lines[std::size_t(series)];
    unchanged = std::clamp<qsizetype>(unchanged, 0, std::min(points.size(), line.points.size()));
    // A caller that says more than it knows is caught where it matters most.
    if (unchanged > 0 && points[unchanged - 1] != line.points[unchanged - 1])
        unchanged = 0;
    line.unchanged = std::min(line.unchanged, unchanged);
    line.points = points;
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
    m_rasterValid = false;
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
    m_dataEnd = 0;
    m_rasterValid = false;
    refit();
}

void SeriesChart::setXRange(double fromS, double toS)
{
    m_fixedFrom = fromS;
    m_fixedTo = toS;
    refit();
}

int SeriesChart::columnsFor(const QRectF &area) const
{
    // Two pixels per column: each keeps up to four points (first, minimum, maximum, last).
    return std::max(1, int(area.width()) / 2);
}

bool SeriesChart::thin(Line &line, const Buckets &b, bool rangeChanged, qsizetype *resumedAt)
{
    const bool same = line.thinned && !rangeChanged;
    if (same && line.unchanged == line.points.size() && line.thinnedCount == line.points.size()) {
        *resumedAt = -1; // nothing new
        return false;
    }
    const auto [first, last] = windowOf(line.points, b.x0, b.x1);
    if (same && line.unchanged >= line.openPoint && line.openPoint >= first) {
        // The columns before the last are complete: thin again from the last on.
        *resumedAt = line.openDrawn;
        line.drawn.resize(line.openDrawn);
    } else {
        *resumedAt = 0;
        line.drawn.clear();
        line.drawn.reserve(4 * qsizetype(b.columns) + 8);
        line.openPoint = first;
        line.openDrawn = 0;
    }
    thinColumns(line.points, line.openPoint, last, b, &line.drawn, &line.openPoint, &line.openDrawn);
    line.thinned = true;
    line.unchanged = line.thinnedCount = line.points.size();
    return true;
}

ChartScale::Fit SeriesChart::fitY(const Buckets &b) const
{
    ChartScale::ColumnPeaks peaks(b);
    for (const Line &line : m_lines) {
        if (line.series->isVisible()) {
            for (const QPointF &p : line.drawn)
                peaks.add(p);
        }
    }
    return peaks.fit();
}

void SeriesChart::followData(double *x0, double *x1)
{
    // The range ends on a round tick, at most five steps from 0. A growing run keeps its
    // labels, and the chart its layout, until it passes that tick.
    double last = m_dataEnd;
    for (const Line &line : m_lines) {
        if (!line.points.isEmpty())
            last = std::max(last, line.points.constLast().x());
    }
    if (!(last > 0))
        last = 1;
    const double step = ChartScale::niceStep(last / maxXIntervals(last));
    // A run of 3 s whose last sample came a few ms late ends at 3, not on the next tick: a
    // line may pass the last tick by 2 % of a step (drawn to the edge, as beyond any edge).
    const int intervals = std::max(1, int(std::ceil(last / step - 0.02)));
    *x0 = 0;
    *x1 = step * intervals;
    if (m_x->tickCount() != intervals + 1)
        m_x->setTickCount(intervals + 1);
}

void SeriesChart::refit()
{
    // Setting the axes' ranges lays the chart out again at once (new labels, a new width),
    // and a new plot area asks for a refit from inside this one. Those nested requests are
    // served here, a few times at most: axes whose labels keep resizing the plot would
    // otherwise recurse until the stack ran out (seen once under load in tst_loadlab).
    if (m_refitting) {
        m_refitAgain = true;
        return;
    }
    m_refitting = true;
    for (int pass = 0; pass < MaxRefitPasses; ++pass) {
        m_refitAgain = false;
        refitOnce();
        if (!m_refitAgain)
            break;
    }
    m_refitting = false;
}

void SeriesChart::refitOnce()
{
    double x0 = m_fixedFrom, x1 = m_fixedTo;
    if (!(x1 > x0))
        followData(&x0, &x1);
    const QRectF area = chart()->plotArea();
    const int columns = columnsFor(area);
    const bool rangeChanged = x0 != m_drawnFrom || x1 != m_drawnTo || columns != m_drawnColumns;
    const Buckets buckets(x0, x1, columns);
    std::vector<qsizetype> resumedAt(m_lines.size());
    for (std::size_t i = 0; i < m_lines.size(); ++i)
        thin(m_lines[i], buckets, rangeChanged, &resumedAt[i]);
    // One outlying interval does not set the scale for the whole run: it is drawn off it.
    const ChartScale::Fit fit = fitY(buckets);
    m_drawnFrom = x0;
    m_drawnTo = x1;
    m_drawnColumns = columns;
    m_x->setRange(x0, x1);
    const double yTop = ChartScale::niceCeil(fit.top);
    m_y->setRange(0, yTop);
    fitLabels();
    const bool markersChanged = findOffScale(fit.clipped ? yTop : INFINITY, x0, x1);
    m_plot->setArea(area);
    draw(area, buckets, resumedAt, yTop, rangeChanged || markersChanged);
}

void SeriesChart::draw(const QRectF &area, const Buckets &buckets, const std::vector<qsizetype> &resumedAt,
    double yTop, bool changed)
{
    // The pixels: everything after a change of axes, size or visibility; else each line
    // from where it changed, and the plot from the leftmost of those columns on.
    const double x0 = buckets.x0, x1 = buckets.x1;
    const double dpr = devicePixelRatioF();
    const QSize size(int(std::ceil(area.width() * dpr)), int(std::ceil(area.height() * dpr)));
    m_redrawnColumns = 0;
    if (size.isEmpty()) {
        m_rasterValid = false;
        return;
    }
    const bool full = !m_rasterValid || changed || area != m_imageArea || size != m_image.size()
        || dpr != m_image.devicePixelRatio() || yTop != m_drawnTop;
    const PlotRaster::PixelMap map { x0, area.width() * dpr / (x1 - x0), area.height() * dpr / yTop,
        area.height() * dpr };
    int left = INT_MAX;
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        Line &line = m_lines[i];
        if (!line.series->isVisible()) {
            line.mapped = false;
            continue;
        }
        if (full || !line.mapped || resumedAt[i] == 0) {
            line.vertices.clear();
            line.openVertex
                = PlotRaster::appendVertices(line.drawn, 0, buckets, map, line.pen, &line.vertices);
            line.mapped = true;
            left = 0;
        } else if (resumedAt[i] > 0) {
            // The last column's vertices are replaced; the segment into them starts at the
            // vertex before (a dot of one point reaches its radius further left).
            const int from = line.openVertex > 0 ? line.vertices[line.openVertex - 1].x : 0;
            left = std::min(left, from - PlotRaster::DotRadius - 1);
            line.vertices.resize(line.openVertex);
            line.openVertex = PlotRaster::appendVertices(
                line.drawn, resumedAt[i], buckets, map, line.pen, &line.vertices);
        }
    }
    m_drawnTop = yTop;
    if (full) {
        if (m_image.size() != size)
            m_image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(dpr);
        m_imageArea = area;
        m_rasterValid = true;
        raster(0);
        m_plot->update();
    } else if (left < size.width()) {
        left = std::max(0, left);
        raster(left);
        // One logical pixel more to the left: the strip's edge may fall inside one.
        const double from = area.left() + left / dpr - 1;
        m_plot->update(QRectF(from, area.top(), area.right() - from, area.height()));
    }
}

void SeriesChart::raster(int left)
{
    const QRect strip(left, 0, m_image.width() - left, m_image.height());
    if (left == 0) {
        m_image.fill(Qt::transparent);
    } else {
        uchar *bits = m_image.bits();
        const std::size_t bytes = std::size_t(strip.width()) * sizeof(QRgb);
        for (int y = 0; y < strip.height(); ++y)
            std::memset(bits + y * m_image.bytesPerLine() + left * qsizetype(sizeof(QRgb)), 0, bytes);
    }
    for (const Line &line : m_lines) {
        if (line.series->isVisible() && !line.vertices.empty()) {
            PlotRaster::drawLine(&m_image, strip, line.vertices,
                left == 0 ? 0 : PlotRaster::firstTouching(line.vertices, left), line.pen);
        }
    }
    m_redrawnColumns = strip.width();
}

void SeriesChart::paintVectors(QPainter *painter, const QRectF &area) const
{
    if (!m_rasterValid)
        return;
    const double dpr = m_image.devicePixelRatio();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setClipRect(area);
    QList<QPointF> piece;
    const auto flush = [&](const QPen &pen) {
        if (piece.size() == 1) {
            painter->setBrush(pen.color());
            painter->drawEllipse(piece[0], PlotRaster::DotRadius + 0.5, PlotRaster::DotRadius + 0.5);
            painter->setBrush(Qt::NoBrush);
        } else if (piece.size() > 1) {
            painter->drawPolyline(piece.constData(), int(piece.size()));
        }
        piece.clear();
    };
    for (const Line &line : m_lines) {
        if (line.vertices.empty() || !line.series->isVisible())
            continue;
        const QPen pen = line.series->pen();
        painter->setPen(pen);
        for (const PlotRaster::Vertex &v : line.vertices) {
            if (v.pieceStart)
                flush(pen);
            piece.append({ area.left() + (v.x + 0.5) / dpr, area.top() + (v.y + 0.5) / dpr });
        }
        flush(pen);
    }
    painter->restore();
}

bool SeriesChart::findOffScale(double limit, double x0, double x1)
{
    std::vector<OffScale> found;
    for (const Line &line : m_lines) {
        if (!std::isfinite(limit) || !line.series->isVisible())
            continue;
        for (const QPointF &p : line.drawn) {
            if (p.y() > limit && p.x() >= x0 && p.x() <= x1)
                found.push_back({ p, line.series->pen().color() });
        }
    }
    // The highest first (their values are labelled first), at most MaxOffScale.
    std::sort(
        found.begin(), found.end(), [](const OffScale &a, const OffScale &b) { return a.at.y() > b.at.y(); });
    if (found.size() > MaxOffScale)
        found.resize(MaxOffScale);
    const bool changed = found.size() != m_offScale.size()
        || !std::equal(found.begin(), found.end(), m_offScale.begin(),
            [](const OffScale &a, const OffScale &b) { return a.at == b.at && a.color == b.color; });
    m_offScale = std::move(found);
    return changed;
}

void SeriesChart::paintOffScale(QPainter *painter, const QRectF &area) const
{
    // A point above the scale: a triangle at the top of the plot, pointing up, and its value
    // beside it (unless that would cover another's).
    if (m_offScale.empty() || !(m_x->max() > m_x->min()))
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false); // crisp, in the line's own colour
    QFont font = m_x->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    std::vector<QRectF> labels;
    for (const OffScale &o : m_offScale) {
        const double x = area.left() + (o.at.x() - m_x->min()) / (m_x->max() - m_x->min()) * area.width();
        const QPointF tip(x, area.top() + 1);
        const QPointF triangle[3] = { tip, tip + QPointF(-4, 7), tip + QPointF(4, 7) };
        painter->setPen(Qt::NoPen);
        painter->setBrush(o.color);
        painter->drawPolygon(triangle, 3);
        const QString text = ChartScale::offScaleText(o.at.y());
        const double w = fm.horizontalAdvance(text);
        QRectF box(x + 6, area.top() + 1, w, fm.height());
        if (box.right() > area.right())
            box.moveRight(x - 6);
        if (std::any_of(labels.begin(), labels.end(), [&box](const QRectF &r) { return r.intersects(box); }))
            continue;
        labels.push_back(box);
        painter->setPen(o.color.darker(130));
        painter->drawText(box, Qt::AlignLeft | Qt::AlignTop, text);
    }
    painter->restore();
}

QStringList SeriesChart::offScaleValues() const
{
    QStringList out;
    for (const OffScale &o : m_offScale)
        out << ChartScale::offScaleText(o.at.y());
    return out;
}

int SeriesChart::maxXIntervals(double last) const
{
    // Qt Charts elides a tick label wider than its share of the axis: as many intervals as
    // labels of the widest kind fit side by side, at most five.
    const QFontMetrics fm(m_x->labelsFont());
    const QString widest = secondsLabel(QStringLiteral("%.2f"))
                               .replace(QLatin1String("%.2f"), QString::number(last * 10, 'f', 2));
    const double room = chart()->plotArea().width();
    const int labels = int(room / (fm.horizontalAdvance(widest) + LabelGap));
    return std::clamp(labels - 1, 1, 5);
}

QString SeriesChart::secondsLabel(const QString &number)
{
    return tr("%1 s").arg(number);
}

void SeriesChart::fitLabels()
{
    // x: as many decimals as two significant digits of the step between ticks need (a
    // 0.6 s run must not read "0 0 0 1").
    const double xStep = (m_x->max() - m_x->min()) / std::max(1, m_x->tickCount() - 1);
    const int xDecimals = std::clamp(int(std::ceil(-std::log10(xStep > 0 ? xStep : 1) - 1e-9)) + 1, 0, 6);
    const QString xFormat = secondsLabel(QStringLiteral("%.%1f").arg(xDecimals));
    if (m_x->labelFormat() != xFormat)
        m_x->setLabelFormat(xFormat);
    // y: the top is 1, 2 or 5 times a power of ten (niceCeil); ticks on steps of 0.2, 0.5
    // or 1 times it, labelled without exponents; fewer where the plot is too short for
    // them (Qt Charts elides a label taller than its share of the axis).
    const int ticks = yTickCount(m_y->max());
    if (m_y->tickCount() != ticks)
        m_y->setTickCount(ticks);
    const double yStep = m_y->max() / (ticks - 1);
    const int yDecimals = std::clamp(int(-std::floor(std::log10(yStep > 0 ? yStep : 1) + 1e-9)), 0, 6);
    const QString yFormat = QStringLiteral("%.%1f").arg(yDecimals);
    if (m_y->labelFormat() != yFormat)
        m_y->setLabelFormat(yFormat);
}

int SeriesChart::yTickCount(double top) const
{
    const double p = std::pow(10.0, std::floor(std::log10(top > 0 ? top : 1) + 1e-9));
    const bool two = std::round(top / p) == 2;
    const double perLabel = QFontMetrics(m_y->labelsFont()).height() + LabelGap;
    const double room = chart()->plotArea().height();
    for (int ticks : { two ? 5 : 6, 3 }) {
        if (room / ticks >= perLabel)
            return ticks;
    }
    return 2;
}

void SeriesChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    refit();
}

} // namespace LockLens
