// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/reports/reportmodel.h"

#include <QByteArray>
#include <QString>

namespace LockLens::Report {

// Each writer turns the model into the bytes of one file (UTF-8).

// Everything, with the keys of `locklens run --json`: one run's document as it is, or
// {"runs": [...]} for a comparison.
QByteArray toJson(const Model &m);
// The time series: one row per interval per worker and for the total (worker "total"),
// columns run,t_s,worker,ops_per_s,commits_per_s,busy_events_per_s,lock_wait_s_per_s,
// app_wait_s_per_s,p50_ms,p99_ms,errors_per_s; a value the series lacks is an empty cell.
QByteArray toCsv(const Model &m);
// Summary tables, conclusions and environment, GitHub-flavoured.
QByteArray toMarkdown(const Model &m);
// One self-contained page (well-formed XHTML, charts as inline SVG, no external resources).
QByteArray toHtml(const Model &m);
// The HTML report's content on A4 pages, charts as vectors, each page numbered. Needs a
// QGuiApplication (fonts); without one it gives false and says so. `pageCount` may be null.
bool toPdf(const Model &m, QByteArray *out, int *pageCount, QString *error);

} // namespace LockLens::Report
