// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/locktimeline.h"

#include "workers/currentstatement.h"
#include "workers/loadrun.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace LockLens {

using LockTrace::Lock;

QString connectionName(const QString &recorder)
{
    // The engine's own words for its clients (LoadRun names them), so that a translation
    // gives the lanes the names of the worker list.
    static const QRegularExpression numbered(QStringLiteral("^(worker|pool|reader)(\\d+)$"));
    const QRegularExpressionMatch m = numbered.match(recorder);
    if (m.hasMatch()) {
        const QString kind = m.captured(1);
        const QString n = m.captured(2);
        if (kind == QLatin1String("worker"))
            return LoadRun::tr("worker %1").arg(n);
        if (kind == QLatin1String("pool"))
            return LoadRun::tr("pool thread %1").arg(n);
        return LoadRun::tr("reader %1").arg(n);
    }
    // A traced program's connection ("pid 4242 conn3", Trace::Lanes::laneName): its number,
    // then its process.
    static const QRegularExpression traced(QStringLiteral("^pid (\\d+) conn(\\d+)$"));
    if (const QRegularExpressionMatch t = traced.match(recorder); t.hasMatch())
        return LockTimeline::tr("conn%1 · %2").arg(t.captured(2), t.captured(1));
    if (recorder == QLatin1String("writer"))
        return LoadRun::tr("writer");
    if (recorder == QLatin1String("control"))
        return LockTimeline::tr("control");
    if (recorder == QLatin1String("shared"))
        return LockTimeline::tr("shared connection");
    return recorder;
}

bool connectionBefore(const QString &a, const QString &b)
{
    const auto key = [](const QString &name) {
        qsizetype digits = name.size();
        while (digits > 0 && name.at(digits - 1).isDigit())
            --digits;
        return std::make_tuple(
            name != QLatin1String("control"), name.left(digits), name.mid(digits).toLongLong());
    };
    return key(a) < key(b);
}

void LockTimeline::setOrigin(std::uint64_t ticks)
{
    m_time = LockTrace::TimeBase::at(ticks);
}

double LockTimeline::seconds(std::uint64_t ticks) const
{
    return m_time.seconds(ticks);
}

void LockTimeline::append(std::vector<Interval> &v, long *open, Interval i)
{
    if (v.size() >= MaxIntervals) {
        // Thin from the start; an open interval's index moves with it.
        const long drop = long(MaxIntervals / 10);
        v.erase(v.begin(), v.begin() + drop);
        if (*open >= 0)
            *open = std::max(-1L, *open - drop);
    }
    v.push_back(i);
    *open = long(v.size()) - 1;
}

void LockTimeline::apply(Lane &lane, Follow &f, const LockTrace::Event &e)
{
    const double t = seconds(e.ticks);
    const auto close = [t](std::vector<Interval> &v, long *open) {
        if (*open >= 0 && *open < long(v.size()))
            v[std::size_t(*open)].endS = t;
        *open = -1;
    };
    if (e.busy) { // a refused request: waiting starts (or goes on)
        if (f.wait < 0)
            append(lane.waits, &f.wait, { t, t, e.to, e.statement });
        return;
    }
    const bool fileLock = e.from <= Lock::Exclusive && e.to <= Lock::Exclusive;
    if (fileLock) {
        close(lane.file, &f.file);
        if (e.to != Lock::None)
            append(lane.file, &f.file, { t, t, e.to, e.statement });
        // A wait ends with any change of the file lock but the PENDING a refusal leaves.
        if (e.to != Lock::Pending)
            close(lane.waits, &f.wait);
        return;
    }
    const int w = e.to == Lock::WalWrite || e.from == Lock::WalWrite   ? 0
        : e.to == Lock::WalCheckpoint || e.from == Lock::WalCheckpoint ? 1
                                                                       : -1;
    if (w < 0) { // recovery and read marks are not drawn, but taking one ends a wait
        if (e.to != Lock::None)
            close(lane.waits, &f.wait);
        return;
    }
    std::vector<Interval> &held = w == 0 ? lane.walWrite : lane.walCheckpoint;
    if (e.to != Lock::None) {
        if (f.wal[w] < 0)
            append(held, &f.wal[w], { t, t, e.to, e.statement });
        close(lane.waits, &f.wait);
    } else {
        close(held, &f.wal[w]);
    }
}

