// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's choice of table: the built-in load table or an existing table of the target
// database, listed read-only; the choice round-trips; the review says plainly that the run
// writes into the user's table. With LOCKLENS_WIZARD_PNG=/path/name it saves
// name-table-2.png and name-table-4.png (workload and review at 900x650) to look at.
#include "tests/fixtures/sqlitefixture.h"
#include "tests/fixtures/wizardfixture.h"
#include "widgets/loadlab/loadwizard.h"
#include "widgets/loadlab/loadwizardpages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <sqlite3.h>

using namespace LockLens;
using namespace LockLens::Fixture;

namespace {

QString exec(const QString &path, const char *script)
{
    sqlite3 *db = nullptr;
    QString error;
    sqlite3_open(path.toUtf8().constData(), &db);
    char *msg = nullptr;
    if (sqlite3_exec(db, script, nullptr, nullptr, &msg) != SQLITE_OK)
        error = QString::fromUtf8(msg);
    sqlite3_free(msg);
    sqlite3_close(db);
    return error;
}

QStringList itemsOf(const QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemData(i).toString();
    return items;
}

} // namespace

class TestLoadWizardTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tablesOfTheTargetAreListedReadOnly();
    void existingTableRoundTrips();
    void builtInTableStaysTheDefault();
    void unknownTableIsRefused();
    void temporaryTargetHasNoTableOfYours();
    void reviewSaysTheRunWritesIntoTheTable();
    void foreignKeysAreAChoice();

private:
    Scenario existing() const;

    QTemporaryDir m_dir;
    QString m_db;
};

void TestLoadWizardTable::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("shop.db"));
    QCOMPARE(exec(m_db,
                 "CREATE TABLE customers(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL);"
                 "CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id));"
                 "CREATE TABLE kv(k TEXT PRIMARY KEY, v) WITHOUT ROWID;"
                 "CREATE VIEW names AS SELECT name FROM customers;"
                 "INSERT INTO customers(name) VALUES ('Ada');"),
        QString());
}

Scenario TestLoadWizardTable::existing() const
{
    Scenario s;
    s.databasePath = m_db;
    s.table = QStringLiteral("orders");
    s.existingTable = true;
    s.mix = { 50, 30, 20, 0, 0 };
    return s;
}

void TestLoadWizardTable::tablesOfTheTargetAreListedReadOnly()
{
    const QByteArray before = folderFingerprint(m_dir.path());
    WizardContext ctx;
    ctx.databasePath = m_db;
    LoadWizard w(ctx);
    child<QRadioButton>(&w, "currentDatabase")->setChecked(true);
    QVERIFY(goTo(w, LoadWizard::WorkloadPageId));
    child<QRadioButton>(&w, "tableExisting")->setChecked(true);
    // Ordinary rowid tables only: no view, no WITHOUT ROWID table, no sqlite_sequence.
    QCOMPARE(itemsOf(child<QComboBox>(&w, "existingTable")),
        (QStringList { QStringLiteral("customers"), QStringLiteral("orders") }));
    QVERIFY(child<QLabel>(&w, "tablesNote")->text().contains(QDir::toNativeSeparators(m_db)));
    selectData(child<QComboBox>(&w, "existingTable"), QStringLiteral("orders"));
    const Scenario sc = w.scenario();
    QVERIFY(sc.existingTable);
    QCOMPARE(sc.table, QStringLiteral("orders"));
    QVERIFY2(w.problem().isEmpty(), qPrintable(w.problem()));
    QVERIFY(
        child<QLabel>(&w, "tableHint")->text().contains(QLatin1String("writes into this table of yours")));
    QCOMPARE(folderFingerprint(m_dir.path()), before);
}

void TestLoadWizardTable::existingTableRoundTrips()
{
    LoadWizard w({});
    const Scenario sc = existing();
    w.setScenario(sc);
    QCOMPARE(w.scenario().toJson(), sc.toJson());
    QVERIFY2(w.problem().isEmpty(), qPrintable(w.problem()));
    QVERIFY(child<QRadioButton>(&w, "tableExisting")->isChecked());
    QVERIFY(!child<QLineEdit>(&w, "table")->isEnabled());
}

void TestLoadWizardTable::builtInTableStaysTheDefault()
{
    LoadWizard w({});
    w.setScenario(Scenario());
    QVERIFY(child<QRadioButton>(&w, "tableBuiltin")->isChecked());
    QVERIFY(!w.scenario().existingTable);
    QCOMPARE(w.scenario().table, QStringLiteral("locklens_load"));
    // Switching to an existing table and back keeps the load table's name.
    w.setScenario(existing());
    child<QRadioButton>(&w, "tableBuiltin")->setChecked(true);
    child<QLineEdit>(&w, "table")->setText(QStringLiteral("my_load"));
    QVERIFY(!w.scenario().existingTable);
    QCOMPARE(w.scenario().table, QStringLiteral("my_load"));
}

