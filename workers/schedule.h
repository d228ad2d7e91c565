// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/operation.h"
#include "workers/recorder/clock.h"

#include <algorithm>
#include <cstdint>

namespace LockLens {

// Poisson arrivals for one client: successive scheduled starts in clock ticks.
class Schedule
{
public:
    Schedule(double opsPerSecond, std::uint64_t seed)
        : m_rng(seed ^ 0x9e3779b97f4a7c15ull)
        , m_ticksPerOp(opsPerSecond > 0 ? 1e9 / opsPerSecond / Clock::nsPerTick() : 0)
        , m_next(Clock::now())
    {
    }
    bool active() const { return m_ticksPerOp > 0; }
    // Scheduled start of the next transaction of n operations.
    std::uint64_t next(int n)
    {
        const std::uint64_t at = m_next;
        // Clamped: a gap beyond a year is as good as never, and the cast stays defined.
        const double gap = std::min(m_rng.exponential(m_ticksPerOp * n), 3.2e16);
        m_next += std::uint64_t(gap);
        return at;
    }

private:
    Rng m_rng;
    double m_ticksPerOp;
    std::uint64_t m_next;
};

} // namespace LockLens
