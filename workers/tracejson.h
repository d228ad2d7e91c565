// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/tracefacts.h"

#include <QJsonObject>

#include <optional>

namespace LockLens::Trace {

// A traced program's part of its run document (RunDocument::toJson and fromJson call these):
// "program" (the command, its folder, how it ended, the channel's records), "processes",
// "connections" and "blocked". Every key of that part is spelled in tracejson.cpp only.
void writeProgram(const Program &p, QJsonObject *doc);
// The part `doc` holds; nothing for a lab run's document (it has no "program").
std::optional<Program> readProgram(const QJsonObject &doc);

} // namespace LockLens::Trace
