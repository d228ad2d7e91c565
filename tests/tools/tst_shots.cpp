// SPDX-License-Identifier: GPL-3.0-or-later
// locklens_shots (LOCKLENS_SHOTS), the tool that takes the README's pictures: the commands
// the README gives keep working.
#include "app/core/demodatabase.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;

class TestShots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void savesThePicture_data();
    void savesThePicture();
    void badOptionExitsTwoWithOneLine();

private:
    struct Outcome
    {
        int status = -1; // -2: it crashed or did not end
        QByteArray err;
    };
    // Runs the tool in the temporary folder, with its settings there too.
    Outcome shots(const QStringList &args);

    QTemporaryDir m_dir;
};

void TestShots::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SqlFailure error;
    QVERIFY2(createDemoDatabase(DatabaseLocation::file(m_dir.filePath(QStringLiteral("shop.db"))), &error),
        qPrintable(error.message));
}

TestShots::Outcome TestShots::shots(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LOCKLENS_SHOTS), args);
    Outcome o;
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        o.status = -2;
        return o;
    }
    o.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    o.err = p.readAllStandardError();
    return o;
}

void TestShots::savesThePicture_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QSize>("size");
    // As the README's main-window.png and load-wizard.png are taken.
    QTest::newRow("data page") << QStringList { QStringLiteral("--size"), QStringLiteral("1024x700"),
        QStringLiteral("--page"), QStringLiteral("data"), QStringLiteral("--row"), QStringLiteral("9"),
        QStringLiteral("shop.db"), QStringLiteral("orders") }
                               << QSize(1024, 700);
    QTest::newRow("wizard") << QStringList { QStringLiteral("--page"), QStringLiteral("loadlab"),
        QStringLiteral("--store"), QStringLiteral("runs.sqlite"), QStringLiteral("--run"),
        QStringLiteral("deferred-upgrade"), QStringLiteral("--wizard"), QStringLiteral("3") }
                            << QSize(900, 680);
}

void TestShots::savesThePicture()
{
    QFETCH(QStringList, options);
    QFETCH(QSize, size);
    const QString out = m_dir.filePath(
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))
        + QStringLiteral(".png"));
    const Outcome o = shots(QStringList { out } + options);
    QVERIFY2(o.status == 0, o.err.constData());
    const QImage picture(out);
    QVERIFY2(!picture.isNull(), qPrintable(out));
    QCOMPARE(picture.size(), size);
}

void TestShots::badOptionExitsTwoWithOneLine()
{
    const QString out = m_dir.filePath(QStringLiteral("bad.png"));
    const Outcome o
        = shots({ out, QStringLiteral("--page"), QStringLiteral("nowhere"), QStringLiteral("shop.db") });
    QCOMPARE(o.status, 2);
    QVERIFY2(o.err.startsWith("locklens_shots: bad option --page nowhere"), o.err.constData());
    QCOMPARE(o.err.trimmed().count('\n'), 0);
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestShots)
#include "tst_shots.moc"
