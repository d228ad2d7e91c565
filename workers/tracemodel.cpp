// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/tracemodel.h"

#include "workers/recorder/clock.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace LockLens::Trace {

using LockTrace::Lock;

namespace {

constexpr int SqliteBusySnapshot = SQLITE_BUSY | (2 << 8);

bool isWalLock(Lock l)
{
    return l >= Lock::WalWrite && l <= Lock::WalRead;
}

} // namespace

Model::Model(std::uint64_t originTicks)
    : m_origin(originTicks)
    , m_nsPerTick(Clock::nsPerTick())
{
}

double Model::seconds(std::uint64_t ticks) const
{
    return span(m_origin, ticks);
}

double Model::span(std::uint64_t from, std::uint64_t to) const
{
    return (double(to) - double(from)) * m_nsPerTick * 1e-9;
}

QString Model::statementText(std::uint32_t pid, std::uint32_t stmt) const
{
    // A forked child numbers its statements on from its parent's, whose texts it does not
    // send again: up the parents until one has it.
    for (int depth = 0; depth < 32 && pid != 0; ++depth) {
        if (const auto it = m_statements.find({ pid, stmt }); it != m_statements.end()) {
            // No text: one SQLite prepares itself (reading the schema, with no SQL kept).
            return it->second.isEmpty() ? tr("(a statement SQLite runs itself)") : it->second;
        }
        const auto parent = m_parents.find(pid);
        pid = parent == m_parents.end() ? 0 : parent->second;
    }
    return {};
}

Model::State *Model::state(const TraceRecord &r)
{
    const auto it = m_states.find({ r.pid, r.conn });
    return it == m_states.end() ? nullptr : &it->second;
}

void Model::add(const TraceRecord &r)
{
    ++m_records;
    switch (r.kind) {
    case Kind::Process:
        processStarted(r);
        return;
    case Kind::StatementText:
        m_statements[{ r.pid, r.stmt }] = QString::fromStdString(r.text);
        return;
    case Kind::Open:
        opened(r);
        return;
    default:
        break;
    }
    State *s = state(r);
    if (!s)
        return; // a connection opened before the channel could take its record
    switch (r.kind) {
    case Kind::Counters:
        finalCounters(*s, r);
        return;
    case Kind::Close: {
        const auto at = std::size_t(s->index);
        closeState(*s, r.t);
        m_states.erase({ r.pid, r.conn });
        fold(at);
        return;
    }
    case Kind::FileLock:
        fileLock(*s, r);
        return;
    case Kind::ShmLock:
        shmLock(*s, r);
        return;
    case Kind::Sleep:
        s->lastSleepAt = r.t;
        return;
    case Kind::Statement:
        s->lastStatement = r.stmt;
        s->lastThread = r.tid;
        m_connections[std::size_t(s->index)].threads.insert(r.tid);
        return;
    case Kind::TxBegin:
        s->transactionSince = r.t;
        ++m_connections[std::size_t(s->index)].transactions;
        return;
    case Kind::TxEnd:
        transactionEnded(*s, r);
        return;
    case Kind::Result:
        result(*s, r);
        return;
    default:
        return;
    }
}

void Model::processStarted(const TraceRecord &r)
{
    // A process that execs starts over under the same pid: its connections are gone.
    for (auto it = m_states.begin(); it != m_states.end();) {
        if (it->first.first == r.pid && r.text.size() > 0) {
            closeState(it->second, r.t);
            it = m_states.erase(it);
        } else {
            ++it;
        }
    }
    Process p;
    p.pid = r.pid;
    p.parent = std::uint32_t(r.rc);
    if (r.text.empty()) // a fork: it carries its parent's statements
        m_parents[p.pid] = p.parent;
    else
        m_parents.erase(p.pid); // an exec: its own from here on
    QByteArray cmd = QByteArray::fromStdString(r.text);
    if (cmd.endsWith('\0'))
        cmd.chop(1);
    cmd.replace('\0', ' ');
    p.command = QString::fromLocal8Bit(cmd);
    if (p.command.isEmpty()) { // a fork: the parent's command line
        for (const Process &q : m_processes) {
            if (q.pid == p.parent)
                p.command = q.command;
        }
    }
    p.startS = seconds(r.t);
    m_processes.push_back(p);
}

