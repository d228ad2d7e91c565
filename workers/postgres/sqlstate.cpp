// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/postgres/sqlstate.h"

#include <QSqlError>

namespace LockLens::Postgres {

QString sqlstate(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code.size() == 5 ? code : QString();
}

Failure failureOf(const QString &s)
{
    if (s.isEmpty())
        return Failure::None;
    if (s == QLatin1String("40001"))
        return Failure::Serialization;
    if (s == QLatin1String("40P01"))
        return Failure::Deadlock;
    if (s == QLatin1String("55P03"))
        return Failure::LockTimeout;
    if (s == QLatin1String("57014"))
        return Failure::StatementTimeout;
    if (s == QLatin1String("53300"))
        return Failure::TooManyConnections;
    if (s.startsWith(QLatin1String("08")) || s == QLatin1String("57P01") || s == QLatin1String("57P02")
        || s == QLatin1String("57P03"))
        return Failure::ConnectionLost;
    return Failure::Other;
}

bool endsRun(const QString &s)
{
    switch (failureOf(s)) {
    case Failure::None: // no SQLSTATE: libpq's own error, a lost connection
    case Failure::ConnectionLost:
    case Failure::TooManyConnections:
        return true;
    default:
        break;
    }
    // 53: insufficient resources (disk full, out of memory); 58: system error; XX: internal
    // error; 42501: insufficient privilege; 25006: a read-only transaction (a standby).
    return s.startsWith(QLatin1String("53")) || s.startsWith(QLatin1String("58")) || s.startsWith(QLatin1String("XX"))
        || s == QLatin1String("42501") || s == QLatin1String("25006");
}

const char *failureKey(Failure f)
{
    switch (f) {
    case Failure::None:
        return "";
    case Failure::Serialization:
        return "serialization";
    case Failure::Deadlock:
        return "deadlock";
    case Failure::LockTimeout:
        return "lock_timeout";
    case Failure::StatementTimeout:
        return "statement_timeout";
    case Failure::TooManyConnections:
        return "too_many_connections";
    case Failure::ConnectionLost:
        return "connection_lost";
    case Failure::Other:
        return "other";
    }
    return "other";
}

} // namespace LockLens::Postgres
