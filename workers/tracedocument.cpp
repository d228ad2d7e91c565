// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/tracedocument.h"

#include "workers/environment.h"
#include "workers/tracemodel.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <sqlite3.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <set>

namespace LockLens::Trace {

FileFilter::FileFilter(const QStringList &globs)
{
    for (const QString &g : globs)
        m_patterns << QRegularExpression(QRegularExpression::wildcardToRegularExpression(g));
}

bool FileFilter::keeps(const QString &file) const
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

bool isMemoryFile(const QString &file)
{
    return file == QLatin1String(":memory:") || file.contains(QLatin1String("mode=memory"))
        || file.contains(QLatin1String("vfs=memdb"));
}

QString programName(const Program &p)
{
    if (p.command.isEmpty())
        return Words::tr("(no command)");
    const QString program = QFileInfo(p.command.first()).fileName();
    static const QRegularExpression interpreter(
        QStringLiteral("^(python[0-9.]*|pypy[0-9.]*|node|nodejs|ruby|perl|php|bash|sh|dash|zsh)$"));
    if (!interpreter.match(program).hasMatch())
        return program;
    for (qsizetype i = 1; i < p.command.size(); ++i) {
        const QString &a = p.command[i];
        if (a == QLatin1String("-c"))
            return program + QLatin1String(" -c");
        if (a == QLatin1String("-m") && i + 1 < p.command.size())
            return p.command[i + 1];
        if (!a.startsWith(QLatin1Char('-')))
            return QFileInfo(a).fileName();
    }
    return program;
}

std::uint64_t connectionCount(const Program &p)
{
    std::uint64_t n = 0;
    for (const Connection &c : p.connections)
        n += std::max<std::uint64_t>(c.summed, 1);
    return n;
}

QString connectionWords(const Connection &c)
{
    if (c.summed == 0)
        return Words::tr("connection %1").arg(c.id);
    return Words::tr("connections %1 and on (%2 closed ones of pid %3, summed)")
        .arg(c.id)
        .arg(QLocale().toString(qulonglong(c.summed)))
        .arg(c.pid);
}

QString workerName(const Connection &c)
{
    return c.summed == 0 ? QStringLiteral("conn%1").arg(c.id) : QStringLiteral("conn%1+").arg(c.id);
}

Program programOf(const Model &model, const Ending &ending)
{
    Program p;
    p.command = ending.command;
    p.folder = ending.folder;
    p.databases = ending.databases;
    p.signal = ending.crashed ? ending.exitCode : 0;
    p.exitStatus = ending.crashed ? 128 + ending.exitCode : ending.exitCode;
    p.recordsRead = model.records();
    p.recordsDropped = ending.dropped;
    p.recordsLost = ending.lost;
    const FileFilter filter(ending.databases);
    std::set<std::uint32_t> pids;
    std::map<std::pair<std::uint32_t, QString>, std::size_t> sums; // (pid, file) -> its summed entry
    std::size_t listed = 0;
    // The model's entries (it sums closed connections itself beyond the first ones), in the
    // order of opening; of those of the files kept, the first ones listed and the later closed
    // ones summed, as the model does for all.
    std::vector<const Connection *> entries;
    entries.reserve(model.connections().size());
    for (const Connection &c : model.connections())
        entries.push_back(&c);
    std::sort(entries.begin(), entries.end(), [](const Connection *a, const Connection *b) { return a->id < b->id; });
    for (const Connection *c : entries) {
        if (!filter.keeps(c->file))
            continue;
        pids.insert(c->pid);
        if (c->summed == 0 && (++listed <= MaxListedConnections || c->closedS < 0)) {
            p.connections.push_back(*c);
            continue;
        }
        const auto [at, isNew] = sums.try_emplace({ c->pid, c->file }, p.connections.size());
        if (isNew)
            p.connections.push_back(sumOf(*c));
        else
            addTo(p.connections[at->second], *c);
    }
    // The results whose records were dropped: SQLITE_LOCKED is a class of its own; of an
    // SQLITE_BUSY, which class is not known.
    for (Connection &c : p.connections) {
        if (!c.countersKnown)
            continue;
        auto &e = c.errors;
        e[std::size_t(ErrorClass::Locked)] = std::max(e[std::size_t(ErrorClass::Locked)], c.lockedResults);
        const std::uint64_t busy = e[std::size_t(ErrorClass::BusyBegin)] + e[std::size_t(ErrorClass::BusyUpgrade)]
            + e[std::size_t(ErrorClass::BusySnapshot)] + e[std::size_t(ErrorClass::BusyTimeout)];
        if (c.busyResults > busy) {
            c.busyNotClassified = c.busyResults - busy;
            e[std::size_t(ErrorClass::Other)] += c.busyNotClassified;
            p.resultsNotClassified += c.busyNotClassified;
        }
    }
    QHash<QString, bool> keptFiles; // a file matched once
    for (const Blocked &b : model.blocked()) {
        const auto f = keptFiles.constFind(b.file);
        if (f == keptFiles.cend() ? *keptFiles.insert(b.file, filter.keeps(b.file)) : *f)
            p.blocked.push_back(b);
    }
    p.blockedNotListed = model.blockedNotKept(); // (of any database: they were not looked at)
    for (Process q : model.processes()) {
        if (!pids.empty() && !pids.count(q.pid))
            continue;
        if (q.pid == ending.pid)
            q.exitStatus = p.exitStatus;
        p.processes.push_back(q);
    }
    return p;
}

namespace {

QString seconds3(double s)
{
    return QString::number(s, 'f', 3);
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

} // namespace

std::vector<Finding> conclusions(const Program &p)
{
    std::vector<Finding> out;
    const auto say = [&out](const char *key, const QString &text) { out.push_back({ QLatin1String(key), text }); };
    if (p.processes.empty())
        say("nothing_recorded",
            Words::tr("Nothing was recorded: the program opened no SQLite database through a shared SQLite library. A "
                      "program whose SQLite is built into it (some Go and Node programs, a static build) cannot be "
                      "traced this way; the Load Lab can model its load instead."));
    for (const Connection &c : p.connections) {
        if (c.threads.size() >= 2 && c.summed == 0) // (a summed entry's threads had connections of their own)
            say("shared_connection",
                Words::tr("%1 threads share connection %2: SQLite runs their statements one at a time, and one "
                          "thread's transaction is every thread's. Give each thread its own connection.")
                    .arg(c.threads.size())
                    .arg(c.id));
        if (c.transactions > 0 && c.commits == 0)
            say("never_committed",
                Words::tr("%1 began a transaction and never ended it: nothing it wrote was committed.")
                    .arg(capitalised(connectionWords(c))));
        if (isMemoryFile(c.file))
            say("in_memory",
                Words::tr("%1 is an in-memory database: it takes no file locks, so there are none to show.")
                    .arg(capitalised(connectionWords(c))));
        if (c.errors[std::size_t(ErrorClass::BusyUpgrade)] > 0)
            say("busy_upgrade",
                Words::tr("%1 got SQLITE_BUSY on writes inside transactions that had read first (no busy "
                          "handler can wait for those): begin them with BEGIN IMMEDIATE.")
                    .arg(capitalised(connectionWords(c))));
        // Stated threshold: a transaction of a second or more while another step was refused.
        if (c.longestTransactionS >= 1.0 && !p.blocked.empty())
            say("long_transaction",
                Words::tr("A transaction of %1 stayed open for %2 s while others waited: commit sooner.")
                    .arg(connectionWords(c))
                    .arg(seconds3(c.longestTransactionS)));
    }
    // The built-in presets that model a fix, to run and compare beside the trace.
    const auto found = [&out](const char *key) {
        return std::any_of(out.begin(), out.end(), [key](const Finding &f) { return f.key == QLatin1String(key); });
    };
    const auto modelled = [&say](const char *preset, const QString &fix) {
        say("model_the_fix",
            Words::tr("The preset %1 models that fix (%2): run it (locklens run --preset %1, or New Load Test… in "
                      "the Load Lab) and compare it with this trace in the run history.")
                .arg(QLatin1String(preset), fix));
    };
    if (found("shared_connection"))
        modelled("per-thread-writers", Words::tr("a connection for each thread"));
    if (found("busy_upgrade"))
        modelled("immediate-upgrade", Words::tr("BEGIN IMMEDIATE"));
    return out;
}

namespace {

StatsFigures figuresOf(const Connection &c, double durationS)
{
    StatsFigures f;
    f.ops = c.statements;
    f.tx = c.commits;
    f.failedTx = c.rollbacks;
    f.rows = c.rowsChanged;
    f.opsPerS = StatsFigures::rate(f.ops, durationS);
    f.txPerS = StatsFigures::rate(f.tx, durationS);
    f.busyEvents = c.busyAttempts;
    f.busyCalls = c.sleeps;
    f.lockWaitS = std::round(c.sleepS * 1e6) / 1e6;
    f.errors = c.errors;
    return f;
}

void add(StatsFigures *total, const StatsFigures &f)
{
    total->ops += f.ops;
    total->tx += f.tx;
    total->failedTx += f.failedTx;
    total->rows += f.rows;
    total->busyEvents += f.busyEvents;
    total->busyCalls += f.busyCalls;
    total->lockWaitS += f.lockWaitS;
    for (std::size_t k = 0; k < f.errors.size(); ++k)
        total->errors[k] += f.errors[k];
}

RunDocument::Summary summaryOf(const Program &p, const DocumentParts &parts, std::vector<RunDocument::Worker> *workers)
{
    RunDocument::Summary s;
    s.durationS = parts.durationS;
    s.stopped = parts.stopped;
    double open = 0; // the connections' time open, their "clients' time"
    for (const Connection &c : p.connections) {
        const StatsFigures f = figuresOf(c, parts.durationS);
        add(&s.totals, f);
        workers->push_back({ workerName(c), Words::tr("pid %1").arg(c.pid), f });
        open += c.summed > 0 ? c.summedOpenS : std::max(0.0, (c.closedS >= 0 ? c.closedS : parts.durationS) - c.openedS);
    }
    s.totals.opsPerS = StatsFigures::rate(s.totals.ops, parts.durationS);
    s.totals.txPerS = StatsFigures::rate(s.totals.tx, parts.durationS);
    s.lockWaitShare = open > 0 ? std::min(1.0, s.totals.lockWaitS / open) : 0;
    // SQLite's words for each kind of error, as the program first got them.
    for (const Blocked &b : p.blocked) {
        QString &m = s.errorMessages[std::size_t(b.errorClass)];
        if (m.isEmpty())
            m = QString::fromUtf8(sqlite3_errstr(b.result));
    }
    return s;
}

} // namespace

QString droppedWarning(const Program &p)
{
    if (p.recordsDropped == 0 && p.recordsLost == 0)
        return {};
    QString text = Words::tr("The channel dropped %1 records (it was full) and lost %2: the lock timeline has gaps; "
                             "statements, steps, sleeps, rows changed and SQLITE_BUSY/SQLITE_LOCKED results are exact.")
                       .arg(p.recordsDropped)
                       .arg(p.recordsLost);
    if (p.resultsNotClassified > 0)
        text += QLatin1Char(' ')
            + Words::tr("%n SQLITE_BUSY result(s) whose records were dropped are counted as class other: which "
                        "class each was is not known.",
                nullptr, int(std::min<std::uint64_t>(p.resultsNotClassified, INT_MAX)));
    return text;
}

Environment environmentOf(const Program &p)
{
    QString file;
    for (const Connection &c : p.connections) {
        if (!isMemoryFile(c.file)) {
            file = c.file;
            break;
        }
    }
    Environment e = probeEnvironment(file);
    e.sqliteVersion.clear();
    e.compileOptions.clear();
    e.driverPath.clear();
    e.sqliteSource.clear();
    return e;
}

RunDocument document(const Program &p, const DocumentParts &parts)
{
    RunDocument d;
    d.lockLensVersion = QStringLiteral(LOCKLENS_VERSION);
    d.startedAt = parts.startedAt.toUTC();
    d.hasScenario = false;
    d.environment = parts.environment;
    QStringList files;
    for (const Connection &c : p.connections) {
        const QString name = c.file.isEmpty() ? Words::tr("(temporary database)") : c.file;
        if (!files.contains(name))
            files << name;
    }
    d.database = files.join(QStringLiteral(", "));
    d.summary = summaryOf(p, parts, &d.workers);
    d.series = parts.series;
    for (const Connection &c : p.connections) {
        ConnectionLocks l;
        l.worker = workerName(c);
        l.totals.secondsIn = c.secondsIn;
        l.totals.transitions = c.transitions;
        l.totals.busyAttempts = c.busyAttempts;
        d.lockTimeline.push_back(l);
    }
    if (const QString lost = droppedWarning(p); !lost.isEmpty())
        d.warnings << lost;
    d.recorded.busyHandler = false;
    d.recorded.fastPath = false;
    d.program = p;
    return d;
}

} // namespace LockLens::Trace
