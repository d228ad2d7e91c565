// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reports/reportpdfcharts.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>
#include <cmath>

namespace LockLens::Report {

namespace {

constexpr int kChartIndex = QTextFormat::UserProperty + 1;
constexpr double kChartWidth = 760; // chart units across the text width
constexpr double kChartPlotHeight = 170;

// The points above a chart's scale: a triangle at the plot's top and the value beside it.
void drawOffScale(QPainter *p, const ChartLayout &c, const QRectF &rect, const QFont &base)
{
    const double k = rect.width() / c.width;
    QFont f = base;
    f.setPixelSize(std::max(1, int(std::lround(10 * k))));
    p->setFont(f);
    for (const ChartLayout::OffScale &o : c.offScale) {
        const QPointF tip = rect.topLeft() + o.at * k;
        const QPointF triangle[3] = { tip, tip + QPointF(-4, 7) * k, tip + QPointF(4, 7) * k };
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(o.colour));
        p->drawPolygon(triangle, 3);
        if (o.text.isEmpty())
            continue;
        p->setPen(QColor(o.colour));
        p->drawText(rect.topLeft() + o.textAt * k, o.text);
    }
}

// Draws a laid-out chart into `rect` of a painter in device pixels. Nothing is scaled by
// the painter: fonts are sized in device pixels, so glyphs keep the metrics of their size.
void drawChart(QPainter *p, const ChartLayout &c, const QRectF &rect, const QFont &base)
{
    const double k = rect.width() / c.width;
    const auto at = [&](const QPointF &u) { return rect.topLeft() + u * k; };
    const auto line = [&](const QLineF &l) { return QLineF(at(l.p1()), at(l.p2())); };
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(QColor(0xe3, 0xe3, 0xe3), k));
    for (const QLineF &l : c.grid)
        p->drawLine(line(l));
    p->setPen(QPen(QColor(0x33, 0x33, 0x33), k));
    for (const QLineF &l : c.axes)
        p->drawLine(line(l));
    for (const ChartLayout::Line &l : c.lines) {
        const QColor colour(l.colour);
        p->setPen(QPen(colour, 1.5 * k, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(Qt::NoBrush);
        for (const QList<QPointF> &piece : l.pieces) {
            QPolygonF poly;
            poly.reserve(piece.size());
            for (const QPointF &u : piece)
                poly << at(u);
            p->drawPolyline(poly);
        }
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        for (const QPointF &d : l.dots)
            p->drawEllipse(at(d), 2.5 * k, 2.5 * k);
    }
    drawOffScale(p, c, rect, base);
    p->setPen(Qt::NoPen);
    for (const ChartLayout::Key &key : c.keys)
        p->fillRect(QRectF(at(key.swatch.topLeft()), key.swatch.size() * k), QColor(key.colour));
    for (const ChartLayout::Text &t : c.texts) {
        QFont f = base;
        f.setPixelSize(std::max(1, int(std::lround(t.size * k))));
        f.setBold(t.bold);
        p->setFont(f);
        p->setPen(t.muted ? PdfInk::Muted : QColor(0x33, 0x33, 0x33));
        const double advance = QFontMetricsF(f, p->device()).horizontalAdvance(t.text);
        double dx = 0;
        if (t.anchor == ChartLayout::Anchor::Middle)
            dx = -advance / 2;
        else if (t.anchor == ChartLayout::Anchor::End)
            dx = -advance;
        p->save();
        p->translate(at(t.at));
        if (t.vertical)
            p->rotate(-90);
        p->drawText(QPointF(dx, 0), t.text);
        p->restore();
    }
    p->restore();
}

} // namespace

ChartObjects::ChartObjects(QObject *parent)
    : QObject(parent)
{
}

QTextCharFormat ChartObjects::objectFormat(const ChartSpec &spec)
{
    m_charts.push_back(layoutChart(spec, kChartWidth, kChartPlotHeight));
    QTextCharFormat f;
    f.setObjectType(ObjectType);
    f.setProperty(kChartIndex, int(m_charts.size()) - 1);
    return f;
}

QSizeF ChartObjects::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const ChartLayout &c = chart(format);
    const double w = doc->pageSize().width() - 2 * doc->rootFrame()->frameFormat().margin();
    return QSizeF(w, w * c.height / c.width);
}

void ChartObjects::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    drawChart(painter, chart(format), rect, m_font);
}

const ChartLayout &ChartObjects::chart(const QTextFormat &format) const
{
    return m_charts.at(std::size_t(format.property(kChartIndex).toInt()));
}

} // namespace LockLens::Report
