// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/browser/schematree.h"

#include "app/core/browsespec.h"
#include "widgets/common/icons.h"

#include <QHeaderView>

namespace LockLens {

using namespace Catalog;

SchemaTree::SchemaTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({ tr("Name"), tr("Details") });
    // Sized to what is expanded, but never past 55 % of the width, so that the details
    // stay in view (a longer line is elided; its tooltip is whole). Once the user drags
    // the column's edge, the width is theirs.
    header()->setSectionResizeMode(0, QHeaderView::Interactive);
    header()->setStretchLastSection(true);
    connect(header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == 0 && !m_fitting)
            m_userSized = true;
    });
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const int kind = item->data(0, ObjectKindRole).toInt();
        if (kind == TableKind || kind == ViewKind)
            Q_EMIT tableActivated(item->data(0, ObjectNameRole).toString());
    });
    connect(this, &QTreeWidget::itemActivated, this, &SchemaTree::activate);
    // A table the user expands or collapses by hand is theirs: selectTable leaves it so.
    const auto touched = [this](QTreeWidgetItem *item) {
        if (item == m_autoExpanded)
            m_autoExpanded = nullptr;
        fitNameColumn();
    };
    connect(this, &QTreeWidget::itemExpanded, this, touched);
    connect(this, &QTreeWidget::itemCollapsed, this, touched);
}

void SchemaTree::activate(QTreeWidgetItem *item)
{
    switch (item ? item->data(0, ObjectKindRole).toInt() : 0) {
    case ForeignKeyKind: // the table at the other end
        Q_EMIT tableActivated(item->data(0, ObjectNameRole).toString());
        break;
    case ViolationKind:
        Q_EMIT rowRequested(item->data(0, ObjectNameRole).toString(),
            item->data(0, RowKeyColumnsRole).toStringList(), item->data(0, RowKeyRole).toList());
        break;
    default:
        break;
    }
}

