// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/histogram.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace LockLens;

class TestHistogram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bucketsCoverEveryValue_data();
    void bucketsCoverEveryValue();
    void quantilesWithinBucketError();
    void mergeAddsAndSinceSubtracts();
    void emptyHistogram();
};

void TestHistogram::bucketsCoverEveryValue_data()
{
    QTest::addColumn<quint64>("value");
    for (quint64 v :
        { 0ull, 1ull, 15ull, 16ull, 17ull, 31ull, 32ull, 1000ull, 123456789ull, (1ull << 40) + 5, ~0ull })
        QTest::addRow("%llu", static_cast<unsigned long long>(v)) << v;
}

void TestHistogram::bucketsCoverEveryValue()
{
    QFETCH(quint64, value);
    const int i = HistogramBuckets::indexOf(value);
    QVERIFY(i >= 0 && i < HistogramBuckets::Count);
    QVERIFY(HistogramBuckets::lowerBound(i) <= value);
    QVERIFY(value <= HistogramBuckets::upperBound(i));
    if (i + 1 < HistogramBuckets::Count)
        QCOMPARE(HistogramBuckets::lowerBound(i + 1), HistogramBuckets::upperBound(i) + 1);
}

void TestHistogram::quantilesWithinBucketError()
{
    LatencyHistogram h;
    std::vector<std::uint64_t> values;
    std::mt19937_64 rng(7);
    std::lognormal_distribution<double> dist(10.0, 1.5);
    for (int i = 0; i < 100000; ++i) {
        const auto v = std::uint64_t(dist(rng)) + 1;
        values.push_back(v);
        h.record(v);
    }
    std::sort(values.begin(), values.end());
    const HistogramData d = h.snapshot();
    QCOMPARE(d.total(), quint64(values.size()));
    QCOMPARE(d.max, values.back());
    for (double q : { 0.5, 0.9, 0.99, 0.999 }) {
        const double exact = double(values[std::size_t(std::ceil(q * double(values.size()))) - 1]);
        const double got = double(d.quantile(q));
        QVERIFY2(std::abs(got - exact) <= exact / 16.0 + 1,
            qPrintable(QStringLiteral("q=%1 exact=%2 got=%3").arg(q).arg(exact).arg(got)));
    }
}

void TestHistogram::mergeAddsAndSinceSubtracts()
{
    LatencyHistogram a, b;
    for (int i = 1; i <= 100; ++i)
        a.record(std::uint64_t(i));
    const HistogramData before = a.snapshot();
    for (int i = 1000; i < 1100; ++i)
        a.record(std::uint64_t(i));
    b.record(5000);
    HistogramData interval = a.snapshot().since(before);
    QCOMPARE(interval.total(), quint64(100));
    QVERIFY(interval.quantile(0.0) >= 1000 - 1000 / 16);
    HistogramData merged = a.snapshot();
    merged.merge(b.snapshot());
    QCOMPARE(merged.total(), quint64(201));
    QCOMPARE(merged.max, quint64(5000));
}

void TestHistogram::emptyHistogram()
{
    const HistogramData d = LatencyHistogram().snapshot();
    QCOMPARE(d.total(), quint64(0));
    QCOMPARE(d.quantile(0.99), quint64(0));
    HistogramData none;
    QCOMPARE(none.quantile(0.5), quint64(0));
}

QTEST_GUILESS_MAIN(TestHistogram)
#include "tst_histogram.moc"
