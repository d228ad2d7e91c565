// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/runresult.h"
#include "workers/tracefacts.h"

#include <vector>

namespace LockLens::Trace {

// A traced program's time series in a lab run's form: one point per interval, each connection
// a "worker". From the connections' exact counters (statements, busy-handler sleeps) and the
// records (transactions committed and rolled back, lock requests refused, BUSY/LOCKED results). A trace has no
// latencies: those stay 0 and the per-worker p99 is left out.
class Series
{
public:
    // Per-connection lists are kept while a trace has at most this many connections; a
    // program that opens hundreds has only the totals per point.
    static constexpr std::size_t MaxWorkerLists = 32;

    // Adds the point from the last one (or 0) to `tS`, seconds from the trace's start, from the
    // connections as they stand at `tS`. Nothing for an interval of no length.
    void sample(const std::vector<Connection> &connections, double tS);
    // The same for the connections of `all` whose flag in `kept` is set (those of the
    // databases a trace keeps), without copying them.
    void sample(const std::vector<Connection> &all, const std::vector<bool> &kept, double tS);
    // The last point, at the trace's end: an interval shorter than half the one before is
    // folded into that one, so that a rate over a few milliseconds does not spike or sink the
    // end of every line (as the lab's LiveSeries::close()).
    void close(const std::vector<Connection> &all, const std::vector<bool> &kept, double endS);
    const std::vector<SeriesPoint> &points() const { return m_points; }

private:
    struct Seen
    {
        std::uint64_t statements = 0, commits = 0, rollbacks = 0, refused = 0;
        std::array<std::uint64_t, ErrorClassCount> errors {};
        double sleepS = 0;
    };
    std::vector<Seen> m_seen; // per connection, by its index in `all`
    std::vector<SeriesPoint> m_points;
    double m_lastS = 0;
};

} // namespace LockLens::Trace
