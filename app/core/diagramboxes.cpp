// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/diagramboxes.h"

#include <algorithm>
#include <cmath>

namespace LockLens::DiagramBoxes {

using namespace Catalog;

namespace {

constexpr int maxRows = 12; // column lines per box, the "… N more" line included

} // namespace

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

namespace {
bool listHas(const QStringList &list, const QString &name)
{
    return std::any_of(list.begin(), list.end(), [&](const QString &n) { return sameName(n, name); });
}
} // namespace

void addRow(DiagramBox &b, const QString &name, const QString &type, bool pk, bool fk)
{
    DiagramRow r;
    r.name = name;
    r.type = type;
    r.primaryKey = pk;
    r.foreignKey = fk;
    if (pk || fk)
        r.marker = pk && fk ? Tr::tr("PK FK") : pk ? Tr::tr("PK") : Tr::tr("FK");
    b.rows.push_back(r);
}

// A table's box: its columns in declared order; when there are too many, the key columns
// first (so that every edge reaches its column's row), then "… N more".
DiagramBox tableBox(const Schema &s, const Table &t)
{
    DiagramBox b;
    b.name = t.name;
    b.kind = t.view ? DiagramBox::Kind::View : DiagramBox::Kind::Table;
    b.tag = t.view ? Tr::tr("view") : t.virtualTable ? Tr::tr("virtual") : QString();
    b.problem = !t.problem.isEmpty();
    b.problemText = t.problem;
    QStringList fkColumns, keys;
    for (const ForeignKey &fk : t.foreignKeys)
        fkColumns << fk.from;
    for (const ForeignKey *in : s.incoming(t.name))
        keys << in->parentColumns();
    keys << fkColumns << t.primaryKey();
    const int n = int(t.columns.size());
    std::vector<bool> shown(t.columns.size(), n <= maxRows);
    int budget = maxRows - 1;
    for (bool key : { true, false })
        for (int i = 0; i < n && n > maxRows && budget > 0; ++i)
            if (!shown[i] && listHas(keys, t.columns[i].name) == key) {
                shown[i] = true;
                --budget;
            }
    for (int i = 0; i < n; ++i)
        if (shown[i])
            addRow(b, t.columns[i].name, t.columns[i].type, t.columns[i].pkPosition > 0,
                listHas(fkColumns, t.columns[i].name));
    if (n > maxRows) {
        DiagramRow more;
        more.more = true;
        more.name = Tr::tr("… %n more", nullptr, n - (maxRows - 1));
        b.rows.push_back(more);
    }
    return b;
}

void sizeBox(DiagramBox &b, const DiagramMetrics &m)
{
    const qreal lh = m.lineHeight, pad = std::round(lh * 0.5), titleH = std::round(lh * 1.5);
    b.title = b.name.isEmpty() ? QStringLiteral("\"\"") : b.name;
    qreal markers = 0;
    for (const DiagramRow &r : b.rows)
        if (!r.marker.isEmpty())
            markers = std::max(markers, m.textWidth(r.marker, true));
    b.nameOffset = markers > 0 ? std::ceil(markers + lh * 0.4) : 0;
    qreal inner = m.textWidth(b.title, true) + (b.tag.isEmpty() ? 0 : lh + m.textWidth(b.tag, false));
    for (const DiagramRow &r : b.rows)
        inner = std::max(inner,
            b.nameOffset + m.textWidth(r.name, false)
                + (r.type.isEmpty() ? 0 : lh + m.textWidth(r.type, false)));
    const qreal w = std::ceil(std::max(inner + 2 * pad, lh * 6));
    const qreal bodyTop = titleH + (b.rows.empty() ? 0 : std::round(lh * 0.25));
    b.rect
        = QRectF(0, 0, w, bodyTop + qreal(b.rows.size()) * lh + (b.rows.empty() ? 0 : std::round(lh * 0.3)));
    b.titleRect = QRectF(pad, 0, w - 2 * pad, titleH);
    for (size_t i = 0; i < b.rows.size(); ++i)
        b.rows[i].rect = QRectF(pad, bodyTop + qreal(i) * lh, w - 2 * pad, lh);
}

void moveBox(DiagramBox &b, QPointF topLeft)
{
    const QPointF d = topLeft - b.rect.topLeft();
    b.rect.translate(d);
    b.titleRect.translate(d);
    for (DiagramRow &r : b.rows)
        r.rect.translate(d);
}

// Where an edge meets a box, from its top: the row of the key's first column, or the title.
qreal attachOffset(const DiagramBox &b, const QStringList &columns)
{
    for (const DiagramRow &r : b.rows)
        if (!columns.isEmpty() && !r.more && sameName(r.name, columns.first()))
            return r.rect.center().y() - b.rect.top();
    return b.titleRect.center().y() - b.rect.top();
}

namespace {

// The box of a table that keys reference but the schema lacks: one for every spelling of
// its name, with the columns the keys name.
int missingParent(DiagramLayout &d, size_t tables, const ForeignKey &fk)
{
    const auto it = std::find_if(d.boxes.begin() + long(tables), d.boxes.end(),
        [&](const DiagramBox &b) { return sameName(b.name, fk.parent); });
    const int parent = int(it - d.boxes.begin());
    if (it == d.boxes.end()) {
        d.boxes.emplace_back();
        d.boxes.back().name = fk.parent;
        d.boxes.back().kind = DiagramBox::Kind::Missing;
        d.boxes.back().tag = DiagramLayout::tr("missing");
        d.boxes.back().problem = true;
        d.boxes.back().problemText = fk.problemText;
    }
    DiagramBox &b = d.boxes[parent];
    for (const QString &c : fk.to)
        if (std::none_of(
                b.rows.begin(), b.rows.end(), [&](const DiagramRow &r) { return sameName(r.name, c); }))
            addRow(b, c, QString(), false, false);
    return parent;
}

// The edge of a foreign key of table `child`; the parent's box is added if the schema lacks it.
DiagramEdge keyEdge(DiagramLayout &d, const Schema &schema, int child, const ForeignKey &fk)
{
    DiagramEdge e;
    e.child = child;
    const Table *p = schema.table(fk.parent);
    e.parent = p ? int(p - schema.tables.data()) : missingParent(d, schema.tables.size(), fk);
    e.childColumns = fk.from;
    e.parentColumns = fk.parentColumns();
    e.onUpdate = fk.onUpdate;
    e.onDelete = fk.onDelete;
    e.problem = fk.problem != FkProblem::None;
    e.problemText = fk.problemText;
    if (fk.from.size() > 1)
        e.label = QStringLiteral("(%1) → (%2)")
                      .arg(fk.from.join(QLatin1String(", ")), e.parentColumns.join(QLatin1String(", ")));
    return e;
}

} // namespace

void addBoxesAndEdges(DiagramLayout &d, const Schema &schema, const DiagramMetrics &m)
{
    for (const Table &t : schema.tables)
        d.boxes.push_back(tableBox(schema, t));
    for (size_t ti = 0; ti < schema.tables.size(); ++ti)
        for (const ForeignKey &fk : schema.tables[ti].foreignKeys)
            d.edges.push_back(keyEdge(d, schema, int(ti), fk));
    for (DiagramBox &b : d.boxes)
        sizeBox(b, m);
}

} // namespace LockLens::DiagramBoxes
