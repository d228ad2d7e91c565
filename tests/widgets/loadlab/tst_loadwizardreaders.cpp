// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's reader group: the concurrency page's "readers" box reaches the scenario and
// comes back from it, the review lists it, and its trap and its limit are shown. Also the
// split strategy's file count, on the same page.
#include "tests/fixtures/wizardfixture.h"
#include "widgets/loadlab/loadwizard.h"
#include "widgets/loadlab/loadwizardpages.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QTest>
#include <QTextBrowser>

using namespace LockLens;
using namespace LockLens::Fixture;

class TestLoadWizardReaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void boxReachesTheScenario();
    void roundTrips_data();
    void roundTrips();
    void reviewListsTheReaders();
    void rollbackJournalWithReadersIsWarned();
    void tooManyConnectionsRefusedOnTheConcurrencyPage();
    void splitFilesBoxAndReview();
};

void TestLoadWizardReaders::boxReachesTheScenario()
{
    LoadWizard w({});
    auto *readers = child<QSpinBox>(&w, "readers");
    QCOMPARE(readers->value(), 0);
    QCOMPARE(w.scenario().readers, 0);
    readers->setValue(5);
    QCOMPARE(w.scenario().readers, 5);
    QVERIFY(!child<QLabel>(&w, "readersNote")->text().isEmpty());
}

void TestLoadWizardReaders::roundTrips_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::newRow("every field") << everyField();
    Scenario many;
    many.workers = 24;
    many.readers = 1000; // beyond the box's usual range: comes back while nobody edits it
    QTest::newRow("a thousand readers") << many;
}

void TestLoadWizardReaders::roundTrips()
{
    QFETCH(Scenario, scenario);
    QVERIFY(scenario.readers > 0);
    LoadWizard w({});
    w.setScenario(scenario);
    QCOMPARE(child<QSpinBox>(&w, "readers")->value(), scenario.readers);
    QCOMPARE(w.scenario().readers, scenario.readers);
    QVERIFY(w.scenario() == scenario);
}

void TestLoadWizardReaders::reviewListsTheReaders()
{
    LoadWizard w({});
    w.setScenario(everyField());
    QString text = child<QTextBrowser>(&w, "reviewText")->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Readers\n3, each on its own connection")), qPrintable(text));
    child<QSpinBox>(&w, "readers")->setValue(0);
    QVERIFY(goTo(w, LoadWizard::ReviewPageId));
    text = child<QTextBrowser>(&w, "reviewText")->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Readers\nnone")), qPrintable(text));
}

void TestLoadWizardReaders::rollbackJournalWithReadersIsWarned()
{
    Scenario s; // writes only: without readers nobody is kept out
    s.journalMode = QStringLiteral("delete");
    s.txMode = TxMode::Exclusive;
    LoadWizard w({});
    w.setScenario(s);
    QVERIFY(goTo(w, LoadWizard::ReviewPageId));
    QVERIFY(!plain(child<QLabel>(&w, "warnings")->text()).contains(QStringLiteral("readers and the writer")));
    s.readers = 2;
    w.setScenario(s);
    QVERIFY(goTo(w, LoadWizard::ReviewPageId));
    const QString shown = plain(child<QLabel>(&w, "warnings")->text());
    QVERIFY2(shown.contains(QStringLiteral("readers and the writer block")), qPrintable(shown));
}

void TestLoadWizardReaders::tooManyConnectionsRefusedOnTheConcurrencyPage()
{
    Scenario s;
    s.workers = 1000;
    LoadWizard w({});
    w.setScenario(s);
    QVERIFY(goTo(w, LoadWizard::ConcurrencyPageId));
    ScenarioPage *page = pageOf(w, LoadWizard::ConcurrencyPageId);
    QVERIFY2(page->isComplete(), qPrintable(page->problemText()));
    child<QSpinBox>(&w, "readers")->setValue(100);
    QVERIFY(!page->isComplete());
    QVERIFY2(
        page->problemText().contains(QStringLiteral("1100 connections")), qPrintable(page->problemText()));
    child<QSpinBox>(&w, "readers")->setValue(24);
    QVERIFY(page->isComplete());
}

void TestLoadWizardReaders::splitFilesBoxAndReview()
{
    // (The split strategy's file count sits beside the strategy on the same page.)
    Scenario s;
    s.databasePath = QStringLiteral("/tmp/run.db");
    s.strategy = Strategy::Split;
    s.txMode = TxMode::Deferred;
    s.splitFiles = 3;
    LoadWizard w({});
    w.setScenario(s);
    QVERIFY(w.scenario() == s);
    auto *files = child<QSpinBox>(&w, "splitFiles");
    QCOMPARE(files->value(), 3);
    files->setValue(5);
    QCOMPARE(w.scenario().splitFiles, 5);
    QVERIFY(goTo(w, LoadWizard::ReviewPageId));
    const QString text = child<QTextBrowser>(&w, "reviewText")->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("run-split5.db")), qPrintable(text));
    const QString shown = plain(child<QLabel>(&w, "warnings")->text());
    QVERIFY2(shown.contains(QStringLiteral("creates 4 more database files")), qPrintable(shown));
    QVERIFY(!files->isHidden()); // (its page is not the one shown)
    selectData(child<QComboBox>(&w, "strategy"), QStringLiteral("per-thread"));
    QVERIFY(files->isHidden());
}

QTEST_MAIN(TestLoadWizardReaders)
#include "tst_loadwizardreaders.moc"
