// SPDX-License-Identifier: GPL-3.0-or-later
// A load run's connection to a PostgreSQL server: what Connection does there instead of
// opening a SQLite file.
#include "workers/connection.h"

#include "workers/postgres/serverconnection.h"
#include "workers/postgres/sqlstate.h"
#include "workers/sqlite/driverconnection.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace LockLens {

namespace {

// The server's message on one line, without its severity.
QString serverMessage(const QSqlError &e)
{
    QString line = (e.databaseText().isEmpty() ? e.text() : e.databaseText()).section(QLatin1Char('\n'), 0, 0);
    line = line.trimmed();
    for (const char *severity : { "ERROR:", "FATAL:" }) {
        if (line.startsWith(QLatin1String(severity)))
            line = line.mid(qsizetype(qstrlen(severity))).trimmed();
    }
    return line;
}

} // namespace

std::unique_ptr<Connection> Connection::openServer(const Scenario &sc, const Options &opt, QString *error)
{
    if (!sc.serverAddress) {
        *error = tr("no PostgreSQL server to connect to (the run's setup names one)");
        return nullptr;
    }
    std::unique_ptr<Connection> c(new Connection);
    c->m_server = Postgres::ServerLink::open(*sc.serverAddress, opt.role, error);
    if (!c->m_server)
        return nullptr;
    // The busy timeout's counterpart: how long a statement waits for a lock another session
    // holds. 0 would wait for ever on PostgreSQL; no wait at all is as close as 1 ms.
    const int lockWaitMs = opt.lockWaitMs >= 0 ? opt.lockWaitMs
        : sc.busyPolicy == BusyPolicy::None    ? 0
                                               : sc.busyTimeoutMs;
    QString why;
    // The name tells the run's sessions apart in pg_stat_activity (ServerSampler reads it).
    const QString name = QStringLiteral("locklens %1 %2").arg(opt.role, sc.serverTag).trimmed();
    if (!c->exec(QStringLiteral("SET lock_timeout = %1").arg(std::max(lockWaitMs, 1)), &why)
        || !c->query(QStringLiteral("SELECT set_config('application_name', ?, false)"), nullptr, &why, { name })) {
        *error = tr("cannot set up the session on %1: %2").arg(sc.serverAddress->shown(), why);
        return nullptr;
    }
    return c;
}

bool Connection::queryServer(const QString &sql, QVariant *firstValue, QString *error, const QVariantList &binds)
{
    QSqlQuery q(m_server->database());
    q.setForwardOnly(true);
    bool ok;
    if (binds.isEmpty()) { // the server prepares queries only: DDL and SET run by their text
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        for (int i = 0; ok && i < binds.size(); ++i)
            q.bindValue(i, binds[i]);
        ok = ok && q.exec();
    }
    if (ok && firstValue)
        *firstValue = q.next() ? q.value(0) : QVariant();
    m_lastBusy = false;
    m_lastState.clear();
    if (!ok) {
        const QSqlError e = q.lastError();
        m_lastState = Postgres::sqlstate(e);
        m_lastBusy = Postgres::failureOf(m_lastState) == Postgres::Failure::LockTimeout;
        if (error)
            *error = serverMessage(e);
    }
    return ok;
}

} // namespace LockLens
