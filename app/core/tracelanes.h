// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/locktrace.h"
#include "workers/tracefacts.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <utility>
#include <memory>
#include <vector>

namespace LockLens::Trace {

class Model;

// The timeline's lanes for a traced program: at most MaxLanes, each showing one connection at a
// time. A lane is its thread's: a connection takes the lane that the last connection its thread
// used (in the same process) left when it closed, else one whose thread has ended, so a program
// that opens a connection per request goes on showing on its threads' lanes for as long as it
// runs, and one that starts a thread (or a process) per request on about as many lanes as it
// has requests at once. Beyond MaxLanes, a new connection takes a lane that a closed one left,
// or has none until one is free.
class Lanes
{
public:
    static constexpr int MaxLanes = 64;

    struct Lane
    {
        std::shared_ptr<LockTrace::Recorder> recorder; // its name: laneName() of its first connection
        std::uint32_t pid = 0; // of the connection on it now
        std::uint32_t thread = 0; // that took it for that connection
        int connection = 0; // on it now
        int connections = 0; // that it has shown
        bool processes = false; // of more than one process
        bool threads = false; // taken by more than one thread
        bool ended = false; // `thread` was found to have ended
    };

    // Whether thread `thread` of process `pid` still runs (threadRuns() unless a test says);
    // thread 0: whether the process does.
    using ThreadRuns = std::function<bool(std::uint32_t pid, std::uint32_t thread)>;
    static bool threadRuns(std::uint32_t pid, std::uint32_t thread); // Linux: /proc/PID/task/TID, /proc/PID

    // `registry`: where the lanes' recorders go (the timeline reads them); `model`: the trace's,
    // which says when a connection has closed. Neither owned; both outlive this.
    Lanes(LockTrace::Registry *registry, const Model *model, ThreadRuns runs = {});

    // The timeline's name for a lane: "pid 4242 conn3", its first connection (lanes sort by process).
    static QString laneName(std::uint32_t pid, int connection);

    // The lane of connection `c`, which `thread` is changing the locks of now, at `ticks`
    // (`fileLock`: of the database file, whose state the lane then shows rightly from here on);
    // null when it has none: a database not kept, or every lane taken by an open connection.
    LockTrace::Recorder *laneOf(const Connection &c, std::uint32_t thread, bool fileLock, bool kept, std::uint64_t ticks);

    const std::vector<Lane> &lanes() const { return m_lanes; }
    // The name of the lane that showed connection `id`, "" if none.
    QString nameOf(int id) const;

private:
    int freeLane(std::uint32_t pid, std::uint32_t thread); // -1: none
    void take(int lane, const Connection &c, std::uint32_t thread, std::uint64_t ticks);
    // Lane `l`'s connection has closed, or its process has ended without closing it.
    bool isFree(const Lane &l) const;

    LockTrace::Registry *m_registry;
    const Model *m_model;
    ThreadRuns m_alive;
    std::vector<Lane> m_lanes;
    std::vector<std::int8_t> m_laneOf; // per connection id - 1: its lane (-1: none yet, -2: never asked)
    // No lane was free when this many connections had closed and processes begun.
    std::pair<std::uint64_t, std::size_t> m_lookedAt { ~std::uint64_t(0), 0 };
};

} // namespace LockLens::Trace
