// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportchart.h"

#include "decimate.h"
#include "reporttext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace LockLens::Report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LockLens::Report", text);
}

const char *const palette[] = { "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
    "#7f7f7f", "#bcbd22", "#17becf" };

constexpr qsizetype kMarkersUpTo = 60;
constexpr double kLeft = 70, kRight = 20, kTop = 30;
constexpr double kAxisLabels = 40; // below the plot: tick labels and the x axis's label
constexpr double kLegendRow = 16;

// A step of 1, 2 or 5 times a power of ten giving about `ticks` ticks over [0, span].
double niceStep(double span, int ticks)
{
    if (!(span > 0))
        return 1;
    const double raw = span / ticks;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 5.0 }) {
        if (raw <= m * p)
            return m * p;
    }
    return 10 * p;
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

QList<QPointF> workerLine(const RunFigures &r, std::size_t w, std::optional<double> Interval::Worker::*field)
{
    QList<QPointF> pts;
    for (const Interval &p : r.series) {
        if (w < p.workers.size() && (p.workers[w].*field))
            pts << QPointF(p.tS, *(p.workers[w].*field));
    }
    return pts;
}

std::vector<ChartSpec> runCharts(const RunFigures &r, const QString &seconds)
{
    std::vector<ChartSpec> c;
    c.push_back({ tr("Throughput"), seconds, tr("per second"),
        { { tr("operations/s"), lineOf(r, [](const Interval &p) { return p.opsPerS; }) },
            { tr("commits/s"), lineOf(r, [](const Interval &p) { return p.txPerS; }) } } });
    std::vector<ChartLine> perWorker, waits;
    for (std::size_t w = 0; w < r.workerFigures.size(); ++w) {
        perWorker.push_back({ r.workerFigures[w].name, workerLine(r, w, &Interval::Worker::opsPerS) });
        waits.push_back({ r.workerFigures[w].name, workerLine(r, w, &Interval::Worker::lockWaitPerS) });
    }
    const bool drawWorkers = perWorker.size() > 1 && perWorker.size() <= 16;
    if (drawWorkers)
        c.push_back({ tr("Throughput per worker"), seconds, tr("operations/s"), std::move(perWorker) });
    c.push_back({ tr("Lock waits"), seconds, tr("clients waiting (s/s)"),
        { { tr("waiting for SQLite's locks"), lineOf(r, [](const Interval &p) { return p.lockWaitPerS; }) },
            { tr("waiting for the application"),
                lineOf(r, [](const Interval &p) { return p.appWaitPerS; }) } } });
    if (drawWorkers)
        c.push_back({ tr("Lock waits per worker"), seconds, tr("waiting (s/s)"), std::move(waits) });
    c.push_back({ tr("Busy events and errors"), seconds, tr("per second"),
        { { tr("busy events/s"), lineOf(r, [](const Interval &p) { return p.busyPerS; }) },
            { tr("errors/s"), lineOf(r, [](const Interval &p) { return p.errorsPerS; }) } } });
    c.push_back({ tr("Operation latency"), seconds, tr("milliseconds"),
        { { tr("p50"), lineOf(r, [](const Interval &p) { return p.p50Ms; }) },
            { tr("p99"), lineOf(r, [](const Interval &p) { return p.p99Ms; }) } } });
    return c;
}

} // namespace

