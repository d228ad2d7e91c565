// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/browsespec.h"
#include "app/core/dbconnection.h"

#include <QAbstractTableModel>
#include <QHash>

#include <atomic>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <optional>

class QThread;

namespace LockLens {

class PageReader;

// The data grid's model: any table or view, of any size. Rows are read in keyset pages on
// a background read-only connection (see BrowseSpec and PageReader), only the pages a view
// asks for, and at most MaxCachedPages stay in memory. The row count is counted in the
// background; keys sampled every PageReader::AnchorStride rows make a jump to any row
// cost one short statement. When another connection commits (PRAGMA data_version moves)
// the cached pages are dropped and read again. GUI-free: styling is left to the view.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole, // the value as SQLite returned it
        IsNullRole, // true for SQL NULL
        LoadingRole, // true while the row's page is being read
        KeyRole, // the row's key (QVariantList), for following foreign keys
    };
    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 64;

    explicit TableModel(QObject *parent = nullptr);
    ~TableModel() override;

    // Opens the background connection; failures come back through failed().
    void setDatabase(const DatabaseLocation &where);
    const DatabaseLocation &location() const { return m_where; }
    void setSpec(const BrowseSpec &spec);
    const BrowseSpec &spec() const { return m_spec; }
    void setFilters(const std::vector<BrowseSpec::Filter> &filters);
    // Polls PRAGMA data_version every intervalMs (0: stop) and reloads on change.
    void setWatchInterval(int intervalMs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    bool countKnown() const { return m_countKnown; }
    qint64 totalRows() const { return m_rows; }
    // The unique key (rowid, or primary key values) of a loaded row; empty if its page is
    // not in memory or the table has no key.
    QVariantList keyOf(int row) const;
    // Finds the first row whose `columns` hold `values` (in the current order and filter):
    // located(row), or located(-1) when there is none. E.g. uniqueKey() and keyOf(row).
    void locate(const QStringList &columns, const QVariantList &values);
    // Reads rows [first, first + count) of the current order and filter in the background,
    // beside the pages and without touching their cache: a chunk per statement, from the
    // nearest known key (see RowCursor). done(rows, error) follows in `context`'s thread;
    // when the table, its order or its filter changes first, with an error saying so.
    using RowsDone = std::function<void(std::vector<QVariantList> rows, const QString &error)>;
    void fetchRows(qint64 first, qint64 count, QObject *context, RowsDone done);
    // A row of a page in memory (empty when its page is not).
    QVariantList cachedRow(int row) const;

    struct Stats
    {
        qint64 pagesFetched = 0;
        qint64 rowsFetched = 0;
        int cachedPages = 0;
        int anchors = 0;
        bool sampled = false; // every AnchorStride-th key is known
    };
    Stats stats() const;

Q_SIGNALS:
    void countChanged(qint64 rows);
    void pageLoaded(qint64 firstRow, int rows);
    void located(qint64 row);
    void failed(const QString &message);
    void reloaded(); // after another connection changed the database

private:
    struct Page
    {
        std::vector<QVariantList> rows;
        std::list<qint64>::iterator lru;
    };
    void restart(bool keepRows);
    void stopReader();
    void requestPage(qint64 page) const;
    // The nearest known way in to row `start` from before it: the ordering key of an
    // earlier row (empty: the first row) and how many rows lie between.
    void entryBefore(qint64 start, QVariantList *after, qint64 *offset) const;
    void onPage(quint64 generation, qint64 page, std::vector<QVariantList> rows, const QString &error);
    void onCount(quint64 generation, qint64 n, const QString &error);
    void onAnchors(quint64 generation, std::vector<std::pair<qint64, QVariantList>> anchors);
    void sampleFrom(quint64 generation, qint64 pos, QVariantList key);
    void checkDense(quint64 generation, qint64 count);
    void applyRowCount(qint64 n);
    QVariantList orderKeyOf(const QVariantList &row) const;
    void post(std::function<void(PageReader &)> job) const;
    bool stale(quint64 generation) const { return generation != m_generation->load(); }

    BrowseSpec m_spec;
    DatabaseLocation m_where;
    quint64 m_readerId = 0; // which setDatabase() the reader is of
    QThread *m_thread = nullptr;
    PageReader *m_reader = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_generation; // shared with queued reader jobs
    std::shared_ptr<std::atomic<int>> m_waitingPages; // page jobs queued: sampling yields to them
    qint64 m_rows = 0; // what rowCount() says
    bool m_countKnown = false;
    mutable QHash<qint64, Page> m_pages;
    mutable std::list<qint64> m_lru; // most recent first
    mutable QHash<qint64, bool> m_pending;
    std::map<qint64, QVariantList> m_anchors; // row position -> key of that row
    // Rowids min..max with no gaps (key order, no filter): row p is rowid min + p, exactly.
    std::optional<std::pair<qint64, qint64>> m_dense;
    Stats m_stats;
};

} // namespace LockLens
