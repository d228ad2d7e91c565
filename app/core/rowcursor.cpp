// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/rowcursor.h"

#include "workers/sqlite/driverconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace LockLens {

RowCursor::RowCursor(BrowseSpec spec, QVariantList after, qint64 offset, qint64 limit)
    : m_spec(std::move(spec))
    , m_after(std::move(after))
    , m_offset(offset)
    , m_left(limit)
    , m_atEnd(limit == 0)
{
}

RowCursor RowCursor::forStatement(const QString &sql)
{
    RowCursor c;
    c.m_sql = sql;
    return c;
}

RowCursor::RowCursor(RowCursor &&) noexcept = default;
RowCursor::~RowCursor() = default;

bool RowCursor::next(const DbConnection &db, int n, std::vector<QVariantList> *rows, SqlFailure *error)
{
    if (m_atEnd || n <= 0)
        return true;
    if (m_left >= 0)
        n = int(qMin<qint64>(n, m_left));
    const std::size_t before = rows->size();
    const bool ok
        = m_sql.isEmpty() && m_spec.keyset() ? nextChunk(db, n, rows, error) : step(db, n, rows, error);
    const qint64 got = qint64(rows->size() - before);
    if (m_left >= 0) {
        m_left -= got;
        m_atEnd = m_atEnd || m_left == 0;
    }
    if (!ok || m_atEnd)
        m_query.reset(); // no statement stays open: it would hold a read lock
    return ok;
}

bool RowCursor::nextChunk(const DbConnection &db, int n, std::vector<QVariantList> *rows, SqlFailure *error)
{
    QVariantList binds;
    const QString sql = m_spec.pageSql(m_after, false, &binds);
    binds << n << m_offset;
    std::vector<QVariantList> chunk;
    if (!db.select(sql, binds, &chunk, error))
        return false;
    m_offset = 0;
    m_atEnd = int(chunk.size()) < n;
    if (!chunk.empty()) {
        m_after.clear();
        for (int f : m_spec.keyFields())
            m_after << chunk.back().value(f);
    }
    std::move(chunk.begin(), chunk.end(), std::back_inserter(*rows));
    return true;
}

bool RowCursor::step(const DbConnection &db, int n, std::vector<QVariantList> *rows, SqlFailure *error)
{
    if (!m_query) {
        m_query = std::make_unique<QSqlQuery>(db.database());
        m_query->setForwardOnly(true);
        bool ok = false;
        if (m_sql.isEmpty()) {
            QVariantList binds;
            const QString sql = m_spec.pageSql(m_after, false, &binds);
            binds << (m_left >= 0 ? m_left : -1) << m_offset;
            ok = Sqlite::execBound(*m_query, sql, binds);
        } else {
            ok = m_query->exec(m_sql);
        }
        if (!ok) {
            *error = sqlFailureFrom(m_query->lastError());
            return false;
        }
        const QSqlRecord rec = m_query->record();
        for (int i = 0; i < rec.count(); ++i)
            m_columns << rec.fieldName(i);
    }
    const int width = int(m_columns.size());
    for (int i = 0; i < n; ++i) {
        if (!m_query->next()) {
            m_atEnd = true;
            if (m_query->lastError().isValid()) { // a step failed part-way
                *error = sqlFailureFrom(m_query->lastError());
                return false;
            }
            return true;
        }
        QVariantList row;
        row.reserve(width);
        for (int c = 0; c < width; ++c)
            row << m_query->value(c);
        rows->push_back(std::move(row));
    }
    return true;
}

} // namespace LockLens
