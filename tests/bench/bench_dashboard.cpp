// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark program, not a test: how the load lab's window keeps up.
//  1. Event-loop lag: a 5 ms precise timer on the GUI thread measures how late it fires,
//     first with the dashboard idle (baseline), then while 16 workers insert flat out
//     with the dashboard charts and the lock timeline visible and following the run.
//  2. Chart frame cost: one dashboard frame as in a live run (a sample added, every
//     chart's series handed over, thinned and drawn where they changed, the changes
//     painted) with 16 workers and 10 minutes of 10 Hz history, against 1 minute of
//     history in the same run; also with the x axis moving (everything thinned and drawn
//     again), and with every worker's lines shown (beyond 8 workers they start hidden).
//  3. With --trace: the event-loop lag on the load lab's Trace tab while it follows a program
//     that runs flat out (the C insert loop in single-row transactions, 11 records a row, and
//     the four-thread Python inserter), against the tab idle.
// Usage: locklens_bench_dashboard [--workers N] [--seconds S] [--history-s S] [--frames N]
//        locklens_bench_dashboard --trace
// Run it under Xvfb (xvfb-run -a) or with QT_QPA_PLATFORM=offscreen.
#include "app/core/liveseries.h"
#include "widgets/loadlab/loaddashboard.h"
#include "widgets/loadlab/loadlab.h"
#include "widgets/loadlab/locktimelineview.h"
#include "widgets/loadlab/serieschart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace LockLens;

namespace {

struct Spread
{
    double p50 = 0, p99 = 0, max = 0;
    std::size_t n = 0;
};

Spread spreadOf(std::vector<double> v)
{
    Spread s;
    s.n = v.size();
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    const auto at = [&](double q) { return v[std::min(v.size() - 1, std::size_t(q * double(v.size())))]; };
    s.p50 = at(0.5);
    s.p99 = at(0.99);
    s.max = v.back();
    return s;
}

// Runs the event loop for `ms`, recording how late a 5 ms timer fires (ms).
std::vector<double> probeLag(int ms, const std::function<bool()> &until = {})
{
    std::vector<double> lags;
    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    qint64 last = 0;
    QEventLoop loop;
    QObject::connect(&probe, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        lags.push_back(std::max(0.0, double(now - last) / 1e6 - 5.0));
        last = now;
        if (now > qint64(ms) * 1000000 || (until && until()))
            loop.quit();
    });
    clock.start();
    probe.start();
    loop.exec();
    return lags;
}

// Samples 100 ms apart for `workers` workers, with latencies and a few errors: the
// cumulative counters a live run's sampler would read.
class SyntheticRun
{
public:
    explicit SyntheticRun(int workers)
        : m_snaps(std::size_t(workers))
    {
        for (int w = 0; w < workers; ++w) {
            m_names << QStringLiteral("worker%1").arg(w + 1);
            m_stats.push_back(std::make_unique<WorkerStats>());
        }
    }
    const QStringList &names() const { return m_names; }
    // The next sample's time and counters.
    double next()
    {
        for (std::size_t w = 0; w < m_stats.size(); ++w) {
            WorkerStats &s = *m_stats[w];
            m_r = m_r * 6364136223846793005ull + 1442695040888963407ull;
            const std::uint64_t ops = 300 + (m_r >> 40) % 400;
            s.ops.add(ops);
            s.tx.add(ops);
            s.busyEvents.add((m_r >> 20) % 30);
            s.lockWaitTicks.add((m_r >> 10) % 50000000);
            if ((m_r >> 33) % 97 == 0)
                s.errors[std::size_t(ErrorClass::BusyTimeout)].inc();
            for (int k = 0; k < 8; ++k)
                s.opLatency.record(10000 + ((m_r >> (k * 4)) % 4000000));
            m_snaps[w] = StatsSnapshot::of(s);
        }
        return ++m_samples * 0.1;
    }
    const std::vector<StatsSnapshot> &snapshots() const { return m_snaps; }

private:
    QStringList m_names;
    std::vector<std::unique_ptr<WorkerStats>> m_stats;
    std::vector<StatsSnapshot> m_snaps;
    std::uint64_t m_r = 12345;
    int m_samples = 0;
};

// `samples` intervals of `run`.
LiveSeries syntheticHistory(SyntheticRun &run, int samples)
{
    LiveSeries series;
    series.setWorkerNames(run.names());
    for (int i = 0; i < samples; ++i) {
        const double t = run.next();
        series.add(t, run.snapshots());
    }
    return series;
}

