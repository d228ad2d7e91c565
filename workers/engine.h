// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/runresult.h"
#include "workers/scenario.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <thread>
#include <vector>

namespace LockLens {

class LoadRun;
class WaitLog;
namespace LockTrace {
class Recorder;
class TraceWriter;
} // namespace LockTrace

// Runs a scenario in the background and reports on it. Lives in the caller's thread (the
// GUI thread, or the command line's main thread); the run itself happens on a controller
// thread and its workers. A timer samples the workers' counters at the chosen interval
// and emits one SeriesPoint per interval: nothing is pushed per operation.
class LoadEngine : public QObject
{
    Q_OBJECT
public:
    explicit LoadEngine(QObject *parent = nullptr);
    ~LoadEngine() override;

    void setSampleInterval(int ms); // default 1000; 100 for a live chart
    // Writes every lock transition of the next runs to `path` as CSV ("" for none); see
    // LockTrace::TraceWriter. A file that cannot be written makes start() fail.
    void setLockTracePath(const QString &path) { m_lockTracePath = path; }
    // Starts a run. False (with the reason) when the scenario is invalid or a run is active.
    bool start(const Scenario &sc, QString *error = nullptr);
    // Ends the run early: workers finish their transaction, the run is verified, and
    // finished() reports it with stopped = true.
    void stop();
    bool isRunning() const { return m_run != nullptr; }
    // The load is over and the checks after it (rows, integrity) are running.
    bool isChecking() const;

    // Live figures (any time during a run): per worker, in the order of workerNames().
    std::vector<StatsSnapshot> snapshot() const;
    // The figures the last sampled() point was taken from, at its tS (waits in progress
    // counted up to that instant); empty once the run is over.
    const std::vector<StatsSnapshot> &sampledStats() const { return m_run ? m_last : m_none; }
    QStringList workerNames() const;
    double elapsedS() const; // since the load started (to its end once over); 0 while setting up
    // The lock recorders of the run's connections so far (after a run, until the next
    // starts: the last run's; empty when not recorded), and the load's start in Clock ticks
    // (0 while setting up): for a live lock timeline, which reads them once more at the end.
    std::vector<std::shared_ptr<LockTrace::Recorder>> lockRecorders() const;
    // Where locks are not recorded: the waits each worker's busy handler measured (after a
    // run, until the next starts: the last run's; empty when locks are recorded).
    std::vector<std::shared_ptr<WaitLog>> waitLogs() const;
    // On PostgreSQL, what those waits were for (WaitLog::Wait::cause); null on SQLite.
    std::shared_ptr<const Postgres::WaitCauses> waitCauses() const;
    std::uint64_t loadStartTicks() const;
    const std::vector<SeriesPoint> &series() const { return m_series; }

    // Convenience for the command line, tests and benchmarks: runs and waits.
    static bool runBlocking(
        const Scenario &sc, RunResult *result, QString *error, int sampleIntervalMs = 1000);

Q_SIGNALS:
    void sampled(const LockLens::SeriesPoint &point);
    void finished(const LockLens::RunResult &result);
    void failed(const QString &message);

private:
    void sample();
    void runDone();

    Scenario m_scenario;
    std::unique_ptr<LoadRun> m_run;
    std::thread m_controller;
    QTimer m_timer;
    std::vector<StatsSnapshot> m_last;
    const std::vector<StatsSnapshot> m_none;
    std::vector<SeriesPoint> m_series;
    double m_lastT = 0;
    bool m_endSampled = false; // the point up to the load's end was taken
    std::uint64_t m_lastTicks = 0; // when the last point was taken
    QString m_lockTracePath;
    std::vector<std::shared_ptr<LockTrace::Recorder>> m_lastLocks; // of the run that ended
    std::vector<std::shared_ptr<WaitLog>> m_lastWaits; // of the run that ended
    std::shared_ptr<const Postgres::WaitCauses> m_lastCauses;
    std::uint64_t m_lastStartTicks = 0;
    std::unique_ptr<LockTrace::TraceWriter> m_traceWriter; // after m_run: destroyed before it
};

} // namespace LockLens
