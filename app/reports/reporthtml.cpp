// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML report: one self-contained page, well-formed XHTML (it parses as XML too),
// charts as inline SVG, every piece of text escaped.
#include "app/reports/reportdocument.h"
#include "app/reports/reportsvg.h"
#include "app/reports/reporttext.h"
#include "app/reports/reportwriters.h"

namespace LockLens::Report {

namespace {

const char style[] = R"(
body { font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #222;
  max-width: 1100px; margin: 24px auto; padding: 0 16px; line-height: 1.4; }
h1 { font-size: 1.6em; margin-bottom: 4px; }
h2 { font-size: 1.2em; margin-top: 28px; border-bottom: 1px solid #ddd; padding-bottom: 3px; }
h3 { font-size: 1.05em; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.9em; }
th, td { border: 1px solid #d5d5d5; padding: 3px 8px; vertical-align: top; }
th { background: #f3f3f3; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.wrap { max-width: 640px; font-family: monospace; font-size: 0.85em; word-break: break-word; }
ul.conclusions li { margin: 3px 0; }
li.warning { color: #a40000; }
.ok { color: #0a6b0a; font-weight: bold; }
.bad { color: #a40000; font-weight: bold; }
.muted { color: #666; }
svg.chart { display: block; margin: 8px 0 18px; max-width: 100%; height: auto; }
)";

QString table(const Table &t, bool wrapLast = false)
{
    if (t.rows.isEmpty())
        return QString();
    QString s = QStringLiteral("<table>\n<tr>");
    for (const QString &h : t.header)
        s += QStringLiteral("<th>%1</th>").arg(xml(h));
    s += QStringLiteral("</tr>\n");
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const QStringList &row = t.rows.at(r);
        s += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i == 0)
                s += QStringLiteral("<th>%1</th>").arg(xml(row.at(i)));
            else if (wrapLast && r == t.rows.size() - 1)
                s += QStringLiteral("<td class=\"wrap\">%1</td>").arg(xml(row.at(i)));
            else
                s += QStringLiteral("<td%1>%2</td>")
                         .arg(
                             t.numericColumns && i >= t.textColumns ? QStringLiteral(" class=\"num\"") : QString(),
                             xml(row.at(i)));
        }
        s += QStringLiteral("</tr>\n");
    }
    return s + QStringLiteral("</table>\n");
}

QString conclusions(const std::vector<Conclusion> &list)
{
    QString s = QStringLiteral("<ul class=\"conclusions\">\n");
    for (const Conclusion &c : list)
        s += QStringLiteral("<li class=\"%1\" data-key=\"%2\">%3</li>\n")
                 .arg(c.warning ? QStringLiteral("warning") : QStringLiteral("finding"), xml(c.key),
                     xml(c.text));
    return s + QStringLiteral("</ul>\n");
}

QString toneClass(Block::Tone tone)
{
    switch (tone) {
    case Block::Tone::Muted:
        return QStringLiteral(" class=\"muted\"");
    case Block::Tone::Good:
        return QStringLiteral(" class=\"ok\"");
    case Block::Tone::Bad:
        return QStringLiteral(" class=\"bad\"");
    case Block::Tone::Plain:
        break;
    }
    return QString();
}

QString paragraph(const Block &b)
{
    if (b.lead.isEmpty())
        return QStringLiteral("<p%1>%2</p>\n").arg(toneClass(b.tone), xml(b.text));
    const QString lead = b.tone == Block::Tone::Plain
        ? QStringLiteral("<b>%1</b>").arg(xml(b.lead))
        : QStringLiteral("<span%1>%2</span>").arg(toneClass(b.tone), xml(b.lead));
    return QStringLiteral("<p>%1 %2</p>\n").arg(lead, xml(b.text));
}

QString block(const Block &b)
{
    switch (b.kind) {
    case Block::Kind::Title:
        return QStringLiteral("<h1>%1</h1>\n").arg(xml(b.text));
    case Block::Kind::Section:
        return QStringLiteral("<h2>%1</h2>\n").arg(xml(b.text));
    case Block::Kind::Subsection:
        return QStringLiteral("<h3>%1</h3>\n").arg(xml(b.text));
    case Block::Kind::Paragraph:
        return paragraph(b);
    case Block::Kind::Table:
        return table(b.table, b.wrapLastRow);
    case Block::Kind::Findings:
        return conclusions(b.findings);
    case Block::Kind::Items: {
        QString s = QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(xml(b.text));
        for (const QString &item : b.items)
            s += QStringLiteral("<li>%1</li>\n").arg(xml(item));
        return s + QStringLiteral("</ul>\n");
    }
    case Block::Kind::Chart:
        return svgChart(layoutChart(b.chart));
    }
    return QString();
}

} // namespace

QByteArray toHtml(const Model &m)
{
    QString s = QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n"
                               "<head>\n<meta charset=\"utf-8\"/>\n<title>%1</title>\n<style>%2</style>\n"
                               "</head>\n<body>\n")
                    .arg(xml(m.title()), QLatin1String(style));
    for (const Block &b : outline(m))
        s += block(b);
    s += QStringLiteral("</body>\n</html>\n");
    return s.toUtf8();
}

} // namespace LockLens::Report
