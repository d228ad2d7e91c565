// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/busyhandler.h"

#include "workers/recorder/clock.h"
#include "workers/waitlog.h"

#include <sqlite3.h>

#include <chrono>
#include <thread>

namespace LockLens {

int sqliteBusyDelayMs(int count, int timeoutMs)
{
    // The schedule of sqliteDefaultBusyCallback() in SQLite's main.c.
    static const int delays[] = { 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100 };
    static const int totals[] = { 0, 1, 3, 8, 18, 33, 53, 78, 103, 128, 178, 228 };
    constexpr int n = int(sizeof delays / sizeof delays[0]);
    int delay, prior;
    if (count < n) {
        delay = delays[count];
        prior = totals[count];
    } else {
        delay = delays[n - 1];
        prior = totals[n - 1] + delay * (count - (n - 1));
    }
    if (prior + delay > timeoutMs) {
        delay = timeoutMs - prior;
        if (delay <= 0)
            return -1;
    }
    return delay;
}

namespace {

// The longest time between two calls of the handler that is taken for SQLite trying the lock
// again (a few microseconds; generous for a busy machine).
constexpr double RetryGapNs = 1e6;

// Every return of the handler: the wait that began at its entry ends at `t`.
int leave(BusyContext *c, std::uint64_t t, int result)
{
    c->lastReturn = t;
    if (c->counting) {
        c->charge->lockWaitTicks.end(t);
        if (WaitLog *log = c->charge->waitLog)
            log->push(c->callStart, t);
    }
    return result;
}

int busyCallback(void *arg, int count)
{
    auto *c = static_cast<BusyContext *>(arg);
    const std::uint64_t now = Clock::now();
    if (count == 0) {
        if (c->counting) {
            c->flush();
            c->open = true;
            c->charge->busyEvents.inc();
        }
        c->gaveUp = false;
        c->episodeStart = now;
    }
    // A wait runs from the first BUSY on: a later call's wait starts at the previous call's
    // return, so that the time SQLite spends trying the lock again between two calls counts
    // too (with the spin policy's 1 ms sleeps that is about 1% of a blocked second). Only what
    // the statement does after its last retry, once it has the lock, is not a wait. (A step
    // that waits for two locks, RESERVED then EXCLUSIVE at an autocommit's commit, keeps
    // SQLite's count between them: a gap longer than a retry takes is the statement's work,
    // not waiting, and is left out.)
    const bool retrying = count > 0 && now - c->lastReturn <= Clock::fromNs(RetryGapNs);
    c->callStart = retrying ? c->lastReturn : now;
    if (c->counting) {
        c->charge->busyCalls.inc();
        c->charge->lockWaitTicks.begin(c->callStart);
    }
    if (c->abort && c->abort->raised()) {
        c->aborted = true;
        return leave(c, now, 0);
    }

    int delayMs = 0;
    switch (c->policy) {
    case BusyPolicy::None:
        return leave(c, now, 0);
    case BusyPolicy::Spin:
        if (Clock::toMs(now - c->episodeStart) >= double(c->timeoutMs))
            delayMs = -1;
        else
            delayMs = 1;
        break;
    case BusyPolicy::Sqlite:
        delayMs = sqliteBusyDelayMs(count, c->timeoutMs);
        break;
    }
    if (delayMs < 0) {
        c->gaveUp = true;
        return leave(c, now, 0);
    }
    // A sleep the end of the run cuts short: a stop never waits out a 100 ms step.
    const auto delay = std::chrono::milliseconds(delayMs);
    if (c->abort && !c->abort->sleepFor(delay)) {
        c->aborted = true;
        return leave(c, Clock::now(), 0);
    }
    if (!c->abort)
        std::this_thread::sleep_for(delay);
    return leave(c, Clock::now(), 1);
}

} // namespace

void installBusyHandler(sqlite3 *db, BusyContext *context)
{
    sqlite3_busy_handler(db, &busyCallback, context);
}

} // namespace LockLens
