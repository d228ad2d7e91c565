// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/histogram.h"

#include <algorithm>
#include <cmath>

namespace LockLens {

std::uint64_t HistogramBuckets::lowerBound(int index) noexcept
{
    if (index < Sub)
        return std::uint64_t(index);
    const int shift = index / Sub - 1;
    return (std::uint64_t(Sub + index % Sub)) << shift;
}

std::uint64_t HistogramBuckets::upperBound(int index) noexcept
{
    if (index < Sub)
        return std::uint64_t(index);
    const int shift = index / Sub - 1;
    return lowerBound(index) + ((std::uint64_t(1) << shift) - 1);
}

std::uint64_t HistogramData::total() const
{
    std::uint64_t n = 0;
    for (auto c : counts)
        n += c;
    return n;
}

std::uint64_t HistogramData::quantile(double q) const
{
    const std::uint64_t n = total();
    if (n == 0)
        return 0;
    q = std::clamp(q, 0.0, 1.0);
    const auto rank = std::max<std::uint64_t>(1, std::uint64_t(std::ceil(q * double(n))));
    std::uint64_t seen = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        seen += counts[i];
        if (seen >= rank) {
            const auto lo = HistogramBuckets::lowerBound(int(i));
            const auto hi = HistogramBuckets::upperBound(int(i));
            return std::min(lo + (hi - lo) / 2, max);
        }
    }
    return max;
}

void HistogramData::merge(const HistogramData &other)
{
    if (other.counts.empty())
        return;
    if (counts.empty())
        counts.assign(other.counts.size(), 0);
    for (std::size_t i = 0; i < counts.size(); ++i)
        counts[i] += other.counts[i];
    max = std::max(max, other.max);
}

HistogramData HistogramData::since(const HistogramData &earlier) const
{
    HistogramData d = *this;
    if (!earlier.counts.empty() && !d.counts.empty()) {
        for (std::size_t i = 0; i < d.counts.size(); ++i)
            d.counts[i] -= std::min(d.counts[i], earlier.counts[i]);
    }
    // The largest value of the interval alone is not kept; bound it by the bucket.
    std::uint64_t hi = 0;
    for (std::size_t i = d.counts.size(); i-- > 0;) {
        if (d.counts[i]) {
            hi = HistogramBuckets::upperBound(int(i));
            break;
        }
    }
    d.max = std::min(d.max, hi);
    return d;
}

HistogramData LatencyHistogram::snapshot() const
{
    HistogramData d;
    d.counts.resize(m_counts.size());
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        d.counts[i] = m_counts[i].load(std::memory_order_relaxed);
    d.max = m_max.load(std::memory_order_relaxed);
    return d;
}

} // namespace LockLens