void Model::opened(const TraceRecord &r)
{
    Connection c;
    c.id = ++m_opened;
    c.pid = r.pid;
    c.number = r.conn;
    c.image = r.stmt; // (the Open record's `stmt`: the process image)
    c.file = QString::fromStdString(r.text);
    m_listed.push_back((!m_keep || m_keep(c.file)) && ++m_keptOpened <= MaxListedConnections);
    c.openResult = r.rc;
    c.openedS = seconds(r.t); // its threads: those that run statements on it, not the opener
    m_connections.push_back(c);
    m_at[c.id] = m_connections.size() - 1;
    m_byKey[{ r.pid, c.image, r.conn }] = c.id;
    State s;
    s.index = int(m_connections.size()) - 1;
    s.levelSince = r.t;
    s.lastThread = r.tid;
    m_states[{ r.pid, r.conn }] = s;
}

void Model::fileLock(State &s, const TraceRecord &r)
{
    if (r.b > std::uint8_t(Lock::Exclusive))
        return; // not a file lock: a damaged record (a process killed while writing it)
    Connection &c = m_connections[std::size_t(s.index)];
    s.lockThread = r.tid;
    const Lock to = Lock(r.b);
    if (r.flags & Busy) {
        ++c.busyAttempts;
        s.lastRefused = to;
        s.lastRefusedAt = r.t;
        refused(s, to, r.t);
        // SQLite keeps PENDING when the EXCLUSIVE it asked for is refused (see Recorder).
        if (to != Lock::Exclusive || s.level < Lock::Shared || s.level == Lock::Pending)
            return;
        c.secondsIn[std::size_t(s.level)] += span(s.levelSince, r.t);
        changed(s, s.level, Lock::Pending, r.t);
        s.level = Lock::Pending;
        s.levelSince = r.t;
        return;
    }
    if (to == s.level)
        return;
    c.secondsIn[std::size_t(s.level)] += span(s.levelSince, r.t);
    changed(s, s.level, to, r.t);
    s.level = to;
    s.levelSince = r.t;
    if (to >= Lock::Reserved)
        dropStaleHolders(s, to, r.t);
}

void Model::shmLock(State &s, const TraceRecord &r)
{
    Connection &c = m_connections[std::size_t(s.index)];
    const Lock lock = Lock(r.a);
    if (!isWalLock(lock))
        return;
    s.lockThread = r.tid;
    const std::size_t l = std::size_t(lock);
    if (r.flags & Busy) {
        ++c.busyAttempts;
        s.lastRefused = lock;
        s.lastRefusedAt = r.t;
        refused(s, lock, r.t);
        return;
    }
    if (r.flags & Taken) {
        if (s.held[l]++ == 0) {
            s.heldSince[l] = r.t;
            changed(s, Lock::None, lock, r.t);
        }
        if (lock != Lock::WalRead)
            dropStaleHolders(s, lock, r.t);
    } else if (s.held[l] > 0 && --s.held[l] == 0) {
        c.secondsIn[l] += span(s.heldSince[l], r.t);
        changed(s, lock, Lock::None, r.t);
    }
}

void Model::transactionEnded(State &s, const TraceRecord &r)
{
    if (s.transactionSince) {
        Connection &c = m_connections[std::size_t(s.index)];
        // Rolled back: by a ROLLBACK, or by SQLite after an error in the step that ended it.
        const bool failedStep = s.lastErrorStatement == r.stmt && s.lastErrorAt >= s.transactionSince;
        if (failedStep || statementText(r.pid, r.stmt).startsWith(QLatin1String("ROLLBACK"), Qt::CaseInsensitive))
            ++c.rollbacks;
        else
            ++c.commits;
        c.longestTransactionS = std::max(c.longestTransactionS, span(s.transactionSince, r.t));
    }
    s.transactionSince = 0;
}

