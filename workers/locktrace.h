// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/recorder/lockkind.h"
#include "workers/seqring.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace LockLens::LockTrace {

// "none", "shared", "reserved", "pending", "exclusive", "wal_write", "wal_checkpoint",
// "wal_recover", "wal_read".
QString lockName(Lock l);
const char *lockKey(Lock l); // the same, without a QString

// One recorded change. For the file lock, from/to are the levels before and after; for a
// WAL-index lock, from is None and to the lock when it is taken, the reverse when it is
// released. A failed attempt (SQLITE_BUSY) is recorded with busy set and `to` the lock that
// was asked for.
struct Event
{
    std::uint64_t ticks = 0; // Clock::now()
    Lock from = Lock::None;
    Lock to = Lock::None;
    bool busy = false;
    // The statement the connection's thread was stepping (currentStatement): Stmt + 1, or
    // 0 outside any (opening, closing, a statement run around StatementSet).
    std::uint8_t statement = 0;
};

// What the calling thread is stepping, as Event::statement codes it; set by
// StatementScope (currentstatement.h) and read by the Recorder on the same thread.
inline thread_local std::uint8_t currentStatement = 0;

// Time spent in each state, and how many transitions, for one connection.
struct Totals
{
    // File lock: seconds at each level (None..Exclusive); WAL-index locks: seconds held.
    std::array<double, LockCount> secondsIn {};
    std::uint64_t transitions = 0; // changes of any lock, failed attempts not counted
    std::uint64_t busyAttempts = 0; // lock requests that got SQLITE_BUSY

    // What happened between `earlier` and this.
    Totals since(const Totals &earlier) const;
};

// Records the lock transitions of one connection. Written by the VFS in whichever thread
// uses the connection (one at a time: the engine keeps a connection on one thread, or
// behind its mutex; Qt opens connections without SQLite's own mutex); read by any thread.
// Recording costs a clock read, the ring's push (SeqRing: a load and four stores) and the
// lane's totals; the ring keeps the last capacity() events, the totals are exact.
class Recorder
{
public:
    static constexpr std::size_t DefaultCapacity = std::size_t(1) << 14; // 192 KiB per connection

    explicit Recorder(QString name, std::size_t capacity = DefaultCapacity);
    Recorder(const Recorder &) = delete;
    Recorder &operator=(const Recorder &) = delete;

    const QString &name() const { return m_name; }

    // Called by the VFS. `ticks`: when it happened (0: now). A lock is stamped after it is
    // granted and a release before it is made, so each recorded interval lies inside the
    // real one and two connections' exclusive intervals never appear to overlap.
    void fileLock(Lock to, bool busy, std::uint64_t ticks = 0);
    void shmLock(Lock lock, bool taken, bool busy, std::uint64_t ticks = 0);

    // Totals up to `nowTicks` (the state held at that moment counts until then).
    Totals totals(std::uint64_t nowTicks) const;
    // Copies the events from index `cursor` on (0: the first ever) into `out`; returns the
    // index to continue from. Events already overwritten are skipped and counted in *lost.
    std::uint64_t read(std::uint64_t cursor, std::vector<Event> *out, std::uint64_t *lost = nullptr) const;
    std::uint64_t written() const { return m_ring.written(); }
    std::size_t capacity() const { return m_ring.capacity(); }
    // The connection closed: its time stops counting here.
    void finish();
    // Releases whatever it holds at `ticks` (a lane taken over by another connection after one
    // whose releases were never seen: records dropped, a close with statements unfinished).
    void releaseAll(std::uint64_t ticks);

private:
    void push(std::uint64_t ticks, Lock from, Lock to, bool busy);
    void account(int lane, std::uint64_t ticks, bool nowHeld);

    QString m_name;
    // Per event, the ticks and the packed from/to/busy/statement.
    SeqRing<std::uint64_t, std::uint32_t> m_ring;
    std::atomic<std::uint64_t> m_busy { 0 };
    std::atomic<std::uint64_t> m_started; // when recording began (ticks)
    std::atomic<std::uint64_t> m_finished { 0 }; // when the connection closed (0: open)

    // Lane 0 is the file lock (its level in m_level); lanes WalWrite.. are the WAL-index
    // locks (held or not). Per lane: since when the current state holds, and the ticks
    // accumulated per state.
    std::atomic<std::uint8_t> m_level { 0 };
    std::array<std::atomic<std::uint64_t>, LockCount> m_accumulated {};
    std::array<std::atomic<std::uint64_t>, LockCount> m_since {};
    std::array<std::atomic<std::uint32_t>, LockCount> m_held {}; // WAL lanes: slots held
};

// The recorders of one run, one per traced connection; they outlive their connections so
// that the run's totals can be read at its end. Thread-safe.
class Registry
{
public:
    std::shared_ptr<Recorder> add(const QString &name);
    std::vector<std::shared_ptr<Recorder>> all() const;
    // The ring size of the recorders added from now on (Recorder::DefaultCapacity until set).
    void setRingCapacity(std::size_t events);

private:
    mutable std::mutex m_mutex;
    std::size_t m_capacity = Recorder::DefaultCapacity;
    std::vector<std::shared_ptr<Recorder>> m_recorders;
};

// Event times in seconds from a time zero (the load's start; negative before it), with
// one tick length fixed when the zero is set: Clock's calibration moves on for the life
// of the process, and converting each event with the calibration of the moment could
// reorder two close events.
struct TimeBase
{
    std::uint64_t originTicks = 0; // 0: not set yet
    double nsPerTick = 1;

    static TimeBase at(std::uint64_t originTicks);
    bool isSet() const { return originTicks != 0; }
    double seconds(std::uint64_t ticks) const;
};

// One row per transition, for `--lock-trace FILE`: "t_s,worker,from,to,statement" (failed
// attempts left out); statement is the kind running ("insert", "commit"; "" for none).
QString csvHeader();
// A worker's name as its rows carry it (UTF-8; quoted when it holds a comma or a quote).
QByteArray csvField(const QString &worker);
// Appends the row of `e` (t_s to the nanosecond). Formats bytes directly, without a QString:
// the trace writer keeps up with millions of transitions a second.
void appendCsvRow(QByteArray *out, const Event &e, const QByteArray &workerField, const TimeBase &time);
// The same with the statement column given (a traced program's SQL, csvField-quoted).
void appendCsvRow(QByteArray *out, const Event &e, const QByteArray &workerField, const TimeBase &time,
    QByteArrayView statementField);

} // namespace LockLens::LockTrace
