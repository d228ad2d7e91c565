// SPDX-License-Identifier: GPL-3.0-or-later
// The load-test wizard's review page names the known traps and follows the earlier pages;
// an invalid scenario cannot be run; scenarios save and load, and bad files are refused.
#include "app/core/dbconnection.h"
#include "tests/fixtures/filefixture.h"
#include "tests/fixtures/wizardfixture.h"
#include "widgets/loadlab/loadwizard.h"
#include "widgets/loadlab/loadwizardpages.h"
#include "workers/presets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace LockLens;
using namespace LockLens::Fixture;

using Edit = WizardEdit;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(WizardContext)

class TestLoadWizardReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void reviewShowsTheWarnings_data();
    void reviewShowsTheWarnings();
    void reviewFollowsEditsOnEarlierPages();
    void reviewListsEverySetting();
    void invalidScenarioBlocksRun();
    void saveThenLoadRoundTrips();
    void loadRejectsBadFiles_data();
    void loadRejectsBadFiles();
    void finishButtonSaysRun();
    void ownSettingsForgetThePresetsName();
    void reviewSaysWhatTheRunLeavesInTheWindowDatabase_data();
    void reviewSaysWhatTheRunLeavesInTheWindowDatabase();

private:
    QTemporaryDir m_dir;
};

void TestLoadWizardReview::reviewShowsTheWarnings_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QString>("expected");
    Scenario deferred;
    deferred.txMode = TxMode::Deferred;
    deferred.readBeforeWrite = true;
    deferred.batch = 5;
    QTest::newRow("DEFERRED with read-before-write")
        << deferred << QStringLiteral("BEGIN IMMEDIATE avoids it");
    Scenario rollback;
    rollback.journalMode = QStringLiteral("delete");
    rollback.mix = { 50, 0, 0, 50, 0 };
    QTest::newRow("rollback journal with readers")
        << rollback << QStringLiteral("readers and the writer block");
    Scenario syncOff;
    syncOff.synchronous = QStringLiteral("off");
    QTest::newRow("synchronous OFF") << syncOff << QStringLiteral("synchronous=OFF");
    QTest::newRow("clean") << Scenario() << QString();
}

void TestLoadWizardReview::reviewShowsTheWarnings()
{
    QFETCH(Scenario, scenario);
    QFETCH(QString, expected);
    LoadWizard w({});
    w.setScenario(scenario);
    QVERIFY(goTo(w, LoadWizard::ReviewPageId));
    QLabel *warnings = child<QLabel>(&w, "warnings");
    const QString shown = plain(warnings->text());
    const QStringList traps = scenario.warnings();
    QCOMPARE(traps.isEmpty(), expected.isEmpty());
    if (expected.isEmpty()) {
        QVERIFY(shown.isEmpty());
        QVERIFY(!child<QWidget>(&w, "warningBox")->isVisible());
        return;
    }
    QVERIFY(child<QWidget>(&w, "warningBox")->isVisible());
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    for (const QString &t : traps)
        QVERIFY2(shown.contains(t), qPrintable(t));
    // Warnings do not block the run.
    QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
}

void TestLoadWizardReview::reviewFollowsEditsOnEarlierPages()
{
    LoadWizard w({});
    QVERIFY(goTo(w, LoadWizard::TargetPageId));
    selectData(child<QComboBox>(&w, "synchronous"), QStringLiteral("off"));
    w.next();
    selectData(child<QComboBox>(&w, "txMode"), QStringLiteral("deferred"));
    child<QCheckBox>(&w, "readBeforeWrite")->setChecked(true);
    w.next();
    w.next();
    QCOMPARE(w.currentId(), int(LoadWizard::ReviewPageId));
    const QString shown = plain(child<QLabel>(&w, "warnings")->text());
    QVERIFY2(shown.contains(QStringLiteral("synchronous=OFF")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("DEFERRED")), qPrintable(shown));
    const QString summary = child<QTextBrowser>(&w, "reviewText")->toPlainText();
    QVERIFY2(summary.contains(QStringLiteral("BEGIN DEFERRED")), qPrintable(summary));
}

