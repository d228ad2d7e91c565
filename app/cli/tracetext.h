// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace LockLens::Trace {
class Model;
struct Program;
}

namespace LockLens::Cli {

// One progress line while the program runs.
QString traceProgressLine(const Trace::Model &model, double nowS, std::uint64_t dropped);
// The summary at the end: the processes, each connection's figures, every blocked step with
// its holder, and what follows from them in plain words.
QString traceSummaryText(const Trace::Program &p, double durationS);

} // namespace LockLens::Cli
