// SPDX-License-Identifier: GPL-3.0-or-later
// `locklens trace [options] -- COMMAND [ARGS...]`: runs a program with liblocklens-trace
// preloaded and says what its SQLite connections did, and who blocked whom.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/cli/tracetext.h"
#include "workers/recorder/clock.h"
#include "workers/tracechannelfile.h"
#include "workers/tracemodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <memory>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

namespace LockLens::Cli {

namespace {

struct TraceOptions
{
    QStringList command;
    bool quiet = false;
    double progressS = 1;
    bool literals = false;
    QStringList dbGlobs;
};

QString traceUsage()
{
    return Tr::tr(
        "Usage: locklens trace [options] -- COMMAND [ARGS...]\n\n"
        "Runs COMMAND with LockLens's recorder loaded into it (and into every process it starts),\n"
        "then prints what its SQLite connections did: statements, time in each lock, busy-handler\n"
        "waits, and for every \"database is locked\" the connection that held the lock. The program\n"
        "runs in this folder and environment and is not changed; Ctrl-C reaches it as usual.\n"
        "Exit status: the program's own (128+N when a signal N ended it), 127 when COMMAND is not\n"
        "found, 126 when it cannot be run, 2 for bad options.\n\n"
        "Options:\n"
        "  --db GLOB        show only database files whose path or name matches GLOB (repeatable)\n"
        "  --sql-literals   keep the values written in the SQL text (by default each is a ?)\n"
        "  --progress S     a progress line every S seconds on stderr (default 1, 0 for none)\n"
        "  --quiet          no progress and no summary\n");
}

bool parseTraceOptions(const QStringList &args, TraceOptions *o, QString *why)
{
    const qsizetype dashes = args.indexOf(QStringLiteral("--"));
    const QStringList options = dashes < 0 ? args : args.mid(0, dashes);
    o->command = dashes < 0 ? QStringList() : args.mid(dashes + 1);
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString &a = options[i];
        const auto value = [&](QString *out) {
            if (i + 1 >= options.size()) {
                *why = Tr::tr("%1 needs a value").arg(a);
                return false;
            }
            *out = options[++i];
            return true;
        };
        QString v;
        if (a == QLatin1String("--quiet")) {
            o->quiet = true;
        } else if (a == QLatin1String("--sql-literals")) {
            o->literals = true;
        } else if (a == QLatin1String("--db")) {
            if (!value(&v))
                return false;
            o->dbGlobs << v;
        } else if (a == QLatin1String("--progress")) {
            if (!value(&v))
                return false;
            bool ok = false;
            o->progressS = v.toDouble(&ok);
            if (!ok || !(o->progressS >= 0) || o->progressS > 86400) {
                *why = Tr::tr("--progress must be a number of seconds from 0 to 86400, got '%1'").arg(v);
                return false;
            }
        } else {
            *why = a.startsWith(QLatin1Char('-')) ? Tr::tr("unknown option %1").arg(a)
                                                  : Tr::tr("the command goes after --: locklens trace [options] -- %1").arg(a);
            return false;
        }
    }
    if (o->command.isEmpty()) {
        *why = Tr::tr("no command to trace: locklens trace [options] -- COMMAND [ARGS...]");
        return false;
    }
    return true;
}

// Where liblocklens-trace is: beside the build's program, or where it was installed.
QString traceLibraryPath()
{
    if (const QString env = qEnvironmentVariable("LOCKLENS_TRACE_LIBRARY"); !env.isEmpty())
        return env;
    const QDir app(QCoreApplication::applicationDirPath());
    const QStringList candidates {
        app.filePath(QStringLiteral("../lib/liblocklens-trace.so")), // the build tree
        QStringLiteral(LOCKLENS_INSTALL_LIBDIR "/locklens/liblocklens-trace.so"),
        app.filePath(QStringLiteral("../lib/locklens/liblocklens-trace.so")),
    };
    for (const QString &c : candidates) {
        if (QFileInfo(c).isFile())
            return QFileInfo(c).absoluteFilePath();
    }
    return {};
}

std::atomic<int> g_forward { 0 }; // a signal another process sent LockLens, to pass on

#ifdef Q_OS_UNIX
void onSignal(int sig, siginfo_t *info, void *)
{
    // Ctrl-C at a terminal reaches the program already (the same process group): only a
    // signal another process sent (kill) is passed on.
    if (!info || info->si_code <= 0)
        g_forward.store(sig);
}

// SIGINT and SIGTERM noted for the program while it runs; restored afterwards.
class SignalForwarding
{
public:
    SignalForwarding()
    {
        struct sigaction sa {};
        sa.sa_sigaction = onSignal;
        sa.sa_flags = SA_SIGINFO | SA_RESTART;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, &m_int);
        sigaction(SIGTERM, &sa, &m_term);
    }
    ~SignalForwarding()
    {
        sigaction(SIGINT, &m_int, nullptr);
        sigaction(SIGTERM, &m_term, nullptr);
    }
    SignalForwarding(const SignalForwarding &) = delete;
    SignalForwarding &operator=(const SignalForwarding &) = delete;

private:
    struct sigaction m_int {};
    struct sigaction m_term {};
};
#endif

