// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/tablemodel.h"

#include "app/core/cellformat.h"
#include "app/core/pagereader.h"
#include "app/core/rowcursor.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

namespace LockLens {

namespace {
constexpr int SampleBudgetMs = 5; // a sampling slice; it also stops early when a page is asked for
} // namespace

TableModel::TableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_generation(std::make_shared<std::atomic<quint64>>(1))
    , m_waitingPages(std::make_shared<std::atomic<int>>(0))
{
}

TableModel::~TableModel()
{
    stopReader();
}

void TableModel::stopReader()
{
    if (!m_thread)
        return;
    m_generation->fetch_add(1); // queued jobs see they are stale and return at once
    m_reader->interrupt();
    // The connection belongs to the reader's thread: close it there, then stop the thread.
    QMetaObject::invokeMethod(
        m_reader, [r = m_reader] { r->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_reader;
    delete m_thread;
    m_reader = nullptr;
    m_thread = nullptr;
}

void TableModel::post(std::function<void(PageReader &)> job) const
{
    QMetaObject::invokeMethod(
        m_reader, [r = m_reader, job = std::move(job)] { job(*r); }, Qt::QueuedConnection);
}

void TableModel::setDatabase(const DatabaseLocation &where)
{
    stopReader();
    m_where = where;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("locklens-pages"));
    m_reader = new PageReader(where);
    m_reader->moveToThread(m_thread);
    connect(m_reader, &PageReader::changed, this, [this] { restart(true); });
    m_thread->start();
    const quint64 reader = ++m_readerId;
    post([this, reader](PageReader &r) {
        SqlFailure f;
        if (!r.open(&f))
            QMetaObject::invokeMethod(
                this,
                [this, reader, msg = f.message] {
                    if (reader == m_readerId) // not about a database since replaced
                        Q_EMIT failed(msg);
                },
                Qt::QueuedConnection);
    });
    if (!m_spec.table.isNull())
        restart(false);
}

void TableModel::setWatchInterval(int intervalMs)
{
    if (m_reader)
        post([intervalMs](PageReader &r) { r.watch(qMax(0, intervalMs)); });
}

void TableModel::setSpec(const BrowseSpec &spec)
{
    m_spec = spec;
    restart(false);
}

void TableModel::setFilters(const std::vector<BrowseSpec::Filter> &filters)
{
    m_spec.filters = filters;
    restart(false);
}

void TableModel::sort(int column, Qt::SortOrder order)
{
    const int specColumn = column - (m_spec.hasRowid() ? 1 : 0);
    if (column < 0 || specColumn >= m_spec.columns.size())
        return;
    m_spec.sortColumn = specColumn < 0 ? -1 : specColumn;
    m_spec.sortDescending = order == Qt::DescendingOrder;
    restart(false);
}

void TableModel::restart(bool keepRows)
{
    const quint64 gen = m_generation->fetch_add(1) + 1;
    if (m_reader)
        m_reader->interrupt(); // a long page or count of the old generation is not waited for
    m_pending.clear();
    m_anchors.clear();
    m_dense.reset();
    m_countKnown = false;
    m_stats.sampled = false;
    if (keepRows) {
        // Another connection committed: the rows stay where they are until the new count
        // arrives, and every visible row is read again.
        m_pages.clear();
        m_lru.clear();
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows) - 1, columnCount() - 1));
        Q_EMIT reloaded();
    } else {
        beginResetModel();
        m_pages.clear();
        m_lru.clear();
        m_rows = 0;
        endResetModel();
    }
    if (!m_reader || m_spec.table.isNull())
        return;
    const BrowseSpec spec = m_spec;
    const auto live = m_generation;
    requestPage(0);
    post([this, spec, gen, live](PageReader &r) {
        if (live->load() != gen)
            return;
        qint64 n = 0;
        SqlFailure f;
        const bool ok = r.count(spec, &n, &f);
        QMetaObject::invokeMethod(
            this, [this, gen, n, msg = ok ? QString() : f.text()] { onCount(gen, n, msg); },
            Qt::QueuedConnection);
    });
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_rows, INT_MAX));
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_spec.fieldCount();
}

