// SPDX-License-Identifier: GPL-3.0-or-later
// The report model and its writers on run documents built here: each conclusion is said
// when its figures support it and not otherwise; the HTML is well-formed XML (the SVG
// charts too) with every user-given text escaped; the CSV has a row per interval per
// worker and for the total; the JSON is the run's own document.
#include "app/reports/reportchart.h"
#include "app/reports/reportconclusions.h"
#include "app/reports/reportformat.h"
#include "app/reports/reportmodel.h"
#include "app/reports/reportsvg.h"
#include "app/reports/reporttables.h"
#include "app/reports/reporttrace.h"
#include "app/reports/reportwriters.h"
#include "tests/fixtures/reportfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace LockLens;
using namespace LockLens::Report;
using namespace LockLens::ReportFixture;

namespace {

// Reads the whole document as XML; the error, or "" when it is well-formed.
QString xmlError(const QByteArray &data, int *svgCount = nullptr)
{
    QXmlStreamReader x(data);
    int svgs = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("svg"))
            ++svgs;
    }
    if (svgCount)
        *svgCount = svgs;
    return x.hasError() ? QStringLiteral("%1 at line %2").arg(x.errorString()).arg(x.lineNumber())
                        : QString();
}

} // namespace

class TestReportModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conclusions_data();
    void conclusions();
    void comparisonSaysWhichRunIsFaster();
    void notARunIsRefused();
    void aScenarioReadInPartIsSaid();
    void csvHasARowPerIntervalPerWorker();
    void jsonIsTheRunsOwnDocument();
    void markdownHasTheSummaryTable();
    void htmlIsWellFormedAndEscaped();
    void svgThinsLongSeries();
    void locksListControlThenWorkersByNumber();
    void tablesTellBackoffAndExtraRows();
    void aTracesBusyResultsIncludeThoseNotClassified();
    void environmentStatesFileSystemAndStart_data();
    void environmentStatesFileSystemAndStart();
    void headingNamesScenarioAndDatabase_data();
    void headingNamesScenarioAndDatabase();
    void formatFromExtension_data();
    void formatFromExtension();
};

void TestReportModel::conclusions_data()
{
    QTest::addColumn<QJsonObject>("doc");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("said");
    QTest::addColumn<QString>("words"); // part of the sentence when said

    Spec s;
    QTest::newRow("quiet run: no lock-wait finding") << runDoc(s) << "lock_wait" << false << QString();
    s.lockWaitShare = 0.84;
    QTest::newRow("84% waiting") << runDoc(s) << "lock_wait" << true << "84.0% of their time";
    s = Spec();
    s.busyUpgrade = 12000;
    s.busySnapshot = 345;
    QTest::newRow("upgrade failures")
        << runDoc(s) << "upgrade" << true << "12,345 times a transaction failed to upgrade";
    s.busyUpgrade = 3;
    s.busySnapshot = 0;
    QTest::newRow("3 upgrade failures: below the threshold") << runDoc(s) << "upgrade" << false << QString();
    s = Spec();
    QTest::newRow("nothing lost") << runDoc(s) << "verification" << true << "lost rows 0";
    s.lostRows = 7;
    QTest::newRow("lost rows") << runDoc(s) << "lost_rows" << true << "7 rows acknowledged";
    QTest::newRow("lost rows: no all-clear") << runDoc(s) << "verification" << false << QString();
    s = Spec();
    s.extraRows = 5;
    QTest::newRow("extra rows") << runDoc(s) << "extra_rows" << true
                                << "5 more rows are present than the run committed (1,000 expected, 1,005 present)";
    QTest::newRow("extra rows: not lost") << runDoc(s) << "lost_rows" << false << QString();
    QTest::newRow("extra rows: still verified") << runDoc(s) << "verification" << true << "lost rows 0";
    s = Spec();
    s.lostRows = -5; // how a run recorded before extra_rows gave them
    s.extraRowsRecorded = false;
    QTest::newRow("extra rows of an older run") << runDoc(s) << "extra_rows" << true << "5 more rows are present";
    QTest::newRow("extra rows of an older run: not lost") << runDoc(s) << "lost_rows" << false << QString();
    s = Spec();
    s.lockedOut = true;
    QTest::newRow("locked out") << runDoc(s) << "verification" << true
                                << "Not verified: another connection held a lock on the database";
    QTest::newRow("locked out: no integrity finding") << runDoc(s) << "integrity" << false << QString();
    s = Spec();
    s.backoffShare = 0.3;
    s.retryBackoff = QStringLiteral("exponential:1:100");
    QTest::newRow("backing off") << runDoc(s) << "backoff" << true
                                 << "30.0% of their time backing off between tries of failed transactions";
    QTest::newRow("backing off: its setting") << runDoc(s) << "backoff" << true << "retry back-off exponential:1:100";
    s.backoffShare = 0.01;
    QTest::newRow("backing off little: below the threshold") << runDoc(s) << "backoff" << false << QString();
    s = Spec();
    s.integrity = QStringLiteral("*** in database main ***\nPage 5 is never used");
    QTest::newRow("integrity") << runDoc(s) << "integrity" << true << "Page 5";
    s = Spec();
    s.busyTimeout = 2;
    QTest::newRow("timeouts") << runDoc(s) << "timeout" << true << "5000 ms";
    s = Spec();
    s.workerOps = { 4000, 1000 };
    QTest::newRow("unfair") << runDoc(s) << "imbalance" << true << "4.00";
    s.workerOps = { 2600, 2400 };
    QTest::newRow("fair enough") << runDoc(s) << "imbalance" << false << QString();
    s = Spec();
    s.fileSystem = QStringLiteral("nfs4");
    s.networkFileSystem = true;
    QTest::newRow("network file system") << runDoc(s) << "network_fs" << true
                                         << "a network file system (nfs4). SQLite relies on the file locks";
    QTest::newRow("network file system, WAL")
        << runDoc(s) << "network_fs" << true << "WAL mode also needs memory shared";
    s.fileSystem = QStringLiteral("ext4");
    s.networkFileSystem = false;
    QTest::newRow("local file system") << runDoc(s) << "network_fs" << false << QString();
    // Said only from the recorded flag, never guessed from the name.
    s.fileSystem = QStringLiteral("nfs4");
    QTest::newRow("network name, flag not set") << runDoc(s) << "network_fs" << false << QString();
    QTest::newRow("file system not recorded") << runDoc(Spec()) << "network_fs" << false << QString();
}

