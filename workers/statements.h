// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/operation.h"

#include <QString>

#include <array>
#include <cstdint>
#include <memory>

struct sqlite3;
class QSqlDatabase;

namespace LockLens {

enum class Stmt { Begin, Commit, Rollback, Insert, Update, Delete, PointRead, RangeRead, NUM_STATEMENTS };

inline Stmt statementFor(OpKind k)
{
    switch (k) {
    case OpKind::Insert:
        return Stmt::Insert;
    case OpKind::Update:
        return Stmt::Update;
    case OpKind::Delete:
        return Stmt::Delete;
    case OpKind::PointRead:
        return Stmt::PointRead;
    case OpKind::RangeRead:
        break;
    }
    return Stmt::RangeRead;
}

// The prepared statements a load connection runs, behind one interface so that the hot
// loop is the same whether it steps sqlite3_stmt directly or goes through QSqlQuery.
class StatementSet
{
public:
    virtual ~StatementSet() = default;
    // Runs a statement to completion. Returns SQLite's extended result code (0 when done).
    // Implementations open a LockTrace::StatementScope (currentstatement.h) first, so that
    // the lock transitions recorded meanwhile name the statement.
    virtual int run(Stmt s, const Op &op, const char *payload, int payloadBytes) = 0;
    // Rows changed by the last write.
    virtual int changes() const = 0;
    // SQLite's message for the last failure.
    virtual QString lastError() const = 0;
    // Whether the connection is inside a transaction (after a failure: must it roll back?).
    virtual bool inTransaction() const = 0;
    virtual const char *pathName() const = 0; // "native" or "qt"
};

struct StatementTexts
{
    std::array<QString, std::size_t(Stmt::NUM_STATEMENTS)> sql;
    int rangeRows = 20;
    static StatementTexts forScenario(const Scenario &sc);
};

// Steps sqlite3_stmt on the driver's own handle. Only for a driver that shares LockLens's
// SQLite library (SqliteLink::driverSharesLibrary()).
std::unique_ptr<StatementSet> prepareNative(sqlite3 *db, const StatementTexts &texts, QString *error);
// Portable path through QSqlQuery.
std::unique_ptr<StatementSet> prepareQt(const QSqlDatabase &db, const StatementTexts &texts, QString *error);

} // namespace LockLens
