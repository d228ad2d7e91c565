// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reports/reportdocument.h"

#include "app/reports/reporttext.h"
#include "app/reports/reporttrace.h"

namespace LockLens::Report {

namespace {

using Kind = Block::Kind;
using Tone = Block::Tone;

Block heading(Kind kind, const QString &text)
{
    Block b;
    b.kind = kind;
    b.text = text;
    return b;
}

Block paragraph(const QString &text, Tone tone = Tone::Plain, const QString &lead = QString())
{
    Block b;
    b.text = text;
    b.tone = tone;
    b.lead = lead;
    return b;
}

Block tableBlock(const Table &t, bool wrapLastRow = false)
{
    Block b;
    b.kind = Kind::Table;
    b.table = t;
    b.wrapLastRow = wrapLastRow;
    return b;
}

Block items(const QString &heading, const QStringList &list)
{
    Block b;
    b.kind = Kind::Items;
    b.text = heading;
    b.items = list;
    return b;
}

// The scenario's own description, or what its settings say.
QString whatRan(const RunFigures &r)
{
    if (!r.description.isEmpty())
        return r.description;
    const QString load = r.onServer // txMode: "isolation read-committed"
        ? Tr::tr("%1 for %2 s; writers %3, readers %4; %5 transactions")
              .arg(r.databaseShown, fixed(r.durationS, 1), QString::number(r.workers), QString::number(r.readers),
                  r.txMode)
        : Tr::tr("%1 for %2 s; writers %3, readers %4; %5 journal, %6 transactions")
              .arg(r.database, fixed(r.durationS, 1), QString::number(r.workers), QString::number(r.readers),
                  r.journalMode, r.txMode);
    return r.scenarioName.isEmpty() ? load : Tr::tr("scenario %1: %2").arg(r.scenarioName, load);
}

Block verification(const RunFigures &r)
{
    if (r.lockedOut)
        return paragraph(r.verificationError, Tone::Bad, Tr::tr("Not verified:"));
    if (!r.checked) {
        return paragraph(r.verificationError.isEmpty()
                ? Tr::tr("The database was not checked after the run.")
                : Tr::tr("The database could not be checked: %1").arg(r.verificationError),
            Tone::Bad);
    }
    const QString extra = r.extraRows > 0
        ? Tr::tr(" %1 extra rows, written by another connection during the run.").arg(count(r.extraRows))
        : QString();
    return paragraph(
        Tr::tr("lost rows %1 (%2 rows expected, %3 present), integrity %4.")
                .arg(count(r.lostRows), count(r.rowsExpected), count(r.rowsPresent), r.integrityText())
            + extra,
        r.verified ? Tone::Good : Tone::Bad,
        r.verified ? Tr::tr("Verified:") : Tr::tr("Verification failed:"));
}

// A traced program's processes, connections and blocked steps.
void traceDetails(const RunFigures &r, const QString &suffix, std::vector<Block> *out)
{
    out->push_back(heading(Kind::Section, Tr::tr("Processes") + suffix));
    out->push_back(tableBlock(processesTable(r)));
    out->push_back(heading(Kind::Section, Tr::tr("Connections") + suffix));
    out->push_back(tableBlock(connectionsTable(r)));
    out->push_back(heading(Kind::Section, Tr::tr("Blocked steps") + suffix));
    const Table blocked = blockedTable(r);
    out->push_back(blocked.rows.isEmpty()
            ? paragraph(Tr::tr("The program never got SQLITE_BUSY or SQLITE_LOCKED."), Tone::Muted)
            : tableBlock(blocked));
}

void runDetails(const Model &m, const RunFigures &r, std::vector<Block> *out)
{
    const QString suffix = m.isComparison() ? QStringLiteral(": ") + r.heading() : QString();
    if (r.program) {
        traceDetails(r, suffix, out);
    } else {
        out->push_back(heading(Kind::Section, Tr::tr("Verification") + suffix));
        out->push_back(verification(r));
        out->push_back(heading(Kind::Section, Tr::tr("Workers") + suffix));
        out->push_back(tableBlock(workersTable(r)));
    }
    const LockSection locks = lockSection(r);
    out->push_back(heading(Kind::Section, locks.title + suffix));
    out->push_back(locks.table.rows.isEmpty() ? paragraph(locks.note, Tone::Muted) : tableBlock(locks.table));
    if (!r.errorMessages.isEmpty())
        out->push_back(items(Tr::tr("First error of each kind"), r.errorMessages));
    if (!r.warnings.isEmpty())
        out->push_back(items(Tr::tr("Warnings"), r.warnings));
}

} // namespace

std::vector<Block> outline(const Model &m)
{
    std::vector<Block> out;
    if (m.runs.empty())
        return out;
    out.push_back(heading(Kind::Title, m.title()));
    for (const RunFigures &r : m.runs)
        out.push_back(paragraph(whatRan(r), Tone::Plain, r.heading() + QLatin1Char(':')));
    out.push_back(heading(Kind::Section, Tr::tr("Conclusions")));
    const auto findings = [&out](const std::vector<Conclusion> &list) {
        if (list.empty())
            return;
        Block b;
        b.kind = Kind::Findings;
        b.findings = list;
        out.push_back(b);
    };
    if (m.isComparison())
        findings(m.comparison);
    for (const RunFigures &r : m.runs) {
        if (m.isComparison() && !r.conclusions.empty())
            out.push_back(heading(Kind::Subsection, r.heading()));
        findings(r.conclusions);
    }
    out.push_back(heading(Kind::Section, Tr::tr("Summary")));
    out.push_back(tableBlock(summaryTable(m)));
    out.push_back(heading(Kind::Section, Tr::tr("Over time")));
    for (ChartSpec &c : chartsOf(m)) {
        Block b;
        b.kind = Kind::Chart;
        b.chart = std::move(c);
        out.push_back(std::move(b));
    }
    out.push_back(heading(Kind::Section, Tr::tr("Scenario")));
    out.push_back(tableBlock(settingsTable(m)));
    for (const RunFigures &r : m.runs)
        runDetails(m, r, &out);
    out.push_back(heading(Kind::Section, Tr::tr("Environment")));
    out.push_back(tableBlock(environmentTable(m), true));
    out.push_back(
        paragraph(Tr::tr("Written by LockLens %1.").arg(m.runs.front().lockLensVersion), Tone::Muted));
    return out;
}

} // namespace LockLens::Report
