// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/recorder/clock.h"

#include <atomic>
#include <thread>

#if defined(LOCKLENS_HAVE_TSC) && !defined(_MSC_VER)
#include <cpuid.h>
#endif

namespace LockLens::Clock {

namespace {

bool invariantTsc()
{
#ifdef LOCKLENS_HAVE_TSC
#if defined(_MSC_VER)
    int regs[4] = {};
    __cpuid(regs, 0x80000000);
    if (unsigned(regs[0]) < 0x80000007u)
        return false;
    __cpuid(regs, 0x80000007);
    return (regs[3] & (1 << 8)) != 0;
#else
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (__get_cpuid_max(0x80000000u, nullptr) < 0x80000007u)
        return false;
    __get_cpuid(0x80000007u, &a, &b, &c, &d);
    return (d & (1u << 8)) != 0;
#endif
#else
    return false;
#endif
}

struct Anchor
{
    std::uint64_t ticks;
    std::uint64_t ns;
};

// A tick count and the steady time of the same moment: the counter read between two reads
// of steady_clock, the tightest of a few tries. A thread preempted between two plain reads
// (a busy machine, a virtual one) would tie the ticks to a time microseconds off, and at
// 2 ms of calibration that is a ratio off by a percent.
Anchor sample()
{
    Anchor best { 0, 0 };
    std::uint64_t bestGap = ~std::uint64_t(0);
    for (int i = 0; i < 5; ++i) {
        const std::uint64_t before = detail::steadyNs();
        const std::uint64_t ticks = now();
        const std::uint64_t after = detail::steadyNs();
        if (after - before < bestGap) {
            bestGap = after - before;
            best = { ticks, before + (after - before) / 2 };
        }
    }
    return best;
}

} // namespace

const bool detail::useTsc = invariantTsc();

namespace {
// Taken during static initialisation, after useTsc (same translation unit, later line).
const Anchor anchor = sample();
} // namespace

double nsPerTick()
{
    if (!detail::useTsc)
        return 1.0;
    // The ratio sharpens as the process ages; 2 ms of tight samples already put the error
    // below 1e-4, and after a second it is settled (error below 1e-6): kept, so that later
    // calls cost a load instead of five bracketed samples.
    static std::atomic<double> settled { 0.0 };
    if (const double r = settled.load(std::memory_order_relaxed); r > 0)
        return r;
    const std::uint64_t ns = detail::steadyNs();
    if (ns - anchor.ns < 2'000'000)
        std::this_thread::sleep_for(std::chrono::nanoseconds(2'000'000 - (ns - anchor.ns)));
    const Anchor at = sample();
    if (at.ticks <= anchor.ticks || at.ns <= anchor.ns)
        return 1.0;
    const double ratio = double(at.ns - anchor.ns) / double(at.ticks - anchor.ticks);
    if (at.ns - anchor.ns > 1'000'000'000)
        settled.store(ratio, std::memory_order_relaxed);
    return ratio;
}

} // namespace LockLens::Clock
