// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report in process, from a real run's document: the page count it states is the
// PDF's, and wherever the text before it pushes a section heading, the heading never ends
// a page (it moves to the next page with what it heads).
#include "app/reports/reportmodel.h"
#include "app/reports/reportwriters.h"
#include "tests/fixtures/clifixture.h"
#include "tests/fixtures/popplerfixture.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using LockLens::Fixture::pdfLines;
using LockLens::Fixture::pdfPages;
using LockLens::Fixture::pdfPageTexts;

class TestReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headingsStayWithWhatTheyHead();
    void wideComparisonKeepsItsLabelsWhole();

private:
    QTemporaryDir m_dir;
    QJsonObject m_run;
};

void TestReportPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString json = m_dir.filePath(QStringLiteral("r.json"));
    const LockLens::Fixture::Outcome o
        = LockLens::Fixture::locklens({ QStringLiteral("run"), m_dir.filePath(QStringLiteral("a.db")),
            QStringLiteral("--workers"), QStringLiteral("3"), QStringLiteral("--duration"),
            QStringLiteral("1.5"), QStringLiteral("--quiet"), QStringLiteral("--json"), json });
    QVERIFY2(o.status == 0, o.err.constData());
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_run = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(m_run.contains(QStringLiteral("summary")));
}

void TestReportPdf::headingsStayWithWhatTheyHead()
{
    const QSet<QString> headings { QStringLiteral("Conclusions"), QStringLiteral("Summary"),
        QStringLiteral("Over time"), QStringLiteral("Scenario"), QStringLiteral("Verification"),
        QStringLiteral("Workers"), QStringLiteral("Seconds in each lock"), QStringLiteral("Environment"),
        QStringLiteral("Warnings") };
    const QSet<QString> charts { QStringLiteral("Throughput"), QStringLiteral("Throughput per worker"),
        QStringLiteral("Lock waits"), QStringLiteral("Lock waits per worker"),
        QStringLiteral("Busy events and errors"), QStringLiteral("Operation latency") };
    const QString sentence
        = QStringLiteral("A scenario described at length, so that everything below moves down. ");
    int moved = 0; // layouts in which some heading reached the last lines of a page
    for (int lines = 0; lines < 24; ++lines) {
        // Each step adds about one line of text above every heading.
        QJsonObject doc = m_run;
        QJsonObject scenario = doc.value(QStringLiteral("scenario")).toObject();
        scenario.insert(QStringLiteral("description"), sentence.repeated(lines + 1));
        doc.insert(QStringLiteral("scenario"), scenario);
        doc.insert(QStringLiteral("warnings"), QJsonArray { QStringLiteral("a warning") });
        LockLens::Report::Model model;
        QString error;
        QVERIFY2(LockLens::Report::modelFromJson({ doc }, { QStringLiteral("run 1") }, &model, &error),
            qPrintable(error));
        QByteArray pdf;
        int pages = 0;
        QVERIFY2(LockLens::Report::toPdf(model, &pdf, &pages, &error), qPrintable(error));
        const QString file = m_dir.filePath(QStringLiteral("r%1.pdf").arg(lines));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(pdf) == pdf.size());
        out.close();
        QCOMPARE(pdfPages(file), pages);
        const QStringList texts = pdfPageTexts(file);
        QCOMPARE(texts.size(), pages);
        QHash<QString, int> seen;
        for (int page = 0; page < pages; ++page) {
            const QStringList l = pdfLines(texts.at(page));
            for (const QString &line : l)
                seen[line] += headings.contains(line) || charts.contains(line) ? 1 : 0;
            QVERIFY(l.size() >= 2);
            QVERIFY2(!headings.contains(l.at(l.size() - 2)),
                qPrintable(QStringLiteral("%1 lines down, page %2 ends with the heading \"%3\"")
                               .arg(lines)
                               .arg(page + 1)
                               .arg(l.at(l.size() - 2))));
            for (int i = std::max<qsizetype>(0, l.size() - 8); i < l.size() - 1; ++i)
                moved += headings.contains(l.at(i)) ? 1 : 0;
        }
        // Once each: text drawn at the edge of the page before (clipped, unseen) would be
        // in the PDF twice.
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY2(it.value() <= 1,
                qPrintable(QStringLiteral("%1 lines down, \"%2\" is in the PDF %3 times")
                               .arg(lines)
                               .arg(it.key())
                               .arg(it.value())));
    }
    // Two dozen steps of one line pass headings through the foot of pages: the check above
    // met the case it guards against.
    QVERIFY(moved > 0);
}

// Six runs side by side: 13 columns in the summary. The labels' column keeps room for its
// longest words (left to itself, QTextDocument split "Throughput" after "Throughp").
void TestReportPdf::wideComparisonKeepsItsLabelsWhole()
{
    QList<QJsonObject> docs;
    QStringList labels;
    for (int i = 1; i <= 6; ++i) {
        docs << m_run;
        labels << QStringLiteral("run %1").arg(i);
    }
    LockLens::Report::Model model;
    QString error;
    QVERIFY2(LockLens::Report::modelFromJson(docs, labels, &model, &error), qPrintable(error));
    QByteArray pdf;
    int pages = 0;
    QVERIFY2(LockLens::Report::toPdf(model, &pdf, &pages, &error), qPrintable(error));
    const QString file = m_dir.filePath(QStringLiteral("six.pdf"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(pdf) == pdf.size());
    out.close();
    const QString text = pdfPageTexts(file).join(QString());
    for (const char *word : { "Throughput", "Transaction", "Busy-handler", "Committed" })
        QVERIFY2(
            text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(word)))), word);
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
