// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <map>
#include <mutex>
#include <vector>

class QSqlQuery;

namespace LockLens::Postgres {

// A session that holds a lock another waits for (one of pg_blocking_pids), as
// pg_stat_activity shows it.
struct LockHolder
{
    int pid = 0;
    // One of the run's sessions: its role ("worker3", "pool2", "control"); "" for a session
    // outside the run, told by the rest.
    QString role;
    QString application; // application_name
    QString user; // usename
    QString backendType; // "client backend", "autovacuum worker"...
    QString state; // "idle in transaction", "active"... ("" where the server hides it)
    // It holds the lock; false: it waits for it too, ahead in the queue (pg_blocking_pids names
    // both). A wait lists those that hold, or when none is seen the ones ahead of it.
    bool holds = true;
};

// What one session waits for in the server (its ungranted row of pg_locks) and who holds it.
struct LockWait
{
    QString lockType; // pg_locks.locktype: "transactionid", "tuple", "relation", "advisory"...; "" unknown
    QString mode; // the mode asked for: "ShareLock", "AccessExclusiveLock"...
    QString relation; // the relation as regclass shows it ("locklens_load"); "" for none
    std::uint32_t transactionId = 0; // the transaction waited for (locktype "transactionid"); 0 none
    std::vector<LockHolder> holders; // by pid; empty when the holder was not seen

    bool known() const { return !lockType.isEmpty(); }
    // The wait without what only one wait has (the transaction id, the holders' states): what
    // a run's waits are added up by.
    LockWait cause() const;
    // Identifies a wait as interned: every field. keyOf(cause()) identifies a cause.
    static QString keyOf(const LockWait &w);

    QJsonObject toJson() const; // the cause's fields (no transaction id, no states)
    static LockWait fromJson(const QJsonObject &o);
};

// The run's waits for one cause: how many, and how long they were seen to last.
struct LockWaitTotal
{
    LockWait cause;
    std::uint64_t waits = 0;
    double seconds = 0;

    QJsonObject toJson() const;
    static LockWaitTotal fromJson(const QJsonObject &o);
};

// The query that tells, for the sessions waiting for a lock whose pids it is given (one text
// parameter, "{12,34}"), what each waits for and who holds it: a row per waiter and holder.
QString lockWaitQuery();
// Its rows read back, per waiting pid. A holder whose application_name ends in " <runTag>" is
// one of the run's sessions (Connection names them "locklens <role> <run tag>").
std::map<int, LockWait> readLockWaits(QSqlQuery &q, const QString &runTag);

// The waits a run's sampler saw, each kept once under a small number that the wait logs carry
// (0: not known), so that the lock timeline can say what each wait was for. One writer (the
// sampler), any number of readers. After MaxCauses different waits, new ones are kept without
// their transaction id and holders' states, of which there are few.
class WaitCauses
{
public:
    static constexpr std::size_t MaxCauses = 16384;

    std::uint32_t intern(const LockWait &w);
    // The wait numbered `id`; an unknown one (lockType "") for 0 or a number not given out.
    LockWait at(std::uint32_t id) const;

private:
    mutable std::mutex m_mutex;
    std::vector<LockWait> m_waits; // id - 1
    QHash<QString, std::uint32_t> m_ids;
};

} // namespace LockLens::Postgres
