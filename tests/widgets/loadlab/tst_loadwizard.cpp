// SPDX-License-Identifier: GPL-3.0-or-later
// The load-test wizard: edits reach the scenario, bad input is refused on the page that holds
// it. (Presets, every field and the number boxes' ranges: tst_loadwizardfields; the review
// page, Run and saved scenarios: tst_loadwizardreview.) With LOCKLENS_WIZARD_PNG=/path/name it
// saves name-1.png … name-4.png (the wizard at 900x650 on each page) to look at.
#include "tests/fixtures/sqlitefixture.h"
#include "tests/fixtures/wizardfixture.h"
#include "widgets/loadlab/loadwizard.h"
#include "widgets/loadlab/loadwizardpages.h"
#include "widgets/loadlab/loadwizardtext.h"
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
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace LockLens;
using namespace LockLens::Fixture;

using Edit = WizardEdit;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(WizardContext)

class TestLoadWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void editsReachTheScenario();
    void invalidInputIsRefusedOnItsPage_data();
    void invalidInputIsRefusedOnItsPage();
    void currentDatabaseOption_data();
    void currentDatabaseOption();
    void pagesFitAt900x650();
    void journalModeFollowsAnExistingFile();
    void durationBoxWithoutADuration();
    void fileChecksKeepThisProcesssLocks();

private:
    QTemporaryDir m_dir;
};

void TestLoadWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!Presets::all().empty());
}

void TestLoadWizard::editsReachTheScenario()
{
    LoadWizard w({});
    child<QRadioButton>(&w, "otherFile")->setChecked(true);
    const QString path = m_dir.filePath(QStringLiteral("edited.db"));
    child<QLineEdit>(&w, "filePath")->setText(path);
    selectData(child<QComboBox>(&w, "journalMode"), QStringLiteral("delete"));
    selectData(child<QComboBox>(&w, "synchronous"), QStringLiteral("full"));
    child<QLineEdit>(&w, "table")->setText(QStringLiteral("my_load"));
    child<QSpinBox>(&w, "mixInsert")->setValue(60);
    child<QSpinBox>(&w, "mixRangeRead")->setValue(40);
    child<QSpinBox>(&w, "payloadBytes")->setValue(512);
    child<QSpinBox>(&w, "batch")->setValue(25);
    child<QSpinBox>(&w, "rangeRows")->setValue(50);
    child<QDoubleSpinBox>(&w, "prefillRows")->setValue(5000);
    selectData(child<QComboBox>(&w, "txMode"), QStringLiteral("deferred"));
    child<QCheckBox>(&w, "readBeforeWrite")->setChecked(true);
    child<QSpinBox>(&w, "workers")->setValue(12);
    selectData(child<QComboBox>(&w, "strategy"), QStringLiteral("pool"));
    selectData(child<QComboBox>(&w, "driverPath"), QStringLiteral("qt"));
    selectData(child<QComboBox>(&w, "busyPolicy"), QStringLiteral("spin"));
    child<QSpinBox>(&w, "busyTimeoutMs")->setValue(250);
    child<QSpinBox>(&w, "maxTries")->setValue(3);
    QComboBox *backoff = child<QComboBox>(&w, "retryBackoff");
    QVERIFY(backoff->isEnabled()); // with retries
    backoff->setCurrentIndex(backoff->findData(int(RetryBackoff::Kind::Exponential)));
    child<QSpinBox>(&w, "backoffMinMs")->setValue(4);
    child<QSpinBox>(&w, "backoffMaxMs")->setValue(400);
    QVERIFY2(child<QLabel>(&w, "backoffNote")->text().contains(QLatin1String("400 ms")),
        qPrintable(child<QLabel>(&w, "backoffNote")->text()));
    child<QDoubleSpinBox>(&w, "rate")->setValue(500.25);
    child<QRadioButton>(&w, "stopByDuration")->setChecked(true);
    child<QDoubleSpinBox>(&w, "durationS")->setValue(7.5);
    child<QDoubleSpinBox>(&w, "seed")->setValue(42);
    child<QCheckBox>(&w, "instrument")->setChecked(false);
    child<QLineEdit>(&w, "scenarioName")->setText(QStringLiteral("mine"));
    child<QPlainTextEdit>(&w, "scenarioDescription")->setPlainText(QStringLiteral("what it shows"));

    const Scenario sc = w.scenario();
    QCOMPARE(sc.databasePath, path);
    QVERIFY(sc.memoryName.isEmpty());
    QCOMPARE(sc.journalMode, QStringLiteral("delete"));
    QCOMPARE(sc.synchronous, QStringLiteral("full"));
    QCOMPARE(sc.table, QStringLiteral("my_load"));
    QVERIFY(sc.mix == (OpMix { 60, 0, 0, 0, 40 }));
    QCOMPARE(sc.payloadBytes, 512);
    QCOMPARE(sc.batch, 25);
    QCOMPARE(sc.rangeRows, 50);
    QCOMPARE(sc.prefillRows, 5000);
    QVERIFY(sc.txMode == TxMode::Deferred);
    QVERIFY(sc.readBeforeWrite);
    QCOMPARE(sc.workers, 12);
    QVERIFY(sc.strategy == Strategy::Pool);
    QVERIFY(sc.driverPath == DriverPath::Qt);
    QVERIFY(sc.busyPolicy == BusyPolicy::Spin);
    QCOMPARE(sc.busyTimeoutMs, 250);
    QCOMPARE(sc.maxTries, 3);
    QCOMPARE(sc.retryBackoff.toString(), QStringLiteral("exponential:4:400"));
    QCOMPARE(sc.rate, 500.25);
    QCOMPARE(sc.durationS, 7.5);
    QCOMPARE(sc.seed, 42u);
    QVERIFY(!sc.instrument);
    QCOMPARE(sc.name, QStringLiteral("mine"));
    QCOMPARE(sc.description, QStringLiteral("what it shows"));
    QVERIFY2(w.problem().isEmpty(), qPrintable(w.problem()));

    // Back to a count: the duration no longer applies; a temporary file clears the path.
    child<QRadioButton>(&w, "stopByOps")->setChecked(true);
    child<QDoubleSpinBox>(&w, "opsPerWorker")->setValue(321);
    child<QRadioButton>(&w, "temporaryFile")->setChecked(true);
    QCOMPARE(w.scenario().durationS, 0.0);
    QCOMPARE(w.scenario().opsPerWorker, 321);
    QVERIFY(w.scenario().databasePath.isEmpty());
    child<QRadioButton>(&w, "memoryDatabase")->setChecked(true);
    child<QLineEdit>(&w, "memoryName")->setText(QStringLiteral("shared-one"));
    QCOMPARE(w.scenario().memoryName, QStringLiteral("shared-one"));
    QVERIFY(w.scenario().databasePath.isEmpty());
}