void TestReportModel::conclusions()
{
    QFETCH(QJsonObject, doc);
    QFETCH(QString, key);
    QFETCH(bool, said);
    QFETCH(QString, words);
    const Model m = modelOf({ doc });
    QCOMPARE(m.runs.size(), std::size_t(1));
    const auto &list = m.runs.front().conclusions;
    QCOMPARE(keys(list).contains(key), said);
    if (!said)
        return;
    for (const Conclusion &c : list) {
        if (c.key == key)
            QVERIFY2(c.text.contains(words), qPrintable(c.text));
    }
    // Markdown and HTML both carry it.
    QVERIFY(QString::fromUtf8(toMarkdown(m)).contains(words));
    QVERIFY(QString::fromUtf8(toHtml(m)).contains(QStringLiteral("data-key=\"%1\"").arg(key)));
}

void TestReportModel::comparisonSaysWhichRunIsFaster()
{
    Spec s;
    QJsonObject a = runDoc(s), b = runDoc(s);
    QJsonObject sum = b.value(QStringLiteral("summary")).toObject();
    sum.insert(QStringLiteral("ops_per_s"), 3333.4);
    b.insert(QStringLiteral("summary"), sum);
    const Model m = modelOf({ a, b });
    QVERIFY(m.isComparison());
    QCOMPARE(keys(m.comparison), QStringList { QStringLiteral("throughput") });
    QVERIFY2(
        m.comparison.front().text.contains(QStringLiteral("2.00")), qPrintable(m.comparison.front().text));
    const QString md = QString::fromUtf8(toMarkdown(m));
    // Issue 14 item 10: the columns name each run's scenario and database, not "run 1" alone.
    QVERIFY2(
        md.contains(QStringLiteral("| Figure | test · x.db (run 1) | test · x.db (run 2) | run 2 / run 1 |")),
        qPrintable(md));
    QVERIFY(
        md.startsWith(QStringLiteral("# LockLens comparison: test · x.db (run 1) / test · x.db (run 2)")));
    QVERIFY(md.contains(QStringLiteral("| Throughput (ops/s) | 1,666.7 | 3,333.4 | 2.00")));
    const Model even = modelOf({ a, a });
    QCOMPARE(keys(even.comparison), QStringList { QStringLiteral("throughput_even") });
    QCOMPARE(xmlError(toHtml(m)), QString());
}

