// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/pagereader.h"

#include "app/core/rowcursor.h"

#include <QTimer>

#include <sqlite3.h>

namespace LockLens {

PageReader::PageReader(DatabaseLocation where, QObject *parent)
    : QObject(parent)
    , m_where(std::move(where))
{
}

PageReader::~PageReader()
{
    close();
}

bool PageReader::open(SqlFailure *error)
{
    m_db = DbConnection::open(m_where, DbConnection::Access::ReadOnly, QStringLiteral("pages"), error);
    if (!m_db)
        return false;
    m_native.store(m_db->native());
    // The baseline: any commit by another connection from now on is noticed.
    m_dataVersion = m_db->value(QStringLiteral("PRAGMA data_version")).toLongLong();
    return true;
}

void PageReader::close()
{
    if (m_timer)
        m_timer->stop();
    m_native.store(nullptr);
    m_db.reset();
}

bool PageReader::interrupt()
{
    // The handle is only cleared before the connection closes, in the reader's thread;
    // sqlite3_interrupt on an open connection is safe from any thread.
    sqlite3 *h = m_native.load();
    if (!h)
        return false;
    sqlite3_interrupt(h);
    return true;
}

bool PageReader::ensureOpen(SqlFailure *error)
{
    return m_db || open(error); // a failed open (a lock since released, say) is tried again
}

bool PageReader::firstRow(const QString &sql, const QVariantList &binds, QVariantList *row, SqlFailure *error)
{
    if (!ensureOpen(error))
        return false;
    std::vector<QVariantList> rows;
    if (!m_db->select(sql, binds, &rows, error))
        return false;
    *row = rows.empty() ? QVariantList() : rows.front();
    return true;
}

bool PageReader::page(const BrowseSpec &spec, const QVariantList &after, bool backwards, qint64 offset,
    int limit, std::vector<QVariantList> *rows, SqlFailure *error)
{
    if (!ensureOpen(error))
        return false;
    QVariantList binds;
    const QString sql = spec.pageSql(after, backwards, &binds);
    binds << limit << offset;
    return m_db->select(sql, binds, rows, error);
}

bool PageReader::read(RowCursor &cursor, int n, std::vector<QVariantList> *rows, SqlFailure *error)
{
    return ensureOpen(error) && cursor.next(*m_db, n, rows, error);
}

bool PageReader::count(const BrowseSpec &spec, qint64 *n, SqlFailure *error)
{
    QVariantList binds, row;
    const QString sql = spec.countSql(&binds);
    if (!firstRow(sql, binds, &row, error))
        return false;
    *n = row.value(0).toLongLong();
    return true;
}

bool PageReader::keyStep(
    const BrowseSpec &spec, const QVariantList &after, QVariantList *key, SqlFailure *error)
{
    QVariantList binds;
    const QString sql = spec.keyStepSql(after, &binds);
    // From the start the first anchor is row AnchorStride - 1; from an anchor at row p the
    // next is row p + AnchorStride.
    binds << AnchorStride - 1;
    *error = {};
    return firstRow(sql, binds, key, error) && !key->isEmpty();
}

bool PageReader::position(const BrowseSpec &spec, const QVariantList &key, qint64 *pos, SqlFailure *error)
{
    QVariantList binds, row;
    const QString sql = spec.positionSql(key, &binds);
    if (!firstRow(sql, binds, &row, error))
        return false;
    *pos = row.value(0).toLongLong();
    return true;
}

bool PageReader::lookup(const BrowseSpec &spec, const QStringList &columns, const QVariantList &values,
    QVariantList *key, SqlFailure *error)
{
    QVariantList binds;
    const QString sql = spec.lookupSql(columns, values, &binds);
    return firstRow(sql, binds, key, error);
}

bool PageReader::rowidRange(const BrowseSpec &spec, qint64 *min, qint64 *max, SqlFailure *error)
{
    QVariantList row;
    if (!firstRow(spec.rowidRangeSql(), {}, &row, error) || row.value(0).isNull())
        return false;
    *min = row.value(0).toLongLong();
    *max = row.value(1).toLongLong();
    return true;
}

void PageReader::watch(int intervalMs)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &PageReader::poll);
    }
    m_timer->start(intervalMs);
}

void PageReader::poll()
{
    if (!m_db)
        return;
    const QVariant v = m_db->value(QStringLiteral("PRAGMA data_version"));
    if (!v.isValid())
        return;
    const qint64 now = v.toLongLong();
    const bool moved = m_dataVersion >= 0 && now != m_dataVersion;
    m_dataVersion = now;
    if (moved)
        Q_EMIT changed();
}

} // namespace LockLens
