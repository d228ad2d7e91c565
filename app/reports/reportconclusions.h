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
constexpr double outsideHolderS = 0.25; // waiting for locks sessions outside the run held (and a waitShare of it)
} // namespace Threshold

// Findings about one run, each derived from its figures, in order of importance.
std::vector<Conclusion> runConclusions(const RunFigures &r);
// Across engines: for each PostgreSQL run beside a SQLite run of the same load (workers,
// readers, mix, batch, strategy, payload), which committed more operations per second and by
// how much, in words ("With 16 writers, PostgreSQL committed 3.1x the operations per second of
// SQLite (...)"). Empty when no such pair is there.
std::vector<Conclusion> engineConclusions(const std::vector<RunFigures> &runs);
// Findings across runs (empty for fewer than two); the engines' first.
std::vector<Conclusion> comparisonConclusions(const std::vector<RunFigures> &runs);

} // namespace LockLens::Report