void TestReportModel::notARunIsRefused()
{
    Model m;
    QString why;
    QVERIFY(
        !modelFromJson({ QJsonObject { { QStringLiteral("x"), 1 } } }, { QStringLiteral("f") }, &m, &why));
    QVERIFY(why.contains(QStringLiteral("not a LockLens run")));
    QVERIFY(!modelFromJson({}, {}, &m, &why));
}

void TestReportModel::aScenarioReadInPartIsSaid()
{
    // A run from a newer LockLens (a scenario key this one does not know): reported with the
    // settings it could read, and a warning that the others are not the run's.
    QJsonObject doc = runDoc(Spec());
    QJsonObject scenario = doc.value(QStringLiteral("scenario")).toObject();
    scenario.insert(QStringLiteral("target"), QStringLiteral("postgresql"));
    doc.insert(QStringLiteral("scenario"), scenario);
    const Model m = modelOf({ doc });
    QCOMPARE(m.runs.size(), std::size_t(1));
    QCOMPARE(m.runs[0].workers, Spec().workers);
    QVERIFY2(m.runs[0].warnings.join(QLatin1Char('\n')).contains(QLatin1String("unknown scenario key 'target'")),
        qPrintable(m.runs[0].warnings.join(QLatin1Char('\n'))));
}

