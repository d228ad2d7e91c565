// SPDX-License-Identifier: GPL-3.0-or-later
#include "loaddashboard.h"

#include "clock.h"
#include "dashboardtext.h"
#include "engine.h"
#include "locktimelinepanel.h"
#include "locktimelineview.h"
#include "serieschart.h"
#include "tablegen.h"

#include <QChart>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace LockLens {

using Metric = LiveSeries::Metric;

namespace {

constexpr int ShowWorkersUpTo = 8; // more workers: their lines start hidden
constexpr int ChartsHeight = 2 * 180; // the charts' share of the splitter, when it has room
constexpr int TimelineHeight = 150; // the timeline's least
constexpr double MsPerS = 1000; // lock waits are drawn in ms per second
// Drawing takes at most about a fifth of the GUI thread: after a frame or a timeline
// paint that took t ms, the next waits at least DrawShare * t ms.
constexpr double DrawShare = 4;

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

LoadDashboard::LoadDashboard(QWidget *parent)
    : QWidget(parent)
    , m_engine(std::make_unique<LoadEngine>())
{
    m_engine->setSampleInterval(100);
    connect(m_engine.get(), &LoadEngine::sampled, this, &LoadDashboard::sampled);
    connect(m_engine.get(), &LoadEngine::finished, this, &LoadDashboard::runFinished);
    connect(m_engine.get(), &LoadEngine::failed, this, &LoadDashboard::runFailed);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(40);
    connect(&m_refreshTimer, &QTimer::timeout, this, &LoadDashboard::frame);
    m_lockTimer.setInterval(25);
    connect(&m_lockTimer, &QTimer::timeout, this, &LoadDashboard::followLocks);

    // Header: what runs, the last second's figures, Stop.
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setTextFormat(Qt::RichText);
    // Both wrap rather than widen the page: it must fit a 1024-pixel window.
    m_title->setWordWrap(true);
    m_figures = new QLabel;
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_figures->setWordWrap(true);
    m_stopButton = new QPushButton(tr("Stop"));
    m_stopButton->setEnabled(false);
    connect(m_stopButton, &QPushButton::clicked, this, &LoadDashboard::stop);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_figures, 1);
    header->addWidget(m_stopButton);

    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();

    // Charts in a 2×2 grid.
    m_charts[int(Chart::Throughput)] = new SeriesChart(tr("Throughput"), tr("per second"));
    m_charts[int(Chart::LockWaits)] = new SeriesChart(tr("Lock waits"), tr("per second"));
    m_charts[int(Chart::Latency)] = new SeriesChart(tr("Latency of operations"), tr("ms"));
    m_charts[int(Chart::Errors)] = new SeriesChart(tr("Errors by class"), tr("per second"));
    auto *top = new QWidget;
    auto *grid = new QGridLayout(top);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    for (int i = 0; i < int(Chart::NUM_CHARTS); ++i)
        grid->addWidget(m_charts[i], i / 2, i % 2);

    // Below: the workers (their check boxes are the legend of the dashed lines) beside the
    // lock timeline, whose lanes are mostly the same workers.
    m_workerList = new QListWidget;
    m_workerList->setObjectName(QStringLiteral("workers"));
    m_workerList->setToolTip(tr("Each worker's own lines (dashed) in the charts"));
    connect(m_workerList, &QListWidget::itemChanged, this, &LoadDashboard::workerItemChanged);
    auto *workersLabel = new QLabel(tr("<b>Workers</b> (dashed lines)"));
    auto *workersPanel = new QWidget;
    auto *workersBox = new QVBoxLayout(workersPanel);
    workersBox->setContentsMargins(0, 0, 0, 0);
    workersBox->setSpacing(2);
    workersBox->addWidget(workersLabel);
    workersBox->addWidget(m_workerList, 1);
    workersPanel->setFixedWidth(std::max(160, workersLabel->sizeHint().width() + 12));

    m_timelinePanel = new LockTimelinePanel(&m_timeline);

