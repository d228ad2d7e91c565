// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/locktrace.h"
#include "workers/tracechannelfile.h"
#include "workers/tracefacts.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
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
    using Process = Trace::Process;
    using Holder = Trace::Holder;
    using Blocked = Trace::Blocked;
    using Connection = Trace::Connection;

    // `originTicks`: the trace's time zero (Clock ticks, the moment the command started).
    explicit Model(std::uint64_t originTicks);

    // Which databases the trace keeps (locklens trace --db): of those, the first
    // MaxListedConnections are listed one by one; the connections of the others are summed as
    // soon as they close. All are kept until this is set.
    void setKeep(std::function<bool(const QString &file)> keep) { m_keep = std::move(keep); }
    // Whether process `pid` still runs: readCounters() then gives back the counter slots of
    // connections whose process ended without closing them (not looked for until this is set).
    void setProcessRuns(std::function<bool(std::uint32_t pid)> runs) { m_processRuns = std::move(runs); }

    // Called with every change of a connection's locks as the records are read, and every
    // request refused (Event::busy, `to` the lock asked for), with the statement it was running
    // (its id in the connection's process: statementText() gives its SQL, for those who need it),
    // and the thread whose call made the change.
    using TransitionSink = std::function<void(
        const Connection &, const LockTrace::Event &, std::uint32_t statement, std::uint32_t thread)>;
    void setTransitionSink(TransitionSink sink) { m_sink = std::move(sink); }

    void add(const TraceRecord &r);
    // The end of the trace: open states are counted up to `endTicks`, and the exact counters
    // are read from the channel.
    void finish(std::uint64_t endTicks, const Channel &channel);
    // The exact counters (statements, steps, sleeps, rows changed) as they stand now, for
    // figures while the program runs; finish() reads them a last time. (It gives back the slots
    // of processes that ended without closing their connections: see setProcessRuns().)
    void readCounters(const Channel &channel);

    const std::vector<Process> &processes() const { return m_processes; }
    std::uint64_t records() const { return m_records; } // records read
    // The connections: the first MaxListedConnections kept one by one, and of the others, each
    // one open (or closed without its final counts), and those closed summed, an entry per
    // process and file (Connection::summed, `id` its first), so that a program that opens a
    // connection per request for hours keeps the model bounded. Beyond the first ones, in no
    // particular order.
    const std::vector<Connection> &connections() const { return m_connections; }
    // Connection `id`, or nullptr once it has been summed into its process's entry (it closed).
    const Connection *connection(int id) const;
    int connectionCount() const { return m_opened; } // connections opened so far
    std::uint64_t closedCount() const { return m_closed; } // connections closed so far
    // Every BUSY/LOCKED result with its holder, up to MaxBlocked (a program that fails so for
    // hours keeps its memory bounded; the results are counted by class all the same).
    static constexpr std::size_t MaxBlocked = 20000;
    const std::vector<Blocked> &blocked() const { return m_blocked; }
    std::uint64_t blockedNotKept() const { return m_blockedNotKept; }
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
        std::uint32_t lockThread = 0; // the thread of the last lock record
        std::uint64_t transactionSince = 0; // 0: none open
        LockTrace::Lock lastRefused = LockTrace::Lock::None;
        std::uint64_t lastRefusedAt = 0;
        std::uint64_t lastSleepAt = 0;
        std::uint32_t lastErrorStatement = 0; // the statement of the last step that failed
        std::uint64_t lastErrorAt = 0; // and when that step began
        bool open = true;
    };
    using Key = std::pair<std::uint32_t, std::uint32_t>; // pid, connection number

    State *state(const TraceRecord &r);
    void processStarted(const TraceRecord &r);
    void opened(const TraceRecord &r);
    void fileLock(State &s, const TraceRecord &r);
    void shmLock(State &s, const TraceRecord &r);
    void result(State &s, const TraceRecord &r);
    void transactionEnded(State &s, const TraceRecord &r);
    void closeState(State &s, std::uint64_t ticks);
    void fold(std::size_t at); // sums closed connection m_connections[at] into its entry, if it is time
    void finalCounters(const State &s, const TraceRecord &r); // a Counters record
    void setCounters(Connection &c, const FinalCounters &f);
    void changed(const State &s, LockTrace::Lock from, LockTrace::Lock to, std::uint64_t ticks);
    void refused(const State &s, LockTrace::Lock wanted, std::uint64_t ticks);
    Holder findHolder(const State &blocked, LockTrace::Lock wanted) const;
    void dropStaleHolders(const State &taker, LockTrace::Lock taken, std::uint64_t ticks);
    static bool conflicts(LockTrace::Lock wanted, const State &other, LockTrace::Lock *held, std::uint64_t *since);

    std::uint64_t m_origin;
    std::uint64_t m_records = 0;
    std::uint64_t m_closed = 0;
    double m_nsPerTick;
    std::vector<Process> m_processes;
    std::vector<Connection> m_connections;
    int m_opened = 0;
    std::function<bool(const QString &)> m_keep;
    std::function<bool(std::uint32_t)> m_processRuns;
    std::size_t m_keptOpened = 0; // connections opened on databases kept
    std::vector<bool> m_listed; // per connection id - 1: listed one by one, never summed
    std::unordered_map<int, std::size_t> m_at; // connection or summed entry id -> its place in m_connections
    std::map<std::pair<std::uint32_t, QString>, int> m_sums; // (pid, file) -> its summed entry's id
    std::vector<Blocked> m_blocked;
    std::uint64_t m_blockedNotKept = 0;
    std::map<Key, State> m_states; // the connection open now under each key
    // Each connection not summed by its process, process image and number, as its counter slot
    // names it: its id.
    std::map<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>, int> m_byKey;
    std::map<Key, QString> m_statements; // (pid, statement id) -> text
    std::map<std::uint32_t, std::uint32_t> m_parents; // forked pid -> parent, for their texts
    TransitionSink m_sink;
};

} // namespace LockLens::Trace
