// SPDX-License-Identifier: GPL-3.0-or-later
// The diagram as a standalone SVG 1.1 document, written by hand (no QtSvg).
#include "app/core/diagramlayout.h"
#include "app/reports/reporttext.h"

namespace LockLens {

namespace {

using Report::xml; // markup escaped, and what XML 1.0 cannot carry replaced

QString num(qreal v)
{
    return QString::number(v, 'f', 1);
}

QString pt(QPointF p)
{
    return num(p.x()) + QLatin1Char(',') + num(p.y());
}

QString text(QPointF at, const QString &s, const QString &attributes)
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\"%3>%4</text>\n")
        .arg(num(at.x()), num(at.y()), attributes, xml(s));
}

QString fill(const QString &colour)
{
    return QStringLiteral(" fill=\"%1\"").arg(xml(colour));
}

} // namespace

QString toSvg(const DiagramLayout &d, const SvgStyle &st)
{
    const QString w = num(d.bounds.width()), h = num(d.bounds.height());
    const auto baseline = [&](const QRectF &r) { return r.center().y() + st.fontSize * 0.35; };
    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" "
                                 "height=\"%2\" viewBox=\"0 0 %1 %2\" font-family=\"%3\" font-size=\"%4\" "
                                 "xml:space=\"preserve\">\n")
                      .arg(w, h, xml(st.fontFamily), num(st.fontSize));
    out += QStringLiteral("<rect width=\"%1\" height=\"%2\"%3/>\n").arg(w, h, fill(st.background));
    for (const DiagramEdge &e : d.edges) {
        QString path;
        for (const DiagramCurve &c : edgeCurves(e))
            path += (path.isEmpty() ? QLatin1Char('M') + pt(c.from) : QString()) + QLatin1String(" C")
                + pt(c.c1) + QLatin1Char(' ') + pt(c.c2) + QLatin1Char(' ') + pt(c.to);
        const auto head = arrowHead(e, d.lineHeight * 0.5);
        out += QStringLiteral("<g>%1<path d=\"%2\" fill=\"none\" stroke=\"%3\" stroke-width=\"1.4\"%4/>"
                              "<polygon points=\"%5 %6 %7\" fill=\"%3\"/></g>\n")
                   .arg(e.problem ? QStringLiteral("<title>%1</title>").arg(xml(e.problemText)) : QString(),
                       path, xml(e.problem ? st.warning : st.edge),
                       e.problem ? QStringLiteral(" stroke-dasharray=\"6 4\"") : QString(), pt(head[0]),
                       pt(head[1]), pt(head[2]));
        if (e.label.isEmpty())
            continue;
        const QRectF &r = e.labelRect;
        out += QStringLiteral(
            "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"3\"%5 fill-opacity=\"0.9\"/>\n")
                   .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()), fill(st.background));
        out += text(QPointF(r.center().x(), baseline(r)), e.label,
            QStringLiteral(" text-anchor=\"middle\"") + fill(e.problem ? st.warning : st.dimText));
    }
    for (const DiagramBox &b : d.boxes) {
        const QRectF &r = b.rect;
        const bool missing = b.kind == DiagramBox::Kind::Missing;
        const QString stroke = xml(b.problem ? st.warning : st.border),
                      dash = b.problem ? QStringLiteral(" stroke-dasharray=\"5 3\"") : QString(),
                      rect = QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"4\"")
                                 .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()));
        const qreal band = b.titleRect.bottom();
        out += QStringLiteral("<g>\n") + rect + fill(missing ? st.background : st.boxFill)
            + QLatin1String("/>\n");
        out += QStringLiteral("<path d=\"M%1,%2 V%3 A4,4 0 0 1 %4,%5 H%6 A4,4 0 0 1 %7,%3 V%2 Z\"%8/>\n")
                   .arg(num(r.left()), num(band), num(r.top() + 4), num(r.left() + 4), num(r.top()),
                       num(r.right() - 4), num(r.right()),
                       missing ? fill(st.warning) + QLatin1String(" fill-opacity=\"0.15\"")
                               : fill(b.kind == DiagramBox::Kind::View ? st.viewTitleFill : st.titleFill));
        if (!b.rows.empty())
            out += QStringLiteral(
                "<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" stroke-opacity=\"0.4\"/>\n")
                       .arg(num(r.left()), num(band), num(r.right()), stroke);
        out += rect
            + QStringLiteral(" fill=\"none\" stroke=\"%1\" stroke-width=\"1.2\"%2/>\n").arg(stroke, dash);
        out += text(QPointF(b.titleRect.left(), baseline(b.titleRect)), b.title,
            QStringLiteral(" font-weight=\"bold\"") + fill(missing ? st.warning : st.text));
        if (!b.tag.isEmpty())
            out += text(QPointF(b.titleRect.right(), baseline(b.titleRect)), b.tag,
                QStringLiteral(" text-anchor=\"end\" font-style=\"italic\"") + fill(st.dimText));
        for (const DiagramRow &row : b.rows) {
            const qreal y = baseline(row.rect);
            if (!row.marker.isEmpty())
                out += text(QPointF(row.rect.left(), y), row.marker,
                    QStringLiteral(" font-weight=\"bold\" font-size=\"%1\"").arg(num(st.fontSize * 0.85))
                        + fill(st.dimText));
            out += text(QPointF(row.rect.left() + b.nameOffset, y), row.name,
                row.more ? QStringLiteral(" font-style=\"italic\"") + fill(st.dimText) : fill(st.text));
            if (!row.type.isEmpty())
                out += text(QPointF(row.rect.right(), y), row.type,
                    QStringLiteral(" text-anchor=\"end\"") + fill(st.dimText));
        }
        out += QStringLiteral("</g>\n");
    }
    return out + QStringLiteral("</svg>\n");
}

} // namespace LockLens
