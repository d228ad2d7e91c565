// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/postgres/serverconnection.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace LockLens::Postgres {

namespace {

// libpq's message on one line: its first line, without "FATAL:" and the like.
QString firstLine(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    // libpq puts the server's severity inside its own words ("...failed: FATAL:  role ...").
    static const QRegularExpression severity(QStringLiteral("(^|\\s)(FATAL|ERROR):\\s+"));
    line.replace(severity, QStringLiteral("\\1"));
    return line.trimmed();
}

} // namespace

bool ServerConnection::driverAvailable(QString *why)
{
    if (QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return true;
    *why = tr("Qt's PostgreSQL driver (QPSQL) is not installed: on Debian or Ubuntu, apt-get install libqt6sql6-psql");
    return false;
}

bool ServerConnection::open(const ServerAddress &address, const QString &name, QString *error)
{
    if (!driverAvailable(error))
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    address.applyTo(db);
    if (db.open())
        return true;
    const QSqlError e = db.lastError();
    QString said = firstLine(e.databaseText());
    if (said.isEmpty())
        said = firstLine(e.driverText());
    if (address.password.size() >= 4) // (libpq does not repeat it; never let it through)
        said.replace(address.password, QStringLiteral("***"));
    *error = tr("cannot connect to %1: %2").arg(address.shown(), said);
    return false;
}

std::optional<ServerSettings> ServerConnection::settings(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_setting('server_version'), current_setting('server_version_num'), "
                               "current_setting('synchronous_commit'), current_setting('fsync'), "
                               "current_setting('max_connections'), current_setting('shared_buffers')"))
        || !q.next()) {
        *error = tr("cannot read the server's settings: %1").arg(firstLine(q.lastError().databaseText()));
        return std::nullopt;
    }
    ServerSettings s;
    s.version = q.value(0).toString();
    s.versionNumber = q.value(1).toInt();
    s.synchronousCommit = q.value(2).toString();
    s.fsync = q.value(3).toString();
    s.maxConnections = q.value(4).toInt();
    s.sharedBuffers = q.value(5).toString();
    return s;
}

std::unique_ptr<ServerLink> ServerLink::open(const ServerAddress &address, const QString &role, QString *error)
{
    static std::atomic<unsigned> counter { 0 };
    std::unique_ptr<ServerLink> link(new ServerLink);
    link->m_name = QStringLiteral("locklens-pg-%1-%2").arg(role).arg(counter.fetch_add(1));
    if (!ServerConnection::open(address, link->m_name, error)) {
        QSqlDatabase::removeDatabase(link->m_name);
        return nullptr;
    }
    link->m_db = QSqlDatabase::database(link->m_name, false);
    QSqlQuery q(link->m_db);
    if (q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next())
        link->m_backendPid = q.value(0).toInt();
    return link;
}

ServerLink::~ServerLink()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
    }
    if (!m_name.isEmpty())
        QSqlDatabase::removeDatabase(m_name);
}

} // namespace LockLens::Postgres
