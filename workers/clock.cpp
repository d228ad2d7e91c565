// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

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

} // namespace

const bool detail::useTsc = invariantTsc();

namespace {
// Taken during static initialisation, after useTsc (same translation unit, later line).
const Anchor anchor = { now(), detail::steadyNs() };
} // namespace

double nsPerTick()
{
    if (!detail::useTsc)
        return 1.0;
    // The ratio sharpens as the process ages; 2 ms already puts the error below 1e-4.
    std::uint64_t ns = detail::steadyNs();
    if (ns - anchor.ns < 2'000'000)
        std::this_thread::sleep_for(std::chrono::nanoseconds(2'000'000 - (ns - anchor.ns)));
    const std::uint64_t t = now();
    ns = detail::steadyNs();
    if (t <= anchor.ticks)
        return 1.0;
    return double(ns - anchor.ns) / double(t - anchor.ticks);
}

} // namespace LockLens::Clock