void Model::result(State &s, const TraceRecord &r)
{
    Connection &c = m_connections[std::size_t(s.index)];
    s.lastErrorStatement = r.stmt;
    s.lastErrorAt = r.t;
    const int primary = r.rc & 0xff;
    ErrorClass cls = ErrorClass::Other;
    if (primary == SQLITE_LOCKED)
        cls = ErrorClass::Locked;
    else if (r.rc == SqliteBusySnapshot)
        cls = ErrorClass::BusySnapshot;
    else if (primary == SQLITE_BUSY && s.lastSleepAt >= r.t)
        cls = ErrorClass::BusyTimeout; // the busy handler slept in this step, then gave up
    else if (primary == SQLITE_BUSY)
        cls = (r.flags & InTransaction) ? ErrorClass::BusyUpgrade : ErrorClass::BusyBegin;
    ++c.errors[std::size_t(cls)];
    if (primary != SQLITE_BUSY && primary != SQLITE_LOCKED)
        return;
    Blocked b;
    b.tS = seconds(r.t);
    b.waitedS = span(0, r.arg);
    b.pid = r.pid;
    b.thread = r.tid;
    b.connection = c.id;
    b.file = c.file;
    b.statement = statementText(r.pid, r.stmt);
    b.result = r.rc;
    b.errorClass = cls;
    // What it asked for: the refusal within this step, if the VFS saw one.
    b.wanted = s.lastRefusedAt >= r.t ? s.lastRefused : Lock::None;
    if (m_blocked.size() >= MaxBlocked) {
        ++m_blockedNotKept; // counted above by class; not listed
        return;
    }
    b.holder = findHolder(s, b.wanted);
    m_blocked.push_back(b);
}

void Model::dropStaleHolders(const State &taker, Lock taken, std::uint64_t ticks)
{
    // `taker` was granted `taken`: no other connection on its file can hold a lock that
    // excludes it. One that still seems to is gone without a word (a process that exited
    // or was killed holding it, when the system let its locks go): it holds nothing from here.
    const QString &file = m_connections[std::size_t(taker.index)].file;
    for (auto &[key, other] : m_states) {
        if (&other == &taker || m_connections[std::size_t(other.index)].file != file)
            continue;
        Connection &c = m_connections[std::size_t(other.index)];
        if (isWalLock(taken)) {
            const std::size_t l = std::size_t(taken);
            if (other.held[l] > 0) {
                c.secondsIn[l] += span(other.heldSince[l], ticks);
                other.held[l] = 0;
                changed(other, taken, Lock::None, ticks);
            }
            continue;
        }
        // RESERVED (and PENDING) exclude another writer; EXCLUSIVE excludes every reader too.
        if (other.level >= (taken == Lock::Exclusive ? Lock::Shared : Lock::Reserved)) {
            c.secondsIn[std::size_t(other.level)] += span(other.levelSince, ticks);
            changed(other, other.level, Lock::None, ticks);
            other.level = Lock::None;
            other.levelSince = ticks;
        }
    }
}

bool Model::conflicts(Lock wanted, const State &other, Lock *held, std::uint64_t *since)
{
    const auto file = [&](Lock atLeast) {
        if (other.level < atLeast)
            return false;
        *held = other.level;
        *since = other.levelSince;
        return true;
    };
    const auto wal = [&](Lock l) {
        if (other.held[std::size_t(l)] == 0)
            return false;
        *held = l;
        *since = other.heldSince[std::size_t(l)];
        return true;
    };
    switch (wanted) {
    case Lock::Shared:
        return file(Lock::Pending); // a writer about to commit keeps new readers out
    case Lock::Reserved:
        return file(Lock::Reserved);
    case Lock::Pending:
    case Lock::Exclusive:
        return file(Lock::Shared); // a reader keeps the writer from committing
    case Lock::WalWrite:
    case Lock::WalCheckpoint:
    case Lock::WalRecover:
        return wal(wanted);
    case Lock::None: // not seen: whoever writes
        return wal(Lock::WalWrite) || file(Lock::Reserved);
    default:
        return false;
    }
}

