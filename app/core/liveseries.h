// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/scenario.h"
#include "workers/workerstats.h"

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QStringList>

#include <array>
#include <deque>
#include <vector>

namespace LockLens {

struct RunDocument;
struct SeriesPoint;

// The time series a live load dashboard draws, for the run's total and for each worker,
// one point per sampling interval at the interval's end (x: seconds since the load
// started). Built from cumulative per-worker snapshots taken ~10 times a second (it
// works out the deltas itself), or loaded from a stored run's JSON. Points are kept as
// QList<QPointF>, ready for a chart without conversion; adding a sample costs the same
// at the end of a ten-minute run as at its start. GUI-free.
class LiveSeries
{
public:
    enum class Metric {
        Ops, // committed operations per second
        Commits, // committed transactions per second
        BusyEvents, // lock conflicts per second (waits begun + BUSY errors that never waited)
        LockWait, // seconds spent waiting for SQLite's locks per second: workers waiting, on average
        AppWait, // the same for the application's mutex or queue, kept apart
        // Latency of the interval's operations (ms). An interval without any is a gap: a point
        // whose y is NaN where the line breaks off (none before the line's first point).
        P50Ms,
        P99Ms,
        Errors, // errors of every class per second
        NUM_METRICS
    };
    static constexpr int MetricCount = int(Metric::NUM_METRICS);
    static constexpr int Total = -1; // the `worker` of the run's total
    // Per-worker series are kept for this many workers (totals always count every worker):
    // beyond that, lines per worker are unreadable and would cost ~0.7 MB per worker for
    // ten minutes at 10 Hz.
    static constexpr int MaxWorkerSeries = 64;

    // Names of the workers, in the order of the snapshots (shown in legends).
    void setWorkerNames(const QStringList &names) { m_names = names; }
    const QStringList &workerNames() const { return m_names; }
    // Workers with series of their own (at most MaxWorkerSeries).
    int workerCount() const { return int(m_workers.size()); }
    void clear();

    // Adds the interval from the previous sample (or from zero counters at 0 s) to `tS`,
    // given every worker's cumulative counters at `tS`. Nothing is added, and false is
    // returned, when `perWorker` is empty or `tS` is not after the previous sample.
    bool add(double tS, const std::vector<StatsSnapshot> &perWorker);
    // Adds the run's last counters at its end. A closing interval shorter than half the
    // one before is folded into that one, so that a rate over a few milliseconds (or a
    // long wait credited when it ended) does not spike the end of every line.
    bool close(double endS, const std::vector<StatsSnapshot> &final);

    // A series: of the total (worker == Total) or of one worker. An unknown worker or a
    // series the source did not have (a run stored by an older LockLens keeps per-worker ops
    // only) is empty.
    const QList<QPointF> &points(Metric metric, int worker = Total) const;
    // Errors of one class per second. Empty until the class first occurs, then complete
    // from the first sample (zeros before). A run stored by an older LockLens has no
    // per-class series.
    const QList<QPointF> &errorPoints(ErrorClass c, int worker = Total) const;
    bool occurred(ErrorClass c) const { return m_errorSeen[std::size_t(c)]; }
    bool anyErrors() const { return m_anyErrors; }

    int sampleCount() const { return int(m_times.size()); }
    double lastS() const { return m_times.empty() ? 0.0 : m_times.back(); }

    // The run's figures over about the last second (live samples only; zeros before the
    // first): rates from counter differences, p99 from the merged latency histograms.
    struct Recent
    {
        double seconds = 0; // span covered
        double opsPerS = 0, commitsPerS = 0;
        double lockWaiting = 0, appWaiting = 0; // workers waiting, on average
        double p99Ms = 0;
        bool hasLatency = false; // the span had operations
        // Since the run began: transactions committed, and abandoned after their last try.
        std::uint64_t committedTx = 0, failedTx = 0;
    };
    Recent recent() const;

    // Adds a point in a stored run's form, as a traced program's series is sampled (the
    // Trace tab): the totals and errors by class, and lines of their own for the workers
    // named so far (setWorkerNames; the first MaxWorkerSeries). Nothing for a point that is not
    // after the last one.
    void addPoint(const SeriesPoint &p);

    // The series of a stored run (RunDocument): totals, errors by class and the lines per
    // worker, the names from its workers. What a run stored by an older LockLens lacks stays
    // empty (no zeros that were never measured).
    static LiveSeries fromRun(const RunDocument &run);
    // The same from the run's JSON document; empty when it is not a run.
    static LiveSeries fromRunJson(const QJsonObject &run);
    // The stored run's scenario (fromRunJson), for a title; hasScenario() is false when
    // the series were built live or the JSON had none that parses.
    bool hasScenario() const { return m_hasScenario; }
    const Scenario &scenario() const { return m_scenario; }

private:
    using Lines = std::array<QList<QPointF>, MetricCount>;
    using ErrorLines = std::array<QList<QPointF>, ErrorClassCount>;
    // What add() needs of a worker's previous snapshot (not the commit and tx histograms).
    struct Counters
    {
        std::uint64_t ops = 0, tx = 0, failedTx = 0, busyEvents = 0, lockWaitTicks = 0, appWaitTicks = 0;
        std::array<std::uint64_t, ErrorClassCount> errors {};
        HistogramData opLatency;
    };
    // The run's cumulative total at one sample, for recent().
    struct Mark
    {
        double tS = 0;
        Counters total;
    };

    // What happened in one interval, per worker and in total.
    struct Interval
    {
        std::vector<Counters> workers;
        Counters total;
    };
    Interval since(const std::vector<StatsSnapshot> &perWorker); // and makes them the previous
    void append(double tS, double dt, Interval d);
    void dropLast();
    static void latencyGap(Lines &lines, double tS); // the latency lines break off at tS
    // One interval of a stored run's series (fromRun), per worker for the first `kept`;
    // errors by class where the run recorded them.
    static void addStored(LiveSeries &s, const SeriesPoint &p, std::size_t kept, bool errorsByClass);
    static void addStoredErrors(LiveSeries &s, const SeriesPoint &p, std::size_t kept);
    void seeErrorClass(std::size_t c); // its lines begin, zeros at every time so far
    static void accumulate(Counters &a, const Counters &b);

    QStringList m_names;
    std::vector<double> m_times;
    Lines m_total;
    std::vector<Lines> m_workers;
    ErrorLines m_totalErrors;
    std::vector<ErrorLines> m_workerErrors;
    std::array<bool, ErrorClassCount> m_errorSeen {};
    bool m_anyErrors = false;
    std::vector<Counters> m_previous; // per worker, at the last sample
    std::deque<Mark> m_marks; // the last second or so
    Interval m_last; // the last interval, for close()
    bool m_hasScenario = false;
    Scenario m_scenario;
};

} // namespace LockLens
