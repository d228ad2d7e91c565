// SPDX-License-Identifier: GPL-3.0-or-later
// `locklens run --report FILE` and `locklens report RUN_ID... --out FILE` on real short
// runs: each format holds the run's figures, and bad input is one line and status 2.
#include "tests/fixtures/clifixture.h"
#include "tests/fixtures/filefixture.h"
#include "tests/fixtures/popplerfixture.h"
#include "tests/fixtures/sqlitefixture.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace Fixture = LockLens::Fixture;
using LockLens::Fixture::locklens;
using LockLens::Fixture::Outcome;
using LockLens::Fixture::pdfLines;
using LockLens::Fixture::pdfPages;
using LockLens::Fixture::pdfPageTexts;
using LockLens::Fixture::poppler;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList shortRun(const QString &db)
{
    return { QStringLiteral("run"), db, QStringLiteral("--workers"), QStringLiteral("2"),
        QStringLiteral("--duration"), QStringLiteral("1.5"), QStringLiteral("--quiet") };
}

QString grouped(double v, int decimals)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(v, 'f', decimals);
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void htmlHoldsTheRunsFigures();
    void csvHasARowPerIntervalPerWorker();
    void markdownAndJsonFromTheStore();
    void comparisonOfTwoStoredRuns();
    void pdfHasPagesTextAndVectorCharts();
    void pdfComparison();
    void badInput_data();
    void badInput();
    void storeIsReadWithoutChange_data();
    void storeIsReadWithoutChange();
    void emptyStoreIsRefusedAndStaysEmpty();
    void namedPipesAsStoreAndOutput();
    void percentNamesInReports();

private:
    QTemporaryDir m_dir;
    QString m_json, m_html, m_csv, m_store;
};

void TestReportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_json = m_dir.filePath(QStringLiteral("r.json"));
    m_html = m_dir.filePath(QStringLiteral("r.html"));
    m_csv = m_dir.filePath(QStringLiteral("r.csv"));
    m_store = m_dir.filePath(QStringLiteral("runs.sqlite"));
    Outcome o = locklens(shortRun(m_dir.filePath(QStringLiteral("a.db")))
        << QStringLiteral("--json") << m_json << QStringLiteral("--report") << m_html
        << QStringLiteral("--save") << QStringLiteral("--store") << m_store);
    QVERIFY2(o.status == 0, o.err.constData());
    o = locklens(shortRun(m_dir.filePath(QStringLiteral("b.db")))
        << QStringLiteral("--tx") << QStringLiteral("deferred") << QStringLiteral("--report") << m_csv
        << QStringLiteral("--save") << QStringLiteral("--store") << m_store);
    QVERIFY2(o.status == 0, o.err.constData());
}

void TestReportCli::htmlHoldsTheRunsFigures()
{
    const QByteArray html = contents(m_html);
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QXmlStreamReader x(html);
    int svgs = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("svg"))
            ++svgs;
    }
    QVERIFY2(!x.hasError(), qPrintable(x.errorString()));
    QVERIFY(svgs >= 4);
    const QJsonObject run = QJsonDocument::fromJson(contents(m_json)).object();
    const QJsonObject sum = run.value(QStringLiteral("summary")).toObject();
    const QString text = QString::fromUtf8(html);
    QVERIFY(text.contains(grouped(sum.value(QStringLiteral("ops_per_s")).toDouble(), 1)));
    QCOMPARE(sum.value(QStringLiteral("lost_rows")).toInt(-1), 0);
    QVERIFY(text.contains(QStringLiteral("lost rows 0")));
    QVERIFY(text.contains(QStringLiteral("integrity ok")));
    const QString sqlite = run.value(QStringLiteral("environment"))
                               .toObject()
                               .value(QStringLiteral("sqlite_version"))
                               .toString();
    QVERIFY(!sqlite.isEmpty());
    QVERIFY(text.contains(QStringLiteral("<td>%1</td>").arg(sqlite)));
}