void TestLoadWizardReview::reviewListsEverySetting()
{
    LoadWizard w({});
    const Scenario s = everyField();
    w.setScenario(s);
    const QString text = child<QTextBrowser>(&w, "reviewText")->toPlainText();
    const QStringList expected
        = { QDir::toNativeSeparators(s.databasePath), s.table, QStringLiteral("DELETE"),
              QStringLiteral("FULL"), QStringLiteral("insert 10"), QStringLiteral("update 20"),
              QStringLiteral("delete 30"), QStringLiteral("point read 40"), QStringLiteral("range read 50"),
              QStringLiteral("0 bytes"), QStringLiteral("Rows per transaction\n1000"),
              QStringLiteral("Rows per range read\n7"), QStringLiteral("123456"),
              QStringLiteral("BEGIN EXCLUSIVE"), QStringLiteral("Read before writing\nyes"),
              QStringLiteral("Workers\n16"), QStringLiteral("Single writer"), QStringLiteral("QSqlQuery"),
              QStringLiteral("Spin"), QStringLiteral("0 ms"), QStringLiteral("Tries per transaction\n9"),
              QStringLiteral("Between tries\nFixed delay: Waits 7 ms before each retry"),
              QStringLiteral("1234.5 operations/s"), QStringLiteral("after 2.5 s"),
              QStringLiteral("9007199254740991"), QStringLiteral("Per-operation timing\noff"),
              QStringLiteral("Lock recording\noff"), QStringLiteral("Foreign keys\nenforced") };
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in:\n") + text));
    QCOMPARE(child<QLineEdit>(&w, "scenarioName")->text(), s.name);
}

