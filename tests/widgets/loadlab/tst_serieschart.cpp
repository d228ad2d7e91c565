// SPDX-License-Identifier: GPL-3.0-or-later
// The chart primitive of the dashboard and the comparison: thinning keeps what a line looks
// like, updates replace points, the legend toggles series, the axes follow the data.
#include "app/core/decimate.h"
#include "widgets/loadlab/plotraster.h"
#include "widgets/loadlab/serieschart.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <QtTest>

#include <cmath>

using namespace LockLens;

class TestSeriesChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shortLinesAreKept();
    void decimationKeepsExtremesPerColumn_data();
    void decimationKeepsExtremesPerColumn();
    void decimationReachesTheEdges();
    void chartThinsToItsWidth();
    void legendClickTogglesSeries();
    void yAxisFitsVisibleSeries();
    void aRefitThatLaysTheChartOutAgainEnds();
    void linesArePaintedWhereTheAxesSay();
    void growingLineKeepsItsTicks();
    void growingLinesAreDrawnOnlyAtTheirEnd_data();
    void growingLinesAreDrawnOnlyAtTheirEnd();
    void dashesRunOnAcrossVertices();
    void oneOutlyingIntervalDoesNotFlattenTheRest();
    void gapsAreNotBridged();
};

namespace {

QList<QPointF> noisy(int n, double dx, std::uint32_t seed)
{
    QList<QPointF> pts;
    pts.reserve(n);
    std::uint32_t s = seed;
    for (int i = 0; i < n; ++i) {
        s = s * 1664525u + 1013904223u;
        pts.append({ i * dx, double(s >> 8) / double(1u << 24) * 100.0 });
    }
    return pts;
}

} // namespace

void TestSeriesChart::shortLinesAreKept()
{
    const QList<QPointF> pts { { 0, 1 }, { 1, 5 }, { 2, 3 } };
    QCOMPARE(decimateMinMax(pts, 0, 2, 100), pts);
    QCOMPARE(decimateMinMax({}, 0, 2, 100), QList<QPointF>());
}

void TestSeriesChart::decimationKeepsExtremesPerColumn_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("columns");
    QTest::newRow("6000 points, 600 px") << 6000 << 600;
    QTest::newRow("100000 points, 800 px") << 100000 << 800;
    QTest::newRow("uneven: 1001 points, 7 px") << 1001 << 7;
}

