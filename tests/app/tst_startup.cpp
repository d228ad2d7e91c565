// SPDX-License-Identifier: GPL-3.0-or-later
// How the locklens executable (LOCKLENS_EXE, app/main.cpp) chooses between the window and
// the command line.
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestStartup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unknownOptionWithADisplayIsRefused_data();
    void unknownOptionWithADisplayIsRefused();
};

void TestStartup::unknownOptionWithADisplayIsRefused_data()
{
    QTest::addColumn<QStringList>("args");
    // The screenshot harness moved to tests/tools/locklens_shots; `--screenshot` is now an
    // option locklens does not know, not a file called "--screenshot" to open in the window.
    QTest::newRow("--screenshot") << QStringList { QStringLiteral("--screenshot"), QStringLiteral("out.png"),
        QStringLiteral("--page"), QStringLiteral("data"), QStringLiteral("shop.db") };
    QTest::newRow("--nope") << QStringList { QStringLiteral("--nope") };
}

// With a display (as the environment says: here an X display that is not there, so a
// window would fail to start rather than appear), an unknown option gets the command
// line's one clear message and exit status 2, and no window is started.
void TestStartup::unknownOptionWithADisplayIsRefused()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess p;
    p.setWorkingDirectory(dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":4711"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LOCKLENS_EXE), args);
    QVERIFY(p.waitForFinished(60000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(err.startsWith("locklens: unknown command '" + args.first().toUtf8() + "'"), err.constData());
    QVERIFY(p.readAllStandardOutput().isEmpty());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.png"))));
}

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