Model::Holder Model::findHolder(const State &blocked, Lock wanted) const
{
    const QString &file = m_connections[std::size_t(blocked.index)].file;
    Holder best;
    std::uint64_t bestSince = ~std::uint64_t(0);
    for (const auto &[key, other] : m_states) {
        if (&other == &blocked || !other.open || m_connections[std::size_t(other.index)].file != file)
            continue;
        Lock held = Lock::None;
        std::uint64_t since = 0;
        if (!conflicts(wanted, other, &held, &since) || since >= bestSince)
            continue;
        bestSince = since; // the one that has held it longest
        const Connection &c = m_connections[std::size_t(other.index)];
        best.connection = c.id;
        best.pid = c.pid;
        best.thread = other.lastThread;
        best.lock = held;
        best.sinceS = seconds(since);
        best.statement = statementText(key.first, other.lastStatement);
        best.transactionSinceS = other.transactionSince ? seconds(other.transactionSince) : -1;
    }
    return best;
}

void Model::closeState(State &s, std::uint64_t ticks)
{
    Connection &c = m_connections[std::size_t(s.index)];
    c.secondsIn[std::size_t(s.level)] += span(s.levelSince, ticks);
    for (std::size_t l = std::size_t(Lock::WalWrite); l < std::size_t(LockTrace::LockCount); ++l) {
        if (s.held[l] > 0)
            c.secondsIn[l] += span(s.heldSince[l], ticks);
    }
    if (s.transactionSince) // still open: as long as it lasted until here
        c.longestTransactionS = std::max(c.longestTransactionS, span(s.transactionSince, ticks));
    c.closedS = seconds(ticks);
    s.open = false;
    ++m_closed;
}

const Connection *Model::connection(int id) const
{
    const auto it = m_at.find(id);
    if (it == m_at.end())
        return nullptr;
    const Connection &c = m_connections[it->second];
    return c.id == id && c.summed == 0 ? &c : nullptr;
}

void Model::fold(std::size_t at)
{
    Connection &c = m_connections[at];
    // Beyond the first ones kept, once its exact counts came (they are read no more).
    if (m_listed[std::size_t(c.id - 1)] || !c.countersFinal)
        return;
    m_byKey.erase({ c.pid, c.image, c.number });
    const auto [sum, isNew] = m_sums.try_emplace({ c.pid, c.file }, c.id);
    if (isNew) { // the entry that sums its process's and file's from here on
        c = sumOf(c);
        return;
    }
    addTo(m_connections[m_at.at(sum->second)], c);
    m_at.erase(c.id);
    const std::size_t last = m_connections.size() - 1;
    if (at != last) { // the last one takes its place
        Connection &moved = m_connections[at];
        moved = std::move(m_connections[last]);
        m_at[moved.id] = at;
        if (const auto open = m_states.find({ moved.pid, moved.number });
            open != m_states.end() && open->second.index == int(last))
            open->second.index = int(at);
    }
    m_connections.pop_back();
}

void Model::changed(const State &s, Lock from, Lock to, std::uint64_t ticks)
{
    Connection &c = m_connections[std::size_t(s.index)];
    ++c.transitions;
    if (m_sink)
        m_sink(c, LockTrace::Event { ticks, from, to, false, 0 }, s.lastStatement, s.lockThread);
}

void Model::refused(const State &s, Lock wanted, std::uint64_t ticks)
{
    if (m_sink) {
        const Connection &c = m_connections[std::size_t(s.index)];
        m_sink(c, LockTrace::Event { ticks, Lock::None, wanted, true, 0 }, s.lastStatement, s.lockThread);
    }
}

void Model::finish(std::uint64_t endTicks, const Channel &channel)
{
    for (auto &[key, s] : m_states) {
        closeState(s, endTicks);
        m_connections[std::size_t(s.index)].closedS = -1; // still open at the end
    }
    m_states.clear();
    const auto runs = std::exchange(m_processRuns, nullptr); // nothing to give back: nobody takes slots now
    readCounters(channel);
    m_processRuns = runs;
}

