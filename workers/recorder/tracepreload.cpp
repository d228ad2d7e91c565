// SPDX-License-Identifier: GPL-3.0-or-later
// liblocklens-trace: loaded into a program that `locklens trace` starts (LD_PRELOAD), it
// records what the program's SQLite does into the channel LockLens named in LOCKLENS_TRACE.
//
// It does nothing until the program opens a database: a process that never uses SQLite
// (the shell that starts the program, its other tools) pays one getenv and maps nothing.
// On the first open it finds the program's own SQLite (the next definition of the open
// functions after this library), wraps the default VFS with the lock shim and records,
// per connection: its file, its locks, its busy-handler sleeps, the statements it begins,
// its transactions and the errors its steps return. It replaces no busy handler, no timeout
// and no result: every call goes on to SQLite unchanged and returns what SQLite returned.
// (The SQLite functions it stands in front of are in interpose.cpp; the Tracer in tracer.h.)
#include "workers/recorder/tracer.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace LockLens::Trace {
using LockTrace::Lock;

namespace {

// What each thread keeps, in one block (the library is built with initial-exec TLS: a
// preloaded library's thread-locals cost a plain load, not a call).
struct ThreadState
{
    std::uint32_t tid = 0; // 0: not read yet (and after a fork, in the child)
    Conn *opening = nullptr; // the connection this thread is opening
    Conn *stepping = nullptr; // the connection this thread steps (for sleeps)
    sqlite3 *db = nullptr; // the last handle looked up, its connection, and when
    Conn *conn = nullptr;
    std::uint64_t connGeneration = 0;
    sqlite3_stmt *stmt = nullptr; // the last statement looked up, its id, and when
    std::uint32_t stmtId = 0;
    std::uint64_t stmtGeneration = 0;
};
thread_local ThreadState t_state;

std::uint32_t threadId()
{
    if (t_state.tid == 0)
        t_state.tid = std::uint32_t(::syscall(SYS_gettid));
    return t_state.tid;
}

} // namespace

// One traced connection: its number in the process and its exact counters.
struct Conn
{
    std::uint32_t id = 0;
    // nullptr when the table was full; given back when the connection closes
    std::atomic<ConnCounters *> counters { nullptr };
    std::atomic<std::uint32_t> lastStmt { 0 };
    std::atomic<std::uint32_t> lastThread { 0 };
    std::atomic<bool> shared { false }; // stepped by more than one thread
    std::atomic<bool> inTransaction { false };
    Lock level = Lock::None; // the database file's lock, as last recorded
};

void *Tracer::ownerOfFile(const char *, int)
{
    return t_state.opening;
}

Tracer::Tracer()
{
    if (!m_real.resolve() || !std::getenv(ChannelEnv))
        return;
    attach();
}

