// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The channel between the trace library, inside the traced programs' processes, and
// LockLens: one shared-memory file that LockLens creates and names in LOCKLENS_TRACE, and
// every traced process maps. No Qt: the trace library includes it.
//
// The file holds a header, a table of connection counters and a ring of fixed-size records.
// Producers (any thread of any traced process) reserve ring slots with a compare-and-swap
// on the write index and never wait: when the ring is full the record is dropped and
// counted. The one consumer (LockLens) reads in order and publishes how far it has read.
// The counters are exact whatever the ring drops: the summary's figures come from them.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace LockLens::Trace {

constexpr const char *ChannelEnv = "LOCKLENS_TRACE"; // the channel file's path
constexpr std::uint32_t ChannelMagic = 0x52544c4c; // "LLTR"
constexpr std::uint32_t ChannelVersion = 4;

// What a record says. Times are Clock ticks (LockLens's clock: the TSC where invariant, or
// steady nanoseconds; the process record says which).
enum class Kind : std::uint8_t {
    Empty,
    Process, // a process began tracing: parent pid in `rc`, `a` 1 if ticks are the TSC; text: its command line
    Open, // a connection opened: `conn`; `rc` the result; `stmt` its process image; text: the file name as given
    Close, // a connection closed
    FileLock, // the database file's lock: `a` from, `b` to (LockTrace::Lock); `flags` Busy
    ShmLock, // a WAL-index lock: `a` the lock, `flags` Taken or Busy
    Sleep, // a sleep through the VFS (busy handler): `arg` its length in ticks, `rc` µs asked
    Statement, // the connection began a statement other than its last one, or another thread stepped it: `stmt`
    Result, // a step ended in an error: `stmt`, `rc` the extended code, `arg` ticks in the step, `t` its start
    TxBegin, // the connection left autocommit (a transaction began) in statement `stmt`
    TxEnd, // it returned to autocommit (commit or rollback)
    StatementText, // statement `stmt`'s normalised SQL (text)
    Counters, // a connection closes: its final counters (text: FinalCounters), its slot to be used again
};

enum Flags : std::uint8_t {
    Busy = 1, // a lock attempt refused
    Taken = 2, // a WAL-index lock taken (not released)
    InTransaction = 4, // a Result in a step that began inside a transaction
};

// What a record says (56 bytes). A record with text is followed by continuation slots that
// carry its bytes (TextBytes each); `arg` then holds the text's length.
struct Entry
{
    std::uint64_t t;
    std::uint32_t pid;
    std::uint32_t tid;
    std::uint32_t conn; // per process, from 1; 0: none
    std::uint32_t stmt; // per process, from 1; 0: none
    Kind kind;
    std::uint8_t a;
    std::uint8_t b;
    std::uint8_t flags;
    std::int32_t rc;
    std::uint64_t arg;
    char text[16]; // the first bytes of the text, if any
};

// One ring slot: a cache line.
struct alignas(64) Record
{
    std::atomic<std::uint64_t> seq; // index + 1 once published
    Entry e;
};
static_assert(sizeof(Record) == 64, "a record is one cache line");
constexpr std::size_t HeadTextBytes = sizeof(Entry::text);
constexpr std::size_t TextBytes = sizeof(Record) - sizeof(std::uint64_t); // a continuation's bytes

// Exact per-connection figures, updated in place by the connection's process.
struct alignas(64) ConnCounters
{
    std::atomic<std::uint32_t> pid;
    std::atomic<std::uint32_t> conn;
    // Which image of the process (Header::processes as it began): a process that execs numbers
    // its connections from 1 again, and pids come back.
    std::atomic<std::uint32_t> image;
    std::atomic<std::uint32_t> nextFree; // on the free list: the next free slot's index + 1 (0: none)
    std::atomic<std::uint64_t> steps; // sqlite3_step calls
    std::atomic<std::uint64_t> statements; // statements run to their end (or an error)
    std::atomic<std::uint64_t> stepTicks; // ticks inside sqlite3_step
    std::atomic<std::uint64_t> busyResults; // SQLITE_BUSY (any extended code) results
    std::atomic<std::uint64_t> lockedResults; // SQLITE_LOCKED results
    std::atomic<std::uint64_t> sleeps; // busy-handler sleeps
    std::atomic<std::uint64_t> sleepTicks;
    std::atomic<std::uint64_t> rowsChanged; // rows inserted, updated and deleted (sqlite3_total_changes)
};
static_assert(sizeof(ConnCounters) == 128, "two cache lines");

