// SPDX-License-Identifier: GPL-3.0-or-later
#include "serieschart.h"

#include "decimate.h"

#include <QLegendMarker>
#include <QLineSeries>
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

} // namespace

SeriesChart::SeriesChart(const QString &title, const QString &unit, QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_x = new QValueAxis(chart);
    m_x->setTitleText(tr("seconds"));
    m_y = new QValueAxis(chart);
    m_y->setTitleText(unit);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    setChart(chart);
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
    pen.setWidthF(1);
    pen.setCosmetic(true);
    pen.setStyle(style);
    series->setPen(pen);
    chart()->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    const int index = seriesCount();
    m_lines.push_back({ series, {}, true });
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
    return m_lines[std::size_t(series)].series->count();
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
    line.series->replace(decimateMinMax(line.points, x0, x1, columns));
    line.dirty = false;
}

void SeriesChart::refit()
{
    double x0 = m_fixedFrom, x1 = m_fixedTo;
    if (!(x1 > x0)) {
        x0 = 0;
        x1 = 0;
        for (const Line &line : m_lines) {
            if (!line.points.isEmpty())
                x1 = std::max(x1, line.points.constLast().x());
        }
        if (!(x1 > 0))
            x1 = 1;
    }
    const int columns = std::max(1, int(chart()->plotArea().width()) / 2);
    const bool rangeChanged = x0 != m_drawnFrom || x1 != m_drawnTo || columns != m_drawnColumns;
    double yMax = 0;
    for (Line &line : m_lines) {
        if (line.dirty || rangeChanged)
            redraw(line, x0, x1, columns);
        if (!line.series->isVisible())
            continue;
        for (const QPointF &p : line.points) {
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
