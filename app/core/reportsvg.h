// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <vector>

namespace LockLens::Report {

struct ChartLine
{
    QString name;
    QList<QPointF> points; // x in seconds, sorted
};

// At most this many points are drawn per line (min/max thinning keeps its shape).
constexpr int maxPointsPerLine = 1000;

// A line chart as an inline <svg> element (SVG 1.1, well-formed XML, no external
// resources): axes from 0, ticks and labels, one coloured polyline per line and a legend.
// Text is escaped. A chart without points says so instead.
QString svgLineChart(const QString &title, const QString &xLabel, const QString &yLabel,
    const std::vector<ChartLine> &lines, int width = 880, int height = 280);

} // namespace LockLens::Report
