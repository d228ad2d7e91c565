// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/statements.h"
#include "workers/statementsets.h"

#include "workers/currentstatement.h"
#include "workers/postgres/sqlstate.h"
#include "workers/sqlite/sqlident.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <optional>

namespace LockLens {

StatementTexts StatementTexts::forScenario(const Scenario &sc)
{
    StatementTexts t;
    const QString tbl = quoteIdentifier(sc.table);
    auto at = [&t](Stmt s) -> QString & { return t.sql[std::size_t(s)]; };
    if (sc.onServer()) {
        static const char *const levels[] = { "READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE" };
        at(Stmt::Begin) = QStringLiteral("BEGIN ISOLATION LEVEL %1").arg(QLatin1String(levels[int(sc.isolation)]));
        t.server = true;
    } else {
        switch (sc.txMode) {
        case TxMode::Deferred:
        case TxMode::Autocommit:
            at(Stmt::Begin) = QStringLiteral("BEGIN DEFERRED");
            break;
        case TxMode::Immediate:
            at(Stmt::Begin) = QStringLiteral("BEGIN IMMEDIATE");
            break;
        case TxMode::Exclusive:
            at(Stmt::Begin) = QStringLiteral("BEGIN EXCLUSIVE");
            break;
        }
    }
    at(Stmt::Commit) = QStringLiteral("COMMIT");
    at(Stmt::Rollback) = QStringLiteral("ROLLBACK");
    // Plain positional parameters: QSqlQuery binds by position, and so does the native path.
    at(Stmt::Insert) = QStringLiteral("INSERT INTO %1(worker, value, payload) VALUES(?, ?, ?)").arg(tbl);
    at(Stmt::Update) = QStringLiteral("UPDATE %1 SET value = ?, payload = ? WHERE id = ?").arg(tbl);
    at(Stmt::Delete) = QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tbl);
    at(Stmt::PointRead) = QStringLiteral("SELECT value, payload FROM %1 WHERE id = ?").arg(tbl);
    at(Stmt::RangeRead) = QStringLiteral("SELECT value FROM %1 WHERE id >= ? ORDER BY id LIMIT ?").arg(tbl);
    t.rangeRows = sc.rangeRows;
    return t;
}

StatementSet::ServerFailure serverFailureOf(const QString &sqlstate)
{
    StatementSet::ServerFailure f;
    f.code = sqlstate;
    f.endsRun = Postgres::endsRun(sqlstate);
    switch (Postgres::failureOf(sqlstate)) {
    case Postgres::Failure::Serialization:
        f.cls = ErrorClass::Serialization;
        break;
    case Postgres::Failure::Deadlock:
        f.cls = ErrorClass::Deadlock;
        break;
    case Postgres::Failure::LockTimeout:
        f.cls = ErrorClass::BusyTimeout;
        break;
    default:
        f.cls = ErrorClass::Other;
        break;
    }
    return f;
}

namespace {

class NativeStatements final : public NativeStatementSet
{
public:
    NativeStatements(sqlite3 *db, int rangeRows)
        : NativeStatementSet(db)
        , m_rangeRows(rangeRows)
    {
    }

    int run(Stmt which, const Op &op, const char *payload, int payloadBytes) override
    {
        const LockTrace::StatementScope running(which); // names it in the lock trace
        sqlite3_stmt *s = statement(which);
        const auto bindPayload = [&](int at) {
            if (payloadBytes > 0)
                sqlite3_bind_blob(s, at, payload, payloadBytes, SQLITE_STATIC);
            else
                sqlite3_bind_null(s, at);
        };
        switch (which) {
        case Stmt::Insert:
            sqlite3_bind_int64(s, 1, op.worker);
            sqlite3_bind_int64(s, 2, op.value);
            bindPayload(3);
            break;
        case Stmt::Update:
            sqlite3_bind_int64(s, 1, op.value);
            bindPayload(2);
            sqlite3_bind_int64(s, 3, op.id);
            break;
        case Stmt::RangeRead:
            sqlite3_bind_int64(s, 2, m_rangeRows);
            [[fallthrough]];
        case Stmt::Delete:
        case Stmt::PointRead:
            sqlite3_bind_int64(s, 1, op.id);
            break;
        default:
            break;
        }
        return step(s);
    }

private:
    int m_rangeRows;
};

class QtStatements final : public QtStatementSet
{
public:
    QtStatements(const QSqlDatabase &db, int rangeRows)
        : QtStatementSet(db)
        , m_rangeRows(rangeRows)
    {
    }

    int run(Stmt which, const Op &op, const char *payload, int payloadBytes) override
    {
        const LockTrace::StatementScope running(which); // names it in the lock trace
        QSqlQuery &q = query(which);
        const auto blob = [&] {
            return payloadBytes > 0 ? QVariant(QByteArray::fromRawData(payload, payloadBytes))
                                    : QVariant(QMetaType::fromType<QByteArray>());
        };
        switch (which) {
        case Stmt::Insert:
            q.bindValue(0, qint64(op.worker));
            q.bindValue(1, qint64(op.value));
            q.bindValue(2, blob());
            break;
        case Stmt::Update:
            q.bindValue(0, qint64(op.value));
            q.bindValue(1, blob());
            q.bindValue(2, qint64(op.id));
            break;
        case Stmt::RangeRead:
            q.bindValue(0, qint64(op.id));
            q.bindValue(1, m_rangeRows);
            break;
        case Stmt::Delete:
        case Stmt::PointRead:
            q.bindValue(0, qint64(op.id));
            break;
        default:
            break;
        }
        return exec(which, q);
    }

private:
    int m_rangeRows;
};

} // namespace

std::unique_ptr<StatementSet> prepareNative(sqlite3 *db, const StatementTexts &texts, QString *error)
{
    auto set = std::make_unique<NativeStatements>(db, texts.rangeRows);
    if (!set->prepare(texts, error))
        return nullptr;
    return set;
}

std::unique_ptr<StatementSet> prepareQt(const QSqlDatabase &db, const StatementTexts &texts, QString *error)
{
    auto set = std::make_unique<QtStatements>(db, texts.rangeRows);
    if (!set->prepare(texts, error))
        return nullptr;
    return set;
}

} // namespace LockLens
