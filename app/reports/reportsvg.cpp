// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reports/reportsvg.h"

#include "app/reports/reporttext.h"

namespace LockLens::Report {

namespace {

QString n1(double v)
{
    return QString::number(v, 'f', 1);
}

QString text(const ChartLayout::Text &t)
{
    using Anchor = ChartLayout::Anchor;
    QString attributes;
    if (t.anchor != Anchor::Start)
        attributes += t.anchor == Anchor::Middle ? QStringLiteral(" text-anchor=\"middle\"")
                                                 : QStringLiteral(" text-anchor=\"end\"");
    if (t.size != 11)
        attributes += QStringLiteral(" font-size=\"%1\"").arg(n1(t.size));
    if (t.bold)
        attributes += QStringLiteral(" font-weight=\"bold\"");
    if (t.muted)
        attributes += QStringLiteral(" fill=\"#666\"");
    const QString position = t.vertical
        ? QStringLiteral("transform=\"translate(%1 %2) rotate(-90)\"").arg(n1(t.at.x()), n1(t.at.y()))
        : QStringLiteral("x=\"%1\" y=\"%2\"").arg(n1(t.at.x()), n1(t.at.y()));
    return QStringLiteral("<text %1%2>%3</text>\n").arg(position, attributes, xml(t.text));
}

} // namespace

QString svgChart(const ChartLayout &c)
{
    QString s = QStringLiteral(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" height=\"%2\" "
        "viewBox=\"0 0 %1 %2\" role=\"img\" class=\"chart\">\n")
                    .arg(n1(c.width), n1(c.height));
    s += QStringLiteral("<title>%1</title>\n").arg(xml(c.title));
    s += QStringLiteral("<g stroke-width=\"1\">\n");
    for (const QLineF &l : c.grid)
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"#e3e3e3\"/>\n")
                 .arg(n1(l.x1()), n1(l.y1()), n1(l.x2()), n1(l.y2()));
    for (const QLineF &l : c.axes)
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"#333\"/>\n")
                 .arg(n1(l.x1()), n1(l.y1()), n1(l.x2()), n1(l.y2()));
    s += QStringLiteral("</g>\n<g font-size=\"11\" fill=\"#333\" stroke=\"none\">\n");
    for (const ChartLayout::Text &t : c.texts)
        s += text(t);
    s += QStringLiteral("</g>\n");
    for (const ChartLayout::Line &line : c.lines) {
        for (const QList<QPointF> &piece : line.pieces) {
            QString coords;
            for (const QPointF &p : piece)
                coords += QStringLiteral("%1,%2 ").arg(n1(p.x()), n1(p.y()));
            s += QStringLiteral(
                "<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"1.5\" points=\"%2\"/>\n")
                     .arg(line.colour, coords.trimmed());
        }
        for (const QPointF &p : line.dots) // few points: show where the measurements are
            s += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"2.5\" fill=\"%3\"/>")
                     .arg(n1(p.x()), n1(p.y()), line.colour);
        if (!line.dots.isEmpty())
            s += QLatin1Char('\n');
    }
    for (const ChartLayout::OffScale &o : c.offScale) { // a point above the scale, and its value
        const QPointF t = o.at;
        s += QStringLiteral("<polygon points=\"%1,%2 %3,%4 %5,%4\" fill=\"%6\"/>")
                 .arg(n1(t.x()), n1(t.y()), n1(t.x() - 4), n1(t.y() + 7), n1(t.x() + 4), o.colour);
        if (!o.text.isEmpty())
            s += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"10\" fill=\"%3\">%4</text>")
                     .arg(n1(o.textAt.x()), n1(o.textAt.y()), o.colour, xml(o.text));
        s += QLatin1Char('\n');
    }
    for (const ChartLayout::Key &k : c.keys)
        s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>\n")
                 .arg(n1(k.swatch.x()), n1(k.swatch.y()), n1(k.swatch.width()), n1(k.swatch.height()),
                     k.colour);
    return s + QStringLiteral("</svg>\n");
}

} // namespace LockLens::Report
