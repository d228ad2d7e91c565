// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reports/reportchart.h"

#include "app/core/chartscale.h"
#include "app/core/decimate.h"
#include "app/reports/reporttext.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace LockLens::Report {

namespace {

const char *const palette[] = { "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
    "#7f7f7f", "#bcbd22", "#17becf" };

constexpr qsizetype kMarkersUpTo = 60;
constexpr double kLeft = 70, kRight = 20, kTop = 30;
constexpr double kAxisLabels = 40; // below the plot: tick labels and the x axis's label
constexpr double kLegendRow = 16;
constexpr double OffScaleTextSize = 10;

// A step of 1, 2 or 5 times a power of ten giving about `ticks` ticks over [0, span].
double niceStep(double span, int ticks)
{
    return ChartScale::roundUp(span / ticks, { 1.0, 2.0, 5.0 });
}

QString tickLabel(double v, double step)
{
    if (std::abs(v) >= 10000)
        return fixed(v, 0);
    const int decimals = step >= 1 ? 0 : std::min(6, int(std::ceil(-std::log10(step))));
    return fixed(v, decimals);
}

using Pick = std::function<double(const Interval &)>;

QList<QPointF> lineOf(const RunFigures &r, const Pick &pick)
{
    QList<QPointF> pts;
    pts.reserve(qsizetype(r.series.size()));
    for (const Interval &p : r.series)
        pts << QPointF(p.tS, pick(p));
    return pts;
}

// A latency: an interval without operations has none, a gap.
QList<QPointF> latencyOf(const RunFigures &r, double Interval::*field)
{
    return lineOf(r, [field](const Interval &p) { return p.opsPerS > 0 ? p.*field : std::nan(""); });
}

// A worker's figure; a gap where the interval has none (its p99 without operations).
QList<QPointF> workerLine(const RunFigures &r, std::size_t w, std::optional<double> Interval::Worker::*field)
{
    QList<QPointF> pts;
    for (const Interval &p : r.series) {
        if (w < p.workers.size())
            pts << QPointF(p.tS, (p.workers[w].*field).value_or(std::nan("")));
    }
    return pts;
}

// Splits a line (in units) at its gaps and where it rises above the plot's top edge `top`
// (a smaller y is higher): every piece stays inside the plot.
std::vector<QList<QPointF>> piecesBelow(const QList<QPointF> &points, double top)
{
    std::vector<QList<QPointF>> out;
    QList<QPointF> piece;
    const auto flush = [&] {
        if (!piece.isEmpty())
            out.push_back(std::move(piece));
        piece.clear();
    };
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF &p = points[i];
        if (std::isnan(p.y())) {
            flush();
            continue;
        }
        const bool inside = p.y() >= top;
        if (i > 0 && !std::isnan(points[i - 1].y()) && (points[i - 1].y() >= top) != inside) {
            const QPointF &q = points[i - 1];
            const double f = (top - q.y()) / (p.y() - q.y());
            piece << QPointF(q.x() + f * (p.x() - q.x()), top);
            if (!inside)
                flush();
        }
        if (inside)
            piece << p;
    }
    flush();
    return out;
}

std::vector<ChartSpec> runCharts(const RunFigures &r, const QString &seconds)
{
    std::vector<ChartSpec> c;
    c.push_back({ Tr::tr("Throughput"), seconds, Tr::tr("per second"),
        { { Tr::tr("operations/s"), lineOf(r, [](const Interval &p) { return p.opsPerS; }) },
            { Tr::tr("commits/s"), lineOf(r, [](const Interval &p) { return p.txPerS; }) } } });
    std::vector<ChartLine> perWorker, waits;
    for (std::size_t w = 0; w < r.workerFigures.size(); ++w) {
        perWorker.push_back({ r.workerFigures[w].name, workerLine(r, w, &Interval::Worker::opsPerS) });
        waits.push_back({ r.workerFigures[w].name, workerLine(r, w, &Interval::Worker::lockWaitPerS) });
    }
    const bool drawWorkers = perWorker.size() > 1 && perWorker.size() <= 16;
    if (drawWorkers)
        c.push_back(
            { Tr::tr("Throughput per worker"), seconds, Tr::tr("operations/s"), std::move(perWorker) });
    c.push_back({ Tr::tr("Lock waits"), seconds, Tr::tr("clients waiting (s/s)"),
        { { Tr::tr("waiting for the database's locks"),
              lineOf(r, [](const Interval &p) { return p.lockWaitPerS; }) },
            { Tr::tr("waiting for the application"),
                lineOf(r, [](const Interval &p) { return p.appWaitPerS; }) } } });
    if (drawWorkers)
        c.push_back({ Tr::tr("Lock waits per worker"), seconds, Tr::tr("waiting (s/s)"), std::move(waits) });
    c.push_back({ Tr::tr("Busy events and errors"), seconds, Tr::tr("per second"),
        { { Tr::tr("busy events/s"), lineOf(r, [](const Interval &p) { return p.busyPerS; }) },
            { Tr::tr("errors/s"), lineOf(r, [](const Interval &p) { return p.errorsPerS; }) } } });
    if (!r.program) // a traced program's statements are not timed one by one
        c.push_back({ Tr::tr("Operation latency"), seconds, Tr::tr("milliseconds"),
            { { Tr::tr("p50"), latencyOf(r, &Interval::p50Ms) },
                { Tr::tr("p99"), latencyOf(r, &Interval::p99Ms) } } });
    return c;
}

} // namespace

