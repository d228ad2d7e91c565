// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/scenario.h"
#include "workers/stopflag.h"
#include "workers/workerstats.h"

#include <atomic>
#include <cstdint>

struct sqlite3;

namespace LockLens {

// State of the busy handler of one connection. Used only by the thread that currently
// holds the connection; its figures go to the WorkerStats named by `charge`.
struct BusyContext
{
    BusyPolicy policy = BusyPolicy::Sqlite;
    int timeoutMs = 5000;
    bool counting = true; // instrumented: count calls and book waits (the schedule runs either way)
    WorkerStats *charge = nullptr;
    const StopFlag *abort = nullptr; // once raised, stop waiting (even mid-sleep): the run is ending

    bool open = false; // an episode of waiting is in progress for the current statement
    bool gaveUp = false; // the handler gave up because the timeout expired
    bool aborted = false; // the handler gave up because the run is ending
    std::uint64_t episodeStart = 0;
    std::uint64_t callStart = 0; // where the current call's wait starts (the previous return, after the first)
    std::uint64_t lastReturn = 0;

    // Call after every statement: ends the statement's episode of waiting. Returns whether
    // the handler was called during it. The time waited is booked as it passes (in
    // WorkerStats::lockWaitTicks, from the first call's entry to the last call's return,
    // the time between calls included), so that a sampler sees a long wait while it lasts.
    bool flush() noexcept
    {
        if (!open)
            return false;
        open = false;
        return true;
    }
};

// Installs the counting busy handler on a connection of the linked SQLite (this replaces
// any busy timeout set before).
void installBusyHandler(sqlite3 *db, BusyContext *context);

// The delay, in ms, that SQLite's default busy handler sleeps on its `count`-th call with
// the given timeout; -1 once the timeout is used up. Exposed for tests.
int sqliteBusyDelayMs(int count, int timeoutMs);

} // namespace LockLens
