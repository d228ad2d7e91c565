// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/tracesession.h"

#include "workers/recorder/clock.h"
#include "workers/tracechannelfile.h"
#include "workers/tracelockcsv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace LockLens {

namespace {

// A lane's ring (Trace::Lanes: at most 64): the timeline reads it ten times a second.
constexpr std::size_t LaneRing = 4096;

QProcessEnvironment tracedEnvironment(const TraceRequest &r, const QString &library, const QString &channel)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &line : r.environment) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        env.insert(line.left(eq).trimmed(), line.mid(eq + 1));
    }
    const QString preload = env.value(QStringLiteral("LD_PRELOAD"));
    env.insert(QStringLiteral("LD_PRELOAD"), preload.isEmpty() ? library : library + QLatin1Char(':') + preload);
    env.insert(QString::fromLatin1(Trace::ChannelEnv), channel);
    if (r.literals)
        env.insert(QStringLiteral("LOCKLENS_TRACE_LITERALS"), QStringLiteral("1"));
    return env;
}

} // namespace

QString TraceRequest::problem() const
{
    if (command.isEmpty() || command.first().trimmed().isEmpty())
        return QCoreApplication::translate("LockLens::TraceSession", "no command to trace");
    if (!folder.isEmpty() && !QFileInfo(folder).isDir())
        return QCoreApplication::translate("LockLens::TraceSession", "the folder %1 does not exist")
            .arg(QDir::toNativeSeparators(folder));
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*="));
    for (const QString &line : environment) {
        if (!name.match(line.trimmed()).hasMatch())
            return QCoreApplication::translate("LockLens::TraceSession",
                "the environment line \"%1\" is not NAME=VALUE")
                .arg(line);
    }
    return {};
}

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

TraceSession::TraceSession(QObject *parent)
    : QObject(parent)
{
    m_pump.setInterval(PumpMs);
    connect(&m_pump, &QTimer::timeout, this, [this] { pump(false); });
    m_kill.setSingleShot(true);
    m_kill.setInterval(3000);
    connect(&m_kill, &QTimer::timeout, this, [this] {
        m_process.kill();
        signalTraced(SIGKILL);
    });
    m_linger.setInterval(LingerMs);
    connect(&m_linger, &QTimer::timeout, this, &TraceSession::checkLingering);
    connect(&m_process, &QProcess::finished, this, &TraceSession::onFinished);
    // (Only when the output is not forwarded is there anything to read.)
    connect(&m_process, &QProcess::readyRead, this,
        [this] { Q_EMIT output(QString::fromLocal8Bit(m_process.readAll())); });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        m_pump.stop();
        m_channel.reset();
        Q_EMIT failed(m_process.errorString());
    });
}