    auto *bottom = new QWidget;
    auto *bottomBox = new QHBoxLayout(bottom);
    bottomBox->setContentsMargins(0, 0, 0, 0);
    bottomBox->addWidget(workersPanel);
    bottomBox->addWidget(m_timelinePanel, 1);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    reset({}, true);
    m_timelinePanel->showMessage(tr("Start a run to see its locks."));
    m_title->setText(tr("<b>No run yet</b>"));
    refreshCharts();
}

LoadDashboard::~LoadDashboard()
{
    m_refreshTimer.stop();
    m_lockTimer.stop();
    // The engine's destructor stops the run and waits for it (workers end their
    // transaction, the run is verified); nothing it reports reaches this half-destroyed
    // widget.
    m_engine->disconnect(this);
    m_engine.reset();
}

bool LoadDashboard::start(const Scenario &sc, QString *error)
{
    if (isRunning()) {
        // Not a failure of the run on show: say no, leave the view as it is.
        if (error)
            *error = tr("a run is already in progress");
        return false;
    }
    QString why;
    if (!m_engine->start(sc, &why)) {
        if (error)
            *error = why;
        showBanner(tr("<b>Could not start the run:</b> %1").arg(why.toHtmlEscaped()), false);
        Q_EMIT failed(why);
        return false;
    }
    m_scenario = sc;
    m_history = false;
    m_finished = false;
    m_series.clear();
    const QStringList names = m_engine->workerNames();
    m_series.setWorkerNames(names);
    m_timeline = LockTimeline();
    // The hover names the SQL each lock interval began in; an existing table's statements
    // are known once its model was read, else only their kinds ("INSERT").
    if (!sc.existingTable)
        m_timeline.setStatementTexts(StatementTexts::forScenario(sc));
    else if (sc.tableModel)
        m_timeline.setStatementTexts(sc.tableModel->statementTexts(sc));
    m_originSet = false;
    m_frameMs = 0;
    m_paintMs = 0;
    m_sincePaint.invalidate();
    m_timelinePanel->view()->showAll();
    reset(names, names.size() <= ShowWorkersUpTo);
    m_banner->hide();
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setEnabled(true);

    m_locksMissing = Text::locksMissing(sc);
    if (m_locksMissing.isEmpty()) {
        m_timelinePanel->showTimeline();
        m_lockTimer.start();
    } else if (sc.instrument
        && !sc.isMemory()) { // the waits the engine measured stand in for the lock states
        m_timelinePanel->showTimeline(
            tr("%1 The hatched intervals are the lock waits the engine measured.").arg(m_locksMissing));
        m_lockTimer.start();
    } else {
        m_timelinePanel->showMessage(m_locksMissing);
    }
    m_title->setText(Text::title(sc));
    fitTimeline(
        sc.workers + sc.readers + 1 + (sc.strategy == Strategy::WriterQueue ? 1 : 0)); // + control, writer
    refreshCharts();
    Q_EMIT started(sc);
    return true;
}

void LoadDashboard::stop()
{
    if (!isRunning())
        return;
    m_engine->stop();
    m_stopButton->setEnabled(false);
    m_stopButton->setText(tr("Stopping…"));
}

bool LoadDashboard::isRunning() const
{
    return m_engine->isRunning();
}

SeriesChart *LoadDashboard::chart(Chart c) const
{
    return c == Chart::NUM_CHARTS ? nullptr : m_charts[int(c)];
}

LockTimelineView *LoadDashboard::timelineView() const
{
    return m_timelinePanel->view();
}

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
    addLine(Chart::LockWaits, tr("SQLite lock wait (ms/s)"), QColor(Text::Vermillion), Qt::SolidLine,
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
    for (Line &line : m_lines) {
        if (line.worker >= 0) {
            hideLegendEntry(chart(line.chart), line.index);
            if (!perWorkerLinesShown)
                showWorkerLine(line, false);
        }
    }
    updateErrorsTitle();
}

