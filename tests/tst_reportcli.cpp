// SPDX-License-Identifier: GPL-3.0-or-later
// `locklens run --report FILE` and `locklens report RUN_ID... --out FILE` on real short
// runs: each format holds the run's figures, and bad input is one line and status 2.
#include "clifixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using LockLens::Fixture::locklens;
using LockLens::Fixture::Outcome;

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
    void badInput_data();
    void badInput();

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
    QVERIFY(text.startsWith(QStringLiteral("# LockLens report: run 1")));
    QVERIFY(text.contains(QStringLiteral("| Figure | run 1 |")));
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

void TestReportCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QString store = QStringLiteral("@STORE@"), dir = QStringLiteral("@DIR@");
    const QString report = QStringLiteral("report");
    QTest::newRow("unknown extension") << QStringList { report, QStringLiteral("1"), QStringLiteral("--out"),
        dir + QStringLiteral("/r.txt"), QStringLiteral("--store"), store }
                                       << "unknown report format";
    QTest::newRow("pdf") << QStringList { report, QStringLiteral("1"), QStringLiteral("--out"),
        dir + QStringLiteral("/r.pdf"), QStringLiteral("--store"), store }
                         << "PDF";
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
    QTest::newRow("run --report pdf") << QStringList { QStringLiteral("run"), QStringLiteral("--memory"),
        QStringLiteral("x"), QStringLiteral("--ops"), QStringLiteral("10"), QStringLiteral("--report"),
        dir + QStringLiteral("/r.pdf") }
                                      << "PDF";
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
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
