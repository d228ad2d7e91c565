// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report's parts that are not its layout (reportpdf.cpp): its colours, and its charts
// as objects inline in the document, drawn as vectors from the layout the SVG uses.
#pragma once

#include "app/reports/reportchart.h"

#include <QColor>
#include <QFont>
#include <QObject>
#include <QTextFormat>
#include <QTextObjectInterface>

#include <vector>

namespace LockLens::Report {

namespace PdfInk {
inline const QColor Ink(0x22, 0x22, 0x22);
inline const QColor Muted(0x66, 0x66, 0x66);
inline const QColor Good(0x0a, 0x6b, 0x0a);
inline const QColor Bad(0xa4, 0x00, 0x00);
inline const QColor Rule(0xc8, 0xc8, 0xc8);
inline const QColor HeaderFill(0xf0, 0xf0, 0xf0);
} // namespace PdfInk

// Charts as inline objects of the document: each is as wide as the text and keeps its
// layout's proportions. Register it with the document's layout for ObjectType.
class ChartObjects : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int ObjectType = QTextFormat::UserObject + 1;

    explicit ChartObjects(QObject *parent = nullptr);

    // Lays `spec` out and keeps it; the format of the object character that shows it.
    QTextCharFormat objectFormat(const ChartSpec &spec);
    void setFont(const QFont &font) { m_font = font; }

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override;

private:
    const ChartLayout &chart(const QTextFormat &format) const;

    std::vector<ChartLayout> m_charts;
    QFont m_font;
};

} // namespace LockLens::Report
