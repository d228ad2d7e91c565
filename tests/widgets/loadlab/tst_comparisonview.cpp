// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison of stored runs: overlaid charts, the summary with ratios to the first run,
// highlighted differences, runs without a time series, bad input.
#include "tests/fixtures/runsfixture.h"
#include "widgets/loadlab/comparisonview.h"
#include "widgets/loadlab/serieschart.h"
#include "workers/tracedocument.h"

#include <QJsonArray>
#include <QLineSeries>
#include <QSqlDatabase>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace LockLens;

class TestComparisonView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void comparisonOverlaysRuns();
    void comparisonSummaryRatios();
    void comparisonHighlightsDifferentSettings();
    void comparisonOfARunWithoutSeries();
    void comparesATraceBesideALabRun();
    void comparesSqliteWithPostgresql();
    void comparisonRefusesBadInput_data();
    void comparisonRefusesBadInput();
    void screenshots();

private:
    QTemporaryDir m_dir;
    QList<QJsonObject> m_docs; // real runs: WAL batch 8, delete journal, shared connection
    QStringList m_names { QStringLiteral("run-a"), QStringLiteral("run-b"), QStringLiteral("run-c") };
};

void TestComparisonView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLITE"))); // before any thread
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // 1,234
    QString why;
    QVERIFY2(Fixture::realRunDocuments(m_dir.path(), &m_docs, &why), qPrintable(why));
}

void TestComparisonView::comparisonOverlaysRuns()
{
    // A point per interval of positive length (a zero-length closing interval has no rate:
    // counting every interval made this test fail now and then).
    const auto intervals = [](const QJsonObject &doc) {
        qsizetype n = 0;
        for (const QJsonValue &v : doc.value(QLatin1String("series")).toArray())
            n += v.toObject().value(QLatin1String("interval_s")).toDouble() > 0;
        return n;
    };
    ComparisonView view;
    QString why;
    QVERIFY2(view.setRuns({ m_docs[0], m_docs[1] }, { m_names[0], m_names[1] }, &why), qPrintable(why));
    QCOMPARE(view.chartCount(), 4);
    for (int c = 0; c < view.chartCount(); ++c) {
        SeriesChart *chart = view.chart(c);
        QCOMPARE(chart->seriesCount(), 2);
        // Narrow charts: the unit goes on the y axis, the title stays short (not elided).
        QCOMPARE(chart->chart()->title(), chart->title());
        QVERIFY(!chart->yAxis()->titleText().isEmpty());
        for (int r = 0; r < 2; ++r) {
            QCOMPARE(chart->seriesName(r), m_names[r]);
            QCOMPARE(chart->points(r).size(), intervals(m_docs[r]));
            QVERIFY(chart->drawnPointCount(r) > 0);
            // The same colour for a run in every chart.
            const auto *line = qobject_cast<QLineSeries *>(chart->chart()->series().at(r));
            QVERIFY(line);
            QCOMPARE(line->pen().color(), ComparisonView::runColor(r));
        }
    }
    QVERIFY(ComparisonView::runColor(0) != ComparisonView::runColor(1));
    // The throughput line is the stored per-interval operations over the interval.
    const QJsonObject first = m_docs[0].value(QLatin1String("series")).toArray().at(0).toObject();
    const QPointF p = view.chart(ComparisonView::ThroughputChart)->points(0).at(0);
    QCOMPARE(p.x(), first.value(QLatin1String("t_s")).toDouble());
    QCOMPARE(p.y(),
        first.value(QLatin1String("ops")).toDouble() / first.value(QLatin1String("interval_s")).toDouble());
    QVERIFY(view.remarks().isEmpty());
}