std::vector<ChartSpec> chartsOf(const Model &m)
{
    const bool traced = std::any_of(m.runs.begin(), m.runs.end(), [](const RunFigures &r) { return bool(r.program); });
    const QString seconds = traced ? Tr::tr("seconds since the start") : Tr::tr("seconds since the load started");
    if (m.runs.empty())
        return {};
    if (!m.isComparison())
        return runCharts(m.runs.front(), seconds);
    const auto perRun = [&m](const Pick &pick) {
        std::vector<ChartLine> lines;
        for (const RunFigures &r : m.runs)
            lines.push_back({ r.heading(), lineOf(r, pick) });
        return lines;
    };
    std::vector<ChartLine> p99;
    for (const RunFigures &r : m.runs)
        p99.push_back({ r.heading(), latencyOf(r, &Interval::p99Ms) });
    return {
        { Tr::tr("Throughput"), seconds, Tr::tr("operations/s"),
            perRun([](const Interval &p) { return p.opsPerS; }) },
        { Tr::tr("Lock waits"), seconds, Tr::tr("clients waiting for the database's locks (s/s)"),
            perRun([](const Interval &p) { return p.lockWaitPerS; }) },
        { Tr::tr("Busy events"), seconds, Tr::tr("busy events/s"),
            perRun([](const Interval &p) { return p.busyPerS; }) },
        { Tr::tr("Operation latency p99"), seconds, Tr::tr("milliseconds"), std::move(p99) },
    };
}

double estimatedWidth(const QString &text, double size)
{
    double units = 0;
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            continue; // counted with its high surrogate
        const char32_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
            || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate();
        units += wide ? 1.0 : 0.62;
    }
    return units * size;
}

namespace {

// The plot's rectangle in units and the values at its right and top edges.
struct Plot
{
    double left = kLeft, top = kTop, width = 0, height = 0, x1 = 1, y1 = 1;
    double bottom() const { return top + height; }
    QPointF at(const QPointF &v) const
    {
        return { left + v.x() / x1 * width, bottom() - v.y() / y1 * height };
    }
};

// The legend, wrapped into rows that fit the width: where each key goes and its name.
// Returns the number of rows.
int layoutLegend(
    const ChartSpec &spec, double width, double top, std::vector<QPointF> *keyAt, QStringList *names)
{
    double x = kLeft;
    int rows = spec.lines.empty() ? 0 : 1;
    for (const ChartLine &l : spec.lines) {
        *names << (l.name.size() > 40 ? l.name.left(39) + QChar(0x2026) : l.name);
        const double w = 16 + estimatedWidth(names->last(), 11) + 18;
        if (x > kLeft && x + w > width - kRight) {
            x = kLeft;
            ++rows;
        }
        keyAt->emplace_back(x, top + rows * kLegendRow);
        x += w;
    }
    return rows;
}

void layoutAxes(const ChartSpec &spec, const Plot &plot, double xStep, double yStep, ChartLayout *c)
{
    using Anchor = ChartLayout::Anchor;
    for (double y = 0; y <= plot.y1 + yStep * 1e-6; y += yStep) {
        const double at = plot.at({ 0, y }).y();
        c->grid.emplace_back(plot.left, at, plot.left + plot.width, at);
        c->texts.push_back({ QPointF(plot.left - 6, at + 4), tickLabel(y, yStep), Anchor::End });
    }
    for (double x = 0; x <= plot.x1 + xStep * 1e-6; x += xStep) {
        const double at = plot.at({ x, 0 }).x();
        c->axes.emplace_back(at, plot.bottom(), at, plot.bottom() + 5);
        c->texts.push_back({ QPointF(at, plot.bottom() + 18), tickLabel(x, xStep), Anchor::Middle });
    }
    c->axes.emplace_back(plot.left, plot.top, plot.left, plot.bottom());
    c->axes.emplace_back(plot.left, plot.bottom(), plot.left + plot.width, plot.bottom());
    c->texts.push_back(
        { QPointF(plot.left + plot.width / 2, plot.bottom() + 34), spec.xLabel, Anchor::Middle });
    c->texts.push_back(
        { QPointF(14, plot.top + plot.height / 2), spec.yLabel, Anchor::Middle, 11, false, true });
}

// One line, thinned, in pieces between its gaps and below the plot's top; the points above
// the top go to *offScale.
ChartLayout::Line layoutLine(
    const ChartLine &l, const Plot &plot, const QString &colour, std::vector<ChartLayout::OffScale> *offScale)
{
    QList<QPointF> kept; // finite x; y finite or NaN (a gap)
    for (const QPointF &p : l.points) {
        if (std::isfinite(p.x()) && (std::isfinite(p.y()) || std::isnan(p.y())))
            kept << p;
    }
    ChartLayout::Line line { colour, {}, {} };
    QList<QPointF> units;
    for (const QPointF &p : decimateMinMax(kept, 0, plot.x1, maxPointsPerLine / 4)) {
        units << (std::isnan(p.y()) ? QPointF(plot.at({ p.x(), 0 }).x(), p.y()) : plot.at(p));
        if (p.y() > plot.y1)
            offScale->push_back(
                { QPointF(units.last().x(), plot.top), p.y(), ChartScale::offScaleText(p.y()), {}, colour });
    }
    line.pieces = piecesBelow(units, plot.top);
    qsizetype shown = 0;
    for (const QList<QPointF> &piece : line.pieces)
        shown += piece.size();
    if (shown <= kMarkersUpTo) { // few points: show where the measurements are
        for (const QPointF &u : units) {
            if (!std::isnan(u.y()) && u.y() >= plot.top)
                line.dots << u;
        }
    }
    return line;
}

// At most MaxOffScale marks, the highest values first; a value that would cover another's
// is left out (its triangle stays).
void keepOffScaleReadable(std::vector<ChartLayout::OffScale> *marks, double right)
{
    std::stable_sort(marks->begin(), marks->end(),
        [](const ChartLayout::OffScale &a, const ChartLayout::OffScale &b) { return a.value > b.value; });
    constexpr std::size_t MaxOffScale = 32;
    if (marks->size() > MaxOffScale)
        marks->resize(MaxOffScale);
    std::vector<std::pair<double, double>> taken; // the labels' x spans
    for (ChartLayout::OffScale &m : *marks) {
        // Right of the triangle, or left of it at the plot's right edge.
        const double w = estimatedWidth(m.text, OffScaleTextSize);
        const double from = m.at.x() + 6 + w <= right ? m.at.x() + 6 : m.at.x() - 6 - w, to = from + w;
        m.textAt = QPointF(from, m.at.y() + 9);
        const bool covers = std::any_of(taken.begin(), taken.end(),
            [&](const std::pair<double, double> &t) { return from < t.second && t.first < to; });
        if (covers)
            m.text.clear();
        else
            taken.emplace_back(from, to);
    }
}

} // namespace

