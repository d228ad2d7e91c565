// SPDX-License-Identifier: GPL-3.0-or-later
// What every statement set of one path does whatever it binds: prepare the statements,
// run one to its end, keep SQLite's error and the transaction state. The load table's sets
// (statements.cpp) and an existing table's (tablestatements.cpp) only bind differently.
// Inline, so the hot loop costs what it cost when each set had its own copy.
#pragma once

#include "workers/statements.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <array>
#include <optional>

namespace LockLens {

// sqlite3_stmt stepped directly on the driver's handle.
class NativeStatementSet : public StatementSet
{
public:
    explicit NativeStatementSet(sqlite3 *db)
        : m_db(db)
    {
    }
    ~NativeStatementSet() override
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
    int changes() const override { return sqlite3_changes(m_db); }
    QString lastError() const override { return m_error; }
    bool inTransaction() const override { return sqlite3_get_autocommit(m_db) == 0; }
    const char *pathName() const override { return "native"; }

protected:
    sqlite3_stmt *statement(Stmt s) const { return m_stmts[std::size_t(s)]; }
    // Steps a bound statement to its end and resets it. Returns SQLite's extended result
    // code (0 when done).
    int step(sqlite3_stmt *s)
    {
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

private:
    sqlite3 *m_db;
    std::array<sqlite3_stmt *, std::size_t(Stmt::NUM_STATEMENTS)> m_stmts {};
    QString m_error;
    volatile std::uint64_t m_sink = 0; // keeps the reads from being optimised away
};

// QSqlQuery, the portable path.
class QtStatementSet : public StatementSet
{
public:
    explicit QtStatementSet(const QSqlDatabase &db)
    {
        for (auto &q : m_queries)
            q.emplace(db);
    }

    bool prepare(const StatementTexts &t, QString *error)
    {
        m_server = t.server;
        for (std::size_t i = 0; i < m_queries.size(); ++i) {
            if (t.server && StatementTexts::controlsTransaction(Stmt(i))) {
                m_direct[i] = t.sql[i]; // the server prepares queries only
                continue;
            }
            if (!m_queries[i]->prepare(t.sql[i])) {
                *error = m_queries[i]->lastError().text();
                return false;
            }
        }
        return true;
    }
    int changes() const override { return m_changes; }
    QString lastError() const override { return m_error; }
    bool inTransaction() const override { return m_inTx; }
    const char *pathName() const override { return "qt"; }
    std::optional<ServerFailure> serverFailure() const override
    {
        if (!m_server)
            return std::nullopt;
        return serverFailureOf(m_code);
    }

protected:
    QSqlQuery &query(Stmt s) { return *m_queries[std::size_t(s)]; }
    // Executes a bound statement, reads a SELECT to its end and finishes it (a read left
    // open would hold its read lock). Returns SQLite's extended result code (0 when done).
    int exec(Stmt which, QSqlQuery &q)
    {
        if (which == Stmt::Rollback)
            m_inTx = false; // even when it fails: SQLite may have rolled back already (SQLITE_FULL, IOERR)
        const QString &direct = m_direct[std::size_t(which)];
        if (!(direct.isEmpty() ? q.exec() : q.exec(direct)))
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

private:
    int fail(QSqlQuery &q)
    {
        const QSqlError e = q.lastError();
        m_error = e.databaseText().isEmpty() ? e.text() : e.databaseText();
        q.finish();
        if (m_server) { // classified by serverFailure(); no SQLite code may be read into it
            m_code = e.nativeErrorCode();
            m_error = m_error.section(QLatin1Char('\n'), 0, 0).trimmed(); // "ERROR:  could not ..."
            if (m_error.startsWith(QLatin1String("ERROR:")) || m_error.startsWith(QLatin1String("FATAL:")))
                m_error = m_error.mid(6).trimmed();
            return SQLITE_ERROR;
        }
        bool ok = false;
        const int code = e.nativeErrorCode().toInt(&ok);
        // A failed COMMIT leaves the transaction open; a failed BEGIN opens none.
        return ok && code ? code : SQLITE_ERROR;
    }

    int m_changes = 0;
    bool m_inTx = false;
    bool m_server = false;
    QString m_error;
    QString m_code; // the server's SQLSTATE for the last failure
    std::array<std::optional<QSqlQuery>, std::size_t(Stmt::NUM_STATEMENTS)> m_queries;
    std::array<QString, std::size_t(Stmt::NUM_STATEMENTS)> m_direct; // run by their text
    volatile quint64 m_sink = 0;
};

} // namespace LockLens
