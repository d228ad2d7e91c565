// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/reports/reportmodel.h"

#include <QByteArray>
#include <QString>

namespace LockLens {
class OutputFile;
}

namespace LockLens::Report {

enum class Format { Html, Markdown, Csv, Json, Pdf, Unknown };

// The format a file name asks for, by its extension (.html/.htm, .md/.markdown, .csv,
// .json, .pdf); case does not matter.
Format formatOf(const QString &fileName);
// One line saying why a format cannot be written here, or "" when it can.
QString unsupportedReason(Format f, const QString &fileName);
// The report in format `f` (empty for Unknown, and for Pdf without a QGuiApplication).
QByteArray render(const Model &m, Format f);
// Renders and writes as an OutputFile: a regular file atomically, a device or a named pipe
// in place. False with one line saying why.
bool writeReport(const Model &m, const QString &fileName, QString *error);
// The same into `out`, which may already be open (a pipe opened before a run); its name
// gives the format. Commits it.
bool writeReport(const Model &m, OutputFile &out, QString *error);

} // namespace LockLens::Report
