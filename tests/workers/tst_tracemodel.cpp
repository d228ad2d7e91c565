// SPDX-License-Identifier: GPL-3.0-or-later
// A traced program's model and series as it runs for hours: the series never steps back, keeps
// per-connection lists only for a few connections that stay one each, folds a short last
// interval; the model sums closed connections as they close, bounded, the kept databases'
// first thousand listed, and what it sums adds nothing twice.
#include "tests/fixtures/tracerecords.h"
#include "workers/tracedocument.h"
#include "workers/tracemodel.h"
#include "workers/traceseries.h"

#include <QTest>

#include <algorithm>
#include <set>

using namespace LockLens;
using Fixture::connection;
using Fixture::record;

class TestTraceModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theSeriesNeverStepsBack();
    void manyConnectionsKeepOnlyTotals();
    void aShortLastIntervalIsFolded();
    void theModelSumsClosedConnectionsAsTheyClose();
    void connectionsOfDatabasesNotKeptAreSummedAtOnce();
    void noPerConnectionListsOnceOneIsSummed();
};

void TestTraceModel::theSeriesNeverStepsBack()
{
    Trace::Series series;
    std::vector<Trace::Connection> cs { connection(1, 7, QStringLiteral("/a.db")) };
    cs[0].statements = 10;
    cs[0].sleepS = 0.5;
    series.sample(cs, 1.0);
    cs[0].statements = 25;
    cs[0].commits = 3;
    cs[0].sleepS = 0.75;
    cs.push_back(connection(2, 7, QStringLiteral("/a.db")));
    cs[1].statements = 4;
    series.sample(cs, 2.0);
    series.sample(cs, 2.0); // no time passed: no point
    cs[0].statements = 20; // counters read a moment apart: never a negative step
    series.sample(cs, 3.0);
    const std::vector<SeriesPoint> &p = series.points();
    QCOMPARE(p.size(), std::size_t(3));
    QCOMPARE(p[0].ops, std::uint64_t(10));
    QCOMPARE(p[1].ops, std::uint64_t(19));
    QCOMPARE(p[1].tx, std::uint64_t(3));
    QCOMPARE(p[1].lockWaitS, 0.25);
    QCOMPARE(p[1].workerOps, (std::vector<std::uint64_t> { 15, 4 }));
    QCOMPARE(p[2].ops, std::uint64_t(0));
    QCOMPARE(p[2].intervalS, 1.0);
}

void TestTraceModel::manyConnectionsKeepOnlyTotals()
{
    std::vector<Trace::Connection> cs;
    for (int i = 1; i <= int(Trace::Series::MaxWorkerLists) + 1; ++i) {
        cs.push_back(connection(i, 7, QStringLiteral("/a.db")));
        cs.back().statements = 1;
    }
    Trace::Series series;
    series.sample(cs, 1.0);
    QCOMPARE(series.points().front().ops, std::uint64_t(cs.size()));
    QVERIFY(series.points().front().workerOps.empty());
}

void TestTraceModel::aShortLastIntervalIsFolded()
{
    // A program that ends 0.05 s after a sample: its last 0.05 s go into the point before, not
    // into a point of their own whose rate would sink (or spike) the end of every line.
    Trace::Connection c = connection(1, 7, QStringLiteral("/data/a.db"));
    Trace::Series series;
    const auto all = [](const Trace::Connection &) { return true; };
    c.statements = 1000;
    series.sample({ c }, 1.0);
    c.statements = 1040;
    series.close({ c }, all, 1.05);
    QCOMPARE(series.points().size(), std::size_t(1));
    QCOMPARE(series.points().front().tS, 1.05);
    QCOMPARE(series.points().front().intervalS, 1.05);
    QCOMPARE(series.points().front().ops, std::uint64_t(1040));
    QCOMPARE(series.points().front().workerOps, std::vector<std::uint64_t> { 1040 });
    // A last interval of half the one before or more stays a point of its own.
    c.statements = 1500;
    series.close({ c }, all, 1.6);
    QCOMPARE(series.points().size(), std::size_t(2));
    QCOMPARE(series.points().back().ops, std::uint64_t(460));

    // Connections past the number kept with lists of their own came in the short last
    // interval: the folded point has its totals only, not lists that cover part of it.
    std::vector<Trace::Connection> many(Trace::Series::MaxWorkerLists, c);
    for (std::size_t i = 0; i < many.size(); ++i)
        many[i].id = int(i) + 1;
    Trace::Series crowded;
    crowded.sample(many, 1.0);
    QCOMPARE(crowded.points().front().workerOps.size(), Trace::Series::MaxWorkerLists);
    many.push_back(connection(99, 7, QStringLiteral("/data/a.db")));
    many.back().statements = 10;
    crowded.close(many, all, 1.05);
    QCOMPARE(crowded.points().size(), std::size_t(1));
    QVERIFY(crowded.points().front().workerOps.empty());
    QCOMPARE(crowded.points().front().ops, std::uint64_t(Trace::Series::MaxWorkerLists * 1500 + 10));
}

