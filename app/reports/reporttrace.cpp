// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reports/reporttrace.h"

#include "app/reports/reportconclusions.h"
#include "app/reports/reporttext.h"
#include "workers/locktrace.h"
#include "workers/rundocument.h"
#include "workers/tracedocument.h"

#include <QFileInfo>

#include <climits>

namespace LockLens::Report {

QString resultName(int rc)
{
    switch (rc & 0xff) {
    case 5:
        return rc == 517 ? QStringLiteral("SQLITE_BUSY_SNAPSHOT") : QStringLiteral("SQLITE_BUSY");
    case 6:
        return QStringLiteral("SQLITE_LOCKED");
    default:
        return Tr::tr("error %1").arg(rc);
    }
}

QString lockWords(LockTrace::Lock l)
{
    using LockTrace::Lock;
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

QString holderText(const Trace::Holder &h)
{
    if (h.connection == 0)
        return Tr::tr("no traced connection held the lock it wanted (another program, or it was let go)");
    QString text = Tr::tr("connection %1 of pid %2 (thread %3) held %4 since %5 s")
                       .arg(h.connection)
                       .arg(h.pid)
                       .arg(h.thread)
                       .arg(lockWords(h.lock), fixed(h.sinceS, 3));
    if (h.transactionSinceS >= 0)
        text += Tr::tr(", inside a transaction begun at %1 s").arg(fixed(h.transactionSinceS, 3));
    if (!h.statement.isEmpty())
        text += Tr::tr(", its last statement %1").arg(h.statement);
    return text;
}

void readTrace(const RunDocument &doc, RunFigures *r)
{
    const Trace::Program &p = *doc.program;
    r->program = p;
    r->scenarioName = Tr::tr("trace: %1").arg(Trace::programName(p));
    const QString how = p.signal ? Tr::tr("ended by signal %1").arg(p.signal)
                                 : Tr::tr("exit status %1").arg(p.exitStatus);
    r->description = Tr::tr("%1 (in %2): %3 after %4 s; %5 processes, %6 connections, %7 steps blocked")
                         .arg(p.command.join(QLatin1Char(' ')), p.folder, how, fixed(r->durationS, 1))
                         .arg(p.processes.size())
                         .arg(Trace::connectionCount(p))
                         .arg(p.blocked.size());
    QStringList names;
    for (const Trace::Connection &c : p.connections) {
        const QString name = Trace::isMemoryFile(c.file) ? Tr::tr("in-memory") : QFileInfo(c.file).fileName();
        if (!names.contains(name))
            names << name;
    }
    r->databaseShown = names.isEmpty() ? Tr::tr("no database") : names.join(QLatin1String(", "));
    r->workers = int(std::min<std::uint64_t>(Trace::connectionCount(p), INT_MAX));
}

std::vector<Conclusion> traceConclusions(const RunFigures &r)
{
    std::vector<Conclusion> out;
    for (const Trace::Finding &f : Trace::conclusions(*r.program))
        out.push_back({ f.key, f.text, f.key != QLatin1String("in_memory") });
    if (!r.program->blocked.empty())
        out.push_back({ QStringLiteral("blocked"),
            Tr::tr("The program got SQLITE_BUSY or SQLITE_LOCKED %1 times: the blocked steps below name the "
                   "connection that held the lock each time.")
                .arg(r.program->blocked.size()),
            true });
    return out;
}

Table processesTable(const RunFigures &r)
{
    Table t;
    t.numericColumns = false;
    t.header = QStringList { Tr::tr("Pid"), Tr::tr("Parent"), Tr::tr("From (s)"), Tr::tr("Exit status"),
        Tr::tr("Command") };
    if (!r.program)
        return t;
    for (const Trace::Process &p : r.program->processes)
        t.rows << QStringList { QString::number(p.pid), QString::number(p.parent), fixed(p.startS, 3),
            p.exitStatus ? QString::number(*p.exitStatus) : Tr::tr("not known"), p.command };
    return t;
}

Table connectionsTable(const RunFigures &r)
{
    Table t;
    t.numericColumns = false;
    t.header = QStringList { Tr::tr("Connection"), Tr::tr("Pid"), Tr::tr("File"), Tr::tr("Threads"),
        Tr::tr("Statements"), Tr::tr("Rows changed"), Tr::tr("In SQLite (s)"), Tr::tr("Busy sleeps"),
        Tr::tr("Slept (s)"), Tr::tr("Transactions begun / committed / rolled back"), Tr::tr("Longest (s)"), Tr::tr("BUSY/LOCKED") };
    if (!r.program)
        return t;
    for (const Trace::Connection &c : r.program->connections) {
        QStringList threads;
        for (std::uint32_t id : c.threads)
            threads << QString::number(id);
        std::uint64_t refused = 0;
        for (std::uint64_t n : c.errors)
            refused += n;
        refused -= c.errors[std::size_t(ErrorClass::Other)] - c.busyNotClassified; // (those are BUSY)
        const QString name = c.summed == 0
            ? Trace::workerName(c)
            : Tr::tr("%1 (%2 closed, summed)").arg(Trace::workerName(c), count(qint64(c.summed)));
        t.rows << QStringList { name, QString::number(c.pid), c.file,
            threads.join(QLatin1String(", ")), count(qint64(c.statements)), count(qint64(c.rowsChanged)),
            fixed(c.stepS, 3), count(qint64(c.sleeps)), fixed(c.sleepS, 3),
            QStringLiteral("%1 / %2 / %3")
                .arg(count(qint64(c.transactions)), count(qint64(c.commits)), count(qint64(c.rollbacks))),
            fixed(c.longestTransactionS, 3), count(qint64(refused)) };
    }
    return t;
}

Table blockedTable(const RunFigures &r)
{
    Table t;
    t.numericColumns = false;
    t.header = QStringList { Tr::tr("At (s)"), Tr::tr("Thread (pid)"), Tr::tr("Connection"), Tr::tr("Statement"),
        Tr::tr("Result"), Tr::tr("Waited (s)"), Tr::tr("Held by") };
    if (!r.program)
        return t;
    for (const Trace::Blocked &b : r.program->blocked)
        t.rows << QStringList { fixed(b.tS, 3), QStringLiteral("%1 (%2)").arg(b.thread).arg(b.pid),
            QStringLiteral("conn%1").arg(b.connection), b.statement, resultName(b.result), fixed(b.waitedS, 3),
            holderText(b.holder) };
    return t;
}

} // namespace LockLens::Report