void TestReportCli::csvHasARowPerIntervalPerWorker()
{
    // The same run as JSON, from the store, gives the series to count.
    const QString json = m_dir.filePath(QStringLiteral("second.json"));
    const Outcome o = locklens({ QStringLiteral("report"), QStringLiteral("latest"), QStringLiteral("--out"),
        json, QStringLiteral("--store"), m_store });
    QVERIFY2(o.status == 0, o.err.constData());
    const QJsonObject run = QJsonDocument::fromJson(contents(json)).object();
    const qsizetype intervals = run.value(QStringLiteral("series")).toArray().size();
    const qsizetype workers = run.value(QStringLiteral("workers")).toArray().size();
    QVERIFY(intervals >= 1);
    QCOMPARE(workers, 2);
    const QList<QByteArray> lines = contents(m_csv).trimmed().split('\n');
    QVERIFY(lines.first().startsWith("run,t_s,worker,ops_per_s,commits_per_s,"));
    QCOMPARE(lines.size() - 1, intervals * (workers + 1));
}

void TestReportCli::markdownAndJsonFromTheStore()
{
    const QString md = m_dir.filePath(QStringLiteral("r.md")),
                  json = m_dir.filePath(QStringLiteral("one.json"));
    Outcome o = locklens({ QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"), md,
        QStringLiteral("--store"), m_store });
    QVERIFY2(o.status == 0, o.err.constData());
    const QString text = QString::fromUtf8(contents(md));
    // Issue 14 item 10: the title and the column say which scenario ran on which database.
    QVERIFY(text.startsWith(QStringLiteral("# LockLens report: (unnamed) · a.db (run 1)")));
    QVERIFY(text.contains(QStringLiteral("| Figure | (unnamed) · a.db (run 1) |")));
    QVERIFY(text.contains(QStringLiteral("| Lost rows | 0 |")));
    o = locklens({ QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"), json,
        QStringLiteral("--store"), m_store });
    QVERIFY2(o.status == 0, o.err.constData());
    // The document `run --json` wrote, key for key.
    QCOMPARE(
        QJsonDocument::fromJson(contents(json)).object(), QJsonDocument::fromJson(contents(m_json)).object());
}

void TestReportCli::comparisonOfTwoStoredRuns()
{
    const QString html = m_dir.filePath(QStringLiteral("cmp.html")),
                  json = m_dir.filePath(QStringLiteral("cmp.json"));
    Outcome o = locklens({ QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("2"),
        QStringLiteral("--out"), html, QStringLiteral("--store"), m_store });
    QVERIFY2(o.status == 0, o.err.constData());
    const QByteArray page = contents(html);
    QVERIFY(page.contains("run 2 / run 1"));
    QXmlStreamReader x(page);
    while (!x.atEnd())
        x.readNext();
    QVERIFY2(!x.hasError(), qPrintable(x.errorString()));
    o = locklens({ QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("latest"),
        QStringLiteral("--out"), json, QStringLiteral("--store"), m_store });
    QVERIFY2(o.status == 0, o.err.constData());
    QCOMPARE(
        QJsonDocument::fromJson(contents(json)).object().value(QStringLiteral("runs")).toArray().size(), 2);
}