// CPU time of the calling thread in ms, where the system tells it (-1 elsewhere). On
// shared machines it moves less than wall time when other processes take the cores.
double threadCpuMs()
{
#if defined(CLOCK_THREAD_CPUTIME_ID)
    timespec ts {};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#endif
    return -1;
}

// One frame as the live dashboard does it: the data (series replaced and thinned, axes
// set), then the posted events, in which the scenes lay out and paint what changed.
// `cpu` is its CPU time. Apart from the frame: a repaint of the whole dashboard (as after
// a resize or an expose), which a frame does not need.
struct FrameCost
{
    Spread frame, cpu, data, posted, repaint;
};

// Every frame adds one sample of `run`, as a live run does. With `axisMoves` every frame
// also moves the x axis' end, as a growing run does when it passes its last tick (every 10
// to 25 % of its length): labels and layout are redone, and every line drawn again.
FrameCost frameCost(LoadDashboard &dashboard, SyntheticRun &run, int frames, bool axisMoves = false)
{
    std::vector<double> total, cpu, data, posted, paint;
    QElapsedTimer t;
    for (int i = 0; i < frames; ++i) {
        const double cpu0 = threadCpuMs();
        const double tS = run.next();
        t.start();
        dashboard.addSample(tS, run.snapshots());
        if (axisMoves) {
            for (int c = 0; c < int(LoadDashboard::Chart::NUM_CHARTS); ++c)
                dashboard.chart(LoadDashboard::Chart(c))->setXRange(0, tS + 1 + i % 2);
        }
        dashboard.refreshCharts();
        const qint64 a = t.nsecsElapsed();
        // The charts are graphics scenes: their changes are painted when the posted
        // updates are delivered, so the frame ends when none is left.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const qint64 b = t.nsecsElapsed();
        if (cpu0 >= 0)
            cpu.push_back(threadCpuMs() - cpu0);
        total.push_back(double(b) / 1e6);
        data.push_back(double(a) / 1e6);
        posted.push_back(double(b - a) / 1e6);
        t.start();
        dashboard.repaint();
        paint.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    if (axisMoves) {
        for (int c = 0; c < int(LoadDashboard::Chart::NUM_CHARTS); ++c)
            dashboard.chart(LoadDashboard::Chart(c))->setXRange(0, 0);
    }
    return { spreadOf(total), spreadOf(cpu), spreadOf(data), spreadOf(posted), spreadOf(paint) };
}

void printSpread(const char *what, const Spread &s)
{
    std::printf(
        "  %-44s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms   (%zu)\n", what, s.p50, s.p99, s.max, s.n);
}

// 3. The Trace tab's lag while a program is traced flat out: the median, p99 and maximum of
// each program's run, after the idle baseline.
int traceLag()
{
#ifndef LOCKLENS_TRACE_LIBRARY
    std::fprintf(stderr, "no trace library in this build (Linux only)\n");
    return 1;
#else
    QTemporaryDir dir;
    qputenv("LOCKLENS_TRACE_LIBRARY", LOCKLENS_TRACE_LIBRARY);
    LoadLab lab;
    lab.setStorePath(dir.filePath(QStringLiteral("runs.sqlite")));
    lab.resize(1400, 900);
    lab.show();
    probeLag(500);
    std::printf("platform %s\n\n3. GUI event-loop lag on the Trace tab (5 ms timer, how late it fires)\n",
        qPrintable(QGuiApplication::platformName()));
    printSpread("Trace tab idle (baseline)", spreadOf(probeLag(3000)));
    const QString db = dir.filePath(QStringLiteral("t.db"));
    const std::pair<const char *, QStringList> programs[] = {
        { "C loop, 300000 single-row transactions", { QStringLiteral(INSERTLOOP_EXE), db, QStringLiteral("300000"), QStringLiteral("1") } },
        { "Python, 4 threads x 100000 rows", { QStringLiteral("python3"), QStringLiteral(PYINSERT_SCRIPT), db,
            QStringLiteral("4"), QStringLiteral("100000"), QStringLiteral("100") } },
        { "Python, a connection per request, 4 x 10000", { QStringLiteral("python3"),
            QStringLiteral(PYREQUESTS_SCRIPT), db, QStringLiteral("4"), QStringLiteral("10000") } },
    };
    int shot = 0;
    for (const auto &[name, command] : programs) {
        // The same program run alone beside the idle tab: what sharing the CPU costs the window.
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(db + QLatin1String(suffix));
        QProcess alone;
        alone.setProgram(command.first());
        alone.setArguments(command.mid(1));
        alone.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        alone.start();
        std::vector<double> shared = probeLag(600000, [&] { return alone.state() == QProcess::NotRunning; });
        alone.waitForFinished();
        printSpread(qPrintable(QStringLiteral("%1, not traced").arg(QLatin1String(name))), spreadOf(shared));
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(db + QLatin1String(suffix));
        QSignalSpy saved(&lab, &LoadLab::runSaved);
        TraceRequest r;
        r.command = command;
        QString why;
        if (!lab.startTrace(r, &why)) {
            std::fprintf(stderr, "cannot trace: %s\n", qPrintable(why));
            return 1;
        }
        // While the program runs; then its end (the last records read, the document made and kept
        // in the run history), which happens in one go: the probe's last, late tick.
        std::vector<double> lags = probeLag(600000, [&] { return !saved.isEmpty(); });
        const double end = lags.empty() ? 0 : lags.back();
        if (!lags.empty())
            lags.pop_back();
        printSpread(name, spreadOf(lags));
        std::printf("  %-44s %7.2f ms\n", "its end: the trace kept in the run history", end);
        const Trace::Program &p = lab.traceSession()->program();
        std::uint64_t rows = 0;
        for (const Trace::Connection &c : p.connections)
            rows += c.rowsChanged;
        std::printf("  %llu rows in %.1f s, %llu records read, %llu dropped, %zu connections, %zu lanes\n",
            (unsigned long long)rows, lab.traceSession()->durationS(), (unsigned long long)p.recordsRead,
            (unsigned long long)(p.recordsDropped + p.recordsLost), std::size_t(lab.traceSession()->model().connectionCount()),
            lab.traceSession()->timeline().lanes().size());
        QFile status(QStringLiteral("/proc/self/status")); // the bench's peak memory so far
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    std::printf("  peak memory so far: %s\n", line.mid(6).simplified().constData());
            }
        }
        // LOCKLENS_BENCH_SHOT=DIR: a picture of the Trace tab as each program ended.
        if (const QString shots = qEnvironmentVariable("LOCKLENS_BENCH_SHOT"); !shots.isEmpty()) {
            QCoreApplication::processEvents();
            lab.grab().save(QDir(shots).filePath(QStringLiteral("trace-%1.png").arg(++shot)));
        }
    }
    return 0;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("workers"), QStringLiteral("workers"), QStringLiteral("N"), QStringLiteral("16") });
    parser.addOption({ QStringLiteral("seconds"), QStringLiteral("length of the loaded run"),
        QStringLiteral("S"), QStringLiteral("10") });
    parser.addOption({ QStringLiteral("history-s"), QStringLiteral("history for the frame cost"),
        QStringLiteral("S"), QStringLiteral("600") });
    parser.addOption({ QStringLiteral("frames"), QStringLiteral("frames timed (each adds a sample)"),
        QStringLiteral("N"), QStringLiteral("60") });
    parser.addOption({ QStringLiteral("trace"), QStringLiteral("measure the Trace tab while tracing programs") });
    parser.process(app);
    if (parser.isSet(QStringLiteral("trace")))
        return traceLag();
    const int workers = parser.value(QStringLiteral("workers")).toInt();
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble();
    const int history = int(parser.value(QStringLiteral("history-s")).toDouble() * 10);
    const int frames = parser.value(QStringLiteral("frames")).toInt();
    std::printf("platform %s, %d workers\n", qPrintable(QGuiApplication::platformName()), workers);

    // 1. Event-loop lag.
    QTemporaryDir dir;
    LoadDashboard dashboard;
    dashboard.resize(1400, 900);
    dashboard.show();
    probeLag(500); // let the window settle
    const Spread idle = spreadOf(probeLag(3000));

    Scenario sc;
    sc.name = QStringLiteral("bench-flat-out");
    sc.databasePath = dir.filePath(QStringLiteral("bench.sqlite"));
    sc.workers = workers;
    sc.journalMode = QStringLiteral("wal");
    sc.synchronous = QStringLiteral("normal");
    sc.batch = 1;
    sc.txMode = TxMode::Immediate;
    sc.durationS = seconds;
    QSignalSpy done(&dashboard, &LoadDashboard::finished);
    QString why;
    if (!dashboard.start(sc, &why)) {
        std::fprintf(stderr, "cannot start: %s\n", qPrintable(why));
        return 1;
    }
    // From the load's start to its end (setup is excluded by waiting for the first sample).
    probeLag(60000, [&] { return dashboard.series().sampleCount() > 0; });
    const Spread loaded = spreadOf(probeLag(int(seconds * 1000 + 60000), [&] { return !done.isEmpty(); }));
    if (done.isEmpty() && !done.wait(60000)) {
        std::fprintf(stderr, "the run did not end\n");
        return 1;
    }
    const RunResult result = done.first().first().value<RunResult>();
    std::printf("\n1. GUI event-loop lag (5 ms timer, how late it fires)\n");
    printSpread("dashboard idle (baseline)", idle);
    printSpread("16 workers flat out, charts + timeline", loaded);
    std::printf("  run: %.0f ops/s over %.1f s, %zu lock lanes, %d samples\n",
        double(result.total.ops) / std::max(result.durationS, 1e-9), result.durationS,
        dashboard.timeline().lanes().size(), dashboard.series().sampleCount());

    // What the timeline holds at the end, and what one paint of it costs.
    std::size_t intervals = 0;
    for (const LockTimeline::Lane &lane : dashboard.timeline().lanes())
        intervals += lane.file.size() + lane.walWrite.size() + lane.walCheckpoint.size() + lane.waits.size();
    std::vector<double> paints;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        dashboard.timelineView()->repaint();
        paints.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    printSpread(qPrintable(QStringLiteral("timeline paint, %1 intervals").arg(intervals)), spreadOf(paints));

    // 2. Frame cost with long histories.
    std::printf("\n2. Chart frame (replace + thin + paint what changed), %d workers\n", workers);
    LoadDashboard shortRun, longRun;
    for (LoadDashboard *d : { &shortRun, &longRun }) {
        d->resize(1400, 900);
        d->show();
    }
    // The histories end early enough for every frame's sample to stay inside the x axis,
    // which ends on a tick at 1 and 10 minutes: the axis moves only where it is asked to
    // (for 1 minute, with up to 90 frames).
    SyntheticRun shortSamples(workers), longSamples(workers);
    shortRun.showHistory(syntheticHistory(shortSamples, std::max(1, 600 - frames - 1)));
    longRun.showHistory(syntheticHistory(longSamples, std::max(1, history - 3 * frames - 1)));
    probeLag(300);
    const FrameCost one = frameCost(shortRun, shortSamples, frames);
    const FrameCost ten = frameCost(longRun, longSamples, frames);
    const FrameCost moving = frameCost(longRun, longSamples, frames, true);
    for (int w = 0; w < workers; ++w)
        longRun.setWorkerVisible(w, true);
    const FrameCost everyWorker = frameCost(longRun, longSamples, frames);
    int drawn = 0, kept = 0;
    for (int c = 0; c < int(LoadDashboard::Chart::NUM_CHARTS); ++c) {
        SeriesChart *chart = longRun.chart(LoadDashboard::Chart(c));
        for (int s = 0; s < chart->seriesCount(); ++s) {
            drawn += chart->drawnPointCount(s);
            kept += int(chart->points(s).size());
        }
    }
    printSpread("1 minute of history (baseline)", one.frame);
    printSpread(qPrintable(QStringLiteral("%1 minutes of history").arg(history / 600.0)), ten.frame);
    if (ten.cpu.n > 0) {
        printSpread("1 minute of history, CPU time", one.cpu);
        printSpread(
            qPrintable(QStringLiteral("%1 minutes of history, CPU time").arg(history / 600.0)), ten.cpu);
    }
    std::printf("  %g minutes of history, wall time by part:\n", history / 600.0);
    printSpread("  series replaced and thinned, axes set", ten.data);
    printSpread("  posted events (the scenes' changes painted)", ten.posted);
    printSpread(qPrintable(QStringLiteral("%1 minutes, the x axis moving every frame").arg(history / 600.0)),
        moving.frame);
    printSpread(qPrintable(QStringLiteral("%1 minutes, every worker's lines shown").arg(history / 600.0)),
        everyWorker.frame);
    printSpread("whole dashboard repainted (not part of a frame)", ten.repaint);
    std::printf("  ratio p50 long/short %.2f; %d points kept in the charts, %d drawn\n",
        one.frame.p50 > 0 ? ten.frame.p50 / one.frame.p50 : 0.0, kept, drawn);
    return 0;
}
