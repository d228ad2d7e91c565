// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/traceseries.h"

#include <algorithm>

namespace LockLens::Trace {

void Series::sample(const std::vector<Connection> &connections, double tS)
{
    if (!(tS > m_lastS))
        return;
    SeriesPoint p;
    p.tS = tS;
    p.intervalS = tS - m_lastS;
    m_lastS = tS;
    m_seen.resize(std::max(m_seen.size(), connections.size()));
    const bool perWorker = connections.size() <= MaxWorkerLists;
    for (std::size_t i = 0; i < connections.size(); ++i) {
        const Connection &c = connections[i];
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

} // namespace LockLens::Trace
