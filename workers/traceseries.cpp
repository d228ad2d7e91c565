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
    sample(connections, [](const Connection &) { return true; }, tS);
}

Series::Seen Series::seenOf(const Connection &c)
{
    Seen s;
    s.statements = c.statements;
    s.commits = c.commits;
    s.rollbacks = c.rollbacks;
    s.refused = c.busyAttempts;
    s.errors = c.errors;
    s.sleepS = c.sleepS;
    return s;
}

namespace {

// From `before` to `now`: counters are read at intervals and may lag the records, so never
// a negative step; `before` becomes what was seen.
std::uint64_t step(std::uint64_t now, std::uint64_t &before)
{
    const std::uint64_t d = now > before ? now - before : 0;
    before = std::max(before, now);
    return d;
}

double step(double now, double &before)
{
    const double d = std::max(0.0, now - before);
    before = std::max(before, now);
    return d;
}

} // namespace

void Series::sample(const std::vector<Connection> &all, const Keep &keep, double tS)
{
    if (!(tS > m_lastS))
        return;
    SeriesPoint p;
    p.tS = tS;
    p.intervalS = tS - m_lastS;
    m_lastS = tS;
    std::vector<const Connection *> kept;
    for (const Connection &c : all) {
        if (keep(c))
            kept.push_back(&c);
    }
    std::sort(kept.begin(), kept.end(), [](const Connection *a, const Connection *b) { return a->id < b->id; });
    Seen now;
    for (const Connection *c : kept)
        now += seenOf(*c);
    p.ops = step(now.statements, m_total.statements);
    p.tx = step(now.commits, m_total.commits);
    p.failedTx = step(now.rollbacks, m_total.rollbacks);
    p.busyEvents = step(now.refused, m_total.refused);
    p.lockWaitS = step(now.sleepS, m_total.sleepS);
    for (std::size_t k = 0; k < now.errors.size(); ++k) {
        p.errorsByClass[k] = step(now.errors[k], m_total.errors[k]);
        p.errors += p.errorsByClass[k];
    }
    // Per connection, while there are few and each entry stays one connection: each one's
    // change since the last point. Once the model has summed one into another entry, the
    // entries (and so the lists' places) are no longer the same from point to point.
    for (const Connection *c : kept)
        m_noLists = m_noLists || c->summed > 0;
    const bool perWorker = !m_noLists && kept.size() <= MaxWorkerLists;
    std::unordered_map<int, Seen> seen;
    for (const Connection *c : kept) {
        Seen &before = seen[c->id] = m_seen[c->id];
        const std::uint64_t ops = step(c->statements, before.statements);
        const std::uint64_t refused = step(c->busyAttempts, before.refused);
        const double wait = step(c->sleepS, before.sleepS);
        std::array<std::uint64_t, ErrorClassCount> errors {};
        for (std::size_t k = 0; k < errors.size(); ++k)
            errors[k] = step(c->errors[k], before.errors[k]);
        if (perWorker) {
            p.workerOps.push_back(ops);
            p.workerLockWaitS.push_back(wait);
            p.workerBusyEvents.push_back(refused);
            p.workerErrors.push_back(errors);
        }
    }
    for (const auto &entry : m_seen) {
        if (!seen.count(entry.first)) { // summed into another entry: lists from here on would not add up
            m_noLists = true;
            p.workerOps.clear();
            p.workerLockWaitS.clear();
            p.workerBusyEvents.clear();
            p.workerErrors.clear();
            break;
        }
    }
    m_seen.swap(seen);
    m_points.push_back(std::move(p));
}

void Series::close(const std::vector<Connection> &all, const Keep &keep, double endS)
{
    const std::size_t before = m_points.size();
    sample(all, keep, endS);
    if (before == 0 || m_points.size() == before)
        return; // nothing added, or nothing to fold it into
    const SeriesPoint last = m_points.back();
    if (!(last.intervalS < m_points[before - 1].intervalS / 2))
        return;
    m_points.pop_back();
    merge(m_points.back(), last);
}

} // namespace LockLens::Trace