void TestLoadWizard::invalidInputIsRefusedOnItsPage_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<Edit>("breakIt");
    QTest::addColumn<Edit>("fixIt");
    QTest::addColumn<QString>("message");

    const QString dir = m_dir.path();
    auto otherFile = [](const QString &path) {
        return Edit([path](LoadWizard &w) {
            child<QRadioButton>(&w, "otherFile")->setChecked(true);
            child<QLineEdit>(&w, "filePath")->setText(path);
        });
    };
    const Edit goodFile = otherFile(dir + QStringLiteral("/new.db"));
    QFile text(dir + QStringLiteral("/notes.txt"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("these are not the pages of a database\n");
    text.close();
    QTest::newRow("empty new-file path") << int(LoadWizard::TargetPageId) << otherFile(QString()) << goodFile
                                         << QStringLiteral("Enter the path");
    QTest::newRow("folder does not exist")
        << int(LoadWizard::TargetPageId) << otherFile(dir + QStringLiteral("/missing/x.db")) << goodFile
        << QStringLiteral("does not exist");
    QTest::newRow("a folder, not a file")
        << int(LoadWizard::TargetPageId) << otherFile(dir) << goodFile << QStringLiteral("is a folder");
    QTest::newRow("not a database") << int(LoadWizard::TargetPageId) << otherFile(text.fileName()) << goodFile
                                    << QStringLiteral("is not an SQLite database");

    auto memory = [](const QString &name) {
        return Edit([name](LoadWizard &w) {
            child<QRadioButton>(&w, "memoryDatabase")->setChecked(true);
            child<QLineEdit>(&w, "memoryName")->setText(name);
        });
    };
    for (const char *bad : { "a?b", "a#b", "a/b" })
        QTest::newRow(qPrintable(QStringLiteral("in-memory name %1").arg(QLatin1String(bad))))
            << int(LoadWizard::TargetPageId) << memory(QLatin1String(bad)) << memory(QStringLiteral("ab"))
            << QStringLiteral("may not contain '?', '#' or '/'");
    QTest::newRow("empty in-memory name") << int(LoadWizard::TargetPageId) << memory(QString())
                                          << memory(QStringLiteral("ab")) << QStringLiteral("Enter a name");

    QTest::newRow("mix total 0") << int(LoadWizard::WorkloadPageId) << Edit([](LoadWizard &w) {
        for (const char *name : { "mixInsert", "mixUpdate", "mixDelete", "mixPointRead", "mixRangeRead" })
            child<QSpinBox>(&w, name)->setValue(0);
    }) << Edit([](LoadWizard &w) { child<QSpinBox>(&w, "mixPointRead")->setValue(1); })
                                 << QStringLiteral("the operation mix has no positive weight");
    Scenario autocommit;
    autocommit.txMode = TxMode::Autocommit;
    autocommit.batch = 10;
    QTest::newRow("autocommit with batch 10") << int(LoadWizard::WorkloadPageId) << Edit([](LoadWizard &w) {
        selectData(child<QComboBox>(&w, "txMode"), QStringLiteral("autocommit"));
        child<QSpinBox>(&w, "batch")->setValue(10);
    }) << Edit([](LoadWizard &w) { child<QSpinBox>(&w, "batch")->setValue(1); })
                                              << autocommit.validate();
    QTest::newRow("empty table name")
        << int(LoadWizard::WorkloadPageId)
        << Edit([](LoadWizard &w) { child<QLineEdit>(&w, "table")->clear(); })
        << Edit([](LoadWizard &w) { child<QLineEdit>(&w, "table")->setText(QStringLiteral("t")); })
        << QStringLiteral("name of the load table");
    QTest::newRow("no operations per worker")
        << int(LoadWizard::ConcurrencyPageId) << Edit([](LoadWizard &w) {
               child<QRadioButton>(&w, "stopByOps")->setChecked(true);
               child<QDoubleSpinBox>(&w, "opsPerWorker")->setValue(0);
           })
        << Edit([](LoadWizard &w) { child<QRadioButton>(&w, "stopByDuration")->setChecked(true); })
        << QStringLiteral("number of operations");
}

void TestLoadWizard::invalidInputIsRefusedOnItsPage()
{
    QFETCH(int, page);
    QFETCH(Edit, breakIt);
    QFETCH(Edit, fixIt);
    QFETCH(QString, message);
    QVERIFY(!message.isEmpty());

    LoadWizard w({});
    QVERIFY(goTo(w, page));
    ScenarioPage *p = pageOf(w, page);
    QVERIFY(p->isComplete());
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    QSignalSpy completeChanged(p, &QWizardPage::completeChanged);

    breakIt(w);
    QVERIFY(!p->isComplete());
    QVERIFY(completeChanged.count() > 0);
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    QLabel *line = p->findChildren<QLabel *>(QRegularExpression(QStringLiteral("Problem$"))).value(0);
    QVERIFY(line);
    QVERIFY(line->isVisible());
    QVERIFY2(line->text().contains(message, Qt::CaseInsensitive), qPrintable(line->text()));
    // Finish is refused too, whatever page the user jumps to.
    QVERIFY(!pageOf(w, LoadWizard::ReviewPageId)->isComplete());
    QVERIFY(w.problem().contains(p->title()));

    fixIt(w);
    QVERIFY2(p->isComplete(), qPrintable(p->problemText()));
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!line->isVisible());
    QVERIFY(line->text().isEmpty());
    QVERIFY2(w.problem().isEmpty(), qPrintable(w.problem()));
}

