// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/serversampler.h"

#include "workers/postgres/serverconnection.h"
#include "workers/recorder/clock.h"
#include "workers/runcontext.h"
#include "workers/waitlog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <chrono>
#include <vector>

namespace LockLens {

ServerSampler::ServerSampler(RunContext &ctx, std::shared_ptr<Postgres::WaitCauses> causes)
    : m_ctx(ctx)
    , m_causes(std::move(causes))
{
}

ServerSampler::~ServerSampler()
{
    stop();
}

void ServerSampler::start()
{
    m_thread = std::thread([this] { loop(); });
}

void ServerSampler::stop()
{
    m_stop.raise();
    if (m_thread.joinable())
        m_thread.join();
}

QString ServerSampler::error() const
{
    return m_thread.joinable() ? QString() : m_error;
}

int ServerSampler::blockOf(const QString &role, int workers, std::size_t readerBase)
{
    const auto numbered = [&role](const char *prefix) {
        const QLatin1String p(prefix);
        bool ok = false;
        const int n = role.startsWith(p) ? role.mid(p.size()).toInt(&ok) : 0;
        return ok ? n : 0;
    };
    if (const int n = numbered("worker"); n >= 1 && n <= workers)
        return n - 1;
    if (const int n = numbered("pool"); n >= 1 && n <= workers)
        return n - 1;
    if (const int n = numbered("reader"); n >= 1)
        return int(readerBase) + n - 1;
    if (role == QLatin1String("writer"))
        return workers; // the writer queue's writer, after the workers
    if (role == QLatin1String("shared"))
        return 0; // the shared strategy's one session: charged to worker 1's block
    return -1;
}

void ServerSampler::cancelWaits(const QSqlDatabase &db)
{
    QSqlQuery cancel(db);
    cancel.prepare(QStringLiteral("SELECT count(pg_cancel_backend(pid)) FROM pg_stat_activity "
                                  "WHERE application_name LIKE ? AND wait_event_type = 'Lock'"));
    cancel.bindValue(0, QStringLiteral("locklens % ") + m_ctx.sc.serverTag);
    cancel.exec();
}

bool ServerSampler::readStates(QSqlQuery &q, std::vector<Session> *now)
{
    q.bindValue(0, QStringLiteral("locklens %") + m_ctx.sc.serverTag);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    const QString tag = QLatin1Char(' ') + m_ctx.sc.serverTag;
    std::fill(now->begin(), now->end(), Session());
    while (q.next()) {
        const QString name = q.value(0).toString(); // "locklens worker3 <tag>"
        if (!name.endsWith(tag))
            continue;
        const QString role = name.mid(9, name.size() - 9 - tag.size());
        const int b = blockOf(role, m_ctx.sc.workers, m_ctx.readerBase);
        if (b < 0 || std::size_t(b) >= now->size())
            continue;
        Session &s = (*now)[std::size_t(b)];
        if (q.value(1).toBool() || !s.waiting) // the pid of the session that waits, if one does
            s.pid = q.value(2).toInt();
        s.waiting = s.waiting || q.value(1).toBool();
    }
    q.finish();
    return true;
}

void ServerSampler::readCauses(QSqlQuery &q, std::vector<Session> &now, const std::vector<Session> &before)
{
    QStringList pids;
    for (std::size_t b = 0; b < now.size(); ++b) {
        if (!now[b].waiting)
            continue;
        if (before[b].waiting && before[b].cause != 0 && before[b].pid == now[b].pid)
            now[b].cause = before[b].cause; // the same wait, as far as sampling can tell
        else if (now[b].pid != 0)
            pids << QString::number(now[b].pid);
    }
    if (pids.isEmpty())
        return;
    q.bindValue(0, QLatin1Char('{') + pids.join(QLatin1Char(',')) + QLatin1Char('}'));
    if (!q.exec()) { // not known this time: the next sample asks again
        if (m_causeError.isEmpty())
            m_causeError = q.lastError().text();
        return;
    }
    const std::map<int, Postgres::LockWait> waits = Postgres::readLockWaits(q, m_ctx.sc.serverTag);
    q.finish();
    for (Session &s : now) {
        const auto it = s.waiting && s.cause == 0 ? waits.find(s.pid) : waits.end();
        if (it != waits.end() && it->second.known())
            s.cause = m_causes->intern(it->second);
    }
}

void ServerSampler::endWait(std::size_t block, const Session &s, std::uint64_t at)
{
    WorkerStats &w = *m_ctx.stats[block];
    w.lockWaitTicks.end(at);
    if (w.waitLog)
        w.waitLog->push(s.since, at, s.cause);
    auto &[waits, ticks] = m_totals[s.cause];
    ++waits;
    ticks += at - s.since;
}

void ServerSampler::track(std::vector<Session> &sessions, const std::vector<Session> &now, std::uint64_t at)
{
    for (std::size_t b = 0; b < sessions.size(); ++b) {
        Session &s = sessions[b];
        if (now[b].waiting && !s.waiting) {
            m_ctx.stats[b]->lockWaitTicks.begin(at);
            s.since = at;
        } else if (!now[b].waiting && s.waiting) {
            endWait(b, s, at);
        }
        s.waiting = now[b].waiting;
        s.pid = now[b].pid;
        s.cause = now[b].waiting ? now[b].cause : 0;
    }
}

void ServerSampler::loop()
{
    QString why;
    auto link = Postgres::ServerLink::open(*m_ctx.sc.serverAddress, QStringLiteral("sampler"), &why);
    if (!link) {
        m_error = why;
        return;
    }
    std::vector<Session> sessions(m_ctx.stats.size()), now(m_ctx.stats.size());
    {
        QSqlQuery states(link->database()), causes(link->database());
        states.setForwardOnly(true);
        causes.setForwardOnly(true);
        // The run's sessions and whether each waits for a lock now (a new snapshot each time:
        // every query is its own transaction).
        const bool prepared = states.prepare(QStringLiteral(
            "SELECT application_name, wait_event_type = 'Lock', pid FROM pg_stat_activity WHERE application_name LIKE ?"));
        // Without the causes (a server that refuses the query) the waits are still timed.
        const bool askCauses = m_ctx.sc.instrument && causes.prepare(Postgres::lockWaitQuery());
        if (m_ctx.sc.instrument && !askCauses)
            m_causeError = causes.lastError().text();
        const auto period = std::chrono::microseconds(1000000 / Rate);
        auto next = std::chrono::steady_clock::now();
        while (prepared && !m_stop.raised()) {
            const std::uint64_t before = Clock::now();
            if (!readStates(states, &now))
                break;
            const std::uint64_t at = before + (Clock::now() - before) / 2; // when the server looked
            const bool anyWaits = std::any_of(now.begin(), now.end(), [](const Session &s) { return s.waiting; });
            if (m_ctx.stop.raised() && anyWaits)
                cancelWaits(link->database());
            if (m_ctx.sc.instrument) {
                if (anyWaits && askCauses)
                    readCauses(causes, now, sessions);
                track(sessions, now, at);
            }
            m_samples.fetch_add(1, std::memory_order_relaxed);
            next += period;
            const auto t = std::chrono::steady_clock::now();
            if (next < t - period) // starved of CPU for a while: go on from now, not in a burst
                next = t;
            if (!m_stop.sleepUntil(next))
                break;
        }
        if (!prepared)
            m_error = states.lastError().text();
    }
    // Waits still open when the load ended end there.
    const std::uint64_t end = Clock::now();
    for (std::size_t b = 0; b < sessions.size(); ++b)
        if (sessions[b].waiting)
            endWait(b, sessions[b], end);
}

std::vector<Postgres::LockWaitTotal> ServerSampler::totals() const
{
    std::map<QString, Postgres::LockWaitTotal> byCause;
    for (const auto &[id, counted] : m_totals) {
        const Postgres::LockWait cause = m_causes->at(id).cause();
        Postgres::LockWaitTotal &t = byCause[Postgres::LockWait::keyOf(cause)];
        t.cause = cause;
        t.waits += counted.first;
        t.seconds += Clock::toMs(counted.second) / 1000.0;
    }
    std::vector<Postgres::LockWaitTotal> out;
    for (auto &[key, t] : byCause)
        out.push_back(std::move(t));
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.seconds > b.seconds; });
    return out;
}

} // namespace LockLens
