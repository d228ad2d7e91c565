// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"

#include "app/cli/output.h"
#include "app/cli/runfiles.h"
#include "app/cli/runoptions.h"
#include "app/cli/textreport.h"
#include "app/core/resultsstore.h"
#include "workers/engine.h"
#include "workers/presets.h"
#include "workers/sqlite/filekind.h"
#include "workers/sqlite/sqlitefile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace LockLens::Cli {

namespace {

std::atomic<bool> g_interrupted { false };

void onInterrupt(int)
{
    g_interrupted.store(true); // lock-free: safe in a signal handler
}

// Routes SIGINT to g_interrupted for its lifetime, then puts back what was there. A
// SIGINT that the caller ignores (a background job) stays ignored.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        g_interrupted.store(false);
        m_previous = std::signal(SIGINT, onInterrupt);
        if (m_previous == SIG_IGN)
            std::signal(SIGINT, SIG_IGN);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous); }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    void (*m_previous)(int) = SIG_DFL;
};

// After the run: the summary, the files asked for and the store. The exit status.
int finishRun(const RunResult &r, const RunOptions &opt, RunOutputs &outputs, ResultsStore &store)
{
    if (!opt.quiet)
        printOut(summaryText(r));
    int status = r.verification.ok() ? ExitOk : r.verification.lockedOut ? ExitNotVerified : ExitVerification;
    if (!r.fatalError.isEmpty()) {
        printErr(Tr::tr("locklens: error: %1").arg(r.fatalError));
        status = ExitUsage;
    } else if (r.verification.lockedOut) {
        printErr(Tr::tr("locklens: not verified: %1").arg(r.verification.error));
    } else if (!r.verification.ok()) {
        printErr(Tr::tr("locklens: verification failed: %1 rows lost, integrity: %2")
                     .arg(QString::number(r.verification.lostRows),
                         r.verification.checked ? r.verification.integrity.section(QLatin1Char('\n'), 0, 0)
                                                : r.verification.error));
    }
    // As for --json: a file asked for and not written fails the command.
    if (!r.lockTraceError.isEmpty()) {
        printErr(Tr::tr("locklens: error: --lock-trace: %1").arg(r.lockTraceError));
        status = ExitFailure;
    }
    // One document for the files and the store, so that all say the same.
    if (!writeRunOutputs(r.toJson(), opt, outputs, store))
        status = ExitFailure;
    return status;
}

// A progress line on stderr every `everyS` seconds while the load runs (none for 0).
class ProgressLines
{
public:
    ProgressLines(LoadEngine &engine, double everyS)
        : m_engine(engine)
    {
        if (everyS <= 0)
            return; // never a 0 ms timer: it would spin the main thread
        m_timer.setInterval(int(everyS * 1000));
        QObject::connect(&m_timer, &QTimer::timeout, &engine, [this] { print(); });
    }
    void start()
    {
        if (m_timer.interval() > 0)
            m_timer.start();
    }
    void stop() { m_timer.stop(); }

private:
    void print()
    {
        const double t = m_engine.elapsedS();
        if (t <= m_lastT)
            return; // not started yet, or over (the checks after the load run)
        auto now = m_engine.snapshot();
        printErr(progressLine(SeriesPoint::between(now, m_last, t, t - m_lastT)));
        m_last = std::move(now);
        m_lastT = t;
    }

    LoadEngine &m_engine;
    QTimer m_timer;
    std::vector<StatsSnapshot> m_last;
    double m_lastT = 0;
};

// Stops the run after a Ctrl-C; true when it did.
bool stopOnInterrupt(LoadEngine &engine)
{
    if (!g_interrupted.exchange(false))
        return false;
    printErr(Tr::tr("locklens: stopping (Ctrl-C again to quit at once)"));
    std::signal(SIGINT, SIG_DFL);
    engine.stop();
    return true;
}

// Ctrl-C stops the run: it still verifies, reports and removes its temporary file. (A second
// Ctrl-C ends the program at once.) The signal handler only sets a flag; a timer looks at it.
class InterruptWatch
{
public:
    explicit InterruptWatch(LoadEngine &engine)
    {
        m_timer.setInterval(100);
        QObject::connect(&m_timer, &QTimer::timeout, &engine, [this, &engine] {
            if (stopOnInterrupt(engine))
                m_interrupted = true;
        });
        m_timer.start();
    }
    bool interrupted() const { return m_interrupted; }

private:
    InterruptGuard m_guard;
    QTimer m_timer;
    bool m_interrupted = false;
};