void TestTraceModel::theModelSumsClosedConnectionsAsTheyClose()
{
    // A connection per request for hours: the model itself sums the connections beyond the
    // first thousand as they close with their exact counts, so its memory stays bounded, while
    // one open all along keeps its place and figures, and the series and the document add up.
    Trace::Model model(1);
    model.add(record(Trace::Kind::Process, 0, 2, "app\0"));
    const auto all = [](const Trace::Connection &) { return true; };
    Trace::Series series;
    std::uint64_t t = 10;
    constexpr std::uint32_t N = 5000, LongLived = 1001, OpenAtEnd = 4999;
    // Each request's connection ends after the next one opened: the one summed is not the last
    // in the model's list, whose last one takes its place, open.
    const auto end = [&](std::uint32_t conn) {
        model.add(record(Trace::Kind::TxEnd, conn, t++));
        if (conn == LongLived || conn == OpenAtEnd)
            return;
        Trace::FinalCounters f {};
        f.statements = 2;
        f.rowsChanged = 1;
        Trace::TraceRecord counters = record(Trace::Kind::Counters, conn, t++);
        counters.text.assign(reinterpret_cast<const char *>(&f), sizeof f);
        model.add(counters);
        model.add(record(Trace::Kind::Close, conn, t++));
    };
    for (std::uint32_t conn = 1; conn <= N; ++conn) {
        model.add(record(Trace::Kind::Open, conn, t++, conn % 2 ? "/data/a.db" : "/data/b.db"));
        model.add(record(Trace::Kind::TxBegin, conn, t++));
        if (conn > 1)
            end(conn - 1);
        if (conn % 1000 == 0) {
            // Bounded as it goes: the first thousand, a sum per file, the ones open.
            QVERIFY2(model.connections().size() <= Trace::MaxListedConnections + 2 + 3,
                qPrintable(QString::number(model.connections().size())));
            series.sample(model.connections(), all, double(conn) / 1000);
        }
    }
    end(N);
    // The long-lived one, moved about as others were summed, still takes its records.
    model.add(record(Trace::Kind::TxBegin, LongLived, t++));
    QCOMPARE(model.connectionCount(), int(N));
    QCOMPARE(model.connections().size(), Trace::MaxListedConnections + 2 + 2);
    QVERIFY(!model.connection(1500)); // summed
    QVERIFY(model.connection(1000));
    const Trace::Connection *longLived = model.connection(int(LongLived));
    QVERIFY(longLived);
    QCOMPARE(longLived->transactions, std::uint64_t(2));
    QCOMPARE(longLived->closedS, -1.0);
    const Trace::Connection *openAtEnd = model.connection(int(OpenAtEnd));
    QVERIFY(openAtEnd);
    QCOMPARE(openAtEnd->transactions, std::uint64_t(1));
    QCOMPARE(openAtEnd->statements, std::uint64_t(0)); // its counts were nobody else's
    QCOMPARE(openAtEnd->closedS, -1.0);
    std::uint64_t statements = 0, transactions = 0, summed = 0;
    std::set<int> ids;
    for (const Trace::Connection &c : model.connections()) {
        statements += c.statements;
        transactions += c.transactions;
        summed += c.summed;
        QVERIFY(ids.insert(c.id).second);
        // Beyond the first thousand: sums, and the two still open.
        if (c.id > int(Trace::MaxListedConnections) && c.summed == 0)
            QVERIFY2(c.id == int(LongLived) || c.id == int(OpenAtEnd), qPrintable(QString::number(c.id)));
    }
    QCOMPARE(summed, std::uint64_t(N - Trace::MaxListedConnections - 2));
    QCOMPARE(statements, std::uint64_t(2 * (N - 2)));
    QCOMPARE(transactions, std::uint64_t(N + 1));
    series.close(model.connections(), all, 5.5);
    std::uint64_t ops = 0, tx = 0;
    for (const SeriesPoint &p : series.points())
        ops += p.ops;
    QCOMPARE(ops, statements); // summing a connection into another entry adds nothing twice
    // The document: every connection counted once.
    const Trace::Program p = Trace::programOf(model, Trace::Ending());
    QCOMPARE(Trace::connectionCount(p), std::uint64_t(N));
    QCOMPARE(p.connections.size(), Trace::MaxListedConnections + 2 + 2);
    for (const Trace::Connection &c : p.connections)
        tx += c.transactions;
    QCOMPARE(tx, transactions);
    QVERIFY(std::is_sorted(p.connections.begin(), p.connections.end(),
        [](const Trace::Connection &a, const Trace::Connection &b) { return a.id < b.id; }));
}

