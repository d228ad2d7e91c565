// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/runresult.h"
#include "workers/tracefacts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace LockLens {

// A client's counts, rates and waits, or the whole run's, as a run document gives them:
// the figures of a StatsSnapshot over the run's duration (rates to 0.1/s, waits to the
// microsecond, latencies from the histograms).
struct StatsFigures
{
    std::uint64_t ops = 0, tx = 0, failedTx = 0, cutShortTx = 0, retries = 0;
    std::uint64_t rows = 0, inserted = 0, deleted = 0, busyEvents = 0, busyCalls = 0;
    double opsPerS = 0, txPerS = 0, lockWaitS = 0, appWaitS = 0, backoffS = 0;
    LatencySummary latency, commitLatency, txLatency;
    std::array<std::uint64_t, ErrorClassCount> errors {};

    std::uint64_t errorTotal() const;
    static StatsFigures of(const StatsSnapshot &s, double durationS);
    // `n` over `durationS` (1 s when not positive), to the tenth, as the document's rates are.
    static double rate(std::uint64_t n, double durationS);
};

// One run as its JSON document holds it: what `--json` writes, the results store keeps and
// the reports, the live series, the run history and the comparison read. toJson() is the
// one writer of that JSON and fromJson() its one reader; every key is spelled in
// rundocument.cpp only (a traced program's part in tracejson.cpp). A run of the engine
// becomes one with of(RunResult), a traced program's with Trace::document (tracedocument.h):
// it has no scenario, and its `program` says what ran.
struct RunDocument
{
    struct Summary
    {
        StatsFigures totals;
        double durationS = 0;
        double lockWaitShare = 0, appWaitShare = 0, backoffShare = 0; // of the clients' time, 0 to 1
        double setupS = -1; // -1: not recorded (a run from before it was)
        bool stopped = false;
        QString fatalError;
        QString journalMode; // in effect during the run
        std::int64_t initialRows = 0, rowsExpected = 0, rowsPresent = 0, lostRows = 0, extraRows = 0;
        bool lockedOut = false; // not verified: another connection held a lock on the database
        QString integrity; // "" when no check ran
        QString integrityCheck; // Verification::integrityCheck
        bool verified = false;
        QString verificationError;
        std::array<QString, ErrorClassCount> errorMessages; // SQLite's words, as first seen
    };
    struct Worker
    {
        QString name, role;
        StatsFigures stats;
    };
    // Facts an older run did not record: its reports say "not recorded", and the document
    // writes them back as absent.
    struct Recorded
    {
        bool fastPath = true, busyHandler = true, cpuCount = true, networkFileSystem = true;
        bool errorsByClass = true; // the series' "errors_by_class" and "worker_errors"
        bool serverLockWaits = false; // "server_lock_waits": a PostgreSQL run's, by cause
    };

    QString lockLensVersion;
    QDateTime startedAt; // UTC; invalid when the load never began or it was not recorded
    Scenario scenario;
    bool hasScenario = true; // false: the document had none (the scenario is the default)
    // Why the scenario could not be read (a newer LockLens's, or one edited by hand); empty
    // when it was. The run still loads: `scenario` holds every setting that can be read on
    // its own, the others at Scenario's defaults, and a report says so.
    QString scenarioProblem;
    Environment environment;
    QString database; // the file the run used
    Summary summary;
    std::vector<Worker> workers;
    std::vector<SeriesPoint> series; // a per-worker list a run did not record is empty
    std::vector<ConnectionLocks> lockTimeline;
    std::vector<Postgres::LockWaitTotal> serverLockWaits; // RunResult::serverLockWaits
    QStringList warnings;
    Recorded recorded;
    std::optional<Trace::Program> program; // a traced program's run (locklens trace); none for a lab run

    static RunDocument of(const RunResult &r);
    QJsonObject toJson() const;
    // The document `o` holds. Keys it lacks take their defaults (a run stored by an older
    // LockLens), a scenario it cannot read whole is read in part (scenarioProblem); false,
    // with why in a few words ("it has no summary"), for an object that is not a run.
    static bool fromJson(const QJsonObject &o, RunDocument *out, QString *error);

    // The summary alone, from the document's "summary" object, which summaryPath() finds
    // in the stored JSON (SQLite's json_extract): for a list of runs, without reading each
    // whole document.
    static Summary summaryFromJson(const QJsonObject &summary);
    static QString summaryPath();

    Q_DECLARE_TR_FUNCTIONS(LockLens::RunDocument)

private:
    static Scenario readableSettings(const QJsonObject &scenario);
};

} // namespace LockLens
