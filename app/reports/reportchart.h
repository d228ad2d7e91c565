// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/reports/reportmodel.h"

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace LockLens::Report {

struct ChartLine
{
    QString name;
    QList<QPointF> points; // x in seconds, sorted; a y of NaN is a gap (an interval without a figure)
};

// A line chart of a report: what it shows, before it is laid out.
struct ChartSpec
{
    QString title, xLabel, yLabel;
    std::vector<ChartLine> lines;
};

// At most this many points are drawn per line (min/max thinning keeps its shape).
constexpr int maxPointsPerLine = 1000;

// The charts a report shows, in order: for one run its throughput, waits, busy events and
// latency (and per worker when there are 2 to 16 workers); for a comparison one line per run.
std::vector<ChartSpec> chartsOf(const Model &m);

// A chart laid out in its own units (one unit is one SVG pixel): every writer draws the same
// geometry, so the HTML's SVG and the PDF's vectors show the same chart.
struct ChartLayout
{
    enum class Anchor { Start, Middle, End };
    struct Text
    {
        QPointF at; // the baseline point the anchor refers to
        QString text;
        Anchor anchor = Anchor::Start;
        double size = 11; // font size in units
        bool bold = false;
        bool vertical = false; // rotated a quarter turn anticlockwise about `at`
        bool muted = false;
    };
    struct Line
    {
        QString colour; // #rrggbb
        // Thinned, in units: a polyline per piece of the line between its gaps, cut where it
        // leaves the plot at the top.
        std::vector<QList<QPointF>> pieces;
        QList<QPointF> dots; // a line of few points: a dot on each measurement inside the plot
    };
    // A point above the y axis (ChartScale::fit): a triangle at the plot's top, its value beside.
    struct OffScale
    {
        QPointF at; // the triangle's tip, on the plot's top edge
        double value = 0;
        QString text; // the value, or "" where it would cover another's
        QPointF textAt; // where the text begins (its baseline)
        QString colour;
    };
    struct Key
    {
        QRectF swatch;
        QString colour;
    };

    double width = 0, height = 0;
    QString title;
    bool empty = true; // no finite point: only the title and a note
    std::vector<QLineF> grid; // light horizontal rules at the y ticks
    std::vector<QLineF> axes; // the two axes and the x ticks
    std::vector<Text> texts; // title, tick labels, axis labels, legend names, the empty note
    std::vector<Line> lines;
    std::vector<Key> keys; // legend swatches (their names are in `texts`)
    std::vector<OffScale> offScale;
};

// Lays out `spec` at `width` units wide; the height is `plotHeight` plus the title, the axes'
// labels and as many legend rows as the names need (the legend wraps instead of running off).
// The y axis reaches the highest point unless a few outlying ones would flatten the rest
// (ChartScale::fit, as in the dashboard): those are drawn off the scale.
ChartLayout layoutChart(const ChartSpec &spec, double width = 880, double plotHeight = 190);

// The width of `text` in units at font size `size`, estimated without fonts: wide (CJK)
// characters count double. Used for the legend's wrapping.
double estimatedWidth(const QString &text, double size);

} // namespace LockLens::Report
