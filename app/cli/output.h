// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LockLens::Cli {

// One line (a newline is added) to standard error, flushed.
void printErr(const QString &line);
// Text as given to standard output, flushed.
void printOut(const QString &text);

} // namespace LockLens::Cli
