// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace LockLens::Trace {
class Model;
}

namespace LockLens::Cli {

// How a traced program ended, and what the channel lost.
struct TraceEnd
{
    QString command;
    bool crashed = false;
    int exitCode = 0; // the signal's number when crashed
    double durationS = 0;
    std::uint64_t dropped = 0; // records the full channel had no room for
    std::uint64_t lost = 0; // records a process reserved and never wrote (it ended first)
    QStringList dbGlobs; // only these database files (--db); empty: all
};

// One progress line while the program runs.
QString traceProgressLine(const Trace::Model &model, double nowS, std::uint64_t dropped);
// The summary at the end: the processes, each connection's figures, every blocked step with
// its holder, and what follows from them in plain words.
QString traceSummaryText(const Trace::Model &model, const TraceEnd &end);

} // namespace LockLens::Cli