ChartLayout layoutChart(const ChartSpec &spec, double width, double plotHeight)
{
    ChartLayout c;
    c.width = width;
    c.title = spec.title;
    Plot plot;
    plot.width = width - kLeft - kRight;
    plot.height = plotHeight;

    std::vector<QPointF> keyAt;
    QStringList names;
    const double legendTop = kTop + plotHeight + kAxisLabels;
    const int rows = layoutLegend(spec, width, legendTop, &keyAt, &names);
    c.height = legendTop + rows * kLegendRow + 10;
    c.texts.push_back({ QPointF(kLeft, 18), spec.title, ChartLayout::Anchor::Start, 14, true });

    double xMax = 0;
    for (const ChartLine &l : spec.lines) {
        for (const QPointF &p : l.points) {
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                continue;
            xMax = std::max(xMax, p.x());
            c.empty = false;
        }
    }
    if (c.empty) {
        c.height = kTop + plotHeight + 10;
        c.texts.push_back({ QPointF(kLeft, kTop + plotHeight / 2), Tr::tr("no data in the series"),
            ChartLayout::Anchor::Start, 13, false, false, true });
        return c;
    }
    const double xStep = niceStep(xMax, 8);
    // One outlying interval does not set the scale (the dashboard's rule): it goes off it.
    ChartScale::ColumnPeaks peaks({ 0, std::max(xMax, xStep), maxPointsPerLine / 4 });
    for (const ChartLine &l : spec.lines) {
        for (const QPointF &p : l.points) {
            if (std::isfinite(p.x()) && std::isfinite(p.y()))
                peaks.add(p);
        }
    }
    const double yMax = peaks.fit().top;
    const double yStep = niceStep(yMax, 5);
    plot.x1 = std::max(xMax, xStep); // the axes start at 0
    plot.y1 = std::max(std::ceil(yMax / yStep - 1e-9) * yStep, yStep);
    layoutAxes(spec, plot, xStep, yStep, &c);

    for (std::size_t i = 0; i < spec.lines.size(); ++i) {
        const QString colour = QLatin1String(palette[i % (sizeof palette / sizeof *palette)]);
        c.lines.push_back(layoutLine(spec.lines[i], plot, colour, &c.offScale));
        const QPointF at = keyAt[i];
        c.keys.push_back({ QRectF(at.x(), at.y() - 5, 12, 3), colour });
        c.texts.push_back({ QPointF(at.x() + 16, at.y()), names.at(qsizetype(i)) });
    }
    keepOffScaleReadable(&c.offScale, width);
    return c;
}

} // namespace LockLens::Report
