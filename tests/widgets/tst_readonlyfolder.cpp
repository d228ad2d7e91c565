// SPDX-License-Identifier: GPL-3.0-or-later
// A writable database in a read-only folder, and a file the user may not read, with the
// permissions really in force. As a normal user chmod is enough. Root ignores permissions,
// so as root the tests run in a user namespace of their own where the folder and the
// unreadable file belong to an owner the namespace does not map: to root in there they
// are someone else's, as to any user. Where neither works, the tests say so and skip.
#include "tests/fixtures/chinookfixture.h"
#include "tests/fixtures/shotfixture.h"
#include "widgets/browser/datagrid.h"
#include "widgets/browser/sqlconsole.h"
#include "widgets/common/banner.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace LockLens;

namespace {

constexpr uid_t Nobody = 65534;

struct Sandbox
{
    QString base; // removed by the parent process at the end
    QString folder; // read-only, holding a writable chinook.db
    QString unreadable; // a database its reader may not read
    QString skip; // why the permissions cannot be put in force here
};

Sandbox g_sandbox;

bool writeFile(const char *path, const char *text)
{
    const int fd = ::open(path, O_WRONLY);
    const bool ok = fd >= 0 && ::write(fd, text, strlen(text)) == ssize_t(strlen(text));
    if (fd >= 0)
        ::close(fd);
    return ok;
}

// Root in a new user namespace that maps only root: files of other owners are foreign.
bool enterUserNamespace()
{
    return ::unshare(CLONE_NEWUSER) == 0 && writeFile("/proc/self/setgroups", "deny")
        && writeFile("/proc/self/uid_map", "0 0 1") && writeFile("/proc/self/gid_map", "0 0 1");
}

QString prepare(Sandbox *s)
{
    char templ[] = "/tmp/locklens-rofolder-XXXXXX";
    if (!::mkdtemp(templ))
        return QStringLiteral("no temporary folder");
    s->base = QString::fromLocal8Bit(templ);
    s->folder = s->base + QStringLiteral("/readonly");
    s->unreadable = s->base + QStringLiteral("/unreadable.db");
    if (!QDir().mkpath(s->folder)
        || !Fixture::makeChinook(s->folder + QStringLiteral("/chinook.db")).isEmpty()
        || !Fixture::makeChinook(s->unreadable).isEmpty())
        return QStringLiteral("cannot make the databases");
    const QByteArray folder = s->folder.toLocal8Bit(), unreadable = s->unreadable.toLocal8Bit();
    if (::geteuid() != 0)
        return ::chmod(folder.constData(), 0555) == 0 && ::chmod(unreadable.constData(), 0) == 0
            ? QString()
            : QStringLiteral("chmod failed");
    if (::chown(folder.constData(), Nobody, Nobody) != 0 || ::chmod(folder.constData(), 0755) != 0
        || ::chown(unreadable.constData(), Nobody, Nobody) != 0 || ::chmod(unreadable.constData(), 0600) != 0)
        return QStringLiteral("chown failed");
    return QString();
}

void restoreAndRemove(const Sandbox &s)
{
    for (const QString &p : { s.folder, s.unreadable }) {
        const QByteArray path = p.toLocal8Bit();
        if (::geteuid() == 0 && ::chown(path.constData(), 0, 0) != 0)
            continue;
        ::chmod(path.constData(), 0755);
    }
    QDir(s.base).removeRecursively();
}

} // namespace

class TestReadOnlyFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readOnlyFolderIsWarnedAtOpenAndExplained();
    void unreadableFileIsRefusedAndChangesNothing();
};

void TestReadOnlyFolder::initTestCase()
{
    qputenv("LOCKLENS_NO_DIALOGS", "1");
    QStandardPaths::setTestModeEnabled(true);
    if (!g_sandbox.skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("permissions cannot be put in force here (%1); the rule itself is "
                                        "tested in tst_openchecks")
                             .arg(g_sandbox.skip)));
}

