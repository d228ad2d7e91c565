// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/locktrace.h"
#include "workers/postgres/lockwait.h"
#include "workers/postgres/serverconnection.h"
#include "workers/scenario.h"
#include "workers/workerstats.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <vector>

namespace LockLens {

struct LatencySummary
{
    double p50 = 0, p90 = 0, p99 = 0, p999 = 0, max = 0; // milliseconds
    std::uint64_t count = 0;
    static LatencySummary of(const HistogramData &h);
};

// Where and with what the run happened.
struct Environment
{
    QString sqliteVersion; // the driver's SQLite (SELECT sqlite_version())
    QString linkedSqliteVersion; // the SQLite LockLens links
    QString sqliteSource; // "system" or "bundled"
    bool fastPath = false; // hot statements stepped sqlite3_stmt directly
    QString driverPath; // "native sqlite3_stmt" or "QSqlQuery"
    bool busyHandler = false; // LockLens's counting busy handler was installed
    QString qtVersion;
    QString os;
    QString cpuArchitecture;
    int cpuCount = 0;
    QString clock; // "tsc" or "steady_clock"
    QStringList compileOptions;
    QString fileSystem; // of the database's directory: "ext4", "nfs4", "memory"... (FileSystem::Info)
    bool networkFileSystem = false; // SQLite's locking is not reliable there
    // A PostgreSQL run: the server's version and settings, whether it was the run's own
    // temporary cluster, and else its address without the password.
    bool onServer = false;
    Postgres::ServerSettings server;
    bool temporaryCluster = false;
    QString serverAddress;
};

// One interval of the time series.
struct SeriesPoint
{
    double tS = 0; // end of the interval, seconds since the load started
    double intervalS = 0;
    std::uint64_t ops = 0, tx = 0, busyEvents = 0, errors = 0, retries = 0, failedTx = 0;
    double lockWaitS = 0, appWaitS = 0, backoffS = 0;
    double p50Ms = 0, p99Ms = 0;
    std::array<std::uint64_t, ErrorClassCount> errorsByClass {}; // sums to `errors`
    // Per worker, same order as RunResult::workers.
    std::vector<std::uint64_t> workerOps;
    std::vector<double> workerLockWaitS, workerAppWaitS, workerBackoffS;
    std::vector<std::uint64_t> workerBusyEvents;
    std::vector<double> workerP99Ms; // -1: the worker completed no operation in the interval
    std::vector<std::array<std::uint64_t, ErrorClassCount>> workerErrors;

    bool hasActivity() const
    {
        return ops || tx || busyEvents || errors || retries || failedTx || lockWaitS > 0 || appWaitS > 0
            || backoffS > 0;
    }
    static SeriesPoint between(const std::vector<StatsSnapshot> &now,
        const std::vector<StatsSnapshot> &before, double tS, double intervalS);
};

struct Verification
{
    bool checked = false;
    std::int64_t rowsExpected = 0;
    std::int64_t rowsPresent = 0;
    std::int64_t lostRows = 0; // expected rows missing (0 when nothing was lost)
    // Rows present beyond those expected: another connection wrote to the table during the run
    // (they are not lost rows; they could hide as many lost ones).
    std::int64_t extraRows = 0;
    QString integrity; // "ok" or the first problems PRAGMA integrity_check reported
    // How integrity was checked where it is not SQLite's PRAGMA integrity_check (PostgreSQL:
    // "amcheck", or "index-count" on a server without it); "" on SQLite.
    QString integrityCheck;
    QString error; // the check itself could not run
    // Not checked because another connection held a lock on the database for the whole wait
    // (the setup's, and the load never started; or the checks' after the load).
    bool lockedOut = false;
    bool ok() const { return checked && lostRows == 0 && integrity == QLatin1String("ok"); }
};

struct WorkerResult
{
    QString name; // "worker 1", "writer", "pool thread 3", "reader 2"
    QString role = QStringLiteral("writer"); // "reader" (the reader group) or "writer" (every other client)
    StatsSnapshot stats;
    std::array<QString, ErrorClassCount> firstError;
};

// The locks one connection held during the run, as LockLens's VFS recorded them.
struct ConnectionLocks
{
    QString worker; // the connection's role: "worker1", "control", "writer", "pool2"...
    LockTrace::Totals totals;
};

struct RunResult
{
    Scenario scenario;
    Environment environment;
    QDateTime startedAt; // UTC, when the load began; invalid when it never began
    QString journalMode; // in effect during the run
    QString databaseName;
    double durationS = 0;
    double setupS = 0; // the setup before the load: checks, table, prefill, waits for other connections' locks
    bool stopped = false; // ended by stop() before its duration or count
    QString fatalError; // an error no retry could cure ended the run early (full disk, read-only file...)
    std::int64_t initialRows = 0;
    StatsSnapshot total;
    std::vector<WorkerResult> workers;
    std::vector<SeriesPoint> series;
    Verification verification;
    std::vector<ConnectionLocks> lockTimeline; // empty when locks were not recorded (warnings say why)
    // On PostgreSQL (instrumented): the lock waits the sampler saw, by what they waited for and
    // who held it, the longest first (ServerSampler::totals).
    std::vector<Postgres::LockWaitTotal> serverLockWaits;
    bool serverLockWaitsSampled = false; // the sampler ran to the end of the load (else the above says nothing)
    QString lockTraceError; // the --lock-trace file could not be written in full
    QStringList warnings;

    bool ok() const { return verification.ok() && fatalError.isEmpty(); }
    // Share of the workers' time spent waiting for SQLite's locks / the application's mutex
    // or queue (0 to 1).
    double lockWaitShare() const;
    double appWaitShare() const;
    double backoffShare() const; // the same for the time slept backing off between tries
    // The run's JSON document: RunDocument::of(*this).toJson() (workers/rundocument.h).
    QJsonObject toJson() const;
};

} // namespace LockLens

Q_DECLARE_METATYPE(LockLens::RunResult)
Q_DECLARE_METATYPE(LockLens::SeriesPoint)
