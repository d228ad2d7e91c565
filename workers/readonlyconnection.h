// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/busyhandler.h"

#include <QString>
#include <QVariantList>

#include <memory>
#include <vector>

class QSqlError;

namespace LockLens {

namespace Sqlite {
class DriverConnection;
} // namespace Sqlite

// A short read-only connection to a database file of the user's, through Qt's SQLite driver
// (as every connection of a run): what a run reads at setup before anything writes, so that
// a refusal leaves the file as it was. Where the file and its folder can be written it is
// opened for writing but with PRAGMA query_only: a connection opened read-only cannot remove,
// when it closes, the -wal and -shm files a WAL database made it create. Lives in one
// thread; every query is dropped before the connection is removed.
class ReadOnlyConnection
{
public:
    // busyTimeoutMs: how long a statement waits for a lock another connection holds; a raised
    // `abort` ends that wait (where the driver runs on LockLens's SQLite).
    ReadOnlyConnection(const QString &path, int busyTimeoutMs, const StopFlag *abort = nullptr);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    // Runs sql with the values bound by position; rows as lists of values (at most `limit`,
    // all when negative). False with the reason.
    bool rows(const QString &sql, const QVariantList &binds, std::vector<QVariantList> *out, QString *why,
        int limit = -1);
    // Prepares sql without running it: what SQLite refuses at compile time.
    bool prepares(const QString &sql, QString *why);
    // The last failure was SQLITE_BUSY: another connection holds a lock.
    bool lastWasBusy() const { return m_busy; }

private:
    bool failed(const QSqlError &e, QString *why);

    std::unique_ptr<Sqlite::DriverConnection> m_driver;
    QString m_error;
    bool m_busy = false;
    BusyContext m_wait;
};

} // namespace LockLens
