// SPDX-License-Identifier: GPL-3.0-or-later
// Run documents shaped like RunResult::toJson(), built here for the report tests.
#pragma once

#include "reportmodel.h"
#include "reporttables.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace LockLens::ReportFixture {

using namespace LockLens::Report;

struct Spec
{
    int workers = 2;
    int intervals = 3;
    double lockWaitShare = 0.05;
    qint64 busyUpgrade = 0, busySnapshot = 0, busyTimeout = 0;
    qint64 lostRows = 0; // negative: extra rows, as runs recorded before extra_rows gave them
    qint64 extraRows = 0;
    bool extraRowsRecorded = true; // false: a run from before extra_rows was recorded
    bool lockedOut = false; // not verified: another connection held a lock
    double backoffShare = 0;
    QString retryBackoff; // empty: not recorded (a run from before the back-off)
    QString integrity = QStringLiteral("ok");
    QList<qint64> workerOps; // empty: equal
    QString workerName = QStringLiteral("worker %1");
    QString scenarioName = QStringLiteral("test");
    QString fileSystem; // empty: not recorded (a run from before it was)
    bool networkFileSystem = false;
    QString startedAt; // empty: not recorded
};

inline QJsonObject latency(double p50, double p999)
{
    return { { QStringLiteral("p50"), p50 }, { QStringLiteral("p90"), p50 * 2 },
        { QStringLiteral("p99"), p50 * 4 }, { QStringLiteral("p999"), p999 },
        { QStringLiteral("max"), p999 * 2 }, { QStringLiteral("count"), 5000 } };
}

