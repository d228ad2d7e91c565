// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/reports/reportmodel.h"

#include <QList>
#include <QStringList>

namespace LockLens::Report {

// A table as the text formats print it: plain (unescaped) text, the first column a label.
// Every format draws the same tables, so every format states the same figures.
struct Table
{
    QStringList header;
    QList<QStringList> rows;
    bool numericColumns = true; // columns after the text ones hold figures (right-aligned)
    int textColumns = 1; // the first columns: labels and words (left-aligned)
};

// How the runs were set up: one column per run.
Table settingsTable(const Model &m);
// The headline figures: one column per run and, in a comparison, each run's ratio to the
// first for the figures where a ratio means something.
Table summaryTable(const Model &m);
// Where the runs happened: one column per run.
Table environmentTable(const Model &m);
// The figures of each worker of one run.
Table workersTable(const RunFigures &r);
// Seconds each connection spent in each lock state (empty when locks were not recorded).
Table locksTable(const RunFigures &r);
// A PostgreSQL run's lock waits in the server by what they waited for and who held it, the
// longest first: at most MaxWaitCauses rows, the rest added up in one.
Table serverWaitsTable(const RunFigures &r);
constexpr int MaxWaitCauses = 12;

// What a run's report says of its locks: on SQLite the seconds in each lock, on PostgreSQL
// what the waits in the server were for. A table, or a sentence saying why there is none.
struct LockSection
{
    QString title;
    Table table;
    QString note; // when the table is empty
};
LockSection lockSection(const RunFigures &r);

} // namespace LockLens::Report
