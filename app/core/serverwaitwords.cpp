// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/serverwaitwords.h"

#include "app/core/locktimeline.h"

#include <QStringList>

#include <algorithm>

namespace LockLens {

namespace {
QString holderWords(const Postgres::LockHolder &h)
{
    if (!h.role.isEmpty())
        return connectionName(h.role);
    if (h.pid == 0)
        return ServerWaitWords::tr("a prepared transaction");
    QStringList about;
    about << (h.application.isEmpty() ? h.backendType : h.application);
    if (!h.user.isEmpty())
        about << ServerWaitWords::tr("user %1").arg(h.user);
    if (!h.state.isEmpty())
        about << h.state;
    about.removeAll(QString());
    return about.isEmpty() ? ServerWaitWords::tr("pid %1").arg(h.pid)
                           : ServerWaitWords::tr("pid %1 (%2)").arg(h.pid).arg(about.join(QLatin1String(", ")));
}
} // namespace

QString ServerWaitWords::waitedFor(const Postgres::LockWait &w)
{
    const QString &type = w.lockType;
    const QString rel = w.relation.isEmpty() ? tr("a relation") : w.relation;
    if (type.isEmpty())
        return tr("not known (pg_locks did not show it)");
    if (type == QLatin1String("transactionid"))
        return w.transactionId != 0 ? tr("a row changed by transaction %1, still open").arg(w.transactionId)
                                    : tr("a row changed by a transaction still open");
    if (type == QLatin1String("tuple"))
        return tr("a row of %1, behind another session waiting for it").arg(rel);
    if (type == QLatin1String("relation"))
        return tr("table %1 (%2)").arg(rel, w.mode);
    if (type == QLatin1String("extend"))
        return tr("room to extend %1").arg(rel);
    if (type == QLatin1String("page"))
        return tr("a page of %1").arg(rel);
    if (type == QLatin1String("virtualxid"))
        return tr("another transaction to end");
    if (type == QLatin1String("advisory"))
        return tr("an advisory lock (%1)").arg(w.mode);
    return tr("a lock of type %1 (%2)").arg(type, w.mode);
}

QString ServerWaitWords::heldBy(const Postgres::LockWait &w)
{
    if (w.holders.empty())
        return tr("not seen");
    QStringList names;
    for (const Postgres::LockHolder &h : w.holders)
        names << (h.holds ? holderWords(h) : ServerWaitWords::tr("%1 (ahead in the queue)").arg(holderWords(h)));
    return names.join(QLatin1String(", "));
}

QString ServerWaitWords::sentence(const Postgres::LockWait &w)
{
    if (!w.known())
        return waitedFor(w);
    return tr("for %1; held by %2").arg(waitedFor(w), heldBy(w));
}

bool ServerWaitWords::heldOutside(const Postgres::LockWait &w)
{
    return std::any_of(w.holders.begin(), w.holders.end(),
        [](const Postgres::LockHolder &h) { return h.holds && h.role.isEmpty(); });
}

} // namespace LockLens
