// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

namespace LockLens {

// Thins a line for drawing `columns` pixels wide without changing what it looks like: the
// points (sorted by x) are bucketed into columns over [x0, x1]; each column keeps its
// first, lowest, highest and last point, in x order. Points outside [x0, x1] keep one
// neighbour on each side so the line still reaches the edges. A line with no more than
// 4 points per column is returned as it is.
QList<QPointF> decimateMinMax(const QList<QPointF> &points, double x0, double x1, int columns);

} // namespace LockLens
