// SPDX-License-Identifier: GPL-3.0-or-later
// The statement sets of a load on an existing table: like the load table's (statements.cpp),
// but every insert and update binds the values TablePlan::generate() gives its columns.
#include "workers/tablegen.h"

#include "workers/currentstatement.h"
#include "workers/statementsets.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <optional>

namespace LockLens::TableGen {

namespace {

// One scratch buffer per column, sized once: generating a value allocates nothing.
std::vector<std::vector<char>> scratchFor(const std::vector<Column> &columns)
{
    std::vector<std::vector<char>> s;
    for (const Column &c : columns)
        s.emplace_back(std::size_t(std::max(c.scratchBytes, 1)));
    return s;
}

class NativeTableStatements final : public NativeStatementSet
{
public:
    NativeTableStatements(sqlite3 *db, std::shared_ptr<const TablePlan> plan, int rangeRows)
        : NativeStatementSet(db)
        , m_plan(std::move(plan))
        , m_rangeRows(rangeRows)
        , m_insertScratch(scratchFor(m_plan->insertColumns))
        , m_updateScratch(scratchFor(m_plan->updateColumns))
    {
    }
    int run(Stmt which, const Op &op, const char *payload, int payloadBytes) override
    {
        const LockTrace::StatementScope running(which); // names it in the lock trace
        sqlite3_stmt *s = statement(which);
        switch (which) {
        case Stmt::Insert:
            bindColumns(s, m_plan->insertColumns, m_insertScratch, op, payload, payloadBytes);
            break;
        case Stmt::Update:
            sqlite3_bind_int64(s,
                bindColumns(s, m_plan->updateColumns, m_updateScratch, op, payload, payloadBytes) + 1, op.id);
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
    // Binds the columns' values from parameter 1 on; returns how many it bound.
    int bindColumns(sqlite3_stmt *s, const std::vector<Column> &columns,
        std::vector<std::vector<char>> &scratch, const Op &op, const char *payload, int payloadBytes)
    {
        Value v;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            m_plan->generate(columns[i], op, payload, payloadBytes, scratch[i].data(), &v);
            const int at = int(i) + 1;
            switch (v.type) {
            case Value::Null:
                sqlite3_bind_null(s, at);
                break;
            case Value::Int:
                sqlite3_bind_int64(s, at, v.i);
                break;
            case Value::Real:
                sqlite3_bind_double(s, at, v.d);
                break;
            case Value::Text:
                sqlite3_bind_text(s, at, v.p, v.n, SQLITE_STATIC);
                break;
            case Value::Blob:
                sqlite3_bind_blob(s, at, v.p, v.n, SQLITE_STATIC);
                break;
            }
        }
        return int(columns.size());
    }

    std::shared_ptr<const TablePlan> m_plan;
    int m_rangeRows;
    std::vector<std::vector<char>> m_insertScratch, m_updateScratch;
};

class QtTableStatements final : public QtStatementSet
{
public:
    QtTableStatements(const QSqlDatabase &db, std::shared_ptr<const TablePlan> plan, int rangeRows)
        : QtStatementSet(db)
        , m_plan(std::move(plan))
        , m_rangeRows(rangeRows)
        , m_insertScratch(scratchFor(m_plan->insertColumns))
        , m_updateScratch(scratchFor(m_plan->updateColumns))
    {
    }

    int run(Stmt which, const Op &op, const char *payload, int payloadBytes) override
    {
        const LockTrace::StatementScope running(which); // names it in the lock trace
        QSqlQuery &q = query(which);
        switch (which) {
        case Stmt::Insert:
            bindColumns(q, m_plan->insertColumns, m_insertScratch, op, payload, payloadBytes);
            break;
        case Stmt::Update:
            q.bindValue(bindColumns(q, m_plan->updateColumns, m_updateScratch, op, payload, payloadBytes),
                qint64(op.id));
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
    int bindColumns(QSqlQuery &q, const std::vector<Column> &columns, std::vector<std::vector<char>> &scratch,
        const Op &op, const char *payload, int payloadBytes)
    {
        Value v;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            m_plan->generate(columns[i], op, payload, payloadBytes, scratch[i].data(), &v);
            q.bindValue(int(i), v.toVariant());
        }
        return int(columns.size());
    }

    std::shared_ptr<const TablePlan> m_plan;
    int m_rangeRows;
    std::vector<std::vector<char>> m_insertScratch, m_updateScratch;
};

} // namespace

std::unique_ptr<StatementSet> prepareTableNative(
    sqlite3 *db, const Scenario &sc, std::shared_ptr<const TablePlan> plan, QString *error)
{
    const StatementTexts texts = plan->statementTexts(sc);
    auto set = std::make_unique<NativeTableStatements>(db, std::move(plan), texts.rangeRows);
    if (!set->prepare(texts, error))
        return nullptr;
    return set;
}

std::unique_ptr<StatementSet> prepareTableQt(
    const QSqlDatabase &db, const Scenario &sc, std::shared_ptr<const TablePlan> plan, QString *error)
{
    const StatementTexts texts = plan->statementTexts(sc);
    auto set = std::make_unique<QtTableStatements>(db, std::move(plan), texts.rangeRows);
    if (!set->prepare(texts, error))
        return nullptr;
    return set;
}

bool prefill(const QSqlDatabase &db, const Scenario &sc, OpGenerator &gen, std::int64_t rows,
    const std::atomic<bool> &stop, QString *error)
{
    QString why;
    auto set = prepareTableQt(db, sc, sc.tablePlan, &why);
    QSqlQuery tx(db);
    const auto failed = [&](const QString &reason) {
        *error = reason;
        set.reset();
        tx.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!set)
        return failed(why);
    if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed(tx.lastError().text());
    for (std::int64_t i = 0; i < rows; ++i) {
        if (i % 4096 == 0 && stop.load(std::memory_order_relaxed)) {
            set.reset();
            tx.exec(QStringLiteral("ROLLBACK"));
            return true;
        }
        Op op = gen.next();
        op.kind = OpKind::Insert;
        // The generator is worker 0's: other values than its inserts during the run will
        // have, or every UNIQUE value prefilled would collide with one of them.
        op.value = std::int64_t(~std::uint64_t(op.value) >> 1);
        if (set->run(Stmt::Insert, op, gen.payload(op), gen.payloadBytes()) != 0)
            return failed(set->lastError());
    }
    set.reset();
    if (!tx.exec(QStringLiteral("COMMIT")))
        return failed(tx.lastError().text());
    return true;
}

} // namespace LockLens::TableGen
