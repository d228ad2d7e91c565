// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/runresult.h"

namespace LockLens {

class Connection;

// What the report states about the machine, Qt and the SQLite the driver runs on.
Environment probeEnvironment(Connection &c, bool fastPath);
// The same without a connection to the database (it could not be opened or read): SQLite's
// version and options as the linked library states them.
Environment probeEnvironment(const QString &databasePath);

} // namespace LockLens