void TestLoadWizardReview::invalidScenarioBlocksRun()
{
    // A scenario file may hold what the engine refuses (fromJson takes any journal mode);
    // the wizard shows it and blocks Run with Scenario::validate()'s message.
    const QString path = m_dir.filePath(QStringLiteral("bogus-journal.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"name": "bogus", "journal_mode": "bogus"})");
    f.close();
    LoadWizard w({});
    QString why;
    QVERIFY2(w.loadScenario(path, &why), qPrintable(why));
    QCOMPARE(w.scenario().journalMode, QStringLiteral("bogus"));
    QVERIFY(child<QComboBox>(&w, "journalMode")->currentText().contains(QStringLiteral("bogus")));
    const QString engine = w.scenario().validate();
    QVERIFY(!engine.isEmpty());
    QVERIFY(!pageOf(w, LoadWizard::TargetPageId)->isComplete());
    QVERIFY(!pageOf(w, LoadWizard::ReviewPageId)->isComplete());
    QVERIFY2(pageOf(w, LoadWizard::ReviewPageId)->problemText().contains(engine, Qt::CaseInsensitive),
        qPrintable(pageOf(w, LoadWizard::ReviewPageId)->problemText()));
    const int items = child<QComboBox>(&w, "journalMode")->count();
    w.setScenario(Scenario());
    QCOMPARE(child<QComboBox>(&w, "journalMode")->count(), items - 1); // "bogus (unknown)" is gone
    QVERIFY(goTo(w, LoadWizard::ReviewPageId));
    QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
}

void TestLoadWizardReview::saveThenLoadRoundTrips()
{
    const QString path = m_dir.filePath(QStringLiteral("saved.json"));
    const Scenario s = everyField();
    {
        LoadWizard w({});
        w.setScenario(s);
        QString why;
        QVERIFY2(w.saveScenario(path, &why), qPrintable(why));
    }
    // The format of resources/presets: Scenario::toJson, indented.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QCOMPARE(text, QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented));
    LoadWizard w({});
    QString why;
    QVERIFY2(w.loadScenario(path, &why), qPrintable(why));
    QVERIFY(w.scenario() == s);
    QString error;
    QVERIFY(!w.saveScenario(m_dir.filePath(QStringLiteral("no/such/folder.json")), &error));
    QVERIFY2(error.startsWith(QLatin1String("Cannot write into")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("no/such: the folder does not exist")), qPrintable(error));
#ifdef Q_OS_UNIX
    // A named pipe is written into, and stays a pipe (a file saved by rename replaced it).
    QCOMPARE(Fixture::savedIntoFifo(
                 m_dir.filePath(QStringLiteral("scenario.fifo")),
                 [&](const QString &path, QString *e) { return w.saveScenario(path, e); }, &why),
        text);
#endif
}

void TestLoadWizardReview::loadRejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QByteArray() << QStringLiteral("does not exist");
    QTest::newRow("bad JSON") << QByteArray("{\"workers\": 4,") << QStringLiteral("is not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("not an object");
    QTest::newRow("unknown key") << QByteArray("{\"wokers\": 4}")
                                 << QStringLiteral("unknown scenario key 'wokers'");
    QTest::newRow("bad value") << QByteArray("{\"workers\": 0}") << QStringLiteral("scenario key 'workers'");
    QTest::newRow("bad mix") << QByteArray("{\"mix\": \"insert=x\"}") << QStringLiteral("scenario key 'mix'");
}

void TestLoadWizardReview::loadRejectsBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path
        = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".json"));
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    LoadWizard w({});
    Scenario demo;
    QString why;
    QVERIFY(Presets::find(QStringLiteral("demo"), &demo, &why));
    w.setScenario(demo);
    QString error;
    QVERIFY(!w.loadScenario(path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(w.scenario() == demo);
}

void TestLoadWizardReview::finishButtonSaysRun()
{
    LoadWizard w({});
    QCOMPARE(w.buttonText(QWizard::FinishButton), QStringLiteral("&Run"));
    QVERIFY(goTo(w, LoadWizard::ReviewPageId));
    QCOMPARE(w.button(QWizard::FinishButton)->text(), QStringLiteral("&Run"));
    QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
}

// Issue 14 item 11: choosing a preset, then "Your own settings" again, kept the preset's
// name and description, and the run was saved under the preset's name.
void TestLoadWizardReview::ownSettingsForgetThePresetsName()
{
    LoadWizard w({});
    auto *preset = child<QComboBox>(&w, "preset");
    const int deferred = preset->findText(QStringLiteral("Preset: deferred-upgrade"));
    QVERIFY(deferred > 0);
    preset->setCurrentIndex(deferred);
    QCOMPARE(w.scenario().name, QStringLiteral("deferred-upgrade"));
    QVERIFY(!child<QLabel>(&w, "presetNote")->text().isEmpty());
    preset->setCurrentIndex(0); // "Your own settings"
    const Scenario own = w.scenario();
    QVERIFY2(own.name.isEmpty(), qPrintable(own.name));
    QVERIFY2(own.description.isEmpty(), qPrintable(own.description));
    QVERIFY(child<QLineEdit>(&w, "scenarioName")->text().isEmpty());
    QVERIFY(child<QPlainTextEdit>(&w, "scenarioDescription")->toPlainText().isEmpty());
    QCOMPARE(child<QLabel>(&w, "presetNote")->text(),
        QStringLiteral("Choose every setting on the following pages."));
    // The settings stay: only the preset's name went.
    Scenario expected;
    QVERIFY(Presets::find(QStringLiteral("deferred-upgrade"), &expected, nullptr));
    expected.name.clear();
    expected.description.clear();
    QCOMPARE(own.toJson(), expected.toJson());
    QCOMPARE(preset->currentIndex(), 0);
}

void TestLoadWizardReview::reviewSaysWhatTheRunLeavesInTheWindowDatabase_data()
{
    QTest::addColumn<bool>("tableThere"); // the window's database already holds locklens_load
    QTest::addColumn<bool>("windowDatabase"); // the run is on it (else on another file)
    QTest::addColumn<bool>("existingTable"); // the run loads a table of the user's
    QTest::addColumn<QString>("says"); // "" for nothing said
    QTest::newRow("creates the table")
        << false << true << false << QStringLiteral("creates the table locklens_load in");
    QTest::newRow("table already there")
        << true << true << false << QStringLiteral("adds its rows to the table");
    QTest::newRow("another file") << false << false << false << QString();
    QTest::newRow("a table of the user's") << true << true << true << QString();
}

// Issue 14 item 11: a run on the database open in the window creates locklens_load in the
// user's file and leaves it there; the review page says so.
void TestLoadWizardReview::reviewSaysWhatTheRunLeavesInTheWindowDatabase()
{
    QFETCH(bool, tableThere);
    QFETCH(bool, windowDatabase);
    QFETCH(bool, existingTable);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.db"));
    {
        SqlFailure f;
        auto db = DbConnection::open(
            DatabaseLocation::file(path), DbConnection::Access::ReadWrite, QStringLiteral("setup"), &f, true);
        QVERIFY2(db, qPrintable(f.text()));
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE artist(id INTEGER PRIMARY KEY, name TEXT)"), &f));
        if (tableThere)
            QVERIFY(
                db->exec(QStringLiteral("CREATE TABLE locklens_load(id INTEGER PRIMARY KEY, worker INTEGER "
                                        "NOT NULL, value INTEGER NOT NULL, payload BLOB)"),
                    &f));
    }
    WizardContext ctx;
    ctx.databasePath = path;
    LoadWizard w(ctx);
    Scenario sc;
    sc.databasePath = windowDatabase ? path : dir.filePath(QStringLiteral("other.db"));
    if (existingTable) {
        sc.existingTable = true;
        sc.table = QStringLiteral("locklens_load");
    }
    w.setScenario(sc);
    QVERIFY(goTo(w, LoadWizard::ReviewPageId));
    const QString shown = plain(child<QLabel>(&w, "warnings")->text());
    if (says.isEmpty()) {
        QVERIFY2(!shown.contains(QLatin1String("Your database")), qPrintable(shown));
        return;
    }
    QVERIFY(child<QWidget>(&w, "warningBox")->isVisible());
    QVERIFY2(shown.contains(says), qPrintable(shown));
    if (!tableThere)
        QVERIFY2(shown.contains(QLatin1String("offers to remove it")), qPrintable(shown));
}

QTEST_MAIN(TestLoadWizardReview)
#include "tst_loadwizardreview.moc"
