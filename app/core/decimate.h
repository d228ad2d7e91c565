// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

#include <utility>

namespace LockLens {

// The columns a line is thinned into: `columns` of equal width over [x0, x1], and one
// before and one after them for the points beyond the edges.
struct Buckets
{
    Buckets(double x0, double x1, int columns);
    long long of(double x) const; // -1 .. columns

    double x0, x1;
    int columns;
    double perColumn;
};

// The points of a line (sorted by x) that drawing [x0, x1] needs: those inside and one
// neighbour beyond each edge, so the line still reaches the edges. [first, last).
std::pair<qsizetype, qsizetype> windowOf(const QList<QPointF> &points, double x0, double x1);

// Thins points[from, to) column by column, appending each column's first, lowest, highest
// and last point (in x order, no point twice) to *out. A point whose y is NaN is a gap in
// the line: a column with one keeps a NaN point before or after its other points. *lastFrom and *lastOut tell
// where the last column began, in `points` and in *out: a line that only grows at its end is thinned again
// from there, the columns before it being complete.
void thinColumns(const QList<QPointF> &points, qsizetype from, qsizetype to, const Buckets &b,
    QList<QPointF> *out, qsizetype *lastFrom, qsizetype *lastOut);

// Thins a line for drawing `columns` pixels wide without changing what it looks like:
// thinColumns over the window of [x0, x1]. A line with no more than 4 points per column
// is returned as it is.
QList<QPointF> decimateMinMax(const QList<QPointF> &points, double x0, double x1, int columns);

} // namespace LockLens
