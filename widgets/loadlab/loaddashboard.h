// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/liveseries.h"
#include "app/core/locktimeline.h"
#include "widgets/loadlab/chartline.h"
#include "workers/runresult.h"
#include "workers/scenario.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <array>
#include <memory>
#include <vector>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSplitter;

namespace LockLens {

class LoadEngine;
class LockTimelinePanel;
class LockTimelineView;
class RunBanner;
class SeriesChart;

// The load lab's live view of a run: a header with the scenario and the last second's
// figures, four charts (throughput, lock waits, latency, errors by class) with a line per
// worker that a check box turns off, the lock timeline below, and at the end a banner
// that says whether every committed row is there. Samples arrive ~10 times a second; a
// coalescing timer redraws the charts from them, the timeline follows the locks on its
// own 25 ms timer, and nothing is done per operation.
class LoadDashboard : public QWidget
{
    Q_OBJECT
public:
    enum class Chart { Throughput, LockWaits, Latency, Errors, NUM_CHARTS };

    explicit LoadDashboard(QWidget *parent = nullptr);
    ~LoadDashboard() override; // stops a run that is still going

    // Clears the view and starts a run; false (with the reason, and failed() emitted) when
    // the engine refuses the scenario. False, and nothing else, while a run is active.
    bool start(const Scenario &sc, QString *error);
    // Ends the run early; finished() follows once the run is verified.
    void stop();
    bool isRunning() const;

    SeriesChart *chart(Chart c) const;
    LockTimelineView *timelineView() const;
    const LockTimeline &timeline() const { return m_timeline; }
    const LiveSeries &series() const { return m_series; }

    // Shows or hides worker `worker`'s lines in every chart (and ticks its check box).
    void setWorkerVisible(int worker, bool visible);
    bool isWorkerVisible(int worker) const;
    // One frame: hands every shown series to its chart and refits them. Public so that a
    // benchmark can time it.
    void refreshCharts();
    // Shows a finished or stored run's series, without a lock timeline (for "open run").
    // Ignored while a run is active.
    void showHistory(const LiveSeries &s);
    // Adds a sample to the series shown, as a live run's sampler does (a benchmark replays
    // a run through it); drawn at the next refreshCharts(). Ignored while a run is active.
    void addSample(double tS, const std::vector<StatsSnapshot> &perWorker);

    // The ended run's banner: what it says ("" while none is shown), an action offered
    // beside it (actionTaken() when clicked; withdrawn by the next run), a line added to it.
    QString bannerText() const;
    void offerAction(const QString &label, const QString &toolTip);
    void withdrawAction();
    void appendToBanner(const QString &html);

Q_SIGNALS:
    void started(const LockLens::Scenario &sc);
    void finished(const LockLens::RunResult &result);
    void failed(const QString &message);
    void actionTaken(); // the banner's action was clicked

protected:
    void showEvent(QShowEvent *event) override;

private:
    void sampled(const SeriesPoint &point);
    void frame(); // the coalescing timer's: refreshCharts() when shown
    void followLocks();
    void runFinished(const RunResult &r);
    void runFailed(const QString &message);

    void reset(const QStringList &workerNames, bool perWorkerLinesShown);
    void addLine(Chart c, const QString &name, const QColor &color, Qt::PenStyle style,
        LiveSeries::Metric metric, int worker = LiveSeries::Total, double scale = 1);
    void addErrorLines();
    void showWorkerLine(ChartLine &line, bool shown);
    void workerItemChanged(QListWidgetItem *item);
    void updateHeader();
    bool perClassErrors() const; // the series has errors by class (not only their sum)
    void fitTimeline(int lanes);
    void updateErrorsTitle();
    QHBoxLayout *buildHeader();
    QWidget *buildCharts();
    QWidget *buildBottom();

    std::unique_ptr<LoadEngine> m_engine;
    Scenario m_scenario;
    LiveSeries m_series;
    LockTimeline m_timeline;
    bool m_originSet = false;
    bool m_finished = false;
    bool m_history = false;
    QString m_locksMissing; // why the run records no lock states ("" when it does)
    std::vector<ChartLine> m_lines;
    std::vector<bool> m_workerShown;
    std::array<bool, ErrorClassCount> m_errorLine {}; // a line was added for the class
    bool m_anyErrorLine = false; // the stored run's "all classes" line
    QTimer m_refreshTimer; // coalesces samples into frames
    QTimer m_lockTimer; // follows the lock recorders while running
    double m_frameMs = 0; // what the last chart frame cost
    double m_paintMs = 0; // what the last timeline paint cost
    QElapsedTimer m_sincePaint;

    QLabel *m_title = nullptr;
    QLabel *m_figures = nullptr;
    QPushButton *m_stopButton = nullptr;
    RunBanner *m_banner = nullptr;
    SeriesChart *m_charts[int(Chart::NUM_CHARTS)] = {};
    QListWidget *m_workerList = nullptr;
    LockTimelinePanel *m_timelinePanel = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace LockLens