void TestLoadWizard::currentDatabaseOption_data()
{
    QTest::addColumn<WizardContext>("context");
    QTest::addColumn<bool>("offered");
    QTest::addColumn<QString>("note");
    const QString file = m_dir.filePath(QStringLiteral("open.db"));
    QTest::newRow("nothing open") << WizardContext() << false << QStringLiteral("No database is open");
    QTest::newRow("read-only file") << WizardContext { file, {}, true } << false
                                    << QStringLiteral("read-only");
    QTest::newRow("read-only in-memory")
        << WizardContext { {}, QStringLiteral("mem"), true } << false << QStringLiteral("read-only");
    QTest::newRow("file") << WizardContext { file, {}, false } << true << QStringLiteral("open.db");
    QTest::newRow("in-memory") << WizardContext { {}, QStringLiteral("mem"), false } << true
                               << QStringLiteral("in-memory database mem");
}

void TestLoadWizard::currentDatabaseOption()
{
    QFETCH(WizardContext, context);
    QFETCH(bool, offered);
    QFETCH(QString, note);
    QFile db(m_dir.filePath(QStringLiteral("open.db")));
    QVERIFY(db.open(QIODevice::WriteOnly));
    db.write("SQLite format 3", 16);
    db.close();

    LoadWizard w(context);
    QRadioButton *current = child<QRadioButton>(&w, "currentDatabase");
    QCOMPARE(current->isEnabled(), offered);
    QVERIFY2(child<QLabel>(&w, "currentNote")->text().contains(note),
        qPrintable(child<QLabel>(&w, "currentNote")->text()));
    if (!offered) {
        QVERIFY(!current->isChecked());
        QVERIFY(current->toolTip().contains(note));
        if (context.readOnly) {
            // Typing the same file's path or in-memory name does not get round the refusal.
            if (!context.databasePath.isEmpty()) {
                child<QRadioButton>(&w, "otherFile")->setChecked(true);
                child<QLineEdit>(&w, "filePath")->setText(context.databasePath);
            } else {
                child<QRadioButton>(&w, "memoryDatabase")->setChecked(true);
                child<QLineEdit>(&w, "memoryName")->setText(context.memoryName);
            }
            QVERIFY(!pageOf(w, LoadWizard::TargetPageId)->isComplete());
            QVERIFY(pageOf(w, LoadWizard::TargetPageId)->problemText().contains(QStringLiteral("read-only")));
        }
        return;
    }
    current->setChecked(true);
    const Scenario sc = w.scenario();
    QCOMPARE(sc.databasePath, context.databasePath);
    QCOMPARE(sc.memoryName, context.memoryName);
    QVERIFY(pageOf(w, LoadWizard::TargetPageId)->isComplete());
    // "Run again" on the window's database selects it again.
    child<QRadioButton>(&w, "temporaryFile")->setChecked(true);
    w.setScenario(sc);
    QVERIFY(current->isChecked());
    QVERIFY(
        child<QTextBrowser>(&w, "reviewText")->toPlainText().contains(QStringLiteral("open in the window")));
}

