// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/serversampler.h"

#include "workers/postgres/serverconnection.h"
#include "workers/recorder/clock.h"
#include "workers/runcontext.h"
#include "workers/waitlog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <chrono>
#include <vector>

namespace LockLens {

ServerSampler::ServerSampler(RunContext &ctx)
    : m_ctx(ctx)
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

void ServerSampler::loop()
{
    QString why;
    auto link = Postgres::ServerLink::open(*m_ctx.sc.serverAddress, QStringLiteral("sampler"), &why);
    if (!link) {
        m_error = why;
        return;
    }
    const std::size_t blocks = m_ctx.stats.size();
    std::vector<bool> waiting(blocks, false);
    std::vector<std::uint64_t> since(blocks, 0);
    const QString tag = QLatin1Char(' ') + m_ctx.sc.serverTag;
    {
        QSqlQuery q(link->database());
        q.setForwardOnly(true);
        // The run's sessions and whether each waits for a lock now (a new snapshot each time:
        // every query is its own transaction).
        const bool prepared = q.prepare(QStringLiteral(
            "SELECT application_name, wait_event_type = 'Lock' FROM pg_stat_activity WHERE application_name LIKE ?"));
        const auto period = std::chrono::microseconds(1000000 / Rate);
        auto next = std::chrono::steady_clock::now();
        std::vector<bool> now(blocks);
        while (prepared && !m_stop.raised()) {
            q.bindValue(0, QStringLiteral("locklens %") + m_ctx.sc.serverTag);
            const std::uint64_t before = Clock::now();
            if (!q.exec()) {
                m_error = q.lastError().text();
                break;
            }
            std::fill(now.begin(), now.end(), false);
            while (q.next()) {
                const QString name = q.value(0).toString(); // "locklens worker3 <tag>"
                if (!name.endsWith(tag))
                    continue;
                const QString role = name.mid(9, name.size() - 9 - tag.size());
                const int b = blockOf(role, m_ctx.sc.workers, m_ctx.readerBase);
                if (b >= 0 && std::size_t(b) < blocks && q.value(1).toBool())
                    now[std::size_t(b)] = true;
            }
            q.finish();
            const std::uint64_t at = before + (Clock::now() - before) / 2; // when the server looked
            if (m_ctx.stop.raised() && std::find(now.begin(), now.end(), true) != now.end())
                cancelWaits(link->database());
            for (std::size_t b = 0; m_ctx.sc.instrument && b < blocks; ++b) {
                WorkerStats &w = *m_ctx.stats[b];
                if (now[b] && !waiting[b]) {
                    w.lockWaitTicks.begin(at);
                    since[b] = at;
                } else if (!now[b] && waiting[b]) {
                    w.lockWaitTicks.end(at);
                    if (w.waitLog)
                        w.waitLog->push(since[b], at);
                }
                waiting[b] = now[b];
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
            m_error = q.lastError().text();
    }
    // Waits still open when the load ended end there.
    const std::uint64_t end = Clock::now();
    for (std::size_t b = 0; m_ctx.sc.instrument && b < blocks; ++b) {
        if (!waiting[b])
            continue;
        m_ctx.stats[b]->lockWaitTicks.end(end);
        if (m_ctx.stats[b]->waitLog)
            m_ctx.stats[b]->waitLog->push(since[b], end);
    }
}

} // namespace LockLens
