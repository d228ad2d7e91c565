// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/liveseries.h"

#include "workers/recorder/clock.h"
#include "workers/rundocument.h"

#include <algorithm>
#include <cmath>

namespace LockLens {

namespace {

constexpr double RecentS = 1.0; // what recent() covers

std::uint64_t minus(std::uint64_t now, std::uint64_t then)
{
    return now >= then ? now - then : 0;
}

const QList<QPointF> &noPoints()
{
    static const QList<QPointF> empty;
    return empty;
}

std::size_t index(LiveSeries::Metric m)
{
    return std::size_t(m);
}

} // namespace

void LiveSeries::clear()
{
    *this = LiveSeries();
}

const QList<QPointF> &LiveSeries::points(Metric metric, int worker) const
{
    if (metric == Metric::NUM_METRICS || worker >= workerCount() || worker < Total)
        return noPoints();
    return (worker == Total ? m_total : m_workers[std::size_t(worker)])[index(metric)];
}

const QList<QPointF> &LiveSeries::errorPoints(ErrorClass c, int worker) const
{
    if (c == ErrorClass::NUM_CLASSES || worker >= workerCount() || worker < Total)
        return noPoints();
    return (worker == Total ? m_totalErrors : m_workerErrors[std::size_t(worker)])[std::size_t(c)];
}

LiveSeries::Interval LiveSeries::since(const std::vector<StatsSnapshot> &perWorker)
{
    if (m_previous.size() < perWorker.size())
        m_previous.resize(perWorker.size());
    Interval d;
    d.workers.resize(perWorker.size());
    for (std::size_t i = 0; i < perWorker.size(); ++i) {
        const StatsSnapshot &now = perWorker[i];
        Counters &before = m_previous[i];
        Counters &w = d.workers[i];
        w.ops = minus(now.ops, before.ops);
        w.tx = minus(now.tx, before.tx);
        w.failedTx = minus(now.failedTx, before.failedTx);
        w.busyEvents = minus(now.busyEvents, before.busyEvents);
        w.lockWaitTicks = minus(now.lockWaitTicks, before.lockWaitTicks);
        w.appWaitTicks = minus(now.appWaitTicks, before.appWaitTicks);
        for (std::size_t c = 0; c < w.errors.size(); ++c)
            w.errors[c] = minus(now.errors[c], before.errors[c]);
        w.opLatency = now.opLatency.since(before.opLatency);
        accumulate(d.total, w);

        before.ops = now.ops;
        before.tx = now.tx;
        before.failedTx = now.failedTx;
        before.busyEvents = now.busyEvents;
        before.lockWaitTicks = now.lockWaitTicks;
        before.appWaitTicks = now.appWaitTicks;
        before.errors = now.errors;
        before.opLatency = now.opLatency;
    }
    return d;
}

bool LiveSeries::add(double tS, const std::vector<StatsSnapshot> &perWorker)
{
    const double lastT = lastS();
    if (perWorker.empty() || !(tS > lastT))
        return false;
    append(tS, tS - lastT, since(perWorker));
    return true;
}

bool LiveSeries::close(double endS, const std::vector<StatsSnapshot> &final)
{
    const double lastT = lastS();
    if (final.empty() || !(endS > lastT))
        return false;
    const double before = m_times.size() >= 2 ? m_times[m_times.size() - 2] : 0.0;
    if (m_times.empty() || endS - lastT >= (lastT - before) / 2)
        return add(endS, final);
    Interval d = since(final);
    for (std::size_t w = 0; w < d.workers.size() && w < m_last.workers.size(); ++w)
        accumulate(d.workers[w], m_last.workers[w]);
    accumulate(d.total, m_last.total);
    dropLast();
    append(endS, endS - before, std::move(d));
    return true;
}

void LiveSeries::accumulate(Counters &a, const Counters &b)
{
    a.ops += b.ops;
    a.tx += b.tx;
    a.failedTx += b.failedTx;
    a.busyEvents += b.busyEvents;
    a.lockWaitTicks += b.lockWaitTicks;
    a.appWaitTicks += b.appWaitTicks;
    for (std::size_t c = 0; c < a.errors.size(); ++c)
        a.errors[c] += b.errors[c];
    a.opLatency.merge(b.opLatency);
}

void LiveSeries::append(double tS, double dt, Interval d)
{
    // A worker that appears later (none does today) starts its series where it appears.
    const std::size_t kept = std::min<std::size_t>(d.workers.size(), std::size_t(MaxWorkerSeries));
    if (m_workers.size() < kept) {
        m_workers.resize(kept);
        m_workerErrors.resize(kept);
    }
    const auto put = [tS, dt](Lines &lines, const Counters &c) {
        lines[index(Metric::Ops)].append({ tS, double(c.ops) / dt });
        lines[index(Metric::Commits)].append({ tS, double(c.tx) / dt });
        lines[index(Metric::BusyEvents)].append({ tS, double(c.busyEvents) / dt });
        lines[index(Metric::LockWait)].append({ tS, Clock::toSeconds(c.lockWaitTicks) / dt });
        lines[index(Metric::AppWait)].append({ tS, Clock::toSeconds(c.appWaitTicks) / dt });
        std::uint64_t errors = 0;
        for (auto e : c.errors)
            errors += e;
        lines[index(Metric::Errors)].append({ tS, double(errors) / dt });
        if (c.opLatency.total() > 0) {
            lines[index(Metric::P50Ms)].append({ tS, Clock::toMs(c.opLatency.quantile(0.50)) });
            lines[index(Metric::P99Ms)].append({ tS, Clock::toMs(c.opLatency.quantile(0.99)) });
        } else {
            latencyGap(lines, tS);
        }
    };
    put(m_total, d.total);
    for (std::size_t w = 0; w < m_workers.size() && w < d.workers.size(); ++w)
        put(m_workers[w], d.workers[w]);

    // Errors by class: a class gets its series when it first occurs, zeros before.
    for (std::size_t c = 0; c < std::size_t(ErrorClassCount); ++c)
        if (!m_errorSeen[c] && d.total.errors[c] > 0)
            seeErrorClass(c);
    m_times.push_back(tS);
    for (std::size_t c = 0; c < std::size_t(ErrorClassCount); ++c) {
        if (!m_errorSeen[c])
            continue;
        m_totalErrors[c].append({ tS, double(d.total.errors[c]) / dt });
        for (std::size_t w = 0; w < m_workerErrors.size(); ++w) {
            const std::uint64_t n = w < d.workers.size() ? d.workers[w].errors[c] : 0;
            m_workerErrors[w][c].append({ tS, double(n) / dt });
        }
    }

    // The cumulative total, for recent(): keep just over a second of marks.
    if (m_marks.empty())
        m_marks.push_back({}); // zero counters at 0 s
    Mark mark { tS, m_marks.back().total };
    accumulate(mark.total, d.total);
    m_marks.push_back(std::move(mark));
    while (m_marks.size() > 2 && m_marks[1].tS <= tS - RecentS)
        m_marks.pop_front();
    m_last = std::move(d);
}

void LiveSeries::seeErrorClass(std::size_t c)
{
    m_errorSeen[c] = true;
    m_anyErrors = true;
    const auto zeros = [this](QList<QPointF> &line) {
        line.reserve(qsizetype(m_times.size()) + 1);
        for (double t : m_times)
            line.append({ t, 0.0 });
    };
    zeros(m_totalErrors[c]);
    for (auto &lines : m_workerErrors)
        zeros(lines[c]);
}

void LiveSeries::latencyGap(Lines &lines, double tS)
{
    // Once: a line that has not begun, or is in a gap already, stays as it is.
    for (Metric m : { Metric::P50Ms, Metric::P99Ms }) {
        QList<QPointF> &line = lines[index(m)];
        if (!line.isEmpty() && !std::isnan(line.constLast().y()))
            line.append({ tS, std::nan("") });
    }
}

void LiveSeries::dropLast()
{
    // Every point the last interval added is at its time (a latency line may have none).
    const double t = m_times.back();
    const auto drop = [t](Lines &lines) {
        for (QList<QPointF> &line : lines) {
            if (!line.isEmpty() && line.constLast().x() == t)
                line.removeLast();
        }
    };
    drop(m_total);
    for (std::size_t w = 0; w < m_workers.size() && w < m_last.workers.size(); ++w)
        drop(m_workers[w]);
    for (std::size_t c = 0; c < std::size_t(ErrorClassCount); ++c) {
        if (!m_errorSeen[c])
            continue;
        m_totalErrors[c].removeLast();
        for (auto &lines : m_workerErrors)
            if (!lines[c].isEmpty())
                lines[c].removeLast();
    }
    m_times.pop_back();
    m_marks.pop_back();
}

LiveSeries::Recent LiveSeries::recent() const
{
    Recent r;
    if (m_marks.size() < 2)
        return r;
    const Mark &a = m_marks.front();
    const Mark &b = m_marks.back();
    r.committedTx = b.total.tx;
    r.failedTx = b.total.failedTx;
    r.seconds = b.tS - a.tS;
    if (!(r.seconds > 0))
        return r;
    r.opsPerS = double(b.total.ops - a.total.ops) / r.seconds;
    r.commitsPerS = double(b.total.tx - a.total.tx) / r.seconds;
    r.lockWaiting = Clock::toSeconds(b.total.lockWaitTicks - a.total.lockWaitTicks) / r.seconds;
    r.appWaiting = Clock::toSeconds(b.total.appWaitTicks - a.total.appWaitTicks) / r.seconds;
    const HistogramData latency = b.total.opLatency.since(a.total.opLatency);
    r.hasLatency = latency.total() > 0;
    if (r.hasLatency)
        r.p99Ms = Clock::toMs(latency.quantile(0.99));
    return r;
}

void LiveSeries::addStored(LiveSeries &s, const SeriesPoint &p, std::size_t kept, bool errorsByClass)
{
    const double t = p.tS;
    const double dt = p.intervalS;
    if (!(dt > 0) || !(t > s.lastS()))
        return; // a zero-length closing interval has no rate
    Lines &total = s.m_total;
    total[index(Metric::Ops)].append({ t, double(p.ops) / dt });
    total[index(Metric::Commits)].append({ t, double(p.tx) / dt });
    total[index(Metric::BusyEvents)].append({ t, double(p.busyEvents) / dt });
    total[index(Metric::LockWait)].append({ t, p.lockWaitS / dt });
    total[index(Metric::AppWait)].append({ t, p.appWaitS / dt });
    total[index(Metric::Errors)].append({ t, double(p.errors) / dt });
    if (p.errors > 0)
        s.m_anyErrors = true;
    if (p.ops > 0) {
        total[index(Metric::P50Ms)].append({ t, p.p50Ms });
        total[index(Metric::P99Ms)].append({ t, p.p99Ms });
    } else {
        latencyGap(total, t);
    }
    // Per worker: each list a line, where the run stored it (older runs kept only ops; a
    // missing list leaves the line empty rather than drawing zeros that were never measured).
    const auto perWorker = [&](const auto &values, Metric m) {
        for (std::size_t w = 0; w < kept && w < values.size(); ++w)
            s.m_workers[w][index(m)].append({ t, double(values[w]) / dt });
    };
    perWorker(p.workerOps, Metric::Ops);
    perWorker(p.workerLockWaitS, Metric::LockWait);
    perWorker(p.workerAppWaitS, Metric::AppWait);
    perWorker(p.workerBusyEvents, Metric::BusyEvents);
    for (std::size_t w = 0; w < kept && w < p.workerP99Ms.size(); ++w) {
        if (p.workerP99Ms[w] >= 0)
            s.m_workers[w][index(Metric::P99Ms)].append({ t, p.workerP99Ms[w] });
        else // no operation in the interval: a gap
            latencyGap(s.m_workers[w], t);
    }

    // Errors by class, where stored: a class gets its lines when it first occurs.
    if (errorsByClass) {
        for (std::size_t c = 0; c < std::size_t(ErrorClassCount); ++c) {
            if (!s.m_errorSeen[c] && p.errorsByClass[c] > 0)
                s.seeErrorClass(c);
        }
    }
    s.m_times.push_back(t);
    if (errorsByClass)
        addStoredErrors(s, p, kept);
}

void LiveSeries::addStoredErrors(LiveSeries &s, const SeriesPoint &p, std::size_t kept)
{
    const double t = p.tS;
    const double dt = p.intervalS;
    const auto errorsOf = [&p](std::size_t w, std::size_t c) {
        return w < p.workerErrors.size() ? double(p.workerErrors[w][c]) : 0.0;
    };
    for (std::size_t c = 0; c < std::size_t(ErrorClassCount); ++c) {
        if (!s.m_errorSeen[c])
            continue;
        s.m_totalErrors[c].append({ t, double(p.errorsByClass[c]) / dt });
        for (std::size_t w = 0; w < kept; ++w)
            s.m_workerErrors[w][c].append({ t, errorsOf(w, c) / dt });
    }
    for (std::size_t w = 0; w < kept; ++w) {
        double all = 0;
        for (std::size_t c = 0; c < std::size_t(ErrorClassCount); ++c)
            all += errorsOf(w, c);
        s.m_workers[w][index(Metric::Errors)].append({ t, all / dt });
    }
}

void LiveSeries::addPoint(const SeriesPoint &p)
{
    const std::size_t kept = std::min<std::size_t>(std::size_t(m_names.size()), std::size_t(MaxWorkerSeries));
    if (kept > m_workers.size()) { // a worker named since the last point: its lines begin now
        m_workers.resize(kept);
        m_workerErrors.resize(kept);
    }
    addStored(*this, p, kept, true);
}

LiveSeries LiveSeries::fromRunJson(const QJsonObject &run)
{
    RunDocument doc;
    QString ignored;
    return RunDocument::fromJson(run, &doc, &ignored) ? fromRun(doc) : LiveSeries();
}

LiveSeries LiveSeries::fromRun(const RunDocument &run)
{
    LiveSeries s;
    s.m_hasScenario = run.hasScenario && run.scenarioProblem.isEmpty(); // a title only from one read whole
    if (s.m_hasScenario)
        s.m_scenario = run.scenario;
    for (const RunDocument::Worker &w : run.workers)
        s.m_names << w.name;
    const std::size_t kept
        = std::min<std::size_t>(std::size_t(s.m_names.size()), std::size_t(MaxWorkerSeries));
    s.m_workers.resize(kept);
    s.m_workerErrors.resize(kept);

    s.m_times.reserve(run.series.size());
    for (Lines &lines : s.m_workers)
        lines[index(Metric::Ops)].reserve(qsizetype(run.series.size()));
    for (const SeriesPoint &p : run.series)
        addStored(s, p, kept, run.recorded.errorsByClass);
    return s;
}

} // namespace LockLens