TraceSession::~TraceSession()
{
    if (m_process.state() != QProcess::NotRunning) {
        disconnect(&m_process, nullptr, this, nullptr);
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    signalLingering(SIGTERM);
}

bool TraceSession::start(const TraceRequest &request, QString *error)
{
    if (isRunning())
        return false;
    if (QString why = request.problem(); !why.isEmpty()) {
        *error = why;
        return false;
    }
#ifndef Q_OS_LINUX
    *error = tr("tracing another program needs Linux for now (a preloaded library); the Load Lab can model its "
                "load instead");
    return false;
#endif
    const QString library = traceLibraryPath();
    if (library.isEmpty()) {
        *error = tr("liblocklens-trace.so is not installed beside LockLens");
        return false;
    }
    // In memory where the system has it (/dev/shm): a file on disk would be written back.
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    m_channel = Trace::ChannelFile::create(shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath(), error);
    if (!m_channel)
        return false;
    m_request = request;
    m_stopped = false;
    m_filter = Trace::FileFilter(request.databases);
    m_registry = std::make_unique<LockTrace::Registry>();
    m_registry->setRingCapacity(LaneRing);
    m_series = Trace::Series();
    m_kept.clear();
    m_lastSampleS = 0;
    m_timeline = LockTimeline();
    m_program = Trace::Program();
    m_document = QJsonObject();
    m_zero = Clock::now();
    m_timeline.setOrigin(m_zero);
    if (m_csv)
        m_csv->setOrigin(m_zero);
    m_model = std::make_unique<Trace::Model>(m_zero);
    m_model->setKeep([this](const QString &file) { return m_filter.keeps(file); });
    m_model->setProcessRuns([](std::uint32_t pid) { return Trace::Lanes::threadRuns(pid, 0); });
    m_lanes = std::make_unique<Trace::Lanes>(m_registry.get(), m_model.get());
    m_model->setTransitionSink([this](const Trace::Connection &c, const LockTrace::Event &e, std::uint32_t statement,
                                   std::uint32_t thread) {
        feed(c, e, thread);
        if (m_csv) // the SQL looked up only for the file that shows it
            m_csv->add(c, e, m_model->statementText(c.pid, statement));
    });
    m_process.setProgram(request.command.first());
    m_process.setArguments(request.command.mid(1));
    m_process.setWorkingDirectory(request.folder);
    m_process.setProcessEnvironment(tracedEnvironment(request, library, m_channel->path()));
    m_process.setProcessChannelMode(m_forward ? QProcess::ForwardedChannels : QProcess::MergedChannels);
    m_process.setInputChannelMode(m_forward ? QProcess::ForwardedInputChannel : QProcess::ManagedInputChannel);
#ifdef Q_OS_UNIX
    m_process.setChildProcessModifier(m_forward && m_stdoutToStderr ? std::function<void()>([] { ::dup2(2, 1); })
                                                                    : std::function<void()>());
#endif
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_pump.start();
    m_process.start();
    m_pid = std::uint32_t(m_process.processId());
    return true;
}

void TraceSession::stop()
{
    if (!isRunning())
        return;
    m_stopped = true;
    m_process.terminate();
    signalTraced(SIGTERM); // and every process it started that still runs
    m_kill.start();
}

bool TraceSession::isRunning() const
{
    return m_process.state() != QProcess::NotRunning || !m_lingering.empty();
}

void TraceSession::signalProgram(int signal)
{
#ifdef Q_OS_UNIX
    if (m_pid > 0 && m_process.state() != QProcess::NotRunning)
        ::kill(pid_t(m_pid), signal);
    else
        signalLingering(signal);
    if (signal == SIGTERM) // ends the trace: the processes the command started too
        signalTraced(signal);
#else
    Q_UNUSED(signal)
#endif
}

void TraceSession::signalTraced(int signal)
{
#ifdef Q_OS_UNIX
    if (m_channel) {
        for (std::uint32_t pid : processesWithChannel(m_channel->path())) {
            if (pid != m_pid) // the command itself is signalled on its own, once
                ::kill(pid_t(pid), signal);
        }
    }
#else
    Q_UNUSED(signal)
#endif
}

void TraceSession::signalLingering(int signal)
{
#ifdef Q_OS_UNIX
    for (std::uint32_t pid : m_lingering)
        ::kill(pid_t(pid), signal);
#else
    Q_UNUSED(signal)
#endif
}

std::vector<std::uint32_t> TraceSession::processesWithChannel(const QString &path)
{
    std::vector<std::uint32_t> pids;
#ifdef Q_OS_LINUX
    const QByteArray needle = QByteArray(Trace::ChannelEnv) + '=' + QFile::encodeName(path) + '\0';
    const qint64 self = QCoreApplication::applicationPid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const std::uint32_t pid = entry.toUInt(&numeric);
        if (!numeric || pid == self)
            continue;
        QFile environ(QStringLiteral("/proc/%1/environ").arg(entry));
        if (!environ.open(QIODevice::ReadOnly)) // another user's, or gone
            continue;
        QByteArray all = environ.read(1 << 20); // a zombie's reads as empty
        all.prepend('\0');
        if (all.contains('\0' + needle))
            pids.push_back(pid);
    }
#else
    Q_UNUSED(path)
#endif
    return pids;
}

void TraceSession::checkLingering()
{
    m_lingering = processesWithChannel(m_channel->path());
    if (m_lingering.empty()) {
        m_linger.stop();
        endTrace();
    }
}

double TraceSession::elapsedS() const
{
    return m_model ? m_model->seconds(Clock::now()) : 0;
}

std::uint64_t TraceSession::dropped() const
{
    return m_channel ? m_channel->dropped() : 0;
}

