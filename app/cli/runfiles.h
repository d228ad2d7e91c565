// SPDX-License-Identifier: GPL-3.0-or-later
// The files a run reads and writes besides its database's rows: checked before the run
// starts (not after an hour of load), written after it ends.
#pragma once

#include "app/cli/runoptions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace LockLens {
class OutputFile;
class ResultsStore;
}

namespace LockLens::Cli {

// Every file of the run's database: each database file (a split run's siblings too) and
// the -wal, -shm and -journal SQLite keeps beside it. Empty for an in-memory or temporary
// database.
QStringList databaseFiles(const Scenario &sc);

// The outputs a run writes into files (not standard output), with their options:
// ("--json", path), ("--lock-trace", path), ("--report", path).
std::vector<std::pair<QString, QString>> outputsOf(const RunOptions &opt);

// The results store --save uses: --store, or the user's own; "" when there is none.
QString storePathOf(const RunOptions &opt);

// One line saying why the run's inputs cannot be used, "" when they can: a database file
// (or split sibling) that is not a regular file (a named pipe would block for ever), a
// --store that is one of the database's files or not a regular file, writes into a WAL
// database on read-only media.
QString inputRefusal(const RunOptions &opt);

// --json and --report: checked, and opened when they are pipes or devices, before the run;
// written after it. (--lock-trace is checked here and written by the engine.)
class RunOutputs
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::Cli::RunOutputs)
public:
    explicit RunOutputs(const RunOptions &opt);
    ~RunOutputs();
    RunOutputs(const RunOutputs &) = delete;
    RunOutputs &operator=(const RunOutputs &) = delete;

    // One line (starting with the option) saying why an output cannot be used, "" when all
    // can: a bad or over-long name, a folder that cannot be written, a file the run already
    // uses (its database, journal, store or another output), a pipe nobody reads.
    QString prepare();
    // False with one line in *error.
    bool writeJson(const QJsonObject &doc, QString *error);
    bool writeReport(const QJsonObject &doc, QString *error);

private:
    QString checkCollisions() const;
    QString openStreams();

    const RunOptions &m_opt;
    std::unique_ptr<OutputFile> m_json, m_report;
};

// What is checked before anything runs: inputs, outputs, the store (opened with --save).
// The exit status of a refusal (its line printed), or ExitOk.
int prepareRun(const RunOptions &opt, RunOutputs &outputs, ResultsStore &store);
// The run's document into --json, --report and the store; false (each failure printed) when
// one could not be written.
bool writeRunOutputs(const QJsonObject &doc, const RunOptions &opt, RunOutputs &outputs, ResultsStore &store);

} // namespace LockLens::Cli
