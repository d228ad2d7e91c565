// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/busyhandler.h"
#include "workers/scenario.h"
#include "workers/statements.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;

namespace LockLens {

namespace Sqlite {
class DriverConnection;
} // namespace Sqlite
namespace Postgres {
class ServerLink;
} // namespace Postgres

namespace LockTrace {
class Recorder;
class Registry;
} // namespace LockTrace

// One QSqlDatabase connection of a load run, opened in (and belonging to) the thread that
// calls open(), with the scenario's pragmas and busy policy applied: to the SQLite database,
// or for a PostgreSQL scenario to its server (Scenario::serverAddress), with lock_timeout
// for the busy timeout. Destroy it in the
// same thread: it drops its statements and removes the connection from Qt's registry.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::Connection)
public:
    struct Options
    {
        QString role; // part of the unique connection name
        bool nativeStatements = true; // step sqlite3_stmt when the driver shares our SQLite
        bool setJournalMode = false; // the controller sets journal_mode; workers only follow
        LockTrace::Registry *locks = nullptr; // record this connection's locks there (if it can be)
        // How long a statement waits for a lock another connection holds; -1: the scenario's
        // busy timeout. (The setup waits no longer than the run may last.)
        int lockWaitMs = -1;
        const StopFlag *abort = nullptr; // raised: stop waiting (before a session takes over)
    };

    // nullptr with the reason when it cannot be opened and set up; *locked then says whether
    // that was because another connection held a lock for the whole wait.
    static std::unique_ptr<Connection> open(
        const Scenario &sc, const Options &opt, QString *error, bool *locked = nullptr);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Prepares the load statements (once).
    bool prepareLoad(const Scenario &sc, QString *error);
    StatementSet &statements() { return *m_statements; }
    BusyContext &busy() { return m_busy; }
    // Whether the counting busy handler is installed (native access and instrumentation on).
    bool countsBusy() const { return m_handle && m_busy.counting; }
    bool native() const { return m_handle != nullptr; }
    bool onServer() const { return m_server != nullptr; }
    // PostgreSQL: the server process serving this connection (0 on SQLite).
    int backendPid() const;
    // PostgreSQL: whether the load's statements can run through libpq on the driver's own
    // connection (serverNativeAvailable()).
    bool serverNative() const;
    sqlite3 *handle() const { return m_handle; }
    // For setup (not the load): the driver's connection.
    QSqlDatabase database() const;

    // For setup and checks: runs one statement, returns the first column of the first row.
    bool query(const QString &sql, QVariant *firstValue, QString *error, const QVariantList &binds = {});
    bool exec(const QString &sql, QString *error) { return query(sql, nullptr, error); }
    // The last query() failed with SQLITE_BUSY: another connection held a lock for the whole wait.
    bool lastFailureWasBusy() const { return m_lastBusy; }
    // PostgreSQL: the SQLSTATE of the last query() that failed ("" : none, or on SQLite).
    const QString &lastServerState() const { return m_lastState; }
    // From now on a statement waits up to `ms` for another connection's lock, on SQLite's
    // schedule, and stops waiting when `abort` is raised: for the checks after the load.
    void waitForLocks(int ms, const StopFlag *abort);
    // Lock conflicts this connection met outside any session (setup and checks).
    std::uint64_t conflictsOutsideSessions() const { return m_orphan.busyEvents.get(); }
    QString effectiveJournalMode() const { return m_journalMode; }
    // Its lock recorder; nullptr when its locks are not recorded.
    LockTrace::Recorder *lockRecorder() const { return m_locks.get(); }

private:
    Connection() = default;
    // open() for a PostgreSQL scenario (connectionserver.cpp).
    static std::unique_ptr<Connection> openServer(const Scenario &sc, const Options &opt, QString *error);
    bool queryServer(const QString &sql, QVariant *firstValue, QString *error, const QVariantList &binds);

    std::unique_ptr<Sqlite::DriverConnection> m_driver;
    std::unique_ptr<Postgres::ServerLink> m_server; // instead of m_driver
    sqlite3 *m_handle = nullptr;
    BusyContext m_busy;
    WorkerStats m_orphan; // charged when no session holds the connection (setup statements)
    std::unique_ptr<StatementSet> m_statements;
    QString m_journalMode;
    bool m_lastBusy = false;
    QString m_lastState;
    std::shared_ptr<LockTrace::Recorder> m_locks;
};

// The name Qt's driver opens for a scenario: Sqlite::memoryDatabaseUri() for a memory
// scenario, else the file path. On PostgreSQL: the server's address without its password,
// or "a temporary PostgreSQL cluster".
QString databaseNameFor(const Scenario &sc);

} // namespace LockLens
