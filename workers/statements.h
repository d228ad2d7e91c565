// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/operation.h"
#include "workers/workerstats.h"

#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>

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

    // What the last failure means where the server says it itself (PostgreSQL's SQLSTATE):
    // its class, whether it ends the run, and the code; nullopt where SQLite's result code
    // (run()'s return) says it.
    struct ServerFailure
    {
        ErrorClass cls = ErrorClass::Other;
        bool endsRun = false;
        QString code; // the SQLSTATE ("" : none came)
    };
    virtual std::optional<ServerFailure> serverFailure() const { return std::nullopt; }
};

// A PostgreSQL SQLSTATE as a load run counts it: serialization failures and deadlocks apart,
// a lock timeout as the busy timeout's counterpart.
StatementSet::ServerFailure serverFailureOf(const QString &sqlstate);

struct StatementTexts
{
    std::array<QString, std::size_t(Stmt::NUM_STATEMENTS)> sql;
    int rangeRows = 20;
    // PostgreSQL: BEGIN, COMMIT and ROLLBACK are run by their text (the server prepares only
    // queries), and failures are classified by their SQLSTATE.
    bool server = false;
    // The load table's statements in the scenario's engine's words.
    static StatementTexts forScenario(const Scenario &sc);
    // Whether `s` is BEGIN, COMMIT or ROLLBACK.
    static bool controlsTransaction(Stmt s) { return s == Stmt::Begin || s == Stmt::Commit || s == Stmt::Rollback; }
};

// Steps sqlite3_stmt on the driver's own handle. Only for a driver that shares LockLens's
// SQLite library (SqliteLink::driverSharesLibrary()).
std::unique_ptr<StatementSet> prepareNative(sqlite3 *db, const StatementTexts &texts, QString *error);
// Portable path through QSqlQuery.
std::unique_ptr<StatementSet> prepareQt(const QSqlDatabase &db, const StatementTexts &texts, QString *error);
// PostgreSQL (serverstatements.cpp): whether libpq can step statements on the QPSQL driver's
// own PGconn: LockLens was built with libpq, the driver hands out its PGconn, and that
// connection serves `backendPid` (so it is the libpq LockLens links, not a copy of its own).
bool serverNativeAvailable(const QSqlDatabase &db, int backendPid);
// Prepared statements executed with binary parameters (PQexecPrepared), as pgbench -M prepared.
std::unique_ptr<StatementSet> prepareServerNative(
    const QSqlDatabase &db, int backendPid, const StatementTexts &texts, QString *error);

} // namespace LockLens
