// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/environment.h"

#include "workers/connection.h"
#include "workers/filesystem.h"
#include "workers/recorder/clock.h"
#include "workers/sqlite/sqlitelink.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

#include <sqlite3.h>

namespace LockLens {

namespace {

// What does not depend on the database.
Environment machine()
{
    Environment e;
    e.linkedSqliteVersion = SqliteLink::linkedVersion();
    e.sqliteSource = SqliteLink::driverSource();
    e.qtVersion = QString::fromLatin1(qVersion());
    e.os = QStringLiteral("%1 (%2 %3)")
               .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion());
    e.cpuArchitecture = QSysInfo::currentCpuArchitecture();
    e.cpuCount = QThread::idealThreadCount();
    e.clock = Clock::usesTsc() ? QStringLiteral("tsc") : QStringLiteral("steady_clock");
    return e;
}

void setFileSystem(const QString &file, Environment *e)
{
    const FileSystem::Info fs = FileSystem::of(file);
    e->fileSystem = fs.type;
    e->networkFileSystem = fs.network;
}

// A PostgreSQL run's: the server's version and settings; no SQLite is involved.
Environment probeServer(Connection &c, bool fastPath)
{
    Environment e = machine();
    e.linkedSqliteVersion.clear();
    e.sqliteSource.clear();
    e.onServer = true;
    e.fastPath = fastPath;
    e.driverPath = fastPath ? QStringLiteral("libpq PQexecPrepared on the driver's PGconn")
                            : QStringLiteral("QSqlQuery (QPSQL)");
    QString ignored;
    if (const auto settings = Postgres::ServerConnection::settings(c.database(), &ignored))
        e.server = *settings;
    return e;
}

} // namespace

Environment probeEnvironment(const QString &databasePath)
{
    Environment e = machine();
    if (SqliteLink::driverSharesLibrary()) {
        e.sqliteVersion = e.linkedSqliteVersion;
        for (int i = 0; const char *option = sqlite3_compileoption_get(i); ++i)
            e.compileOptions << QString::fromUtf8(option);
    }
    e.driverPath = QStringLiteral("QSqlQuery");
    if (!databasePath.isEmpty())
        setFileSystem(QFileInfo(databasePath).absoluteFilePath(), &e);
    return e;
}

Environment probeEnvironment(Connection &c, bool fastPath)
{
    if (c.onServer())
        return probeServer(c, fastPath);
    Environment e = machine();
    QVariant v;
    QString ignored;
    if (c.query(QStringLiteral("SELECT sqlite_version()"), &v, &ignored))
        e.sqliteVersion = v.toString();
    e.fastPath = fastPath;
    e.driverPath = fastPath ? QStringLiteral("native sqlite3_stmt on the driver's handle")
                            : QStringLiteral("QSqlQuery");
    e.busyHandler = c.countsBusy();
    QSqlQuery q(c.database());
    if (q.exec(QStringLiteral("PRAGMA compile_options"))) {
        while (q.next())
            e.compileOptions << q.value(0).toString();
    }
    q = QSqlQuery();
    // The main database's file as SQLite resolved it (URI names included); empty for an
    // in-memory or temporary database.
    QVariant file;
    if (c.query(
            QStringLiteral("SELECT file FROM pragma_database_list WHERE name = 'main'"), &file, &ignored))
        setFileSystem(file.toString(), &e);
    return e;
}

} // namespace LockLens
