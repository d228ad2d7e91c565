// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/dashboardtext.h"

#include "workers/sqlite/sqlitelink.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace LockLens {

namespace {

QString seconds(double s)
{
    if (s < 1)
        return DashboardText::tr("%1 ms").arg(QLocale().toString(s * 1000, 'f', 0));
    return DashboardText::tr("%1 s").arg(QLocale().toString(s, 'f', s < 10 ? 2 : 1));
}

QString number(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals);
}

QString milliseconds(double ms)
{
    return DashboardText::tr("%1 ms").arg(number(ms, ms < 1 ? 3 : ms < 10 ? 2 : 1));
}

QString percent(double share)
{
    return DashboardText::tr("%1 %").arg(number(share * 100, share < 0.1 ? 1 : 0));
}

QString strategyName(Strategy s)
{
    switch (s) {
    case Strategy::PerThread:
        return DashboardText::tr("a connection per thread");
    case Strategy::Shared:
        return DashboardText::tr("one shared connection");
    case Strategy::WriterQueue:
        return DashboardText::tr("a single writer fed by a queue");
    case Strategy::Pool:
        return DashboardText::tr("a connection pool");
    case Strategy::Split:
        return DashboardText::tr("tables split across files");
    }
    return {};
}

QString txName(TxMode m)
{
    switch (m) {
    case TxMode::Autocommit:
        return DashboardText::tr("autocommit");
    case TxMode::Deferred:
        return DashboardText::tr("BEGIN DEFERRED");
    case TxMode::Immediate:
        return DashboardText::tr("BEGIN IMMEDIATE");
    case TxMode::Exclusive:
        return DashboardText::tr("BEGIN EXCLUSIVE");
    }
    return {};
}

QString isolationName(Isolation i)
{
    switch (i) {
    case Isolation::ReadCommitted:
        return DashboardText::tr("READ COMMITTED");
    case Isolation::RepeatableRead:
        return DashboardText::tr("REPEATABLE READ");
    case Isolation::Serializable:
        return DashboardText::tr("SERIALIZABLE");
    }
    return {};
}

} // namespace

QColor DashboardText::workerColor(int worker)
{
    static const QRgb first[]
        = { 0xe377c2, 0x8c564b, 0x17becf, 0xbcbd22, 0xf4a582, 0x80b1d3, 0xa6d854, 0x999933 };
    constexpr int n = int(sizeof first / sizeof first[0]);
    if (worker < n)
        return QColor(first[worker]);
    return QColor::fromHsv(int(std::lround(worker * 137.508)) % 360, 110, 200);
}

QColor DashboardText::errorColor(ErrorClass c)
{
    switch (c) {
    case ErrorClass::BusyBegin:
        return Vermillion;
    case ErrorClass::BusyUpgrade:
        return QColor(0xe6, 0x9f, 0x00);
    case ErrorClass::BusySnapshot:
        return QColor(0xcc, 0x79, 0xa7);
    case ErrorClass::BusyTimeout:
        return Blue;
    case ErrorClass::Locked:
        return Green;
    case ErrorClass::Serialization:
        return QColor(0x56, 0xb4, 0xe9); // sky blue
    case ErrorClass::Deadlock:
        return QColor(0x99, 0x00, 0x00);
    default:
        return Qt::black;
    }
}

QString DashboardText::errorName(ErrorClass c)
{
    switch (c) {
    case ErrorClass::BusyBegin:
        return tr("SQLITE_BUSY at BEGIN");
    case ErrorClass::BusyUpgrade:
        return tr("SQLITE_BUSY on upgrade");
    case ErrorClass::BusySnapshot:
        return tr("SQLITE_BUSY_SNAPSHOT");
    case ErrorClass::BusyTimeout:
        return tr("busy timeout expired");
    case ErrorClass::Locked:
        return tr("SQLITE_LOCKED");
    case ErrorClass::Serialization:
        return tr("serialization failure (40001)");
    case ErrorClass::Deadlock:
        return tr("deadlock (40P01)");
    default:
        return tr("other errors");
    }
}

