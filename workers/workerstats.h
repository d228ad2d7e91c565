// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "histogram.h"

#include <QString>

#include <array>
#include <atomic>
#include <cstdint>

namespace LockLens {

// How a failed statement failed. The busy classes are told apart because each has its own
// cure: a busy timeout asks for a longer timeout or less contention, an upgrade failure
// asks for BEGIN IMMEDIATE, a stale WAL snapshot asks for a retry.
enum class ErrorClass {
    BusyBegin, // SQLITE_BUSY when starting a transaction (explicit BEGIN or an autocommit statement)
    BusyUpgrade, // SQLITE_BUSY on a write inside a transaction that already read; no busy handler call
    BusySnapshot, // SQLITE_BUSY_SNAPSHOT: a WAL read snapshot went stale before the write
    BusyTimeout, // the busy handler waited for the whole timeout and gave up
    Locked, // SQLITE_LOCKED (shared-cache table locks, same-connection conflicts)
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
    Counter busyEvents; // lock conflicts: waits that began plus BUSY errors that never waited
    Counter busyCalls; // busy-handler invocations
    Counter lockWaitTicks; // wall time statements spent waiting for SQLite's locks
    Counter appWaitTicks; // wall time spent waiting for the application's mutex or queue
    std::array<Counter, ErrorClassCount> errors;
    LatencyHistogram opLatency;
    LatencyHistogram commitLatency;
    LatencyHistogram txLatency; // first try's start (or schedule) to commit, retries included

    // Written by the owning thread, read only after it has been joined.
    std::array<QString, ErrorClassCount> firstErrorMessage;
};

// A plain copy of WorkerStats at one instant.
struct StatsSnapshot
{
    std::uint64_t ops = 0, tx = 0, rows = 0, inserted = 0, deleted = 0, retries = 0, failedTx = 0;
    std::uint64_t busyEvents = 0, busyCalls = 0, lockWaitTicks = 0, appWaitTicks = 0;
    std::array<std::uint64_t, ErrorClassCount> errors {};
    HistogramData opLatency, commitLatency, txLatency;

    static StatsSnapshot of(const WorkerStats &s);
    std::uint64_t errorTotal() const;
    void merge(const StatsSnapshot &o);
    StatsSnapshot since(const StatsSnapshot &earlier) const;
};

} // namespace LockLens
