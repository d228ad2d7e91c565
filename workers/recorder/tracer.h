// SPDX-License-Identifier: GPL-3.0-or-later
// The trace library's recorder of one process (liblocklens-trace; see tracepreload.cpp): what
// the interposed SQLite functions (interpose.cpp) hand their calls to.
#pragma once

#include "workers/recorder/clock.h"
#include "workers/recorder/lockshim.h"
#include "workers/recorder/programsqlite.h"
#include "workers/recorder/statementtext.h"
#include "workers/recorder/tracechannel.h"

#include <sqlite3.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace LockLens::Trace {

struct Conn; // one traced connection (tracepreload.cpp)

class Tracer final : public LockTrace::LockSink
{
public:
    static Tracer &instance()
    {
        static Tracer *t = new Tracer; // never destroyed: threads may still step at exit
        return *t;
    }
    const ProgramSqlite &real() const { return m_real; }
    bool active() const { return m_active; }

    // Before and after the program's open call: the main database file SQLite opens meanwhile
    // (on this thread) belongs to the connection being opened.
    Conn *beginOpen();
    void endOpen(Conn *c, sqlite3 *db, int rc, const char *name);
    void closed(sqlite3 *db);
    int step(sqlite3_stmt *s);
    void finalized(sqlite3_stmt *s);

    // LockSink
    void *ownerOfFile(const char *, int) override;
    std::uint64_t now() override { return Clock::now(); }
    void fileLock(void *owner, LockTrace::Lock to, bool busy, std::uint64_t ticks) override;
    void shmLock(void *owner, LockTrace::Lock lock, bool taken, bool busy, std::uint64_t ticks) override;
    void slept(int requestedUs, std::uint64_t start, std::uint64_t end) override;
    bool timesSleeps() const override { return true; }

private:
    Tracer();
    void attach(); // maps the channel, says who this process is, wraps the default VFS
    Entry record(Kind kind, const Conn *c) const;
    bool push(const Entry &r, const char *text = nullptr, std::size_t length = 0) const; // false: dropped
    Conn *connOf(sqlite3 *db);
    std::uint32_t statementId(sqlite3_stmt *s);
    std::uint32_t idOfText(const char *sql); // a new id (and its text sent) for a text not seen
public:
    void prepared(sqlite3_stmt *s);
private:
    void afterFork();

    ProgramSqlite m_real;
    bool m_active = false;
    Channel m_channel { nullptr, 0 };
    std::uint32_t m_pid = 0;
    std::uint32_t m_image = 0; // this process image's number in the trace (from 1)
    std::unique_ptr<LockTrace::LockShim> m_shim;
    std::mutex m_mutex; // the maps below
    std::unordered_map<sqlite3 *, Conn *> m_conns;
    StatementText::Ids m_texts; // (values kept in them with locklens trace --sql-literals)
    std::unordered_map<sqlite3_stmt *, std::uint32_t> m_statementIds; // the program's, by pointer
    std::uint32_t m_nextConn = 1;
    // Bumped by every finalize and close: the threads' caches of statement ids and
    // connections by pointer are looked up again (a pointer may come back for another).
    std::atomic<std::uint64_t> m_generation { 1 };
};

} // namespace LockLens::Trace
