// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/locktrace.h"
#include "workers/postgres/lockwait.h"
#include "workers/scenario.h"
#include "workers/tracefacts.h"
#include "workers/workerstats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace LockLens::Report {

// The translation context of this namespace's messages: Tr::tr("...") (see
// ARCHITECTURE.md, "Translations").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::Report)
};

// The error classes of a run: the engine's ErrorClass, in its order, with its JSON keys
// (errorClassKey: "busy_begin"...).
constexpr int ErrorKinds = ErrorClassCount;

struct Latency
{
    double p50 = 0, p90 = 0, p99 = 0, p999 = 0, max = 0; // milliseconds
    qint64 count = 0;
};

struct WorkerFigures
{
    QString name, role;
    qint64 ops = 0, tx = 0, failedTx = 0, retries = 0, busyEvents = 0, errors = 0;
    double opsPerS = 0, txPerS = 0, lockWaitS = 0, appWaitS = 0, backoffS = 0;
    Latency latency;
};

// Seconds one connection spent in each lock state (LockLens's VFS trace).
// The lock states a run's `lock_timeline` gives seconds for: LockTrace::Lock from None to
// WalCheckpoint, keyed by LockTrace::lockKey.
constexpr int LockStatesTimed = int(LockTrace::Lock::WalCheckpoint) + 1;

struct ConnectionLocks
{
    QString connection;
    // LockTrace's locks from none to wal_checkpoint, the ones a run's JSON times
    std::array<double, LockStatesTimed> secondsIn {};
    qint64 transitions = 0, busyAttempts = 0;
};

// One interval of the time series, as rates. A value the series lacks is empty.
struct Interval
{
    double tS = 0, intervalS = 0;
    double opsPerS = 0, txPerS = 0, busyPerS = 0, lockWaitPerS = 0, appWaitPerS = 0, errorsPerS = 0;
    double p50Ms = 0, p99Ms = 0;
    struct Worker
    {
        std::optional<double> opsPerS, busyPerS, lockWaitPerS, appWaitPerS, errorsPerS, p99Ms;
    };
    std::vector<Worker> workers; // in the order of RunFigures::workers
};

// A plain-words finding, derived from the figures. `key` names the rule (for tests).
struct Conclusion
{
    QString key;
    QString text;
    bool warning = false; // something went wrong or can be done better
};

// One run's figures, computed once from its JSON (RunResult::toJson()).
struct RunFigures
{
    QString label; // "run 12", or the scenario's name
    // The database in a few words: its file name, "a temporary file", "in-memory NAME".
    QString databaseShown;
    // When the load began: the run's "started_at", or the results store's time for a run
    // reported from the store. Invalid when unknown (a run recorded before either existed).
    QDateTime startedAt;
    QJsonObject document; // the run's JSON as given

    // Scenario
    QString scenarioName, description, database, journalMode, synchronous, strategy, txMode, busyPolicy;
    QString mix, lockLensVersion;
    // "none", "fixed:MS", "exponential:MIN:MAX"; "none" for runs recorded before the back-off
    // existed, which retried at once.
    QString retryBackoff;
    int workers = 0, readers = 0, batch = 0, busyTimeoutMs = 0, maxTries = 0, payloadBytes = 0;
    int splitFiles = 0; // the split strategy's files (0: not recorded)

    // Summary
    double durationS = 0, opsPerS = 0, txPerS = 0, lockWaitS = 0, appWaitS = 0;
    double lockWaitShare = 0, appWaitShare = 0; // 0 to 1
    double backoffS = 0, backoffShare = 0; // slept between tries
    double setupS = -1; // the setup before the load; -1: not recorded
    qint64 committedOps = 0, committedTx = 0, failedTx = 0, retries = 0, busyEvents = 0, busyHandlerCalls = 0;
    qint64 cutShortTx = 0; // open when the run ended, rolled back
    bool stopped = false;
    QString fatalError;
    Latency latency, commitLatency, txLatency;
    std::array<qint64, ErrorKinds> errors {};
    QStringList errorMessages; // "busy_upgrade: database is locked"
    // Verification
    bool verified = false; // a check ran and passed
    bool checked = false; // a check ran
    qint64 rowsExpected = 0, rowsPresent = 0, lostRows = 0;
    qint64 extraRows = 0; // present beyond those expected: another connection wrote to the table
    // Not verified because another connection held a lock on the database (the check, or the
    // whole load, could not run); verificationError says which.
    bool lockedOut = false;
    QString integrity, verificationError;

    // Environment, as label/value rows; a value the JSON lacks reads "not recorded".
    QList<QPair<QString, QString>> environment;
    QStringList compileOptions;
    QString fileSystem; // of the database ("ext4", "nfs4", "memory"); empty when not recorded
    bool networkFileSystem = false; // recorded as a network file system

    std::vector<WorkerFigures> workerFigures;
    std::vector<ConnectionLocks> locks;
    // A PostgreSQL run: its lock waits in the server by cause (RunDocument::serverLockWaits),
    // and whether the run recorded them (it was instrumented, and recent enough).
    bool onServer = false;
    std::vector<Postgres::LockWaitTotal> serverLockWaits;
    bool serverLockWaitsRecorded = false;
    std::vector<Interval> series;
    QStringList warnings;
    std::vector<Conclusion> conclusions;
    // A traced program's run (locklens trace): what ran and what was found. None for a lab run.
    std::optional<Trace::Program> program;

    qint64 errorTotal() const;
    // What the run is called in titles, column headers and legends: its scenario (or
    // "(unnamed)") on its database, and the label when it says more ("demo · app.db (run 4)").
    QString heading() const;
    // What PRAGMA integrity_check said on one line: its first lines joined by "; ".
    QString integrityText() const;
};

// What every format shows: one run, or several side by side.
struct Model
{
    std::vector<RunFigures> runs;
    std::vector<Conclusion> comparison; // conclusions across runs (two runs or more)
    bool isComparison() const { return runs.size() > 1; }
    QString title() const;
};

// The operation mix's weights by name ("insert", "update", "delete", "point_read",
// "range_read"), in the command line's order.
QList<QPair<QString, int>> mixWeights(const OpMix &mix);

// The figures of one run document (RunDocument::fromJson). A document that is not a run
// gives false and one line saying why.
bool runFromJson(const QJsonObject &doc, const QString &label, RunFigures *out, QString *error);
// A model of the runs in order (conclusions included).
bool modelFromJson(const QList<QJsonObject> &docs, const QStringList &labels, Model *out, QString *error);

} // namespace LockLens::Report
