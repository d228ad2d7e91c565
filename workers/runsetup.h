// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <memory>

namespace LockLens {

class Connection;
class RunContext;
struct Scenario;
namespace Postgres {
class TemporaryCluster;
} // namespace Postgres

// A run's setup, before any strategy runs. Every check that can refuse the run comes first,
// on read-only connections, so that a refused run leaves every file byte for byte as it was.
// Then the control connection ("the keeper", held until the run ends), the load table, its
// prefill, the split strategy's sibling files, and what the load starts from: the payload
// pool, the largest id and a generator per worker, in the RunContext.
class RunSetup
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::LoadRun)
public:
    // `temporary`: the database is the run's own temporary file, made by the setup.
    RunSetup(RunContext &ctx, bool temporary);
    ~RunSetup();
    RunSetup(const RunSetup &) = delete;
    RunSetup &operator=(const RunSetup &) = delete;

    // False with error() when the run cannot start; locked() then says whether another
    // connection held a lock for the whole wait.
    bool run();
    const QString &error() const { return m_error; }
    bool locked() const { return m_locked; }
    // The control connection, once run() has opened it (also after a later failure).
    std::unique_ptr<Connection> takeKeeper() { return std::move(m_keeper); }
    // A PostgreSQL run's temporary cluster, once run() has started it: it must outlive every
    // connection of the run.
    std::unique_ptr<Postgres::TemporaryCluster> takeCluster();
    // Rows in the load table(s) when the load begins.
    std::int64_t initialRows() const { return m_initialRows; }
    // How long the setup waits for another connection's lock.
    static int waitMs(const Scenario &sc);

private:
    // The control connection and the load table, on a SQLite database or a PostgreSQL server
    // (runsetupserver.cpp).
    bool openDatabase();
    bool openServer();
    bool reachServer(); // the server named, or a temporary cluster; Scenario::serverAddress set
    bool refuseBeforeWriting(); // the checks, on read-only connections: nothing is written
    bool failed(const QString &why, bool locked = false);
    bool prefill(const QString &table, QString *why);

    RunContext &m_ctx;
    Scenario &m_sc; // the context's: an existing table's plan is filled in
    const bool m_temporary;
    std::unique_ptr<Postgres::TemporaryCluster> m_cluster;
    std::unique_ptr<Connection> m_keeper;
    std::int64_t m_initialRows = 0;
    QString m_error;
    bool m_locked = false;
};

} // namespace LockLens
