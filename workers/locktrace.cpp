// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/locktrace.h"

#include "workers/currentstatement.h"
#include "workers/recorder/clock.h"

#include <algorithm>
#include <charconv>
#include <cmath>

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

const char *lockKey(Lock l)
{
    static const std::array<const char *, LockCount> names { "none", "shared", "reserved", "pending",
        "exclusive", "wal_write", "wal_checkpoint", "wal_recover", "wal_read" };
    return l < Lock::Count ? names[std::size_t(l)] : "?";
}

QString lockName(Lock l)
{
    return QLatin1String(lockKey(l));
}

Recorder::Recorder(QString name, std::size_t capacity)
    : m_name(std::move(name))
    , m_ring(capacity)
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

void Recorder::releaseAll(std::uint64_t ticks)
{
    fileLock(Lock::None, false, ticks);
    for (std::size_t lane = std::size_t(Lock::WalWrite); lane < std::size_t(LockCount); ++lane) {
        while (m_held[lane].load(relaxed) > 0)
            shmLock(Lock(lane), false, false, ticks);
    }
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
    std::lock_guard lock(m_mutex);
    auto r = std::make_shared<Recorder>(name, m_capacity);
    m_recorders.push_back(r);
    return r;
}

void Registry::setRingCapacity(std::size_t events)
{
    std::lock_guard lock(m_mutex);
    m_capacity = events;
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

QByteArray csvField(const QString &worker)
{
    QByteArray field = worker.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r'))
        field = '"' + field.replace('"', "\"\"") + '"';
    return field;
}

void appendCsvRow(QByteArray *out, const Event &e, const QByteArray &workerField, const TimeBase &time)
{
    static const std::array<const char *, std::size_t(Stmt::NUM_STATEMENTS)> kinds { "begin", "commit",
        "rollback", "insert", "update", "delete", "point_read", "range_read" };
    Stmt s;
    appendCsvRow(out, e, workerField, time,
        StatementScope::statementOf(e.statement, &s) ? QByteArrayView(kinds[std::size_t(s)]) : QByteArrayView());
}

void appendCsvRow(QByteArray *out, const Event &e, const QByteArray &workerField, const TimeBase &time,
    QByteArrayView statementField)
{
    // Seconds with nine decimals, from whole nanoseconds.
    const double ns = time.seconds(e.ticks) * 1e9;
    const std::int64_t whole = std::llround(ns);
    const std::uint64_t magnitude = whole < 0 ? std::uint64_t(-whole) : std::uint64_t(whole);
    char buf[48];
    char *p = buf;
    if (whole < 0)
        *p++ = '-';
    p = std::to_chars(p, buf + sizeof buf, magnitude / 1000000000U).ptr;
    *p++ = '.';
    std::uint64_t fraction = magnitude % 1000000000U;
    for (int digit = 8; digit >= 0; --digit, fraction /= 10)
        p[digit] = char('0' + fraction % 10);
    p += 9;
    *p++ = ',';
    out->append(buf, p - buf);
    out->append(workerField);
    out->append(',');
    out->append(lockKey(e.from));
    out->append(',');
    out->append(lockKey(e.to));
    out->append(',');
    // The statement last, so that readers of the four-column form go on working.
    out->append(statementField);
    out->append('\n');
}

} // namespace LockLens::LockTrace