void TestTraceModel::connectionsOfDatabasesNotKeptAreSummedAtOnce()
{
    // --db a.db: the first thousand connections of a.db are listed, however many of b.db came
    // before; b.db's are summed as they close.
    Trace::Model model(1);
    model.setKeep([](const QString &file) { return file.endsWith(QLatin1String("a.db")); });
    model.add(record(Trace::Kind::Process, 0, 2, "app\0"));
    std::uint64_t t = 10;
    for (std::uint32_t conn = 1; conn <= 1500; ++conn) {
        model.add(record(Trace::Kind::Open, conn, t++, conn % 2 ? "/data/a.db" : "/data/b.db"));
        Trace::FinalCounters f {};
        f.statements = 1;
        Trace::TraceRecord counters = record(Trace::Kind::Counters, conn, t++);
        counters.text.assign(reinterpret_cast<const char *>(&f), sizeof f);
        model.add(counters);
        model.add(record(Trace::Kind::Close, conn, t++));
    }
    QCOMPARE(model.connections().size(), std::size_t(750 + 1));
    QVERIFY(model.connection(1499)); // a.db's 750th
    QVERIFY(!model.connection(4)); // b.db's second, summed into its first's entry
    Trace::Ending ending;
    ending.databases = QStringList { QStringLiteral("a.db") };
    const Trace::Program p = Trace::programOf(model, ending);
    QCOMPARE(p.connections.size(), std::size_t(750));
    QCOMPARE(Trace::connectionCount(p), std::uint64_t(750));
}

void TestTraceModel::noPerConnectionListsOnceOneIsSummed()
{
    // Per-connection lists follow entries that stay one connection each: once the model has
    // summed one into another, the points have their totals only, which still add up.
    const auto all = [](const Trace::Connection &) { return true; };
    Trace::Connection a = connection(1, 7, QStringLiteral("/data/a.db"));
    Trace::Connection b = connection(2, 7, QStringLiteral("/data/a.db"));
    a.statements = 10;
    b.statements = 20;
    Trace::Series series;
    series.sample({ a, b }, all, 1.0);
    QCOMPARE(series.points().back().workerOps, (std::vector<std::uint64_t> { 10, 20 }));
    a.closedS = 1.5;
    b.statements = 25;
    b.closedS = 1.6;
    Trace::Connection sum = Trace::sumOf(a);
    Trace::addTo(sum, b);
    series.sample({ sum }, all, 2.0);
    QCOMPARE(series.points().back().ops, std::uint64_t(5));
    QVERIFY(series.points().back().workerOps.empty());
    Trace::Connection c = connection(3, 7, QStringLiteral("/data/a.db"));
    c.statements = 4;
    series.sample({ sum, c }, all, 3.0);
    QCOMPARE(series.points().back().ops, std::uint64_t(4));
    QVERIFY(series.points().back().workerOps.empty()); // and from then on
}

QTEST_GUILESS_MAIN(TestTraceModel)
#include "tst_tracemodel.moc"
