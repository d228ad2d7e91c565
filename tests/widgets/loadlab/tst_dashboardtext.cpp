// SPDX-License-Identifier: GPL-3.0-or-later
// What the dashboard says at the end of a run: the banner's tone and words for each
// outcome, and the header's figures. (Issue 14 item 7: a deferred-upgrade run where most
// transactions failed ended under a green "Finished — verified" and no failure count.)
// With LOCKLENS_DASHBOARD_PNG=/path/name it saves name-failures.png (1280x800).
#include "widgets/loadlab/dashboardtext.h"
#include "widgets/loadlab/loaddashboard.h"
#include "widgets/loadlab/runbanner.h"
#include "workers/presets.h"
#include "workers/recorder/clock.h"

#include <QLabel>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>

using namespace LockLens;
using Tone = DashboardText::Tone;

Q_DECLARE_METATYPE(LockLens::DashboardText::Tone)

class TestDashboardText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QSqlDatabase::drivers(); }
    void bannerToneAndWords_data();
    void bannerToneAndWords();
    void headerCountsFailedTransactions();
    void headerTellsBackoff();
    void failedHeavyRunIsNotGreen();
};

namespace {

RunResult verifiedRun()
{
    RunResult r;
    r.durationS = 3;
    r.total.tx = 1500;
    r.total.ops = 7500;
    r.verification.checked = true;
    r.verification.rowsExpected = r.verification.rowsPresent = 2000;
    r.verification.integrity = QStringLiteral("ok");
    return r;
}

} // namespace

void TestDashboardText::bannerToneAndWords_data()
{
    QTest::addColumn<RunResult>("run");
    QTest::addColumn<Tone>("tone");
    QTest::addColumn<QStringList>("says");
    QTest::addColumn<QStringList>("doesNotSay");

    RunResult r = verifiedRun();
    QTest::newRow("verified") << r << Tone::Good
                              << QStringList { QStringLiteral("<b>Finished — verified:</b>"),
                                     QStringLiteral(
                                         "2,000 rows expected, 2,000 present, 0 lost, integrity ok") }
                              << QStringList { QStringLiteral("failed") };
    r.total.failedTx = 8500; // of 10,000 tried
    QTest::newRow("verified, most transactions failed")
        << r << Tone::Warning
        << QStringList { QStringLiteral("<b>Finished — verified, with failed transactions:</b>"),
               QStringLiteral("8,500 of 10,000 transactions failed (85.0 %)"),
               QStringLiteral("0 lost, integrity ok") }
        << QStringList();
    r.verification.rowsPresent = 1990;
    r.verification.lostRows = 10;
    QTest::newRow("failures and lost rows: red")
        << r << Tone::Bad
        << QStringList { QStringLiteral("<b>Finished with problems:</b>"), QStringLiteral("10 rows lost"),
               QStringLiteral("8,500 of 10,000 transactions failed") }
        << QStringList { QStringLiteral("verified") };
    r = verifiedRun();
    r.verification.checked = false;
    r.verification.error = QStringLiteral("database is locked");
    QTest::newRow("not verified") << r << Tone::Bad
                                  << QStringList { QStringLiteral("not verified: database is locked") }
                                  << QStringList { QStringLiteral("0 lost") };
    r = verifiedRun();
    r.verification.rowsPresent = 2005;
    r.verification.extraRows = 5;
    QTest::newRow("extra rows: amber, not lost")
        << r << Tone::Warning
        << QStringList { QStringLiteral("with rows another connection added"),
               QStringLiteral("5 rows more than the run committed (2,000 expected, 2,005 present)") }
        << QStringList { QStringLiteral("lost") };
    r = verifiedRun();
    r.stopped = true;
    r.warnings << QStringLiteral("<trap>");
    QTest::newRow("stopped, with a warning")
        << r << Tone::Good
        << QStringList { QStringLiteral("Stopped after 3.0 s — verified"), QStringLiteral("⚠ &lt;trap&gt;") }
        << QStringList();
}

void TestDashboardText::bannerToneAndWords()
{
    QFETCH(RunResult, run);
    QFETCH(Tone, tone);
    QFETCH(QStringList, says);
    QFETCH(QStringList, doesNotSay);
    const DashboardText::Banner b = DashboardText::banner(run);
    QCOMPARE(b.tone, tone);
    for (const QString &s : says)
        QVERIFY2(b.html.contains(s), qPrintable(b.html));
    for (const QString &s : doesNotSay)
        QVERIFY2(!b.html.contains(s), qPrintable(b.html));
}

void TestDashboardText::headerCountsFailedTransactions()
{
    RunResult r = verifiedRun();
    QVERIFY(!DashboardText::runFigures(r).contains(QLatin1String("failed")));
    r.total.failedTx = 500;
    QVERIFY2(DashboardText::runFigures(r).endsWith(QStringLiteral("500 failed (25.0 %)")),
        qPrintable(DashboardText::runFigures(r)));
    LiveSeries::Recent recent;
    recent.committedTx = 3;
    recent.failedTx = 1;
    QVERIFY2(DashboardText::liveFigures(1, recent, 2).endsWith(QStringLiteral("1 failed (25.0 %)")),
        qPrintable(DashboardText::liveFigures(1, recent, 2)));
    QCOMPARE(DashboardText::failures(0, 10), QString());
}

void TestDashboardText::headerTellsBackoff()
{
    RunResult r = verifiedRun();
    r.scenario.workers = 2;
    QVERIFY(!DashboardText::runFigures(r).contains(QLatin1String("backing off")));
    r.total.backoffTicks = Clock::fromNs(1.5e9); // of 2 clients x 3 s
    QVERIFY2(DashboardText::runFigures(r).contains(QStringLiteral("25 % backing off between tries")),
        qPrintable(DashboardText::runFigures(r)));
}

void TestDashboardText::failedHeavyRunIsNotGreen()
{
    QTemporaryDir dir;
    Scenario sc;
    QString why;
    QVERIFY2(Presets::find(QStringLiteral("deferred-upgrade"), &sc, &why), qPrintable(why));
    sc.databasePath = dir.filePath(QStringLiteral("du.db"));
    sc.durationS = 0.8;
    LoadDashboard dash;
    dash.resize(1280, 800);
    dash.show();
    QSignalSpy finished(&dash, &LoadDashboard::finished);
    QVERIFY2(dash.start(sc, &why), qPrintable(why));
    QVERIFY(finished.wait(60000));
    const RunResult r = finished.first().first().value<RunResult>();
    QVERIFY2(r.ok(), "verified");
    QVERIFY(r.total.failedTx > 0); // two upgrades at once: one fails, whatever the timeout
    const auto *banner = dash.findChild<RunBanner *>();
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(banner->tone(), Tone::Warning);
    QVERIFY2(banner->text().contains(
                 DashboardText::failures(r.total.failedTx, r.total.tx).section(QLatin1Char(' '), 0, 0)),
        qPrintable(banner->text()));
    const QString figures = dash.findChild<QLabel *>(QStringLiteral("figures"))->text();
    QVERIFY2(figures.contains(DashboardText::failures(r.total.failedTx, r.total.tx)), qPrintable(figures));
    if (const QString png = qEnvironmentVariable("LOCKLENS_DASHBOARD_PNG"); !png.isEmpty())
        QVERIFY(dash.grab().save(png + QStringLiteral("-failures.png")));
}

QTEST_MAIN(TestDashboardText)
#include "tst_dashboardtext.moc"