void Tracer::attach()
{
    const char *path = std::getenv(ChannelEnv);
    const int fd = ::open(path, O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat st {};
    void *base = MAP_FAILED;
    if (::fstat(fd, &st) == 0 && st.st_size > 0)
        base = ::mmap(nullptr, std::size_t(st.st_size), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    ::close(fd);
    if (base == MAP_FAILED)
        return;
    m_channel = Channel(base, std::size_t(st.st_size));
    if (!m_channel.valid())
        return;
    sqlite3_vfs *dflt = m_real.vfsFind(nullptr);
    if (!dflt)
        return;
    m_shim = std::make_unique<LockTrace::LockShim>(dflt, "locklens-trace", this);
    if (m_real.vfsRegister(m_shim->vfs(), 1) != SQLITE_OK)
        return;
    m_pid = std::uint32_t(::getpid());
    const char *literals = std::getenv("LOCKLENS_TRACE_LITERALS");
    m_texts.setKeepLiterals(literals && *literals == '1');
    m_active = true;
    m_image = m_channel.header().processes.fetch_add(1, std::memory_order_relaxed) + 1;
    // Who this process is: its parent and its command line (NULs between the arguments).
    std::string cmdline;
    if (const int c = ::open("/proc/self/cmdline", O_RDONLY | O_CLOEXEC); c >= 0) {
        char buf[4096];
        for (ssize_t n; (n = ::read(c, buf, sizeof buf)) > 0;)
            cmdline.append(buf, std::size_t(n));
        ::close(c);
    }
    Entry r = record(Kind::Process, nullptr);
    r.a = Clock::usesTsc() ? 1 : 0;
    r.rc = std::int32_t(::getppid());
    push(r, cmdline.data(), std::min<std::size_t>(cmdline.size(), 4096));
    // The maps' mutex is held across a fork, so that no other thread holds it in the child.
    ::pthread_atfork([] { Tracer::instance().m_mutex.lock(); }, [] { Tracer::instance().m_mutex.unlock(); },
        [] {
            Tracer::instance().m_mutex.unlock();
            Tracer::instance().afterFork();
        });
}

// A forked child keeps the parent's connections (SQLite forbids using them across a fork,
// but they exist) under its own pid from now on; it says who it is first.
void Tracer::afterFork()
{
    if (!m_active)
        return;
    m_pid = std::uint32_t(::getpid());
    t_state = ThreadState(); // the forking thread's id and lookups are the parent's
    // The connections it inherits count in the parent's slots, which the parent may give back
    // to anyone: the child's use of them (SQLite forbids it, but it happens) is not counted.
    for (auto &[db, c] : m_conns)
        c->counters.store(nullptr, std::memory_order_relaxed);
    m_image = m_channel.header().processes.fetch_add(1, std::memory_order_relaxed) + 1;
    Entry r = record(Kind::Process, nullptr);
    r.a = Clock::usesTsc() ? 1 : 0;
    r.rc = std::int32_t(::getppid());
    push(r); // no command line: the same as the parent's until an exec
}

Entry Tracer::record(Kind kind, const Conn *c) const
{
    Entry r {};
    r.t = Clock::now();
    r.pid = m_pid;
    r.tid = threadId();
    r.conn = c ? c->id : 0;
    r.kind = kind;
    return r;
}

bool Tracer::push(const Entry &r, const char *text, std::size_t length) const
{
    return m_channel.header().closed.load(std::memory_order_relaxed) == 0 && m_channel.push(r, text, length);
}

Conn *Tracer::beginOpen()
{
    if (!m_active)
        return nullptr;
    auto *c = new Conn;
    {
        std::lock_guard lock(m_mutex);
        c->id = m_nextConn++;
    }
    c->counters.store(m_channel.claimCounters(m_pid, m_image, c->id), std::memory_order_relaxed);
    t_state.opening = c;
    return c;
}

void Tracer::endOpen(Conn *c, sqlite3 *db, int rc, const char *name)
{
    t_state.opening = nullptr;
    if (!c)
        return;
    Entry r = record(Kind::Open, c);
    r.rc = rc;
    r.stmt = m_image;
    // The file as SQLite resolved it (a full path), so that "x.db", "./x.db" and its full
    // path are one file; the name as given for a database without a file (":memory:").
    const char *resolved = db && m_real.dbFilename ? m_real.dbFilename(db, "main") : nullptr;
    const std::string file = resolved && *resolved ? resolved : name ? name : "";
    push(r, file.data(), file.size());
    if (!db) {
        delete c; // the open failed before a handle existed
        return;
    }
    std::lock_guard lock(m_mutex);
    m_conns[db] = c;
}

void Tracer::closed(sqlite3 *db)
{
    Conn *c = nullptr;
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_conns.find(db); it != m_conns.end()) {
            c = it->second;
            m_conns.erase(it);
        }
    }
    m_generation.fetch_add(1, std::memory_order_release);
    if (!c)
        return;
    // A program that opens a connection (or starts a process) per request would use up the
    // counter slots in minutes: the slot is given back for any process's next connection, and
    // its final figures go with a record. If the ring has no room for it, the slot stays taken
    // and LockLens reads it.
    // (A forked child closing a connection it inherited leaves the parent's slot alone: it
    // counts none of them, afterFork().)
    if (ConnCounters *k = c->counters.load(std::memory_order_relaxed);
        k && Channel::ownerStill(*k, m_pid, m_image, c->id)) {
        const FinalCounters f = Channel::finalOf(*k);
        if (push(record(Kind::Counters, c), reinterpret_cast<const char *>(&f), sizeof f)) {
            c->counters.store(nullptr, std::memory_order_relaxed);
            m_channel.releaseCounters(k);
        }
    }
    push(record(Kind::Close, c)); // the Conn stays: the VFS may still report its file's unlock
}

