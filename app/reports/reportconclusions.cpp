// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reports/reportconclusions.h"

#include "app/core/serverwaitwords.h"
#include "app/reports/reporttext.h"

#include <algorithm>
#include <cmath>

namespace LockLens::Report {

namespace {

qint64 errorsOf(const RunFigures &r, ErrorClass c)
{
    return r.errors[std::size_t(c)];
}

void verification(const RunFigures &r, std::vector<Conclusion> *out)
{
    if (!r.fatalError.isEmpty())
        out->push_back(
            { QStringLiteral("fatal"), Tr::tr("The run ended early: %1").arg(r.fatalError), true });
    if (r.lockedOut) {
        out->push_back({ QStringLiteral("verification"),
            Tr::tr("Not verified: %1. Run again when the other connection has let go of its lock.")
                .arg(r.verificationError),
            true });
        return;
    }
    if (!r.checked) {
        out->push_back({ QStringLiteral("verification"),
            r.verificationError.isEmpty()
                ? Tr::tr("The database was not checked after the run.")
                : Tr::tr("The database could not be checked after the run: %1").arg(r.verificationError),
            true });
        return;
    }
    if (r.extraRows > 0)
        out->push_back({ QStringLiteral("extra_rows"),
            Tr::tr("%1 more rows are present than the run committed (%2 expected, %3 present): another "
                   "connection "
                   "wrote to the table during the run. They are not lost rows, but could hide as many.")
                .arg(count(r.extraRows), count(r.rowsExpected), count(r.rowsPresent)),
            false });
    if (r.lostRows == 0 && r.integrity == QLatin1String("ok")) {
        out->push_back({ QStringLiteral("verification"),
            Tr::tr("Nothing lost: lost rows 0 (%1 rows expected, %2 present), integrity ok.")
                .arg(count(r.rowsExpected), count(r.rowsPresent)),
            false });
        return;
    }
    if (r.lostRows > 0)
        out->push_back({ QStringLiteral("lost_rows"),
            Tr::tr("Lost rows: %1 rows acknowledged as committed are missing (%2 expected, %3 present).")
                .arg(count(r.lostRows), count(r.rowsExpected), count(r.rowsPresent)),
            true });
    if (r.integrity != QLatin1String("ok"))
        out->push_back({ QStringLiteral("integrity"),
            Tr::tr("PRAGMA integrity_check did not say ok: %1").arg(r.integrityText()), true });
}

void waits(const RunFigures &r, std::vector<Conclusion> *out)
{
    const int clients = std::max(1, r.workers + r.readers);
    if (r.lockWaitShare >= Threshold::waitShare)
        out->push_back({ QStringLiteral("lock_wait"),
            Tr::tr("The %1 clients spent %2 of their time waiting for the database's locks (%3 s of %4 "
                   "client-seconds).")
                .arg(clients)
                .arg(percent(r.lockWaitShare), fixed(r.lockWaitS, 2), fixed(r.durationS * clients, 2)),
            r.lockWaitShare >= 0.5 });
    if (r.appWaitShare >= Threshold::waitShare)
        out->push_back({ QStringLiteral("app_wait"),
            Tr::tr(
                "The %1 clients spent %2 of their time waiting for the application's mutex or queue (%3 s).")
                .arg(clients)
                .arg(percent(r.appWaitShare), fixed(r.appWaitS, 2)),
            r.appWaitShare >= 0.5 });
    if (r.backoffShare >= Threshold::waitShare)
        out->push_back({ QStringLiteral("backoff"),
            Tr::tr("The %1 clients spent %2 of their time backing off between tries of failed transactions "
                   "(%3 s, "
                   "retry back-off %4): not waiting for a lock, but not working either.")
                .arg(clients)
                .arg(percent(r.backoffShare), fixed(r.backoffS, 2), r.retryBackoff),
            r.backoffShare >= 0.5 });
}

void errors(const RunFigures &r, std::vector<Conclusion> *out)
{
    const qint64 upgrade = errorsOf(r, ErrorClass::BusyUpgrade), snapshot = errorsOf(r, ErrorClass::BusySnapshot);
    if (upgrade + snapshot >= Threshold::upgradeFailures)
        out->push_back({ QStringLiteral("upgrade"),
            Tr::tr(
                "%1 times a transaction failed to upgrade its read lock to a write lock (%2 SQLITE_BUSY on "
                "the "
                "first write, %3 SQLITE_BUSY_SNAPSHOT): no busy timeout can cure that; use BEGIN IMMEDIATE "
                "for "
                "transactions that write.")
                .arg(count(upgrade + snapshot), count(upgrade), count(snapshot)),
            true });
    const qint64 atBegin = errorsOf(r, ErrorClass::BusyBegin);
    if (atBegin >= Threshold::busyAtBegin)
        out->push_back({ QStringLiteral("busy_begin"),
            Tr::tr("%1 transactions got SQLITE_BUSY as they started (busy policy %2, timeout %3 ms).")
                .arg(count(atBegin), r.busyPolicy)
                .arg(r.busyTimeoutMs),
            true });
    const qint64 timeouts = errorsOf(r, ErrorClass::BusyTimeout);
    if (timeouts >= Threshold::timeouts)
        out->push_back({ QStringLiteral("timeout"),
            (r.onServer ? Tr::tr("%1 operations gave up after waiting lock_timeout (%2 ms) for a lock in the server.")
                        : Tr::tr("%1 operations gave up after waiting the whole busy timeout of %2 ms."))
                .arg(count(timeouts))
                .arg(r.busyTimeoutMs),
            true });
    if (const qint64 deadlocks = errorsOf(r, ErrorClass::Deadlock); deadlocks > 0)
        out->push_back({ QStringLiteral("deadlock"),
            Tr::tr("PostgreSQL ended %1 transactions as deadlock victims: two transactions locked the same rows "
                   "in opposite orders. Each deadlock is found only after deadlock_timeout (1 s by default) of "
                   "waiting; locking rows in one order (by id) avoids them.")
                .arg(count(deadlocks)),
            true });
    if (const qint64 serialization = errorsOf(r, ErrorClass::Serialization); serialization > 0)
        out->push_back({ QStringLiteral("serialization"),
            Tr::tr("%1 transactions failed with a serialization failure (40001) under %2: PostgreSQL expects "
                   "such transactions to be tried again (--max-tries).")
                .arg(count(serialization), r.txMode),
            true });
    const qint64 tried = r.committedTx + r.failedTx;
    if (tried > 0 && r.failedTx > 0 && double(r.failedTx) / double(tried) >= Threshold::failedTxShare)
        out->push_back({ QStringLiteral("failed_tx"),
            Tr::tr("%1 of the transactions failed (%2 of %3, after %4 retries).")
                .arg(percent(double(r.failedTx) / double(tried)), count(r.failedTx), count(tried),
                    count(r.retries)),
            true });
}

// The clients that compete for the same lock, and so can be compared: the workers of a
// connection per thread, of the shared connection (its mutex) and the pool's threads, all
// together; the workers of each file of a split run apart. Not readers (they take no
// write lock), and none of a writer-queue run: its writer alone writes, by design, and
// its feeders' operations are their reads.
std::vector<std::vector<const WorkerFigures *>> competingGroups(const RunFigures &r)
{
    std::vector<std::vector<const WorkerFigures *>> groups;
    if (r.strategy == QLatin1String("writer-queue"))
        return groups;
    const bool split = r.strategy == QLatin1String("split") && r.splitFiles > 1;
    groups.resize(split ? std::size_t(r.splitFiles) : 1);
    std::size_t worker = 0; // workers come first, in order: worker i writes file i % files
    for (const WorkerFigures &w : r.workerFigures) {
        if (w.role == QLatin1String("reader"))
            continue;
        groups[split ? worker % groups.size() : 0].push_back(&w);
        ++worker;
    }
    return groups;
}

void fairness(const RunFigures &r, std::vector<Conclusion> *out)
{
    // The least fair group: its busiest client over its least busy.
    const WorkerFigures *most = nullptr, *least = nullptr;
    double worst = 0;
    for (const auto &group : competingGroups(r)) {
        if (group.size() < 2)
            continue;
        const auto [lo, hi] = std::minmax_element(group.begin(), group.end(),
            [](const WorkerFigures *a, const WorkerFigures *b) { return a->ops < b->ops; });
        if ((*hi)->ops == 0)
            continue;
        const double f = (*lo)->ops == 0 ? INFINITY : double((*hi)->ops) / double((*lo)->ops);
        if (f > worst) {
            worst = f;
            most = *hi;
            least = *lo;
        }
    }
    if (!most)
        return;
    if (least->ops == 0) {
        out->push_back({ QStringLiteral("imbalance"),
            Tr::tr("%1 completed no operation while %2 completed %3.")
                .arg(least->name, most->name, count(most->ops)),
            true });
        return;
    }
    if (worst >= Threshold::imbalance)
        out->push_back({ QStringLiteral("imbalance"),
            Tr::tr("The lock was not shared fairly: %1 completed %2 the operations of %3 (%4 against %5).")
                .arg(most->name, ratio(worst), least->name, count(most->ops), count(least->ops)),
            false });
}

// Only from the recorded fact: a run that did not record its file system says nothing.
void fileSystem(const RunFigures &r, std::vector<Conclusion> *out)
{
    if (!r.networkFileSystem)
        return;
    const QString where = r.fileSystem.isEmpty() ? Tr::tr("a network file system")
                                                 : Tr::tr("a network file system (%1)").arg(r.fileSystem);
    QString text
        = Tr::tr("The database was on %1. SQLite relies on the file locks of the system it runs on, and "
                 "those are not reliable over a network: two writers can both believe they hold the "
                 "lock and corrupt the database.")
              .arg(where);
    if (r.journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
        text += QLatin1Char(' ')
            + Tr::tr("WAL mode also needs memory shared between the connections, which does not reach other "
                     "machines.");
    text += QLatin1Char(' ') + Tr::tr("Keep the database on a local disk.");
    out->push_back({ QStringLiteral("network_fs"), text, true });
}

void tail(const RunFigures &r, std::vector<Conclusion> *out)
{
    const Latency &l = r.latency;
    if (l.count < 1000 || l.p50 <= 0 || l.p999 < Threshold::tailMs || l.p999 < Threshold::tailFactor * l.p50)
        return;
    out->push_back({ QStringLiteral("tail"),
        Tr::tr("One operation in 1,000 took %1 ms or more, %2 times the median of %3 ms (the longest %4 ms).")
            .arg(fixed(l.p999, 2), count(qint64(l.p999 / l.p50)), fixed(l.p50, 3), fixed(l.max, 1)),
        false });
}

// On PostgreSQL: what the workers waited for in the server, and whether sessions outside the
// run held those locks.
void serverWaits(const RunFigures &r, std::vector<Conclusion> *out)
{
    if (r.serverLockWaits.empty())
        return;
    double total = 0, outside = 0;
    QStringList outsiders;
    const Postgres::LockWaitTotal *top = nullptr; // the largest cause known
    for (const Postgres::LockWaitTotal &w : r.serverLockWaits) {
        total += w.seconds;
        if (!top && w.cause.known())
            top = &w;
        if (ServerWaitWords::heldOutside(w.cause)) {
            outside += w.seconds;
            if (outsiders.size() < 3 && !outsiders.contains(ServerWaitWords::heldBy(w.cause)))
                outsiders << ServerWaitWords::heldBy(w.cause);
        }
    }
    if (total <= 0)
        return;
    if (outside / total >= Threshold::waitShare && outside >= Threshold::outsideHolderS) {
        out->push_back({ QStringLiteral("outside_holder"),
            Tr::tr("Sessions outside the run held the locks behind %1 of the waiting in the server (%2 s of %3 s): "
                   "%4. Another program's open transaction made the workers wait.")
                .arg(percent(outside / total), fixed(outside, 2), fixed(total, 2), outsiders.join(QLatin1String("; "))),
            true });
        return;
    }
    if (r.lockWaitShare < Threshold::waitShare || !top)
        return;
    out->push_back({ QStringLiteral("server_wait_cause"),
        Tr::tr("%1 of the time waiting in the server was for %2, held by %3.")
            .arg(percent(top->seconds / total), ServerWaitWords::waitedFor(top->cause),
                ServerWaitWords::heldBy(top->cause)),
        false });
}

} // namespace

std::vector<Conclusion> runConclusions(const RunFigures &r)
{
    std::vector<Conclusion> out;
    verification(r, &out);
    fileSystem(r, &out);
    errors(r, &out);
    waits(r, &out);
    serverWaits(r, &out);
    fairness(r, &out);
    tail(r, &out);
    return out;
}

namespace {

// The same load, as far as a comparison of engines goes.
bool sameLoad(const RunFigures &a, const RunFigures &b)
{
    return a.workers == b.workers && a.readers == b.readers && a.mix == b.mix && a.batch == b.batch
        && a.strategy == b.strategy && a.payloadBytes == b.payloadBytes;
}

QString engineName(const RunFigures &r)
{
    return r.onServer ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

} // namespace

std::vector<Conclusion> engineConclusions(const std::vector<RunFigures> &runs)
{
    std::vector<Conclusion> out;
    for (const RunFigures &pg : runs) {
        if (!pg.onServer || pg.program)
            continue;
        for (const RunFigures &lite : runs) {
            if (lite.onServer || lite.program || !sameLoad(lite, pg) || lite.opsPerS <= 0 || pg.opsPerS <= 0)
                continue;
            const bool pgFaster = pg.opsPerS > lite.opsPerS;
            const RunFigures &fast = pgFaster ? pg : lite, &slow = pgFaster ? lite : pg;
            const double f = fast.opsPerS / slow.opsPerS;
            const QString figures = Tr::tr("%1 against %2 operations per second; %3 against %4")
                                        .arg(fixed(fast.opsPerS, 0), fixed(slow.opsPerS, 0), fast.label, slow.label);
            // (No %n: a report made without a translator loaded would say "writer(s)".)
            const QString with = lite.workers == 1 ? Tr::tr("With one writer") : Tr::tr("With %1 writers").arg(lite.workers);
            const QString text = f < 1.05
                ? Tr::tr("%1, SQLite and PostgreSQL committed about as many operations per second (%2).").arg(with, figures)
                : Tr::tr("%1, %2 committed %3 the operations per second of %4 (%5).")
                      .arg(with, engineName(fast), fixed(f, f >= 10 ? 0 : 1) + QChar(0x00d7), engineName(slow), figures);
            out.push_back({ QStringLiteral("engine"), text, false });
        }
    }
    return out;
}

std::vector<Conclusion> comparisonConclusions(const std::vector<RunFigures> &runs)
{
    std::vector<Conclusion> out;
    if (runs.size() < 2)
        return out;
    out = engineConclusions(runs);
    const std::size_t engines = out.size();
    auto best = std::max_element(runs.begin(), runs.end(),
        [](const RunFigures &a, const RunFigures &b) { return a.opsPerS < b.opsPerS; });
    for (const RunFigures &r : runs) {
        if (&r == &*best || r.opsPerS <= 0)
            continue;
        const double f = best->opsPerS / r.opsPerS;
        if (f >= Threshold::throughputRatio)
            out.push_back({ QStringLiteral("throughput"),
                Tr::tr("%1 reached %2 the throughput of %3 (%4 against %5 ops/s).")
                    .arg(best->label, ratio(f), r.label, fixed(best->opsPerS, 1), fixed(r.opsPerS, 1)),
                false });
    }
    if (out.size() == engines)
        out.push_back({ QStringLiteral("throughput_even"),
            Tr::tr("Throughput differs by less than %1% between the runs (best: %2, %3 ops/s).")
                .arg(qRound((Threshold::throughputRatio - 1) * 100))
                .arg(best->label, fixed(best->opsPerS, 1)),
            false });
    auto waitLeast = std::min_element(runs.begin(), runs.end(),
        [](const RunFigures &a, const RunFigures &b) { return a.lockWaitShare < b.lockWaitShare; });
    for (const RunFigures &r : runs) {
        if (r.lockWaitShare - waitLeast->lockWaitShare >= Threshold::waitShareGap)
            out.push_back({ QStringLiteral("lock_wait_gap"),
                Tr::tr("Clients of %1 waited for locks %2 of their time, those of %3 only %4.")
                    .arg(r.label, percent(r.lockWaitShare), waitLeast->label,
                        percent(waitLeast->lockWaitShare)),
                false });
    }
    return out;
}

} // namespace LockLens::Report