void Model::readCounters(const Channel &channel)
{
    std::unordered_map<std::uint32_t, bool> ended; // per pid, looked at once
    const std::uint64_t used = std::min(channel.header().connUsed.load(), channel.header().connCapacity);
    for (std::uint64_t i = 0; i < used; ++i) {
        const ConnCounters &k = *channel.counters(i);
        const std::uint32_t pid = k.pid.load(std::memory_order_acquire);
        const std::uint32_t image = k.image.load(std::memory_order_relaxed);
        const std::uint32_t number = k.conn.load(std::memory_order_relaxed);
        if (pid == 0)
            continue; // free: given back by a closed connection
        // A process image numbers its connections from 1 (an exec'd program again, a pid may
        // come back): the image tells them apart.
        const auto owner = m_byKey.find({ pid, image, number });
        if (owner == m_byKey.end())
            continue; // its Open record is not read yet (or it was summed: it closed)
        Connection &c = m_connections[m_at.at(owner->second)];
        const FinalCounters f = Channel::finalOf(k);
        if (c.countersFinal || !Channel::ownerStill(k, pid, image, number))
            continue; // given back meanwhile: the Counters record says the rest
        setCounters(c, f);
        // A process that ended without closing its connection (killed, os._exit) never gives
        // its slot back: its counts are final, and the slot is given back here, so that a
        // server whose workers are killed does not use up the slots. (Nobody else can take
        // it meanwhile: it is on no free list.)
        if (!m_processRuns)
            continue;
        const auto [known, isNew] = ended.try_emplace(pid, false);
        if (isNew)
            known->second = !m_processRuns(pid);
        if (known->second) {
            c.countersFinal = true;
            channel.releaseCounters(channel.counters(i));
            m_byKey.erase(owner);
        }
    }
}

void Model::setCounters(Connection &c, const FinalCounters &f)
{
    c.statements = f.statements;
    c.steps = f.steps;
    c.sleeps = f.sleeps;
    c.rowsChanged = f.rowsChanged;
    c.stepS = span(0, f.stepTicks);
    c.sleepS = span(0, f.sleepTicks);
    c.busyResults = f.busyResults;
    c.lockedResults = f.lockedResults;
    c.countersKnown = true;
}

void Model::finalCounters(const State &s, const TraceRecord &r)
{
    FinalCounters f {};
    if (r.text.size() != sizeof f)
        return; // damaged
    std::memcpy(&f, r.text.data(), sizeof f);
    Connection &c = m_connections[std::size_t(s.index)];
    setCounters(c, f);
    c.countersFinal = true;
}

Connection sumOf(const Connection &c)
{
    if (c.summed > 0)
        return c;
    Connection sum = c;
    sum.summed = 1;
    sum.summedOpenS = std::max(0.0, c.closedS - c.openedS);
    sum.number = 0;
    if (sum.threads.size() > Connection::MaxSummedThreads)
        sum.threads.erase(std::next(sum.threads.begin(), Connection::MaxSummedThreads), sum.threads.end());
    return sum;
}

void addTo(Connection &sum, const Connection &c)
{
    sum.summed += std::max<std::uint64_t>(c.summed, 1);
    sum.summedOpenS += c.summed > 0 ? c.summedOpenS : std::max(0.0, c.closedS - c.openedS);
    sum.openResult = sum.openResult != 0 ? sum.openResult : c.openResult;
    sum.openedS = std::min(sum.openedS, c.openedS);
    sum.closedS = std::max(sum.closedS, c.closedS);
    for (std::uint32_t t : c.threads) {
        if (sum.threads.size() >= Connection::MaxSummedThreads)
            break;
        sum.threads.insert(t);
    }
    for (std::size_t l = 0; l < sum.secondsIn.size(); ++l)
        sum.secondsIn[l] += c.secondsIn[l];
    sum.transitions += c.transitions;
    sum.busyAttempts += c.busyAttempts;
    for (std::size_t k = 0; k < sum.errors.size(); ++k)
        sum.errors[k] += c.errors[k];
    sum.transactions += c.transactions;
    sum.commits += c.commits;
    sum.rollbacks += c.rollbacks;
    sum.longestTransactionS = std::max(sum.longestTransactionS, c.longestTransactionS);
    sum.statements += c.statements;
    sum.steps += c.steps;
    sum.sleeps += c.sleeps;
    sum.rowsChanged += c.rowsChanged;
    sum.stepS += c.stepS;
    sum.sleepS += c.sleepS;
    sum.busyResults += c.busyResults;
    sum.lockedResults += c.lockedResults;
    sum.busyNotClassified += c.busyNotClassified;
    sum.countersKnown = sum.countersKnown && c.countersKnown;
    sum.countersFinal = sum.countersFinal && c.countersFinal;
}

} // namespace LockLens::Trace
