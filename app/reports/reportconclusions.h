// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/reports/reportmodel.h"

#include <vector>

namespace LockLens::Report {

// The thresholds below which a finding is not stated.
namespace Threshold {
constexpr double waitShare = 0.10; // of the clients' time waiting for locks or the application
constexpr qint64 upgradeFailures = 10; // SQLITE_BUSY on upgrade plus SQLITE_BUSY_SNAPSHOT
constexpr qint64 busyAtBegin = 10; // SQLITE_BUSY when a transaction starts
constexpr qint64 timeouts = 1; // operations that waited the whole busy timeout
constexpr double failedTxShare = 0.01; // of the transactions tried
constexpr double imbalance = 2.0; // busiest client over the least busy of those competing for one lock
constexpr double tailFactor = 100.0; // p99.9 over p50 latency...
constexpr double tailMs = 1.0; // ...and p99.9 at least this
constexpr double throughputRatio = 1.10; // between runs of a comparison
constexpr double waitShareGap = 0.10; // between runs of a comparison
} // namespace Threshold

// Findings about one run, each derived from its figures, in order of importance.
std::vector<Conclusion> runConclusions(const RunFigures &r);
// Findings across runs (empty for fewer than two).
std::vector<Conclusion> comparisonConclusions(const std::vector<RunFigures> &runs);

} // namespace LockLens::Report
