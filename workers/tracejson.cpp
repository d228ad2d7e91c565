// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/tracejson.h"

#include "workers/jsonfields.h"
#include "workers/locktrace.h"

#include <algorithm>

namespace LockLens::Trace {

using namespace JsonFields;
using LockTrace::Lock;

namespace {

QJsonValue orNull(double v, bool known)
{
    return known ? QJsonValue(v) : QJsonValue();
}

QString lockValue(Lock l)
{
    return QLatin1String(LockTrace::lockKey(l));
}

Lock lockFrom(const QString &key)
{
    for (int l = 0; l < LockTrace::LockCount; ++l) {
        if (key == QLatin1String(LockTrace::lockKey(Lock(l))))
            return Lock(l);
    }
    return Lock::None;
}

ErrorClass classFrom(const QString &key)
{
    for (std::size_t c = 0; c < ErrorClassCount; ++c) {
        if (key == QLatin1String(errorClassKey(ErrorClass(c))))
            return ErrorClass(c);
    }
    return ErrorClass::Other;
}

std::uint32_t id32(const QJsonObject &o, const char *k)
{
    return std::uint32_t(std::min<std::uint64_t>(count(o, k), 0xffffffffU));
}

int smallInt(const QJsonObject &o, const char *k)
{
    return int(std::clamp<std::int64_t>(integer(o, k), -0x7fffffff, 0x7fffffff));
}

// ---- processes --------------------------------------------------------------------------

QJsonObject processJson(const Process &p)
{
    return { { key("pid"), double(p.pid) }, { key("parent"), double(p.parent) }, { key("command"), p.command },
        { key("started_s"), round6(p.startS) },
        { key("exit_status"), p.exitStatus ? QJsonValue(*p.exitStatus) : QJsonValue() } };
}

Process processFrom(const QJsonObject &o)
{
    Process p;
    p.pid = id32(o, "pid");
    p.parent = id32(o, "parent");
    p.command = text(o, "command");
    p.startS = number(o, "started_s");
    if (o.value(key("exit_status")).isDouble())
        p.exitStatus = smallInt(o, "exit_status");
    return p;
}

// ---- connections ------------------------------------------------------------------------

QJsonObject connectionJson(const Connection &c)
{
    QJsonArray threads;
    for (std::uint32_t t : c.threads)
        threads.append(double(t));
    QJsonObject in;
    for (int l = 0; l < LockTrace::LockCount; ++l)
        in.insert(lockValue(Lock(l)), round6(c.secondsIn[std::size_t(l)]));
    QJsonObject results;
    for (std::size_t k = 0; k < c.errors.size(); ++k)
        results.insert(QLatin1String(errorClassKey(ErrorClass(k))), double(c.errors[k]));
    QJsonObject o { { key("id"), c.id }, { key("pid"), double(c.pid) }, { key("number"), double(c.number) },
        { key("file"), c.file }, { key("open_result"), c.openResult }, { key("opened_s"), round6(c.openedS) },
        { key("closed_s"), orNull(round6(c.closedS), c.closedS >= 0) }, { key("threads"), threads },
        { key("statements"), orNull(double(c.statements), c.countersKnown) },
        { key("steps"), orNull(double(c.steps), c.countersKnown) },
        { key("step_s"), orNull(round6(c.stepS), c.countersKnown) },
        { key("sleeps"), orNull(double(c.sleeps), c.countersKnown) },
        { key("sleep_s"), orNull(round6(c.sleepS), c.countersKnown) },
        { key("rows_changed"), orNull(double(c.rowsChanged), c.countersKnown) },
        { key("transactions"), double(c.transactions) }, { key("commits"), double(c.commits) },
        { key("rollbacks"), double(c.rollbacks) },
        { key("longest_transaction_s"), round6(c.longestTransactionS) }, { key("seconds_in"), in },
        { key("transitions"), double(c.transitions) }, { key("busy_attempts"), double(c.busyAttempts) },
        { key("busy_not_classified"), double(c.busyNotClassified) },
        { key("busy_results"), results } };
    if (c.summed > 0)
        o.insert(key("summed"), double(c.summed));
    return o;
}

Connection connectionFrom(const QJsonObject &o)
{
    Connection c;
    c.id = smallInt(o, "id");
    c.pid = id32(o, "pid");
    c.number = id32(o, "number");
    c.file = text(o, "file");
    c.openResult = smallInt(o, "open_result");
    c.openedS = number(o, "opened_s");
    c.closedS = o.value(key("closed_s")).isDouble() ? number(o, "closed_s") : -1;
    for (const QJsonValue &t : array(o, "threads"))
        c.threads.insert(std::uint32_t(std::clamp(t.toDouble(), 0.0, 4294967295.0)));
    c.countersKnown = o.value(key("statements")).isDouble();
    c.statements = count(o, "statements");
    c.steps = count(o, "steps");
    c.stepS = number(o, "step_s");
    c.sleeps = count(o, "sleeps");
    c.sleepS = number(o, "sleep_s");
    c.rowsChanged = count(o, "rows_changed");
    c.transactions = count(o, "transactions");
    c.commits = count(o, "commits");
    c.rollbacks = count(o, "rollbacks");
    c.longestTransactionS = number(o, "longest_transaction_s");
    const QJsonObject in = object(o, "seconds_in");
    for (int l = 0; l < LockTrace::LockCount; ++l)
        c.secondsIn[std::size_t(l)] = number(in, LockTrace::lockKey(Lock(l)));
    c.transitions = count(o, "transitions");
    c.busyAttempts = count(o, "busy_attempts");
    c.busyNotClassified = count(o, "busy_not_classified");
    const QJsonObject results = object(o, "busy_results");
    for (std::size_t k = 0; k < c.errors.size(); ++k)
        c.errors[k] = count(results, errorClassKey(ErrorClass(k)));
    c.summed = count(o, "summed");
    return c;
}

// ---- blocked steps ----------------------------------------------------------------------

QJsonValue holderJson(const Holder &h)
{
    if (h.connection == 0)
        return QJsonValue(); // none found
    return QJsonObject { { key("pid"), double(h.pid) }, { key("thread"), double(h.thread) },
        { key("connection"), h.connection }, { key("lock"), lockValue(h.lock) }, { key("since_s"), round6(h.sinceS) },
        { key("statement"), textOrNull(h.statement) },
        { key("transaction_since_s"), orNull(round6(h.transactionSinceS), h.transactionSinceS >= 0) } };
}

Holder holderFrom(const QJsonObject &o)
{
    Holder h;
    h.connection = smallInt(o, "connection");
    h.pid = id32(o, "pid");
    h.thread = id32(o, "thread");
    h.lock = lockFrom(text(o, "lock"));
    h.sinceS = number(o, "since_s");
    h.statement = text(o, "statement");
    h.transactionSinceS = o.value(key("transaction_since_s")).isDouble() ? number(o, "transaction_since_s") : -1;
    return h;
}

QJsonObject blockedJson(const Blocked &b)
{
    return { { key("t_s"), round6(b.tS) }, { key("pid"), double(b.pid) }, { key("thread"), double(b.thread) },
        { key("connection"), b.connection }, { key("statement"), textOrNull(b.statement) },
        { key("result"), b.result }, { key("class"), QLatin1String(errorClassKey(b.errorClass)) },
        { key("waited_s"), round6(b.waitedS) },
        { key("wanted"), b.wanted == Lock::None ? QJsonValue() : QJsonValue(lockValue(b.wanted)) },
        { key("holder"), holderJson(b.holder) } };
}

Blocked blockedFrom(const QJsonObject &o)
{
    Blocked b;
    b.tS = number(o, "t_s");
    b.pid = id32(o, "pid");
    b.thread = id32(o, "thread");
    b.connection = smallInt(o, "connection");
    b.statement = text(o, "statement");
    b.result = smallInt(o, "result");
    b.errorClass = classFrom(text(o, "class"));
    b.waitedS = number(o, "waited_s");
    b.wanted = lockFrom(text(o, "wanted"));
    b.holder = holderFrom(object(o, "holder"));
    return b;
}

} // namespace

void writeProgram(const Program &p, QJsonObject *doc)
{
    doc->insert(key("program"),
        QJsonObject { { key("command"), QJsonArray::fromStringList(p.command) }, { key("folder"), p.folder },
            { key("exit_status"), p.exitStatus }, { key("signal"), p.signal ? QJsonValue(p.signal) : QJsonValue() },
            { key("records_read"), double(p.recordsRead) }, { key("records_dropped"), double(p.recordsDropped) },
            { key("records_lost"), double(p.recordsLost) }, { key("blocked_not_listed"), double(p.blockedNotListed) },
            { key("results_not_classified"), double(p.resultsNotClassified) },
            { key("databases"), QJsonArray::fromStringList(p.databases) } });
    doc->insert(key("processes"), arrayOf(p.processes, processJson));
    doc->insert(key("connections"), arrayOf(p.connections, connectionJson));
    doc->insert(key("blocked"), arrayOf(p.blocked, blockedJson));
}

std::optional<Program> readProgram(const QJsonObject &doc)
{
    const QJsonObject o = object(doc, "program");
    if (o.isEmpty())
        return std::nullopt;
    Program p;
    for (const QJsonValue &v : array(o, "command"))
        p.command << v.toString();
    p.folder = text(o, "folder");
    p.exitStatus = smallInt(o, "exit_status");
    p.signal = smallInt(o, "signal");
    p.recordsRead = count(o, "records_read");
    p.recordsDropped = count(o, "records_dropped");
    p.recordsLost = count(o, "records_lost");
    p.blockedNotListed = count(o, "blocked_not_listed");
    p.resultsNotClassified = count(o, "results_not_classified");
    for (const QJsonValue &v : array(o, "databases"))
        p.databases << v.toString();
    p.processes = listFrom<Process>(array(doc, "processes"), processFrom);
    p.connections = listFrom<Connection>(array(doc, "connections"), connectionFrom);
    p.blocked = listFrom<Blocked>(array(doc, "blocked"), blockedFrom);
    return p;
}

} // namespace LockLens::Trace