namespace {

QTreeWidgetItem *item(QTreeWidgetItem *parent, const QString &name, const QString &details, int kind,
    const QString &objectName = {})
{
    auto *i = new QTreeWidgetItem(parent, { name, details });
    i->setData(0, SchemaTree::ObjectKindRole, kind);
    i->setData(0, SchemaTree::ObjectNameRole, objectName.isNull() ? name : objectName);
    return i;
}

QString rowidBadge(const Table &t)
{
    switch (t.rowid) {
    case RowidKind::Alias:
        return t.autoincrement ? SchemaTree::tr("rowid = %1, AUTOINCREMENT").arg(t.rowidColumn)
                               : SchemaTree::tr("rowid = %1").arg(t.rowidColumn);
    case RowidKind::Implicit:
        return SchemaTree::tr("hidden rowid");
    case RowidKind::WithoutRowid:
        return SchemaTree::tr("WITHOUT ROWID");
    case RowidKind::Shadowed:
        return SchemaTree::tr("rowid shadowed");
    case RowidKind::None:
        break;
    }
    return QString();
}

QString columnDetails(const Column &c)
{
    QStringList parts { c.type.isEmpty() ? SchemaTree::tr("(no type)") : c.type };
    if (affinityName(c.affinity).compare(c.type, Qt::CaseInsensitive) != 0)
        parts << SchemaTree::tr("%1 affinity").arg(affinityName(c.affinity).toLower());
    parts << columnAttributes(c);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QTreeWidgetItem *SchemaTree::tableItem(const Schema &s, const Table &t)
{
    auto *ti = new QTreeWidgetItem({ t.name, t.view ? tr("view") : rowidBadge(t) });
    ti->setData(0, ObjectKindRole, t.view ? ViewKind : TableKind);
    ti->setData(0, ObjectNameRole, t.name);
    ti->setIcon(0, Icons::forTable(t));
    QString tip = t.view ? tr("View") : rowidExplanation(t);
    if (t.rowCount)
        tip += QLatin1Char('\n') + tr("%1 rows").arg(QLocale().toString(*t.rowCount));
    if (!t.problem.isEmpty())
        tip += QLatin1Char('\n') + tr("Problem: %1").arg(t.problem);
    ti->setToolTip(0, tip);
    ti->setToolTip(1, tip);

    for (const Column &c : t.columns) {
        QTreeWidgetItem *ci = item(ti, c.name, columnDetails(c), ColumnKind, t.name);
        if (c.pkPosition > 0)
            ci->setIcon(0, Icons::key());
    }
    bool broken = false;
    for (const ForeignKey &fk : t.foreignKeys) {
        const QString target
            = QStringLiteral("%1(%2)").arg(fk.parent, fk.parentColumns().join(QLatin1String(", ")));
        QTreeWidgetItem *fi
            = item(ti, QStringLiteral("%1 → %2").arg(fk.from.join(QLatin1String(", ")), target),
                foreignKeyActions(fk), ForeignKeyKind, fk.parent);
        if (fk.problem != FkProblem::None) {
            broken = true;
            fi->setIcon(0, Icons::warning());
            fi->setToolTip(0, fk.problemText);
            fi->setToolTip(1, fk.problemText);
            fi->setForeground(0, QBrush(Icons::warningColor()));
        } else {
            fi->setIcon(0, Icons::link());
            fi->setToolTip(0,
                tr("Each value of %1 must exist in %2 (double-click to open it).")
                    .arg(fk.from.join(QLatin1String(", ")), target));
        }
    }
    for (const ForeignKey *fk : s.incoming(t.name)) {
        QTreeWidgetItem *fi = item(ti,
            QStringLiteral("%1 ← %2(%3)").arg(t.name, fk->table, fk->from.join(QLatin1String(", "))),
            foreignKeyActions(*fk), ForeignKeyKind, fk->table);
        fi->setIcon(0, Icons::incomingLink());
        fi->setToolTip(0, tr("Rows of %1 refer to this table (double-click to open it).").arg(fk->table));
    }
    if (broken) {
        ti->setIcon(0, Icons::warning());
        ti->setToolTip(0,
            ti->toolTip(0) + QLatin1Char('\n')
                + tr("A foreign key of this table cannot work: expand it to see why."));
    }
    return ti;
}

void SchemaTree::clearAll()
{
    m_autoExpanded = nullptr;
    clear();
}

void SchemaTree::showLocked(const QString &why)
{
    clearAll();
    auto *tables = new QTreeWidgetItem(this, { tr("Tables"), tr("locked") });
    tables->setData(0, ObjectKindRole, GroupKind);
    tables->setIcon(0, Icons::padlock());
    tables->setForeground(1, QBrush(Icons::warningColor()));
    auto *reason
        = item(tables, tr("Locked by another connection"), tr("Retry (F5) once it lets go"), InfoKind);
    for (QTreeWidgetItem *i : { tables, reason }) {
        i->setToolTip(0, why);
        i->setToolTip(1, why);
    }
    tables->setExpanded(true);
    fitNameColumn();
}

namespace {
// The widest name among `item`'s descendants on screen, at `depth` levels of indentation.
int widestName(const QTreeWidget *tree, const QTreeWidgetItem *item, int depth)
{
    const QFontMetrics fm(tree->font());
    const int iconRoom = tree->iconSize().width() > 0 ? tree->iconSize().width() + 6 : 22;
    int wide = 0;
    for (int i = 0; i < item->childCount(); ++i) {
        const QTreeWidgetItem *child = item->child(i);
        const int own = (depth + 1) * tree->indentation() + fm.horizontalAdvance(child->text(0))
            + (child->icon(0).isNull() ? 0 : iconRoom);
        wide = qMax(wide, own);
        if (child->isExpanded())
            wide = qMax(wide, widestName(tree, child, depth + 1));
    }
    return wide;
}
} // namespace

void SchemaTree::fitNameColumn()
{
    if (m_userSized)
        return;
    const int wanted = qMax(widestName(this, invisibleRootItem(), 0),
                           fontMetrics().horizontalAdvance(headerItem()->text(0)))
        + 12;
    const int width = viewport()->width() > 200 ? viewport()->width() : 400;
    m_fitting = true;
    setColumnWidth(0, qBound(100, wanted, width * 55 / 100));
    m_fitting = false;
}

void SchemaTree::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    fitNameColumn();
}

void SchemaTree::setSchema(const Schema &s)
{
    clearAll();
    auto *tables = new QTreeWidgetItem(this, { tr("Tables"), QString() });
    auto *views = new QTreeWidgetItem(this, { tr("Views"), QString() });
    auto *indexes = new QTreeWidgetItem(this, { tr("Indexes"), QString() });
    auto *triggers = new QTreeWidgetItem(this, { tr("Triggers"), QString() });
    for (QTreeWidgetItem *g : { tables, views, indexes, triggers })
        g->setData(0, ObjectKindRole, GroupKind);
    int nTables = 0, nViews = 0;
    for (const Table &t : s.tables) {
        QTreeWidgetItem *ti = tableItem(s, t);
        (t.view ? views : tables)->addChild(ti);
        (t.view ? nViews : nTables)++;
    }
    for (const Index &i : s.indexes) {
        QStringList cols;
        for (const IndexColumn &c : i.columns)
            cols << (c.expression ? tr("(expression)") : c.name)
                    + (c.descending ? QStringLiteral(" DESC") : QString());
        QStringList flags;
        if (i.unique)
            flags << QStringLiteral("UNIQUE");
        if (i.partial)
            flags << tr("partial");
        QTreeWidgetItem *ii = item(indexes, i.name,
            QStringLiteral("%1(%2) %3")
                .arg(i.table, cols.join(QLatin1String(", ")), flags.join(QLatin1Char(' '))),
            IndexKind);
        ii->setToolTip(
            0, i.sql.isEmpty() ? tr("Made by SQLite for a PRIMARY KEY or UNIQUE constraint.") : i.sql);
    }
    for (const Trigger &t : s.triggers) {
        QTreeWidgetItem *ti = item(triggers, t.name, tr("on %1").arg(t.table), TriggerKind);
        ti->setToolTip(0, t.sql);
    }
    tables->setText(1, QString::number(nTables));
    views->setText(1, QString::number(nViews));
    indexes->setText(1, QString::number(s.indexes.size()));
    triggers->setText(1, QString::number(s.triggers.size()));
    tables->setExpanded(true);
    views->setExpanded(true);
    addForeignKeyGroup(s);
    fitNameColumn();
}

void SchemaTree::addForeignKeyGroup(const Schema &s)
{
    auto *group = new QTreeWidgetItem(this, { tr("Foreign keys"), QString() });
    group->setData(0, ObjectKindRole, GroupKind);
    auto *enforced = item(group, tr("Enforcement"),
        s.foreignKeysEnabled ? tr("on for new connections") : tr("off for new connections"), InfoKind);
    enforced->setToolTip(0,
        tr("PRAGMA foreign_keys is per connection and off by default: unless every program turns it on, "
           "nothing stops rows that break a key. Toggle it for the console in the Pragmas page."));
    enforced->setToolTip(1, enforced->toolTip(0));
    const int problems = s.problemCount();
    auto *broken = item(group, tr("Broken keys"), QString::number(problems), InfoKind);
    broken->setToolTip(
        0, tr("Foreign keys that cannot work as declared; every write to their tables fails."));
    if (problems > 0) {
        broken->setIcon(0, Icons::warning());
        broken->setForeground(1, QBrush(Icons::warningColor()));
    }
    auto *violations = item(group, tr("Violations"),
        s.violationsChecked ? QString::number(s.violations.size()) : tr("not checked"), InfoKind);
    violations->setToolTip(
        0, tr("Rows whose key has no parent row (PRAGMA foreign_key_check); double-click one to open it."));
    for (const Violation &v : s.violations) {
        const Table *t = s.table(v.table);
        const QString rowid = t ? BrowseSpec::forTable(*t).rowidName : QString();
        const QString where = v.rowid
            ? QStringLiteral("%1 %2").arg(
                rowid.isEmpty() ? QStringLiteral("rowid") : rowid, QString::number(*v.rowid))
            : tr("(no rowid)");
        QTreeWidgetItem *vi = item(violations, QStringLiteral("%1 %2").arg(v.table, where),
            tr("→ %1 missing").arg(v.parent), ViolationKind, v.table);
        vi->setIcon(0, Icons::warning());
        if (v.rowid && !rowid.isEmpty()) {
            vi->setData(0, RowKeyColumnsRole, QStringList { rowid });
            vi->setData(0, RowKeyRole, QVariantList { *v.rowid });
            vi->setToolTip(0,
                tr("This row of %1 refers to a row of %2 that does not exist. Double-click to open it.")
                    .arg(v.table, v.parent));
        } else {
            vi->setToolTip(
                0, tr("This row of %1 refers to a row of %2 that does not exist.").arg(v.table, v.parent));
        }
    }
    if (!s.violations.empty()) {
        violations->setIcon(0, Icons::warning());
        violations->setForeground(1, QBrush(Icons::warningColor()));
    }
    group->setExpanded(true);
    violations->setExpanded(s.violations.size() <= 20);
}

void SchemaTree::selectTable(const QString &name)
{
    const QSignalBlocker block(this);
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *t = group->child(i);
            if (t->data(0, ObjectNameRole).toString() != name
                || t->data(0, ObjectKindRole).toInt() > ViewKind)
                continue;
            setCurrentItem(t);
            // Its columns and keys in view; the table this opened before closes again,
            // unless the user has opened or closed it by hand since.
            if (m_autoExpanded && m_autoExpanded != t)
                m_autoExpanded->setExpanded(false);
            if (!t->isExpanded()) {
                t->setExpanded(true);
                m_autoExpanded = t;
            }
            fitNameColumn();
            return;
        }
    }
}

} // namespace LockLens