QVariantList TableModel::orderKeyOf(const QVariantList &row) const
{
    QVariantList key;
    for (int f : m_spec.keyFields())
        key << row.value(f);
    return key;
}

QVariantList TableModel::keyOf(int row) const
{
    const QVariantList r = cachedRow(row);
    if (r.isEmpty())
        return {};
    QVariantList key;
    if (m_spec.hasRowid())
        key << r.value(0);
    else
        for (const QString &k : m_spec.keyColumns)
            key << r.value(m_spec.fieldOf(int(m_spec.columns.indexOf(k))));
    return key;
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 page = index.row() / PageSize;
    const auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (role == Qt::DisplayRole || role == LoadingRole)
            requestPage(page);
        return role == LoadingRole ? QVariant(true) : QVariant();
    }
    if (it->lru != m_lru.begin())
        m_lru.splice(m_lru.begin(), m_lru, it->lru);
    const std::size_t r = std::size_t(index.row() % PageSize);
    if (r >= it->rows.size())
        return role == LoadingRole ? QVariant(false) : QVariant(); // the table shrank; a reload follows
    const QVariant v = it->rows[r].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::TextAlignmentRole:
        return cellData(v, role);
    case RawValueRole:
        return v;
    case IsNullRole:
        return v.isNull();
    case LoadingRole:
        return false;
    case KeyRole:
        return keyOf(index.row());
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= columnCount())
        return {};
    const bool rowidColumn = m_spec.hasRowid() && section == 0;
    const QString name
        = rowidColumn ? QStringLiteral("rowid") : m_spec.columns.at(section - (m_spec.hasRowid() ? 1 : 0));
    if (role == Qt::DisplayRole)
        return name;
    if (role == Qt::ToolTipRole && rowidColumn)
        return m_spec.columns.contains(m_spec.rowidName)
            ? tr("The rowid: column \"%1\" is another name for it.").arg(m_spec.rowidName)
            : tr("The rowid: the hidden 64-bit key of every row, read as %1.").arg(m_spec.rowidName);
    return {};
}

void TableModel::requestPage(qint64 page) const
{
    if (!m_reader || m_pending.contains(page) || m_spec.table.isNull())
        return;
    const qint64 start = page * PageSize;
    if (m_countKnown && start >= m_rows)
        return;
    const qint64 n = m_countKnown ? qMin<qint64>(PageSize, m_rows - start) : PageSize;
    m_pending.insert(page, true);

    // The cheapest way in: forward from the nearest known key before the page (or the
    // start), or backwards from the nearest known key after it (or the end).
    QVariantList after;
    bool backwards = false;
    qint64 offset = start;
    entryBefore(start, &after, &offset);
    if (!m_dense && m_spec.keyset()) {
        if (m_countKnown) {
            const qint64 end = start + n;
            const auto above = m_anchors.lower_bound(end);
            const qint64 cost = above != m_anchors.end() ? above->first - end : m_rows - end;
            if (cost < offset) {
                backwards = true;
                after = above != m_anchors.end() ? above->second : QVariantList();
                offset = cost;
            }
        }
    }
    const quint64 gen = m_generation->load();
    const auto live = m_generation;
    const BrowseSpec spec = m_spec;
    auto *self = const_cast<TableModel *>(this);
    const auto waiting = m_waitingPages;
    waiting->fetch_add(1);
    post([self, spec, gen, live, waiting, page, after, backwards, offset, n](PageReader &r) {
        waiting->fetch_sub(1);
        if (live->load() != gen)
            return;
        std::vector<QVariantList> rows;
        SqlFailure f;
        const bool ok = r.page(spec, after, backwards, offset, int(n), &rows, &f);
        if (backwards)
            std::reverse(rows.begin(), rows.end());
        QMetaObject::invokeMethod(
            self,
            [self, gen, page, rows = std::move(rows), msg = ok ? QString() : f.text()]() mutable {
                self->onPage(gen, page, std::move(rows), msg);
            },
            Qt::QueuedConnection);
    });
}

