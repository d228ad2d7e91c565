// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/chartscale.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>

namespace LockLens::ChartScale {

ColumnPeaks::ColumnPeaks(const Buckets &columns)
    : m_columns(columns)
    , m_max(std::size_t(columns.columns), std::nan(""))
{
}

void ColumnPeaks::add(const QPointF &p)
{
    if (std::isnan(p.y()) || p.x() < m_columns.x0 || p.x() > m_columns.x1)
        return;
    const long long c = std::clamp<long long>(m_columns.of(p.x()), 0, m_columns.columns - 1);
    double &m = m_max[std::size_t(c)];
    if (std::isnan(m) || p.y() > m)
        m = p.y();
}

Fit ColumnPeaks::fit() const
{
    std::vector<double> peaks;
    for (double m : m_max) {
        if (!std::isnan(m))
            peaks.push_back(m);
    }
    if (peaks.empty())
        return {};
    const std::size_t outliers = peaks.size() / std::size_t(ColumnsPerOutlier);
    std::partial_sort(
        peaks.begin(), peaks.begin() + std::ptrdiff_t(outliers + 1), peaks.end(), std::greater<>());
    const double top = peaks[0], rest = peaks[outliers];
    if (!(rest > 0) || top <= OutlierFactor * rest)
        return { top, false };
    // Only the columns far above the rest go off the scale; those set aside that are not
    // stay on it.
    double kept = rest;
    for (std::size_t i = 0; i < outliers; ++i) {
        if (peaks[i] <= OutlierFactor * rest)
            kept = std::max(kept, peaks[i]);
    }
    return { kept, true };
}

QString offScaleText(double v)
{
    const QLocale locale;
    const double a = std::abs(v);
    if (a >= 1e9)
        return locale.toString(v, 'g', 3);
    if (a >= 1e6)
        return QStringLiteral("%1M").arg(locale.toString(v / 1e6, 'g', 3));
    if (a >= 1e4)
        return QStringLiteral("%1k").arg(locale.toString(v / 1e3, 'g', 3));
    return locale.toString(v, 'g', a >= 1000 ? 4 : 3);
}

double roundUp(double v, std::initializer_list<double> multiples, double factor)
{
    if (!(v > 0))
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : multiples) {
        if (m * p >= v * factor)
            return m * p;
    }
    return 10 * p;
}

} // namespace LockLens::ChartScale
