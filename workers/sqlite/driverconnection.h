// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QSqlError;
class QSqlQuery;
struct sqlite3;

namespace LockLens::Sqlite {

// How a connection may touch the database.
enum class Access {
    ReadWrite,
    ReadOnly, // SQLITE_OPEN_READONLY (an in-memory database: PRAGMA query_only)
    // Reads only, but opened read-write with PRAGMA query_only where the file and its folder
    // can be written: a connection opened read-only cannot remove, when it closes, the -wal
    // and -shm files a WAL database made it create. Elsewhere as ReadOnly.
    QueryOnly,
};

// What to open and how: the one description every connection of LockLens is opened from.
struct OpenSpec
{
    QString role; // part of the connection's unique name ("locklens-<role>-<n>")
    QString path; // a database file, or
    QString memoryName; // a named in-memory database the connections of this process share
    Access access = Access::ReadWrite;
    // QSQLITE_BUSY_TIMEOUT: how long a statement waits for another connection's lock while
    // SQLite's own busy handler runs (a handler installed on native() replaces it).
    int busyTimeoutMs = 5000;
    // Open through this registered VFS (by URI; it must run on the SQLite LockLens links).
    QString vfs;
    // A file on read-only media (SqliteFile::readsAsImmutable) opens with immutable=1, the
    // only way SQLite opens a WAL file there. Off for a read-write open that must write.
    bool immutableOnReadOnlyMedia = true;
};

// One connection of Qt's QSQLITE driver, opened from an OpenSpec in (and belonging to) the
// thread that opens it, under a name no other connection uses; destroyed in the same thread,
// after every QSqlQuery on it, it closes and leaves Qt's registry.
class DriverConnection
{
public:
    // nullptr when the driver cannot open it (*error says why; opening a file that is not a
    // database succeeds: SQLite reads lazily).
    static std::unique_ptr<DriverConnection> open(const OpenSpec &spec, QSqlError *error);
    ~DriverConnection();
    DriverConnection(const DriverConnection &) = delete;
    DriverConnection &operator=(const DriverConnection &) = delete;

    const QSqlDatabase &database() const { return m_db; }
    const QString &name() const { return m_name; }
    // The driver's handle where it runs on the SQLite LockLens links
    // (SqliteLink::driverSharesLibrary()); nullptr otherwise.
    sqlite3 *native() const { return m_native; }
    // Opened with immutable=1 (a file on read-only media): read without locks.
    bool immutable() const { return m_immutable; }
    // Reads only: opened read-only, or with PRAGMA query_only.
    bool readOnly() const { return m_readOnly; }

private:
    DriverConnection() = default;

    QString m_name;
    QSqlDatabase m_db;
    sqlite3 *m_native = nullptr;
    bool m_immutable = false;
    bool m_readOnly = false;
};

// "file:NAME?mode=memory&cache=shared", NAME percent-encoded: a named in-memory database
// that the connections of this process share.
QString memoryDatabaseUri(const QString &name);

// Prepares `sql` forward-only on q, binds the values by position and runs it.
bool execBound(QSqlQuery &q, const QString &sql, const QVariantList &binds);
// Runs sql with the values bound by position; every result row (at most `limit`, all when
// negative) as a list of values. False when it fails, also part-way through the rows
// (corruption, an interrupt), with *error set.
bool selectRows(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
    std::vector<QVariantList> *rows, QSqlError *error, int limit = -1);

// SQLite's message for a failure (Qt's own text where SQLite gave none).
QString messageOf(const QSqlError &e);
// SQLite's primary result code for a failure (SQLITE_BUSY is 5); 0 where it gave none.
int primaryCode(const QSqlError &e);
// SQLITE_BUSY: another connection held a lock for the whole wait (or refused at once).
bool isBusy(const QSqlError &e);

// Some statements SQLite refuses with SQLITE_BUSY at once, without calling the busy
// handler: switching a file into WAL or out of it reads, then writes, and loses to another
// connection doing the same. `attempt` (true when it succeeded) is tried again every 10 ms
// while `refusedBusy` says its failure was SQLITE_BUSY, until `wait` is up or `pause`
// (which sleeps for the given time) returns false because the caller was stopped.
using Pause = std::function<bool(std::chrono::milliseconds)>;
bool retryWhileBusy(const std::function<bool()> &attempt, const std::function<bool()> &refusedBusy,
    std::chrono::milliseconds wait, const Pause &pause = {});

} // namespace LockLens::Sqlite
