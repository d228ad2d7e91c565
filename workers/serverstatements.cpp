// SPDX-License-Identifier: GPL-3.0-or-later
// The load's statements on PostgreSQL stepped through libpq on the QPSQL driver's own PGconn:
// prepared once, executed with binary parameters (PQexecPrepared), as pgbench -M prepared
// does. Where the driver's connection cannot be reached with the libpq LockLens links, the
// portable QSqlQuery path runs instead (prepareQt).
#include "workers/statements.h"

#include "workers/currentstatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#if LOCKLENS_HAVE_LIBPQ
#include <libpq-fe.h>

#include <QtEndian>

#include <array>
#include <cstring>
#endif

namespace LockLens {

#if LOCKLENS_HAVE_LIBPQ

namespace {

// The type OIDs of the parameters (pg_type: int4 23, int8 20, bytea 17).
constexpr Oid Int4 = 23, Int8 = 20, Bytea = 17;

// "?" placeholders as libpq's $1, $2... (LockLens's statement texts hold no quoted "?").
QByteArray numbered(const QString &sql)
{
    QByteArray out;
    int n = 0;
    for (const char c : sql.toUtf8()) {
        if (c == '?')
            out += '$' + QByteArray::number(++n);
        else
            out += c;
    }
    return out;
}

class PqStatements final : public StatementSet
{
public:
    PqStatements(PGconn *conn, int rangeRows)
        : m_conn(conn)
        , m_rangeRows(rangeRows)
    {
    }
    ~PqStatements() override
    {
        // Deallocating on the server is the session's end; nothing of the client's to free.
        if (m_result)
            PQclear(m_result);
    }

    bool prepare(const StatementTexts &t, QString *error)
    {
        static const std::array<std::vector<Oid>, std::size_t(Stmt::NUM_STATEMENTS)> types = { {
            {}, {}, {}, // BEGIN, COMMIT, ROLLBACK: run by their text
            { Int4, Int8, Bytea }, // insert: worker, value, payload
            { Int8, Bytea, Int8 }, // update: value, payload, id
            { Int8 }, // delete: id
            { Int8 }, // point read: id
            { Int8, Int8 }, // range read: first id, rows
        } };
        for (std::size_t i = 0; i < m_names.size(); ++i) {
            m_text[i] = t.sql[i].toUtf8();
            if (StatementTexts::controlsTransaction(Stmt(i)))
                continue;
            m_names[i] = "locklens_" + QByteArray::number(qulonglong(i));
            PGresult *r = PQprepare(m_conn, m_names[i].constData(), numbered(t.sql[i]).constData(),
                int(types[i].size()), types[i].data());
            const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
            if (!ok)
                *error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
            PQclear(r);
            if (!ok)
                return false;
        }
        return true;
    }

    int run(Stmt which, const Op &op, const char *payload, int payloadBytes) override
    {
        const LockTrace::StatementScope running(which);
        if (m_result) {
            PQclear(m_result);
            m_result = nullptr;
        }
        const auto i = std::size_t(which);
        if (StatementTexts::controlsTransaction(which))
            return finish(PQexec(m_conn, m_text[i].constData()));
        // Binary parameters in network byte order; a null payload is SQL NULL.
        const qint32 worker = qToBigEndian(qint32(op.worker));
        const qint64 value = qToBigEndian(qint64(op.value)), id = qToBigEndian(qint64(op.id));
        const qint64 rows = qToBigEndian(qint64(m_rangeRows));
        const char *v[3] = {};
        int len[3] = {}, fmt[3] = { 1, 1, 1 };
        int n = 0;
        const auto put = [&](const void *p, int bytes) {
            v[n] = static_cast<const char *>(p);
            len[n++] = bytes;
        };
        const auto putPayload = [&] { put(payloadBytes > 0 ? payload : nullptr, payloadBytes); };
        switch (which) {
        case Stmt::Insert:
            put(&worker, 4);
            put(&value, 8);
            putPayload();
            break;
        case Stmt::Update:
            put(&value, 8);
            putPayload();
            put(&id, 8);
            break;
        case Stmt::RangeRead:
            put(&id, 8);
            put(&rows, 8);
            break;
        default:
            put(&id, 8);
            break;
        }
        return finish(PQexecPrepared(m_conn, m_names[i].constData(), n, v, len, fmt, 1));
    }

    int changes() const override
    {
        return m_result ? QByteArray(PQcmdTuples(m_result)).toInt() : 0;
    }
    QString lastError() const override { return m_error; }
    bool inTransaction() const override
    {
        const PGTransactionStatusType s = PQtransactionStatus(m_conn);
        return s == PQTRANS_INTRANS || s == PQTRANS_INERROR;
    }
    const char *pathName() const override { return "native"; }
    std::optional<ServerFailure> serverFailure() const override { return serverFailureOf(m_code); }

private:
    // Keeps a successful result (for changes()); on failure its SQLSTATE and first line.
    int finish(PGresult *r)
    {
        const ExecStatusType s = PQresultStatus(r);
        if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK) {
            m_sink = m_sink + std::uint64_t(PQntuples(r));
            m_result = r;
            return 0;
        }
        const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
        m_code = state ? QString::fromLatin1(state) : QString();
        const char *primary = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
        m_error = QString::fromUtf8(primary ? primary : PQerrorMessage(m_conn)).section(QLatin1Char('\n'), 0, 0);
        PQclear(r);
        return 1; // SQLITE_ERROR: serverFailure() classifies it
    }

    PGconn *m_conn;
    int m_rangeRows;
    std::array<QByteArray, std::size_t(Stmt::NUM_STATEMENTS)> m_names, m_text;
    PGresult *m_result = nullptr;
    QString m_error, m_code;
    volatile std::uint64_t m_sink = 0;
};

// The driver's PGconn, when it is the libpq LockLens links: the server process it talks to
// must be the one `SELECT pg_backend_pid()` names through the driver.
PGconn *driverConnection(const QSqlDatabase &db, int backendPid)
{
    const QVariant h = db.driver()->handle();
    // (Qt names the type as libpq declares it: struct pg_conn, typedef'd PGconn.)
    if (!h.isValid() || (qstrcmp(h.typeName(), "pg_conn*") != 0 && qstrcmp(h.typeName(), "PGconn*") != 0))
        return nullptr;
    PGconn *conn = *static_cast<PGconn *const *>(h.constData());
    if (!conn || PQstatus(conn) != CONNECTION_OK || backendPid == 0 || PQbackendPID(conn) != backendPid)
        return nullptr;
    return conn;
}

} // namespace

bool serverNativeAvailable(const QSqlDatabase &db, int backendPid)
{
    return driverConnection(db, backendPid) != nullptr;
}

std::unique_ptr<StatementSet> prepareServerNative(
    const QSqlDatabase &db, int backendPid, const StatementTexts &texts, QString *error)
{
    PGconn *conn = driverConnection(db, backendPid);
    if (!conn) {
        *error = QStringLiteral("the driver's PGconn cannot be reached");
        return nullptr;
    }
    auto set = std::make_unique<PqStatements>(conn, texts.rangeRows);
    if (!set->prepare(texts, error))
        return nullptr;
    return set;
}

#else // built without libpq: the QSqlQuery path only

bool serverNativeAvailable(const QSqlDatabase &, int)
{
    return false;
}

std::unique_ptr<StatementSet> prepareServerNative(const QSqlDatabase &, int, const StatementTexts &, QString *error)
{
    *error = QStringLiteral("LockLens was built without libpq");
    return nullptr;
}

#endif

} // namespace LockLens
