// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/browsespec.h"
#include "app/core/dbconnection.h"

#include <memory>
#include <vector>

class QSqlQuery;

namespace LockLens {

// Reads many rows in order, a chunk at a time: what Copy and CSV export read beyond the
// grid's cached pages. For a table with a key (see BrowseSpec) each chunk is one short
// statement that starts after the last row's key, as the grid's own pages do, so no read
// transaction stays open between chunks (a WAL checkpoint is not held up, a writer in
// rollback mode waits one chunk at most) and no chunk costs more than its rows. A view, a
// table without a usable key, and an SQL statement have no key to start again from: their
// rows come from one statement, stepped as they are asked for, whose read lasts until the
// last row or until the cursor is destroyed.
class RowCursor
{
public:
    // Up to `limit` rows (-1: all) of `spec`'s filter and order, starting `offset` rows
    // after the row whose ordering key is `after` (empty: the first row).
    explicit RowCursor(BrowseSpec spec, QVariantList after = {}, qint64 offset = 0, qint64 limit = -1);
    // The rows of `sql`, run as it is (give it a read-only connection).
    static RowCursor forStatement(const QString &sql);
    RowCursor(RowCursor &&) noexcept;
    ~RowCursor();

    // Appends up to `n` more rows to `rows`; none once atEnd(). False (with `error`) when a
    // statement fails. Every call must use the same connection, in the same thread.
    bool next(const DbConnection &db, int n, std::vector<QVariantList> *rows, SqlFailure *error);
    bool atEnd() const { return m_atEnd; }
    // The names of the columns of a statement's rows (known after the first next()).
    const QStringList &columns() const { return m_columns; }

private:
    RowCursor() = default;
    bool nextChunk(const DbConnection &db, int n, std::vector<QVariantList> *rows, SqlFailure *error);
    bool step(const DbConnection &db, int n, std::vector<QVariantList> *rows, SqlFailure *error);

    BrowseSpec m_spec;
    QString m_sql; // a statement's text; empty for a browse
    QVariantList m_after;
    qint64 m_offset = 0;
    qint64 m_left = -1; // rows still to read (-1: no limit)
    bool m_atEnd = false;
    QStringList m_columns;
    std::unique_ptr<QSqlQuery> m_query; // the one statement of a keyless read
};

} // namespace LockLens
