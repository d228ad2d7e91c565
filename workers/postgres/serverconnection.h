// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/postgres/serveraddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace LockLens::Postgres {

// The server's settings that matter to a load test's figures, as its run document records them.
struct ServerSettings
{
    QString version; // server_version, "15.18 (Debian 15.18-0+deb12u1)"
    int versionNumber = 0; // server_version_num, 150018
    QString synchronousCommit; // on, off, local, remote_write, remote_apply
    QString fsync; // on, off
    int maxConnections = 0;
    QString sharedBuffers; // as the server shows it, "128MB"
};

// A connection to a PostgreSQL server through Qt's QPSQL driver.
struct ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::Postgres::ServerConnection)
public:
    // Whether Qt's QPSQL driver is installed, and if not what to install, in one line.
    static bool driverAvailable(QString *why);
    // Adds QPSQL connection `name` (the caller removes it: QSqlDatabase::removeDatabase) and
    // opens it; false with one line that names the server as shown() (never its password) and
    // what the server or libpq said: nothing listening there, an unknown host, a wrong password,
    // a database or role that does not exist, too many connections.
    static bool open(const ServerAddress &address, const QString &name, QString *error);
    // The settings of the server `db` is connected to; nullopt with the reason.
    static std::optional<ServerSettings> settings(const QSqlDatabase &db, QString *error);
};

// One QPSQL connection, opened in (and belonging to) the thread that opens it, under a name
// no other connection uses; destroyed in the same thread, after every QSqlQuery on it, it
// closes and leaves Qt's registry.
class ServerLink
{
public:
    // nullptr with ServerConnection::open()'s one line when it cannot connect.
    static std::unique_ptr<ServerLink> open(const ServerAddress &address, const QString &role, QString *error);
    ~ServerLink();
    ServerLink(const ServerLink &) = delete;
    ServerLink &operator=(const ServerLink &) = delete;

    const QSqlDatabase &database() const { return m_db; }
    // The server process serving this connection (pg_backend_pid()): how the lock sampler
    // tells whose wait it sees.
    int backendPid() const { return m_backendPid; }

private:
    ServerLink() = default;

    QString m_name;
    QSqlDatabase m_db;
    int m_backendPid = 0;
};

} // namespace LockLens::Postgres
