// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <QString>

#include <cstdint>

namespace LockLens {

class Connection;
class RunContext;
class StopFlag;
struct Verification;

// The checks after the load, on the setup's control connection: the rows the load table
// should hold (its rows before the load, plus every client's inserts, minus its deletes)
// against those it holds, in every split file; then SQLite's integrity check (on PostgreSQL,
// amcheck's). A lock another
// connection holds is waited for briefly, and no longer once `stop` is raised.
class RunChecks
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::LoadRun)
public:
    static void verify(Connection &keeper, const RunContext &ctx, std::int64_t initialRows,
        const StopFlag &stop, Verification *v);

private:
    // SQLite's integrity check into v->integrity; false when it found the database locked and
    // no rows lost, so that the verdict is "not verified".
    static bool checkIntegrity(Connection &keeper, Verification *v, QString *lockedBy);
    // PostgreSQL's counterpart, with amcheck where the server has it (a temporary cluster is
    // given it): the load table's heap and its primary key's B-tree, every row in the index.
    static void checkServerIntegrity(Connection &keeper, const RunContext &ctx, Verification *v);
    static void countThroughIndex(Connection &keeper, const QString &table, Verification *v);
};

} // namespace LockLens