QProcessEnvironment tracedEnvironment(const QString &library, const QString &channel, bool literals)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString preload = env.value(QStringLiteral("LD_PRELOAD"));
    env.insert(QStringLiteral("LD_PRELOAD"), preload.isEmpty() ? library : library + QLatin1Char(':') + preload);
    env.insert(QString::fromLatin1(Trace::ChannelEnv), channel);
    if (literals)
        env.insert(QStringLiteral("LOCKLENS_TRACE_LITERALS"), QStringLiteral("1"));
    return env;
}

// The exit status of a program that could not start, with its one line.
int notStarted(const QString &program)
{
    // As a shell says: a file that exists but cannot be run (not executable, a folder, a
    // script without #!) is 126; nothing of that name is 127.
    const QFileInfo file(program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program));
    if (program.contains(QLatin1Char('/')) ? file.exists() : !file.filePath().isEmpty()) {
        printErr(file.isExecutable() && !file.isDir()
                ? Tr::tr("locklens trace: %1: cannot be run").arg(program)
                : Tr::tr("locklens trace: %1: permission denied").arg(program));
        return 126;
    }
    printErr(Tr::tr("locklens trace: %1: command not found").arg(program));
    return 127;
}

} // namespace

namespace {

// How the traced program ended.
struct Outcome
{
    bool started = true;
    bool crashed = false;
    int exitCode = 0; // the signal's number when crashed
    std::uint64_t endTicks = 0;
};

// Runs the program with the recorder, reading the channel into `model` as it goes (and
// passing on the signals another process sends LockLens), until it ends.
Outcome runTraced(const TraceOptions &opt, const QString &library, Trace::ChannelFile &channel, Trace::Model &model)
{
    std::vector<Trace::TraceRecord> batch;
    const auto drain = [&](bool final) {
        batch.clear();
        channel.drain(&batch, final);
        for (const Trace::TraceRecord &r : batch)
            model.add(r);
    };
    QProcess process;
    process.setProgram(opt.command.first());
    process.setArguments(opt.command.mid(1));
    process.setProcessEnvironment(tracedEnvironment(library, channel.path(), opt.literals));
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    Outcome outcome;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            outcome.started = false;
            loop.quit();
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
#ifdef Q_OS_UNIX
    SignalForwarding forwarding;
#endif
    QTimer pump;
    pump.setInterval(50);
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    QObject::connect(&pump, &QTimer::timeout, &loop, [&] {
        drain(false);
#ifdef Q_OS_UNIX
        if (process.processId() > 0) { // a signal that came before the program: passed on once it runs
            if (const int sig = g_forward.exchange(0))
                ::kill(pid_t(process.processId()), sig);
        }
#endif
        if (!opt.quiet && opt.progressS > 0 && sinceProgress.elapsed() >= qint64(opt.progressS * 1000)) {
            sinceProgress.restart();
            printErr(traceProgressLine(model, model.seconds(Clock::now()), channel.dropped()));
        }
    });
    pump.start();
    process.start();
    if (outcome.started)
        loop.exec();
    pump.stop();
    if (!outcome.started)
        return outcome;
    outcome.endTicks = Clock::now();
    drain(true);
    channel.close();
    model.finish(outcome.endTicks, channel.channel());
    outcome.crashed = process.exitStatus() == QProcess::CrashExit;
    outcome.exitCode = process.exitCode();
    return outcome;
}

} // namespace

int traceCommand(const QStringList &args)
{
    if (args.indexOf(QStringLiteral("--")) < 0
        && (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h")))) {
        printOut(traceUsage());
        return ExitOk;
    }
    TraceOptions opt;
    QString why;
    if (!parseTraceOptions(args, &opt, &why)) {
        printErr(Tr::tr("locklens trace: %1").arg(why));
        return ExitUsage;
    }
#ifndef Q_OS_LINUX
    printErr(Tr::tr("locklens trace: tracing another program needs Linux for now (a preloaded library); "
                    "the Load Lab can model its load instead"));
    return ExitUsage;
#endif
    const QString library = traceLibraryPath();
    if (library.isEmpty()) {
        printErr(Tr::tr("locklens trace: liblocklens-trace.so is not installed beside LockLens"));
        return ExitUsage;
    }
    // In memory where the system has it (/dev/shm): a file on disk would be written back.
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    auto channel = Trace::ChannelFile::create(shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath(), &why);
    if (!channel) {
        printErr(Tr::tr("locklens trace: %1").arg(why));
        return ExitUsage;
    }
    Trace::Model model(Clock::now());
    const Outcome outcome = runTraced(opt, library, *channel, model);
    if (!outcome.started)
        return notStarted(opt.command.first());
    if (!opt.quiet) {
        TraceEnd how;
        how.command = opt.command.join(QLatin1Char(' '));
        how.crashed = outcome.crashed;
        how.exitCode = outcome.exitCode;
        how.durationS = model.seconds(outcome.endTicks);
        how.dropped = channel->dropped();
        how.lost = channel->lost();
        how.dbGlobs = opt.dbGlobs;
        printOut(traceSummaryText(model, how));
    }
    return withOutputChecked(outcome.crashed ? 128 + outcome.exitCode : outcome.exitCode);
}

} // namespace LockLens::Cli
