// SPDX-License-Identifier: GPL-3.0-or-later
// A PostgreSQL run's setup: the server (the one named, or a temporary cluster), the control
// connection, room for the run's connections, and the load table.
#include "workers/runsetup.h"

#include "workers/connection.h"
#include "workers/loadtable.h"
#include "workers/postgres/serverconnection.h"
#include "workers/postgres/tempcluster.h"
#include "workers/runcontext.h"
#include "workers/sqlite/sqlident.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

namespace LockLens {

namespace {

// The connections a run opens besides the control connection: one per worker (or pool
// thread), the writer queue's writer, one per reader (the shared strategy opens one for
// all), and the lock sampler's.
int connectionsNeeded(const Scenario &sc)
{
    const int clients = sc.strategy == Strategy::Shared ? 1 : sc.workers;
    return clients + (sc.strategy == Strategy::WriterQueue ? 1 : 0) + sc.readers + 1;
}

// Rows of a query on the control connection, for LoadTable::findOnServer.
LoadTable::ReadRows rowsOf(Connection &c)
{
    return [&c](const QString &sql, const QVariantList &binds, std::vector<QVariantList> *rows, QString *error) {
        QSqlQuery q(c.database());
        q.setForwardOnly(true);
        bool ok = q.prepare(sql);
        for (int i = 0; ok && i < binds.size(); ++i)
            q.bindValue(i, binds[i]);
        ok = ok && q.exec();
        while (ok && q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            rows->push_back(std::move(row));
        }
        if (!ok || q.lastError().isValid()) {
            *error = q.lastError().databaseText().section(QLatin1Char('\n'), 0, 0);
            return false;
        }
        return true;
    };
}

} // namespace

bool RunSetup::reachServer()
{
    static std::atomic<int> runs { 0 };
    m_sc.serverTag = QStringLiteral("%1.%2").arg(QCoreApplication::applicationPid()).arg(runs.fetch_add(1));
    QString why;
    if (!Postgres::ServerConnection::driverAvailable(&why))
        return failed(why);
    if (!m_sc.server.isEmpty()) {
        std::optional<Postgres::ServerAddress> address = Postgres::ServerAddress::parse(m_sc.server, &why);
        if (!address)
            return failed(why);
        m_sc.serverAddress = std::make_shared<const Postgres::ServerAddress>(*address);
        return true;
    }
    const std::optional<Postgres::TemporaryCluster::Programs> programs = Postgres::TemporaryCluster::findPrograms();
    if (!programs)
        return failed(tr("no server named (--server) and none installed to start a temporary one: %1")
                          .arg(Postgres::TemporaryCluster::installHint()));
    m_cluster = std::make_unique<Postgres::TemporaryCluster>();
    if (!m_cluster->start(*programs, &why))
        return failed(tr("cannot start a temporary PostgreSQL cluster: %1").arg(why));
    m_sc.serverAddress = std::make_shared<const Postgres::ServerAddress>(m_cluster->address());
    return true;
}

bool RunSetup::openServer()
{
    if (!reachServer())
        return false;
    QString why;
    m_keeper = Connection::open(m_sc, { QStringLiteral("control"), false, false, nullptr, waitMs(m_sc), &m_ctx.abort }, &why);
    if (!m_keeper)
        return failed(why);
    const QString shown = databaseNameFor(m_sc);
    if (m_sc.driverPath == DriverPath::Native && !m_keeper->serverNative())
        return failed(tr("the native path steps statements through libpq on Qt's PostgreSQL driver's connection, "
                         "which this build or driver does not allow (use --driver auto or qt)"));
    // Room for the run's connections, asked before any is opened: a run that would meet
    // "too many clients" half-way is refused now, with the numbers.
    QVariant room;
    if (!m_keeper->query(QStringLiteral("SELECT current_setting('max_connections')::int "
                                        "- current_setting('superuser_reserved_connections')::int "
                                        "- (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')"),
            &room, &why))
        return failed(tr("cannot read the server's connection limit on %1: %2").arg(shown, why));
    const int needed = connectionsNeeded(m_sc);
    if (room.toInt() < needed)
        return failed(tr("%1 accepts %2 more connections (max_connections less those reserved and in "
                         "use), but the run opens %3: run fewer workers or readers, or raise max_connections")
                          .arg(shown, QString::number(std::max(room.toInt(), 0)), QString::number(needed)));
    // Never write into a table of the user's that merely shares the name.
    LoadTable::Found found = LoadTable::Found::Missing;
    if (!LoadTable::findOnServer(rowsOf(*m_keeper), m_sc.table, &found, &why))
        return failed(tr("cannot read the tables of %1: %2").arg(shown, why));
    const QString table = quoteIdentifier(m_sc.table);
    if (found == LoadTable::Found::OtherTable)
        return failed(tr("the table %1 on %2 exists but is not a LockLens load table (it needs id bigint PRIMARY KEY, "
                         "worker integer, value bigint and payload bytea); choose another table name")
                          .arg(table, shown));
    if (found == LoadTable::Found::Missing && !m_keeper->exec(LoadTable::createServerSql(table), &why))
        return failed(tr("cannot create the load table %1 on %2: %3").arg(table, shown, why),
            m_keeper->lastFailureWasBusy());
    return true;
}

} // namespace LockLens