struct alignas(64) Header
{
    std::uint32_t magic;
    std::uint32_t version;
    std::uint64_t capacity; // ring slots, a power of two
    std::uint64_t connCapacity; // counter slots
    std::atomic<std::uint64_t> write; // next slot to reserve
    std::atomic<std::uint64_t> read; // next slot the consumer reads
    std::atomic<std::uint64_t> dropped; // records that found the ring full
    std::atomic<std::uint64_t> connUsed; // counter slots handed out (may pass connCapacity)
    std::atomic<std::uint32_t> processes; // process images that began tracing (each exec and fork one more)
    std::atomic<std::uint32_t> closed; // LockLens stopped reading: record nothing more
    // The counter slots closed connections gave back, a stack shared by every process: the low
    // half the top slot's index + 1 (0: empty), the high half a count of changes, so that a
    // slot taken and given back between a reader's two looks is not mistaken for the same top.
    std::atomic<std::uint64_t> freeCounters;
};

// The layout of a channel of `capacity` records and `connCapacity` counter slots.
// What a Counters record carries: a connection's counters as they stood when it closed.
struct FinalCounters
{
    std::uint64_t steps, statements, stepTicks, busyResults, lockedResults, sleeps, sleepTicks, rowsChanged;
};

struct Layout
{
    static std::size_t counters() { return sizeof(Header); }
    static std::size_t ring(std::uint64_t connCapacity)
    {
        return sizeof(Header) + std::size_t(connCapacity) * sizeof(ConnCounters);
    }
    static std::size_t bytes(std::uint64_t capacity, std::uint64_t connCapacity)
    {
        return ring(connCapacity) + std::size_t(capacity) * sizeof(Record);
    }
};

// A mapped channel: the same view for the producers and the consumer.
class Channel
{
public:
    // `base`: the mapped file, `size` its length. Invalid (nullptr header) when the file is
    // not a channel of this version or is shorter than its header says.
    Channel(void *base, std::size_t size)
    {
        auto *h = static_cast<Header *>(base);
        if (!h || size < sizeof(Header) || h->magic != ChannelMagic || h->version != ChannelVersion)
            return;
        if (h->capacity == 0 || (h->capacity & (h->capacity - 1)) != 0
            || Layout::bytes(h->capacity, h->connCapacity) > size)
            return;
        m_header = h;
        m_counters = reinterpret_cast<ConnCounters *>(static_cast<char *>(base) + Layout::counters());
        m_ring = reinterpret_cast<Record *>(static_cast<char *>(base) + Layout::ring(h->connCapacity));
    }
    // Fills a fresh (zeroed) mapping in with an empty channel.
    static void initialise(void *base, std::uint64_t capacity, std::uint64_t connCapacity)
    {
        auto *h = static_cast<Header *>(base);
        h->capacity = capacity;
        h->connCapacity = connCapacity;
        h->version = ChannelVersion;
        std::atomic_thread_fence(std::memory_order_release);
        h->magic = ChannelMagic;
    }

    bool valid() const { return m_header != nullptr; }
    Header &header() const { return *m_header; }
    std::uint64_t capacity() const { return m_header->capacity; }
    Record &slot(std::uint64_t index) const { return m_ring[index & (m_header->capacity - 1)]; }

    // Producer: `n` consecutive slots, or ~0 (counted as a drop) when the ring has no room.
    std::uint64_t reserve(std::uint64_t n) const
    {
        Header &h = *m_header;
        std::uint64_t w = h.write.load(std::memory_order_relaxed);
        do {
            if (w + n - h.read.load(std::memory_order_acquire) > h.capacity) {
                h.dropped.fetch_add(1, std::memory_order_relaxed);
                return ~std::uint64_t(0);
            }
        } while (!h.write.compare_exchange_weak(w, w + n, std::memory_order_acq_rel, std::memory_order_relaxed));
        return w;
    }
    // Producer: a reserved slot filled in is made visible to the consumer.
    void publish(std::uint64_t index) const
    {
        slot(index).seq.store(index + 1, std::memory_order_release);
    }
    // A continuation slot is published with this mark in its `seq`, so that a reader that had
    // to skip its head (a process that died writing it) does not take it for a head.
    static constexpr std::uint64_t ContinuationMark = std::uint64_t(1) << 63;
    void publishContinuation(std::uint64_t index) const
    {
        slot(index).seq.store((index + 1) | ContinuationMark, std::memory_order_release);
    }
    // Producer: writes `head` and its text (if any) into fresh slots; false if dropped.
    bool push(const Entry &head, const char *text = nullptr, std::size_t length = 0) const
    {
        const std::size_t more = continuations(length);
        const std::uint64_t at = reserve(1 + more);
        if (at == ~std::uint64_t(0))
            return false;
        Entry &e = slot(at).e;
        e = head;
        if (text) {
            e.arg = length;
            std::memcpy(e.text, text, std::min(length, HeadTextBytes));
        }
        for (std::size_t i = 0; i < more; ++i) {
            const std::size_t from = HeadTextBytes + i * TextBytes;
            std::memcpy(continuation(slot(at + 1 + i)), text + from, std::min(TextBytes, length - from));
        }
        for (std::size_t i = 0; i < more; ++i)
            publishContinuation(at + 1 + i);
        publish(at);
        return true;
    }
    // Where a continuation slot's bytes are (all of it after `seq`).
    static char *continuation(Record &r) { return reinterpret_cast<char *>(&r) + sizeof(std::uint64_t); }
    static const char *continuation(const Record &r)
    {
        return reinterpret_cast<const char *>(&r) + sizeof(std::uint64_t);
    }
    // The continuation slots a record with `length` bytes of text takes after it.
    static std::size_t continuations(std::uint64_t length)
    {
        return length > HeadTextBytes ? std::size_t((length - HeadTextBytes + TextBytes - 1) / TextBytes) : 0;
    }