// A document shaped like RunResult::toJson().
inline QJsonObject runDoc(const Spec &s)
{
    const double duration = s.intervals;
    QJsonObject errors { { QStringLiteral("busy_begin"), 0 },
        { QStringLiteral("busy_upgrade"), double(s.busyUpgrade) },
        { QStringLiteral("busy_snapshot"), double(s.busySnapshot) },
        { QStringLiteral("busy_timeout"), double(s.busyTimeout) }, { QStringLiteral("locked"), 0 },
        { QStringLiteral("other"), 0 } };
    QJsonObject summary { { QStringLiteral("duration_s"), duration },
        { QStringLiteral("committed_ops"), 5000 }, { QStringLiteral("committed_tx"), 500 },
        { QStringLiteral("failed_tx"), 0 }, { QStringLiteral("retries"), 0 },
        { QStringLiteral("ops_per_s"), 1666.7 }, { QStringLiteral("tx_per_s"), 166.7 },
        { QStringLiteral("busy_events"), 12 }, { QStringLiteral("busy_handler_calls"), 30 },
        { QStringLiteral("lock_wait_s"), s.lockWaitShare * duration * s.workers },
        { QStringLiteral("app_wait_s"), 0 }, { QStringLiteral("lock_wait_share"), s.lockWaitShare },
        { QStringLiteral("app_wait_share"), 0 }, { QStringLiteral("latency_ms"), latency(0.01, 0.5) },
        { QStringLiteral("commit_latency_ms"), latency(0.02, 1) },
        { QStringLiteral("tx_latency_ms"), latency(0.05, 2) }, { QStringLiteral("errors"), errors },
        { QStringLiteral("stopped"), false }, { QStringLiteral("fatal_error"), QJsonValue() },
        { QStringLiteral("journal_mode"), QStringLiteral("wal") }, { QStringLiteral("rows_expected"), 1000 },
        { QStringLiteral("rows_present"), 1000 - s.lostRows + s.extraRows },
        { QStringLiteral("lost_rows"), double(s.lostRows) }, { QStringLiteral("integrity"), s.integrity },
        { QStringLiteral("verified"), s.lostRows == 0 && s.integrity == QLatin1String("ok") },
        { QStringLiteral("error_messages"), QJsonObject() } };
    if (s.extraRowsRecorded)
        summary.insert(QStringLiteral("extra_rows"), double(s.extraRows));
    if (s.backoffShare > 0) {
        summary.insert(QStringLiteral("backoff_share"), s.backoffShare);
        summary.insert(QStringLiteral("backoff_s"), s.backoffShare * duration * s.workers);
    }
    if (s.lockedOut) {
        summary.insert(QStringLiteral("not_verified_reason"), QStringLiteral("database_locked"));
        summary.insert(QStringLiteral("verification_error"),
            QStringLiteral("another connection held a lock on the database through the 2.0 s the checks after the "
                           "load wait (database is locked)"));
        summary.insert(QStringLiteral("integrity"), QString());
        summary.insert(QStringLiteral("verified"), false);
    }
    QJsonArray workers, series;
    for (int w = 0; w < s.workers; ++w) {
        const qint64 ops = s.workerOps.value(w, 5000 / s.workers);
        workers.append(QJsonObject { { QStringLiteral("name"), s.workerName.arg(w + 1) },
            { QStringLiteral("role"), QStringLiteral("writer") },
            { QStringLiteral("committed_ops"), double(ops) },
            { QStringLiteral("committed_tx"), double(ops / 10) },
            { QStringLiteral("ops_per_s"), ops / duration },
            { QStringLiteral("latency_ms"), latency(0.01, 0.5) }, { QStringLiteral("errors"), errors } });
    }
    for (int i = 0; i < s.intervals; ++i) {
        QJsonArray ops, zeros, p99;
        for (int w = 0; w < s.workers; ++w) {
            ops.append(100 + w);
            zeros.append(0);
            p99.append(w == 0 && i == 0 ? QJsonValue() : QJsonValue(0.02)); // null: no operation
        }
        series.append(QJsonObject { { QStringLiteral("t_s"), i + 1.0 }, { QStringLiteral("interval_s"), 1.0 },
            { QStringLiteral("ops"), 1000 + i }, { QStringLiteral("tx"), 100 },
            { QStringLiteral("busy_events"), 4 }, { QStringLiteral("lock_wait_s"), 0.25 },
            { QStringLiteral("app_wait_s"), 0 }, { QStringLiteral("errors"), 0 },
            { QStringLiteral("p50_ms"), 0.01 }, { QStringLiteral("p99_ms"), 0.04 },
            { QStringLiteral("errors_by_class"), QJsonObject() }, { QStringLiteral("worker_ops"), ops },
            { QStringLiteral("worker_lock_wait_s"), zeros }, { QStringLiteral("worker_app_wait_s"), zeros },
            { QStringLiteral("worker_busy_events"), zeros }, { QStringLiteral("worker_p99_ms"), p99 },
            { QStringLiteral("worker_errors"), QJsonObject() } });
    }
    QJsonObject scenario { { QStringLiteral("name"), s.scenarioName },
        { QStringLiteral("workers"), s.workers }, { QStringLiteral("tx_mode"), QStringLiteral("deferred") },
        { QStringLiteral("busy_timeout_ms"), 5000 },
        { QStringLiteral("description"), QStringLiteral("a test") } };
    if (!s.retryBackoff.isEmpty()) {
        scenario.insert(QStringLiteral("retry_backoff"), s.retryBackoff);
        scenario.insert(QStringLiteral("max_tries"), 10);
    }
    QJsonObject env { { QStringLiteral("sqlite_version"), QStringLiteral("3.40.1") },
        { QStringLiteral("sqlite_source"), QStringLiteral("system") },
        { QStringLiteral("qt_version"), QStringLiteral("6.4.2") }, { QStringLiteral("cpu_count"), 8 },
        { QStringLiteral("compile_options"), QJsonArray { QStringLiteral("THREADSAFE=1") } } };
    if (!s.fileSystem.isEmpty()) {
        env.insert(QStringLiteral("file_system"), s.fileSystem);
        env.insert(QStringLiteral("file_system_network"), s.networkFileSystem);
    }
    QJsonObject doc { { QStringLiteral("scenario"), scenario }, { QStringLiteral("environment"), env },
        { QStringLiteral("database"), QStringLiteral("/tmp/x.db") }, { QStringLiteral("summary"), summary },
        { QStringLiteral("workers"), workers }, { QStringLiteral("series"), series },
        { QStringLiteral("lock_timeline"), QJsonArray() }, { QStringLiteral("warnings"), QJsonArray() } };
    if (!s.startedAt.isEmpty())
        doc.insert(QStringLiteral("started_at"), s.startedAt);
    return doc;
}

// The value of the row labelled `label` in the column of the first run; "(no row)" without one.
inline QString cell(const Table &t, const QString &label)
{
    for (const QStringList &row : t.rows) {
        if (row.value(0) == label)
            return row.value(1);
    }
    return QStringLiteral("(no row)");
}

inline Model modelOf(const QList<QJsonObject> &docs)
{
    Model m;
    QString why;
    QStringList labels;
    for (qsizetype i = 0; i < docs.size(); ++i)
        labels << QStringLiteral("run %1").arg(i + 1);
    if (!modelFromJson(docs, labels, &m, &why))
        qWarning("%s", qPrintable(why));
    return m;
}

} // namespace LockLens::ReportFixture
