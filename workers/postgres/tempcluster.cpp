// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/postgres/tempcluster.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QVersionNumber>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace LockLens::Postgres {

namespace {

constexpr int Port = 5432; // on a socket in the cluster's own folder: nothing to collide with
constexpr int InitdbMs = 120000;
constexpr int StartMs = 60000;

// The last `n` non-empty lines of `text`, joined: what a failing program said last.
QString tail(const QString &text, int n = 3)
{
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > n)
        lines = lines.mid(lines.size() - n);
    return lines.join(QLatin1String(" / ")).trimmed();
}

} // namespace

QStringList TemporaryCluster::defaultFolders()
{
    QStringList folders = qEnvironmentVariable("PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts);
    // Debian and Ubuntu keep the server programs out of the PATH, one folder per version.
    QDir debian(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &v : versions)
        folders << debian.filePath(v + QLatin1String("/bin"));
    folders << QStringLiteral("/usr/local/pgsql/bin") << QStringLiteral("/opt/homebrew/bin")
            << QStringLiteral("/usr/local/bin");
    return folders;
}

std::optional<TemporaryCluster::Programs> TemporaryCluster::findPrograms(const QStringList &folders)
{
    for (const QString &f : folders) {
        const QDir dir(f);
        const QFileInfo initdb(dir.filePath(QStringLiteral("initdb"))), pgCtl(dir.filePath(QStringLiteral("pg_ctl")));
        if (!initdb.isExecutable() || !pgCtl.isExecutable())
            continue;
        // Where they really are (a link in /usr/local/bin to Debian's folder): their tools are there.
        Programs p { initdb.canonicalFilePath(), pgCtl.canonicalFilePath(), {} };
        QProcess version;
        version.start(p.initdb, { QStringLiteral("--version") });
        if (version.waitForFinished(10000)) {
            static const QRegularExpression number(QStringLiteral("(\\d+(\\.\\d+)*)"));
            p.version = number.match(QString::fromLocal8Bit(version.readAllStandardOutput())).captured(1);
        }
        return p;
    }
    return std::nullopt;
}

QString TemporaryCluster::installHint()
{
    return tr("PostgreSQL's server programs (initdb, pg_ctl) are not installed: on Debian or Ubuntu, "
              "apt-get install postgresql; on macOS, brew install postgresql; or name a PostgreSQL server to use instead");
}

TemporaryCluster::~TemporaryCluster()
{
    stop();
}

bool TemporaryCluster::start(const Programs &programs, QString *error)
{
    stop();
    m_programs = programs;
    m_user.clear();
    m_uid = m_gid = 0;
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        // The server refuses to run as root: as a user that exists for it, or one of no rights.
        for (const char *name : { "postgres", "nobody" }) {
            if (const passwd *pw = ::getpwnam(name)) {
                m_user = QString::fromLocal8Bit(name);
                m_uid = pw->pw_uid;
                m_gid = pw->pw_gid;
                break;
            }
        }
        if (m_user.isEmpty()) {
            *error = tr("PostgreSQL does not run as root, and there is no user postgres or nobody to run it as");
            return false;
        }
    }
#endif
    m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("locklens-pg-XXXXXX")));
    if (!m_dir->isValid()) {
        *error = tr("cannot make a folder for a temporary PostgreSQL: %1").arg(m_dir->errorString());
        m_dir.reset();
        return false;
    }
#ifdef Q_OS_UNIX
    if (!m_user.isEmpty() && ::chown(QFile::encodeName(m_dir->path()).constData(), m_uid, m_gid) != 0) {
        *error = tr("cannot give %1 to the user %2").arg(m_dir->path(), m_user);
        m_dir.reset();
        return false;
    }
#endif
    const QDir dir(m_dir->path());
    // No fsync while initdb writes the catalog: the cluster is thrown away, and the load's own
    // commits are made with the server's defaults.
    if (!run(m_programs.initdb,
            { QStringLiteral("-D"), dir.filePath(QStringLiteral("data")), QStringLiteral("-A"), QStringLiteral("trust"),
                QStringLiteral("-U"), QStringLiteral("locklens"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--locale=C"), QStringLiteral("--no-sync") },
            InitdbMs, error)) {
        *error = tr("initdb failed: %1").arg(*error);
        m_dir.reset();
        return false;
    }
    const QString serverOptions = QStringLiteral("-k '%1' -c listen_addresses='' -p %2").arg(dir.path()).arg(Port);
    if (!run(m_programs.pgCtl,
            { QStringLiteral("-D"), dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                QString::number(StartMs / 1000), QStringLiteral("-o"), serverOptions, QStringLiteral("start") },
            StartMs + 5000, error)) {
        QFile log(dir.filePath(QStringLiteral("server.log")));
        const QString said = log.open(QIODevice::ReadOnly) ? tail(QString::fromLocal8Bit(log.readAll())) : QString();
        *error = tr("the temporary PostgreSQL did not start: %1").arg(said.isEmpty() ? *error : said);
        m_dir.reset();
        return false;
    }
    m_running = true;
    return true;
}

void TemporaryCluster::stop()
{
    if (m_running) {
        QString ignored;
        run(m_programs.pgCtl,
            { QStringLiteral("-D"), QDir(m_dir->path()).filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop") },
            StartMs, &ignored);
        m_running = false;
    }
    m_dir.reset(); // removed with everything in it
}

ServerAddress TemporaryCluster::address() const
{
    ServerAddress a;
    a.host = folder();
    a.port = Port;
    a.user = QStringLiteral("locklens");
    a.database = QStringLiteral("postgres");
    return a;
}

QString TemporaryCluster::folder() const
{
    return m_dir ? m_dir->path() : QString();
}

bool TemporaryCluster::run(const QString &program, const QStringList &args, int timeoutMs, QString *error)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir->path()); // one the server's user may enter
#ifdef Q_OS_UNIX
    if (!m_user.isEmpty()) {
        const uid_t uid = m_uid;
        const gid_t gid = m_gid;
        p.setChildProcessModifier([uid, gid] {
            // In the child, before exec: drop root for good (groups, then group, then user).
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        });
    }
#endif
    p.start();
    if (!p.waitForStarted(10000)) {
        *error = p.errorString();
        return false;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        *error = tr("%1 did not finish in %2 s").arg(QFileInfo(program).fileName()).arg(timeoutMs / 1000);
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString said = tail(QString::fromLocal8Bit(p.readAll()));
        *error = said.isEmpty() ? tr("%1 exited with status %2").arg(QFileInfo(program).fileName()).arg(p.exitCode()) : said;
        return false;
    }
    return true;
}

} // namespace LockLens::Postgres
