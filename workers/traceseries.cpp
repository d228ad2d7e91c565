// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/traceseries.h"

#include <algorithm>
#include <type_traits>

namespace LockLens::Trace {

namespace {

// Adds `b`'s counts into `a`, the vectors per worker included (`b` may have more workers).
template<typename T> void addEach(std::vector<T> &a, const std::vector<T> &b)
{
    a.resize(std::max(a.size(), b.size()));
    for (std::size_t i = 0; i < b.size(); ++i) {
        if constexpr (std::is_arithmetic_v<T>) {
            a[i] += b[i];
        } else {
            for (std::size_t k = 0; k < b[i].size(); ++k)
                a[i][k] += b[i][k];
        }
    }
}

void merge(SeriesPoint &a, const SeriesPoint &b)
{
    a.tS = b.tS;
    a.intervalS += b.intervalS;
    a.ops += b.ops;
    a.tx += b.tx;
    a.failedTx += b.failedTx;
    a.busyEvents += b.busyEvents;
    a.errors += b.errors;
    a.lockWaitS += b.lockWaitS;
    for (std::size_t k = 0; k < a.errorsByClass.size(); ++k)
        a.errorsByClass[k] += b.errorsByClass[k];
    if (b.workerOps.empty() && !a.workerOps.empty()) {
        // More connections than lists are kept for came in `b`: the point keeps its totals
        // only, as every later one would (per-connection figures for part of it would not add up).
        a.workerOps.clear();
        a.workerLockWaitS.clear();
        a.workerBusyEvents.clear();
        a.workerErrors.clear();
        return;
    }
    addEach(a.workerOps, b.workerOps);
    addEach(a.workerLockWaitS, b.workerLockWaitS);
    addEach(a.workerBusyEvents, b.workerBusyEvents);
    addEach(a.workerErrors, b.workerErrors);
}

} // namespace

void Series::sample(const std::vector<Connection> &connections, double tS)
{
    sample(connections, std::vector<bool>(connections.size(), true), tS);
}

void Series::sample(const std::vector<Connection> &all, const std::vector<bool> &kept, double tS)
{
    if (!(tS > m_lastS))
        return;
    SeriesPoint p;
    p.tS = tS;
    p.intervalS = tS - m_lastS;
    m_lastS = tS;
    m_seen.resize(std::max(m_seen.size(), all.size()));
    const std::size_t n = std::min(all.size(), kept.size());
    const bool perWorker = std::size_t(std::count(kept.begin(), kept.begin() + std::ptrdiff_t(n), true)) <= MaxWorkerLists;
    for (std::size_t i = 0; i < n; ++i) {
        if (!kept[i])
            continue;
        const Connection &c = all[i];
        Seen &seen = m_seen[i];
        // Counters are read at intervals and may lag the records: never a negative step.
        const auto step = [](std::uint64_t now, std::uint64_t &before) {
            const std::uint64_t d = now > before ? now - before : 0;
            before = std::max(before, now);
            return d;
        };
        const std::uint64_t ops = step(c.statements, seen.statements);
        const std::uint64_t refused = step(c.busyAttempts, seen.refused);
        p.ops += ops;
        p.tx += step(c.commits, seen.commits);
        p.failedTx += step(c.rollbacks, seen.rollbacks);
        p.busyEvents += refused;
        const double wait = std::max(0.0, c.sleepS - seen.sleepS);
        seen.sleepS = std::max(seen.sleepS, c.sleepS);
        p.lockWaitS += wait;
        std::array<std::uint64_t, ErrorClassCount> errors {};
        for (std::size_t k = 0; k < errors.size(); ++k) {
            errors[k] = step(c.errors[k], seen.errors[k]);
            p.errorsByClass[k] += errors[k];
            p.errors += errors[k];
        }
        if (perWorker) {
            p.workerOps.push_back(ops);
            p.workerLockWaitS.push_back(wait);
            p.workerBusyEvents.push_back(refused);
            p.workerErrors.push_back(errors);
        }
    }
    m_points.push_back(std::move(p));
}

void Series::close(const std::vector<Connection> &all, const std::vector<bool> &kept, double endS)
{
    const std::size_t before = m_points.size();
    sample(all, kept, endS);
    if (before == 0 || m_points.size() == before)
        return; // nothing added, or nothing to fold it into
    const SeriesPoint last = m_points.back();
    if (!(last.intervalS < m_points[before - 1].intervalS / 2))
        return;
    m_points.pop_back();
    merge(m_points.back(), last);
}

} // namespace LockLens::Trace
