// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/runresult.h"

#include "workers/recorder/clock.h"
#include "workers/rundocument.h"

#include <algorithm>
#include <cmath>

namespace LockLens {

namespace {
double ms(std::uint64_t ticks)
{
    return Clock::toMs(ticks);
}
} // namespace

LatencySummary LatencySummary::of(const HistogramData &h)
{
    LatencySummary s;
    s.count = h.total();
    s.p50 = ms(h.quantile(0.50));
    s.p90 = ms(h.quantile(0.90));
    s.p99 = ms(h.quantile(0.99));
    s.p999 = ms(h.quantile(0.999));
    s.max = s.count ? ms(h.max) : 0;
    return s;
}

SeriesPoint SeriesPoint::between(const std::vector<StatsSnapshot> &now,
    const std::vector<StatsSnapshot> &before, double tS, double intervalS)
{
    SeriesPoint p;
    p.tS = tS;
    p.intervalS = intervalS;
    HistogramData lat;
    p.workerOps.reserve(now.size());
    p.workerLockWaitS.reserve(now.size());
    p.workerAppWaitS.reserve(now.size());
    p.workerBackoffS.reserve(now.size());
    p.workerBusyEvents.reserve(now.size());
    p.workerP99Ms.reserve(now.size());
    p.workerErrors.reserve(now.size());
    for (std::size_t i = 0; i < now.size(); ++i) {
        const StatsSnapshot d = i < before.size() ? now[i].since(before[i]) : now[i];
        p.ops += d.ops;
        p.tx += d.tx;
        p.busyEvents += d.busyEvents;
        p.errors += d.errorTotal();
        p.retries += d.retries;
        p.failedTx += d.failedTx;
        // A client waits at most the interval's length. (Two clocks read on two cores may put a
        // wait's start a few nanoseconds after the sample that saw it begin: the next interval
        // would get those back.) A pool's queue waits are booked when a task starts and keep
        // their length.
        const double lockS = std::min(Clock::toSeconds(d.lockWaitTicks), intervalS);
        const double appS = Clock::toSeconds(d.appWaitTicks);
        const double backoffS = std::min(Clock::toSeconds(d.backoffTicks), intervalS);
        p.lockWaitS += lockS;
        p.appWaitS += appS;
        p.backoffS += backoffS;
        lat.merge(d.opLatency);
        for (std::size_t c = 0; c < d.errors.size(); ++c)
            p.errorsByClass[c] += d.errors[c];
        p.workerOps.push_back(d.ops);
        p.workerLockWaitS.push_back(lockS);
        p.workerAppWaitS.push_back(appS);
        p.workerBackoffS.push_back(backoffS);
        p.workerBusyEvents.push_back(d.busyEvents);
        p.workerP99Ms.push_back(d.opLatency.total() > 0 ? ms(d.opLatency.quantile(0.99)) : -1.0);
        p.workerErrors.push_back(d.errors);
    }
    p.p50Ms = ms(lat.quantile(0.5));
    p.p99Ms = ms(lat.quantile(0.99));
    return p;
}

namespace {
double shareOf(std::uint64_t waitTicks, double durationS, int workers)
{
    const double clientTime = durationS * double(std::max(1, workers));
    return clientTime > 0 ? Clock::toSeconds(waitTicks) / clientTime : 0.0;
}
} // namespace

double RunResult::lockWaitShare() const
{
    return shareOf(total.lockWaitTicks, durationS, scenario.workers + scenario.readers);
}

double RunResult::appWaitShare() const
{
    return shareOf(total.appWaitTicks, durationS, scenario.workers + scenario.readers);
}

double RunResult::backoffShare() const
{
    return shareOf(total.backoffTicks, durationS, scenario.workers + scenario.readers);
}

QJsonObject RunResult::toJson() const
{
    return RunDocument::of(*this).toJson();
}

} // namespace LockLens
