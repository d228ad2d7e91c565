// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlError;

namespace LockLens::Postgres {

// What a failed statement on PostgreSQL means to a load test, from its SQLSTATE (Qt's QPSQL
// driver gives it as the error's native code): the failures a retry may cure, told apart as
// pgbench --max-tries tells them, and those that end a client or a run.
enum class Failure {
    None,
    Serialization, // 40001: a concurrent transaction changed what this one read (REPEATABLE READ, SERIALIZABLE)
    Deadlock, // 40P01: the server broke a cycle of waits by failing this transaction
    LockTimeout, // 55P03: lock_timeout expired waiting for a lock (the busy timeout's counterpart)
    StatementTimeout, // 57014: statement_timeout, or the statement was cancelled
    TooManyConnections, // 53300
    ConnectionLost, // class 08, or 57P01..57P03: the server ended the session (a restart, a shutdown)
    Other,
};

// The SQLSTATE of `e` ("" when it has none: a driver error).
QString sqlstate(const QSqlError &e);
Failure failureOf(const QString &sqlstate);
inline bool isRetryable(Failure f)
{
    return f == Failure::Serialization || f == Failure::Deadlock;
}
// Whether a failure with this SQLSTATE ends a load run rather than one transaction: no retry
// and no later transaction can succeed (the session is gone, the disk is full, the role may not
// write the table, the server is read-only), as a SQLite run ends on SQLITE_READONLY or FULL.
// "" (no SQLSTATE: libpq lost the connection) is one of them.
bool endsRun(const QString &sqlstate);
// Its key in documents ("serialization", "deadlock", "lock_timeout", ...; "" for None).
const char *failureKey(Failure f);

} // namespace LockLens::Postgres
