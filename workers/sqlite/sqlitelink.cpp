// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/sqlite/sqlitelink.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <mutex>

namespace LockLens::SqliteLink {

namespace {

sqlite3_vfs probeVfs;

// The one connection of Qt's driver not opened by Sqlite::DriverConnection: it decides
// whether DriverConnection may use the driver's handle, so it cannot ask for it.
bool probe()
{
    sqlite3_vfs *base = sqlite3_vfs_find(nullptr);
    if (!base)
        return false;
    std::memcpy(&probeVfs, base, sizeof probeVfs);
    probeVfs.zName = "locklens-probe";
    probeVfs.pNext = nullptr;
    if (sqlite3_vfs_register(&probeVfs, 0) != SQLITE_OK)
        return false;

    bool same = false;
    const QString name = uniqueConnectionName(QStringLiteral("probe"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        db.setDatabaseName(QStringLiteral("file:locklens-probe?mode=memory&vfs=locklens-probe"));
        same = db.open();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return same;
}

} // namespace

bool driverSharesLibrary()
{
    static std::once_flag once;
    static bool shares = false;
    std::call_once(once, [] { shares = probe(); });
    return shares;
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    if (!driverSharesLibrary() || !db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

QString linkedVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString driverSource()
{
    return driverSharesLibrary() ? QStringLiteral("system") : QStringLiteral("bundled");
}

int attachedLimit()
{
    static const int limit = [] {
        int n = 10; // SQLITE_MAX_ATTACHED unless a build changes it
        sqlite3 *db = nullptr;
        if (driverSharesLibrary() && sqlite3_open(":memory:", &db) == SQLITE_OK)
            n = sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, -1);
        sqlite3_close(db);
        return n;
    }();
    return limit;
}

QString uniqueConnectionName(const QString &role)
{
    static std::atomic<unsigned> counter { 0 };
    return QStringLiteral("locklens-%1-%2").arg(role, QString::number(counter.fetch_add(1) + 1));
}

} // namespace LockLens::SqliteLink
