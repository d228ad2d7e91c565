// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/reports/reportchart.h"
#include "app/reports/reportmodel.h"
#include "app/reports/reporttables.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace LockLens::Report {

// One piece of a paged or scrolled report, in reading order. The HTML and PDF writers lay
// out the same blocks, so both carry the same sections, figures and charts.
struct Block
{
    enum class Kind { Title, Section, Subsection, Paragraph, Table, Findings, Items, Chart };
    enum class Tone { Plain, Muted, Good, Bad };

    Kind kind = Kind::Paragraph;
    QString text; // a heading, or a paragraph's text
    QString lead; // a paragraph's bold opening words ("Verified:"), in its tone
    Tone tone = Tone::Plain; // the lead's colour, or the whole paragraph's when it has no lead
    Table table;
    bool wrapLastRow = false; // the table's last row is long free text (compile options)
    std::vector<Conclusion> findings;
    QStringList items;
    ChartSpec chart;
};

// The report of `m` as blocks: title, what ran, conclusions, summary, charts, scenario, each
// run's verification, workers, lock seconds, errors and warnings, and the environment.
std::vector<Block> outline(const Model &m);

} // namespace LockLens::Report
