// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagrid.h"

#include "tablemodel.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace LockLens {

namespace {

// Draws child values of foreign keys as links (a click follows them); NULL refers to
// nothing and stays plain.
class LinkDelegate : public QStyledItemDelegate
{
public:
    LinkDelegate(const DataGrid *grid, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_grid(grid)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto keys = m_grid->foreignKeysAt(index.column());
        if (keys.empty() || m_grid->foreignKeyValues(*keys.front(), index.row()).isEmpty())
            return;
        option->font.setUnderline(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
    }

private:
    const DataGrid *m_grid;
};

} // namespace

DataGrid::DataGrid(QWidget *parent)
    : QWidget(parent)
    , m_model(new TableModel(this))
{
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_count = new QLabel(this);
    m_filterColumn = new QComboBox(this);
    m_filterColumn->setToolTip(tr("The column to filter"));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter: text, =5, >10, <>x, NULL, NOT NULL"));
    m_filter->setClearButtonEnabled(true);
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filterDelay, &QTimer::timeout, this, &DataGrid::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterColumn, &QComboBox::currentIndexChanged, this, &DataGrid::applyFilter);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new LinkDelegate(this, m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::clicked, this, &DataGrid::onClicked);
    connect(m_view, &QWidget::customContextMenuRequested, this, &DataGrid::showContextMenu);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DataGrid::reportCurrentRow);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addWidget(m_count);
    bar->addStretch();
    bar->addWidget(m_filterColumn);
    bar->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_model, &TableModel::countChanged, this, &DataGrid::updateCount);
    // Fit the columns to the first rows shown (only loaded rows are measured).
    connect(m_model, &TableModel::pageLoaded, this, [this](qint64 first) {
        if (!m_fitted && first == 0) {
            m_fitted = true;
            m_view->resizeColumnsToContents();
            for (int c = 0; c < m_model->columnCount(); ++c)
                m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 320));
        }
    });
    connect(m_model, &TableModel::failed, this, &DataGrid::message);
    connect(m_model, &TableModel::located, this, &DataGrid::onLocated);
    connect(m_model, &TableModel::pageLoaded, this, &DataGrid::reportCurrentRow);
    connect(m_model, &TableModel::modelReset, this, &DataGrid::reportCurrentRow);
}

void DataGrid::setDatabase(const DatabaseLocation &where)
{
    m_model->setDatabase(where);
    m_model->setWatchInterval(1000);
}

void DataGrid::showTable(const Catalog::Table &table)
{
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->blockSignals(false);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_fitted = false;
    m_table = table;
    m_pendingRow = -1;
    if (!m_reported.isEmpty()) { // the row shown so far belongs to the old table
        m_reported.clear();
        Q_EMIT currentRowChanged(table.name, {});
    }
    m_model->setSpec(BrowseSpec::forTable(table));
    m_title->setText(table.name);
    m_title->setToolTip(table.view ? tr("View") : Catalog::rowidExplanation(table));
    m_count->setText(tr("counting rows…"));
    const QSignalBlocker block(m_filterColumn);
    m_filterColumn->clear();
    m_filterColumn->addItems(m_model->spec().columns);
}

QString DataGrid::tableName() const
{
    return m_model->spec().table;
}

void DataGrid::updateCount()
{
    const QString n = QLocale().toString(m_model->totalRows());
    m_count->setText(m_model->spec().filters.empty() ? tr("%1 rows").arg(n) : tr("%1 rows match").arg(n));
    if (m_pendingRow >= 0 && m_pendingRow < m_model->rowCount())
        selectRow(std::exchange(m_pendingRow, -1));
}

void DataGrid::locate(const QStringList &columns, const QVariantList &values)
{
    QStringList shown;
    for (const QVariant &v : values)
        shown << (v.isNull() ? QStringLiteral("NULL") : v.toString());
    m_locateWhat = tr("%1(%2) = %3")
                       .arg(tableName(), columns.join(QLatin1String(", ")), shown.join(QLatin1String(", ")));
    m_pendingRow = -1;
    m_model->locate(columns, values);
}

void DataGrid::onLocated(qint64 row)
{
    Q_EMIT rowLocated(row);
    if (row < 0) {
        Q_EMIT message(tr("No row has %1.").arg(m_locateWhat));
        return;
    }
    if (row < m_model->rowCount())
        selectRow(row);
    else
        m_pendingRow = row; // selected when the count reaches it
}

