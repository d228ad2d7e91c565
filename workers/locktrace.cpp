// SPDX-License-Identifier: GPL-3.0-or-later
#include "locktrace.h"

#include "clock.h"
#include "currentstatement.h"

#include <algorithm>

namespace LockLens::LockTrace {

namespace {
constexpr auto relaxed = std::memory_order_relaxed;
constexpr int FileLane = 0;

// One writer at a time (every strategy keeps a connection on one thread at a time; the
// shared one behind its mutex): a plain load and store, no locked read-modify-write, adds.
void add(std::atomic<std::uint64_t> &a, std::uint64_t d)
{
    a.store(a.load(relaxed) + d, relaxed);
}

std::uint32_t pack(Lock from, Lock to, bool busy, std::uint8_t statement)
{
    return std::uint32_t(from) | std::uint32_t(to) << 8 | std::uint32_t(busy) << 16
        | std::uint32_t(statement) << 24;
}
} // namespace

Totals Totals::since(const Totals &earlier) const
{
    Totals d = *this;
    for (std::size_t i = 0; i < d.secondsIn.size(); ++i)
        d.secondsIn[i] = std::max(0.0, secondsIn[i] - earlier.secondsIn[i]);
    d.transitions = transitions - std::min(transitions, earlier.transitions);
    d.busyAttempts = busyAttempts - std::min(busyAttempts, earlier.busyAttempts);
    return d;
}

QString lockName(Lock l)
{
    static const std::array<const char *, LockCount> names { "none", "shared", "reserved", "pending",
        "exclusive", "wal_write", "wal_checkpoint", "wal_recover", "wal_read" };
    return l < Lock::Count ? QLatin1String(names[std::size_t(l)]) : QStringLiteral("?");
}

Recorder::Recorder(QString name)
    : m_name(std::move(name))
    , m_started(Clock::now())
{
    const std::uint64_t t = m_started.load(relaxed);
    for (auto &s : m_since)
        s.store(t, relaxed);
}

void Recorder::push(std::uint64_t ticks, Lock from, Lock to, bool busy)
{
    // The statement this thread is stepping: the VFS records on the thread that steps it.
    m_ring.push(ticks, pack(from, to, busy, currentStatement));
}

void Recorder::fileLock(Lock to, bool busy, std::uint64_t ticks)
{
    const std::uint64_t t = ticks ? ticks : Clock::now();
    const Lock from = Lock(m_level.load(relaxed));
    if (busy) {
        add(m_busy, 1);
        push(t, from, to, true);
        // SQLite keeps PENDING when the EXCLUSIVE it asked for is refused (readers remain),
        // so that no new reader can start; that is where writers wait.
        if (to != Lock::Exclusive || from < Lock::Shared || from == Lock::Pending)
            return;
        to = Lock::Pending;
    }
    if (to == from)
        return;
    add(m_accumulated[std::size_t(from)], t - m_since[FileLane].load(relaxed));
    m_since[FileLane].store(t, relaxed);
    m_level.store(std::uint8_t(to), relaxed);
    push(t, from, to, false);
}

void Recorder::shmLock(Lock lock, bool taken, bool busy, std::uint64_t ticks)
{
    const std::uint64_t t = ticks ? ticks : Clock::now();
    if (busy) {
        add(m_busy, 1);
        push(t, Lock::None, lock, true);
        return;
    }
    const std::size_t lane = std::size_t(lock);
    const std::uint32_t held = m_held[lane].load(relaxed);
    if (taken) {
        m_held[lane].store(held + 1, relaxed);
        if (held == 0)
            m_since[lane].store(t, relaxed);
    } else {
        if (held == 0)
            return; // an unlock of what was not held (SQLite releases ranges wholesale)
        m_held[lane].store(held - 1, relaxed);
        if (held == 1)
            add(m_accumulated[lane], t - m_since[lane].load(relaxed));
    }
    push(t, taken ? Lock::None : lock, taken ? lock : Lock::None, false);
}

void Recorder::finish()
{
    m_finished.store(Clock::now(), relaxed);
}

Totals Recorder::totals(std::uint64_t nowTicks) const
{
    if (const std::uint64_t end = m_finished.load(relaxed); end != 0 && end < nowTicks)
        nowTicks = end;
    Totals out;
    std::array<std::uint64_t, LockCount> ticks {};
    for (int i = 0; i < LockCount; ++i)
        ticks[std::size_t(i)] = m_accumulated[std::size_t(i)].load(relaxed);
    const auto open = [&](std::size_t lane, std::size_t into) {
        const std::uint64_t since = m_since[lane].load(relaxed);
        if (nowTicks > since)
            ticks[into] += nowTicks - since;
    };
    open(FileLane, m_level.load(relaxed));
    for (std::size_t lane = std::size_t(Lock::WalWrite); lane < std::size_t(LockCount); ++lane)
        if (m_held[lane].load(relaxed) > 0)
            open(lane, lane);
    for (int i = 0; i < LockCount; ++i)
        out.secondsIn[std::size_t(i)] = Clock::toSeconds(ticks[std::size_t(i)]);
    out.busyAttempts = m_busy.load(relaxed);
    out.transitions = written() - out.busyAttempts;
    return out;
}

std::uint64_t Recorder::read(std::uint64_t cursor, std::vector<Event> *out, std::uint64_t *lost) const
{
    return m_ring.read(cursor, out, lost, [](std::uint64_t ticks, std::uint32_t what) {
        Event e;
        e.ticks = ticks;
        e.from = Lock(what & 0xff);
        e.to = Lock((what >> 8) & 0xff);
        e.busy = (what >> 16) & 1;
        e.statement = std::uint8_t(what >> 24);
        return e;
    });
}

std::shared_ptr<Recorder> Registry::add(const QString &name)
{
    auto r = std::make_shared<Recorder>(name);
    std::lock_guard lock(m_mutex);
    m_recorders.push_back(r);
    return r;
}

std::vector<std::shared_ptr<Recorder>> Registry::all() const
{
    std::lock_guard lock(m_mutex);
    return m_recorders;
}

QString csvHeader()
{
    return QStringLiteral("t_s,worker,from,to,statement\n");
}

TimeBase TimeBase::at(std::uint64_t originTicks)
{
    return { originTicks, Clock::nsPerTick() };
}

double TimeBase::seconds(std::uint64_t ticks) const
{
    const double d = ticks >= originTicks ? double(ticks - originTicks) : -double(originTicks - ticks);
    return d * nsPerTick * 1e-9;
}

QString csvRow(const Event &e, const QString &worker, const TimeBase &time)
{
    const double t = time.seconds(e.ticks);
    QString quoted = worker;
    if (quoted.contains(QLatin1Char(',')) || quoted.contains(QLatin1Char('"')))
        quoted
            = QLatin1Char('"') + quoted.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    // The statement last, so that readers of the four-column form go on working.
    static const std::array<const char *, std::size_t(Stmt::NUM_STATEMENTS)> kinds { "begin", "commit",
        "rollback", "insert", "update", "delete", "point_read", "range_read" };
    Stmt s;
    const QLatin1String statement(StatementScope::statementOf(e.statement, &s) ? kinds[std::size_t(s)] : "");
    return QStringLiteral("%1,%2,%3,%4,%5\n")
        .arg(QString::number(t, 'f', 9), quoted, lockName(e.from), lockName(e.to), statement);
}

} // namespace LockLens::LockTrace
