// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagrid.h"

#include "tablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace LockLens {

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
