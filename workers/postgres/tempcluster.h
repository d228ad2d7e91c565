// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/postgres/serveraddress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace LockLens::Postgres {

// A throwaway PostgreSQL cluster for a load test that names no server: initdb in a new
// temporary folder, the server started on a Unix socket in that folder only (no TCP port,
// so nothing else on the machine can reach it or collide with it), and at the end stopped and
// removed. PostgreSQL refuses to run as root: when LockLens runs as root, the cluster runs as
// the `postgres` user (Debian's postgresql package makes it), else as `nobody`.
class TemporaryCluster
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::Postgres::TemporaryCluster)
public:
    struct Programs
    {
        QString initdb, pgCtl; // full paths
        QString version; // "15.18", from initdb --version
    };
    // Where PostgreSQL's server programs are looked for: the PATH, then the places packages
    // put them (Debian's /usr/lib/postgresql/N/bin, newest first; /usr/local/pgsql/bin;
    // Homebrew's).
    static QStringList defaultFolders();
    // The first folder of `folders` that has initdb and pg_ctl; nullopt if none.
    static std::optional<Programs> findPrograms(const QStringList &folders = defaultFolders());
    // What to install when they are missing, in one line.
    static QString installHint();

    TemporaryCluster() = default;
    ~TemporaryCluster(); // stops and removes it
    TemporaryCluster(const TemporaryCluster &) = delete;
    TemporaryCluster &operator=(const TemporaryCluster &) = delete;

    // Makes and starts the cluster; false with one line (the programs are missing, initdb or
    // the server failed: the last lines of what they said). `programs` from findPrograms().
    bool start(const Programs &programs, QString *error);
    // Stops the server (fast shutdown: sessions are ended) and removes the folder.
    void stop();
    bool isRunning() const { return m_running; }
    // Where to connect: the socket's folder, the superuser `locklens`, the database `postgres`.
    ServerAddress address() const;
    QString folder() const; // "" before start()
    QString runsAs() const { return m_user; } // the system user the server runs as ("" : LockLens's)
    const Programs &programs() const { return m_programs; } // those it was started with

private:
    // Runs `program` (as m_user's uid when set) and waits; false with the tail of its output.
    bool run(const QString &program, const QStringList &args, int timeoutMs, QString *error);

    std::unique_ptr<QTemporaryDir> m_dir;
    Programs m_programs;
    QString m_user;
    unsigned m_uid = 0, m_gid = 0;
    bool m_running = false;
};

} // namespace LockLens::Postgres
