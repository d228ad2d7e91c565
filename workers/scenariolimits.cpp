// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/scenariolimits.h"

#include "workers/scenario.h"

#include <QCoreApplication>

#include <cmath>

namespace LockLens {

bool Limit::contains(double v) const
{
    if (zeroIsNone && v == 0)
        return true;
    return std::isfinite(v) && v >= lo && v <= hi && (!integral || std::floor(v) == v);
}

// The messages are the scenario file reader's, in its translation context.
QString Limit::refusal(const char *key, double from) const
{
    const QString what = integral ? QCoreApplication::translate("LockLens::Scenario", "an integer")
                                  : QCoreApplication::translate("LockLens::Scenario", "a number");
    const QString why = QCoreApplication::translate("LockLens::Scenario", "expected %1 from %2 to %3")
                            .arg(what)
                            .arg(from)
                            .arg(hi);
    return QCoreApplication::translate("LockLens::Scenario", "scenario key '%1': %2")
        .arg(QLatin1String(key), why);
}

namespace {

// Every number of a scenario with a limit, by its key in the scenario file.
struct Bounded
{
    const char *key;
    const Limit &limit;
    double (*value)(const Scenario &);
};

const Bounded bounded[] = {
    { "workers", Limits::workers, [](const Scenario &s) { return double(s.workers); } },
    { "readers", Limits::readers, [](const Scenario &s) { return double(s.readers); } },
    { "payload_bytes", Limits::payloadBytes, [](const Scenario &s) { return double(s.payloadBytes); } },
    { "batch", Limits::batch, [](const Scenario &s) { return double(s.batch); } },
    { "range_rows", Limits::rangeRows, [](const Scenario &s) { return double(s.rangeRows); } },
    { "prefill_rows", Limits::prefillRows, [](const Scenario &s) { return double(s.prefillRows); } },
    { "busy_timeout_ms", Limits::busyTimeoutMs, [](const Scenario &s) { return double(s.busyTimeoutMs); } },
    { "max_tries", Limits::maxTries, [](const Scenario &s) { return double(s.maxTries); } },
    { "duration_s", Limits::durationS, [](const Scenario &s) { return s.durationS; } },
    { "ops_per_worker", Limits::opsPerWorker, [](const Scenario &s) { return double(s.opsPerWorker); } },
    { "rate", Limits::rate, [](const Scenario &s) { return s.rate; } },
    { "seed", Limits::seed, [](const Scenario &s) { return double(s.seed); } },
};

} // namespace

QString outOfLimits(const Scenario &s)
{
    for (const Bounded &b : bounded) {
        if (!b.limit.contains(b.value(s)))
            return b.limit.refusal(b.key, b.limit.lo);
    }
    return {};
}

} // namespace LockLens
