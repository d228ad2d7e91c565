// SPDX-License-Identifier: GPL-3.0-or-later
#include "statements.h"

#include "currentstatement.h"
#include "sqlident.h"

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

namespace {

class NativeStatements final : public StatementSet
{
public:
    NativeStatements(sqlite3 *db, int rangeRows)
        : m_db(db)
        , m_rangeRows(rangeRows)
    {
    }
    ~NativeStatements() override
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
        int rc;
        std::uint64_t sink = 0; // unsigned: wraps, where signed overflow would be undefined
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
    sqlite3 *m_db;
    int m_rangeRows;
    std::array<sqlite3_stmt *, std::size_t(Stmt::NUM_STATEMENTS)> m_stmts {};
    QString m_error;
    volatile std::uint64_t m_sink = 0; // keeps the reads from being optimised away
};

class QtStatements final : public StatementSet
{
public:
    QtStatements(const QSqlDatabase &db, int rangeRows)
        : m_rangeRows(rangeRows)
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
        if (which == Stmt::Rollback)
            m_inTx = false; // even when it fails: SQLite may have rolled back already (SQLITE_FULL, IOERR)
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
            q.finish(); // a read statement left open would hold its read lock
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
    int fail(QSqlQuery &q)
    {
        const QSqlError e = q.lastError();
        m_error = e.databaseText().isEmpty() ? e.text() : e.databaseText();
        q.finish();
        bool ok = false;
        const int code = e.nativeErrorCode().toInt(&ok);
        // A failed COMMIT leaves the transaction open; a failed BEGIN opens none.
        return ok && code ? code : SQLITE_ERROR;
    }

    int m_rangeRows;
    int m_changes = 0;
    bool m_inTx = false;
    QString m_error;
    std::array<std::optional<QSqlQuery>, std::size_t(Stmt::NUM_STATEMENTS)> m_queries;
    volatile quint64 m_sink = 0;
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