// The PDF from the store: A4 pages each numbered "page N of M", the sections in order with
// the run's figures, charts drawn as vectors (no raster image anywhere), and no section
// heading left at the foot of a page.
void TestReportCli::pdfHasPagesTextAndVectorCharts()
{
    const QString pdf = m_dir.filePath(QStringLiteral("one.pdf"));
    const Outcome o = locklens({ QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"), pdf,
        QStringLiteral("--store"), m_store });
    QVERIFY2(o.status == 0, o.err.constData());
    QVERIFY(contents(pdf).startsWith("%PDF-1."));
    const QString info = poppler(QStringLiteral("pdfinfo"), { pdf });
    QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("LockLens report: (unnamed) · a.db (run 1)")), qPrintable(info));
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 3, qPrintable(info)); // summary, six charts, the tables: more than two pages
    const QStringList texts = pdfPageTexts(pdf);
    QCOMPARE(texts.size(), pages);

    const QStringList sections { QStringLiteral("Conclusions"), QStringLiteral("Summary"),
        QStringLiteral("Over time"), QStringLiteral("Scenario"), QStringLiteral("Verification"),
        QStringLiteral("Workers"), QStringLiteral("Seconds in each lock"), QStringLiteral("Environment") };
    QString all;
    for (int page = 1; page <= pages; ++page) {
        const QString &text = texts.at(page - 1);
        QVERIFY2(text.contains(QStringLiteral("page %1 of %2").arg(page).arg(pages)), qPrintable(text));
        const QStringList lines = pdfLines(text);
        QVERIFY(lines.size() >= 2);
        const QString lastBeforeFooter = lines.at(lines.size() - 2);
        QVERIFY2(!sections.contains(lastBeforeFooter),
            qPrintable(QStringLiteral("page %1 ends with the heading %2").arg(page).arg(lastBeforeFooter)));
        all += text;
    }
    qsizetype at = 0;
    for (const QString &section : sections) {
        const qsizetype found = all.indexOf(QRegularExpression(QStringLiteral("^\\s*%1\\s*$").arg(section),
                                                QRegularExpression::MultilineOption),
            at);
        QVERIFY2(found > at || (found == 0 && at == 0), qPrintable(section));
        at = found;
    }
    const QJsonObject run = QJsonDocument::fromJson(contents(m_json)).object();
    const QJsonObject sum = run.value(QStringLiteral("summary")).toObject();
    QVERIFY(all.contains(grouped(sum.value(QStringLiteral("ops_per_s")).toDouble(), 1)));
    QVERIFY(all.contains(grouped(sum.value(QStringLiteral("committed_ops")).toDouble(), 0)));
    QVERIFY(all.contains(QStringLiteral("lost rows 0")));
    const QString sqlite = run.value(QStringLiteral("environment"))
                               .toObject()
                               .value(QStringLiteral("sqlite_version"))
                               .toString();
    QVERIFY(!sqlite.isEmpty() && all.contains(sqlite));
    for (const QJsonValue &w : run.value(QStringLiteral("workers")).toArray()) {
        const QString name = w.toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(!name.isEmpty() && all.contains(name), qPrintable(name));
    }
    // The charts: their titles and axes are text in the PDF, and nothing is a bitmap.
    for (const char *chart : { "Throughput per worker", "Lock waits", "Busy events and errors",
             "Operation latency", "seconds since the load started" })
        QVERIFY2(all.contains(QLatin1String(chart)), chart);
    const QStringList images = poppler(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf })
                                   .trimmed()
                                   .split(QLatin1Char('\n'));
    QCOMPARE(images.size(), 2); // the header and its rule: no image
}

void TestReportCli::pdfComparison()
{
    const QString pdf = m_dir.filePath(QStringLiteral("cmp.pdf"));
    const Outcome o = locklens({ QStringLiteral("report"), QStringLiteral("2"), QStringLiteral("1"),
        QStringLiteral("--out"), pdf, QStringLiteral("--store"), m_store });
    QVERIFY2(o.status == 0, o.err.constData());
    QVERIFY(pdfPages(pdf) >= 2);
    const QString all = pdfPageTexts(pdf).join(QString());
    QVERIFY(all.contains(
        QStringLiteral("LockLens comparison: (unnamed) · b.db (run 2) / (unnamed) · a.db (run 1)")));
    QVERIFY(all.contains(QStringLiteral("Verification: (unnamed) · a.db (run 1)")));
    QVERIFY(all.contains(QStringLiteral("Verification: (unnamed) · b.db (run 2)")));
    QVERIFY(all.contains(QStringLiteral("Operation latency p99")));
}

void TestReportCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QString store = QStringLiteral("@STORE@"), dir = QStringLiteral("@DIR@");
    const QString report = QStringLiteral("report");
    QTest::newRow("unknown extension") << QStringList { report, QStringLiteral("1"), QStringLiteral("--out"),
        dir + QStringLiteral("/r.txt"), QStringLiteral("--store"), store }
                                       << "unknown report format";
    QTest::newRow("pdf into a missing folder") << QStringList { report, QStringLiteral("1"),
        QStringLiteral("--out"), dir + QStringLiteral("/missing/r.pdf"), QStringLiteral("--store"), store }
                                               << "cannot write";
    QTest::newRow("no run id") << QStringList { report, QStringLiteral("--out"),
        dir + QStringLiteral("/r.md"), QStringLiteral("--store"), store }
                               << "run";
    QTest::newRow("missing run") << QStringList { report, QStringLiteral("99"), QStringLiteral("--out"),
        dir + QStringLiteral("/r.md"), QStringLiteral("--store"), store }
                                 << "99";
    QTest::newRow("not an id") << QStringList { report, QStringLiteral("first"), QStringLiteral("--out"),
        dir + QStringLiteral("/r.md"), QStringLiteral("--store"), store }
                               << "not a run id";
    QTest::newRow("no --out") << QStringList { report, QStringLiteral("1"), QStringLiteral("--store"), store }
                              << "--out";
    QTest::newRow("unwritable folder") << QStringList { report, QStringLiteral("1"), QStringLiteral("--out"),
        dir + QStringLiteral("/missing/r.md"), QStringLiteral("--store"), store }
                                       << "cannot write";
    QTest::newRow("no store") << QStringList { report, QStringLiteral("1"), QStringLiteral("--out"),
        dir + QStringLiteral("/r.md"), QStringLiteral("--store"), dir + QStringLiteral("/none.sqlite") }
                              << "no results store";
    QTest::newRow("run --report txt") << QStringList { QStringLiteral("run"), QStringLiteral("--memory"),
        QStringLiteral("x"), QStringLiteral("--ops"), QStringLiteral("10"), QStringLiteral("--report"),
        dir + QStringLiteral("/r.txt") }
                                      << "unknown report format";
    QTest::newRow("run --report pdf into a missing folder") << QStringList { QStringLiteral("run"),
        QStringLiteral("--memory"), QStringLiteral("x"), QStringLiteral("--ops"), QStringLiteral("10"),
        QStringLiteral("--report"), dir + QStringLiteral("/missing/r.pdf") }
                                                            << "cannot write";
    QTest::newRow("run --report into a missing folder") << QStringList { QStringLiteral("run"),
        QStringLiteral("--memory"), QStringLiteral("x"), QStringLiteral("--ops"), QStringLiteral("10"),
        QStringLiteral("--report"), dir + QStringLiteral("/missing/r.html") }
                                                        << "cannot write";
}

void TestReportCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    for (QString &a : args) {
        a.replace(QStringLiteral("@STORE@"), m_store);
        a.replace(QStringLiteral("@DIR@"), m_dir.path());
    }
    const Outcome o = locklens(args);
    QCOMPARE(o.status, 2);
    const QString err = QString::fromUtf8(o.err).trimmed();
    QVERIFY2(err.contains(says), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("r.txt"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("r.pdf"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing"))));
}

void TestReportCli::storeIsReadWithoutChange_data()
{
    QTest::addColumn<QString>("journalMode"); // the store's, which must stay as it is
    QTest::addColumn<bool>("readOnlyFile");
    QTest::newRow("wal") << QStringLiteral("wal") << false;
    QTest::newRow("rollback journal") << QStringLiteral("delete") << false;
    QTest::newRow("read-only file") << QStringLiteral("wal") << true;
}

// Regression: `report` needed write access to the store and switched it to WAL.
void TestReportCli::storeIsReadWithoutChange()
{
    QFETCH(QString, journalMode);
    QFETCH(bool, readOnlyFile);
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(QFile::copy(m_store, store));
    QCOMPARE(Fixture::exec(store, QStringLiteral("PRAGMA journal_mode = %1").arg(journalMode)), QString());
    if (readOnlyFile) // root writes all the same: the read-only open is what keeps the bytes
        QVERIFY(QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = Fixture::sha1Of(store);
    const QString md = dir.filePath(QStringLiteral("r.md"));
    const Outcome o = locklens({ QStringLiteral("report"), QStringLiteral("latest"), QStringLiteral("--out"),
        md, QStringLiteral("--store"), store });
    QVERIFY2(o.status == 0, o.err.constData());
    QVERIFY(contents(md).startsWith("# LockLens report"));
    QCOMPARE(Fixture::sha1Of(store), before);
    QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(Fixture::column(store, QStringLiteral("PRAGMA journal_mode")), QStringList { journalMode });
}

// Regression: `report --store EMPTY` made the empty file a results store.
void TestReportCli::emptyStoreIsRefusedAndStaysEmpty()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile f(store);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const Outcome o = locklens({ QStringLiteral("report"), QStringLiteral("latest"), QStringLiteral("--out"),
        dir.filePath(QStringLiteral("r.md")), QStringLiteral("--store"), store });
    QCOMPARE(o.status, 2);
    QVERIFY2(o.err.contains("is not a LockLens results store (the file is empty)"), o.err.constData());
    QCOMPARE(QFileInfo(store).size(), 0);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.md"))));
}

void TestReportCli::namedPipesAsStoreAndOutput()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("f.md"));
    QVERIFY(Fixture::makeFifo(fifo));
    // A store that is a named pipe: refused unopened (reading it would wait for ever).
    Outcome o = locklens({ QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"),
                             dir.filePath(QStringLiteral("r.md")), QStringLiteral("--store"), fifo },
        20000);
    QCOMPARE(o.status, 2);
    QVERIFY2(o.err.contains("is a named pipe (FIFO), not a file"), o.err.constData());
    // --out into a pipe nobody reads: refused at once, not waiting.
    o = locklens({ QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"), fifo,
                     QStringLiteral("--store"), m_store },
        20000);
    QCOMPARE(o.status, 2);
    QVERIFY2(o.err.contains("no process is reading this named pipe"), o.err.constData());
    // With a reader: written into the pipe, which stays one.
    Fixture::FifoReader reader(fifo);
    QVERIFY(reader.ok());
    o = locklens({ QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"), fifo,
        QStringLiteral("--store"), m_store });
    QVERIFY2(o.status == 0, o.err.constData());
    const QByteArray md = reader.readAll();
    QVERIFY2(md.startsWith("# LockLens report: ") && md.left(md.indexOf('\n')).contains("(run 1)"), md.left(200).constData());
    QVERIFY(Fixture::isFifo(fifo));
#else
    QSKIP("named pipes");
#endif
}

// Regression: chained QString::arg() garbled names holding "%1".."%9".
void TestReportCli::percentNamesInReports()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db%4.sqlite")),
                  store = dir.filePath(QStringLiteral("s%1.sqlite"));
    Outcome o = locklens(shortRun(db) << QStringLiteral("--table") << QStringLiteral("t%2")
                                      << QStringLiteral("--save") << QStringLiteral("--store") << store);
    QVERIFY2(o.status == 0, o.err.constData());
    const QString md = dir.filePath(QStringLiteral("r%2.md"));
    o = locklens({ QStringLiteral("report"), QStringLiteral("latest"), QStringLiteral("--out"), md,
        QStringLiteral("--store"), store });
    QVERIFY2(o.status == 0, o.err.constData());
    QVERIFY2(o.err.contains(md.toUtf8()), o.err.constData());
    const QString text = QString::fromUtf8(contents(md));
    QVERIFY2(text.contains(db), qPrintable(text.left(2000)));
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
