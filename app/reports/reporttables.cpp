// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reports/reporttables.h"

#include "app/core/locktimeline.h"
#include "app/core/serverwaitwords.h"
#include "app/reports/reporttext.h"

#include <algorithm>
#include <functional>
#include <optional>

namespace LockLens::Report {

namespace {

QStringList header(const Model &m, const QString &first)
{
    QStringList h { first };
    for (const RunFigures &r : m.runs)
        h << r.heading();
    return h;
}

// One figure of the summary: its text for a run and, where a ratio means something, its value.
struct Figure
{
    QString label;
    std::function<QString(const RunFigures &)> text;
    std::function<std::optional<double>(const RunFigures &)> value;
    bool labOnly = false; // a figure a traced program does not have (shown as a dash)
};

// What a traced program's column shows for a figure or setting only a lab run has.
QString notTraced()
{
    return QStringLiteral("\u2014");
}

// The figures from `first` on are a lab run's only.
void labOnlyFrom(std::vector<Figure> &f, std::size_t first)
{
    for (std::size_t i = first; i < f.size(); ++i)
        f[i].labOnly = true;
}

std::optional<double> none(const RunFigures &)
{
    return std::nullopt;
}

QString latencyText(const Latency &l)
{
    return QStringLiteral("%1 / %2 / %3 / %4")
        .arg(fixed(l.p50, 3), fixed(l.p99, 3), fixed(l.p999, 3), fixed(l.max, 3));
}

// What the verification found: a lab run's only.
void verificationFigures(std::vector<Figure> &f)
{
    const std::size_t lab = f.size();
    f.push_back({ Tr::tr("Rows expected / present"),
        [](const RunFigures &r) {
            return r.checked ? QStringLiteral("%1 / %2").arg(count(r.rowsExpected), count(r.rowsPresent))
                             : Tr::tr("not checked");
        },
        none });
    f.push_back({ Tr::tr("Lost rows"),
        [](const RunFigures &r) { return r.checked ? count(r.lostRows) : Tr::tr("not checked"); }, none });
    f.push_back({ Tr::tr("Extra rows (another connection's)"),
        [](const RunFigures &r) { return r.checked ? count(r.extraRows) : Tr::tr("not checked"); }, none });
    f.push_back({ Tr::tr("Integrity"),
        [](const RunFigures &r) { return r.checked ? r.integrityText() : r.verificationError; }, none });
    f.push_back({ Tr::tr("Verified"),
        [](const RunFigures &r) {
            return r.verified ? Tr::tr("yes")
                : r.lockedOut ? Tr::tr("no: locked by another connection")
                              : Tr::tr("NO");
        },
        none });
    labOnlyFrom(f, lab);
}

std::vector<Figure> figures()
{
    std::vector<Figure> f;
    const auto num = [&f](const QString &label, std::function<double(const RunFigures &)> v, int decimals) {
        f.push_back({ label, [v, decimals](const RunFigures &r) { return fixed(v(r), decimals); },
            [v](const RunFigures &r) { return std::optional<double>(v(r)); } });
    };
    const auto whole = [&f](const QString &label, std::function<qint64(const RunFigures &)> v) {
        f.push_back({ label, [v](const RunFigures &r) { return count(v(r)); },
            [v](const RunFigures &r) { return std::optional<double>(double(v(r))); } });
    };
    num(
        Tr::tr("Throughput (ops/s)"), [](const RunFigures &r) { return r.opsPerS; }, 1);
    num(
        Tr::tr("Commits (tx/s)"), [](const RunFigures &r) { return r.txPerS; }, 1);
    num(
        Tr::tr("Duration (s)"), [](const RunFigures &r) { return r.durationS; }, 3);
    whole(Tr::tr("Committed operations"), [](const RunFigures &r) { return r.committedOps; });
    whole(Tr::tr("Committed transactions"), [](const RunFigures &r) { return r.committedTx; });
    whole(Tr::tr("Failed transactions"), [](const RunFigures &r) { return r.failedTx; });
    std::size_t lab = f.size();
    whole(Tr::tr("Retries"), [](const RunFigures &r) { return r.retries; });
    whole(Tr::tr("Cut short by the end of the run"), [](const RunFigures &r) { return r.cutShortTx; });
    labOnlyFrom(f, lab);
    whole(Tr::tr("Busy events"), [](const RunFigures &r) { return r.busyEvents; });
    f.push_back({ Tr::tr("Busy-handler calls"),
        [](const RunFigures &r) { return r.onServer ? notTraced() : count(r.busyHandlerCalls); },
        [](const RunFigures &r) {
            return r.onServer ? std::nullopt : std::optional<double>(double(r.busyHandlerCalls));
        } });
    f.push_back({ Tr::tr("Waiting for the database's locks"),
        [](const RunFigures &r) {
            return Tr::tr("%1 s (%2)").arg(fixed(r.lockWaitS, 3), percent(r.lockWaitShare));
        },
        [](const RunFigures &r) { return std::optional<double>(r.lockWaitS); } });
    lab = f.size();
    f.push_back({ Tr::tr("Waiting for the application"),
        [](const RunFigures &r) {
            return Tr::tr("%1 s (%2)").arg(fixed(r.appWaitS, 3), percent(r.appWaitShare));
        },
        [](const RunFigures &r) { return std::optional<double>(r.appWaitS); } });
    f.push_back({ Tr::tr("Backing off between tries"),
        [](const RunFigures &r) {
            return Tr::tr("%1 s (%2)").arg(fixed(r.backoffS, 3), percent(r.backoffShare));
        },
        [](const RunFigures &r) { return std::optional<double>(r.backoffS); } });
    num(
        Tr::tr("Latency p50 (ms)"), [](const RunFigures &r) { return r.latency.p50; }, 3);
    num(
        Tr::tr("Latency p99 (ms)"), [](const RunFigures &r) { return r.latency.p99; }, 3);
    f.push_back({ Tr::tr("Latency p50 / p99 / p99.9 / max (ms)"),
        [](const RunFigures &r) { return latencyText(r.latency); }, none });
    f.push_back({ Tr::tr("Commit latency p50 / p99 / p99.9 / max (ms)"),
        [](const RunFigures &r) { return latencyText(r.commitLatency); }, none });
    f.push_back({ Tr::tr("Transaction latency p50 / p99 / p99.9 / max (ms)"),
        [](const RunFigures &r) { return latencyText(r.txLatency); }, none });
    labOnlyFrom(f, lab);
    for (int i = 0; i < ErrorKinds; ++i) {
        const QString kind = QLatin1String(errorClassKey(ErrorClass(i)));
        whole(Tr::tr("Errors: %1").arg(kind), [i](const RunFigures &r) { return r.errors[std::size_t(i)]; });
    }
    verificationFigures(f);
    return f;
}

} // namespace

Table settingsTable(const Model &m)
{
    Table t;
    t.numericColumns = false;
    t.header = header(m, Tr::tr("Setting"));
    bool labOnly = false; // from here on, settings a traced program does not have
    const auto row = [&](const QString &label, std::function<QString(const RunFigures &)> v) {
        QStringList cells { label };
        for (const RunFigures &r : m.runs)
            cells << (labOnly && r.program ? notTraced() : v(r));
        t.rows << cells;
    };
    row(Tr::tr("Scenario"),
        [](const RunFigures &r) { return r.scenarioName.isEmpty() ? Tr::tr("(unnamed)") : r.scenarioName; });
    if (std::any_of(m.runs.begin(), m.runs.end(), [](const RunFigures &r) { return bool(r.program); }))
        row(Tr::tr("Traced command"), [](const RunFigures &r) {
            return r.program ? r.program->command.join(QLatin1Char(' ')) : notTraced();
        });
    row(Tr::tr("Database"), [](const RunFigures &r) { return r.database; });
    row(Tr::tr("Started"), [](const RunFigures &r) {
        return r.startedAt.isValid() ? r.startedAt.toUTC().toString(Qt::ISODate) : Tr::tr("not recorded");
    });
    labOnly = true;
    row(Tr::tr("Journal mode"), [](const RunFigures &r) { return r.journalMode; });
    row(Tr::tr("Synchronous"), [](const RunFigures &r) { return r.synchronous; });
    row(Tr::tr("Workers / readers"),
        [](const RunFigures &r) { return QStringLiteral("%1 / %2").arg(r.workers).arg(r.readers); });
    row(Tr::tr("Connection strategy"), [](const RunFigures &r) { return r.strategy; });
    row(Tr::tr("Transaction mode"), [](const RunFigures &r) { return r.txMode; });
    row(Tr::tr("Operations per transaction"), [](const RunFigures &r) { return QString::number(r.batch); });
    row(Tr::tr("Operation mix"), [](const RunFigures &r) { return r.mix; });
    row(Tr::tr("Payload (bytes)"), [](const RunFigures &r) { return QString::number(r.payloadBytes); });
    row(Tr::tr("Busy policy / timeout / tries"), [](const RunFigures &r) {
        return Tr::tr("%1 / %2 ms / %3")
            .arg(r.busyPolicy, QString::number(r.busyTimeoutMs), QString::number(r.maxTries));
    });
    row(Tr::tr("Retry back-off"),
        [](const RunFigures &r) { return r.maxTries > 1 ? r.retryBackoff : Tr::tr("none (one try)"); });
    return t;
}

Table summaryTable(const Model &m)
{
    Table t;
    t.header = header(m, Tr::tr("Figure"));
    const bool ratios = m.isComparison();
    if (ratios) {
        for (std::size_t i = 1; i < m.runs.size(); ++i)
            t.header << Tr::tr("%1 / %2").arg(m.runs[i].label, m.runs.front().label);
    }
    for (const Figure &f : figures()) {
        QStringList cells { f.label };
        for (const RunFigures &r : m.runs)
            cells << (f.labOnly && r.program ? notTraced() : f.text(r));
        if (ratios) {
            const auto value = [&f](const RunFigures &r) {
                return f.labOnly && r.program ? std::nullopt : f.value(r);
            };
            const std::optional<double> base = value(m.runs.front());
            for (std::size_t i = 1; i < m.runs.size(); ++i) {
                const std::optional<double> v = value(m.runs[i]);
                cells << ((base && v && *base != 0) ? ratio(*v / *base) : QString());
            }
        }
        t.rows << cells;
    }
    return t;
}

Table environmentTable(const Model &m)
{
    Table t;
    t.numericColumns = false;
    t.header = header(m, Tr::tr("Environment"));
    const RunFigures &first = m.runs.front();
    // A row that applies to none of the runs (a dash in every column) is left out: SQLite's on
    // PostgreSQL, the server's on SQLite.
    const auto add = [&t](const QStringList &cells) {
        if (std::any_of(cells.begin() + 1, cells.end(), [](const QString &c) { return c != notTraced(); }))
            t.rows << cells;
    };
    for (qsizetype i = 0; i < first.environment.size(); ++i) {
        QStringList cells { first.environment.at(i).first };
        for (const RunFigures &r : m.runs)
            cells << r.environment.value(i).second;
        add(cells);
    }
    QStringList cells { Tr::tr("SQLite compile options") };
    for (const RunFigures &r : m.runs)
        cells << (r.onServer                  ? notTraced()
                : r.compileOptions.isEmpty() ? Tr::tr("not recorded")
                                             : r.compileOptions.join(QLatin1String(" ")));
    add(cells);
    return t;
}

Table workersTable(const RunFigures &r)
{
    Table t;
    t.header = QStringList { Tr::tr("Worker"), Tr::tr("Role"), Tr::tr("ops/s"), Tr::tr("tx/s"),
        Tr::tr("Operations"), Tr::tr("Failed tx"), Tr::tr("Retries"), Tr::tr("Busy events"),
        Tr::tr("Lock wait (s)"), Tr::tr("App wait (s)"), Tr::tr("Back-off (s)"), Tr::tr("p50 (ms)"),
        Tr::tr("p99 (ms)"), Tr::tr("Errors") };
    for (const WorkerFigures &w : r.workerFigures)
        t.rows << QStringList { w.name, w.role, fixed(w.opsPerS, 1), fixed(w.txPerS, 1), count(w.ops),
            count(w.failedTx), count(w.retries), count(w.busyEvents), fixed(w.lockWaitS, 3),
            fixed(w.appWaitS, 3), fixed(w.backoffS, 3), fixed(w.latency.p50, 3), fixed(w.latency.p99, 3), count(w.errors) };
    return t;
}

Table locksTable(const RunFigures &r)
{
    Table t;
    t.header = QStringList { Tr::tr("Connection") };
    for (int i = 0; i < LockStatesTimed; ++i)
        t.header << Tr::tr("%1 (s)").arg(QLatin1String(LockTrace::lockKey(LockTrace::Lock(i))));
    t.header << Tr::tr("Transitions") << Tr::tr("Busy attempts");
    for (const ConnectionLocks &c : r.locks) {
        QStringList cells { connectionName(c.connection) };
        for (double s : c.secondsIn)
            cells << fixed(s, 3);
        cells << count(c.transitions) << count(c.busyAttempts);
        t.rows << cells;
    }
    return t;
}

Table serverWaitsTable(const RunFigures &r)
{
    Table t;
    t.textColumns = 2;
    t.header = QStringList { Tr::tr("Waited for"), Tr::tr("Held by"), Tr::tr("Waits"), Tr::tr("Seconds"),
        Tr::tr("Share of the waiting") };
    double total = 0;
    for (const Postgres::LockWaitTotal &w : r.serverLockWaits)
        total += w.seconds;
    const auto share = [total](double s) { return total > 0 ? percent(s / total) : QString(); };
    std::uint64_t restWaits = 0;
    double restS = 0;
    for (std::size_t i = 0; i < r.serverLockWaits.size(); ++i) {
        const Postgres::LockWaitTotal &w = r.serverLockWaits[i];
        if (i >= std::size_t(MaxWaitCauses)) {
            restWaits += w.waits;
            restS += w.seconds;
            continue;
        }
        t.rows << QStringList { ServerWaitWords::waitedFor(w.cause), ServerWaitWords::heldBy(w.cause),
            count(qint64(w.waits)), fixed(w.seconds, 3), share(w.seconds) };
    }
    if (restWaits > 0)
        t.rows << QStringList { Tr::tr("%1 other causes").arg(r.serverLockWaits.size() - std::size_t(MaxWaitCauses)),
            QString(), count(qint64(restWaits)), fixed(restS, 3), share(restS) };
    return t;
}

LockSection lockSection(const RunFigures &r)
{
    if (!r.onServer) {
        LockSection s { Tr::tr("Seconds in each lock"), locksTable(r), {} };
        if (s.table.rows.isEmpty())
            s.note = Tr::tr("Locks were not recorded in this run.");
        return s;
    }
    LockSection s { Tr::tr("Lock waits in the server"), serverWaitsTable(r), {} };
    if (!r.serverLockWaitsRecorded)
        s.note = Tr::tr("What the lock waits were for was not recorded: the run was not instrumented, its load "
                        "did not run, sampling the server failed (the warnings say why), or an older LockLens ran it.");
    else if (s.table.rows.isEmpty())
        s.note = Tr::tr("No session of the run was seen waiting for a lock in the server.");
    return s;
}

} // namespace LockLens::Report
