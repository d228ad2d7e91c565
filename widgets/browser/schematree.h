// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/catalog.h"

#include <QTreeWidget>

namespace LockLens {

// The schema at a glance: tables (with how their rows are addressed), views, indexes,
// triggers; columns with type, affinity, NOT NULL, default, key position and collation;
// foreign keys both ways, the broken ones marked, each with a one-sentence tooltip.
class SchemaTree : public QTreeWidget
{
    Q_OBJECT
public:
    enum Role { ObjectNameRole = Qt::UserRole, ObjectKindRole, RowKeyColumnsRole, RowKeyRole };
    enum Kind {
        TableKind = 1,
        ViewKind,
        IndexKind,
        TriggerKind,
        ColumnKind,
        ForeignKeyKind,
        GroupKind,
        ViolationKind,
        InfoKind
    };

    explicit SchemaTree(QWidget *parent = nullptr);
    void setSchema(const Catalog::Schema &schema);
    // Says "locked" where the tables would be: another connection keeps them from being
    // read (`why`, in the tooltip).
    void showLocked(const QString &why);
    // Empty, as with no database open.
    void clearAll();
    // Selects the table's item (no signal).
    void selectTable(const QString &name);

Q_SIGNALS:
    void tableActivated(const QString &name);
    // A foreign-key violation was activated: open `table` on the row whose `columns` hold `values`.
    void rowRequested(const QString &table, const QStringList &columns, const QVariantList &values);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QTreeWidgetItem *tableItem(const Catalog::Schema &s, const Catalog::Table &t);
    void addForeignKeyGroup(const Catalog::Schema &s);
    void activate(QTreeWidgetItem *item);
    void fitNameColumn();

    QTreeWidgetItem *m_autoExpanded = nullptr; // the table selectTable expanded last
    bool m_fitting = false; // the name column is being sized by fitNameColumn
    bool m_userSized = false; // the user has dragged its edge
};

} // namespace LockLens
