// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML report: one self-contained page, well-formed XHTML (it parses as XML too),
// charts as inline SVG, every piece of text escaped.
#include "reportsvg.h"
#include "reporttables.h"
#include "reporttext.h"
#include "reportwriters.h"

#include <QCoreApplication>

#include <functional>

namespace LockLens::Report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LockLens::Report", text);
}

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
                             t.numericColumns ? QStringLiteral(" class=\"num\"") : QString(), xml(row.at(i)));
        }
        s += QStringLiteral("</tr>\n");
    }
    return s + QStringLiteral("</table>\n");
}

QString conclusions(const std::vector<Conclusion> &list)
{
    if (list.empty())
        return QString();
    QString s = QStringLiteral("<ul class=\"conclusions\">\n");
    for (const Conclusion &c : list)
        s += QStringLiteral("<li class=\"%1\" data-key=\"%2\">%3</li>\n")
                 .arg(c.warning ? QStringLiteral("warning") : QStringLiteral("finding"), xml(c.key),
                     xml(c.text));
    return s + QStringLiteral("</ul>\n");
}

using Pick = std::function<double(const Interval &)>;

QList<QPointF> lineOf(const RunFigures &r, const Pick &pick)
{
    QList<QPointF> pts;
    pts.reserve(qsizetype(r.series.size()));
    for (const Interval &p : r.series)
        pts << QPointF(p.tS, pick(p));
    return pts;
}

QList<QPointF> workerLine(const RunFigures &r, std::size_t w, std::optional<double> Interval::Worker::*field)
{
    QList<QPointF> pts;
    for (const Interval &p : r.series) {
        if (w < p.workers.size() && (p.workers[w].*field))
            pts << QPointF(p.tS, *(p.workers[w].*field));
    }
    return pts;
}

QString charts(const Model &m)
{
    const QString seconds = tr("seconds since the load started");
    QString s;
    if (!m.isComparison()) {
        const RunFigures &r = m.runs.front();
        s += svgLineChart(tr("Throughput"), seconds, tr("per second"),
            { { tr("operations/s"), lineOf(r, [](const Interval &p) { return p.opsPerS; }) },
                { tr("commits/s"), lineOf(r, [](const Interval &p) { return p.txPerS; }) } });
        std::vector<ChartLine> perWorker, waits;
        for (std::size_t w = 0; w < r.workerFigures.size(); ++w) {
            perWorker.push_back({ r.workerFigures[w].name, workerLine(r, w, &Interval::Worker::opsPerS) });
            waits.push_back({ r.workerFigures[w].name, workerLine(r, w, &Interval::Worker::lockWaitPerS) });
        }
        if (perWorker.size() > 1 && perWorker.size() <= 16)
            s += svgLineChart(tr("Throughput per worker"), seconds, tr("operations/s"), perWorker);
        s += svgLineChart(tr("Lock waits"), seconds, tr("clients waiting (s/s)"),
            { { tr("waiting for SQLite's locks"),
                  lineOf(r, [](const Interval &p) { return p.lockWaitPerS; }) },
                { tr("waiting for the application"),
                    lineOf(r, [](const Interval &p) { return p.appWaitPerS; }) } });
        if (waits.size() > 1 && waits.size() <= 16)
            s += svgLineChart(tr("Lock waits per worker"), seconds, tr("waiting (s/s)"), waits);
        s += svgLineChart(tr("Busy events and errors"), seconds, tr("per second"),
            { { tr("busy events/s"), lineOf(r, [](const Interval &p) { return p.busyPerS; }) },
                { tr("errors/s"), lineOf(r, [](const Interval &p) { return p.errorsPerS; }) } });
        s += svgLineChart(tr("Operation latency"), seconds, tr("milliseconds"),
            { { tr("p50"), lineOf(r, [](const Interval &p) { return p.p50Ms; }) },
                { tr("p99"), lineOf(r, [](const Interval &p) { return p.p99Ms; }) } });
        return s;
    }
    const auto perRun = [&m](const Pick &pick) {
        std::vector<ChartLine> lines;
        for (const RunFigures &r : m.runs)
            lines.push_back({ r.label, lineOf(r, pick) });
        return lines;
    };
    s += svgLineChart(
        tr("Throughput"), seconds, tr("operations/s"), perRun([](const Interval &p) { return p.opsPerS; }));
    s += svgLineChart(tr("Lock waits"), seconds, tr("clients waiting for SQLite's locks (s/s)"),
        perRun([](const Interval &p) { return p.lockWaitPerS; }));
    s += svgLineChart(tr("Busy events"), seconds, tr("busy events/s"),
        perRun([](const Interval &p) { return p.busyPerS; }));
    s += svgLineChart(tr("Operation latency p99"), seconds, tr("milliseconds"),
        perRun([](const Interval &p) { return p.p99Ms; }));
    return s;
}

