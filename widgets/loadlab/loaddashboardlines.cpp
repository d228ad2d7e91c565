// SPDX-License-Identifier: GPL-3.0-or-later
// The load dashboard's lines: which series each chart draws, per worker and in total, and
// a frame that hands them to the charts.
#include "widgets/loadlab/loaddashboard.h"

#include "widgets/loadlab/dashboardtext.h"
#include "widgets/loadlab/serieschart.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QListWidget>
#include <QPainter>
#include <QSignalBlocker>

#include <algorithm>

namespace LockLens {

using Metric = LiveSeries::Metric;

namespace {

constexpr double MsPerS = 1000; // lock waits are drawn in ms per second

using Text = DashboardText;

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(18, 10);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    QPen pen(color, 2.5, Qt::DashLine);
    p.setPen(pen);
    p.drawLine(0, 5, 18, 5);
    return QIcon(pixmap);
}

// Per-worker lines are told apart by the worker list (with its colours), not the legend.
void hideLegendEntry(SeriesChart *chart, int index)
{
    const QList<QAbstractSeries *> series = chart->chart()->series();
    if (index >= series.size())
        return;
    const QList<QLegendMarker *> markers = chart->chart()->legend()->markers(series.at(index));
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
}

} // namespace

void LoadDashboard::reset(const QStringList &workerNames, bool perWorkerLinesShown)
{
    m_lines.clear();
    for (SeriesChart *c : m_charts)
        c->clearSeries();
    m_errorLine = {};
    m_anyErrorLine = false;
    m_workerShown.assign(std::size_t(workerNames.size()), perWorkerLinesShown);

    const int withLines = std::min(int(workerNames.size()), LiveSeries::MaxWorkerSeries);
    {
        const QSignalBlocker blocker(m_workerList);
        m_workerList->clear();
        for (int w = 0; w < workerNames.size(); ++w) {
            auto *item = new QListWidgetItem(workerNames[w], m_workerList);
            if (w < withLines) {
                item->setIcon(swatch(Text::workerColor(w)));
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(perWorkerLinesShown ? Qt::Checked : Qt::Unchecked);
            } else {
                item->setFlags(Qt::NoItemFlags);
                item->setToolTip(tr("Lines of their own are drawn for the first %1 workers only")
                                     .arg(LiveSeries::MaxWorkerSeries));
            }
        }
    }

    // A stored run has per-worker operations only.
    const bool perWorkerDetail = !m_history || !m_series.points(Metric::LockWait, 0).isEmpty();
    addLine(Chart::Throughput, tr("operations/s"), QColor(Text::Blue), Qt::SolidLine, Metric::Ops);
    // Dotted: with one operation per transaction it lies on the operations line.
    addLine(Chart::Throughput, tr("commits/s"), QColor(Text::Green), Qt::DotLine, Metric::Commits);
    addLine(Chart::LockWaits,
        m_scenario.onServer() ? tr("lock wait in the server, sampled (ms/s)") : tr("SQLite lock wait (ms/s)"),
        QColor(Text::Vermillion), Qt::SolidLine,
        Metric::LockWait, LiveSeries::Total, MsPerS);
    addLine(Chart::LockWaits, tr("app mutex/queue (ms/s)"), QColor(Text::Purple), Qt::DashDotLine,
        Metric::AppWait, LiveSeries::Total, MsPerS);
    addLine(Chart::LockWaits, tr("busy events/s"), QColor(Text::Grey), Qt::DotLine, Metric::BusyEvents);
    addLine(Chart::Latency, tr("p50"), QColor(Text::Blue), Qt::SolidLine, Metric::P50Ms);
    addLine(Chart::Latency, tr("p99"), QColor(Text::Vermillion), Qt::SolidLine, Metric::P99Ms);
    for (int w = 0; w < withLines; ++w) {
        const QString &name = workerNames[w];
        addLine(Chart::Throughput, name, Text::workerColor(w), Qt::DashLine, Metric::Ops, w);
        if (perWorkerDetail) {
            addLine(Chart::LockWaits, name, Text::workerColor(w), Qt::DashLine, Metric::LockWait, w, MsPerS);
            addLine(Chart::Latency, name, Text::workerColor(w), Qt::DashLine, Metric::P99Ms, w);
        }
    }
    for (ChartLine &line : m_lines) {
        if (line.worker >= 0) {
            hideLegendEntry(line.chart, line.index);
            if (!perWorkerLinesShown)
                showWorkerLine(line, false);
        }
    }
    updateErrorsTitle();
}

