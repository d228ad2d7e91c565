// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace LockLens::Cli {

// Exit statuses of the command line.
// 4: not verified, because another connection held a lock on the database for the whole
// wait (the setup's, and the load never started; or the checks' after the load).
enum ExitStatus {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitVerification = 3,
    ExitNotVerified = 4,
    ExitInterrupted = 130
};

// `locklens run ...` (arguments after "run"). Needs a QCoreApplication.
int runCommand(const QStringList &args);
// `locklens schema DATABASE [--json]`
int schemaCommand(const QStringList &args);
// `locklens report RUN_ID|latest [RUN_ID...] --out FILE [--store FILE]`
int reportCommand(const QStringList &args);
// `locklens demo-db FILE`
int demoDatabaseCommand(const QStringList &args);
// `locklens trace [options] -- COMMAND [ARGS...]`
int traceCommand(const QStringList &args);
// `locklens presets`
int presetsCommand(const QStringList &args);
// `locklens` with no command and no display: the demo preset, headless, with a JSON report.
int demoCommand();
// The whole command line (argv without the program name).
int dispatch(const QStringList &args);

} // namespace LockLens::Cli
