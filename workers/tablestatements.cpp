// SPDX-License-Identifier: GPL-3.0-or-later
// The statement sets of a load on an existing table: like the load table's (statements.cpp),
// but every insert and update binds the values TableModel::generate() gives its columns.
#include "tablegen.h"

#include "currentstatement.h"

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

class NativeTableStatements final : public StatementSet
{
public:
    NativeTableStatements(sqlite3 *db, std::shared_ptr<const TableModel> model, int rangeRows)
        : m_db(db)
        , m_model(std::move(model))
        , m_rangeRows(rangeRows)
        , m_insertScratch(scratchFor(m_model->insertColumns))
        , m_updateScratch(scratchFor(m_model->updateColumns))
    {
    }
    ~NativeTableStatements() override
    {
        for (sqlite3_stmt *s : m_stmts)
            sqlite3_finalize(s);
    }

    bool prepare(const StatementTexts &t, QString *error)
    {
        for (std::size_t i = 0; i < m_stmts.size(); ++i) {
            const QByteArray sql = t.sql[i].toUtf8();
            if (sqlite3_prepare_v3(
                    m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmts[i], nullptr)
                != SQLITE_OK) {
                *error = QString::fromUtf8(sqlite3_errmsg(m_db));
                return false;
            }
        }
        return true;
    }

    int run(Stmt which, const Op &op, const char *payload, int payloadBytes) override
    {
        const LockTrace::StatementScope running(which); // names it in the lock trace
        sqlite3_stmt *s = m_stmts[std::size_t(which)];
        switch (which) {
        case Stmt::Insert:
            bindColumns(s, m_model->insertColumns, m_insertScratch, op, payload, payloadBytes);
            break;
        case Stmt::Update:
            sqlite3_bind_int64(s,
                bindColumns(s, m_model->updateColumns, m_updateScratch, op, payload, payloadBytes) + 1,
                op.id);
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
        int rc;
        std::uint64_t sink = 0;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW)
            sink += std::uint64_t(sqlite3_column_int64(s, 0)) + std::uint64_t(sqlite3_column_bytes(s, 1));
        m_sink = sink;
        if (rc == SQLITE_DONE) {
            sqlite3_reset(s);
            return SQLITE_OK;
        }
        rc = sqlite3_extended_errcode(m_db);
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(s);
        return rc ? rc : SQLITE_ERROR;
    }
    int changes() const override { return sqlite3_changes(m_db); }
    QString lastError() const override { return m_error; }
    bool inTransaction() const override { return sqlite3_get_autocommit(m_db) == 0; }
    const char *pathName() const override { return "native"; }

private:
    // Binds the columns' values from parameter 1 on; returns how many it bound.
    int bindColumns(sqlite3_stmt *s, const std::vector<Column> &columns,
        std::vector<std::vector<char>> &scratch, const Op &op, const char *payload, int payloadBytes)
    {
        Value v;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            m_model->generate(columns[i], op, payload, payloadBytes, scratch[i].data(), &v);
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

    sqlite3 *m_db;
    std::shared_ptr<const TableModel> m_model;
    int m_rangeRows;
    std::vector<std::vector<char>> m_insertScratch, m_updateScratch;
    std::array<sqlite3_stmt *, std::size_t(Stmt::NUM_STATEMENTS)> m_stmts {};
    QString m_error;
    volatile std::uint64_t m_sink = 0;
};

class QtTableStatements final : public StatementSet
{
public:
    QtTableStatements(const QSqlDatabase &db, std::shared_ptr<const TableModel> model, int rangeRows)
        : m_model(std::move(model))
        , m_rangeRows(rangeRows)
        , m_insertScratch(scratchFor(m_model->insertColumns))
        , m_updateScratch(scratchFor(m_model->updateColumns))
    {
        for (auto &q : m_queries)
            q.emplace(db);
    }

    bool prepare(const StatementTexts &t, QString *error)
    {
        for (std::size_t i = 0; i < m_queries.size(); ++i) {
            if (!m_queries[i]->prepare(t.sql[i])) {
                *error = m_queries[i]->lastError().text();
                return false;
            }
        }
        return true;
    }

    int run(Stmt which, const Op &op, const char *payload, int payloadBytes) override
    {
        const LockTrace::StatementScope running(which); // names it in the lock trace
        QSqlQuery &q = *m_queries[std::size_t(which)];
        switch (which) {
        case Stmt::Insert:
            bindColumns(q, m_model->insertColumns, m_insertScratch, op, payload, payloadBytes);
            break;
        case Stmt::Update:
            q.bindValue(bindColumns(q, m_model->updateColumns, m_updateScratch, op, payload, payloadBytes),
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
        if (which == Stmt::Rollback)
            m_inTx = false;
        if (!q.exec())
            return fail(q);
        m_changes = q.numRowsAffected();
        if (q.isSelect()) {
            quint64 sink = 0;
            while (q.next())
                sink += q.value(0).toULongLong();
            m_sink = sink;
            if (q.lastError().isValid())
                return fail(q);
            q.finish();
        }
        if (which == Stmt::Begin)
            m_inTx = true;
        else if (which == Stmt::Commit)
            m_inTx = false;
        return 0;
    }
    int changes() const override { return m_changes; }
    QString lastError() const override { return m_error; }
    bool inTransaction() const override { return m_inTx; }
    const char *pathName() const override { return "qt"; }

private:
    int bindColumns(QSqlQuery &q, const std::vector<Column> &columns, std::vector<std::vector<char>> &scratch,
        const Op &op, const char *payload, int payloadBytes)
    {
        Value v;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            m_model->generate(columns[i], op, payload, payloadBytes, scratch[i].data(), &v);
            q.bindValue(int(i), v.toVariant());
        }
        return int(columns.size());
    }

    int fail(QSqlQuery &q)
    {
        const QSqlError e = q.lastError();
        m_error = e.databaseText().isEmpty() ? e.text() : e.databaseText();
        q.finish();
        bool ok = false;
        const int code = e.nativeErrorCode().toInt(&ok);
        return ok && code ? code : SQLITE_ERROR;
    }

    std::shared_ptr<const TableModel> m_model;
    int m_rangeRows;
    std::vector<std::vector<char>> m_insertScratch, m_updateScratch;
    int m_changes = 0;
    bool m_inTx = false;
    QString m_error;
    std::array<std::optional<QSqlQuery>, std::size_t(Stmt::NUM_STATEMENTS)> m_queries;
    volatile quint64 m_sink = 0;
};

} // namespace

std::unique_ptr<StatementSet> prepareTableNative(
    sqlite3 *db, const Scenario &sc, std::shared_ptr<const TableModel> model, QString *error)
{
    const StatementTexts texts = model->statementTexts(sc);
    auto set = std::make_unique<NativeTableStatements>(db, std::move(model), texts.rangeRows);
    if (!set->prepare(texts, error))
        return nullptr;
    return set;
}

std::unique_ptr<StatementSet> prepareTableQt(
    const QSqlDatabase &db, const Scenario &sc, std::shared_ptr<const TableModel> model, QString *error)
{
    const StatementTexts texts = model->statementTexts(sc);
    auto set = std::make_unique<QtTableStatements>(db, std::move(model), texts.rangeRows);
    if (!set->prepare(texts, error))
        return nullptr;
    return set;
}

bool prefill(const QSqlDatabase &db, const Scenario &sc, OpGenerator &gen, std::int64_t rows,
    const std::atomic<bool> &stop, QString *error)
{
    QString why;
    auto set = prepareTableQt(db, sc, sc.tableModel, &why);
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
