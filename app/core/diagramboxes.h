// SPDX-License-Identifier: GPL-3.0-or-later
// Inside the diagram's layout: what a table's box shows and how big it is. Not for use
// outside app/core/diagram*.cpp.
#pragma once

#include "app/core/diagramlayout.h"

#include <QCoreApplication>

namespace LockLens::DiagramBoxes {

// The translation context of this namespace's messages: Tr::tr("...") (see
// ARCHITECTURE.md, "Translations").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::DiagramBoxes)
};

// SQLite's case-insensitive comparison of names.
bool sameName(const QString &a, const QString &b);
void addRow(DiagramBox &b, const QString &name, const QString &type, bool pk, bool fk);
// A table's box: its columns in declared order; when there are too many, the key columns
// first (so that every edge reaches its column's row), then "… N more".
DiagramBox tableBox(const Catalog::Schema &s, const Catalog::Table &t);
// Sizes the box and its rows for the metrics, at the origin.
void sizeBox(DiagramBox &b, const DiagramMetrics &m);
void moveBox(DiagramBox &b, QPointF topLeft);
// Where an edge meets a box, from its top: the row of the key's first column, or the title.
qreal attachOffset(const DiagramBox &b, const QStringList &columns);
// What the diagram shows: a box for each table, then for each table that keys reference
// but the schema lacks, sized for the metrics; an edge for each foreign key.
void addBoxesAndEdges(DiagramLayout &d, const Catalog::Schema &schema, const DiagramMetrics &m);

} // namespace LockLens::DiagramBoxes
