// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV report: the time series, per worker and in total.
#include "app/reports/reporttext.h"
#include "app/reports/reportwriters.h"

#include <cmath>
#include <optional>

namespace LockLens::Report {

namespace {

QString value(std::optional<double> v)
{
    if (!v || !std::isfinite(*v))
        return QString();
    return QString::number(std::round(*v * 1e6) / 1e6, 'g', 15);
}

} // namespace

QByteArray toCsv(const Model &m)
{
    QString out = QStringLiteral("run,t_s,worker,ops_per_s,commits_per_s,busy_events_per_s,lock_wait_s_per_s,"
                                 "app_wait_s_per_s,p50_ms,p99_ms,errors_per_s\r\n");
    for (const RunFigures &r : m.runs) {
        const QString run = csvField(r.heading());
        // A traced program's statements are not timed one by one: no latency, not 0.
        const auto latency = [&r](double ms) { return r.program ? QString() : value(ms); };
        for (const Interval &p : r.series) {
            const QString t = value(p.tS);
            out += QStringList { run, t, QStringLiteral("total"), value(p.opsPerS), value(p.txPerS),
                value(p.busyPerS), value(p.lockWaitPerS), value(p.appWaitPerS), latency(p.p50Ms),
                latency(p.p99Ms), value(p.errorsPerS) }
                       .join(QLatin1Char(','));
            out += QLatin1String("\r\n");
            for (std::size_t i = 0; i < p.workers.size(); ++i) {
                const Interval::Worker &w = p.workers[i];
                const QString name = i < r.workerFigures.size() ? r.workerFigures[i].name
                                                                : QStringLiteral("worker %1").arg(i + 1);
                // The series keeps no per-worker commits or median.
                out += QStringList { run, t, csvField(name), value(w.opsPerS), QString(), value(w.busyPerS),
                    value(w.lockWaitPerS), value(w.appWaitPerS), QString(), value(w.p99Ms),
                    value(w.errorsPerS) }
                           .join(QLatin1Char(','));
                out += QLatin1String("\r\n");
            }
        }
    }
    return out.toUtf8();
}

} // namespace LockLens::Report
