// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/browser/datagrid.h"

#include "app/core/tablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStackedWidget>
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
    m_view->setTabKeyNavigation(false); // Tab leaves the grid; the arrows move inside it
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
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("gridMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(24);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack);

    createActions();
    showMessage(tr("No database is open: File ▸ Open (Ctrl+O), or drop a database file here."));

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
    // The table shown so far belongs to the old database: never read it from the new one.
    showMessage(tr("Reading the schema…"));
    m_model->setDatabase(where);
    m_model->setWatchInterval(1000);
}

void DataGrid::showMessage(const QString &text)
{
    resetView({});
    m_model->setSpec(BrowseSpec());
    m_title->clear();
    m_title->setToolTip(QString());
    m_count->clear();
    const QSignalBlocker block(m_filterColumn);
    m_filterColumn->clear();
    m_filterColumn->hide();
    m_filter->hide();
    m_exportAction->setEnabled(false);
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

QString DataGrid::messageText() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void DataGrid::resetView(const Catalog::Table &table)
{
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->blockSignals(false);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_fitted = false;
    m_table = table;
    m_pendingRow = -1;
    m_selectColumn = 0;
    if (!m_reported.isEmpty()) { // the row shown so far belongs to the old table
        m_reported.clear();
        Q_EMIT currentRowChanged(table.name, {});
    }
}

void DataGrid::showTable(const Catalog::Table &table)
{
    GridPlace place;
    place.table = table.name;
    restore(table, place);
}

GridPlace DataGrid::place() const
{
    GridPlace p;
    p.table = tableName();
    if (p.table.isEmpty())
        return p;
    p.filterColumn = m_filterColumn->currentIndex();
    p.filterText = m_filter->text();
    p.sortColumn = m_model->spec().sortColumn;
    p.sortDescending = m_model->spec().sortDescending;
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        p.row = current.row();
        p.column = current.column();
        p.key = m_model->keyOf(current.row());
        if (!p.key.isEmpty())
            p.keyColumns = m_model->spec().uniqueKey();
    }
    return p;
}

void DataGrid::restore(const Catalog::Table &table, const GridPlace &place)
{
    resetView(table);
    m_stack->setCurrentWidget(m_view);
    m_filterColumn->show();
    m_filter->show();
    m_exportAction->setEnabled(true);
    BrowseSpec spec = BrowseSpec::forTable(table);
    const auto columns = int(spec.columns.size());
    if (place.sortColumn < columns) {
        spec.sortColumn = place.sortColumn;
        spec.sortDescending = place.sortDescending;
    }
    BrowseSpec::Filter filter;
    QString why;
    if (place.filterColumn >= 0 && place.filterColumn < columns && !place.filterText.trimmed().isEmpty()
        && BrowseSpec::parseFilter(place.filterText, &filter, &why)) {
        filter.column = place.filterColumn;
        spec.filters.push_back(filter);
    }
    m_model->setSpec(spec);
    m_title->setText(table.name);
    m_title->setToolTip(table.view ? tr("View") : Catalog::rowidExplanation(table));
    m_count->setText(tr("counting rows…"));
    {
        const QSignalBlocker block(m_filterColumn);
        m_filterColumn->clear();
        m_filterColumn->addItems(spec.columns);
        m_filterColumn->setCurrentIndex(qBound(0, place.filterColumn, columns - 1));
    }
    {
        const QSignalBlocker block(m_filter);
        m_filter->setText(spec.filters.empty() ? QString() : place.filterText);
    }
    {
        const QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(
            spec.sortColumn >= 0 ? spec.fieldOf(spec.sortColumn) : -1,
            spec.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    m_selectColumn = qBound(0, place.column, spec.fieldCount() - 1);
    if (!place.key.isEmpty())
        locate(place.keyColumns, place.key);
    else if (place.row >= 0)
        m_pendingRow = place.row; // selected when the count reaches it
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
    const QModelIndex index = m_model->index(int(row), m_selectColumn);
    m_view->selectRow(int(row));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
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

void DataGrid::createActions()
{
    m_findAction = new QAction(tr("Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findAction->setToolTip(tr("Filter the rows (Ctrl+F)"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(m_findAction);
    m_copyAction = new QAction(tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut); // the filter box keeps its own Ctrl+C
    m_copyAction->setStatusTip(tr("Copy the selected cells as tab-separated text"));
    connect(m_copyAction, &QAction::triggered, this, [this] { copySelection(false); });
    m_view->addAction(m_copyAction);
    m_copyHeadersAction = new QAction(tr("Copy with &Headers"), this);
    m_copyHeadersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyHeadersAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyHeadersAction->setStatusTip(
        tr("Copy the selected cells as tab-separated text, column names first"));
    connect(m_copyHeadersAction, &QAction::triggered, this, [this] { copySelection(true); });
    m_view->addAction(m_copyHeadersAction);
    m_exportAction = new QAction(tr("Export Rows as &CSV…"), this);
    m_exportAction->setStatusTip(tr("Write the rows the grid shows (its filter and order) to a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &DataGrid::exportCsvAs);
}

void DataGrid::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_copyAction);
    menu.addAction(m_copyHeadersAction);
    menu.addAction(m_exportAction);
    menu.addSeparator();
    for (const Catalog::ForeignKey *fk : foreignKeysAt(index.column())) {
        const QVariantList values = foreignKeyValues(*fk, index.row());
        QAction *a = menu.addAction(tr("Open the parent row in %1").arg(fk->parent));
        a->setEnabled(!values.isEmpty());
        if (values.isEmpty())
            a->setText(tr("Open the parent row in %1 (a NULL in the key refers to nothing)").arg(fk->parent));
        const Catalog::ForeignKey key = *fk;
        connect(a, &QAction::triggered, this, [this, key, values] { Q_EMIT followRequested(key, values); });
    }
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
