// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/runcontext.h"

#include "workers/readergroup.h"
#include "workers/recorder/clock.h"
#include "workers/startgate.h"

#include <algorithm>
#include <limits>

namespace LockLens {

void RunContext::fatal(const QString &message)
{
    {
        std::lock_guard lock(m_errorMutex);
        if (m_fatal.isEmpty())
            m_fatal = message;
    }
    abort.raise();
    stop.raise();
}

QString RunContext::fatalError()
{
    std::lock_guard lock(m_errorMutex); // the clients are done; this orders their last writes
    return m_fatal;
}

std::int64_t RunContext::budgetPerClient() const
{
    return sc.durationS > 0 ? std::numeric_limits<std::int64_t>::max() : sc.opsPerWorker;
}

bool RunContext::sleepUntil(std::uint64_t ticks)
{
    for (;;) {
        if (stop.raised())
            return false;
        const std::uint64_t now = Clock::now();
        if (now >= ticks)
            return true;
        // In steps of at most 50 ms: the tick length is calibrated as the process runs.
        const double ns = std::min(double(ticks - now) * Clock::nsPerTick(), 50e6);
        stop.sleepFor(std::chrono::nanoseconds(std::int64_t(ns)));
    }
}

bool RunContext::beginLoad(StartGate &gate, std::chrono::milliseconds timeout)
{
    StartGate *readerGate = readers ? readers->gate() : nullptr;
    bool all = gate.waitForAll(abort.flag(), timeout);
    if (readerGate)
        all = readerGate->waitForAll(abort.flag(), timeout) && all;
    snapshotLocks(&locksAtStart);
    startTicks.store(Clock::now(), std::memory_order_release);
    startedAt = QDateTime::currentDateTimeUtc();
    gate.open();
    if (readerGate)
        readerGate->open();
    return all || abort.raised();
}

void RunContext::waitUntilDone(std::vector<std::thread> &threads)
{
    if (sc.durationS > 0)
        waitForDuration();
    for (auto &t : threads)
        t.join();
    if (readers)
        readers->await();
    // The count is done: "no new work" holds from here on.
    stop.raise();
}

void RunContext::waitForDuration()
{
    stop.sleepFor(std::chrono::duration<double>(sc.durationS));
    stop.raise();
}

void RunContext::snapshotLocks(LockSnapshot *into) const
{
    into->clear();
    const std::uint64_t now = Clock::now();
    for (const auto &rec : locks.all())
        into->emplace_back(rec.get(), rec->totals(now));
}

} // namespace LockLens