void TestReportModel::csvHasARowPerIntervalPerWorker()
{
    Spec s;
    s.workers = 3;
    s.intervals = 4;
    s.workerName = QStringLiteral("worker, \"%1\""); // quoted in the CSV
    const Model m = modelOf({ runDoc(s) });
    const QStringList lines = QString::fromUtf8(toCsv(m)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
        QStringLiteral(
            "run,t_s,worker,ops_per_s,commits_per_s,busy_events_per_s,lock_wait_s_per_s,app_wait_s_per_s,"
            "p50_ms,p99_ms,errors_per_s"));
    QCOMPARE(lines.size() - 1, 4 * (3 + 1));
    QCOMPARE(lines.at(1), QStringLiteral("test · x.db (run 1),1,total,1000,100,4,0.25,0,0.01,0.04,0"));
    // Worker 1 completed no operation in the first interval: its p99 is empty, as are the
    // figures the series keeps for the total only.
    QCOMPARE(lines.at(2), QStringLiteral("test · x.db (run 1),1,\"worker, \"\"1\"\"\",100,,0,0,0,,,0"));
    const Model two = modelOf({ runDoc(s), runDoc(s) });
    QCOMPARE(QString::fromUtf8(toCsv(two)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size() - 1,
        2 * 4 * 4);
}

void TestReportModel::jsonIsTheRunsOwnDocument()
{
    const QJsonObject doc = runDoc(Spec());
    QCOMPARE(QJsonDocument::fromJson(toJson(modelOf({ doc }))).object(), doc);
    const QJsonObject both = QJsonDocument::fromJson(toJson(modelOf({ doc, doc }))).object();
    QCOMPARE(both.value(QStringLiteral("runs")).toArray(), (QJsonArray { doc, doc }));
}

void TestReportModel::markdownHasTheSummaryTable()
{
    const QString md = QString::fromUtf8(toMarkdown(modelOf({ runDoc(Spec()) })));
    QVERIFY(md.contains(QStringLiteral("| Figure | test · x.db (run 1) |\n| --- | ---: |\n")));
    QVERIFY(md.contains(QStringLiteral("| Throughput (ops/s) | 1,666.7 |")));
    QVERIFY(md.contains(QStringLiteral("| Lost rows | 0 |")));
    QVERIFY(md.contains(QStringLiteral("| SQLite version | 3.40.1 |")));
    // What the JSON does not hold is said to be missing, not made up.
    QVERIFY(md.contains(QStringLiteral("| File system of the database | not recorded |")));
    // A name with a pipe or markup stays one cell of text.
    Spec s;
    s.workerName = QStringLiteral("a|<b>%1</b>");
    const QString hostile = QString::fromUtf8(toMarkdown(modelOf({ runDoc(s) })));
    QVERIFY(hostile.contains(QStringLiteral("| a\\|&lt;b>1&lt;/b> | writer |")));
}

void TestReportModel::htmlIsWellFormedAndEscaped()
{
    Spec s;
    s.workerName = QStringLiteral("<script>alert(%1)</script> & \"x\"");
    s.scenarioName = QStringLiteral("]]></svg><b>bold</b>\x01");
    const QByteArray html = toHtml(modelOf({ runDoc(s) }));
    int svgs = 0;
    QCOMPARE(xmlError(html, &svgs), QString());
    QVERIFY(svgs >= 4);
    QVERIFY(!html.contains("<script>"));
    QVERIFY(!html.contains("<b>bold</b>"));
    QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
    // Self-contained: nothing fetched from elsewhere.
    QVERIFY(!html.contains("src="));
    QVERIFY(!html.contains("href="));
    QVERIFY(!html.contains("@import"));
    // Each SVG fragment parses on its own too.
    const QRegularExpression svg(
        QStringLiteral("<svg .*?</svg>"), QRegularExpression::DotMatchesEverythingOption);
    auto it = svg.globalMatch(QString::fromUtf8(html));
    int fragments = 0;
    while (it.hasNext()) {
        QCOMPARE(xmlError(it.next().captured().toUtf8()), QString());
        ++fragments;
    }
    QCOMPARE(fragments, svgs);
}

void TestReportModel::svgThinsLongSeries()
{
    Spec s;
    s.intervals = 20000;
    s.workers = 1;
    const QByteArray html = toHtml(modelOf({ runDoc(s) }));
    const QRegularExpression points(QStringLiteral("points=\"([^\"]*)\""));
    auto it = points.globalMatch(QString::fromUtf8(html));
    int lines = 0;
    while (it.hasNext()) {
        const qsizetype n = it.next().captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
        QVERIFY2(n <= maxPointsPerLine + 2, qPrintable(QString::number(n)));
        QVERIFY(n > 100);
        ++lines;
    }
    QVERIFY(lines >= 6);
}

void TestReportModel::locksListControlThenWorkersByNumber()
{
    QJsonObject doc = runDoc(Spec());
    QJsonArray locks;
    for (const char *w : { "worker10", "worker2", "control", "worker1" })
        locks.append(QJsonObject { { QStringLiteral("worker"), QLatin1String(w) },
            { QStringLiteral("seconds_in"), QJsonObject { { QStringLiteral("shared"), 1.5 } } },
            { QStringLiteral("transitions"), 3 }, { QStringLiteral("busy_attempts"), 0 } });
    doc.insert(QStringLiteral("lock_timeline"), locks);
    const Model m = modelOf({ doc });
    QStringList order;
    for (const ConnectionLocks &c : m.runs.front().locks)
        order << c.connection;
    QCOMPARE(order,
        (QStringList { QStringLiteral("control"), QStringLiteral("worker1"), QStringLiteral("worker2"),
            QStringLiteral("worker10") }));
    QCOMPARE(m.runs.front().locks.front().secondsIn[1], 1.5);
    QVERIFY(QString::fromUtf8(toMarkdown(m)).contains(QStringLiteral("| control | 0.000 | 1.500 |")));
    // Named as the workers table names them (the JSON keeps "worker10").
    QVERIFY(QString::fromUtf8(toMarkdown(m)).contains(QStringLiteral("| worker 10 | 0.000 | 1.500 |")));
}

// Issue 5: the environment table names the database's file system, the settings table
// when the run started; a run recorded before either reads "not recorded".
void TestReportModel::tablesTellBackoffAndExtraRows()
{
    Spec s;
    s.extraRows = 5;
    s.backoffShare = 0.25;
    s.retryBackoff = QStringLiteral("fixed:5");
    Spec old; // recorded before the back-off and extra rows: retried at once, extra rows as negative lost
    old.lostRows = -3;
    old.extraRowsRecorded = false;
    Spec locked;
    locked.lockedOut = true;
    const Model m = modelOf({ runDoc(s), runDoc(old), runDoc(locked) });
    const Table summary = summaryTable(m);
    QCOMPARE(cell(summary, QStringLiteral("Backing off between tries")), QStringLiteral("1.500 s (25.0%)"));
    QCOMPARE(cell(summary, QStringLiteral("Extra rows (another connection's)")), QStringLiteral("5"));
    QCOMPARE(cell(summary, QStringLiteral("Lost rows")), QStringLiteral("0"));
    QCOMPARE(cell(summary, QStringLiteral("Verified")), QStringLiteral("yes"));
    QCOMPARE(cell(settingsTable(m), QStringLiteral("Retry back-off")), QStringLiteral("fixed:5"));
    const auto column = [](const Table &t, const QString &label, int run) {
        for (const QStringList &row : t.rows) {
            if (row.value(0) == label)
                return row.value(1 + run);
        }
        return QStringLiteral("(no row)");
    };
    QCOMPARE(column(summary, QStringLiteral("Lost rows"), 1), QStringLiteral("0"));
    QCOMPARE(column(summary, QStringLiteral("Extra rows (another connection's)"), 1), QStringLiteral("3"));
    QCOMPARE(column(settingsTable(m), QStringLiteral("Retry back-off"), 1), QStringLiteral("none (one try)"));
    QCOMPARE(column(summary, QStringLiteral("Verified"), 2), QStringLiteral("no: locked by another connection"));
    QCOMPARE(column(summary, QStringLiteral("Lost rows"), 2), QStringLiteral("not checked"));
}

void TestReportModel::environmentStatesFileSystemAndStart_data()
{
    QTest::addColumn<QJsonObject>("doc");
    QTest::addColumn<QString>("fileSystem");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("started");
    Spec s;
    s.fileSystem = QStringLiteral("ext4");
    s.startedAt = QStringLiteral("2026-11-22T00:30:05.250Z");
    QTest::newRow("recorded") << runDoc(s) << "ext4"
                              << "no"
                              << "2026-11-22T00:30:05Z";
    s.fileSystem = QStringLiteral("fuse.sshfs");
    s.networkFileSystem = true;
    QTest::newRow("network") << runDoc(s) << "fuse.sshfs"
                             << "yes"
                             << "2026-11-22T00:30:05Z";
    QTest::newRow("old run") << runDoc(Spec()) << "not recorded"
                             << "not recorded"
                             << "not recorded";
}

void TestReportModel::environmentStatesFileSystemAndStart()
{
    QFETCH(QJsonObject, doc);
    QFETCH(QString, fileSystem);
    QFETCH(QString, network);
    QFETCH(QString, started);
    const Model m = modelOf({ doc });
    QCOMPARE(m.runs.size(), std::size_t(1));
    const Table env = environmentTable(m);
    QCOMPARE(cell(env, QStringLiteral("File system of the database")), fileSystem);
    QCOMPARE(cell(env, QStringLiteral("On a network file system")), network);
    // The rest of the list is there too.
    QCOMPARE(cell(env, QStringLiteral("SQLite version")), QStringLiteral("3.40.1"));
    QCOMPARE(cell(env, QStringLiteral("SQLite source")), QStringLiteral("system"));
    QCOMPARE(cell(env, QStringLiteral("SQLite compile options")), QStringLiteral("THREADSAFE=1"));
    QCOMPARE(cell(env, QStringLiteral("Qt version")), QStringLiteral("6.4.2"));
    QCOMPARE(cell(env, QStringLiteral("CPU count")), QStringLiteral("8"));
    QCOMPARE(cell(env, QStringLiteral("Operating system")), QStringLiteral("not recorded"));
    QCOMPARE(cell(env, QStringLiteral("Driver path")), QStringLiteral("not recorded"));
    QCOMPARE(cell(settingsTable(m), QStringLiteral("Started")), started);
    QCOMPARE(m.runs.front().startedAt.isValid(), started != QLatin1String("not recorded"));
    // Markdown carries both tables.
    const QString md = QString::fromUtf8(toMarkdown(m));
    QVERIFY(md.contains(QStringLiteral("| File system of the database | %1 |").arg(fileSystem)));
    QVERIFY(md.contains(QStringLiteral("| Started | %1 |").arg(started)));
}

void TestReportModel::headingNamesScenarioAndDatabase_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonValue>("database"); // the scenario's "database"
    QTest::addColumn<QString>("memory");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("heading");
    const QJsonValue file(QStringLiteral("/home/me/shop/app.db"));
    QTest::newRow("stored run") << "demo" << file << QString() << "run 4"
                                << "demo · app.db (run 4)";
    QTest::newRow("run just made") << "demo" << file << QString() << QString() << "demo · app.db";
    QTest::newRow("unnamed") << QString() << file << QString() << "run 3"
                             << "(unnamed) · app.db (run 3)";
    QTest::newRow("temporary file") << "demo" << QJsonValue() << QString() << "run 2"
                                    << "demo · a temporary file (run 2)";
    QTest::newRow("in memory") << "demo" << QJsonValue() << "shop"
                               << "run 1"
                               << "demo · in-memory shop (run 1)";
}

