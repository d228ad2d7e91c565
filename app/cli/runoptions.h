// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/scenario.h"

#include <QString>
#include <QStringList>

namespace LockLens::Cli {

// What `locklens run` was asked to do.
struct RunOptions
{
    Scenario scenario;
    QString jsonPath; // --json FILE ("-" for standard output)
    QString lockTracePath; // --lock-trace FILE: every lock transition as CSV
    QString reportPath; // --report FILE: a report, its format from the extension
    bool save = false; // --save: keep the run in the results store
    QString storePath; // --store FILE: that store instead of the user's own
    double progressS = 1; // --progress S; 0 = none
    bool quiet = false;
};

// Parses the arguments after "run". False with a one-line reason on bad input.
bool parseRunOptions(const QStringList &args, RunOptions *out, QString *error);
QString runUsage();

} // namespace LockLens::Cli
