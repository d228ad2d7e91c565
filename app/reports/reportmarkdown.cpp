// SPDX-License-Identifier: GPL-3.0-or-later
// The Markdown report: GitHub-flavoured tables for issue trackers.
#include "app/reports/reporttables.h"
#include "app/reports/reporttrace.h"
#include "app/reports/reporttext.h"
#include "app/reports/reportwriters.h"

namespace LockLens::Report {

namespace {

QString table(const Table &t)
{
    if (t.rows.isEmpty())
        return QString();
    QString s;
    QStringList head, rule;
    for (qsizetype i = 0; i < t.header.size(); ++i) {
        head << mdCell(t.header.at(i));
        rule << ((i >= t.textColumns && t.numericColumns) ? QStringLiteral("---:") : QStringLiteral("---"));
    }
    s += QStringLiteral("| %1 |\n").arg(head.join(QLatin1String(" | ")));
    s += QStringLiteral("| %1 |\n").arg(rule.join(QLatin1String(" | ")));
    for (const QStringList &row : t.rows) {
        QStringList cells;
        for (const QString &c : row)
            cells << mdCell(c);
        while (cells.size() < t.header.size())
            cells << QString();
        s += QStringLiteral("| %1 |\n").arg(cells.join(QLatin1String(" | ")));
    }
    return s + QLatin1Char('\n');
}

// Inline text outside tables: what Markdown would read as markup is escaped.
QString inlineText(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (QStringLiteral("\\`*_{}[]<>#|!").contains(c))
            out += QLatin1Char('\\');
        out += (c == QLatin1Char('\n') || c == QLatin1Char('\r')) ? QLatin1Char(' ') : c;
    }
    return out;
}

QString conclusions(const std::vector<Conclusion> &list)
{
    QString s;
    for (const Conclusion &c : list)
        s += QStringLiteral("- %1%2\n")
                 .arg(c.warning ? Tr::tr("**Warning:** ") : QString(), inlineText(c.text));
    return s.isEmpty() ? s : s + QLatin1Char('\n');
}

} // namespace

QByteArray toMarkdown(const Model &m)
{
    QString s = QStringLiteral("# %1\n\n").arg(inlineText(m.title()));
    for (const RunFigures &r : m.runs) {
        if (!r.description.isEmpty())
            s += QStringLiteral("*%1*: %2\n\n").arg(inlineText(r.heading()), inlineText(r.description));
    }
    s += Tr::tr("## Conclusions\n\n");
    if (m.isComparison())
        s += conclusions(m.comparison);
    for (const RunFigures &r : m.runs) {
        if (m.isComparison() && !r.conclusions.empty())
            s += QStringLiteral("**%1**\n\n").arg(inlineText(r.heading()));
        s += conclusions(r.conclusions);
    }
    s += Tr::tr("## Summary\n\n") + table(summaryTable(m));
    s += Tr::tr("## Scenario\n\n") + table(settingsTable(m));
    for (const RunFigures &r : m.runs) {
        if (r.program) {
            const QString suffix = m.isComparison() ? QStringLiteral(": ") + inlineText(r.heading()) : QString();
            s += Tr::tr("## Processes") + suffix + QStringLiteral("\n\n") + table(processesTable(r));
            s += Tr::tr("## Connections") + suffix + QStringLiteral("\n\n") + table(connectionsTable(r));
            const Table blocked = blockedTable(r);
            s += Tr::tr("## Blocked steps") + suffix + QStringLiteral("\n\n");
            s += blocked.rows.isEmpty() ? Tr::tr("The program never got SQLITE_BUSY or SQLITE_LOCKED.\n\n")
                                        : table(blocked);
        } else {
            s += (m.isComparison() ? Tr::tr("## Workers: %1\n\n").arg(inlineText(r.heading()))
                                   : Tr::tr("## Workers\n\n"));
            s += table(workersTable(r));
        }
        const LockSection locks = lockSection(r);
        s += QStringLiteral("## ") + locks.title
            + (m.isComparison() ? QStringLiteral(": ") + inlineText(r.heading()) : QString()) + QStringLiteral("\n\n");
        s += locks.table.rows.isEmpty() ? locks.note + QStringLiteral("\n\n") : table(locks.table);
        if (!r.errorMessages.isEmpty()) {
            s += Tr::tr("First error of each kind:\n\n");
            for (const QString &e : r.errorMessages)
                s += QStringLiteral("- %1\n").arg(inlineText(e));
            s += QLatin1Char('\n');
        }
        if (!r.warnings.isEmpty()) {
            s += Tr::tr("Warnings:\n\n");
            for (const QString &w : r.warnings)
                s += QStringLiteral("- %1\n").arg(inlineText(w));
            s += QLatin1Char('\n');
        }
    }
    s += Tr::tr("## Environment\n\n") + table(environmentTable(m));
    return s.toUtf8();
}

} // namespace LockLens::Report
