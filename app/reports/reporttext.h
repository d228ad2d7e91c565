// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LockLens::Report {

// Numbers as the reports print them: the same in every locale (a report is shared), with
// thousands grouped by commas.
QString count(qint64 n); // 12,345
QString fixed(double v, int decimals); // 12,345.6
QString percent(double share); // 0.8412 -> "84.1%"
QString ratio(double r); // 2.345 -> "2.35×"
// Text for HTML and XML: markup escaped, and what XML 1.0 cannot carry (control
// characters, unpaired surrogates, U+FFFE/U+FFFF) replaced by U+FFFD.
QString xml(const QString &s);
// A Markdown table cell: pipes, backslashes, & and < escaped, line breaks as spaces.
QString mdCell(const QString &s);
// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
QString csvField(const QString &s);

} // namespace LockLens::Report
