// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runresult.h"

namespace LockLens {

class Connection;

// What the report states about the machine, Qt and the SQLite the driver runs on.
Environment probeEnvironment(Connection &c, bool fastPath);

} // namespace LockLens
