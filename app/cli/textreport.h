// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/runresult.h"

#include <QString>

namespace LockLens::Cli {

// pgbench-style line for one interval.
QString progressLine(const SeriesPoint &p);
// The summary printed after a run.
QString summaryText(const RunResult &r);

} // namespace LockLens::Cli
