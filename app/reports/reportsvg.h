// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/reports/reportchart.h"

#include <QString>

namespace LockLens::Report {

// A laid-out chart as an inline <svg> element (SVG 1.1, well-formed XML, no external
// resources). Text is escaped.
QString svgChart(const ChartLayout &chart);

} // namespace LockLens::Report