void TestLoadWizard::pagesFitAt900x650()
{
    // The busiest content each page can have: the longest preset description, every note.
    LoadWizard w({ m_dir.filePath(QStringLiteral("open.db")), {}, true });
    Scenario sc = everyField();
    for (const Scenario &p : Presets::all())
        if (p.description.size() > sc.description.size())
            sc.description = p.description;
    sc.journalMode = QStringLiteral("off");
    sc.synchronous = QStringLiteral("off");
    sc.readBeforeWrite = true;
    sc.txMode = TxMode::Deferred;
    sc.databasePath.clear();
    w.setScenario(sc);
    w.resize(900, 650);
    const QByteArray png = qgetenv("LOCKLENS_WIZARD_PNG");
    for (int id : { LoadWizard::TargetPageId, LoadWizard::WorkloadPageId, LoadWizard::ConcurrencyPageId,
             LoadWizard::ReviewPageId }) {
        QVERIFY(goTo(w, id));
        QCoreApplication::processEvents();
        QCOMPARE(w.size(), QSize(900, 650));
        QWizardPage *page = w.page(id);
        QLayout *layout = page->layout();
        const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(page->width())
                                                       : layout->totalMinimumSize().height();
        QVERIFY2(needed <= page->height(),
            qPrintable(
                QStringLiteral("page %1 needs %2 px, has %3").arg(id).arg(needed).arg(page->height())));
        QVERIFY2(layout->totalMinimumSize().width() <= page->width(),
            qPrintable(QStringLiteral("page %1 needs %2 px wide, has %3")
                           .arg(id)
                           .arg(layout->totalMinimumSize().width())
                           .arg(page->width())));
        const QImage shot = w.grab().toImage();
        QVERIFY(!shot.isNull());
        if (!png.isEmpty())
            QVERIFY(shot.save(QString::fromLocal8Bit(png) + QStringLiteral("-%1.png").arg(id + 1)));
    }
    // The problem line fits too.
    QVERIFY(goTo(w, LoadWizard::TargetPageId));
    child<QRadioButton>(&w, "otherFile")->setChecked(true);
    child<QLineEdit>(&w, "filePath")->setText(m_dir.filePath(QStringLiteral("no/such/folder/load.db")));
    QCoreApplication::processEvents();
    QVERIFY(child<QLabel>(&w, "targetProblem")->isVisible());
    QWizardPage *page = w.page(LoadWizard::TargetPageId);
    QVERIFY(page->layout()->totalHeightForWidth(page->width()) <= page->height());
    if (!png.isEmpty())
        QVERIFY(w.grab().save(QString::fromLocal8Bit(png) + QStringLiteral("-1-problem.png")));
}

