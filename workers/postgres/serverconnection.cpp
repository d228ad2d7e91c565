// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/postgres/serverconnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace LockLens::Postgres {

namespace {

// libpq's message on one line: its first line, without "FATAL:" and the like.
QString firstLine(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    for (const char *severity : { "FATAL:", "ERROR:" }) {
        if (line.startsWith(QLatin1String(severity)))
            line = line.mid(qsizetype(qstrlen(severity))).trimmed();
    }
    return line;
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

} // namespace LockLens::Postgres