QString DashboardText::title(const Scenario &sc)
{
    const QString name = sc.name.isEmpty() ? tr("Unnamed scenario") : sc.name;
    QString workers = sc.workers == 1 ? tr("1 worker") : tr("%1 workers").arg(sc.workers);
    if (sc.readers > 0)
        workers += sc.readers == 1 ? tr(" + 1 reader") : tr(" + %1 readers").arg(sc.readers);
    if (sc.onServer())
        return tr("<b>%1</b> &nbsp; PostgreSQL · %2 · %3 · %4")
            .arg(name.toHtmlEscaped(), workers, strategyName(sc.strategy),
                sc.txMode == TxMode::Autocommit ? txName(sc.txMode) : isolationName(sc.isolation));
    return tr("<b>%1</b> &nbsp; %2 · %3 · %4 · %5")
        .arg(name.toHtmlEscaped(), sc.journalMode.toUpper().toHtmlEscaped(), workers,
            strategyName(sc.strategy), txName(sc.txMode));
}

QString DashboardText::locksMissing(const Scenario &sc)
{
    if (!sc.instrument)
        return tr("Lock states are not recorded: the run is not instrumented.");
    if (!sc.recordLocks)
        return tr("Lock states are not recorded: lock recording is off for this scenario.");
    if (sc.isMemory())
        return tr("Lock states are not recorded: an in-memory database takes no file locks.");
    if (!SqliteLink::driverSharesLibrary())
        return tr("Lock states are not recorded: Qt's SQLite driver carries its own SQLite, "
                  "which LockLens's VFS cannot reach. Lock waits are measured by the busy "
                  "handler instead.");
    return {};
}

QString DashboardText::duration(double s)
{
    return seconds(s);
}

QString DashboardText::liveFigures(double elapsedS, const LiveSeries::Recent &r, int workers)
{
    const double n = std::max(1, workers);
    QStringList figures { seconds(elapsedS), tr("%1 ops/s").arg(number(r.opsPerS)),
        tr("%1 commits/s").arg(number(r.commitsPerS)),
        r.hasLatency ? tr("p99 %1").arg(milliseconds(r.p99Ms)) : tr("p99 –"),
        tr("%1 waiting for locks").arg(percent(r.lockWaiting / n)) };
    if (r.appWaiting > 0)
        figures << tr("%1 waiting for the app's mutex/queue").arg(percent(r.appWaiting / n));
    if (const QString failed = failures(r.failedTx, r.committedTx); !failed.isEmpty())
        figures << failed;
    return figures.join(QStringLiteral(" · "));
}

QString DashboardText::failures(std::uint64_t failed, std::uint64_t committed)
{
    if (failed == 0)
        return {};
    const double share = double(failed) / double(failed + committed);
    return tr("%1 failed (%2 %)").arg(number(double(failed)), number(share * 100, 1));
}

QString DashboardText::runFigures(const RunResult &r)
{
    const double d = r.durationS > 0 ? r.durationS : 1;
    QStringList figures { seconds(r.durationS), tr("%1 ops/s").arg(number(double(r.total.ops) / d)),
        tr("%1 commits/s").arg(number(double(r.total.tx) / d)) };
    if (r.total.opLatency.total() > 0)
        figures << tr("p99 %1").arg(milliseconds(LatencySummary::of(r.total.opLatency).p99));
    figures << tr("%1 waiting for locks").arg(percent(r.lockWaitShare()));
    if (r.appWaitShare() > 0)
        figures << tr("%1 waiting for the app's mutex/queue").arg(percent(r.appWaitShare()));
    if (r.backoffShare() > 0)
        figures << tr("%1 backing off between tries").arg(percent(r.backoffShare()));
    if (const QString failed = failures(r.total.failedTx, r.total.tx); !failed.isEmpty())
        figures << failed;
    return tr("whole run: %1").arg(figures.join(QStringLiteral(" · ")));
}

