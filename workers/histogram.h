// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <vector>

#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
#endif

namespace LockLens {

// Log-linear bucketing: values below 16 get a bucket each; above, each power of two is
// split into 16 sub-buckets, so a bucket's width is at most 1/16 of its value (about 3%
// error at the midpoint). Values are clock ticks.
namespace HistogramBuckets {
constexpr int SubBits = 4;
constexpr int Sub = 1 << SubBits;
constexpr int Count = (64 - SubBits + 1) * Sub;

inline int highestBit(std::uint64_t v) noexcept
{
#if defined(_MSC_VER) && !defined(__clang__)
    unsigned long i = 0;
    _BitScanReverse64(&i, v);
    return int(i);
#else
    return 63 - __builtin_clzll(v);
#endif
}

inline int indexOf(std::uint64_t v) noexcept
{
    if (v < std::uint64_t(Sub))
        return int(v);
    const int msb = highestBit(v);
    const int shift = msb - SubBits;
    return (shift + 1) * Sub + int((v >> shift) & (Sub - 1));
}
std::uint64_t lowerBound(int index) noexcept;
std::uint64_t upperBound(int index) noexcept; // inclusive
} // namespace HistogramBuckets

// A plain copy of a histogram: mergeable, subtractable, and answers percentiles.
struct HistogramData
{
    std::vector<std::uint64_t> counts; // empty means all zero
    std::uint64_t max = 0; // largest value recorded (ticks)

    std::uint64_t total() const;
    // Value (ticks) at quantile q in [0,1]: the midpoint of the bucket that holds it,
    // never above max. 0 for an empty histogram.
    std::uint64_t quantile(double q) const;
    void merge(const HistogramData &other);
    // counts of this minus an earlier copy of the same histogram (max kept from this).
    HistogramData since(const HistogramData &earlier) const;
};

// Written by one thread only (no read-modify-write atomics); read by a sampler at any time.
class LatencyHistogram
{
public:
    void record(std::uint64_t ticks) noexcept
    {
        auto &slot = m_counts[std::size_t(HistogramBuckets::indexOf(ticks))];
        slot.store(slot.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
        if (ticks > m_max.load(std::memory_order_relaxed))
            m_max.store(ticks, std::memory_order_relaxed);
    }
    HistogramData snapshot() const;

private:
    std::array<std::atomic<std::uint64_t>, HistogramBuckets::Count> m_counts {};
    std::atomic<std::uint64_t> m_max { 0 };
};

} // namespace LockLens
