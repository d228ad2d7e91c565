// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/tracetext.h"

#include "app/cli/output.h"
#include "workers/locktrace.h"
#include "workers/tracemodel.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <set>

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

// The lock as a sentence says it.
QString lockWords(Lock l)
{
    switch (l) {
    case Lock::Shared:
        return Tr::tr("SHARED");
    case Lock::Reserved:
        return Tr::tr("RESERVED");
    case Lock::Pending:
        return Tr::tr("PENDING");
    case Lock::Exclusive:
        return Tr::tr("EXCLUSIVE");
    case Lock::WalWrite:
        return Tr::tr("the WAL write lock");
    case Lock::WalCheckpoint:
        return Tr::tr("the checkpoint lock");
    case Lock::WalRecover:
        return Tr::tr("the WAL recovery lock");
    case Lock::WalRead:
        return Tr::tr("a WAL read mark");
    default:
        return Tr::tr("no lock");
    }
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

bool isMemory(const QString &file)
{
    return file.isEmpty() || file == QLatin1String(":memory:") || file.contains(QLatin1String("mode=memory"))
        || file.contains(QLatin1String("vfs=memdb"));
}

class Filter
{
public:
    explicit Filter(const QStringList &globs)
    {
        for (const QString &g : globs)
            m_patterns << QRegularExpression(QRegularExpression::wildcardToRegularExpression(g));
    }
    bool keeps(const QString &file) const
    {
        if (m_patterns.isEmpty())
            return true;
        const QString name = QFileInfo(file).fileName();
        for (const QRegularExpression &p : m_patterns) {
            if (p.match(file).hasMatch() || p.match(name).hasMatch())
                return true;
        }
        return false;
    }

private:
    QList<QRegularExpression> m_patterns;
};

QString connectionLine(const Trace::Model::Connection &c)
{
    QStringList threads;
    for (std::uint32_t t : c.threads)
        threads << QString::number(t);
    QString line = Tr::tr("  connection %1: pid %2, %3, threads %4\n")
                       .arg(c.id)
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
    line += Tr::tr("    transactions: %1 begun, %2 ended, the longest %3 s\n")
                .arg(c.transactions)
                .arg(c.commits)
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

QString blockedLine(const Trace::Model::Blocked &b)
{
    QString line = Tr::tr("  %1 s: thread %2 of pid %3 (connection %4), %5, got %6 after %7 s")
                       .arg(secondsText(b.tS))
                       .arg(b.thread)
                       .arg(b.pid)
                       .arg(b.connection)
                       .arg(b.statement.isEmpty() ? Tr::tr("a statement") : b.statement, resultWords(b.result),
                           secondsText(b.waitedS));
    const Trace::Model::Holder &h = b.holder;
    if (h.connection == 0)
        return line + Tr::tr(";\n    no traced connection held the lock it wanted (another program, or it was let go)\n");
    line += Tr::tr(";\n    connection %1 of pid %2 (thread %3) held %4 since %5 s")
                .arg(h.connection)
                .arg(h.pid)
                .arg(h.thread)
                .arg(lockWords(h.lock), secondsText(h.sinceS));
    if (h.transactionSinceS >= 0)
        line += Tr::tr(", inside a transaction begun at %1 s").arg(secondsText(h.transactionSinceS));
    if (!h.statement.isEmpty())
        line += Tr::tr(", its last statement %1").arg(h.statement);
    return line + QLatin1Char('\n');
}

// What follows from the figures, in plain words.
QStringList conclusions(const Trace::Model &model, const Filter &filter)
{
    QStringList out;
    for (const auto &c : model.connections()) {
        if (!filter.keeps(c.file))
            continue;
        if (c.threads.size() >= 2)
            out << Tr::tr("%1 threads share connection %2: SQLite runs their statements one at a time, "
                          "and one thread's transaction is every thread's. Give each thread its own connection.")
                       .arg(c.threads.size())
                       .arg(c.id);
        if (c.transactions > 0 && c.commits == 0)
            out << Tr::tr("Connection %1 began a transaction and never ended it: nothing it wrote was committed.")
                       .arg(c.id);
        if (isMemory(c.file))
            out << Tr::tr("Connection %1 is an in-memory database: it takes no file locks, so there are none to show.")
                       .arg(c.id);
        if (c.errors[std::size_t(ErrorClass::BusyUpgrade)] > 0)
            out << Tr::tr("Connection %1 got SQLITE_BUSY on writes inside transactions that had read first "
                          "(no busy handler can wait for those): begin them with BEGIN IMMEDIATE.")
                       .arg(c.id);
        if (c.longestTransactionS >= 1.0 && !model.blocked().empty())
            out << Tr::tr("A transaction of connection %1 stayed open for %2 s while others waited: commit sooner.")
                       .arg(c.id)
                       .arg(secondsText(c.longestTransactionS));
    }
    return out;
}

} // namespace

QString traceProgressLine(const Trace::Model &model, double nowS, std::uint64_t dropped)
{
    QString line = Tr::tr("%1 s: %2 processes, %3 connections, %4 blocked")
                       .arg(secondsText(nowS))
                       .arg(model.processes().size())
                       .arg(model.connections().size())
                       .arg(model.blocked().size());
    if (dropped > 0)
        line += Tr::tr(", %1 records dropped").arg(dropped);
    return line;
}

QString traceSummaryText(const Trace::Model &model, const TraceEnd &end)
{
    const Filter filter(end.dbGlobs);
    QString out = end.crashed
        ? Tr::tr("trace: %1, ended by signal %2 after %3 s\n").arg(shortCommand(end.command)).arg(end.exitCode).arg(secondsText(end.durationS))
        : Tr::tr("trace: %1, exit status %2 after %3 s\n").arg(shortCommand(end.command)).arg(end.exitCode).arg(secondsText(end.durationS));
    if (model.processes().empty()) {
        return out
            + Tr::tr("Nothing was recorded: the program opened no SQLite database through a shared SQLite "
                     "library. A program whose SQLite is built into it (some Go and Node programs, a static "
                     "build) cannot be traced this way; the Load Lab can model its load instead.\n");
    }
    out += Tr::tr("processes:\n");
    for (const auto &p : model.processes())
        out += Tr::tr("  pid %1 (parent %2) from %3 s: %4\n").arg(p.pid).arg(p.parent).arg(secondsText(p.startS)).arg(shortCommand(p.command));
    out += Tr::tr("connections:\n");
    std::set<int> shown;
    for (const auto &c : model.connections()) {
        if (filter.keeps(c.file)) {
            out += connectionLine(c);
            shown.insert(c.id);
        }
    }
    if (shown.empty())
        out += Tr::tr("  none%1\n").arg(end.dbGlobs.isEmpty() ? QString() : Tr::tr(" matching --db"));
    int blocked = 0;
    QString lines;
    for (const auto &b : model.blocked()) {
        if (shown.count(b.connection)) {
            ++blocked;
            lines += blockedLine(b);
        }
    }
    out += Tr::tr("blocked: %1\n").arg(blocked) + lines;
    const QStringList said = conclusions(model, filter);
    if (!said.isEmpty())
        out += Tr::tr("conclusions:\n") + QStringLiteral("  - ") + said.join(QStringLiteral("\n  - ")) + QLatin1Char('\n');
    out += Tr::tr("channel: %1 records read, %2 dropped\n").arg(model.records()).arg(end.dropped + end.lost);
    if (end.dropped > 0 || end.lost > 0)
        out += Tr::tr("The channel dropped %1 records (it was full) and lost %2: the timeline has gaps; the counts "
                      "above are exact.\n")
                   .arg(end.dropped)
                   .arg(end.lost);
    return out;
}

} // namespace LockLens::Cli
