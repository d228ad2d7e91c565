// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/workerstats.h"

#include "workers/recorder/clock.h"

namespace LockLens {

const char *errorClassKey(ErrorClass c)
{
    switch (c) {
    case ErrorClass::BusyBegin:
        return "busy_begin";
    case ErrorClass::BusyUpgrade:
        return "busy_upgrade";
    case ErrorClass::BusySnapshot:
        return "busy_snapshot";
    case ErrorClass::BusyTimeout:
        return "busy_timeout";
    case ErrorClass::Locked:
        return "locked";
    case ErrorClass::Serialization:
        return "serialization";
    case ErrorClass::Deadlock:
        return "deadlock";
    case ErrorClass::Other:
    case ErrorClass::NUM_CLASSES:
        break;
    }
    return "other";
}

StatsSnapshot StatsSnapshot::of(const WorkerStats &s, std::uint64_t nowTicks)
{
    if (nowTicks == 0)
        nowTicks = Clock::now();
    StatsSnapshot r;
    r.ops = s.ops.get();
    r.tx = s.tx.get();
    r.rows = s.rows.get();
    r.inserted = s.inserted.get();
    r.deleted = s.deleted.get();
    r.retries = s.retries.get();
    r.failedTx = s.failedTx.get();
    r.cutShortTx = s.cutShortTx.get();
    r.busyEvents = s.busyEvents.get();
    r.busyCalls = s.busyCalls.get();
    r.lockWaitTicks = s.lockWaitTicks.at(nowTicks);
    r.appWaitTicks = s.appWaitTicks.at(nowTicks);
    r.backoffTicks = s.backoffTicks.at(nowTicks);
    for (int i = 0; i < ErrorClassCount; ++i)
        r.errors[std::size_t(i)] = s.errors[std::size_t(i)].get();
    r.opLatency = s.opLatency.snapshot();
    r.commitLatency = s.commitLatency.snapshot();
    r.txLatency = s.txLatency.snapshot();
    return r;
}

std::uint64_t StatsSnapshot::errorTotal() const
{
    std::uint64_t n = 0;
    for (auto e : errors)
        n += e;
    return n;
}

void StatsSnapshot::merge(const StatsSnapshot &o)
{
    ops += o.ops;
    tx += o.tx;
    rows += o.rows;
    inserted += o.inserted;
    deleted += o.deleted;
    retries += o.retries;
    failedTx += o.failedTx;
    cutShortTx += o.cutShortTx;
    busyEvents += o.busyEvents;
    busyCalls += o.busyCalls;
    lockWaitTicks += o.lockWaitTicks;
    appWaitTicks += o.appWaitTicks;
    backoffTicks += o.backoffTicks;
    for (std::size_t i = 0; i < errors.size(); ++i)
        errors[i] += o.errors[i];
    opLatency.merge(o.opLatency);
    commitLatency.merge(o.commitLatency);
    txLatency.merge(o.txLatency);
}

StatsSnapshot StatsSnapshot::since(const StatsSnapshot &e) const
{
    auto d = [](std::uint64_t now, std::uint64_t then) { return now >= then ? now - then : 0; };
    StatsSnapshot r;
    r.ops = d(ops, e.ops);
    r.tx = d(tx, e.tx);
    r.rows = d(rows, e.rows);
    r.inserted = d(inserted, e.inserted);
    r.deleted = d(deleted, e.deleted);
    r.retries = d(retries, e.retries);
    r.failedTx = d(failedTx, e.failedTx);
    r.cutShortTx = d(cutShortTx, e.cutShortTx);
    r.busyEvents = d(busyEvents, e.busyEvents);
    r.busyCalls = d(busyCalls, e.busyCalls);
    r.lockWaitTicks = d(lockWaitTicks, e.lockWaitTicks);
    r.appWaitTicks = d(appWaitTicks, e.appWaitTicks);
    r.backoffTicks = d(backoffTicks, e.backoffTicks);
    for (std::size_t i = 0; i < errors.size(); ++i)
        r.errors[i] = d(errors[i], e.errors[i]);
    r.opLatency = opLatency.since(e.opLatency);
    r.commitLatency = commitLatency.since(e.commitLatency);
    r.txLatency = txLatency.since(e.txLatency);
    return r;
}

} // namespace LockLens
