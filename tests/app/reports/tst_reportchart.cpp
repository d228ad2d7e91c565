// SPDX-License-Identifier: GPL-3.0-or-later
// The reports' charts as laid out for the SVG and the PDF: one outlying interval is drawn
// off the scale instead of flattening the run, and an interval without a figure is a gap in
// its line. (Issue 14 item 9: the closing interval's p99, 370 ms in the demo and ~3 s in
// readers-rollback, set the scale of the whole latency chart.)
#include "app/core/chartscale.h"
#include "app/reports/reportchart.h"
#include "app/reports/reportsvg.h"
#include "tests/fixtures/reportfixture.h"

#include <QtTest>

#include <cmath>

using namespace LockLens;
using namespace LockLens::Report;
using namespace LockLens::ReportFixture;

class TestReportChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void closingIntervalDoesNotFlattenTheLatencyChart_data();
    void closingIntervalDoesNotFlattenTheLatencyChart();
    void intervalWithoutOperationsIsAGap();
    void columnPeaksSetAsideOneIntervalInTen();
};

namespace {

// A run of `intervals` one-second intervals whose p99 is 0.04 ms, but `spike` ms in the last.
QJsonObject runWithClosingSpike(int intervals, double spike)
{
    Spec s;
    s.intervals = intervals;
    QJsonObject doc = runDoc(s);
    QJsonArray series = doc.value(QStringLiteral("series")).toArray();
    QJsonObject last = series.last().toObject();
    last.insert(QStringLiteral("p99_ms"), spike);
    series.replace(series.size() - 1, last);
    doc.insert(QStringLiteral("series"), series);
    return doc;
}

ChartLayout chartTitled(const Model &m, const QString &title)
{
    for (const ChartSpec &c : chartsOf(m)) {
        if (c.title == title)
            return layoutChart(c);
    }
    return {};
}

// The y axis's highest tick label (labels are right-aligned at the axis).
double highestTick(const ChartLayout &c)
{
    double top = -1;
    for (const ChartLayout::Text &t : c.texts) {
        bool ok = false;
        const double v = QLocale().toDouble(t.text, &ok);
        if (ok && t.anchor == ChartLayout::Anchor::End)
            top = std::max(top, v);
    }
    return top;
}

} // namespace

void TestReportChart::closingIntervalDoesNotFlattenTheLatencyChart_data()
{
    QTest::addColumn<bool>("comparison");
    QTest::newRow("a run's latency chart") << false;
    QTest::newRow("a comparison's p99 chart") << true;
}

void TestReportChart::closingIntervalDoesNotFlattenTheLatencyChart()
{
    QFETCH(bool, comparison);
    const QJsonObject doc = runWithClosingSpike(30, 370);
    const Model m = comparison ? modelOf({ doc, runDoc(Spec()) }) : modelOf({ doc });
    const ChartLayout c = chartTitled(
        m, comparison ? QStringLiteral("Operation latency p99") : QStringLiteral("Operation latency"));
    QVERIFY(!c.empty);
    QVERIFY2(highestTick(c) > 0 && highestTick(c) <= 0.1, qPrintable(QString::number(highestTick(c))));
    QCOMPARE(int(c.offScale.size()), 1);
    QCOMPARE(c.offScale.front().value, 370.0);
    QCOMPARE(c.offScale.front().text, QStringLiteral("370"));
    // Every line stays inside the plot: nothing above the top grid line.
    const double plotTop = c.grid.back().y1();
    for (const ChartLayout::Line &l : c.lines)
        for (const QList<QPointF> &piece : l.pieces)
            for (const QPointF &p : piece)
                QVERIFY2(p.y() >= plotTop - 1e-9, qPrintable(QString::number(p.y())));
    // The SVG shows the mark and its value.
    const QString svg = svgChart(c);
    QVERIFY(svg.contains(QLatin1String("<polygon")));
    QVERIFY(svg.contains(QLatin1String(">370</text>")));

    // Without the spike the same chart is not clipped.
    const ChartLayout plain = chartTitled(
        comparison ? modelOf({ runDoc(Spec()), runDoc(Spec()) }) : modelOf({ runWithClosingSpike(30, 0.05) }),
        comparison ? QStringLiteral("Operation latency p99") : QStringLiteral("Operation latency"));
    QVERIFY(plain.offScale.empty());
}

void TestReportChart::intervalWithoutOperationsIsAGap()
{
    Spec s;
    s.intervals = 5;
    QJsonObject doc = runDoc(s);
    QJsonArray series = doc.value(QStringLiteral("series")).toArray();
    QJsonObject idle = series.at(2).toObject();
    idle.insert(QStringLiteral("ops"), 0); // nothing completed: p99_ms means nothing
    idle.insert(QStringLiteral("p99_ms"), 0);
    series.replace(2, idle);
    doc.insert(QStringLiteral("series"), series);
    const ChartLayout c = chartTitled(modelOf({ doc }), QStringLiteral("Operation latency"));
    QCOMPARE(int(c.lines.size()), 2); // p50, p99
    for (const ChartLayout::Line &l : c.lines) {
        QCOMPARE(int(l.pieces.size()), 2); // intervals 1-2 and 4-5
        QCOMPARE(l.pieces[0].size(), 2);
        QCOMPARE(l.pieces[1].size(), 2);
        QCOMPARE(l.dots.size(), 4); // a dot on each measurement, none for the gap
    }
    QCOMPARE(svgChart(c).count(QLatin1String("<polyline")), 4);
}

void TestReportChart::columnPeaksSetAsideOneIntervalInTen()
{
    // 20 columns with points: at most two set aside.
    const Buckets columns(0, 20, 20);
    const auto fitOf = [&columns](const QList<double> &spikes) {
        ChartScale::ColumnPeaks peaks(columns);
        for (int i = 0; i < 20; ++i) {
            peaks.add({ i + 0.5, 1.0 });
            peaks.add({ i + 0.5, 0.5 }); // a second line at the same interval
        }
        for (int i = 0; i < spikes.size(); ++i)
            peaks.add({ i + 0.5, spikes[i] });
        peaks.add({ 3.5, std::nan("") }); // a gap counts as nothing
        return peaks.fit();
    };
    ChartScale::Fit f = fitOf({ 100 });
    QVERIFY(f.clipped);
    QCOMPARE(f.top, 1.0);
    f = fitOf({ 100, 50 });
    QVERIFY(f.clipped);
    QCOMPARE(f.top, 1.0);
    f = fitOf({ 100, 50, 40 }); // three outlying intervals are the run, not outliers
    QVERIFY(!f.clipped);
    QCOMPARE(f.top, 100.0);
    f = fitOf({ 2.9 }); // under three times the rest: not an outlier
    QVERIFY(!f.clipped);
    QCOMPARE(f.top, 2.9);
    // Fewer than ten columns with points: none is set aside.
    ChartScale::ColumnPeaks few(columns);
    for (int i = 0; i < 9; ++i)
        few.add({ i + 0.5, i == 8 ? 100.0 : 1.0 });
    QVERIFY(!few.fit().clipped);
}

QTEST_GUILESS_MAIN(TestReportChart)
#include "tst_reportchart.moc"
