// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/recorder/lockkind.h"

#include <sqlite3.h>

#include <cstdint>

namespace LockLens::LockTrace {

// Where a lock shim reports what it sees. The lab's connections report to their Recorder;
// the trace library (liblocklens-trace) to the channel LockLens reads from another process.
// Called on whichever thread SQLite runs the call on.
class LockSink
{
public:
    virtual ~LockSink() = default;
    // The owner of a file SQLite opens: what its lock calls are reported with, or nullptr
    // to report nothing for it. SQLite opens a connection's main database file while the
    // connection is opened, on the opening thread.
    virtual void *ownerOfFile(const char *name, int flags) = 0;
    virtual std::uint64_t now() = 0;
    // A change of the database file's lock (or a refused attempt: `busy`, `to` asked for).
    virtual void fileLock(void *owner, Lock to, bool busy, std::uint64_t ticks) = 0;
    // A WAL-index lock taken or released (or refused).
    virtual void shmLock(void *owner, Lock lock, bool taken, bool busy, std::uint64_t ticks) = 0;
    // A sleep through the VFS (SQLite's busy handler sleeps this way): from `start` to `end`.
    virtual void slept(int requestedUs, std::uint64_t start, std::uint64_t end)
    {
        (void)requestedUs;
        (void)start;
        (void)end;
    }
    // Whether slept() wants to hear of sleeps (the lab measures its own busy handler).
    virtual bool timesSleeps() const { return false; }
};

// A VFS that wraps another (the default, usually "unix") and forwards every call to it,
// telling a LockSink of the lock calls. A lock is stamped after it is granted and a
// release before it is made, so each recorded interval lies inside the real one. No Qt and
// no call into SQLite's API: the caller registers the filled-in VFS with the SQLite it
// found (the lab: the linked library; the trace library: the traced program's).
class LockShim
{
public:
    // `base`, `name` and `sink` must outlive the shim; so must the shim, once registered.
    LockShim(sqlite3_vfs *base, const char *name, LockSink *sink);
    LockShim(const LockShim &) = delete;
    LockShim &operator=(const LockShim &) = delete;

    sqlite3_vfs *vfs() { return &m_vfs; }
    sqlite3_vfs *base() const { return m_base; }
    LockSink *sink() const { return m_sink; }

private:
    sqlite3_vfs m_vfs {};
    sqlite3_vfs *m_base;
    LockSink *m_sink;
};

} // namespace LockLens::LockTrace
