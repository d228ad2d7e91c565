// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/dbconnection.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace LockLens {

// One statement of a script as the user typed it, with the line it starts on (1-based).
struct ScriptStatement
{
    QString sql;
    int line = 1;
};

// Splits SQL text into complete statements the way SQLite reads them (sqlite3_complete:
// semicolons inside strings, comments and trigger bodies do not split). Text that holds
// only blanks and comments is dropped; an unterminated last statement is kept.
std::vector<ScriptStatement> splitStatements(const QString &sql);

// What one statement did.
struct StatementResult
{
    ScriptStatement statement;
    bool ok = true;
    SqlFailure failure; // when !ok
    bool cancelled = false; // interrupted, or stopped between rows
    QStringList columns; // empty for statements that return no rows
    std::vector<QVariantList> rows; // at most ScriptOptions::rowLimit
    bool truncated = false; // more rows followed; they were not read
    qint64 rowsAffected = -1; // for INSERT/UPDATE/DELETE
    double elapsedMs = 0;
};

struct ScriptOptions
{
    int rowLimit = 10000;
};

struct ScriptResult
{
    std::vector<StatementResult> statements; // the ones that ran, in order; stops at the first failure
    bool cancelled = false;
    int inTransaction = -1; // 1/0 when known (the driver shares LockLens's SQLite), else -1

    bool ok() const;
    // "3 statements, 12 rows, 4.2 ms" or the failing statement's message, for a status line.
    QString summary() const;

    Q_DECLARE_TR_FUNCTIONS(LockLens::ScriptResult)
};

// Runs every statement of `sql` on `db`, stopping at the first failure or when `cancelled`
// returns true (checked between statements and between rows). The statements run as
// written: the console changes data only when the user's SQL does.
ScriptResult runScript(DbConnection &db, const QString &sql, const ScriptOptions &options,
    const std::function<bool()> &cancelled);

} // namespace LockLens

Q_DECLARE_METATYPE(LockLens::ScriptResult)