void TestLoadWizardTable::unknownTableIsRefused()
{
    LoadWizard w({});
    Scenario sc = existing();
    sc.table = QStringLiteral("gone");
    w.setScenario(sc);
    QCOMPARE(w.scenario().table, QStringLiteral("gone")); // shown, not lost
    const QString problem = pageOf(w, LoadWizard::WorkloadPageId)->problem();
    QVERIFY2(problem.contains(QLatin1String("has no table gone")), qPrintable(problem));
}

void TestLoadWizardTable::temporaryTargetHasNoTableOfYours()
{
    LoadWizard w({});
    w.setScenario(Scenario()); // a temporary file
    child<QRadioButton>(&w, "tableExisting")->setChecked(true);
    QCOMPARE(child<QComboBox>(&w, "existingTable")->count(), 0);
    const QString problem = pageOf(w, LoadWizard::WorkloadPageId)->problem();
    QVERIFY2(problem.contains(QLatin1String("needs a database file")), qPrintable(problem));
    QVERIFY(!w.problem().isEmpty());
}

void TestLoadWizardTable::reviewSaysTheRunWritesIntoTheTable()
{
    LoadWizard w({});
    w.setScenario(existing());
    QVERIFY(goTo(w, LoadWizard::ReviewPageId));
    const QString summary = child<QTextBrowser>(&w, "reviewText")->toPlainText();
    QVERIFY2(
        summary.contains(QLatin1String("orders, an existing table of yours: the run inserts rows into it, "
                                       "updates its rows, deletes its rows, and those changes stay")),
        qPrintable(summary));
    const QString warnings = plain(child<QLabel>(&w, "warnings")->text());
    QVERIFY2(warnings.contains(QLatin1String("writes into your table orders (inserts, updates, deletes)")),
        qPrintable(warnings));

    const QByteArray png = qgetenv("LOCKLENS_WIZARD_PNG");
    if (!png.isEmpty()) {
        w.resize(900, 650);
        for (int id : { LoadWizard::WorkloadPageId, LoadWizard::ReviewPageId }) {
            QVERIFY(goTo(w, id));
            QCoreApplication::processEvents();
            QVERIFY(w.grab().save(
                QStringLiteral("%1-table-%2.png").arg(QString::fromLocal8Bit(png)).arg(id + 1)));
        }
    }
}

void TestLoadWizardTable::foreignKeysAreAChoice()
{
    // Off unless checked (SQLite's default), offered for an existing table, listed on review.
    LoadWizard w({});
    w.setScenario(existing());
    auto *box = child<QCheckBox>(&w, "foreignKeys");
    QVERIFY(box->isEnabled());
    QVERIFY(!box->isChecked());
    QVERIFY(!w.scenario().foreignKeys);
    QVERIFY(child<QLabel>(&w, "tableHint")->text().contains(QLatin1String("not enforced")));
    QVERIFY(goTo(w, LoadWizard::ReviewPageId));
    QVERIFY(child<QTextBrowser>(&w, "reviewText")
                ->toPlainText()
                .contains(QLatin1String("Foreign keys\nnot enforced (PRAGMA foreign_keys=OFF")));

    QVERIFY(goTo(w, LoadWizard::WorkloadPageId));
    box->setChecked(true);
    const Scenario sc = w.scenario();
    QVERIFY(sc.foreignKeys);
    QVERIFY(child<QLabel>(&w, "tableHint")->text().contains(QLatin1String("Foreign keys are enforced")));
    QVERIFY(goTo(w, LoadWizard::ReviewPageId));
    QVERIFY(child<QTextBrowser>(&w, "reviewText")
                ->toPlainText()
                .contains(QLatin1String("Foreign keys\nenforced (PRAGMA foreign_keys=ON")));
    // It passes through unchanged, and the built-in load table has none to enforce.
    w.setScenario(sc);
    QCOMPARE(w.scenario().toJson(), sc.toJson());
    child<QRadioButton>(&w, "tableBuiltin")->setChecked(true);
    QVERIFY(!box->isEnabled());

    // The workload page still fits with the longest hint.
    w.setScenario(sc);
    w.resize(900, 650);
    QVERIFY(goTo(w, LoadWizard::WorkloadPageId));
    QCoreApplication::processEvents();
    QWizardPage *page = w.page(LoadWizard::WorkloadPageId);
    QVERIFY2(page->layout()->totalHeightForWidth(page->width()) <= page->height(),
        qPrintable(QStringLiteral("needs %1 px, has %2")
                       .arg(page->layout()->totalHeightForWidth(page->width()))
                       .arg(page->height())));
}

QTEST_MAIN(TestLoadWizardTable)
#include "tst_loadwizardtable.moc"
