// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/reports/reportmodel.h"
#include "app/reports/reporttables.h"

namespace LockLens {
struct RunDocument;
}

namespace LockLens::Report {

// A traced program's run (locklens trace) in a report: what ran, its findings, and its
// processes, connections and blocked steps in place of a lab run's verification and workers.
void readTrace(const RunDocument &doc, RunFigures *r);
std::vector<Conclusion> traceConclusions(const RunFigures &r);

// The processes that used SQLite; each connection's figures; every SQLITE_BUSY / SQLITE_LOCKED
// the program got and who held the lock (empty tables for a lab run).
Table processesTable(const RunFigures &r);
Table connectionsTable(const RunFigures &r);
Table blockedTable(const RunFigures &r);

// "SQLITE_BUSY", "SQLITE_BUSY_SNAPSHOT", "SQLITE_LOCKED", "error N" for an extended code.
QString resultName(int rc);
// A lock as a sentence says it: "RESERVED", "the WAL write lock".
QString lockWords(LockTrace::Lock l);
// Who held the lock, as the summary, the report and the Trace tab say it: "connection 1 of
// pid 4242 (thread 4243) held RESERVED since 1.250 s, inside a transaction begun at 1.200 s,
// its last statement UPDATE …".
QString holderText(const Trace::Holder &h);

} // namespace LockLens::Report