// Issue 14 item 10: a comparison was titled "run 4 / run 3". Titles, column headers,
// section headings, chart legends and the CSV's run column name the scenario and database.
void TestReportModel::headingNamesScenarioAndDatabase()
{
    QFETCH(QString, name);
    QFETCH(QJsonValue, database);
    QFETCH(QString, memory);
    QFETCH(QString, label);
    QFETCH(QString, heading);
    Spec s;
    s.scenarioName = name;
    QJsonObject doc = runDoc(s);
    QJsonObject sc = doc.value(QStringLiteral("scenario")).toObject();
    sc.insert(QStringLiteral("database"), database);
    sc.insert(QStringLiteral("memory"), memory.isEmpty() ? QJsonValue() : QJsonValue(memory));
    doc.insert(QStringLiteral("scenario"), sc);
    Model one, two;
    QString why;
    QVERIFY2(modelFromJson({ doc }, { label }, &one, &why), qPrintable(why));
    QCOMPARE(one.runs.front().heading(), heading);
    QCOMPARE(one.title(), QStringLiteral("LockLens report: %1").arg(heading));
    QVERIFY(modelFromJson({ doc, runDoc(Spec()) }, { label, QStringLiteral("run 9") }, &two, &why));
    const QString other = QStringLiteral("test · x.db (run 9)");
    QCOMPARE(two.title(), QStringLiteral("LockLens comparison: %1 / %2").arg(heading, other));
    QCOMPARE(summaryTable(two).header.mid(0, 3), (QStringList { QStringLiteral("Figure"), heading, other }));
    QCOMPARE(settingsTable(two).header.mid(1, 2), (QStringList { heading, other }));
    QVERIFY(QString::fromUtf8(toHtml(two))
                .contains(QStringLiteral("<title>%1</title>").arg(two.title().toHtmlEscaped())));
    QVERIFY(QString::fromUtf8(toMarkdown(two)).contains(QStringLiteral("## Workers: %1").arg(heading)));
    QVERIFY(QString::fromUtf8(toCsv(two)).contains(QStringLiteral("\r\n%1,").arg(heading)));
    bool legend = false;
    for (const ChartSpec &c : chartsOf(two))
        legend = legend || (!c.lines.empty() && c.lines.front().name == heading);
    QVERIFY(legend);
}