void TestReadOnlyFolder::readOnlyFolderIsWarnedAtOpenAndExplained()
{
    // Regression: the file opened read-write without a hint, and a write then failed with
    // "attempt to write a readonly database (SQLite code 1544)" and nothing more.
    const QString path = g_sandbox.folder + QStringLiteral("/chinook.db");
    const QByteArray before = Fixture::sha1Of(path);
    QCOMPARE(writeBlock(DatabaseLocation::file(path), QStringLiteral("delete")), WriteBlock::ReadOnlyFolder);
    MainWindow w;
    w.show();
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    w.showTable(QStringLiteral("Track"));
    w.openDatabase(DatabaseLocation::file(path));
    QVERIFY(loaded.wait(10000));
    QVERIFY(!w.readOnly()); // the user's choice stands: journal_mode MEMORY or OFF could still write
    const QString banner = w.banner()->text();
    QVERIFY2(banner.contains(QLatin1String("folder")) && banner.contains(QLatin1String("read-only"))
            && banner.contains(QLatin1String("1544")),
        qPrintable(banner));
    QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("1544")));
    Fixture::shot(&w, QStringLiteral("readonly-folder"));

    // The write fails in SQLite itself, and the console says why.
    QSignalSpy done(w.console(), &SqlConsole::scriptFinished);
    w.showPage(MainWindow::Page::Console);
    w.console()->editor()->setPlainText(QStringLiteral("UPDATE Track SET Name = 'x' WHERE TrackId = 1"));
    w.console()->run();
    QVERIFY(done.wait(10000));
    const QString status = w.console()->statusText();
    QVERIFY2(status.contains(QLatin1String("SQLite code 1544"))
            && status.contains(QLatin1String("SQLITE_READONLY_DIRECTORY"))
            && status.contains(QLatin1String("folder is read-only")),
        qPrintable(status));
    Fixture::shot(&w, QStringLiteral("readonly-folder-console"));
    QCOMPARE(Fixture::sha1Of(path), before);

    // Reopen Read-Only: no warning left, a read-only window.
    QToolButton *reopen = w.banner()->findChild<QToolButton *>();
    QVERIFY(reopen);
    QTest::mouseClick(reopen, Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QVERIFY(w.readOnly());
    QVERIFY(w.windowTitle().contains(QLatin1String("read-only")));
    QVERIFY(w.banner()->text().isEmpty());
}

void TestReadOnlyFolder::unreadableFileIsRefusedAndChangesNothing()
{
    MainWindow w;
    w.show();
    const QString good = g_sandbox.folder + QStringLiteral("/chinook.db");
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    w.openDatabase(DatabaseLocation::file(good), true);
    QVERIFY(loaded.wait(10000));
    const QString title = w.windowTitle();
    const QString table = w.dataGrid()->tableName();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    QSignalSpy failed(&w, &MainWindow::failed);
    w.openDatabase(DatabaseLocation::file(g_sandbox.unreadable));
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("permission denied")),
        qPrintable(failed.first().first().toString()));
    QCOMPARE(w.windowTitle(), title);
    QCOMPARE(w.dataGrid()->tableName(), table);
    QCOMPARE(w.location().path, good);
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(), recent);
}

int main(int argc, char **argv)
{
    g_sandbox.skip = prepare(&g_sandbox);
    const pid_t child = ::fork();
    if (child == 0) {
        if (g_sandbox.skip.isEmpty() && ::geteuid() == 0 && !enterUserNamespace())
            g_sandbox.skip = QStringLiteral("no user namespace for root: %1")
                                 .arg(QString::fromLocal8Bit(strerror(errno)));
        QApplication app(argc, argv);
        TestReadOnlyFolder test;
        ::_exit(QTest::qExec(&test, argc, argv));
    }
    int status = 1;
    if (child < 0 || ::waitpid(child, &status, 0) != child)
        status = 1 << 8;
    if (!g_sandbox.base.isEmpty())
        restoreAndRemove(g_sandbox);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

#include "tst_readonlyfolder.moc"
