// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/browser/relatedpanel.h"

#include "app/core/sqlsession.h"
#include "widgets/common/icons.h"

#include <QHeaderView>
#include <QLocale>

#include <memory>

namespace LockLens {

RelatedRowsPanel::RelatedRowsPanel(QWidget *parent)
    : QTreeWidget(parent)
    , m_session(new SqlSession(this))
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    setColumnCount(2);
    setHeaderLabels({ tr("Related rows"), tr("Rows") });
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setUniformRowHeights(true);
    setRootIsDecorated(true);
    connect(this, &QTreeWidget::itemActivated, this, &RelatedRowsPanel::activate);
}

RelatedRowsPanel::~RelatedRowsPanel() = default;

void RelatedRowsPanel::setDatabase(const DatabaseLocation &where)
{
    m_generation->fetch_add(1); // answers about the previous database are dropped
    clear();
    m_session->open(where, DbConnection::Access::ReadOnly, 1000);
}

void RelatedRowsPanel::setSchema(const Catalog::Schema &schema)
{
    m_schema = schema;
    m_generation->fetch_add(1);
    clear();
}

void RelatedRowsPanel::showRow(const QString &table, const QVariantMap &row)
{
    const quint64 generation = m_generation->fetch_add(1) + 1;
    if (row.isEmpty()) {
        clear();
        return;
    }
    auto answer = std::make_shared<std::vector<Related::Reference>>();
    const Catalog::Schema schema = m_schema;
    const auto live = m_generation;
    m_session->post(
        [answer, schema, table, row, live, generation](DbConnection *db) {
            // Moving along the grid queues a lookup per row: only the last one is made.
            if (db && live->load() == generation)
                *answer = Related::lookUp(*db, schema, table, row, Limit);
        },
        this,
        [this, answer, generation] {
            if (generation != m_generation->load())
                return; // the user has moved on to another row
            fill(*answer);
            Q_EMIT lookedUp();
        });
}

void RelatedRowsPanel::fill(const std::vector<Related::Reference> &refs)
{
    clear();
    const QLocale locale;
    for (const Related::Reference &ref : refs) {
        auto *top = new QTreeWidgetItem(this);
        top->setIcon(0,
            ref.fk.problem != Catalog::FkProblem::None ? Icons::warning()
                : ref.outgoing                         ? Icons::link()
                                                       : Icons::incomingLink());
        top->setText(0,
            ref.outgoing ? tr("%1 (parent)").arg(ref.describe()) : tr("%1 (children)").arg(ref.describe()));
        top->setToolTip(0,
            ref.outgoing
                ? tr("This row's %1 refers to %2.").arg(ref.fk.from.join(QLatin1String(", ")), ref.fk.parent)
                : tr("Rows of %1 whose %2 refer to this row.")
                      .arg(ref.otherTable, ref.otherColumns.join(QLatin1String(", "))));
        QString rows;
        if (!ref.error.isEmpty()) {
            rows = tr("cannot look up");
            top->setToolTip(0, ref.error);
            top->setForeground(0, QBrush(Icons::warningColor()));
        } else if (ref.nullKey) {
            rows = tr("NULL: refers to nothing");
        } else if (ref.outgoing && ref.keys.empty()) {
            rows = tr("missing: a violation");
            top->setIcon(0, Icons::warning());
            top->setForeground(0, QBrush(Icons::warningColor()));
            top->setToolTip(0,
                tr("No row of %1 holds this key; PRAGMA foreign_key_check reports this row.")
                    .arg(ref.otherTable));
        } else if (ref.count >= 0) {
            rows = locale.toString(ref.count);
        } else {
            rows = tr("%1+").arg(locale.toString(qint64(ref.keys.size())));
            top->setToolTip(0,
                top->toolTip(0) + QLatin1Char('\n')
                    + tr("Not counted: no index on %1(%2), so counting would read the whole table.")
                          .arg(ref.otherTable, ref.otherColumns.join(QLatin1String(", "))));
        }
        top->setText(1, rows);
        top->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        for (std::size_t i = 0; i < ref.keys.size(); ++i) {
            auto *child = new QTreeWidgetItem(top, { ref.labels.value(int(i)) });
            child->setData(0, TableRole, ref.otherTable);
            child->setData(0, KeyColumnsRole, ref.keyColumns);
            child->setData(0, KeyRole, ref.keys[i]);
            child->setToolTip(0, tr("Double-click to open this row of %1").arg(ref.otherTable));
        }
        if (ref.more) {
            auto *more = new QTreeWidgetItem(
                top, { tr("… more rows: open %1 and filter to see them all").arg(ref.otherTable) });
            more->setDisabled(true);
        }
        top->setExpanded(ref.outgoing || ref.keys.size() <= 10);
    }
    if (refs.empty()) {
        auto *none = new QTreeWidgetItem(this, { tr("No foreign keys lead to or from this table.") });
        none->setDisabled(true);
    }
}

void RelatedRowsPanel::activate(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, KeyRole).isValid())
        return;
    Q_EMIT openRow(item->data(0, TableRole).toString(), item->data(0, KeyColumnsRole).toStringList(),
        item->data(0, KeyRole).toList());
}

} // namespace LockLens
