// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/tracetext.h"

#include "app/cli/output.h"
#include "app/reports/reporttrace.h"
#include "workers/locktrace.h"
#include "workers/tracedocument.h"
#include "workers/tracemodel.h"

namespace LockLens::Cli {

namespace {

using LockTrace::Lock;

// A command line on one line, at most 120 characters.
QString shortCommand(const QString &command)
{
    QString s = command.simplified();
    if (s.size() > 120)
        s = s.left(119) + QChar(0x2026);
    return s;
}

QString secondsText(double s)
{
    return QString::number(s, 'f', 3);
}

QString resultWords(int rc)
{
    switch (rc & 0xff) {
    case 5:
        return rc == 517 ? Tr::tr("SQLITE_BUSY_SNAPSHOT") : Tr::tr("SQLITE_BUSY (database is locked)");
    case 6:
        return Tr::tr("SQLITE_LOCKED (database table is locked)");
    default:
        return Tr::tr("error %1").arg(rc);
    }
}

QString connectionLine(const Trace::Connection &c)
{
    QStringList threads;
    for (std::uint32_t t : c.threads)
        threads << QString::number(t);
    QString line = Tr::tr("  %1: pid %2, %3, threads %4\n")
                       .arg(Trace::connectionWords(c))
                       .arg(c.pid)
                       .arg(c.file.isEmpty() ? Tr::tr("(temporary database)") : c.file, threads.join(QLatin1String(", ")));
    if (c.countersKnown) {
        line += Tr::tr("    %1 statements, %2 rows changed, %3 s inside SQLite; busy handler: %4 sleeps, %5 s\n")
                    .arg(c.statements)
                    .arg(c.rowsChanged)
                    .arg(secondsText(c.stepS))
                    .arg(c.sleeps)
                    .arg(secondsText(c.sleepS));
    }
    QStringList held;
    for (int l = int(Lock::Shared); l < LockTrace::LockCount; ++l) {
        if (c.secondsIn[std::size_t(l)] >= 0.0005) // shown to the millisecond
            held << QStringLiteral("%1 %2 s").arg(LockTrace::lockName(Lock(l)), secondsText(c.secondsIn[std::size_t(l)]));
    }
    if (!held.isEmpty())
        line += Tr::tr("    held: %1; lock requests refused: %2\n").arg(held.join(QLatin1String(", "))).arg(c.busyAttempts);
    line += Tr::tr("    transactions: %1 begun, %2 committed, %3 rolled back, the longest %4 s\n")
                .arg(c.transactions)
                .arg(c.commits)
                .arg(c.rollbacks)
                .arg(secondsText(c.longestTransactionS));
    QStringList errors;
    for (std::size_t k = 0; k < c.errors.size(); ++k) {
        if (c.errors[k] > 0)
            errors << QStringLiteral("%1 %2").arg(QLatin1String(errorClassKey(ErrorClass(k)))).arg(c.errors[k]);
    }
    if (!errors.isEmpty())
        line += Tr::tr("    errors: %1\n").arg(errors.join(QLatin1String(", ")));
    return line;
}

QString blockedLine(const Trace::Blocked &b)
{
    QString line = Tr::tr("  %1 s: thread %2 of pid %3 (connection %4), %5, got %6 after %7 s")
                       .arg(secondsText(b.tS))
                       .arg(b.thread)
                       .arg(b.pid)
                       .arg(b.connection)
                       .arg(b.statement.isEmpty() ? Tr::tr("a statement") : b.statement, resultWords(b.result),
                           secondsText(b.waitedS));
    return line + QStringLiteral(";\n    ") + Report::holderText(b.holder) + QLatin1Char('\n');
}

} // namespace

QString traceProgressLine(const Trace::Model &model, double nowS, std::uint64_t dropped)
{
    QString line = Tr::tr("%1 s: %2 processes, %3 connections, %4 blocked")
                       .arg(secondsText(nowS))
                       .arg(model.processes().size())
                       .arg(model.connectionCount())
                       .arg(model.blocked().size());
    if (dropped > 0)
        line += Tr::tr(", %1 records dropped").arg(dropped);
    return line;
}

QString traceSummaryText(const Trace::Program &p, double durationS)
{
    constexpr std::size_t MaxSummaryConnections = 50;
    const QString command = shortCommand(p.command.join(QLatin1Char(' ')));
    QString out = p.signal
        ? Tr::tr("trace: %1, ended by signal %2 after %3 s\n").arg(command).arg(p.signal).arg(secondsText(durationS))
        : Tr::tr("trace: %1, exit status %2 after %3 s\n").arg(command).arg(p.exitStatus).arg(secondsText(durationS));
    if (p.processes.empty())
        return out + Trace::conclusions(p).front().text + QLatin1Char('\n');
    out += Tr::tr("processes:\n");
    for (const auto &q : p.processes)
        out += Tr::tr("  pid %1 (parent %2) from %3 s: %4\n").arg(q.pid).arg(q.parent).arg(secondsText(q.startS)).arg(shortCommand(q.command));
    out += Tr::tr("connections:\n");
    // A terminal's worth: the first ones and every summed entry; the JSON and the report
    // list them all.
    std::size_t shown = 0;
    for (const auto &c : p.connections) {
        if (shown < MaxSummaryConnections || c.summed > 0) {
            out += connectionLine(c);
            ++shown;
        }
    }
    if (shown < p.connections.size())
        out += Tr::tr("  and %1 more (every one in --json and --report)\n").arg(p.connections.size() - shown);
    if (p.connections.empty())
        out += Tr::tr("  none%1\n").arg(p.databases.isEmpty() ? QString() : Tr::tr(" matching --db"));
    out += p.blockedNotListed > 0
        ? Tr::tr("blocked: %1 (the first %2 listed)\n").arg(p.blocked.size() + p.blockedNotListed).arg(p.blocked.size())
        : Tr::tr("blocked: %1\n").arg(p.blocked.size());
    for (const auto &b : p.blocked)
        out += blockedLine(b);
    QStringList said;
    for (const Trace::Finding &f : Trace::conclusions(p))
        said << f.text;
    if (!said.isEmpty())
        out += Tr::tr("conclusions:\n") + QStringLiteral("  - ") + said.join(QStringLiteral("\n  - ")) + QLatin1Char('\n');
    out += Tr::tr("channel: %1 records read, %2 dropped\n").arg(p.recordsRead).arg(p.recordsDropped + p.recordsLost);
    if (const QString lost = Trace::droppedWarning(p); !lost.isEmpty())
        out += lost + QLatin1Char('\n');
    return out;
}

} // namespace LockLens::Cli