void LockTimeline::update(
    const std::vector<std::shared_ptr<LockTrace::Recorder>> &recorders, std::uint64_t nowTicks)
{
    if (!m_time.isSet())
        return; // the events wait in the rings until time zero is known
    for (const auto &rec : recorders) {
        auto it = m_follow.find(rec.get());
        if (it == m_follow.end()) {
            Follow f;
            f.lane = int(m_lanes.size());
            Lane lane;
            lane.worker = rec->name();
            m_lanes.push_back(std::move(lane));
            it = m_follow.emplace(rec.get(), f).first;
        }
        Follow &f = it->second;
        Lane &lane = m_lanes[std::size_t(f.lane)];
        m_batch.clear();
        std::uint64_t lost = 0;
        f.cursor = rec->read(f.cursor, &m_batch, &lost);
        lane.lostEvents += lost;
        for (const LockTrace::Event &e : m_batch)
            apply(lane, f, e);
        // Open intervals reach "now".
        const double now = seconds(nowTicks);
        for (auto [v, open] : { std::pair { &lane.file, f.file }, std::pair { &lane.waits, f.wait },
                 std::pair { &lane.walWrite, f.wal[0] }, std::pair { &lane.walCheckpoint, f.wal[1] } })
            if (open >= 0 && open < long(v->size()))
                (*v)[std::size_t(open)].endS = std::max((*v)[std::size_t(open)].endS, now);
    }
    m_endS = std::max(m_endS, seconds(nowTicks));
}

void LockTimeline::updateWaits(const std::vector<std::shared_ptr<WaitLog>> &logs, std::uint64_t nowTicks)
{
    if (!m_time.isSet())
        return;
    for (const auto &log : logs) {
        auto it = m_followWaits.find(log.get());
        if (it == m_followWaits.end()) {
            Follow f;
            f.lane = int(m_lanes.size());
            Lane lane;
            lane.worker = log->name();
            m_lanes.push_back(std::move(lane));
            it = m_followWaits.emplace(log.get(), f).first;
            m_measuredWaits = true;
        }
        Follow &f = it->second;
        Lane &lane = m_lanes[std::size_t(f.lane)];
        m_waitBatch.clear();
        std::uint64_t lost = 0;
        f.cursor = log->read(f.cursor, &m_waitBatch, &lost);
        lane.lostEvents += lost;
        for (const WaitLog::Wait &w : m_waitBatch) {
            const double from = seconds(w.start), to = seconds(w.end);
            if (f.wait >= 0 && f.wait < long(lane.waits.size())
                && from - lane.waits[std::size_t(f.wait)].endS <= MergeGapS) {
                Interval &last = lane.waits[std::size_t(f.wait)];
                last.endS = std::max(last.endS, to);
                if (last.cause == 0)
                    last.cause = w.cause;
            } else {
                append(lane.waits, &f.wait, { from, to, Lock::None, 0, w.cause });
            }
        }
    }
    m_endS = std::max(m_endS, seconds(nowTicks));
}

namespace {
const LockTimeline::Interval *find(const std::vector<LockTimeline::Interval> &v, double t)
{
    // Intervals are in start order: the last one starting at or before t.
    auto it = std::upper_bound(
        v.begin(), v.end(), t, [](double x, const LockTimeline::Interval &i) { return x < i.startS; });
    if (it == v.begin())
        return nullptr;
    --it;
    return t <= it->endS ? &*it : nullptr;
}
} // namespace

const LockTimeline::Interval *LockTimeline::fileAt(int lane, double t) const
{
    return lane >= 0 && lane < int(m_lanes.size()) ? find(m_lanes[std::size_t(lane)].file, t) : nullptr;
}

const LockTimeline::Interval *LockTimeline::waitAt(int lane, double t) const
{
    return lane >= 0 && lane < int(m_lanes.size()) ? find(m_lanes[std::size_t(lane)].waits, t) : nullptr;
}

const LockTimeline::Interval *LockTimeline::walWriteAt(int lane, double t) const
{
    return lane >= 0 && lane < int(m_lanes.size()) ? find(m_lanes[std::size_t(lane)].walWrite, t) : nullptr;
}

Postgres::LockWait LockTimeline::waitCause(std::uint32_t cause) const
{
    return m_causes && cause != 0 ? m_causes->at(cause) : Postgres::LockWait();
}

void LockTimeline::setStatementTexts(const StatementTexts &texts)
{
    for (std::size_t i = 0; i < m_statementTexts.size(); ++i) {
        const QString sql = texts.sql[i].simplified();
        m_statementTexts[i] = sql.size() > MaxStatementChars
            ? sql.left(MaxStatementChars - 1).trimmed() + QChar(0x2026) // …
            : sql;
    }
}

QString LockTimeline::statementText(std::uint8_t statement) const
{
    Stmt s;
    if (!LockTrace::StatementScope::statementOf(statement, &s))
        return {};
    if (const QString &sql = m_statementTexts[std::size_t(s)]; !sql.isEmpty())
        return sql;
    static const std::array<const char *, std::size_t(Stmt::NUM_STATEMENTS)> kinds { "BEGIN", "COMMIT",
        "ROLLBACK", "INSERT", "UPDATE", "DELETE", "SELECT (point read)", "SELECT (range read)" };
    return QLatin1String(kinds[std::size_t(s)]);
}

} // namespace LockLens