void TestComparisonView::comparisonSummaryRatios()
{
    ComparisonView view;
    QString why;
    QVERIFY2(view.setRuns({ m_docs[0], m_docs[1] }, { m_names[0], m_names[1] }, &why), qPrintable(why));
    QTableWidget *t = view.summaryTable();
    QCOMPARE(t->columnCount(), 3);
    QCOMPARE(t->horizontalHeaderItem(0)->text(), m_names[0]);
    QCOMPARE(t->horizontalHeaderItem(1)->text(), m_names[1]);
    auto summary = [&](int run, const char *key) {
        return m_docs[run].value(QLatin1String("summary")).toObject().value(QLatin1String(key)).toDouble();
    };
    for (auto [row, key] : { std::pair { ComparisonView::OpsRow, "ops_per_s" },
             std::pair { ComparisonView::CommitsRow, "tx_per_s" } }) {
        const int at = ComparisonView::tableRow(row);
        QCOMPARE(t->item(at, ComparisonView::runColumn(0))->data(ComparisonView::RawValueRole).toDouble(),
            summary(0, key));
        const double expected = summary(1, key) / summary(0, key);
        QVERIFY(expected != 1);
        QTableWidgetItem *ratio = t->item(at, ComparisonView::ratioColumn(1));
        QCOMPARE(ratio->data(ComparisonView::RawValueRole).toDouble(), expected);
        // Shown as "×1.84": two decimals from 0.01 to 10, fewer above, two significant digits below.
        const QLocale l;
        const QString digits = expected >= 100 ? l.toString(expected, 'f', 0)
            : expected >= 10                   ? l.toString(expected, 'f', 1)
            : expected >= 0.01                 ? l.toString(expected, 'f', 2)
                                               : l.toString(expected, 'g', 2);
        QCOMPARE(ratio->text(), QStringLiteral("×") + digits);
    }
    QCOMPARE(t->verticalHeaderItem(ComparisonView::tableRow(ComparisonView::OpsRow))->text(),
        QStringLiteral("Operations/s"));
    // The headline names the faster and the slower run and the factor between them.
    const bool bFaster = summary(1, "tx_per_s") > summary(0, "tx_per_s");
    const double factor = bFaster ? summary(1, "tx_per_s") / summary(0, "tx_per_s")
                                  : summary(0, "tx_per_s") / summary(1, "tx_per_s");
    const QString expected
        = QStringLiteral("%1 did %2× the commits per second of %3")
              .arg(m_names[bFaster ? 1 : 0], QLocale().toString(factor, 'f', factor >= 10 ? 0 : 1),
                  m_names[bFaster ? 0 : 1]);
    QVERIFY2(
        view.headline().startsWith(expected), qPrintable(view.headline() + QStringLiteral(" / ") + expected));

    // A baseline of 0 has no ratio.
    const QJsonObject zero = Fixture::withSummaryValue(m_docs[0], "busy_events", 0);
    const QJsonObject some = Fixture::withSummaryValue(m_docs[1], "busy_events", 5);
    QVERIFY2(view.setRuns({ zero, some }, { m_names[0], m_names[1] }, &why), qPrintable(why));
    QCOMPARE(
        t->item(ComparisonView::tableRow(ComparisonView::BusyEventsRow), 2)->text(), QStringLiteral("—"));
}

void TestComparisonView::comparisonHighlightsDifferentSettings()
{
    ComparisonView view;
    QString why;
    QVERIFY2(view.setRuns(m_docs, m_names, &why), qPrintable(why));
    QTableWidget *t = view.summaryTable();
    QCOMPARE(t->columnCount(), 5); // a, b, ratio b, c, ratio c
    auto highlighted = [&](ComparisonView::SummaryRow row) {
        const int at = ComparisonView::tableRow(row);
        bool all = true, any = false;
        for (int c = 0; c < t->columnCount(); ++c) {
            const bool h = t->item(at, c)->background().style() != Qt::NoBrush;
            all = all && h && t->item(at, c)->data(ComparisonView::DiffersRole).toBool();
            any = any || h;
        }
        return all ? 1 : any ? -1 : 0; // -1: half a row
    };
    QCOMPARE(highlighted(ComparisonView::JournalRow), 1); // wal, delete, wal
    QCOMPARE(highlighted(ComparisonView::BatchRow), 1); // 8, 1, 8
    QCOMPARE(highlighted(ComparisonView::StrategyRow), 1); // per-thread, per-thread, shared
    QCOMPARE(highlighted(ComparisonView::WorkersRow), 1); // 2, 2, 3
    QCOMPARE(highlighted(ComparisonView::SynchronousRow), 0);
    QCOMPARE(highlighted(ComparisonView::TxModeRow), 0);
    QCOMPARE(highlighted(ComparisonView::BusyTimeoutRow), 0);
    QCOMPARE(highlighted(ComparisonView::IntegrityRow), 0);
    QCOMPARE(
        t->item(ComparisonView::tableRow(ComparisonView::JournalRow), ComparisonView::runColumn(1))->text(),
        QStringLiteral("delete"));
}

