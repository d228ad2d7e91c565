// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/readonlyconnection.h"

#include "workers/sqlite/sqlitefile.h"
#include "workers/sqlite/sqlitelink.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace LockLens {

ReadOnlyConnection::ReadOnlyConnection(const QString &path, int busyTimeoutMs, const StopFlag *abort)
    : m_name(SqliteLink::uniqueConnectionName(QStringLiteral("inspect")))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    bool uri = false;
    const QString name = SqliteFile::databaseName(path, &uri); // read-only media: immutable
    const QFileInfo file(path);
    const bool queryOnly = !uri && file.isFile() && file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
    QStringList options { QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs) };
    if (!queryOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    if (uri)
        options << QStringLiteral("QSQLITE_OPEN_URI");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    db.setDatabaseName(name);
    if (!db.open()) {
        failed(db.lastError(), &m_error);
        return;
    }
    if (queryOnly) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA query_only=1")))
            failed(q.lastError(), &m_error);
    }
    if (sqlite3 *handle = SqliteLink::nativeHandle(db); handle && abort) {
        m_wait.policy = BusyPolicy::Sqlite;
        m_wait.timeoutMs = busyTimeoutMs;
        m_wait.counting = false;
        m_wait.abort = abort;
        installBusyHandler(handle, &m_wait);
    }
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    QSqlDatabase::removeDatabase(m_name);
}

bool ReadOnlyConnection::failed(const QSqlError &e, QString *why)
{
    *why = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    m_busy = (e.nativeErrorCode().toInt() & 0xff) == SQLITE_BUSY;
    return false;
}

bool ReadOnlyConnection::rows(
    const QString &sql, const QVariantList &binds, std::vector<QVariantList> *out, QString *why, int limit)
{
    out->clear();
    m_busy = false;
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (int i = 0; ok && i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!ok || !q.exec())
        return failed(q.lastError(), why);
    const int n = q.record().count();
    while ((limit < 0 || int(out->size()) < limit) && q.next()) {
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i)
            row << q.value(i);
        out->push_back(std::move(row));
    }
    if (q.lastError().isValid())
        return failed(q.lastError(), why); // a step that failed after the first rows
    return true;
}

bool ReadOnlyConnection::prepares(const QString &sql, QString *why)
{
    m_busy = false;
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    return q.prepare(sql) || failed(q.lastError(), why);
}

} // namespace LockLens