void TestReportModel::formatFromExtension_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("writable");
    QTest::newRow("html") << "a/r.html" << int(Format::Html) << true;
    QTest::newRow("HTM") << "R.HTM" << int(Format::Html) << true;
    QTest::newRow("md") << "r.md" << int(Format::Markdown) << true;
    QTest::newRow("csv") << "r.csv" << int(Format::Csv) << true;
    QTest::newRow("json") << "r.json" << int(Format::Json) << true;
    QTest::newRow("pdf") << "r.pdf" << int(Format::Pdf) << true;
    QTest::newRow("txt") << "r.txt" << int(Format::Unknown) << false;
    QTest::newRow("none") << "report" << int(Format::Unknown) << false;
}

void TestReportModel::formatFromExtension()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(bool, writable);
    QCOMPARE(int(formatOf(file)), format);
    QCOMPARE(unsupportedReason(formatOf(file), file).isEmpty(), writable);
}

void TestReportModel::aTracesBusyResultsIncludeThoseNotClassified()
{
    // A trace whose channel dropped some result records: the BUSY/LOCKED column counts the
    // BUSY results of no known class (kept in class other) with the others, and not a
    // constraint error, which is also of class other.
    Trace::Program p;
    p.command = QStringList { QStringLiteral("app") };
    Trace::Connection c;
    c.id = 1;
    c.pid = 7;
    c.file = QStringLiteral("/data/a.db");
    c.errors[std::size_t(ErrorClass::BusyBegin)] = 2;
    c.errors[std::size_t(ErrorClass::Locked)] = 1;
    c.errors[std::size_t(ErrorClass::Other)] = 3 + 1;
    c.busyNotClassified = 3;
    p.connections.push_back(c);
    p.resultsNotClassified = 3;
    RunFigures r;
    r.program = p;
    const Table t = Report::connectionsTable(r);
    QCOMPARE(t.rows.size(), 1);
    QCOMPARE(t.rows.front().back(), QStringLiteral("6"));
}

QTEST_GUILESS_MAIN(TestReportModel)
#include "tst_reportmodel.moc"
