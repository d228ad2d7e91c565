// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/sqlite/driverconnection.h"

#include "workers/sqlite/sqlitefile.h"
#include "workers/sqlite/sqlitelink.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

#include <sqlite3.h>

#include <thread>

namespace LockLens::Sqlite {

namespace {

// Whether a QueryOnly open of `path` can be read-write: the file and its folder writable.
bool writableInPlace(const QString &path)
{
    const QFileInfo file(path);
    return file.isFile() && file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
}

} // namespace

QString memoryDatabaseUri(const QString &name)
{
    return QStringLiteral("file:%1?mode=memory&cache=shared")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(name)));
}

std::unique_ptr<DriverConnection> DriverConnection::open(const OpenSpec &spec, QSqlError *error)
{
    std::unique_ptr<DriverConnection> c(new DriverConnection);
    c->m_name = SqliteLink::uniqueConnectionName(spec.role);
    c->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c->m_name);
    QStringList options { QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(spec.busyTimeoutMs) };
    QString name;
    bool uri = false;
    c->m_readOnly = spec.access != Access::ReadWrite;
    if (!spec.memoryName.isEmpty()) {
        // An in-memory database reads only through query_only (below).
        name = memoryDatabaseUri(spec.memoryName);
        uri = true;
    } else {
        c->m_immutable = spec.immutableOnReadOnlyMedia && SqliteFile::readsAsImmutable(spec.path);
        QStringList query;
        if (!spec.vfs.isEmpty())
            query << QStringLiteral("vfs=%1").arg(spec.vfs);
        if (c->m_immutable)
            query << QStringLiteral("immutable=1");
        uri = !query.isEmpty();
        name = uri ? SqliteFile::uri(spec.path, query.join(QLatin1Char('&'))) : spec.path;
        const bool inPlace = spec.access == Access::QueryOnly && !c->m_immutable && writableInPlace(spec.path);
        if (c->m_readOnly && !inPlace)
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
    }
    if (uri)
        options << QStringLiteral("QSQLITE_OPEN_URI");
    c->m_db.setConnectOptions(options.join(QLatin1Char(';')));
    c->m_db.setDatabaseName(name);
    if (!c->m_db.open()) {
        *error = c->m_db.lastError();
        return nullptr;
    }
    if (c->m_readOnly) {
        QSqlQuery q(c->m_db);
        if (!q.exec(QStringLiteral("PRAGMA query_only=1"))) {
            *error = q.lastError();
            return nullptr;
        }
    }
    c->m_native = SqliteLink::nativeHandle(c->m_db);
    return c;
}

DriverConnection::~DriverConnection()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool execBound(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (int i = 0; ok && i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    return ok && q.exec();
}

bool selectRows(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
    std::vector<QVariantList> *rows, QSqlError *error, int limit)
{
    QSqlQuery q(db);
    bool ok = execBound(q, sql, binds);
    if (ok && rows) {
        const int n = q.record().count();
        while ((limit < 0 || int(rows->size()) < limit) && q.next()) {
            QVariantList row;
            row.reserve(n);
            for (int i = 0; i < n; ++i)
                row << q.value(i);
            rows->push_back(std::move(row));
        }
        // A step that fails part-way (corruption, interruption) ends next() early.
        if (q.lastError().isValid())
            ok = false;
    }
    if (!ok && error)
        *error = q.lastError();
    return ok;
}

QString messageOf(const QSqlError &e)
{
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

int primaryCode(const QSqlError &e)
{
    return e.nativeErrorCode().toInt() & 0xff;
}

bool isBusy(const QSqlError &e)
{
    return primaryCode(e) == SQLITE_BUSY;
}

bool retryWhileBusy(const std::function<bool()> &attempt, const std::function<bool()> &refusedBusy,
    std::chrono::milliseconds wait, const Pause &pause)
{
    const auto deadline = std::chrono::steady_clock::now() + wait;
    while (!attempt()) {
        if (!refusedBusy() || std::chrono::steady_clock::now() >= deadline)
            return false;
        constexpr auto step = std::chrono::milliseconds(10);
        if (!pause)
            std::this_thread::sleep_for(step);
        else if (!pause(step))
            return false;
    }
    return true;
}

} // namespace LockLens::Sqlite
