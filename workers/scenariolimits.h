// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LockLens {

struct Scenario;

// The range a number of a scenario must lie in. These are the one definition of the limits:
// the scenario file's reader, Scenario::validate, OpMix and RetryBackoff, and the command
// line's options check against them.
struct Limit
{
    double lo;
    double hi;
    bool integral;
    // 0 is allowed too and means "not used": a run by count has no duration, a run by duration
    // no count. (The command line has no 0 for these: it leaves the option out.)
    bool zeroIsNone = false;

    bool contains(double v) const;
    // The lowest value a scenario file may hold: 0 where 0 means "not used".
    double fileLo() const { return zeroIsNone && lo > 0 ? 0 : lo; }
    // "scenario key 'KEY': expected an integer from LO to HI", as the scenario file's reader
    // and Scenario::validate say it.
    QString refusal(const char *key, double from) const;
};

namespace Limits {
inline constexpr int connections = 1024; // workers and readers together, each a connection
inline constexpr Limit workers { 1, 1024, true };
inline constexpr Limit readers { 0, 1024, true };
inline constexpr Limit splitFiles { 2, 126, true }; // 1 + SQLITE_MAX_ATTACHED's largest value
inline constexpr Limit payloadBytes { 0, 16 << 20, true };
inline constexpr Limit batch { 1, 10'000'000, true };
inline constexpr Limit rangeRows { 1, 1'000'000, true };
inline constexpr Limit prefillRows { 0, 1099511627776.0, true }; // 2^40
inline constexpr Limit busyTimeoutMs { 0, 86'400'000, true }; // a day
inline constexpr Limit maxTries { 1, 1'000'000, true };
inline constexpr Limit opsPerWorker { 1, 1125899906842624.0, true, true }; // 2^50
inline constexpr Limit durationS { 0.001, 31'536'000, false, true }; // a year
inline constexpr Limit rate { 0, 1e9, false }; // 0: flat out
inline constexpr double minRate = 0.01; // a rate above 0 and below this is refused
inline constexpr Limit seed { 0, 9007199254740991.0, true }; // 2^53 - 1: a JSON number holds it exactly
inline constexpr Limit mixWeight { 0, 1'000'000, true };
inline constexpr Limit backoffMs { 1, 60'000, true };
} // namespace Limits

// The first number of `s` outside its limit, said as Limit::refusal says it; empty when every
// one is inside. (The split's file count is checked with its strategy, against the SQLite the
// run uses: Scenario::validate.)
QString outOfLimits(const Scenario &s);

} // namespace LockLens