void TableModel::entryBefore(qint64 start, QVariantList *after, qint64 *offset) const
{
    after->clear();
    *offset = start;
    if (m_dense) {
        const bool desc = m_spec.sortDescending;
        if (start > 0)
            *after = { desc ? m_dense->second - start + 1 : m_dense->first + start - 1 };
        *offset = 0;
    } else if (m_spec.keyset()) {
        const auto below = m_anchors.upper_bound(start - 1);
        if (below != m_anchors.begin()) {
            const auto a = std::prev(below);
            *after = a->second;
            *offset = start - a->first - 1;
        }
    }
}

QVariantList TableModel::cachedRow(int row) const
{
    const auto it = m_pages.constFind(row / PageSize);
    if (row < 0 || it == m_pages.constEnd() || std::size_t(row % PageSize) >= it->rows.size())
        return {};
    return it->rows[std::size_t(row % PageSize)];
}

void TableModel::fetchRows(qint64 first, qint64 count, QObject *context, RowsDone done)
{
    QPointer<QObject> guard(context);
    const quint64 gen = m_generation->load();
    if (!m_reader || m_spec.table.isNull()) {
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard)
                    done({}, tr("No table is shown."));
            },
            Qt::QueuedConnection);
        return;
    }
    QVariantList after;
    qint64 offset = 0;
    entryBefore(first, &after, &offset);
    const auto live = m_generation;
    const BrowseSpec spec = m_spec;
    post([this, spec, gen, live, after, offset, count, guard, done](PageReader &r) {
        RowCursor cursor(spec, after, offset, count);
        std::vector<QVariantList> rows;
        SqlFailure f;
        bool ok = true;
        while (ok && !cursor.atEnd() && live->load() == gen)
            ok = r.read(cursor, 4 * PageSize, &rows, &f);
        QMetaObject::invokeMethod(
            this,
            [this, gen, guard, done, rows = std::move(rows), msg = ok ? QString() : f.text()]() mutable {
                if (!guard)
                    return;
                if (stale(gen))
                    done({}, tr("The grid changed its table, order or filter before the rows were read."));
                else
                    done(std::move(rows), msg);
            },
            Qt::QueuedConnection);
    });
}

void TableModel::onPage(quint64 generation, qint64 page, std::vector<QVariantList> rows, const QString &error)
{
    if (stale(generation))
        return;
    m_pending.remove(page);
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    ++m_stats.pagesFetched;
    m_stats.rowsFetched += qint64(rows.size());
    const qint64 start = page * PageSize;
    if (!rows.empty() && m_spec.keyset()) {
        m_anchors.emplace(start, orderKeyOf(rows.front()));
        m_anchors.emplace(start + qint64(rows.size()) - 1, orderKeyOf(rows.back()));
    }
    const int n = int(rows.size());
    m_lru.push_front(page);
    m_pages.insert(page, Page { std::move(rows), m_lru.begin() });
    while (m_pages.size() > MaxCachedPages) {
        m_pages.remove(m_lru.back());
        m_lru.pop_back();
    }
    if (!m_countKnown && page == 0 && n > m_rows)
        applyRowCount(n); // rows to show until the count arrives
    const qint64 last = qMin<qint64>(start + n, m_rows) - 1;
    if (last >= start && columnCount() > 0)
        Q_EMIT dataChanged(index(int(start), 0), index(int(last), columnCount() - 1));
    Q_EMIT pageLoaded(start, n);
}

void TableModel::applyRowCount(qint64 n)
{
    n = qMin<qint64>(n, INT_MAX);
    if (n > m_rows) {
        beginInsertRows({}, int(m_rows), int(n - 1));
        m_rows = n;
        endInsertRows();
    } else if (n < m_rows) {
        beginRemoveRows({}, int(n), int(m_rows - 1));
        m_rows = n;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() * PageSize >= n) {
                m_lru.erase(it->lru);
                it = m_pages.erase(it);
            } else {
                ++it;
            }
        }
        endRemoveRows();
    }
}

