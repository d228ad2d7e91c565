// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/recorder/lockkind.h"
#include "workers/tracechannelfile.h"
#include "workers/workerstats.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <utility>
#include <vector>

namespace LockLens::Trace {

// What a trace of another program shows, built from the channel's records in the order they
// arrive: its processes, their connections and the lock states each held, and every
// SQLITE_BUSY / SQLITE_LOCKED the program got with the connection that held the lock it
// wanted. Times are seconds from the trace's start.
class Model
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::Trace::Model)
public:
    struct Process
    {
        std::uint32_t pid = 0;
        std::uint32_t parent = 0;
        QString command; // its arguments joined by spaces; "" for a fork that did not exec
        double startS = 0;
    };

    // Who held what a blocked connection asked for.
    struct Holder
    {
        int connection = 0; // 0: none found (another program, or the lock was already free)
        std::uint32_t pid = 0;
        std::uint32_t thread = 0; // the thread that last ran a statement on it
        LockTrace::Lock lock = LockTrace::Lock::None;
        double sinceS = 0; // held since
        QString statement; // its last statement when it was asked
        double transactionSinceS = -1; // its open transaction began then (-1: none open)
    };

    struct Blocked
    {
        double tS = 0; // when the step that failed began
        double waitedS = 0; // how long that step took (the busy handler's waits within)
        std::uint32_t pid = 0;
        std::uint32_t thread = 0;
        int connection = 0;
        QString statement;
        int result = 0; // the extended result code
        ErrorClass errorClass = ErrorClass::Other;
        LockTrace::Lock wanted = LockTrace::Lock::None; // the lock refused last (None: not seen)
        Holder holder;
    };

    struct Connection
    {
        int id = 0; // from 1, in the order of opening across the trace
        std::uint32_t pid = 0;
        std::uint32_t number = 0; // its number in its process
        QString file;
        int openResult = 0;
        double openedS = 0;
        double closedS = -1; // -1: still open when the trace ended
        std::set<std::uint32_t> threads; // every OS thread that ran a statement on it
        // Seconds in each state of the database file's lock, and with each WAL-index lock held.
        std::array<double, LockTrace::LockCount> secondsIn {};
        std::uint64_t busyAttempts = 0; // lock requests refused
        std::array<std::uint64_t, ErrorClassCount> errors {}; // BUSY/LOCKED results by class
        std::uint64_t transactions = 0, commits = 0; // begun; ended (committed or rolled back)
        double longestTransactionS = 0;
        // From the exact counters: statements run, steps, time inside sqlite3_step, busy-handler
        // sleeps and their time.
        std::uint64_t statements = 0, steps = 0, sleeps = 0, rowsChanged = 0;
        double stepS = 0, sleepS = 0;
        bool countersKnown = false;
    };

    // `originTicks`: the trace's time zero (Clock ticks, the moment the command started).
    explicit Model(std::uint64_t originTicks);

    void add(const TraceRecord &r);
    // The end of the trace: open states are counted up to `endTicks`, and the exact counters
    // are read from the channel.
    void finish(std::uint64_t endTicks, const Channel &channel);

    const std::vector<Process> &processes() const { return m_processes; }
    std::uint64_t records() const { return m_records; } // records read
    const std::vector<Connection> &connections() const { return m_connections; }
    const std::vector<Blocked> &blocked() const { return m_blocked; }
    QString statementText(std::uint32_t pid, std::uint32_t stmt) const;
    double seconds(std::uint64_t ticks) const; // since the trace's time zero
    double span(std::uint64_t from, std::uint64_t to) const; // seconds between two tick counts

private:
    // The live state of one connection while the records are read.
    struct State
    {
        int index = -1; // into m_connections
        LockTrace::Lock level = LockTrace::Lock::None;
        std::uint64_t levelSince = 0;
        std::array<int, LockTrace::LockCount> held {}; // WAL-index locks: slots held
        std::array<std::uint64_t, LockTrace::LockCount> heldSince {};
        std::uint32_t lastStatement = 0;
        std::uint32_t lastThread = 0;
        std::uint64_t transactionSince = 0; // 0: none open
        LockTrace::Lock lastRefused = LockTrace::Lock::None;
        std::uint64_t lastRefusedAt = 0;
        std::uint64_t lastSleepAt = 0;
        bool open = true;
    };
    using Key = std::pair<std::uint32_t, std::uint32_t>; // pid, connection number

    State *state(const TraceRecord &r);
    void processStarted(const TraceRecord &r);
    void opened(const TraceRecord &r);
    void fileLock(State &s, const TraceRecord &r);
    void shmLock(State &s, const TraceRecord &r);
    void result(State &s, const TraceRecord &r);
    void closeState(State &s, std::uint64_t ticks);
    Holder findHolder(const State &blocked, LockTrace::Lock wanted) const;
    void dropStaleHolders(const State &taker, LockTrace::Lock taken, std::uint64_t ticks);
    static bool conflicts(LockTrace::Lock wanted, const State &other, LockTrace::Lock *held, std::uint64_t *since);

    std::uint64_t m_origin;
    std::uint64_t m_records = 0;
    double m_nsPerTick;
    std::vector<Process> m_processes;
    std::vector<Connection> m_connections;
    std::vector<Blocked> m_blocked;
    std::map<Key, State> m_states; // the connection open now under each key
    std::map<Key, QString> m_statements; // (pid, statement id) -> text
    std::map<std::uint32_t, std::uint32_t> m_parents; // forked pid -> parent, for their texts
};

} // namespace LockLens::Trace
