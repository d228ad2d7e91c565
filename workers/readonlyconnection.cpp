// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/readonlyconnection.h"

#include "workers/sqlite/driverconnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace LockLens {

ReadOnlyConnection::ReadOnlyConnection(const QString &path, int busyTimeoutMs, const StopFlag *abort)
{
    Sqlite::OpenSpec spec;
    spec.role = QStringLiteral("inspect");
    spec.path = path;
    spec.access = Sqlite::Access::QueryOnly;
    spec.busyTimeoutMs = busyTimeoutMs;
    QSqlError failure;
    m_driver = Sqlite::DriverConnection::open(spec, &failure);
    if (!m_driver) {
        failed(failure, &m_error);
        return;
    }
    if (sqlite3 *handle = m_driver->native(); handle && abort) {
        m_wait.policy = BusyPolicy::Sqlite;
        m_wait.timeoutMs = busyTimeoutMs;
        m_wait.counting = false;
        m_wait.abort = abort;
        installBusyHandler(handle, &m_wait);
    }
}

ReadOnlyConnection::~ReadOnlyConnection() = default;

bool ReadOnlyConnection::failed(const QSqlError &e, QString *why)
{
    *why = Sqlite::messageOf(e);
    m_busy = Sqlite::isBusy(e);
    return false;
}

bool ReadOnlyConnection::rows(
    const QString &sql, const QVariantList &binds, std::vector<QVariantList> *out, QString *why, int limit)
{
    out->clear();
    m_busy = false;
    if (!m_driver) {
        *why = m_error;
        return false;
    }
    QSqlError failure;
    return Sqlite::selectRows(m_driver->database(), sql, binds, out, &failure, limit) || failed(failure, why);
}

bool ReadOnlyConnection::prepares(const QString &sql, QString *why)
{
    m_busy = false;
    if (!m_driver) {
        *why = m_error;
        return false;
    }
    QSqlQuery q(m_driver->database());
    return q.prepare(sql) || failed(q.lastError(), why);
}

} // namespace LockLens