QString verification(const RunFigures &r)
{
    QString s;
    if (!r.checked) {
        s += QStringLiteral("<p class=\"bad\">%1</p>\n")
                 .arg(xml(r.verificationError.isEmpty()
                         ? tr("The database was not checked after the run.")
                         : tr("The database could not be checked: %1").arg(r.verificationError)));
        return s;
    }
    s += QStringLiteral("<p><span class=\"%1\">%2</span> %3</p>\n")
             .arg(r.verified ? QStringLiteral("ok") : QStringLiteral("bad"),
                 xml(r.verified ? tr("Verified:") : tr("Verification failed:")),
                 xml(tr("lost rows %1 (%2 rows expected, %3 present), integrity %4.")
                         .arg(count(r.lostRows), count(r.rowsExpected), count(r.rowsPresent),
                             r.integrityText())));
    return s;
}

QString runDetails(const Model &m, const RunFigures &r)
{
    QString s;
    const QString suffix = m.isComparison() ? QStringLiteral(": ") + r.label : QString();
    s += QStringLiteral("<h2>%1</h2>\n").arg(xml(tr("Verification") + suffix)) + verification(r);
    s += QStringLiteral("<h2>%1</h2>\n").arg(xml(tr("Workers") + suffix)) + table(workersTable(r));
    s += QStringLiteral("<h2>%1</h2>\n").arg(xml(tr("Seconds in each lock") + suffix));
    const Table locks = locksTable(r);
    s += locks.rows.isEmpty()
        ? QStringLiteral("<p class=\"muted\">%1</p>\n").arg(xml(tr("Locks were not recorded in this run.")))
        : table(locks);
    if (!r.errorMessages.isEmpty()) {
        s += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(xml(tr("First error of each kind")));
        for (const QString &e : r.errorMessages)
            s += QStringLiteral("<li>%1</li>\n").arg(xml(e));
        s += QStringLiteral("</ul>\n");
    }
    if (!r.warnings.isEmpty()) {
        s += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(xml(tr("Warnings")));
        for (const QString &w : r.warnings)
            s += QStringLiteral("<li>%1</li>\n").arg(xml(w));
        s += QStringLiteral("</ul>\n");
    }
    return s;
}

} // namespace

QByteArray toHtml(const Model &m)
{
    QString s = QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n"
                               "<head>\n<meta charset=\"utf-8\"/>\n<title>%1</title>\n<style>%2</style>\n"
                               "</head>\n<body>\n")
                    .arg(xml(m.title()), QLatin1String(style));
    s += QStringLiteral("<h1>%1</h1>\n").arg(xml(m.title()));
    for (const RunFigures &r : m.runs) {
        s += QStringLiteral("<p><b>%1</b>: %2</p>\n")
                 .arg(xml(r.label),
                     xml(r.description.isEmpty() ? tr("scenario %1").arg(r.scenarioName) : r.description));
    }
    s += QStringLiteral("<h2>%1</h2>\n").arg(xml(tr("Conclusions")));
    if (m.isComparison())
        s += conclusions(m.comparison);
    for (const RunFigures &r : m.runs) {
        if (m.isComparison() && !r.conclusions.empty())
            s += QStringLiteral("<h3>%1</h3>\n").arg(xml(r.label));
        s += conclusions(r.conclusions);
    }
    s += QStringLiteral("<h2>%1</h2>\n").arg(xml(tr("Summary"))) + table(summaryTable(m));
    s += QStringLiteral("<h2>%1</h2>\n").arg(xml(tr("Over time"))) + charts(m);
    s += QStringLiteral("<h2>%1</h2>\n").arg(xml(tr("Scenario"))) + table(settingsTable(m));
    for (const RunFigures &r : m.runs)
        s += runDetails(m, r);
    s += QStringLiteral("<h2>%1</h2>\n").arg(xml(tr("Environment"))) + table(environmentTable(m), true);
    s += QStringLiteral("<p class=\"muted\">%1</p>\n")
             .arg(xml(tr("Written by LockLens %1.").arg(m.runs.front().lockLensVersion)));
    s += QStringLiteral("</body>\n</html>\n");
    return s.toUtf8();
}

} // namespace LockLens::Report
