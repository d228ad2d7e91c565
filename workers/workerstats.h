// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/histogram.h"

#include <QString>

#include <array>
#include <atomic>
#include <cstdint>

namespace LockLens {

class WaitLog;

// How a failed statement failed. The busy classes are told apart because each has its own
// cure: a busy timeout asks for a longer timeout or less contention, an upgrade failure
// asks for BEGIN IMMEDIATE, a stale WAL snapshot asks for a retry.
enum class ErrorClass {
    BusyBegin, // SQLITE_BUSY when starting a transaction (explicit BEGIN or an autocommit statement)
    BusyUpgrade, // SQLITE_BUSY on a write inside a transaction that already read; no busy handler call
    BusySnapshot, // SQLITE_BUSY_SNAPSHOT: a WAL read snapshot went stale before the write
    BusyTimeout, // the busy handler waited for the whole timeout and gave up
    Locked, // SQLITE_LOCKED (shared-cache table locks, same-connection conflicts)
    // PostgreSQL (a lock timeout, 55P03, counts as BusyTimeout):
    Serialization, // 40001: a concurrent transaction changed what this one read; a retry may succeed
    Deadlock, // 40P01: the server broke a cycle of lock waits by failing this transaction
    Other,
    NUM_CLASSES
};
constexpr int ErrorClassCount = int(ErrorClass::NUM_CLASSES);
const char *errorClassKey(ErrorClass c); // "busy_begin", ...

// A counter written by one thread only and read by a sampler: a relaxed load and store,
// never a locked read-modify-write.
class Counter
{
public:
    void add(std::uint64_t d) noexcept
    {
        m_v.store(m_v.load(std::memory_order_relaxed) + d, std::memory_order_relaxed);
    }
    void inc() noexcept { add(1); }
    std::uint64_t get() const noexcept { return m_v.load(std::memory_order_relaxed); }

private:
    std::atomic<std::uint64_t> m_v { 0 };
};

// Time spent waiting, readable while a wait is in progress: a sampler gets the waits
// that ended plus the elapsed part of the one going on, so that a wait of 1.5 s spreads
// over the intervals it spans instead of landing whole in the one where it ended. Written
// by one thread only (the one that waits), read by a sampler.
//
// One word, so that a reader never sees half an update: without a wait in progress, the
// ticks waited so far; during one, the top bit set and (start - ticks waited before), so
// that a single load gives waited + (now - start). Ticks are taken modulo 2^63: the
// difference is right whatever the clock's origin.
class WaitTime
{
public:
    // A wait begins at `start` (Clock ticks); nothing happens when one is already open.
    void begin(std::uint64_t start) noexcept
    {
        const std::uint64_t v = m_v.load(std::memory_order_relaxed);
        if (!(v & Waiting))
            m_v.store(Waiting | ((start - v) & Mask), std::memory_order_relaxed);
    }
    // The open wait ended at `end`: it counts end - start.
    void end(std::uint64_t end) noexcept
    {
        const std::uint64_t v = m_v.load(std::memory_order_relaxed);
        if (v & Waiting)
            m_v.store(elapsed(v, end), std::memory_order_relaxed);
    }
    // A wait measured after the fact (a pool task's time in the queue).
    void add(std::uint64_t ticks) noexcept
    {
        const std::uint64_t v = m_v.load(std::memory_order_relaxed);
        m_v.store(
            v & Waiting ? Waiting | ((v - ticks) & Mask) : (v + ticks) & Mask, std::memory_order_relaxed);
    }
    // Ticks waited up to `now`, the open wait's elapsed part included.
    std::uint64_t at(std::uint64_t now) const noexcept
    {
        const std::uint64_t v = m_v.load(std::memory_order_relaxed);
        return v & Waiting ? elapsed(v, now) : v;
    }
    bool waiting() const noexcept { return m_v.load(std::memory_order_relaxed) & Waiting; }

private:
    static constexpr std::uint64_t Waiting = std::uint64_t(1) << 63;
    static constexpr std::uint64_t Mask = Waiting - 1;
    static std::uint64_t elapsed(std::uint64_t v, std::uint64_t now) noexcept
    {
        // A `now` read a hair before the start (another core) would come out "negative":
        // it counts as no time at all.
        const std::uint64_t d = (now - v) & Mask;
        return d < (Waiting >> 1) ? d : 0;
    }
    std::atomic<std::uint64_t> m_v { 0 };
};

// What one worker (or writer thread, or pool thread) has done so far. Cache-line aligned
// so that workers never share a line.
struct alignas(64) WorkerStats
{
    Counter ops; // committed operations
    Counter tx; // committed transactions
    Counter rows; // rows changed by committed writes
    Counter inserted; // rows inserted by committed transactions
    Counter deleted; // rows deleted by committed transactions
    Counter retries; // transaction attempts repeated after an error
    Counter failedTx; // transactions abandoned after the last try
    Counter cutShortTx; // transactions rolled back because the run ended (or stopped) under them
    Counter busyEvents; // lock conflicts: waits that began plus BUSY errors that never waited
    Counter busyCalls; // busy-handler invocations
    WaitTime lockWaitTicks; // wall time spent in the busy handler waiting for SQLite's locks
    WaitTime appWaitTicks; // wall time spent waiting for the application's mutex or queue
    WaitTime backoffTicks; // wall time slept between a failed try and the next (Scenario::retryBackoff)
    std::array<Counter, ErrorClassCount> errors;
    LatencyHistogram opLatency;
    LatencyHistogram commitLatency;
    LatencyHistogram txLatency; // first try's start (or schedule) to commit, retries included

    // Written by the owning thread, read only after it has been joined.
    std::array<QString, ErrorClassCount> firstErrorMessage;
    // Where the busy handler also logs each wait (nullptr: not logged); set before the
    // worker starts. See WaitLog.
    WaitLog *waitLog = nullptr;
};

// A plain copy of WorkerStats at one instant.
struct StatsSnapshot
{
    std::uint64_t ops = 0, tx = 0, rows = 0, inserted = 0, deleted = 0, retries = 0, failedTx = 0;
    std::uint64_t cutShortTx = 0;
    std::uint64_t busyEvents = 0, busyCalls = 0, lockWaitTicks = 0, appWaitTicks = 0, backoffTicks = 0;
    std::array<std::uint64_t, ErrorClassCount> errors {};
    HistogramData opLatency, commitLatency, txLatency;

    // The counters at `nowTicks` (Clock ticks; 0: now): waits in progress count up to it.
    static StatsSnapshot of(const WorkerStats &s, std::uint64_t nowTicks = 0);
    std::uint64_t errorTotal() const;
    void merge(const StatsSnapshot &o);
    StatsSnapshot since(const StatsSnapshot &earlier) const;
};

} // namespace LockLens
