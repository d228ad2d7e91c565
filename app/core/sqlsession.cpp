// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/sqlsession.h"

#include <QThread>

#include <sqlite3.h>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace LockLens {

namespace {
constexpr int JoinTimeoutMs = 3000;
} // namespace

struct SqlSession::State
{
    std::mutex mutex; // guards everything below but `db`'s use inside the thread
    std::condition_variable wake;
    std::deque<std::function<void(State &)>> tasks;
    bool stop = false;
    SqlSession *owner = nullptr; // null once the session is gone
    std::unique_ptr<DbConnection> db; // created, used and closed in the session's thread
    std::atomic<bool> canInterrupt { false };
    std::atomic<bool> interruptEnabled { true };
    std::atomic<quint64> cancelledUpTo { 0 }; // scripts up to this one are cancelled
    quint64 runningScript = 0; // the script on the connection now (0: none; other jobs are never interrupted)
    // What open() asked for, kept in the session's thread so that a script can try again
    // after a failed open (a lock released since, say).
    DatabaseLocation where;
    DbConnection::Access access = DbConnection::Access::ReadOnly;
    int busyTimeoutMs = 5000;
    SqlFailure openFailure; // why the last attempt failed (code 0, empty: it did not)

    void setConnection(std::unique_ptr<DbConnection> next)
    {
        std::unique_ptr<DbConnection> old;
        {
            std::lock_guard lock(mutex);
            old = std::exchange(db, std::move(next));
        }
        // `old` closes here, outside the lock, in the session's thread.
    }
};

SqlSession::SqlSession(QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    qRegisterMetaType<ScriptResult>();
    qRegisterMetaType<SqlFailure>();
    m_state->owner = this;
    m_thread = QThread::create([state = m_state] {
        for (;;) {
            std::function<void(State &)> task;
            {
                std::unique_lock lock(state->mutex);
                state->wake.wait(lock, [&] { return state->stop || !state->tasks.empty(); });
                if (state->stop)
                    break;
                task = std::move(state->tasks.front());
                state->tasks.pop_front();
            }
            task(*state);
        }
        state->setConnection(nullptr);
    });
    m_thread->setObjectName(QStringLiteral("locklens-console"));
    m_thread->start();
}

SqlSession::~SqlSession()
{
    cancel();
    {
        std::lock_guard lock(m_state->mutex);
        m_state->stop = true;
        m_state->owner = nullptr;
    }
    m_state->wake.notify_all();
    // Connected before waiting, so a thread that ends just after the wait is still deleted.
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    if (m_thread->wait(JoinTimeoutMs)) {
        delete m_thread; // also drops the deleteLater just posted
        return;
    }
    // A statement that cannot be interrupted (the driver's own SQLite) is still running.
    // The thread holds its state and finishes on its own; it no longer touches this object.
    qWarning("LockLens: a console statement is still running; it is left to finish in the background");
}

bool SqlSession::canInterrupt() const
{
    return m_state->canInterrupt.load() && m_state->interruptEnabled.load();
}

void SqlSession::setInterruptEnabled(bool enabled)
{
    m_state->interruptEnabled.store(enabled);
}

void SqlSession::enqueue(std::function<void(State &)> task)
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->tasks.push_back(std::move(task));
    }
    m_state->wake.notify_one();
}

void SqlSession::deliver(State &state, std::function<void()> f)
{
    std::lock_guard lock(state.mutex);
    if (state.owner)
        QMetaObject::invokeMethod(state.owner, std::move(f), Qt::QueuedConnection);
}

void SqlSession::open(const DatabaseLocation &where, DbConnection::Access access, int busyTimeoutMs)
{
    m_where = where;
    m_access = access;
    enqueue([this, where, access, busyTimeoutMs](State &state) {
        state.setConnection(nullptr);
        state.where = where;
        state.access = access;
        state.busyTimeoutMs = busyTimeoutMs;
        openConnection(state);
    });
}

bool SqlSession::openConnection(State &state)
{
    SqlFailure failure;
    auto db = DbConnection::open(
        state.where, state.access, QStringLiteral("console"), &failure, false, state.busyTimeoutMs);
    const bool ok = db != nullptr;
    state.canInterrupt.store(ok && db->native() != nullptr);
    state.setConnection(std::move(db));
    state.openFailure = failure;
    deliver(state, [this, ok, failure] {
        m_openFailure = failure;
        if (ok)
            Q_EMIT opened();
        else
            Q_EMIT openFailed(failure);
    });
    return ok;
}

void SqlSession::reconnect()
{
    enqueue([this](State &state) {
        if (!state.db && state.where.isValid())
            openConnection(state);
    });
}

void SqlSession::close()
{
    enqueue([](State &state) {
        state.setConnection(nullptr);
        state.where = {};
        state.openFailure = {};
    });
}

void SqlSession::post(std::function<void(DbConnection *)> job, QObject *context, std::function<void()> done)
{
    QPointer<QObject> guard(context);
    enqueue([job = std::move(job), guard, done = std::move(done)](State &state) {
        job(state.db.get());
        deliver(state, [guard, done] {
            if (guard && done)
                done();
        });
    });
}

void SqlSession::run(const QString &sql, const ScriptOptions &options)
{
    const quint64 id = ++m_submitted;
    ++m_scriptsPending;
    Q_EMIT started(sql);
    enqueue([this, id, sql, options](State &state) {
        ScriptResult result;
        // A failed open is tried again: the lock that stopped it may be gone.
        if (!state.db && (!state.where.isValid() || !openConnection(state))) {
            StatementResult r;
            r.ok = false;
            r.failure
                = state.where.isValid() ? state.openFailure : SqlFailure { 0, tr("No database is open.") };
            result.statements.push_back(r);
        } else {
            {
                std::lock_guard lock(state.mutex);
                state.runningScript = id;
            }
            result = runScript(
                *state.db, sql, options, [&state, id] { return id <= state.cancelledUpTo.load(); });
            std::lock_guard lock(state.mutex);
            state.runningScript = 0;
        }
        deliver(state, [this, result] {
            --m_scriptsPending;
            Q_EMIT finished(result);
        });
    });
}

void SqlSession::cancel()
{
    const quint64 upTo = m_submitted.load();
    m_state->cancelledUpTo.store(upTo);
    // Under the mutex the connection cannot close, and the running script cannot end and
    // give the connection to another job (a pragma change, a lookup), while it is
    // interrupted: only a cancelled script is ever cut short.
    std::lock_guard lock(m_state->mutex);
    const quint64 running = m_state->runningScript;
    if (running != 0 && running <= upTo && m_state->interruptEnabled && m_state->db && m_state->db->native())
        sqlite3_interrupt(m_state->db->native());
}

} // namespace LockLens