namespace {

// A database file in journal mode `mode` ("delete" or "wal"), made through Qt's driver.
bool makeDatabase(const QString &path, const QString &mode)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open() && q.exec(QStringLiteral("PRAGMA journal_mode=%1").arg(mode))
            && q.exec(QStringLiteral("CREATE TABLE t(x)"));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("make"));
    return ok;
}

// The review's journal mode line, e.g. "DELETE (the file's current mode, kept)".
QString reviewJournal(LoadWizard &w)
{
    if (!goTo(w, LoadWizard::ReviewPageId))
        return QStringLiteral("(no review page)");
    const QString text = child<QTextBrowser>(&w, "reviewText")->toPlainText();
    const QString name = QStringLiteral("Journal mode\n");
    const qsizetype at = text.indexOf(name);
    return at < 0 ? text : text.mid(at + name.size()).section(QLatin1Char('\n'), 0, 0);
}

} // namespace

void TestLoadWizard::journalModeFollowsAnExistingFile()
{
    // Defect: on the user's own file the wizard offered WAL whatever mode the file was in, and
    // the run left the file in WAL for good without the review saying so.
    const QString rollback = m_dir.filePath(QStringLiteral("rollback.db"));
    const QString wal = m_dir.filePath(QStringLiteral("wal.db"));
    QVERIFY(makeDatabase(rollback, QStringLiteral("delete")));
    QVERIFY(makeDatabase(wal, QStringLiteral("wal")));
    LoadWizard w({ rollback, {}, false });
    auto *journal = child<QComboBox>(&w, "journalMode");
    QCOMPARE(w.scenario().journalMode, QStringLiteral("wal")); // a temporary file: the default
    child<QRadioButton>(&w, "currentDatabase")->setChecked(true);
    QCOMPARE(w.scenario().journalMode, QStringLiteral("delete"));
    QVERIFY2(
        child<QLabel>(&w, "journalNote")->text().contains(QLatin1String("the file's current mode, kept")),
        qPrintable(child<QLabel>(&w, "journalNote")->text()));
    QCOMPARE(reviewJournal(w), QStringLiteral("DELETE (the file's current mode, kept)"));

    // Another file: its mode; a new one: the default.
    QVERIFY(goTo(w, LoadWizard::TargetPageId));
    child<QRadioButton>(&w, "otherFile")->setChecked(true);
    child<QLineEdit>(&w, "filePath")->setText(wal);
    QCOMPARE(w.scenario().journalMode, QStringLiteral("wal"));
    child<QLineEdit>(&w, "filePath")->setText(rollback);
    QCOMPARE(w.scenario().journalMode, QStringLiteral("delete"));
    child<QLineEdit>(&w, "filePath")->setText(m_dir.filePath(QStringLiteral("new.db")));
    QCOMPARE(w.scenario().journalMode, QStringLiteral("wal"));
    QCOMPARE(reviewJournal(w), QStringLiteral("WAL"));

    // A mode the user picks stays, and the review says what it does to the file.
    QVERIFY(goTo(w, LoadWizard::TargetPageId));
    child<QLineEdit>(&w, "filePath")->setText(rollback);
    selectData(journal, QStringLiteral("wal"));
    QCOMPARE(
        reviewJournal(w), QStringLiteral("WAL (the file is in DELETE mode now; WAL stays after the run)"));
    QVERIFY(goTo(w, LoadWizard::TargetPageId));
    child<QLineEdit>(&w, "filePath")->setText(wal);
    selectData(journal, QStringLiteral("truncate"));
    QVERIFY(reviewJournal(w).contains(QLatin1String("takes it out of WAL for good")));
    child<QLineEdit>(&w, "filePath")->setText(rollback);
    QVERIFY(reviewJournal(w).contains(QLatin1String("for the run's connections only")));

    // A scenario's own mode is kept (and passes through unchanged).
    Scenario sc;
    sc.databasePath = rollback;
    w.setScenario(sc);
    QCOMPARE(w.scenario().toJson(), sc.toJson());
    QCOMPARE(
        reviewJournal(w), QStringLiteral("WAL (the file is in DELETE mode now; WAL stays after the run)"));
}

