// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/decimate.h"

#include <algorithm>
#include <cmath>

namespace LockLens {

Buckets::Buckets(double from, double to, int n)
    : x0(from)
    , x1(to)
    , columns(std::max(1, n))
    , perColumn(to > from ? columns / (to - from) : 0)
{
}

long long Buckets::of(double x) const
{
    return std::clamp<long long>(std::llround(std::floor((x - x0) * perColumn)), -1, columns);
}

std::pair<qsizetype, qsizetype> windowOf(const QList<QPointF> &points, double x0, double x1)
{
    auto first = std::lower_bound(
        points.cbegin(), points.cend(), x0, [](const QPointF &p, double x) { return p.x() < x; });
    auto last
        = std::lower_bound(first, points.cend(), x1, [](const QPointF &p, double x) { return p.x() <= x; });
    if (first != points.cbegin())
        --first;
    if (last != points.cend())
        ++last;
    return { first - points.cbegin(), last - points.cbegin() };
}

void thinColumns(const QList<QPointF> &points, qsizetype from, qsizetype to, const Buckets &b,
    QList<QPointF> *out, qsizetype *lastFrom, qsizetype *lastOut)
{
    *lastFrom = from;
    *lastOut = out->size();
    const QPointF *p = points.constData();
    qsizetype i = from;
    while (i < to) {
        const long long bucket = b.of(p[i].x());
        const qsizetype begin = i;
        // The column's finite extremes; a gap (NaN) before its first finite point, and one
        // after it (a gap in its middle is put at its end: within the column's pixels).
        qsizetype first = -1, lo = -1, hi = -1, last = -1, gapBefore = -1;
        bool gapAfter = false;
        for (; i < to && b.of(p[i].x()) == bucket; ++i) {
            if (std::isnan(p[i].y())) {
                if (first < 0)
                    gapBefore = i;
                else
                    gapAfter = true;
                continue;
            }
            if (first < 0)
                first = lo = hi = i;
            if (p[i].y() < p[lo].y())
                lo = i;
            if (p[i].y() > p[hi].y())
                hi = i;
            last = i;
        }
        *lastFrom = begin;
        *lastOut = out->size();
        if (gapBefore >= 0)
            out->append(p[gapBefore]);
        if (first < 0)
            continue;
        // first, then the extremes in x order, then last; no point twice
        const qsizetype picks[4] = { first, std::min(lo, hi), std::max(lo, hi), last };
        for (int k = 0; k < 4; ++k) {
            if (k == 0 || picks[k] != picks[k - 1])
                out->append(p[picks[k]]);
        }
        if (gapAfter)
            out->append({ p[last].x(), std::nan("") });
    }
}

QList<QPointF> decimateMinMax(const QList<QPointF> &points, double x0, double x1, int columns)
{
    if (columns < 1 || !(x1 > x0))
        return points;
    const auto [first, last] = windowOf(points, x0, x1);
    if (last - first <= 4 * qsizetype(columns))
        return points.mid(first, last - first);
    QList<QPointF> out;
    out.reserve(4 * columns + 2);
    qsizetype lastFrom = 0, lastOut = 0;
    thinColumns(points, first, last, { x0, x1, columns }, &out, &lastFrom, &lastOut);
    return out;
}

} // namespace LockLens
