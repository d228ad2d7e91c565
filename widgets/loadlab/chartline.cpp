// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/chartline.h"

#include "widgets/loadlab/serieschart.h"

#include <algorithm>

namespace LockLens {

ChartLine::ChartLine(SeriesChart *c, const QString &name, const QColor &color, Qt::PenStyle style,
    LiveSeries::Metric m, int w, double s)
    : chart(c)
    , index(c->addSeries(name, color, style))
    , metric(m)
    , worker(w)
    , scale(s)
{
}

const QList<QPointF> &ChartLine::source(const LiveSeries &series) const
{
    return errorClass >= 0 ? series.errorPoints(ErrorClass(errorClass), worker) : series.points(metric, worker);
}

double ChartLine::send(const LiveSeries &series)
{
    const QList<QPointF> &points = source(series);
    // A series only grows, and its last point may be replaced (LiveSeries::close()): the
    // chart thins and draws again only from there.
    const qsizetype unchanged = std::max<qsizetype>(0, std::min(sent, points.size()) - 1);
    sent = points.size();
    if (scale == 1) {
        chart->setPoints(index, points, unchanged); // shared, not copied
    } else {
        // Only the points that arrived since the last call are scaled.
        scaled.resize(std::min(scaled.size(), unchanged));
        for (qsizetype i = scaled.size(); i < points.size(); ++i)
            scaled.append({ points[i].x(), points[i].y() * scale });
        chart->setPoints(index, scaled, unchanged);
    }
    return points.isEmpty() ? 0.0 : points.constLast().x();
}

void ChartLine::clearPoints()
{
    chart->setPoints(index, {}); // nothing to thin; the series' points are not shared
    sent = 0;
}

} // namespace LockLens
