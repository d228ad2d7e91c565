// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/browsespec.h"
#include "app/core/dbconnection.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QTimer;

namespace LockLens {

class RowCursor;

// The data grid's background reader. Lives in its own thread with its own read-only
// connection; every request is one short statement (no read transaction stays open
// between pages, so WAL checkpoints are never stalled). Results come back through
// callbacks that the caller queues to its own thread.
class PageReader : public QObject
{
    Q_OBJECT
public:
    static constexpr int AnchorStride = 4096; // rows between sampled keys

    explicit PageReader(DatabaseLocation where, QObject *parent = nullptr);
    ~PageReader() override;

    // All of these run in the reader's thread.
    bool open(SqlFailure *error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    // Rows [offset, offset+limit) after `after` (or before it, backwards).
    bool page(const BrowseSpec &spec, const QVariantList &after, bool backwards, qint64 offset, int limit,
        std::vector<QVariantList> *rows, SqlFailure *error);
    bool count(const BrowseSpec &spec, qint64 *n, SqlFailure *error);
    // The key of the row AnchorStride rows after `after`; false with no error at the end.
    bool keyStep(const BrowseSpec &spec, const QVariantList &after, QVariantList *key, SqlFailure *error);
    bool position(const BrowseSpec &spec, const QVariantList &key, qint64 *pos, SqlFailure *error);
    // The ordering key of the first row whose `columns` hold `values` (empty: none).
    bool lookup(const BrowseSpec &spec, const QStringList &columns, const QVariantList &values,
        QVariantList *key, SqlFailure *error);
    // The smallest and largest rowid; false for an empty table.
    bool rowidRange(const BrowseSpec &spec, qint64 *min, qint64 *max, SqlFailure *error);
    // Up to `n` more rows of `cursor` (see RowCursor).
    bool read(RowCursor &cursor, int n, std::vector<QVariantList> *rows, SqlFailure *error);
    // Polls PRAGMA data_version every intervalMs; emits changed() when another connection commits.
    void watch(int intervalMs);

    // Thread-safe: cuts the running statement short (sqlite3_interrupt) where the driver
    // shares LockLens's SQLite; false where it cannot.
    bool interrupt();

Q_SIGNALS:
    void changed();

private:
    void poll();
    bool ensureOpen(SqlFailure *error);
    bool firstRow(const QString &sql, const QVariantList &binds, QVariantList *row, SqlFailure *error);

    DatabaseLocation m_where;
    std::unique_ptr<DbConnection> m_db;
    std::atomic<struct sqlite3 *> m_native { nullptr };
    QTimer *m_timer = nullptr;
    qint64 m_dataVersion = -1;
};

} // namespace LockLens
