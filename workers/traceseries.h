// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/runresult.h"
#include "workers/tracefacts.h"

#include <functional>
#include <unordered_map>
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

    // Whether a connection (or summed entry) counts: of a database the trace keeps.
    using Keep = std::function<bool(const Connection &)>;

    // Adds the point from the last one (or 0) to `tS`, seconds from the trace's start, from the
    // connections as they stand at `tS`. Nothing for an interval of no length. The entries may
    // change between points as the model sums closed connections (Model::connections()): the
    // totals are the change of the sums over all entries, which summing leaves alone.
    void sample(const std::vector<Connection> &connections, double tS);
    // The same for the connections of `all` that `keep` keeps, without copying them.
    void sample(const std::vector<Connection> &all, const Keep &keep, double tS);
    // The last point, at the trace's end: an interval shorter than half the one before is
    // folded into that one, so that a rate over a few milliseconds does not spike or sink the
    // end of every line (as the lab's LiveSeries::close()).
    void close(const std::vector<Connection> &all, const Keep &keep, double endS);
    const std::vector<SeriesPoint> &points() const { return m_points; }

private:
    struct Seen
    {
        std::uint64_t statements = 0, commits = 0, rollbacks = 0, refused = 0;
        std::array<std::uint64_t, ErrorClassCount> errors {};
        double sleepS = 0;
        Seen &operator+=(const Seen &o)
        {
            statements += o.statements;
            commits += o.commits;
            rollbacks += o.rollbacks;
            refused += o.refused;
            sleepS += o.sleepS;
            for (std::size_t k = 0; k < errors.size(); ++k)
                errors[k] += o.errors[k];
            return *this;
        }
    };
    static Seen seenOf(const Connection &c);
    std::unordered_map<int, Seen> m_seen; // per entry, by its id, as the last point saw it
    Seen m_total; // all the kept entries' figures added up, as the last point saw them
    bool m_noLists = false; // the model summed a kept connection: no per-connection lists from then on
    std::vector<SeriesPoint> m_points;
    double m_lastS = 0;
};

} // namespace LockLens::Trace