void TestSeriesChart::decimationKeepsExtremesPerColumn()
{
    QFETCH(int, points);
    QFETCH(int, columns);
    const QList<QPointF> pts = noisy(points, 0.1, 7);
    const double x0 = 0, x1 = pts.constLast().x();
    const QList<QPointF> out = decimateMinMax(pts, x0, x1, columns);
    QVERIFY(out.size() <= 4 * columns + 2);
    QVERIFY(out.size() >= columns); // every column drew something
    // In x order, a subset of the input, and each column's minimum and maximum are kept.
    for (int i = 1; i < out.size(); ++i)
        QVERIFY2(out[i].x() > out[i - 1].x(), qPrintable(QStringLiteral("not increasing at %1").arg(i)));
    QCOMPARE(out.constFirst(), pts.constFirst());
    QCOMPARE(out.constLast(), pts.constLast());
    std::vector<double> lo(std::size_t(columns) + 1, 1e300), hi(std::size_t(columns) + 1, -1e300);
    const auto column = [&](double x) {
        return std::clamp<long>(long(std::floor((x - x0) * columns / (x1 - x0))), 0, columns);
    };
    for (const QPointF &p : pts) {
        lo[std::size_t(column(p.x()))] = std::min(lo[std::size_t(column(p.x()))], p.y());
        hi[std::size_t(column(p.x()))] = std::max(hi[std::size_t(column(p.x()))], p.y());
    }
    std::vector<double> outLo(lo.size(), 1e300), outHi(hi.size(), -1e300);
    for (const QPointF &p : out) {
        QVERIFY(std::binary_search(
            pts.cbegin(), pts.cend(), p, [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
        outLo[std::size_t(column(p.x()))] = std::min(outLo[std::size_t(column(p.x()))], p.y());
        outHi[std::size_t(column(p.x()))] = std::max(outHi[std::size_t(column(p.x()))], p.y());
    }
    QCOMPARE(outLo, lo);
    QCOMPARE(outHi, hi);
}

void TestSeriesChart::decimationReachesTheEdges()
{
    // Zoomed into the middle: one point beyond each edge is kept so the line is not cut short.
    const QList<QPointF> pts = noisy(10000, 1.0, 3);
    const QList<QPointF> out = decimateMinMax(pts, 4000.5, 5000.5, 100);
    QCOMPARE(out.constFirst(), pts[4000]);
    QCOMPARE(out.constLast(), pts[5001]);
    for (const QPointF &p : out)
        QVERIFY(p.x() >= 4000 && p.x() <= 5001);
}

void TestSeriesChart::chartThinsToItsWidth()
{
    SeriesChart chart(QStringLiteral("Throughput"), QStringLiteral("ops/s"));
    chart.resize(800, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const int s = chart.addSeries(QStringLiteral("total"));
    const QList<QPointF> pts = noisy(6000, 0.1, 11); // ten minutes at 10 Hz
    chart.setPoints(s, pts);
    chart.refit();
    const int width = int(chart.chart()->plotArea().width());
    QVERIFY(width > 100);
    QVERIFY2(
        chart.drawnPointCount(s) <= 4 * width + 2, qPrintable(QString::number(chart.drawnPointCount(s))));
    QVERIFY(chart.drawnPointCount(s) >= width / 2);
    QCOMPARE(chart.points(s).size(), pts.size()); // the data itself is kept whole
    // Ten minutes end on a round tick: 0 to 600 s (pts end at 599.9 s) in steps of 200 s.
    QCOMPARE(chart.xAxis()->min(), 0.0);
    QCOMPARE(chart.xAxis()->max(), 600.0);
    QCOMPARE(chart.xAxis()->tickCount(), 4);
    // A short line is drawn as it is.
    chart.setPoints(s, pts.mid(0, 50));
    chart.refit();
    QCOMPARE(chart.drawnPointCount(s), 50);
}

void TestSeriesChart::legendClickTogglesSeries()
{
    SeriesChart chart(QStringLiteral("Latency"), QStringLiteral("ms"));
    const int a = chart.addSeries(QStringLiteral("p50"));
    const int b = chart.addSeries(QStringLiteral("p99"));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy toggled(&chart, &SeriesChart::seriesVisibilityChanged);
    const QList<QLegendMarker *> markers = chart.chart()->legend()->markers();
    QCOMPARE(markers.size(), 2);
    Q_EMIT markers[1]->clicked();
    QVERIFY(chart.isSeriesVisible(a));
    QVERIFY(!chart.isSeriesVisible(b));
    QCOMPARE(toggled.size(), 1);
    QCOMPARE(toggled[0][0].toInt(), b);
    // Still listed, so it can be clicked back on.
    QVERIFY(markers[1]->isVisible());
    Q_EMIT markers[1]->clicked();
    QVERIFY(chart.isSeriesVisible(b));
}

void TestSeriesChart::yAxisFitsVisibleSeries()
{
    SeriesChart chart(QStringLiteral("Throughput"), QStringLiteral("ops/s"));
    const int small = chart.addSeries(QStringLiteral("worker 1"));
    const int big = chart.addSeries(QStringLiteral("total"));
    chart.setPoints(small, { { 0, 10 }, { 1, 30 } });
    chart.setPoints(big, { { 0, 900 }, { 1, 4300 } });
    chart.refit();
    QVERIFY(chart.yAxis()->max() >= 4300);
    QVERIFY(chart.yAxis()->max() <= 10000); // a round bound above the data, not far above
    chart.setSeriesVisible(big, false);
    QVERIFY(chart.yAxis()->max() >= 30);
    QVERIFY(chart.yAxis()->max() <= 100);
    chart.clearSeries();
    QCOMPARE(chart.seriesCount(), 0);
}

// Setting the axes' ranges inside refit() lays the chart out again at once, and a new plot
// area asks for another refit from inside the first. Here every new y range brings new data
// and a new plot area, as axis labels that keep resizing the plot would: the nested requests
// are served as a few more passes, not by recursing (which once ran out of stack).
void TestSeriesChart::aRefitThatLaysTheChartOutAgainEnds()
{
    SeriesChart chart(QStringLiteral("Throughput"), QStringLiteral("ops/s"));
    const int s = chart.addSeries(QStringLiteral("total"));
    chart.setPoints(s, { { 0, 1 }, { 1, 5 } });
    chart.refit();
    double top = 5;
    int calls = 0, depth = 0, deepest = 0;
    connect(chart.yAxis(), &QValueAxis::rangeChanged, &chart, [&] {
        if (++calls > 50)
            return; // the unguarded chart recursed for ever: stop it here, and fail below
        deepest = std::max(deepest, ++depth);
        chart.setPoints(s, { { 0, 1 }, { 1, top *= 10 } });
        Q_EMIT chart.chart()->plotAreaChanged(chart.chart()->plotArea());
        --depth;
    });
    chart.setPoints(s, { { 0, 1 }, { 1, top *= 10 } });
    chart.refit();
    QCOMPARE(deepest, 1);
    QVERIFY2(calls >= 2 && calls <= 3, qPrintable(QString::number(calls)));
    QVERIFY(chart.yAxis()->max() >= top / 10); // the last pass fitted the data of the one before
}

namespace {

// Pixels of exactly `color` in `rect` of the chart's viewport as painted now.
int pixelsOf(SeriesChart &chart, const QColor &color, const QRect &rect)
{
    const QImage image = chart.viewport()->grab().toImage();
    int n = 0;
    for (int y = std::max(0, rect.top()); y <= std::min(image.height() - 1, rect.bottom()); ++y) {
        for (int x = std::max(0, rect.left()); x <= std::min(image.width() - 1, rect.right()); ++x)
            n += image.pixelColor(x, y) == color;
    }
    return n;
}

} // namespace

void TestSeriesChart::linesArePaintedWhereTheAxesSay()
{
    SeriesChart chart(QStringLiteral("Throughput"), QStringLiteral("ops/s"));
    chart.resize(640, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QColor red(255, 0, 0), blue(0, 0, 255);
    const int flat = chart.addSeries(QStringLiteral("flat"), red);
    const int rising = chart.addSeries(QStringLiteral("rising"), blue);
    chart.setPoints(flat, { { 0, 10 }, { 5, 10 }, { 10, 10 } });
    chart.setPoints(rising, { { 0, 0 }, { 10, 40 } });
    chart.refit();
    QCoreApplication::processEvents(); // the layout settles the plot area
    QCOMPARE(chart.yAxis()->max(), 50.0);
    const QRect plot
        = chart.mapFromScene(chart.chart()->mapToScene(chart.chart()->plotArea())).boundingRect();
    QVERIFY(plot.width() > 300 && plot.height() > 150);

    // The flat line is a row of red pixels at 10 / 50 of the height, across the plot.
    const int row = plot.bottom() - int(std::lround(plot.height() * 10.0 / 50.0));
    const QRect band(plot.left(), row - 2, plot.width(), 5);
    QVERIFY2(pixelsOf(chart, red, band) >= plot.width() * 9 / 10,
        qPrintable(QString::number(pixelsOf(chart, red, band))));
    QCOMPARE(pixelsOf(chart, red, plot) - pixelsOf(chart, red, band), 0);
    // The rising line crosses the plot's middle column at 20 / 50 of the height.
    const int middle = plot.left() + plot.width() / 2;
    const int at = plot.bottom() - int(std::lround(plot.height() * 20.0 / 50.0));
    QVERIFY(pixelsOf(chart, blue, QRect(middle - 1, at - 3, 3, 7)) > 0);
    QCOMPARE(pixelsOf(chart, blue, QRect(middle - 1, plot.top(), 3, at - 6 - plot.top())), 0);

    // A hidden series is not painted; a series of one point is a dot.
    chart.setSeriesVisible(flat, false);
    QCOMPARE(pixelsOf(chart, red, plot), 0);
    chart.setSeriesVisible(flat, true);
    chart.setPoints(flat, { { 5, 10 } });
    chart.refit();
    QCOMPARE(chart.drawnPointCount(flat), 1);
    QVERIFY(pixelsOf(chart, red, QRect(middle - 4, row - 4, 9, 9)) >= 9);
}

void TestSeriesChart::growingLineKeepsItsTicks()
{
    SeriesChart chart(QStringLiteral("Throughput"), QStringLiteral("ops/s"));
    const int s = chart.addSeries(QStringLiteral("total"));
    QList<QPointF> pts;
    const auto growTo = [&](double lastS) {
        while (pts.isEmpty() || pts.constLast().x() < lastS - 1e-9)
            pts.append({ pts.size() * 0.1, 5 });
        chart.setPoints(s, pts);
        chart.refit();
    };
    growTo(12.3);
    QCOMPARE(chart.xAxis()->max(), 12.5); // ticks every 2.5 s
    QCOMPARE(chart.xAxis()->tickCount(), 6);
    growTo(12.5);
    QCOMPARE(chart.xAxis()->max(), 12.5); // the same axis while the line grows into it
    growTo(12.6);
    QCOMPARE(chart.xAxis()->max(), 15.0); // past it: ticks every 5 s
    QCOMPARE(chart.xAxis()->tickCount(), 4);
    // A fixed range is kept as given.
    chart.setXRange(2, 7);
    QCOMPARE(chart.xAxis()->min(), 2.0);
    QCOMPARE(chart.xAxis()->max(), 7.0);
    chart.setXRange(0, 0);
    QCOMPARE(chart.xAxis()->max(), 15.0);
    // A 3 s run whose last sample came 4 ms late: its axis ends at 3 s, not 4 s.
    SeriesChart ended(QStringLiteral("Throughput"), QStringLiteral("ops/s"));
    ended.setPoints(ended.addSeries(QStringLiteral("total")), { { 0.5, 5 }, { 1.5, 5 }, { 3.004, 5 } });
    ended.refit();
    QCOMPARE(ended.xAxis()->max(), 3.0);
    ended.setPoints(0, { { 0.5, 5 }, { 1.5, 5 }, { 3.1, 5 } }); // 10 % of a step past it: the next tick
    ended.refit();
    QVERIFY(ended.xAxis()->max() >= 3.1);
}

void TestSeriesChart::growingLinesAreDrawnOnlyAtTheirEnd_data()
{
    QTest::addColumn<bool>("gaps");
    QTest::newRow("continuous lines") << false;
    // Intervals without a figure (NaN) part the lines; a spike goes off the scale.
    QTest::newRow("lines with gaps and an outlier") << true;
}

void TestSeriesChart::growingLinesAreDrawnOnlyAtTheirEnd()
{
    QFETCH(bool, gaps);
    // Lines fed as a live run feeds them (points appended, the last one sometimes replaced)
    // are drawn again only from their last column on; the image must then be exactly the
    // one drawn from the whole lines at once, dashes included.
    struct Style
    {
        QColor color;
        Qt::PenStyle pen;
    };
    const Style styles[] = { { Qt::red, Qt::SolidLine }, { Qt::blue, Qt::DashLine },
        { Qt::darkGreen, Qt::DotLine }, { Qt::magenta, Qt::DashDotLine } };
    SeriesChart live(QStringLiteral("Throughput"), QStringLiteral("ops/s"));
    SeriesChart whole(QStringLiteral("Throughput"), QStringLiteral("ops/s"));
    for (SeriesChart *c : { &live, &whole }) {
        c->resize(640, 400);
        c->show();
        QVERIFY(QTest::qWaitForWindowExposed(c));
        for (const Style &st : styles)
            c->addSeries(QStringLiteral("line"), st.color, st.pen);
        c->setXRange(0, 60);
    }
    std::vector<QList<QPointF>> lines(std::size(styles));
    std::uint32_t seed = 11;
    int partial = 0, frames = 0;
    for (int step = 0; step < 120; ++step) {
        for (std::size_t i = 0; i < lines.size(); ++i) {
            QList<QPointF> &pts = lines[i];
            const qsizetype before = pts.size();
            if (step % 7 == 3 && !pts.isEmpty())
                pts.last().setY(pts.last().y() * 0.5); // the sampler's last interval folded
            for (int k = 0; k < 10; ++k) {
                seed = seed * 1664525u + 1013904223u;
                // Steps and spikes: vertical and steep segments as well as flat ones.
                double y = pts.isEmpty() ? 99.0 : (seed >> 28) < 3 ? double(seed >> 25) : 20.0 + i * 15;
                if (gaps && (seed >> 27) == 5)
                    y = std::nan("");
                if (gaps && step == 60 && k == 0 && i == 1)
                    y = 5000;
                pts.append({ (pts.size() + 1) * 0.05, y });
            }
            live.setPoints(int(i), pts, std::max<qsizetype>(0, before - 1));
        }
        live.refit();
        QCoreApplication::processEvents();
        ++frames;
        partial += live.redrawnColumns() > 0 && live.redrawnColumns() < live.plotImage().width();
    }
    QVERIFY2(partial >= frames * 3 / 4, qPrintable(QStringLiteral("%1 of %2").arg(partial).arg(frames)));
    QCOMPARE(live.offScaleValues(), gaps ? QStringList { QStringLiteral("5,000") } : QStringList());
    for (std::size_t i = 0; i < lines.size(); ++i)
        whole.setPoints(int(i), lines[i]);
    whole.refit();
    QCoreApplication::processEvents();
    QCOMPARE(whole.redrawnColumns(), whole.plotImage().width());
    QCOMPARE(live.plotImage().size(), whole.plotImage().size());
    QVERIFY(live.plotImage() == whole.plotImage());
    // And the window shows it: the viewport painted from the image has every line's colour.
    const QImage shown = live.viewport()->grab().toImage();
    for (const Style &st : styles) {
        int n = 0;
        for (int y = 0; y < shown.height(); ++y) {
            for (int x = 0; x < shown.width(); ++x)
                n += shown.pixelColor(x, y) == st.color;
        }
        QVERIFY2(n > 100, qPrintable(st.color.name()));
    }
}

void TestSeriesChart::dashesRunOnAcrossVertices()
{
    // A dashed line through several vertices on one row: four pixels on, two off, from its
    // start to its end, whatever the segments' lengths.
    const Buckets b(0, 30, 30);
    const PlotRaster::PixelMap m { 0, 1, 1, 10 };
    const PlotRaster::Pen pen(QPen(Qt::blue, 1, Qt::DashLine));
    std::vector<PlotRaster::Vertex> v;
    PlotRaster::appendVertices(
        { { 0.5, 4.5 }, { 3.5, 4.5 }, { 7.5, 4.5 }, { 8.5, 4.5 }, { 25.5, 4.5 } }, 0, b, m, pen, &v);
    QCOMPARE(v.size(), std::size_t(5));
    QImage image(30, 10, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    PlotRaster::drawLine(&image, image.rect(), v, 0, pen);
    QString drawn, expected;
    for (int x = 0; x <= 25; ++x) {
        drawn += image.pixelColor(x, 5) == QColor(Qt::blue) ? QLatin1Char('#') : QLatin1Char('.');
        expected += x % 6 < 4 ? QLatin1Char('#') : QLatin1Char('.');
    }
    QCOMPARE(drawn, expected);
    // Drawn again from a middle vertex into a clip, the same pixels.
    QImage again = image;
    again.fill(Qt::transparent);
    PlotRaster::drawLine(&again, QRect(8, 0, 22, 10), v, PlotRaster::firstTouching(v, 8), pen);
    for (int x = 8; x < 30; ++x)
        QCOMPARE(again.pixelColor(x, 5), image.pixelColor(x, 5));
}

// Issue 14 item 9: the closing interval's p99 (370 ms against ~1 ms) set the y scale of the
// whole run and flattened every other interval. One outlying point is drawn off the scale
// instead: a triangle at the plot's top and its value.
void TestSeriesChart::oneOutlyingIntervalDoesNotFlattenTheRest()
{
    SeriesChart chart(QStringLiteral("Latency"), QStringLiteral("ms"));
    chart.resize(640, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QColor red(255, 0, 0);
    const int p99 = chart.addSeries(QStringLiteral("p99"), red);
    QList<QPointF> pts;
    for (int i = 1; i <= 30; ++i)
        pts.append({ i * 0.1, 1.0 + (i % 3) * 0.2 });
    pts.last().setY(370);
    chart.setPoints(p99, pts);
    chart.refit();
    QCoreApplication::processEvents();
    QCOMPARE(chart.yAxis()->max(), 2.0); // the run's ~1 ms, not 500
    QCOMPARE(chart.offScaleValues(), QStringList { QStringLiteral("370") });
    // The triangle at the top of the plot, above the last point.
    const QRect plot
        = chart.mapFromScene(chart.chart()->mapToScene(chart.chart()->plotArea())).boundingRect();
    const int x = plot.left() + int(std::lround(plot.width() * 3.0 / chart.xAxis()->max()));
    QVERIFY(pixelsOf(chart, red, QRect(x - 3, plot.top(), 7, 6)) >= 10);

    // Three such points in a line of 30 are still outliers; a fourth sets the scale again.
    pts[10].setY(200);
    pts[15].setY(250);
    chart.setPoints(p99, pts);
    chart.refit();
    QCOMPARE(chart.yAxis()->max(), 2.0);
    QCOMPARE(chart.offScaleValues(),
        (QStringList { QStringLiteral("370"), QStringLiteral("250"), QStringLiteral("200") }));
    pts[20].setY(300);
    chart.setPoints(p99, pts);
    chart.refit();
    QCOMPARE(chart.yAxis()->max(), 500.0);
    QVERIFY(chart.offScaleValues().isEmpty());
    // A peak that is not far above the rest is not an outlier.
    for (QPointF &p : pts)
        p.setY(1.0);
    pts.last().setY(2.5);
    chart.setPoints(p99, pts);
    chart.refit();
    QCOMPARE(chart.yAxis()->max(), 5.0);
    QVERIFY(chart.offScaleValues().isEmpty());
}

// Issue 14 item 9: per-worker latency lines were drawn straight across intervals in which
// the worker completed no operation. A NaN point is a gap; a piece of one point is a dot.
void TestSeriesChart::gapsAreNotBridged()
{
    SeriesChart chart(QStringLiteral("Latency"), QStringLiteral("ms"));
    chart.resize(640, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QColor red(255, 0, 0);
    const int s = chart.addSeries(QStringLiteral("worker 1"), red);
    const double gap = std::nan("");
    chart.setPoints(s, { { 0, 10 }, { 1, 10 }, { 2, gap }, { 3, 10 }, { 4, gap }, { 5, 10 }, { 6, 10 } });
    chart.setXRange(0, 6);
    QCoreApplication::processEvents();
    QCOMPARE(chart.yAxis()->max(), 20.0);
    const QRect plot
        = chart.mapFromScene(chart.chart()->mapToScene(chart.chart()->plotArea())).boundingRect();
    const auto column = [&](double t) { return plot.left() + int(std::lround(plot.width() * t / 6)); };
    const int row = plot.bottom() - plot.height() / 2;
    const auto band = [&](double from, double to) {
        return QRect(column(from), row - 4, column(to) - column(from) + 1, 9);
    };
    QVERIFY(pixelsOf(chart, red, band(0.1, 0.9)) >= (column(0.9) - column(0.1)) * 9 / 10);
    QCOMPARE(pixelsOf(chart, red, band(1.2, 2.8)), 0); // no line from 1 s to 3 s
    QVERIFY(pixelsOf(chart, red, band(2.95, 3.05)) >= 5); // the point at 3 s alone: a dot
    QCOMPARE(pixelsOf(chart, red, band(3.2, 4.8)), 0);
    QVERIFY(pixelsOf(chart, red, band(5.1, 5.9)) >= (column(5.9) - column(5.1)) * 9 / 10);
}

QTEST_MAIN(TestSeriesChart)
#include "tst_serieschart.moc"
