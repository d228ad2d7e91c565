// SPDX-License-Identifier: GPL-3.0-or-later
#include "decimate.h"

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
        qsizetype lo = i, hi = i;
        for (++i; i < to && b.of(p[i].x()) == bucket; ++i) {
            if (p[i].y() < p[lo].y())
                lo = i;
            if (p[i].y() > p[hi].y())
                hi = i;
        }
        *lastFrom = begin;
        *lastOut = out->size();
        // first, then the extremes in x order, then last; no point twice
        const qsizetype picks[4] = { begin, std::min(lo, hi), std::max(lo, hi), i - 1 };
        for (int k = 0; k < 4; ++k) {
            if (k == 0 || picks[k] != picks[k - 1])
                out->append(p[picks[k]]);
        }
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