// Runs one scenario with progress and summary; the exit status.
int execute(const RunOptions &opt)
{
#ifdef Q_OS_UNIX
    // A pipe whose reader has gone (--json into a FIFO, the summary into `| head`) fails
    // its write with EPIPE, said and exit 1, instead of killing the run before it has
    // verified, saved and removed its temporary database.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    RunOutputs outputs(opt);
    ResultsStore store; // open with --save
    const int refused = prepareRun(opt, outputs, store);
    if (refused != ExitOk)
        return refused;
    LoadEngine engine;
    // The series keeps 1 s intervals; progress lines may come at another pace.
    engine.setSampleInterval(1000);
    engine.setLockTracePath(opt.lockTracePath);
    ProgressLines progress(engine, opt.quiet ? 0 : opt.progressS);
    int status = ExitFailure;
    QEventLoop loop;
    QObject::connect(&engine, &LoadEngine::failed, &loop, [&](const QString &why) {
        printErr(Tr::tr("locklens: error: %1").arg(why));
        status = ExitUsage;
        loop.quit();
    });
    QObject::connect(&engine, &LoadEngine::finished, &loop, [&](const RunResult &r) {
        progress.stop();
        status = finishRun(r, opt, outputs, store);
        loop.quit();
    });
    InterruptWatch interrupt(engine);
    QString why;
    if (!engine.start(opt.scenario, &why)) {
        printErr(Tr::tr("locklens: error: %1").arg(why));
        return ExitUsage;
    }
    if (!opt.quiet) {
        for (const QString &w : opt.scenario.warnings())
            printErr(Tr::tr("locklens: warning: %1").arg(w));
    }
    progress.start();
    loop.exec();
    return status == ExitOk && interrupt.interrupted() ? ExitInterrupted : status;
}

// The current folder when it is writable (where a user looks first), else LockLens's
// application-data folder, else the temporary folder.
QString demoReportPath()
{
    const QString name = QStringLiteral("locklens-demo.json");
    if (QFileInfo(QDir::currentPath()).isWritable())
        return QDir::current().filePath(name);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!data.isEmpty() && QDir().mkpath(data) && QFileInfo(data).isWritable())
        return QDir(data).filePath(name);
    return QDir::temp().filePath(name);
}

QString mainUsage()
{
    return Tr::tr(
        "Usage: locklens [COMMAND] [options]\n\n"
        "Commands:\n"
        "  run [DATABASE] [options]  run a load test (locklens run --help for its options)\n"
        "  trace [options] -- COMMAND  run a program and show its SQLite locks (locklens trace --help)\n"
        "  presets                   list the built-in scenarios\n"
        "  schema DATABASE [--json]  describe tables, rowids, foreign keys and their problems\n"
        "  report ID... --out FILE   report saved runs (several: a comparison) as .html .pdf .md .csv .json\n"
        "  demo-db FILE              write the demo shop database to a new file\n"
        "  (none)                    run the demo load test and write locklens-demo.json\n\n"
        "  --help, --version\n");
}

} // namespace

int runCommand(const QStringList &args)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        printOut(runUsage());
        return ExitOk;
    }
    RunOptions opt;
    QString why;
    if (!parseRunOptions(args, &opt, &why)) {
        printErr(Tr::tr("locklens run: %1").arg(why));
        return ExitUsage;
    }
    return execute(opt);
}

int presetsCommand(const QStringList &args)
{
    if (!args.isEmpty()) {
        printErr(Tr::tr("locklens presets: takes no arguments, got: %1").arg(args.join(QLatin1Char(' '))));
        return ExitUsage;
    }
    QString out;
    for (const Scenario &sc : Presets::all())
        out += QStringLiteral("%1\n    %2\n").arg(sc.name, sc.description);
    printOut(out);
    return ExitOk;
}

int demoCommand()
{
    RunOptions opt;
    QString why;
    if (!Presets::find(QStringLiteral("demo"), &opt.scenario, &why)) {
        printErr(Tr::tr("locklens: error: %1").arg(why));
        return ExitFailure;
    }
    opt.jsonPath = demoReportPath();
    printErr(Tr::tr("locklens: running the demo load test (%1)").arg(opt.scenario.description));
    const int status = execute(opt);
    if (status == ExitOk || status == ExitVerification)
        printErr(Tr::tr("locklens: report written to %1").arg(QDir::toNativeSeparators(opt.jsonPath)));
    return status;
}

namespace {

int dispatchCommand(const QStringList &args)
{
    if (args.isEmpty())
        return demoCommand();
    const QString cmd = args.first();
    const QStringList rest = args.mid(1);
    if (cmd == QLatin1String("run"))
        return runCommand(rest);
    if (cmd == QLatin1String("presets"))
        return presetsCommand(rest);
    if (cmd == QLatin1String("trace"))
        return traceCommand(rest);
    if (cmd == QLatin1String("schema"))
        return schemaCommand(rest);
    if (cmd == QLatin1String("report"))
        return reportCommand(rest);
    if (cmd == QLatin1String("demo-db"))
        return demoDatabaseCommand(rest);
    if (cmd == QLatin1String("--help") || cmd == QLatin1String("-h") || cmd == QLatin1String("help")) {
        printOut(mainUsage());
        return ExitOk;
    }
    if (cmd == QLatin1String("--version")) {
        printOut(QStringLiteral("locklens %1\n").arg(QStringLiteral(LOCKLENS_VERSION)));
        return ExitOk;
    }
    if (QFileInfo::exists(cmd)) {
        // `locklens FILE` opens the window; without a display there is none to open.
        printErr(
            Tr::tr("locklens: no display to open the window on; for the schema of %1 run: locklens schema %1")
                .arg(cmd));
        return ExitUsage;
    }
    printErr(Tr::tr("locklens: unknown command '%1'").arg(cmd));
    printErr(mainUsage().trimmed());
    return ExitUsage;
}

} // namespace

int dispatch(const QStringList &args)
{
    return withOutputChecked(dispatchCommand(args));
}

} // namespace LockLens::Cli