void LoadDashboard::addLine(Chart c, const QString &name, const QColor &color, Qt::PenStyle style,
    Metric metric, int worker, double scale)
{
    Line line;
    line.chart = c;
    line.index = chart(c)->addSeries(name, color, style);
    // Totals are solid and the workers' lines dashed; every line is one pixel wide (see
    // SeriesChart::addSeries: wider lines cost ten times as much per frame).
    line.metric = metric;
    line.worker = worker;
    line.scale = scale;
    m_lines.push_back(std::move(line));
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

const QList<QPointF> &LoadDashboard::sourceOf(const Line &line) const
{
    return line.errorClass >= 0 ? m_series.errorPoints(ErrorClass(line.errorClass), line.worker)
                                : m_series.points(line.metric, line.worker);
}

void LoadDashboard::showWorkerLine(Line &line, bool shown)
{
    SeriesChart *c = chart(line.chart);
    if (!shown) {
        c->setPoints(line.index, {}); // nothing to thin; the series' points are not shared
        line.sent = 0;
    }
    c->setSeriesVisible(line.index, shown);
    hideLegendEntry(c, line.index);
}

void LoadDashboard::refreshCharts()
{
    addErrorLines();
    for (Line &line : m_lines) {
        if (line.worker >= 0 && !m_workerShown[std::size_t(line.worker)])
            continue;
        const QList<QPointF> &source = sourceOf(line);
        SeriesChart *c = chart(line.chart);
        // A series only grows, and its last point may be replaced (LiveSeries::close()):
        // the chart thins and draws again only from there.
        const qsizetype unchanged = std::max<qsizetype>(0, std::min(line.sent, source.size()) - 1);
        line.sent = source.size();
        if (line.scale == 1) {
            c->setPoints(line.index, source, unchanged); // shared, not copied
            continue;
        }
        // Only the points that arrived since the last frame are scaled.
        line.scaled.resize(std::min(line.scaled.size(), unchanged));
        for (qsizetype i = line.scaled.size(); i < source.size(); ++i)
            line.scaled.append({ source[i].x(), source[i].y() * line.scale });
        c->setPoints(line.index, line.scaled, unchanged);
    }
    for (SeriesChart *c : m_charts)
        c->refit();
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
    for (Line &line : m_lines) {
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

void LoadDashboard::sampled(const SeriesPoint &point)
{
    // The counters the point was taken from, at its time: a wait in progress then adds no
    // more to an interval than it lasted. The engine's last sample comes when its run is
    // already gone (no counters): runFinished() adds the final counters instead.
    if (m_series.add(point.tS, m_engine->sampledStats()) && !m_refreshTimer.isActive())
        m_refreshTimer.start(std::clamp(int(DrawShare * m_frameMs), 40, 2000));
}

void LoadDashboard::frame()
{
    // A hidden dashboard (another tab) draws nothing; showEvent() catches up.
    if (!isVisible())
        return;
    QElapsedTimer cost;
    cost.start();
    refreshCharts();
    m_frameMs = double(cost.nsecsElapsed()) / 1e6;
}

void LoadDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshCharts();
}

void LoadDashboard::followLocks()
{
    if (!m_originSet) {
        const std::uint64_t origin = m_engine->loadStartTicks();
        if (!origin)
            return; // still setting up
        m_timeline.setOrigin(origin);
        m_originSet = true;
    }
    m_timeline.update(m_engine->lockRecorders(), Clock::now());
    m_timeline.updateWaits(m_engine->waitLogs(), Clock::now());
    // The model follows every 25 ms (the recorders' rings must not overflow); the view
    // repaints as often as its own cost allows, which grows with the intervals it shows.
    if (!m_timelinePanel->view()->isVisible()
        || (m_sincePaint.isValid() && double(m_sincePaint.elapsed()) < DrawShare * m_paintMs))
        return;
    QElapsedTimer cost;
    cost.start();
    m_timelinePanel->view()->repaint();
    m_paintMs = double(cost.nsecsElapsed()) / 1e6;
    m_sincePaint.start();
}

void LoadDashboard::runFinished(const RunResult &r)
{
    m_lockTimer.stop();
    m_refreshTimer.stop();
    m_finished = true;
    std::vector<StatsSnapshot> final;
    final.reserve(r.workers.size());
    for (const WorkerResult &w : r.workers)
        final.push_back(w.stats);
    m_series.close(r.durationS, final); // what came after the last sample
    if (m_locksMissing.isEmpty() || (m_scenario.instrument && !m_scenario.isMemory()))
        followLocks(); // the last events, from the ended run's recorders (or wait logs)
    m_timeline.setEnd(r.durationS); // not when the verification's locks were read
    m_timelinePanel->view()->update();
    refreshCharts();
    if (m_timeline.lanes().empty())
        m_timelinePanel->showMessage(
            m_locksMissing.isEmpty() ? tr("No lock states were recorded during this run.") : m_locksMissing);

    m_figures->setText(Text::runFigures(r));
    m_stopButton->setEnabled(false);
    m_stopButton->setText(tr("Stop"));

    const Text::Banner banner = Text::banner(r);
    showBanner(banner.html, banner.good);
    Q_EMIT finished(r);
}

void LoadDashboard::runFailed(const QString &message)
{
    m_lockTimer.stop();
    m_refreshTimer.stop();
    m_finished = true;
    refreshCharts();
    m_stopButton->setEnabled(false);
    m_stopButton->setText(tr("Stop"));
    m_figures->clear();
    if (m_timeline.lanes().empty())
        m_timelinePanel->showMessage(tr("The run failed before any lock was recorded."));
    showBanner(tr("<b>The run failed:</b> %1").arg(message.toHtmlEscaped()), false);
    Q_EMIT failed(message);
}

void LoadDashboard::showHistory(const LiveSeries &s)
{
    if (isRunning())
        return;
    m_history = true;
    m_finished = true;
    m_series = s;
    m_scenario = Scenario();
    m_timeline = LockTimeline();
    m_originSet = false;
    reset(s.workerNames(), s.workerCount() <= ShowWorkersUpTo);
    m_banner->hide();
    m_stopButton->setEnabled(false);
    m_title->setText(s.hasScenario() ? Text::title(s.scenario())
                                     : tr("<b>Stored run</b> &nbsp; %1 workers").arg(s.workerNames().size()));
    m_figures->setText(tr("stored run: %1").arg(Text::duration(s.lastS())));
    m_timelinePanel->showMessage(
        tr("A stored run keeps no lock timeline: its time in each lock is in the run's report."));
    refreshCharts();
}

void LoadDashboard::addSample(double tS, const std::vector<StatsSnapshot> &perWorker)
{
    if (!isRunning())
        m_series.add(tS, perWorker);
}

bool LoadDashboard::perClassErrors() const
{
    for (int c = 0; c < ErrorClassCount; ++c)
        if (m_series.occurred(ErrorClass(c)))
            return true;
    return !m_history;
}

void LoadDashboard::fitTimeline(int lanes)
{
    const int height = m_timelinePanel->heightForLanes(lanes);
    // Room for every lane when it fits in 40 % of the height, and the charts keep
    // ChartsHeight; the rest of the lanes scroll under the pinned time axis.
    const int total = m_splitter->height() > 0 ? m_splitter->height() : 600;
    const QList<int> sizes = m_splitter->sizes();
    const int most = std::max(TimelineHeight, std::min(total * 2 / 5, total - ChartsHeight));
    const int want = std::clamp(height, TimelineHeight, most);
    if (sizes.size() == 2 && sizes[1] != want)
        m_splitter->setSizes({ total - want, want });
}

void LoadDashboard::updateHeader()
{
    const double elapsed = m_engine->elapsedS();
    if (!(elapsed > 0)) {
        m_figures->setText(tr("setting up…"));
        return;
    }
    m_figures->setText(Text::liveFigures(elapsed, m_series.recent(), m_scenario.workers));
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

void LoadDashboard::showBanner(const QString &text, bool good)
{
    m_banner->setStyleSheet(good
            ? QStringLiteral("QLabel { background: #e2f3df; color: #1d4a1a; border: 1px solid #86c283; "
                             "border-radius: 4px; padding: 6px; }")
            : QStringLiteral("QLabel { background: #fbe3e1; color: #7a1c14; border: 1px solid #e29a92; "
                             "border-radius: 4px; padding: 6px; }"));
    m_banner->setText(text);
    m_banner->show();
}

} // namespace LockLens