void TestComparisonView::comparisonOfARunWithoutSeries()
{
    // A run that failed at once: no series at all, or an empty one, and nothing committed.
    QJsonObject none
        = Fixture::withSummaryValue(Fixture::withSummaryValue(m_docs[1], "tx_per_s", 0), "ops_per_s", 0);
    none.remove(QStringLiteral("series"));
    QJsonObject empty = m_docs[2];
    empty.insert(QStringLiteral("series"), QJsonArray());
    ComparisonView view;
    QString why;
    QVERIFY2(view.setRuns({ none, m_docs[0], empty },
                 { QStringLiteral("failed"), m_names[0], QStringLiteral("empty") }, &why),
        qPrintable(why));
    QVERIFY2(view.remarks().contains(QLatin1String("No time series for failed, empty")),
        qPrintable(view.remarks()));
    for (int c = 0; c < view.chartCount(); ++c) {
        QCOMPARE(view.chart(c)->seriesCount(), 3);
        QVERIFY(view.chart(c)->points(0).isEmpty());
        QVERIFY(view.chart(c)->seriesName(0).contains(QLatin1String("no time series")));
        QVERIFY(!view.chart(c)->points(1).isEmpty());
    }
    QTableWidget *t = view.summaryTable();
    QCOMPARE(
        t->item(ComparisonView::tableRow(ComparisonView::OpsRow), ComparisonView::ratioColumn(1))->text(),
        QStringLiteral("—"));
    QVERIFY2(
        view.headline().contains(QLatin1String("failed committed nothing")), qPrintable(view.headline()));
}

void TestComparisonView::comparesATraceBesideALabRun()
{
    // A traced program's run (locklens trace, the Trace tab) beside the preset that models it.
    Trace::Program p;
    p.command = QStringList { QStringLiteral("python3"), QStringLiteral("worker.py") };
    Trace::Process proc;
    proc.pid = 4242;
    p.processes.push_back(proc);
    Trace::Connection c;
    c.id = 1;
    c.pid = 4242;
    c.file = QStringLiteral("/srv/jobs.db");
    c.statements = 300;
    c.commits = 100;
    c.countersKnown = true;
    p.connections.push_back(c);
    Trace::DocumentParts parts;
    parts.durationS = 3;
    const QJsonObject trace = Trace::document(p, parts).toJson();
    ComparisonView view;
    QString why;
    QVERIFY2(view.setRuns({ trace, m_docs[0] }, { QStringLiteral("trace"), m_names[0] }, &why), qPrintable(why));
    QTableWidget *t = view.summaryTable();
    const auto cell = [t](ComparisonView::SummaryRow row, int column) { return t->item(ComparisonView::tableRow(row), column)->text(); };
    QCOMPARE(cell(ComparisonView::OpsRow, ComparisonView::runColumn(0)), QStringLiteral("100")); // 300 statements in 3 s
    // What only a lab run has is a dash for the trace, with no ratio.
    QCOMPARE(cell(ComparisonView::JournalRow, ComparisonView::runColumn(0)), QStringLiteral("\u2014"));
    QCOMPARE(cell(ComparisonView::P99Row, ComparisonView::runColumn(0)), QStringLiteral("\u2014"));
    QVERIFY(cell(ComparisonView::P99Row, ComparisonView::ratioColumn(1)).isEmpty());
    QVERIFY(!cell(ComparisonView::OpsRow, ComparisonView::ratioColumn(1)).isEmpty());
}

