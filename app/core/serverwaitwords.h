// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/postgres/lockwait.h"

#include <QCoreApplication>
#include <QString>

namespace LockLens {

// A PostgreSQL lock wait (Postgres::LockWait) in the words of the lock timeline's hover, the
// reports and `locklens run`'s text: what the session waited for, and who held it.
class ServerWaitWords
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::ServerWaitWords)
public:
    // "a row changed by transaction 1234, still open", "table locklens_load (AccessExclusiveLock)",
    // "a row of locklens_load, behind another session waiting for it"; for a wait whose cause
    // is not known (it ended before pg_locks was read, or that could not be read), that.
    static QString waitedFor(const Postgres::LockWait &w);
    // "worker 3", "pid 4242 (psql, user alice, idle in transaction)", "a prepared transaction";
    // several joined by commas; one waiting for it too, ahead in the queue (no holder seen),
    // says so; "not seen" when pg_blocking_pids named none.
    static QString heldBy(const Postgres::LockWait &w);
    // Both, for a tooltip: "for a row changed by …; held by worker 3".
    static QString sentence(const Postgres::LockWait &w);
    // Whether a session outside the run (another program's, not one of LockLens's) holds it.
    static bool heldOutside(const Postgres::LockWait &w);
};

} // namespace LockLens
