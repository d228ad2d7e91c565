// SPDX-License-Identifier: GPL-3.0-or-later
// The load lab in a small window, after real runs: the window keeps the size it was given
// (1024x700 at the smallest), and no chart's title, tick label or legend entry is elided
// to "...", whatever the number of workers. (Regression: at 1280x800 an 8-worker run turned
// every tick label and axis title into "...", and the page asked for 1096 pixels.) With
// LOCKLENS_LAYOUT_PNG=/path/prefix it saves each window as prefix-ROW.png to look at.
#include "widgets/loadlab/loaddashboard.h"
#include "widgets/loadlab/loadlab.h"
#include "widgets/loadlab/serieschart.h"
#include "widgets/mainwindow.h"
#include "workers/presets.h"

#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace LockLens;
using Chart = LoadDashboard::Chart;

class TestDashboardLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void smallWindowKeepsLabelsReadable_data();
    void smallWindowKeepsLabelsReadable();
};

namespace {

// The texts a chart shows (title, tick labels, legend entries), visible ones only.
QStringList shownTexts(const SeriesChart *chart)
{
    QStringList out;
    const QList<QGraphicsItem *> items = chart->scene()->items();
    for (const QGraphicsItem *item : items) {
        const auto *text = qgraphicsitem_cast<const QGraphicsTextItem *>(item);
        if (text && text->isVisible() && !text->toPlainText().isEmpty())
            out << text->toPlainText();
    }
    return out;
}

bool elided(const QString &text)
{
    return text.contains(QLatin1String("...")) || text.contains(QChar(0x2026));
}

// Tick labels: "1.5 s" on the x axis, numbers on the y axis.
int labelsMatching(const QStringList &texts, const QRegularExpression &re)
{
    int n = 0;
    for (const QString &t : texts)
        n += re.match(t).hasMatch();
    return n;
}

} // namespace

void TestDashboardLayout::initTestCase()
{
    QSqlDatabase::drivers();
    qputenv("LOCKLENS_NO_DIALOGS", "1");
    QStandardPaths::setTestModeEnabled(true); // recent files and window state go to a test folder
}

void TestDashboardLayout::smallWindowKeepsLabelsReadable_data()
{
    QTest::addColumn<QString>("preset"); // "" for a per-thread insert load
    QTest::addColumn<int>("workers");
    QTest::addColumn<QSize>("window");
    const QSize small(1024, 700), usual(1280, 800);
    for (int workers : { 1, 4, 8, 16, 32 })
        QTest::addRow("%d workers, 1024x700", workers) << QString() << workers << small;
    QTest::newRow("8 workers, 1280x800") << QString() << 8 << usual;
    // Most of its transactions fail: the banner is long and the errors chart has lines.
    QTest::newRow("deferred-upgrade, 1024x700") << QStringLiteral("deferred-upgrade") << 4 << small;
}

void TestDashboardLayout::smallWindowKeepsLabelsReadable()
{
    QFETCH(QString, preset);
    QFETCH(int, workers);
    QFETCH(QSize, window);
    QTemporaryDir dir;
    Scenario sc;
    if (!preset.isEmpty()) {
        QString why;
        QVERIFY2(Presets::find(preset, &sc, &why), qPrintable(why));
    }
    sc.name = QStringLiteral("layout %1").arg(workers);
    sc.databasePath = dir.filePath(QStringLiteral("load.db"));
    sc.workers = workers;
    sc.durationS = 0.8;

    MainWindow w;
    w.loadLab()->setStorePath(dir.filePath(QStringLiteral("runs.sqlite")));
    w.showPage(MainWindow::Page::LoadLab);
    w.resize(window);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy saved(w.loadLab(), &LoadLab::runSaved);
    QString why;
    QVERIFY2(w.loadLab()->run(sc, &why), qPrintable(why));
    QVERIFY(saved.wait(60000));
    QTest::qWait(100); // the banner's layout settles, the charts refit to their sizes

    const QSize fits = w.minimumSizeHint();
    QVERIFY2(fits.width() <= window.width() && fits.height() <= window.height(),
        qPrintable(QStringLiteral("the window needs %1x%2").arg(fits.width()).arg(fits.height())));
    QCOMPARE(w.size(), window);
    const QString png = qEnvironmentVariable("LOCKLENS_LAYOUT_PNG");
    if (!png.isEmpty())
        QVERIFY(w.grab().save(png + QLatin1Char('-')
            + QString::fromLatin1(QTest::currentDataTag())
                  .replace(QLatin1Char(' '), QLatin1Char('_'))
                  .replace(QLatin1Char(','), QString())
            + QStringLiteral(".png")));

    const QRegularExpression seconds(QStringLiteral("^\\d+(\\.\\d+)? s$"));
    const QRegularExpression number(QStringLiteral("^\\d+(\\.\\d+)?$"));
    for (int c = 0; c < int(Chart::NUM_CHARTS); ++c) {
        const SeriesChart *chart = w.loadLab()->dashboard()->chart(Chart(c));
        const QStringList texts = shownTexts(chart);
        for (const QString &t : texts)
            QVERIFY2(!elided(t), qPrintable(QStringLiteral("%1: \"%2\"").arg(chart->title(), t)));
        QVERIFY2(labelsMatching(texts, seconds) >= 2, qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(labelsMatching(texts, number) >= 2, qPrintable(texts.join(QLatin1Char('|'))));
        // The plot keeps a readable height.
        QVERIFY2(chart->chart()->plotArea().height() >= 40, qPrintable(chart->title()));
    }
}

QTEST_MAIN(TestDashboardLayout)
#include "tst_dashboardlayout.moc"