void TraceSession::pump(bool final)
{
    if (!m_channel)
        return;
    // A program flat out writes hundreds of thousands of records a second: they are read in
    // slices of a few milliseconds, the rest on the next turn of the event loop, so that the
    // window stays responsive (the ring holds the backlog).
    QElapsedTimer slice;
    slice.start();
    bool more = true;
    while (more && (final || slice.elapsed() < SliceMs)) {
        m_batch.clear();
        more = m_channel->drain(&m_batch, final, BatchRecords) == BatchRecords;
        for (const Trace::TraceRecord &r : m_batch)
            m_model->add(r);
    }
    if (more && !m_catchUp) {
        m_catchUp = true;
        QTimer::singleShot(0, this, [this] {
            m_catchUp = false;
            if (m_pump.isActive())
                pump(false);
        });
    }
    if (m_csv) // a pipe or device is written as the trace goes
        m_csv->flush();
    if (!final && m_sinceUpdate.isValid() && m_sinceUpdate.elapsed() < PumpMs)
        return; // catching up: the views are told at the pump's pace
    m_sinceUpdate.start();
    const std::uint64_t now = Clock::now();
    m_timeline.update(m_registry->all(), now);
    const double nowS = m_model->seconds(now);
    if (!final && nowS - m_lastSampleS >= 1) {
        m_model->readCounters(m_channel->channel());
        sample(nowS);
    }
    Q_EMIT updated();
}

void TraceSession::sample(double tS, bool closing)
{
    const auto keep = [this](const Trace::Connection &c) { return kept(c); };
    if (closing)
        m_series.close(m_model->connections(), keep, tS);
    else
        m_series.sample(m_model->connections(), keep, tS);
    m_lastSampleS = tS;
}

bool TraceSession::kept(const Trace::Connection &c)
{
    // Each connection's file matched once (a summed entry's is its first connection's).
    if (m_kept.size() < std::size_t(c.id))
        m_kept.resize(std::size_t(c.id), -1);
    std::int8_t &k = m_kept[std::size_t(c.id - 1)];
    if (k < 0)
        k = m_filter.keeps(c.file) ? 1 : 0;
    return k == 1;
}

void TraceSession::feed(const Trace::Connection &c, const LockTrace::Event &e, std::uint32_t thread)
{
    using LockTrace::Lock;
    const bool fileLock = e.to < Lock::WalWrite && e.from < Lock::WalWrite;
    LockTrace::Recorder *lane = m_lanes->laneOf(c, thread, fileLock, kept(c), e.ticks);
    if (!lane)
        return;
    const Lock lock = e.busy || e.from == Lock::None ? e.to : e.from;
    if (lock >= Lock::WalWrite)
        lane->shmLock(lock, e.from == Lock::None, e.busy, e.ticks);
    else
        lane->fileLock(e.to, e.busy, e.ticks);
}

void TraceSession::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_exitCode = exitCode;
    m_exitStatus = status;
    // Processes the command started that still run are traced until they end too.
    m_lingering = processesWithChannel(m_channel->path());
    if (!m_lingering.empty()) {
        m_linger.start();
        Q_EMIT updated();
        return;
    }
    endTrace();
}

void TraceSession::endTrace()
{
    const int exitCode = m_exitCode;
    const QProcess::ExitStatus status = m_exitStatus;
    m_pump.stop();
    m_kill.stop();
    const std::uint64_t end = Clock::now();
    pump(true);
    m_channel->close();
    m_model->finish(end, m_channel->channel());
    for (const auto &r : m_registry->all())
        r->finish();
    m_timeline.update(m_registry->all(), end);
    m_timeline.setEnd(m_model->seconds(end));
    Trace::Ending ending;
    ending.command = m_request.command;
    ending.folder = m_request.folder.isEmpty() ? QDir::currentPath() : QFileInfo(m_request.folder).absoluteFilePath();
    ending.databases = m_request.databases;
    ending.pid = m_pid;
    ending.crashed = status == QProcess::CrashExit;
    ending.exitCode = exitCode;
    ending.dropped = m_channel->dropped();
    ending.lost = m_channel->lost();
    m_program = Trace::programOf(*m_model, ending);
    Trace::DocumentParts parts;
    parts.startedAt = m_startedAt;
    parts.durationS = m_durationS = m_model->seconds(end);
    parts.stopped = m_stopped;
    parts.environment = Trace::environmentOf(m_program);
    sample(parts.durationS, true); // the last interval, from the final counters
    parts.series = m_series.points();
    m_document = Trace::document(m_program, parts).toJson();
    Q_EMIT finished();
}

} // namespace LockLens
