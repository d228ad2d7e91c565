// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/recorder/lockkind.h"
#include "workers/workerstats.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <vector>

namespace LockLens::Trace {

// What a trace of another program found, as its summary, its JSON document and its reports
// give it: the processes, their SQLite connections, and every SQLITE_BUSY / SQLITE_LOCKED the
// program got with who held the lock. Times are seconds from the trace's start (the moment
// the command started). Trace::Model builds them from the channel's records.

// A process that loaded the recorder and used SQLite.
struct Process
{
    std::uint32_t pid = 0;
    std::uint32_t parent = 0;
    QString command; // its arguments joined by spaces; "" for a fork that did not exec
    double startS = 0;
    std::optional<int> exitStatus; // known for the command's own process only
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
    QString file; // its database, as the connection opened it
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
    std::uint32_t image = 0; // which image of its process (the recorder's count: an exec is a new one)
    QString file;
    int openResult = 0;
    double openedS = 0;
    double closedS = -1; // -1: still open when the trace ended
    std::set<std::uint32_t> threads; // every OS thread that ran a statement on it
    // Seconds in each state of the database file's lock, and with each WAL-index lock held.
    std::array<double, LockTrace::LockCount> secondsIn {};
    std::uint64_t transitions = 0; // lock changes (refused requests not counted)
    std::uint64_t busyAttempts = 0; // lock requests refused
    std::array<std::uint64_t, ErrorClassCount> errors {}; // BUSY/LOCKED results by class
    // Begun; committed; rolled back (by ROLLBACK, or by SQLite after an error in a step).
    std::uint64_t transactions = 0, commits = 0, rollbacks = 0;
    double longestTransactionS = 0;
    // From the exact counters: statements run, steps, time inside sqlite3_step, busy-handler
    // sleeps and their time.
    std::uint64_t statements = 0, steps = 0, sleeps = 0, rowsChanged = 0;
    double stepS = 0, sleepS = 0;
    // From the exact counters too: every SQLITE_BUSY and SQLITE_LOCKED result (`errors`, from the
    // records, may miss some when the channel dropped records: programOf() makes up the difference).
    std::uint64_t busyResults = 0, lockedResults = 0;
    std::uint64_t busyNotClassified = 0; // of them, in errors[Other]: their records were dropped
    bool countersKnown = false;
    bool countersFinal = false; // from the record its process sent when it closed
    // > 0: the entry sums this many closed connections of one process and file, `id` the
    // first of them (Trace::MaxListedConnections); `threads` then holds at most MaxSummedThreads.
    std::uint64_t summed = 0;
    double summedOpenS = 0; // a summed entry: the time its connections were open, added up
    static constexpr std::size_t MaxSummedThreads = 32;
};

// A program that opens a connection per request opens thousands: the first ones are listed one
// by one, and of the later ones, those closed are summed, one entry per process and file
// (Connection::summed), so that a trace's memory, document and report stay bounded however
// long the program runs.
constexpr std::size_t MaxListedConnections = 1000;
// The entry that sums closed connection `c` (or, a summed entry itself, `c`).
Connection sumOf(const Connection &c);
// Adds closed connection `c` (or summed entry `c`) into summed entry `sum`.
void addTo(Connection &sum, const Connection &c);

// A traced program's run: how it was started and ended, and what was found.
struct Program
{
    QStringList command; // the program and its arguments
    QString folder; // where it ran
    int exitStatus = 0; // as a shell gives it: 128+N when signal N ended it
    int signal = 0; // the signal that ended it; 0: it exited
    std::uint64_t recordsRead = 0;
    std::uint64_t recordsDropped = 0; // found the channel full
    std::uint64_t recordsLost = 0; // reserved by a process that ended before writing them
    QStringList databases; // --db: only database files matching these (empty: all)
    std::vector<Process> processes;
    std::vector<Connection> connections;
    std::vector<Blocked> blocked;
    std::uint64_t blockedNotListed = 0; // beyond Model::MaxBlocked: counted by class, not listed
    // SQLITE_BUSY results whose records the channel dropped: counted (as ErrorClass::Other), of
    // no known class.
    std::uint64_t resultsNotClassified = 0;
};

} // namespace LockLens::Trace