void LoadDashboard::addLine(Chart c, const QString &name, const QColor &color, Qt::PenStyle style,
    Metric metric, int worker, double scale)
{
    // Totals are solid and the workers' lines dashed; every line is one pixel wide (see
    // SeriesChart::addSeries: wider lines cost ten times as much per frame).
    m_lines.emplace_back(chart(c), name, color, style, metric, worker, scale);
}

void LoadDashboard::addErrorLines()
{
    if (!perClassErrors()) {
        // A stored run keeps the errors of all classes together.
        if (m_history && !m_anyErrorLine && m_series.anyErrors()) {
            addLine(Chart::Errors, tr("errors (all classes)"), QColor(Text::Vermillion), Qt::SolidLine,
                Metric::Errors);
            m_anyErrorLine = true;
        }
        return;
    }
    for (int c = 0; c < ErrorClassCount; ++c) {
        if (m_errorLine[std::size_t(c)] || !m_series.occurred(ErrorClass(c)))
            continue;
        addLine(Chart::Errors, Text::errorName(ErrorClass(c)), Text::errorColor(ErrorClass(c)), Qt::SolidLine,
            Metric::Errors);
        m_lines.back().errorClass = c;
        m_errorLine[std::size_t(c)] = true;
    }
}

void LoadDashboard::showWorkerLine(ChartLine &line, bool shown)
{
    if (!shown)
        line.clearPoints();
    line.chart->setSeriesVisible(line.index, shown);
    hideLegendEntry(line.chart, line.index);
}

void LoadDashboard::refreshCharts()
{
    addErrorLines();
    double end = 0; // every chart's time axis runs as far, those with no point yet too
    for (ChartLine &line : m_lines) {
        if (line.worker < 0 || m_workerShown[std::size_t(line.worker)])
            end = std::max(end, line.send(m_series));
    }
    for (SeriesChart *c : m_charts) {
        c->setDataEnd(end);
        c->refit();
    }
    updateErrorsTitle();
    if (isRunning())
        updateHeader();
}

void LoadDashboard::setWorkerVisible(int worker, bool visible)
{
    if (worker < 0 || worker >= int(m_workerShown.size()))
        return;
    m_workerShown[std::size_t(worker)] = visible;
    if (QListWidgetItem *item = m_workerList->item(worker);
        item && (item->flags() & Qt::ItemIsUserCheckable)) {
        const QSignalBlocker blocker(m_workerList);
        item->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
    }
    for (ChartLine &line : m_lines) {
        if (line.worker == worker)
            showWorkerLine(line, visible);
    }
    refreshCharts();
}

bool LoadDashboard::isWorkerVisible(int worker) const
{
    return worker >= 0 && worker < int(m_workerShown.size()) && m_workerShown[std::size_t(worker)];
}

void LoadDashboard::workerItemChanged(QListWidgetItem *item)
{
    setWorkerVisible(m_workerList->row(item), item->checkState() == Qt::Checked);
}

bool LoadDashboard::perClassErrors() const
{
    for (int c = 0; c < ErrorClassCount; ++c)
        if (m_series.occurred(ErrorClass(c)))
            return true;
    return !m_history;
}

void LoadDashboard::updateErrorsTitle()
{
    QString title;
    if (m_history && !perClassErrors())
        title = m_series.anyErrors() ? tr("Errors (all classes)") : tr("Errors — none");
    else if (m_series.anyErrors() || (!m_finished && !isRunning()))
        title = tr("Errors by class");
    else
        title = m_finished ? tr("Errors by class — none") : tr("Errors by class — none so far");
    m_charts[int(Chart::Errors)]->setTitle(title);
}

} // namespace LockLens
