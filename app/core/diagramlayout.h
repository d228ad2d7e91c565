// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/catalog.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <vector>

namespace LockLens {

// How big text is, so that the layout can size boxes without QtGui: the widget measures
// with its font; the tests and the command line can use a fixed-pitch estimate.
struct DiagramMetrics
{
    std::function<qreal(const QString &text, bool bold)> textWidth;
    qreal lineHeight = 18;

    // Every character charWidth wide, bold ones a tenth wider.
    static DiagramMetrics fixedPitch(qreal charWidth = 7.5, qreal lineHeight = 18);
};

// One line under a box's title: a column, or "… N more" when a table has too many to show.
struct DiagramRow
{
    QString name;
    QString type; // as declared, may be empty
    QString marker; // "PK", "FK", "PK FK" or empty
    bool primaryKey = false;
    bool foreignKey = false;
    bool more = false; // the "… N more" line
    QRectF rect; // the whole line, inside the box's padding
};

struct DiagramBox
{
    enum class Kind { Table, View, Missing };
    QString name; // as the schema names it; for Missing, as the foreign key wrote it
    QString title; // what to show (an empty name shows as "")
    QString tag; // "view", "missing"... shown right of the title, may be empty
    Kind kind = Kind::Table;
    bool problem = false; // a parent that does not exist, or a table the catalog could not read
    QString problemText;
    QRectF rect;
    QRectF titleRect; // inside the padding
    qreal nameOffset = 0; // where a row's column name starts, after the markers
    std::vector<DiagramRow> rows;
    int layer = -1; // column from the left; -1 for a box without foreign keys either way
};

// One foreign key, from the child box (the table that declares it) to its parent box.
struct DiagramEdge
{
    int child = -1; // indexes into DiagramLayout::boxes
    int parent = -1;
    QStringList childColumns;
    QStringList parentColumns; // as resolved: the primary key when the key names no columns
    QString onUpdate;
    QString onDelete;
    bool problem = false;
    QString problemText; // Catalog's sentence, empty when the key works
    QString label; // "(a, b) → (x, y)" for a composite key, otherwise empty
    QRectF labelRect;
    // Child side first; the last point is the arrow's tip on the parent box. Consecutive
    // points are joined by S-curves that leave and arrive horizontally (see edgeCurves).
    std::vector<QPointF> points;
};

struct DiagramCurve
{
    QPointF from, c1, c2, to; // a cubic Bézier
};

struct DiagramLayout
{
    std::vector<DiagramBox> boxes;
    std::vector<DiagramEdge> edges;
    QRectF bounds; // everything, with a margin
    qreal lineHeight = 18;

    int boxIndex(const QString &name) const; // exact name; -1 when there is none

    Q_DECLARE_TR_FUNCTIONS(LockLens::DiagramLayout)
};

// Lays out one box per table and view, plus a placeholder for each parent that does not
// exist, in columns by reference depth: parents left, children right, the order within a
// column chosen to reduce crossings. Deterministic: the same schema gives the same layout.
// Boxes never overlap, and an edge only touches the two boxes it joins.
DiagramLayout layoutDiagram(const Catalog::Schema &schema, const DiagramMetrics &metrics);

std::vector<DiagramCurve> edgeCurves(const DiagramEdge &edge);
// The arrowhead's corners; the first is the tip.
std::array<QPointF, 3> arrowHead(const DiagramEdge &edge, qreal size);

struct SvgStyle
{
    QString fontFamily = QStringLiteral("sans-serif");
    qreal fontSize = 12; // px: the size the layout's metrics measured
    QString background = QStringLiteral("#ffffff");
    QString boxFill = QStringLiteral("#ffffff");
    QString titleFill = QStringLiteral("#e7eef7");
    QString viewTitleFill = QStringLiteral("#eeeeee");
    QString border = QStringLiteral("#495057");
    QString text = QStringLiteral("#212529");
    QString dimText = QStringLiteral("#6c757d");
    QString edge = QStringLiteral("#5c6670");
    QString warning = QStringLiteral("#d9480f");
};

// A standalone SVG 1.1 document of the layout; each broken foreign key carries a <title>
// with the reason, which SVG viewers show as a tooltip.
QString toSvg(const DiagramLayout &layout, const SvgStyle &style = {});

} // namespace LockLens