Conn *Tracer::connOf(sqlite3 *db)
{
    // A closed connection's handle may come back for the next one: a close anywhere bumps
    // the generation, and every thread looks its handle up again.
    ThreadState &ts = t_state;
    const std::uint64_t generation = m_generation.load(std::memory_order_acquire);
    if (db == ts.db && ts.conn && generation == ts.connGeneration)
        return ts.conn;
    std::lock_guard lock(m_mutex);
    auto it = m_conns.find(db);
    ts.db = db;
    ts.conn = it == m_conns.end() ? nullptr : it->second;
    ts.connGeneration = generation;
    return ts.conn;
}

std::uint32_t Tracer::idOfText(const char *sql)
{
    bool isNew = false;
    std::string fresh;
    const std::uint32_t id = m_texts.idOf(sql, &isNew, &fresh);
    if (isNew) {
        Entry r = record(Kind::StatementText, nullptr);
        r.stmt = id;
        push(r, fresh.data(), fresh.size());
    }
    return id;
}

void Tracer::prepared(sqlite3_stmt *s)
{
    // The program's statements are known from their prepare on: a statement at an address
    // an earlier one had (finalized) is another statement.
    const std::uint32_t id = idOfText(m_real.sql(s));
    {
        std::lock_guard lock(m_mutex);
        m_statementIds[s] = id;
    }
    m_generation.fetch_add(1, std::memory_order_release);
}

std::uint32_t Tracer::statementId(sqlite3_stmt *s)
{
    ThreadState &ts = t_state;
    const std::uint64_t generation = m_generation.load(std::memory_order_acquire);
    if (s == ts.stmt && generation == ts.stmtGeneration)
        return ts.stmtId;
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_statementIds.find(s); it != m_statementIds.end()) {
            ts.stmt = s;
            ts.stmtId = it->second;
            ts.stmtGeneration = generation;
            return ts.stmtId;
        }
    }
    // Prepared inside SQLite (sqlite3_exec's statements): by its text each time, never
    // kept, since its finalize is not seen either.
    return idOfText(m_real.sql(s));
}

void Tracer::finalized(sqlite3_stmt *s)
{
    {
        std::lock_guard lock(m_mutex);
        m_statementIds.erase(s);
    }
    m_generation.fetch_add(1, std::memory_order_release);
}