void TestLoadWizard::durationBoxWithoutADuration()
{
    // Defect: a scenario that stops by count showed a disabled "0.001 s" as its duration.
    LoadWizard w({});
    w.setScenario(Scenario());
    auto *duration = child<QDoubleSpinBox>(&w, "durationS");
    QVERIFY(!duration->isEnabled());
    QCOMPARE(duration->value(), ConcurrencyPage::DefaultDurationS);
    QCOMPARE(w.scenario().durationS, 0.0);
    child<QRadioButton>(&w, "stopByDuration")->setChecked(true);
    QVERIFY(duration->isEnabled());
    QCOMPARE(w.scenario().durationS, ConcurrencyPage::DefaultDurationS);
}

void TestLoadWizard::fileChecksKeepThisProcesssLocks()
{
    // Regression: the target page and the review read the database's header with a file of
    // their own; closing it dropped every POSIX lock this process held on the file (the
    // window's console may be inside a transaction), and another process could then write.
#ifdef Q_OS_LINUX
    const QString path = m_dir.filePath(QStringLiteral("locked.db"));
    QCOMPARE(Fixture::exec(path, QStringLiteral("CREATE TABLE t(x)")), QString());
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK); // RESERVED
    QCOMPARE(WizardText::fileJournalMode(path), QStringLiteral("delete"));
    LoadWizard w({});
    Scenario sc;
    sc.databasePath = path;
    w.setScenario(sc);
    QVERIFY2(w.problem().isEmpty(), qPrintable(w.problem())); // the target page's checks ran
    // Another process asks whether SQLite's RESERVED byte is locked (by this one).
    const pid_t child = ::fork();
    if (child == 0) {
        const int fd = ::open(path.toUtf8().constData(), O_RDWR);
        struct flock fl = {};
        fl.l_type = F_WRLCK;
        fl.l_whence = SEEK_SET;
        fl.l_start = 0x40000001; // PENDING_BYTE + 1: RESERVED
        fl.l_len = 1;
        ::_exit(fd >= 0 && ::fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK ? 0 : 1);
    }
    int status = -1;
    QCOMPARE(::waitpid(child, &status, 0), child);
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0); // still locked
    // Not a database: said so, through SQLite.
    const QString text = m_dir.filePath(QStringLiteral("text.db"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write("not a database, but long enough to be read as one") > 0);
    f.close();
    QString why;
    QVERIFY(WizardText::fileJournalMode(text, &why).isEmpty());
    QVERIFY2(why.contains(QLatin1String("not a database")), qPrintable(why));
#else
    QSKIP("fork and POSIX locks");
#endif
}

QTEST_MAIN(TestLoadWizard)
#include "tst_loadwizard.moc"
