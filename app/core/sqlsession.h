// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/dbconnection.h"
#include "app/core/sqlscript.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace LockLens {

// The window's own connection to the open database, for the SQL console and the pragma
// panel: one QSqlDatabase in one background thread, jobs run there one after another so
// the window never waits on a lock. Per-connection settings (busy_timeout, foreign_keys,
// cache_size…) made in the pragma panel apply to the console's statements, as they would
// in the user's program.
class SqlSession : public QObject
{
    Q_OBJECT
public:
    explicit SqlSession(QObject *parent = nullptr);
    ~SqlSession() override; // cancels what runs, waits for the thread, closes the connection

    // (Re)opens the connection after the jobs already queued; opened() or openFailed() follows.
    // After a failed open, each script tries once more before it runs.
    void open(const DatabaseLocation &where, DbConnection::Access access, int busyTimeoutMs = 5000);
    // Tries again to open the connection when the last attempt failed; one that is open
    // stays as it is, with its per-connection settings.
    void reconnect();
    void close();
    const DatabaseLocation &location() const { return m_where; }
    bool readOnly() const { return m_access == DbConnection::Access::ReadOnly; }
    // Why the last attempt to open failed (message empty when it did not), as openFailed said.
    const SqlFailure &openFailure() const { return m_openFailure; }

    // Runs job(connection) in the session's thread after every job queued before it (the
    // connection is nullptr when none is open), then done() in this object's thread if
    // `context` still exists. Jobs must not keep the connection.
    void post(std::function<void(DbConnection *)> job, QObject *context, std::function<void()> done);
    // Runs a script (see runScript); finished() follows, or failed-to-open as a result
    // whose one statement failed.
    void run(const QString &sql, const ScriptOptions &options = {});

    // Stops the running and queued scripts: the running statement is interrupted with
    // sqlite3_interrupt where the driver shares LockLens's SQLite, otherwise it stops at
    // its next row (a single long step runs to its end). Thread-safe.
    void cancel();
    // Whether cancel() can cut a statement short mid-step (known once opened).
    bool canInterrupt() const;
    // Off: cancel() only stops between rows and statements, as where the driver carries
    // its own SQLite (lets that path be tested where it does not).
    void setInterruptEnabled(bool enabled);
    // Scripts queued or running.
    int scriptsPending() const { return m_scriptsPending; }

Q_SIGNALS:
    void opened();
    void openFailed(const LockLens::SqlFailure &failure);
    void started(const QString &sql);
    void finished(const LockLens::ScriptResult &result);

private:
    struct State;
    void enqueue(std::function<void(State &)> task);
    // In the session's thread: opens state.where; opened() or openFailed() follows.
    bool openConnection(State &state);
    // Runs `f` in this object's thread, unless the session was destroyed meanwhile.
    static void deliver(State &state, std::function<void()> f);

    DatabaseLocation m_where;
    DbConnection::Access m_access = DbConnection::Access::ReadOnly;
    QThread *m_thread = nullptr;
    // What the session's thread uses. It outlives the session when a statement that cannot
    // be interrupted is still running at destruction: the thread then finishes on its own.
    std::shared_ptr<State> m_state;
    std::atomic<quint64> m_submitted { 0 }; // scripts handed to run()
    int m_scriptsPending = 0; // GUI thread only
    SqlFailure m_openFailure; // GUI thread only
};

} // namespace LockLens