int Tracer::step(sqlite3_stmt *s)
{
    sqlite3 *db = m_real.dbHandle(s);
    Conn *c = db ? connOf(db) : nullptr;
    if (!c)
        return m_real.step(s);
    // A step inside a step of the same connection (SQLite reading its schema again after a
    // CREATE, a function of the program's that queries its own connection) is part of the
    // outer statement: its locks, time and rows are the outer step's.
    if (t_state.stepping == c)
        return m_real.step(s);
    const bool starting = !m_real.stmtBusy(s);
    const std::uint32_t stmt = statementId(s);
    // A record when the connection begins another statement, or another thread steps it
    // (threads that share a connection show up so); a loop of one statement on one thread
    // writes none.
    const std::uint32_t previous = c->lastThread.exchange(threadId(), std::memory_order_relaxed);
    const bool otherThread = previous != threadId();
    if (otherThread && previous != 0)
        c->shared.store(true, std::memory_order_relaxed); // for good: from now on, steps lock
    const bool otherStatement = starting && c->lastStmt.exchange(stmt, std::memory_order_relaxed) != stmt;
    if (otherThread || otherStatement) {
        Entry r = record(Kind::Statement, c);
        r.stmt = stmt;
        push(r);
    }
    // A connection that more than one thread has stepped: its own mutex (recursive; the step
    // takes it too) around the step and the reads before and after it, so that no other
    // thread steps in between and the rows changed and the transaction seen are this step's.
    // A connection one thread keeps is not locked again: nobody else steps it. (Only the
    // steps that overlap the very first switch of threads are read unlocked. The mutex is
    // NULL, and no lock, where SQLite runs without mutexes.)
    sqlite3_mutex *mutex = c->shared.load(std::memory_order_relaxed) ? m_real.dbMutex(db) : nullptr;
    m_real.mutexEnter(mutex);
    const bool wasAutocommit = m_real.autocommit(db) != 0;
    const int changesBefore = m_real.totalChanges(db);
    Conn *outer = t_state.stepping;
    t_state.stepping = c;
    const std::uint64_t start = Clock::now();
    const int rc = m_real.step(s);
    const std::uint64_t end = Clock::now();
    t_state.stepping = outer;
    const int changed = m_real.totalChanges(db) - changesBefore;
    const bool isAutocommit = m_real.autocommit(db) != 0;
    m_real.mutexLeave(mutex);
    if (ConnCounters *k = c->counters.load(std::memory_order_relaxed)) {
        k->steps.fetch_add(1, std::memory_order_relaxed);
        k->stepTicks.fetch_add(end - start, std::memory_order_relaxed);
        if (rc != SQLITE_ROW)
            k->statements.fetch_add(1, std::memory_order_relaxed);
        if (changed > 0)
            k->rowsChanged.fetch_add(std::uint64_t(changed), std::memory_order_relaxed);
        if ((rc & 0xff) == SQLITE_BUSY)
            k->busyResults.fetch_add(1, std::memory_order_relaxed);
        else if ((rc & 0xff) == SQLITE_LOCKED)
            k->lockedResults.fetch_add(1, std::memory_order_relaxed);
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE && rc != SQLITE_OK) {
        Entry r = record(Kind::Result, c);
        r.t = start;
        r.stmt = stmt;
        r.rc = rc;
        r.arg = end - start;
        r.flags = wasAutocommit ? 0 : InTransaction;
        push(r);
    }
    if (isAutocommit != wasAutocommit) {
        Entry r = record(isAutocommit ? Kind::TxEnd : Kind::TxBegin, c);
        r.t = isAutocommit ? end : start;
        r.stmt = stmt;
        push(r);
    }
    return rc;
}

void Tracer::fileLock(void *owner, Lock to, bool busy, std::uint64_t ticks)
{
    auto *c = static_cast<Conn *>(owner);
    Entry r = record(Kind::FileLock, c);
    r.t = ticks;
    r.a = std::uint8_t(c->level);
    r.b = std::uint8_t(to);
    r.flags = busy ? Busy : 0;
    r.stmt = c->lastStmt.load(std::memory_order_relaxed);
    if (!busy)
        c->level = to;
    push(r);
}

void Tracer::shmLock(void *owner, Lock lock, bool taken, bool busy, std::uint64_t ticks)
{
    auto *c = static_cast<Conn *>(owner);
    Entry r = record(Kind::ShmLock, c);
    r.t = ticks;
    r.a = std::uint8_t(lock);
    r.flags = std::uint8_t((busy ? Busy : 0) | (taken ? Taken : 0));
    r.stmt = c->lastStmt.load(std::memory_order_relaxed);
    push(r);
}

void Tracer::slept(int requestedUs, std::uint64_t start, std::uint64_t end)
{
    Conn *c = t_state.stepping;
    if (!c)
        return;
    if (ConnCounters *k = c->counters.load(std::memory_order_relaxed)) {
        k->sleeps.fetch_add(1, std::memory_order_relaxed);
        k->sleepTicks.fetch_add(end - start, std::memory_order_relaxed);
    }
    Entry r = record(Kind::Sleep, c);
    r.t = start;
    r.rc = requestedUs;
    r.arg = end - start;
    r.stmt = c->lastStmt.load(std::memory_order_relaxed);
    push(r);
}

} // namespace LockLens::Trace