void TableModel::onCount(quint64 generation, qint64 n, const QString &error)
{
    if (stale(generation))
        return;
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    m_countKnown = true;
    applyRowCount(n);
    Q_EMIT countChanged(n);
    if (m_spec.hasRowid() && m_spec.sortColumn < 0 && m_spec.filters.empty() && n > PageSize)
        checkDense(generation, n);
    else if (m_spec.keyset() && n > PageReader::AnchorStride)
        sampleFrom(generation, -1, {});
}

void TableModel::checkDense(quint64 generation, qint64 count)
{
    const auto live = m_generation;
    const BrowseSpec spec = m_spec;
    post([this, spec, generation, live, count](PageReader &r) {
        if (live->load() != generation)
            return;
        qint64 lo = 0, hi = -1;
        SqlFailure f;
        const bool ok = r.rowidRange(spec, &lo, &hi, &f);
        QMetaObject::invokeMethod(
            this,
            [this, generation, lo, hi, count, ok] {
                if (stale(generation))
                    return;
                if (ok && hi - lo + 1 == count) {
                    m_dense = std::make_pair(lo, hi);
                    m_stats.sampled = true; // nothing to sample: every key is known
                } else if (count > PageReader::AnchorStride) {
                    sampleFrom(generation, -1, {});
                }
            },
            Qt::QueuedConnection);
    });
}

void TableModel::sampleFrom(quint64 generation, qint64 pos, QVariantList key)
{
    const auto live = m_generation;
    const auto waiting = m_waitingPages;
    const BrowseSpec spec = m_spec;
    post([this, spec, generation, live, waiting, pos, key](PageReader &r) {
        std::vector<std::pair<qint64, QVariantList>> found;
        QElapsedTimer budget;
        budget.start();
        qint64 p = pos;
        QVariantList k = key;
        bool more = true;
        while (live->load() == generation && budget.elapsed() < SampleBudgetMs && waiting->load() == 0) {
            QVariantList next;
            SqlFailure f;
            if (!r.keyStep(spec, k, &next, &f)) {
                more = false;
                break;
            }
            p += PageReader::AnchorStride;
            k = next;
            found.emplace_back(p, k);
        }
        if (live->load() != generation)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, generation, found = std::move(found), more, p, k]() mutable {
                onAnchors(generation, std::move(found));
                if (stale(generation))
                    return;
                if (more)
                    sampleFrom(generation, p, k);
                else
                    m_stats.sampled = true;
            },
            Qt::QueuedConnection);
    });
}

void TableModel::onAnchors(quint64 generation, std::vector<std::pair<qint64, QVariantList>> anchors)
{
    if (stale(generation))
        return;
    for (auto &a : anchors)
        m_anchors.insert_or_assign(a.first, std::move(a.second));
}

void TableModel::locate(const QStringList &columns, const QVariantList &values)
{
    if (!m_reader)
        return;
    const quint64 gen = m_generation->load();
    if (!m_spec.keyset()) { // a view has no key to find a row by
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT located(-1); }, Qt::QueuedConnection);
        return;
    }
    const auto live = m_generation;
    const BrowseSpec spec = m_spec;
    post([this, spec, gen, live, columns, values](PageReader &r) {
        if (live->load() != gen)
            return;
        qint64 pos = -1;
        SqlFailure f;
        QVariantList key;
        bool ok = r.lookup(spec, columns, values, &key, &f);
        if (ok && !key.isEmpty())
            ok = r.position(spec, key, &pos, &f);
        QMetaObject::invokeMethod(
            this,
            [this, gen, pos, msg = ok ? QString() : f.text()] {
                if (stale(gen))
                    return;
                if (!msg.isEmpty())
                    Q_EMIT failed(msg);
                else
                    Q_EMIT located(pos);
            },
            Qt::QueuedConnection);
    });
}

TableModel::Stats TableModel::stats() const
{
    Stats s = m_stats;
    s.cachedPages = int(m_pages.size());
    s.anchors = int(m_anchors.size());
    return s;
}

} // namespace LockLens
