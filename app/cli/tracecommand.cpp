// SPDX-License-Identifier: GPL-3.0-or-later
// `locklens trace [options] -- COMMAND [ARGS...]`: runs a program with liblocklens-trace
// preloaded and says what its SQLite connections did, and who blocked whom.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/cli/runfiles.h"
#include "app/cli/tracetext.h"
#include "app/core/resultsstore.h"
#include "app/core/tracesession.h"
#include "app/reports/reportformat.h"
#include "workers/sqlite/filekind.h"
#include "workers/tracelockcsv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <csignal>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

namespace LockLens::Cli {

namespace {

struct TraceOptions
{
    QStringList command;
    bool literals = false;
    QStringList dbGlobs;
    // --json, --lock-trace, --report, --save, --store, --progress and --quiet, as `run` has them
    RunOptions files;
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
        "  --db GLOB          keep only database files whose path or name matches GLOB (repeatable)\n"
        "  --sql-literals     keep the values written in the SQL text (by default each is a ?)\n"
        "  --json FILE        the trace as a run document (-: standard output, and the program's own\n"
        "                     output and the summary go to stderr)\n"
        "  --lock-trace FILE  every lock change as CSV: t_s,worker,from,to,statement\n"
        "  --report FILE      a report: .html .pdf .md .csv .json\n"
        "  --save             keep the trace in the results store (beside the Load Lab's runs)\n"
        "  --store FILE       with --save: that store instead of your own\n"
        "  --progress S       a progress line every S seconds on stderr (default 1, 0 for none)\n"
        "  --quiet            no progress and no summary\n"
        "When a file asked for cannot be written, the exit status is 1 if the program's was 0.\n");
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
        const std::pair<const char *, QString *> files[] = { { "--json", &o->files.jsonPath },
            { "--lock-trace", &o->files.lockTracePath }, { "--report", &o->files.reportPath },
            { "--store", &o->files.storePath } };
        const auto file = std::find_if(std::begin(files), std::end(files),
            [&](const auto &f) { return a == QLatin1String(f.first); });
        if (file != std::end(files)) {
            if (!value(file->second))
                return false;
            if (file->second->isEmpty()) {
                *why = Tr::tr("%1: the file name is empty").arg(a);
                return false;
            }
        } else if (a == QLatin1String("--quiet")) {
            o->files.quiet = true;
        } else if (a == QLatin1String("--save")) {
            o->files.save = true;
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
            o->files.progressS = v.toDouble(&ok);
            if (!ok || !(o->files.progressS >= 0) || o->files.progressS > 86400) {
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
    if (const QString &report = o->files.reportPath; !report.isEmpty()) {
        if (const QString no = Report::unsupportedReason(Report::formatOf(report), report); !no.isEmpty()) {
            *why = Tr::tr("--report: %1").arg(no);
            return false;
        }
    }
    if (!o->files.storePath.isEmpty() && !o->files.save) {
        *why = Tr::tr("--store needs --save");
        return false;
    }
    return true;
}

std::atomic<int> g_forward { 0 }; // a signal another process sent LockLens, to pass on
std::atomic<bool> g_interrupted { false }; // Ctrl-C at the terminal

#ifdef Q_OS_UNIX
void onSignal(int sig, siginfo_t *info, void *)
{
    // Ctrl-C at a terminal reaches the program already (the same process group): only a
    // signal another process sent (kill) is passed on. A Ctrl-C does not reach the jobs a
    // shell put in the background (they ignore SIGINT): those get SIGTERM once the command
    // has exited.
    if (!info || info->si_code <= 0)
        g_forward.store(sig);
    else if (sig == SIGINT)
        g_interrupted.store(true);
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

// Runs the program through a session until it ends: progress lines on stderr, and the
// signals another process sends LockLens passed on. False when it could not be started.
bool runTraced(const TraceOptions &opt, TraceSession &session)
{
    bool started = true;
    QEventLoop loop;
    QObject::connect(&session, &TraceSession::finished, &loop, &QEventLoop::quit);
    QObject::connect(&session, &TraceSession::failed, &loop, [&] {
        started = false;
        loop.quit();
    });
#ifdef Q_OS_UNIX
    SignalForwarding forwarding;
#endif
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const RunOptions &files = opt.files;
    bool saidLingering = false;
    g_interrupted.store(false);
    QObject::connect(&session, &TraceSession::updated, &loop, [&] {
        if (const int sig = g_forward.exchange(0)) // a signal that came before the program: passed on once it runs
            session.signalProgram(sig);
        if (!session.lingering().empty() && g_interrupted.exchange(false))
            session.stop();
        if (!files.quiet && !saidLingering && !session.lingering().empty()) {
            saidLingering = true;
            QStringList pids;
            for (std::uint32_t pid : session.lingering())
                pids << QString::number(pid);
            printErr(Tr::tr("locklens trace: the command exited; tracing the %n process(es) it started that still "
                            "run (%1) until they end (Ctrl-C ends them)",
                         nullptr, int(pids.size()))
                         .arg(pids.join(QLatin1String(", "))));
        }
        if (!files.quiet && files.progressS > 0 && sinceProgress.elapsed() >= qint64(files.progressS * 1000)) {
            sinceProgress.restart();
            printErr(traceProgressLine(session.model(), session.elapsedS(), session.dropped()));
        }
    });
    loop.exec();
    return started;
}

// An output that would replace an SQLite database (the program's, most likely): refused
// before the program runs. The program's databases are known only once it has opened them.
QString databaseOutputRefusal(const RunOptions &files)
{
    for (const auto &[option, path] : outputsOf(files)) {
        QFile f(path);
        if (QFileInfo(path).isFile() && f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16))
            return Tr::tr("%1: %2 is an SQLite database; the trace does not replace one").arg(option, FileKind::shown(path));
    }
    return {};
}

// After the run: an output that is one of the files of a database the program opened (or
// their journals) is not written. One line per such output; false when there was one.
bool outputsClearOfDatabases(const RunOptions &files, const Trace::Model &model)
{
    bool clear = true;
    QSet<QString> databases; // once each (a program may open one file thousands of times)
    for (const Trace::Connection &c : model.connections()) {
        if (!c.file.isEmpty())
            databases.insert(c.file);
    }
    for (const auto &[option, path] : outputsOf(files)) {
        for (const QString &file : std::as_const(databases)) {
            for (const char *suffix : { "", "-wal", "-shm", "-journal" }) {
                if (!FileKind::sameFile(path, file + QLatin1String(suffix)))
                    continue;
                printErr(Tr::tr("locklens: error: %1: %2 is a file of a database the program used; nothing was "
                                "written there")
                             .arg(option, FileKind::shown(path)));
                clear = false;
            }
        }
    }
    return clear;
}

// The files asked for, once the program has ended. False when one could not be written.
bool writeTraceOutputs(const TraceOptions &opt, const TraceSession &session, Trace::LockCsv &locks,
    RunOutputs &outputs, ResultsStore &store)
{
    const RunOptions &files = opt.files;
    if (!outputsClearOfDatabases(files, session.model())) {
        locks.discard();
        return false;
    }
    bool written = true;
    std::uint64_t rows = 0;
    QString why;
    if (!files.lockTracePath.isEmpty() && !locks.finish(&rows, &why)) {
        printErr(Tr::tr("locklens: error: --lock-trace: %1").arg(why));
        written = false;
    }
    if (!files.jsonPath.isEmpty() || !files.reportPath.isEmpty() || files.save)
        written = writeRunOutputs(session.document(), files, outputs, store) && written;
    return written;
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
    RunOutputs outputs(opt.files);
    ResultsStore store;
    if (why = databaseOutputRefusal(opt.files); !why.isEmpty()) {
        printErr(Tr::tr("locklens: error: %1").arg(why));
        return ExitUsage;
    }
    if (const int refused = prepareRun(opt.files, outputs, store); refused != ExitOk)
        return refused;
    Trace::LockCsv locks(opt.dbGlobs);
    if (!opt.files.lockTracePath.isEmpty() && !locks.open(opt.files.lockTracePath, &why)) {
        printErr(Tr::tr("locklens: error: --lock-trace: %1").arg(why));
        return ExitUsage;
    }
    // The JSON on standard output stays JSON: the program's own output goes to stderr then,
    // with the summary.
    const bool jsonOut = opt.files.jsonPath == QLatin1String("-");
    TraceSession session;
    session.setForwardChannels(true, jsonOut);
    if (!opt.files.lockTracePath.isEmpty())
        session.setLockCsv(&locks);
    TraceRequest request;
    request.command = opt.command;
    request.databases = opt.dbGlobs;
    request.literals = opt.literals;
    if (!session.start(request, &why)) {
        printErr(Tr::tr("locklens trace: %1").arg(why));
        return ExitUsage;
    }
    if (!runTraced(opt, session))
        return notStarted(opt.command.first());
    const Trace::Program &program = session.program();
    if (!opt.files.quiet && jsonOut)
        printErr(traceSummaryText(program, session.durationS()));
    else if (!opt.files.quiet)
        printOut(traceSummaryText(program, session.durationS()));
    const bool written = writeTraceOutputs(opt, session, locks, outputs, store);
    return withOutputChecked(program.exitStatus == 0 && !written ? int(ExitFailure) : program.exitStatus);
}

} // namespace LockLens::Cli
