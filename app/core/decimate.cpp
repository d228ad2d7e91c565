// SPDX-License-Identifier: GPL-3.0-or-later
#include "decimate.h"

#include <algorithm>
#include <cmath>

namespace LockLens {

QList<QPointF> decimateMinMax(const QList<QPointF> &points, double x0, double x1, int columns)
{
    if (columns < 1 || !(x1 > x0))
        return points;
    const auto byX = [](const QPointF &p, double x) { return p.x() < x; };
    auto first = std::lower_bound(points.cbegin(), points.cend(), x0, byX);
    auto last
        = std::lower_bound(first, points.cend(), x1, [](const QPointF &p, double x) { return p.x() <= x; });
    if (first != points.cbegin())
        --first;
    if (last != points.cend())
        ++last;
    const qsizetype n = last - first;
    if (n <= 4 * qsizetype(columns))
        return QList<QPointF>(first, last);

    QList<QPointF> out;
    out.reserve(4 * columns + 2);
    const double perColumn = columns / (x1 - x0);
    auto bucketOf = [&](double x) {
        return std::clamp<long long>(std::llround(std::floor((x - x0) * perColumn)), -1, columns);
    };
    auto it = first;
    while (it != last) {
        const long long bucket = bucketOf(it->x());
        const auto begin = it;
        auto lo = it, hi = it;
        for (++it; it != last && bucketOf(it->x()) == bucket; ++it) {
            if (it->y() < lo->y())
                lo = it;
            if (it->y() > hi->y())
                hi = it;
        }
        const auto end = it - 1;
        // first, then the extremes in x order, then last; no point twice
        const QList<QPointF>::const_iterator picks[4] = { begin, std::min(lo, hi), std::max(lo, hi), end };
        for (int i = 0; i < 4; ++i) {
            if (i > 0 && picks[i] == picks[i - 1])
                continue;
            out.append(*picks[i]);
        }
    }
    return out;
}

} // namespace LockLens
