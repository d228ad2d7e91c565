// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/liveseries.h"

#include <QColor>
#include <QList>
#include <QPointF>

class QString;

namespace LockLens {

class SeriesChart;

// One line of a chart and where its points come from in a LiveSeries: a metric, or the
// errors of one class; of the total or of one worker; scaled if asked (lock waits are drawn
// in ms per second). send() hands the chart what arrived since the last call, so that a
// line that grows is thinned, scaled and drawn again only from its end. The live dashboard
// and the Trace tab draw their charts through it.
struct ChartLine
{
    // Adds the line to `chart` as a series of its own.
    ChartLine(SeriesChart *chart, const QString &name, const QColor &color, Qt::PenStyle style,
        LiveSeries::Metric metric, int worker = LiveSeries::Total, double scale = 1);

    const QList<QPointF> &source(const LiveSeries &series) const;
    // Gives the chart the line's points as they are now; the x of its last point (0 for
    // none). The chart is refitted by the caller, once for all its lines.
    double send(const LiveSeries &series);
    // Empties the chart's series (a hidden line): the next send() gives it every point.
    void clearPoints();

    SeriesChart *chart = nullptr;
    int index = 0; // the series in the chart
    LiveSeries::Metric metric = LiveSeries::Metric::Ops;
    int worker = LiveSeries::Total;
    int errorClass = -1; // >= 0: LiveSeries::errorPoints of that class
    double scale = 1; // != 1: drawn from `scaled`, extended as points arrive
    QList<QPointF> scaled;
    qsizetype sent = 0; // points given to the chart last time
};

} // namespace LockLens
