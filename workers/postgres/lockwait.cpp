// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/postgres/lockwait.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <functional>

namespace LockLens::Postgres {

namespace {
QString text(const QJsonObject &o, const char *k)
{
    return o.value(QLatin1String(k)).toString();
}
} // namespace

LockWait LockWait::cause() const
{
    LockWait c;
    c.lockType = lockType;
    c.mode = mode;
    c.relation = relation;
    for (const LockHolder &h : holders) {
        LockHolder k;
        k.holds = h.holds;
        if (h.role.isEmpty()) { // outside the run: who it is
            k.pid = h.pid;
            k.application = h.application;
            k.user = h.user;
            k.backendType = h.backendType;
        } else {
            k.role = h.role;
        }
        c.holders.push_back(std::move(k));
    }
    return c;
}

QString LockWait::keyOf(const LockWait &w)
{
    QStringList parts { w.lockType, w.mode, w.relation, QString::number(w.transactionId) };
    for (const LockHolder &h : w.holders)
        parts << QString::number(h.pid) << h.role << h.application << h.user << h.backendType << h.state
              << QLatin1String(h.holds ? "holds" : "queued");
    return parts.join(QChar(0x1f));
}

QJsonObject LockWait::toJson() const
{
    QJsonObject o { { QStringLiteral("lock_type"), lockType }, { QStringLiteral("mode"), mode } };
    if (!relation.isEmpty())
        o.insert(QStringLiteral("relation"), relation);
    QJsonArray held;
    for (const LockHolder &h : holders) {
        QJsonObject k = !h.role.isEmpty() ? QJsonObject { { QStringLiteral("role"), h.role } }
                                          : QJsonObject { { QStringLiteral("pid"), h.pid },
                                                { QStringLiteral("application"), h.application },
                                                { QStringLiteral("user"), h.user },
                                                { QStringLiteral("backend_type"), h.backendType } };
        if (!h.holds)
            k.insert(QStringLiteral("queued"), true); // ahead in the queue, not holding it
        held.append(k);
    }
    o.insert(QStringLiteral("held_by"), held);
    return o;
}

LockWait LockWait::fromJson(const QJsonObject &o)
{
    LockWait w;
    w.lockType = text(o, "lock_type");
    w.mode = text(o, "mode");
    w.relation = text(o, "relation");
    for (const QJsonValue &v : o.value(QLatin1String("held_by")).toArray()) {
        const QJsonObject h = v.toObject();
        LockHolder k;
        k.role = text(h, "role");
        k.pid = h.value(QLatin1String("pid")).toInt();
        k.application = text(h, "application");
        k.user = text(h, "user");
        k.backendType = text(h, "backend_type");
        k.holds = !h.value(QLatin1String("queued")).toBool();
        w.holders.push_back(std::move(k));
    }
    return w;
}

QJsonObject LockWaitTotal::toJson() const
{
    QJsonObject o = cause.toJson();
    o.insert(QStringLiteral("waits"), double(waits));
    o.insert(QStringLiteral("seconds"), std::round(seconds * 1e3) / 1e3);
    return o;
}

LockWaitTotal LockWaitTotal::fromJson(const QJsonObject &o)
{
    LockWaitTotal t;
    t.cause = LockWait::fromJson(o);
    const double n = o.value(QLatin1String("waits")).toDouble();
    t.waits = n > 0 && n < 0x1p63 ? std::uint64_t(n) : 0;
    t.seconds = std::max(0.0, o.value(QLatin1String("seconds")).toDouble());
    return t;
}

QString lockWaitQuery()
{
    // pg_locks is read once (the CTE, used twice, is computed once), pg_blocking_pids only for
    // the waiters named (it may name a pid twice under parallel query). It also names sessions
    // ahead in the queue; a holder is one with a granted lock on the same object in a mode that
    // conflicts with the one asked for (a session that holds a weaker lock and waits to upgrade
    // it is ahead in the queue, not a holder). A prepared transaction that holds the lock shows
    // as pid 0, with no row in pg_stat_activity.
    return QStringLiteral(
        "WITH l AS (SELECT * FROM pg_locks), "
        "waiting AS (SELECT * FROM l WHERE NOT granted AND pid = ANY (CAST(? AS int[]))), "
        // PostgreSQL's table of conflicting lock modes: bit j of conflicts[i] is set when mode i
        // conflicts with mode j + 1 (1 AccessShareLock ... 8 AccessExclusiveLock).
        "modes AS (SELECT ARRAY['AccessShareLock', 'RowShareLock', 'RowExclusiveLock', "
        "'ShareUpdateExclusiveLock', 'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', "
        "'AccessExclusiveLock'] AS names, ARRAY[128, 192, 240, 248, 236, 252, 254, 255] AS conflicts), "
        "holding AS (SELECT DISTINCT w.pid AS waiter, g.pid FROM waiting w CROSS JOIN modes m JOIN l g ON g.granted "
        "AND g.locktype = w.locktype AND g.database IS NOT DISTINCT FROM w.database "
        "AND g.relation IS NOT DISTINCT FROM w.relation AND g.page IS NOT DISTINCT FROM w.page "
        "AND g.tuple IS NOT DISTINCT FROM w.tuple AND g.virtualxid IS NOT DISTINCT FROM w.virtualxid "
        "AND g.transactionid IS NOT DISTINCT FROM w.transactionid AND g.classid IS NOT DISTINCT FROM w.classid "
        "AND g.objid IS NOT DISTINCT FROM w.objid AND g.objsubid IS NOT DISTINCT FROM w.objsubid "
        "AND coalesce((m.conflicts[array_position(m.names, w.mode::text)] "
        ">> (array_position(m.names, g.mode::text) - 1)) & 1 = 1, true)) "
        "SELECT w.pid, w.locktype, w.mode, coalesce(w.relation::regclass::text, ''), "
        "coalesce(w.transactionid::text, ''), h.pid, coalesce(a.application_name, ''), "
        "coalesce(a.usename::text, ''), coalesce(a.backend_type, ''), coalesce(a.state, ''), "
        "h.pid = 0 OR x.pid IS NOT NULL "
        "FROM waiting w LEFT JOIN LATERAL (SELECT DISTINCT unnest(pg_blocking_pids(w.pid)) AS pid) h ON true "
        "LEFT JOIN holding x ON x.waiter = w.pid AND x.pid = h.pid "
        "LEFT JOIN pg_stat_activity a ON a.pid = h.pid ORDER BY w.pid, h.pid");
}

std::map<int, LockWait> readLockWaits(QSqlQuery &q, const QString &runTag)
{
    const QString ours = QLatin1Char(' ') + runTag;
    const QLatin1String prefix("locklens ");
    std::map<int, LockWait> waits;
    while (q.next()) {
        LockWait &w = waits[q.value(0).toInt()];
        if (!w.known()) {
            w.lockType = q.value(1).toString();
            w.mode = q.value(2).toString();
            w.relation = q.value(3).toString();
            w.transactionId = q.value(4).toString().toUInt();
        }
        if (q.value(5).isNull())
            continue; // nobody holds it any longer
        LockHolder h;
        h.pid = q.value(5).toInt();
        h.application = q.value(6).toString();
        h.user = q.value(7).toString();
        h.backendType = h.pid == 0 ? QStringLiteral("prepared transaction") : q.value(8).toString();
        h.state = q.value(9).toString();
        h.holds = q.value(10).toBool();
        if (h.application.startsWith(prefix) && h.application.endsWith(ours)
            && h.application.size() > prefix.size() + ours.size())
            h.role = h.application.mid(prefix.size(), h.application.size() - prefix.size() - ours.size());
        w.holders.push_back(std::move(h));
    }
    // Those that hold the lock; the ones ahead in the queue only when no holder was seen.
    for (auto &[pid, w] : waits) {
        const auto holds = [](const LockHolder &h) { return h.holds; };
        if (std::any_of(w.holders.begin(), w.holders.end(), holds))
            w.holders.erase(std::remove_if(w.holders.begin(), w.holders.end(), std::not_fn(holds)), w.holders.end());
    }
    return waits;
}

std::uint32_t WaitCauses::intern(const LockWait &w)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    QString key = LockWait::keyOf(w);
    if (const auto it = m_ids.constFind(key); it != m_ids.constEnd())
        return *it;
    const bool full = m_waits.size() >= MaxCauses;
    const LockWait kept = full ? w.cause() : w;
    if (full) {
        key = LockWait::keyOf(kept);
        if (const auto it = m_ids.constFind(key); it != m_ids.constEnd())
            return *it;
        if (m_waits.size() >= 2 * MaxCauses)
            return 0; // only causes since: not expected, but never without bound
    }
    m_waits.push_back(kept);
    const auto id = std::uint32_t(m_waits.size());
    m_ids.insert(key, id);
    return id;
}

LockWait WaitCauses::at(std::uint32_t id) const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return id >= 1 && id <= m_waits.size() ? m_waits[id - 1] : LockWait();
}

} // namespace LockLens::Postgres