namespace {

using Finding = DashboardText::Finding;
using Tone = DashboardText::Tone;

Finding said(Tone tone, const QString &html)
{
    return { tone, html, QString() };
}

// What the check after the run found: all there, or each problem.
std::vector<Finding> verificationFindings(const RunResult &r)
{
    const Verification &v = r.verification;
    std::vector<Finding> out;
    if (!r.fatalError.isEmpty())
        out.push_back(
            said(Tone::Bad, DashboardText::tr("fatal error: %1").arg(r.fatalError.toHtmlEscaped())));
    if (!v.error.isEmpty()) {
        out.push_back(said(Tone::Bad, DashboardText::tr("not verified: %1").arg(v.error.toHtmlEscaped())));
        return out;
    }
    if (!v.checked) {
        out.push_back(said(Tone::Bad, DashboardText::tr("not verified")));
        return out;
    }
    const QString expected = number(double(v.rowsExpected)), present = number(double(v.rowsPresent));
    const bool intact = v.integrity == QLatin1String("ok");
    if (v.lostRows > 0)
        out.push_back(said(Tone::Bad,
            DashboardText::tr("%1 rows lost (%2 expected, %3 present)")
                .arg(number(double(v.lostRows)), expected, present)));
    else if (v.extraRows > 0)
        out.push_back({ Tone::Warning,
            DashboardText::tr("%1 rows more than the run committed (%2 expected, %3 present): another connection "
                              "wrote to the table during the run")
                .arg(number(double(v.extraRows)), expected, present),
            DashboardText::tr("with rows another connection added") });
    else if (intact)
        out.push_back(said(Tone::Good,
            DashboardText::tr("%1 rows expected, %2 present, 0 lost, integrity ok").arg(expected, present)));
    else
        out.push_back(
            said(Tone::Good, DashboardText::tr("%1 rows expected, %1 present, 0 lost").arg(expected)));
    if (!intact)
        out.push_back(said(Tone::Bad,
            DashboardText::tr("integrity check: %1")
                .arg(v.integrity.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("; ")))));
    return out;
}

} // namespace

std::vector<DashboardText::Finding> DashboardText::findings(const RunResult &r)
{
    std::vector<Finding> out;
    // Failed transactions first: a verified run where most of them failed is no success.
    if (r.total.failedTx > 0)
        out.push_back({ Tone::Warning,
            tr("%1 of %2 transactions failed (%3 %) after their last try")
                .arg(number(double(r.total.failedTx)), number(double(r.total.failedTx + r.total.tx)),
                    number(100.0 * double(r.total.failedTx) / double(r.total.failedTx + r.total.tx), 1)),
            tr("with failed transactions") });
    for (Finding &f : verificationFindings(r))
        out.push_back(std::move(f));
    return out;
}

DashboardText::Banner DashboardText::banner(const RunResult &r)
{
    const std::vector<Finding> all = findings(r);
    Tone tone = Tone::Good;
    QStringList leads, texts;
    for (const Finding &f : all) {
        tone = std::max(tone, f.tone);
        if (f.tone == Tone::Warning && !f.lead.isEmpty())
            leads << f.lead;
        texts << f.html;
    }
    const QString head = r.stopped ? tr("Stopped after %1 s").arg(number(r.durationS, 1)) : tr("Finished");
    QString opening;
    if (tone == Tone::Bad)
        opening = tr("%1 with problems").arg(head);
    else if (leads.isEmpty())
        opening = tr("%1 — verified").arg(head);
    else
        opening = tr("%1 — verified, %2").arg(head, leads.join(tr(", ")));
    QString text = QStringLiteral("<b>%1:</b> %2").arg(opening, texts.join(QStringLiteral("; ")));
    for (const QString &w : r.warnings)
        text += QStringLiteral("<br>⚠ ") + w.toHtmlEscaped();
    return { text, tone };
}

} // namespace LockLens
