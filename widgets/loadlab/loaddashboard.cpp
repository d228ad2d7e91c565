// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/loaddashboard.h"

#include "widgets/loadlab/dashboardtext.h"
#include "widgets/loadlab/locktimelinepanel.h"
#include "widgets/loadlab/locktimelineview.h"
#include "widgets/loadlab/runbanner.h"
#include "widgets/loadlab/serieschart.h"
#include "workers/engine.h"
#include "workers/recorder/clock.h"
#include "workers/serversampler.h"
#include "workers/tablegen.h"

#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace LockLens {

using Metric = LiveSeries::Metric;

namespace {

constexpr int ShowWorkersUpTo = 8; // more workers: their lines start hidden
constexpr int ChartsHeight = 2 * 180; // the charts' share of the splitter, when it has room
constexpr int TimelineHeight = 150; // the timeline's least
// Drawing takes at most about a fifth of the GUI thread: after a frame or a timeline
// paint that took t ms, the next waits at least DrawShare * t ms.
constexpr double DrawShare = 4;

using Text = DashboardText;

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

    m_banner = new RunBanner;
    connect(m_banner, &RunBanner::offerTaken, this, &LoadDashboard::actionTaken);
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->addWidget(buildCharts());
    m_splitter->addWidget(buildBottom());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildHeader());
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    reset({}, true);
    m_timelinePanel->showMessage(tr("Start a run to see its locks."));
    m_title->setText(tr("<b>No run yet</b>"));
    refreshCharts();
}

QHBoxLayout *LoadDashboard::buildHeader()
{
    // What runs, the last second's figures, Stop.
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
    return header;
}

QWidget *LoadDashboard::buildCharts()
{
    // A 2×2 grid.
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
    return top;
}

QWidget *LoadDashboard::buildBottom()
{
    // The workers (their check boxes are the legend of the dashed lines) beside the lock
    // timeline, whose lanes are mostly the same workers.
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
    return bottom;
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
        m_banner->showText(
            tr("<b>Could not start the run:</b> %1").arg(why.toHtmlEscaped()), Text::Tone::Bad);
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
    if (sc.onServer())
        m_timeline.setWaitsSampledHz(ServerSampler::Rate);
    // The hover names the SQL each lock interval began in; an existing table's statements
    // are known once its plan was read, else only their kinds ("INSERT").
    if (!sc.existingTable)
        m_timeline.setStatementTexts(StatementTexts::forScenario(sc));
    else if (sc.tablePlan)
        m_timeline.setStatementTexts(sc.tablePlan->statementTexts(sc));
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
        m_timeline.setWaitCauses(m_engine->waitCauses()); // on PostgreSQL: what each wait was for
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
    m_banner->showText(banner.html, banner.tone);
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
    m_banner->showText(tr("<b>The run failed:</b> %1").arg(message.toHtmlEscaped()), Text::Tone::Bad);
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

void LoadDashboard::offerAction(const QString &label, const QString &toolTip)
{
    if (m_banner->isVisible() && !isRunning())
        m_banner->offer(label, toolTip);
}

void LoadDashboard::withdrawAction()
{
    m_banner->withdrawOffer();
}

void LoadDashboard::appendToBanner(const QString &html)
{
    if (m_banner->isVisible())
        m_banner->showText(m_banner->text() + QStringLiteral("<br>") + html, m_banner->tone());
}

QString LoadDashboard::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
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

} // namespace LockLens