void TestComparisonView::comparesSqliteWithPostgresql()
{
    // The same run as if it had run on PostgreSQL: each name says where it ran, and the
    // settings say what each engine had.
    QJsonObject pg = m_docs[0];
    QJsonObject scenario = pg.value(QLatin1String("scenario")).toObject();
    scenario.insert(QStringLiteral("engine"), QStringLiteral("postgresql"));
    scenario.insert(QStringLiteral("isolation"), QStringLiteral("repeatable-read"));
    scenario.insert(QStringLiteral("database"), QJsonValue());
    pg.insert(QStringLiteral("scenario"), scenario);
    QJsonObject env = pg.value(QLatin1String("environment")).toObject();
    env.insert(QStringLiteral("server"),
        QJsonObject { { QStringLiteral("version"), QStringLiteral("15.18 (Debian 15.18-0+deb12u1)") },
            { QStringLiteral("synchronous_commit"), QStringLiteral("on") } });
    pg.insert(QStringLiteral("environment"), env);
    ComparisonView view;
    QString why;
    QVERIFY2(view.setRuns({ m_docs[0], pg }, { QStringLiteral("a"), QStringLiteral("b") }, &why), qPrintable(why));
    QVERIFY2(view.headline().contains(QLatin1String("a (SQLite)")) && view.headline().contains(QLatin1String("b (PostgreSQL)")),
        qPrintable(view.headline()));
    QTableWidget *t = view.summaryTable();
    const auto cell = [t](ComparisonView::SummaryRow row, int column) { return t->item(ComparisonView::tableRow(row), column)->text(); };
    QVERIFY(cell(ComparisonView::EngineRow, ComparisonView::runColumn(0)).startsWith(QLatin1String("SQLite 3.")));
    QCOMPARE(cell(ComparisonView::EngineRow, ComparisonView::runColumn(1)), QStringLiteral("PostgreSQL 15.18"));
    QCOMPARE(cell(ComparisonView::JournalRow, ComparisonView::runColumn(1)), QStringLiteral("\u2014"));
    QCOMPARE(cell(ComparisonView::SynchronousRow, ComparisonView::runColumn(1)), QStringLiteral("on"));
    QCOMPARE(cell(ComparisonView::IsolationRow, ComparisonView::runColumn(0)), QStringLiteral("serializable"));
    QCOMPARE(cell(ComparisonView::IsolationRow, ComparisonView::runColumn(1)), QStringLiteral("repeatable-read"));
    // The same load on both engines: said in plain words, by engine.
    const int workers = scenario.value(QLatin1String("workers")).toInt();
    QVERIFY2(view.headline().startsWith(QStringLiteral("With %1 writers, SQLite and PostgreSQL committed about as many "
                                                       "operations per second")
                                            .arg(workers)),
        qPrintable(view.headline()));
    QJsonObject summary = pg.value(QLatin1String("summary")).toObject();
    const double sqliteOps = summary.value(QLatin1String("ops_per_s")).toDouble();
    summary.insert(QStringLiteral("ops_per_s"), 3 * sqliteOps);
    pg.insert(QStringLiteral("summary"), summary);
    QVERIFY(view.setRuns({ m_docs[0], pg }, { QStringLiteral("a"), QStringLiteral("b") }, &why));
    QVERIFY2(view.headline().startsWith(QStringLiteral("With %1 writers, PostgreSQL committed 3.0× the operations per "
                                                       "second of SQLite (")
                                            .arg(workers)),
        qPrintable(view.headline()));
    QVERIFY2(view.headline().contains(QLatin1String("; b (PostgreSQL) against a (SQLite)).")), qPrintable(view.headline()));
    // Runs on one engine keep their names as they are.
    QVERIFY(view.setRuns({ m_docs[0], m_docs[1] }, { QStringLiteral("a"), QStringLiteral("b") }, &why));
    QVERIFY(!view.headline().contains(QLatin1String("(SQLite)")));
}

void TestComparisonView::comparisonRefusesBadInput_data()
{
    QTest::addColumn<int>("runs");
    QTest::addColumn<int>("names");
    QTest::addColumn<bool>("notARun");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one run") << 1 << 1 << false << QStringLiteral("two or more");
    QTest::newRow("names missing") << 2 << 1 << false << QStringLiteral("1 name");
    QTest::newRow("not a run") << 2 << 2 << true << QStringLiteral("“run-b” is not a LockLens run");
}

void TestComparisonView::comparisonRefusesBadInput()
{
    QFETCH(int, runs);
    QFETCH(int, names);
    QFETCH(bool, notARun);
    QFETCH(QString, expected);
    QList<QJsonObject> docs = m_docs.mid(0, runs);
    if (notARun)
        docs[1] = QJsonObject { { QStringLiteral("tables"), QJsonArray() } };
    ComparisonView view;
    QVERIFY(view.setRuns(m_docs.mid(0, 2), m_names.mid(0, 2), nullptr)); // shown before
    QString why;
    QVERIFY(!view.setRuns(docs, m_names.mid(0, names), &why));
    QVERIFY2(why.contains(expected), qPrintable(why));
    QVERIFY2(view.headline().contains(expected), qPrintable(view.headline()));
    QCOMPARE(view.chart(0)->seriesCount(), 0);
    QCOMPARE(view.summaryTable()->rowCount(), 0);
}

void TestComparisonView::screenshots()
{
    if (Fixture::runsPngPrefix().isEmpty())
        QSKIP("set LOCKLENS_RUNS_PNG=/dir/prefix to save comparisons as PNG");
    QString why;
    ComparisonView comparison;
    QVERIFY2(comparison.setRuns(m_docs, m_names, &why), qPrintable(why));
    QVERIFY(Fixture::saveRunsShot(comparison, QStringLiteral("comparison")));

    QJsonObject failed
        = Fixture::withSummaryValue(Fixture::withSummaryValue(m_docs[1], "tx_per_s", 0), "ops_per_s", 0);
    failed.remove(QStringLiteral("series"));
    ComparisonView withoutSeries;
    QVERIFY2(
        withoutSeries.setRuns({ m_docs[0], failed }, { m_names[0], QStringLiteral("failed at once") }, &why),
        qPrintable(why));
    QVERIFY(Fixture::saveRunsShot(withoutSeries, QStringLiteral("comparison-no-series")));
}

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
