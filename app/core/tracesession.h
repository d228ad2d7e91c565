// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/locktimeline.h"
#include "app/core/tracelanes.h"
#include "workers/tracedocument.h"
#include "workers/tracemodel.h"
#include "workers/traceseries.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <map>
#include <memory>
#include <vector>

namespace LockLens {

namespace Trace {
class ChannelFile;
class LockCsv;
}

// What to trace: a command, where and with what it runs, which databases to keep.
struct TraceRequest
{
    QStringList command; // the program and its arguments
    QString folder; // where it runs ("" for LockLens's own)
    QStringList environment; // NAME=VALUE lines added to LockLens's environment
    QStringList databases; // --db globs; empty: all
    bool literals = false; // keep the values in the SQL text

    // One line saying why the request cannot run, "" when it can: no command, a folder that
    // does not exist, an environment line that is not NAME=VALUE.
    QString problem() const;
};

// liblocklens-trace.so: beside the build's program, or where it was installed; "" if neither.
QString traceLibraryPath();

// Runs a program with the recorder loaded into it and reads what its processes record, ten
// times a second, into the model (the trace's figures and blocked steps), a lock recorder per
// lane of the timeline (Trace::Lanes: a thread's connections in turn) and the series; at the end, the trace's run
// document. The window's Trace a Program and `locklens trace` both run programs through it.
class TraceSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int PumpMs = 50;
    static constexpr int LingerMs = 200; // how often processes left running are looked for
    static constexpr int SliceMs = 8; // reading records at most this long in one go
    static constexpr std::size_t BatchRecords = 2048;

    explicit TraceSession(QObject *parent = nullptr);
    ~TraceSession() override; // a program still running is ended

    // The program's output and input: LockLens's own (the command line; with `stdoutToStderr`
    // its standard output goes to LockLens's stderr, when LockLens writes JSON to stdout), or
    // read and given by output() (the window).
    void setForwardChannels(bool forward, bool stdoutToStderr = false)
    {
        m_forward = forward;
        m_stdoutToStderr = stdoutToStderr;
    }
    // Also writes every lock change into `csv` (--lock-trace; not owned, outlives the run).
    void setLockCsv(Trace::LockCsv *csv) { m_csv = csv; }

    // Starts the program; false with one line when it cannot (a bad request, no recorder,
    // no channel). A program that cannot be started ends in failed().
    bool start(const TraceRequest &request, QString *error);
    // Ends the program and every process it started that still runs (SIGTERM, SIGKILL after
    // three seconds); finished() follows.
    void stop();
    // The program runs, or processes it started still do (lingering()).
    bool isRunning() const;
    // Passes a signal on to the program (SIGINT, SIGTERM that LockLens received), or once it
    // has exited, to the processes it started that still run; SIGTERM goes to those in any case.
    void signalProgram(int signal);
    // When the command has exited but processes it started still run (a job it put in the
    // background, a daemon's worker): their pids. The trace goes on until they have ended too,
    // as `strace -f` does; the exit status stays the command's. Found by the channel's name
    // in their environment (/proc/PID/environ), so a process that cleared its environment is
    // not waited for.
    const std::vector<std::uint32_t> &lingering() const { return m_lingering; }
    // The processes (other than LockLens) whose environment names the channel `path`.
    static std::vector<std::uint32_t> processesWithChannel(const QString &path);

    const TraceRequest &request() const { return m_request; }
    // The model of the trace started last (none before the first start()).
    bool hasModel() const { return m_model != nullptr; }
    const Trace::Model &model() const { return *m_model; }
    const LockTimeline &timeline() const { return m_timeline; }
    // The timeline's lanes: which connections they showed (none before the first start()).
    const Trace::Lanes *lanes() const { return m_lanes.get(); }
    const std::vector<SeriesPoint> &series() const { return m_series.points(); }
    double elapsedS() const;
    std::uint64_t dropped() const;
    std::uint32_t pid() const { return m_pid; }
    // After finished(): what was found, and the run document.
    const Trace::Program &program() const { return m_program; }
    double durationS() const { return m_durationS; }
    QJsonObject document() const { return m_document; }

Q_SIGNALS:
    void updated(); // new records were read (about ten times a second)
    void finished(); // the program ended and the document is ready
    void failed(const QString &why); // the program could not be started
    void output(const QString &text); // what the program printed (when not forwarded)

private:
    void pump(bool final);
    void sample(double tS, bool closing = false);
    bool kept(const Trace::Connection &c); // of a database the trace keeps (c.id indexes m_kept)
    void feed(const Trace::Connection &c, const LockTrace::Event &e, std::uint32_t thread);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void checkLingering(); // ends the trace once no process it started runs
    void endTrace();
    void signalLingering(int signal);
    void signalTraced(int signal); // every process whose environment names the channel, but the command

    TraceRequest m_request;
    bool m_forward = false;
    bool m_stdoutToStderr = false;
    bool m_stopped = false;
    bool m_catchUp = false; // a read of the rest is queued
    QElapsedTimer m_sinceUpdate;
    Trace::LockCsv *m_csv = nullptr;
    QDateTime m_startedAt;
    QProcess m_process;
    QTimer m_pump;
    QTimer m_kill;
    QTimer m_linger; // while processes the command started still run
    std::vector<std::uint32_t> m_lingering;
    int m_exitCode = 0;
    QProcess::ExitStatus m_exitStatus = QProcess::NormalExit;
    std::uint64_t m_zero = 0;
    std::uint32_t m_pid = 0;
    std::unique_ptr<Trace::ChannelFile> m_channel;
    std::unique_ptr<Trace::Model> m_model;
    Trace::FileFilter m_filter { {} };
    std::unique_ptr<LockTrace::Registry> m_registry; // this trace's lanes (a new one each start)
    std::unique_ptr<Trace::Lanes> m_lanes; // this trace's, over m_registry and m_model
    LockTimeline m_timeline;
    std::vector<Trace::TraceRecord> m_batch;
    Trace::Series m_series;
    std::vector<std::int8_t> m_kept; // per connection id - 1: of a database the trace keeps (-1: not known yet)
    double m_lastSampleS = 0;
    double m_durationS = 0;
    Trace::Program m_program;
    QJsonObject m_document;
};

} // namespace LockLens