std::vector<ChartSpec> chartsOf(const Model &m)
{
    const QString seconds = tr("seconds since the load started");
    if (m.runs.empty())
        return {};
    if (!m.isComparison())
        return runCharts(m.runs.front(), seconds);
    const auto perRun = [&m](const Pick &pick) {
        std::vector<ChartLine> lines;
        for (const RunFigures &r : m.runs)
            lines.push_back({ r.label, lineOf(r, pick) });
        return lines;
    };
    return {
        { tr("Throughput"), seconds, tr("operations/s"),
            perRun([](const Interval &p) { return p.opsPerS; }) },
        { tr("Lock waits"), seconds, tr("clients waiting for SQLite's locks (s/s)"),
            perRun([](const Interval &p) { return p.lockWaitPerS; }) },
        { tr("Busy events"), seconds, tr("busy events/s"),
            perRun([](const Interval &p) { return p.busyPerS; }) },
        { tr("Operation latency p99"), seconds, tr("milliseconds"),
            perRun([](const Interval &p) { return p.p99Ms; }) },
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

ChartLayout layoutChart(const ChartSpec &spec, double width, double plotHeight)
{
    ChartLayout c;
    c.width = width;
    c.title = spec.title;
    const double plotW = width - kLeft - kRight, plotH = plotHeight;
    using Anchor = ChartLayout::Anchor;

    // The legend, wrapped into rows that fit the width.
    const double legendTop = kTop + plotH + kAxisLabels;
    double legendX = kLeft;
    int rows = spec.lines.empty() ? 0 : 1;
    std::vector<QPointF> keyAt;
    QStringList names;
    for (const ChartLine &l : spec.lines) {
        names << (l.name.size() > 40 ? l.name.left(39) + QChar(0x2026) : l.name);
        const double w = 16 + estimatedWidth(names.last(), 11) + 18;
        if (legendX > kLeft && legendX + w > width - kRight) {
            legendX = kLeft;
            ++rows;
        }
        keyAt.emplace_back(legendX, legendTop + rows * kLegendRow);
        legendX += w;
    }
    c.height = legendTop + rows * kLegendRow + 10;

    c.texts.push_back({ QPointF(kLeft, 18), spec.title, Anchor::Start, 14, true });
    double xMax = 0, yMax = 0;
    for (const ChartLine &l : spec.lines) {
        for (const QPointF &p : l.points) {
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                continue;
            xMax = std::max(xMax, p.x());
            yMax = std::max(yMax, p.y());
            c.empty = false;
        }
    }
    if (c.empty) {
        c.height = kTop + plotH + 10;
        c.texts.push_back({ QPointF(kLeft, kTop + plotH / 2), tr("no data in the series"), Anchor::Start, 13,
            false, false, true });
        return c;
    }
    const double xStep = niceStep(xMax, 8);
    const double yStep = niceStep(yMax, 5);
    const double x1 = std::max(xMax, xStep); // the axes start at 0
    const double y1 = std::max(std::ceil(yMax / yStep - 1e-9) * yStep, yStep);
    const auto px = [&](double x) { return kLeft + x / x1 * plotW; };
    const auto py = [&](double y) { return kTop + plotH - y / y1 * plotH; };
    const double bottom = kTop + plotH;

    for (double y = 0; y <= y1 + yStep * 1e-6; y += yStep) {
        c.grid.emplace_back(kLeft, py(y), kLeft + plotW, py(y));
        c.texts.push_back({ QPointF(kLeft - 6, py(y) + 4), tickLabel(y, yStep), Anchor::End });
    }
    for (double x = 0; x <= x1 + xStep * 1e-6; x += xStep) {
        c.axes.emplace_back(px(x), bottom, px(x), bottom + 5);
        c.texts.push_back({ QPointF(px(x), bottom + 18), tickLabel(x, xStep), Anchor::Middle });
    }
    c.axes.emplace_back(kLeft, kTop, kLeft, bottom);
    c.axes.emplace_back(kLeft, bottom, kLeft + plotW, bottom);
    c.texts.push_back({ QPointF(kLeft + plotW / 2, bottom + 34), spec.xLabel, Anchor::Middle });
    c.texts.push_back({ QPointF(14, kTop + plotH / 2), spec.yLabel, Anchor::Middle, 11, false, true });

    for (std::size_t i = 0; i < spec.lines.size(); ++i) {
        const QString colour = QLatin1String(palette[i % (sizeof palette / sizeof *palette)]);
        QList<QPointF> finite;
        for (const QPointF &p : spec.lines[i].points) {
            if (std::isfinite(p.x()) && std::isfinite(p.y()))
                finite << p;
        }
        ChartLayout::Line line { colour, {}, false };
        for (const QPointF &p : decimateMinMax(finite, 0, x1, maxPointsPerLine / 4))
            line.points << QPointF(px(p.x()), py(p.y()));
        line.markers = line.points.size() <= kMarkersUpTo;
        c.lines.push_back(std::move(line));
        const QPointF at = keyAt[i];
        c.keys.push_back({ QRectF(at.x(), at.y() - 5, 12, 3), colour });
        c.texts.push_back({ QPointF(at.x() + 16, at.y()), names.at(qsizetype(i)) });
    }
    return c;
}

} // namespace LockLens::Report