void DataGrid::selectRow(qint64 row)
{
    const QModelIndex index = m_model->index(int(row), 0);
    m_view->setCurrentIndex(index);
    m_view->selectRow(int(row));
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setFocus();
}

QVariantMap DataGrid::rowValues(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= m_model->rowCount())
        return out;
    const BrowseSpec &spec = m_model->spec();
    if (m_model->index(row, 0).data(TableModel::LoadingRole).toBool())
        return out;
    for (int c = 0; c < spec.columns.size(); ++c)
        out.insert(spec.columns.at(c), m_model->index(row, spec.fieldOf(c)).data(TableModel::RawValueRole));
    if (spec.hasRowid() && !out.contains(spec.rowidName))
        out.insert(spec.rowidName, m_model->index(row, 0).data(TableModel::RawValueRole));
    return out;
}

std::vector<const Catalog::ForeignKey *> DataGrid::foreignKeysAt(int column) const
{
    std::vector<const Catalog::ForeignKey *> out;
    const BrowseSpec &spec = m_model->spec();
    const int c = column - (spec.hasRowid() ? 1 : 0);
    if (c < 0 || c >= spec.columns.size())
        return out;
    for (const Catalog::ForeignKey &fk : m_table.foreignKeys)
        if (fk.from.contains(spec.columns.at(c), Qt::CaseInsensitive))
            out.push_back(&fk);
    return out;
}

QVariantList DataGrid::foreignKeyValues(const Catalog::ForeignKey &fk, int row) const
{
    const BrowseSpec &spec = m_model->spec();
    QVariantList out;
    for (const QString &name : fk.from) {
        int c = -1;
        for (int i = 0; i < spec.columns.size() && c < 0; ++i)
            if (spec.columns.at(i).compare(name, Qt::CaseInsensitive) == 0)
                c = i;
        const QModelIndex index = m_model->index(row, c < 0 ? 0 : spec.fieldOf(c));
        // A key with a NULL in it refers to nothing (SQLite does not check it).
        if (c < 0 || index.data(TableModel::LoadingRole).toBool()
            || index.data(TableModel::IsNullRole).toBool())
            return {};
        out << index.data(TableModel::RawValueRole);
    }
    return out;
}

void DataGrid::onClicked(const QModelIndex &index)
{
    const auto fks = foreignKeysAt(index.column());
    if (fks.empty())
        return;
    const QVariantList values = foreignKeyValues(*fks.front(), index.row());
    if (!values.isEmpty())
        Q_EMIT followRequested(*fks.front(), values);
}

void DataGrid::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    for (const Catalog::ForeignKey *fk : foreignKeysAt(index.column())) {
        const QVariantList values = foreignKeyValues(*fk, index.row());
        QAction *a = menu.addAction(tr("Open the parent row in %1").arg(fk->parent));
        a->setEnabled(!values.isEmpty());
        if (values.isEmpty())
            a->setText(tr("Open the parent row in %1 (a NULL in the key refers to nothing)").arg(fk->parent));
        const Catalog::ForeignKey key = *fk;
        connect(a, &QAction::triggered, this, [this, key, values] { Q_EMIT followRequested(key, values); });
    }
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void DataGrid::reportCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    const QVariantMap row = current.isValid() ? rowValues(current.row()) : QVariantMap();
    if (row.isEmpty() && current.isValid())
        return; // still loading: pageLoaded brings it
    if (row == m_reported)
        return;
    m_reported = row;
    Q_EMIT currentRowChanged(tableName(), row);
}

void DataGrid::applyFilter()
{
    m_filterDelay->stop();
    std::vector<BrowseSpec::Filter> filters;
    const QString typed = m_filter->text();
    if (!typed.trimmed().isEmpty() && m_filterColumn->currentIndex() >= 0) {
        BrowseSpec::Filter f;
        QString why;
        if (!BrowseSpec::parseFilter(typed, &f, &why)) {
            Q_EMIT message(tr("Filter: %1").arg(why));
            return;
        }
        f.column = m_filterColumn->currentIndex();
        filters.push_back(f);
    }
    m_count->setText(tr("counting rows…"));
    m_model->setFilters(filters);
}

} // namespace LockLens
