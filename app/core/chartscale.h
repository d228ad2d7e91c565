// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/decimate.h"

#include <QPointF>
#include <QString>

#include <initializer_list>
#include <vector>

// How high a chart's y axis reaches, so that one outlying interval (the closing interval's
// p99, a checkpoint's stall) does not flatten the rest of the run: the dashboard's charts
// and the reports' charts choose it by the same rule. GUI-free.
namespace LockLens::ChartScale {

// A column this many times above the rest of the chart is drawn off the scale, at most
// one per ColumnsPerOutlier columns that hold points (a run with more such spikes is a
// spiky run, and is drawn as one).
constexpr double OutlierFactor = 3;
constexpr int ColumnsPerOutlier = 10;

struct Fit
{
    double top = 0; // what the axis must reach
    bool clipped = false; // points above `top` are off the scale
};

// The highest point of each column of a chart, every line together: the lines' points at
// one interval fall into one column, so an outlying interval is one column however many
// lines (workers) it spikes in.
class ColumnPeaks
{
public:
    explicit ColumnPeaks(const Buckets &columns);
    void add(const QPointF &p); // NaN (a gap) and points outside the columns are ignored
    // The highest column; unless at most (columns with points / ColumnsPerOutlier) columns
    // lie more than OutlierFactor times above the highest of the others (and that is above
    // 0): then the highest of the columns that do not, clipped.
    Fit fit() const;

private:
    Buckets m_columns;
    std::vector<double> m_max; // per column; NaN: no point
};

// A value written beside a point drawn off the scale: three or four significant digits,
// "370", "3,071", "12.3k".
QString offScaleText(double v);

// Round numbers for axes: the first of `multiples` (ascending, each times the power of ten
// at or below `v`) that reaches `v * factor`, else ten times that power; 1 for v <= 0.
double roundUp(double v, std::initializer_list<double> multiples, double factor = 1.0);
// A round upper bound for a y axis: 1, 2 or 5 times a power of ten, 5 % above `v`.
inline double niceCeil(double v)
{
    return roundUp(v, { 1.0, 2.0, 5.0, 10.0 }, 1.05);
}
// A round tick step (1, 2, 2.5 or 5 times a power of ten) of at least `v`.
inline double niceStep(double v)
{
    return roundUp(v, { 1.0, 2.0, 2.5, 5.0 }, 0.999);
}

} // namespace LockLens::ChartScale