    // Producer: a counter slot that a closed connection of any process gave back, else the next
    // never used, or nullptr when all are taken.
    ConnCounters *claimCounters(std::uint32_t pid, std::uint32_t image, std::uint32_t conn) const
    {
        ConnCounters *c = takeFreeCounters();
        if (!c) {
            const std::uint64_t i = m_header->connUsed.fetch_add(1, std::memory_order_relaxed);
            if (i >= m_header->connCapacity)
                return nullptr;
            c = &m_counters[i];
        }
        c->image.store(image, std::memory_order_relaxed);
        c->conn.store(conn, std::memory_order_relaxed);
        c->pid.store(pid, std::memory_order_release); // last: a slot with a pid is in use
        return c;
    }
    ConnCounters *counters(std::uint64_t i) const { return &m_counters[i]; }

    // Producer: a closed connection's slot, once its final figures went with a Counters
    // record, is freed, zeroed and given back for any process's next connection. A consumer
    // that reads a slot checks its owner again after the figures (ownerStill()): a figure
    // zeroed here comes after the owner's change. (A process killed between taking a slot and
    // naming itself its owner leaves it unused: LockLens reads no owner there.)
    void releaseCounters(ConnCounters *k) const
    {
        k->pid.store(0, std::memory_order_relaxed);
        std::atomic_thread_fence(std::memory_order_release);
        for (std::atomic<std::uint64_t> *v : { &k->steps, &k->statements, &k->stepTicks, &k->busyResults,
                 &k->lockedResults, &k->sleeps, &k->sleepTicks, &k->rowsChanged })
            v->store(0, std::memory_order_relaxed);
        const auto index = std::uint32_t(k - m_counters);
        std::uint64_t top = m_header->freeCounters.load(std::memory_order_relaxed);
        std::uint64_t next;
        do {
            k->nextFree.store(std::uint32_t(top), std::memory_order_relaxed);
            next = (((top >> 32) + 1) << 32) | (index + 1);
        } while (!m_header->freeCounters.compare_exchange_weak(
            top, next, std::memory_order_release, std::memory_order_relaxed));
    }
    static FinalCounters finalOf(const ConnCounters &k)
    {
        const auto v = [](const std::atomic<std::uint64_t> &a) { return a.load(std::memory_order_relaxed); };
        return { v(k.steps), v(k.statements), v(k.stepTicks), v(k.busyResults), v(k.lockedResults), v(k.sleeps),
            v(k.sleepTicks), v(k.rowsChanged) };
    }
    // Consumer: after reading a slot's figures (finalOf), whether it still belongs to the
    // owner read before them.
    static bool ownerStill(const ConnCounters &k, std::uint32_t pid, std::uint32_t image, std::uint32_t conn)
    {
        std::atomic_thread_fence(std::memory_order_acquire);
        return k.pid.load(std::memory_order_relaxed) == pid && k.image.load(std::memory_order_relaxed) == image
            && k.conn.load(std::memory_order_relaxed) == conn;
    }

private:
    ConnCounters *takeFreeCounters() const
    {
        std::uint64_t top = m_header->freeCounters.load(std::memory_order_acquire);
        while (std::uint32_t(top) != 0) {
            const std::uint32_t index = std::uint32_t(top) - 1;
            if (index >= m_header->connCapacity)
                return nullptr; // damaged: new slots only
            ConnCounters *k = &m_counters[index];
            const std::uint64_t next
                = (((top >> 32) + 1) << 32) | k->nextFree.load(std::memory_order_relaxed);
            if (m_header->freeCounters.compare_exchange_weak(
                    top, next, std::memory_order_acquire, std::memory_order_acquire))
                return k;
        }
        return nullptr;
    }

    Header *m_header = nullptr;
    ConnCounters *m_counters = nullptr;
    Record *m_ring = nullptr;
};

} // namespace LockLens::Trace
