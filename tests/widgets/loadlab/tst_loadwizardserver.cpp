// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's PostgreSQL targets (issue 17): a temporary cluster when PostgreSQL's server
// programs are installed, a server by URL with Test Connection (its answer in a line, never
// the password), the isolation level in place of SQLite's journal and synchronous. With
// LOCKLENS_WIZARD_PNG=/path/name it saves name-server.png to look at.
#include "tests/fixtures/wizardfixture.h"
#include "widgets/loadlab/loadwizard.h"
#include "widgets/loadlab/loadwizardpages.h"
#include "workers/postgres/serverconnection.h"
#include "workers/postgres/tempcluster.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlDatabase>
#include <QTest>
#include <QTextBrowser>

using namespace LockLens;
using namespace LockLens::Fixture;

class TestLoadWizardServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QSqlDatabase::drivers(); }
    void aTemporaryClusterIsOffered();
    void aServerByUrl();
    void testConnectionSaysWhyNot();
    void aPostgresScenarioLoadsBack();
};

void TestLoadWizardServer::aTemporaryClusterIsOffered()
{
    LoadWizard w({});
    auto *temporary = child<QRadioButton>(&w, "temporaryServer");
    QString why;
    const bool installed = Postgres::ServerConnection::driverAvailable(&why) && Postgres::TemporaryCluster::findPrograms();
    QCOMPARE(temporary->isEnabled(), installed);
    if (!installed) { // offered only when it can run, with what to install
        QVERIFY(!temporary->toolTip().isEmpty());
        QSKIP("PostgreSQL is not installed (.ci/run installs it)");
    }
    temporary->setChecked(true);
    const Scenario sc = w.scenario();
    QVERIFY(sc.onServer());
    QVERIFY(sc.server.isEmpty());
    QVERIFY(sc.databasePath.isEmpty() && !sc.isMemory());
    // PostgreSQL's isolation level instead of SQLite's journal and synchronous.
    QVERIFY(!child<QComboBox>(&w, "journalMode")->isEnabled());
    QVERIFY(!child<QComboBox>(&w, "synchronous")->isEnabled());
    QVERIFY(child<QComboBox>(&w, "isolation")->isEnabled());
    selectData(child<QComboBox>(&w, "isolation"), QStringLiteral("serializable"));
    QVERIFY(w.scenario().isolation == Isolation::Serializable);
    QVERIFY2(child<QLabel>(&w, "isolationNote")->text().contains(QLatin1String("BEGIN ISOLATION LEVEL SERIALIZABLE")),
        qPrintable(child<QLabel>(&w, "isolationNote")->text()));
    QVERIFY2(pageOf(w, LoadWizard::TargetPageId)->isComplete(), qPrintable(pageOf(w, LoadWizard::TargetPageId)->problemText()));
    // Back on SQLite, the isolation level is SQLite's default again (SQLite refuses another).
    child<QRadioButton>(&w, "temporaryFile")->setChecked(true);
    QVERIFY(!w.scenario().onServer());
    QVERIFY(w.scenario().isolation == Isolation::ReadCommitted);
    QVERIFY(w.scenario().validate().isEmpty());
}

void TestLoadWizardServer::aServerByUrl()
{
    QString why;
    if (!Postgres::ServerConnection::driverAvailable(&why))
        QSKIP("Qt's PostgreSQL driver is not installed (.ci/run installs it)");
    LoadWizard w({});
    child<QRadioButton>(&w, "server")->setChecked(true);
    ScenarioPage *page = pageOf(w, LoadWizard::TargetPageId);
    QVERIFY(!page->isComplete());
    QVERIFY2(page->problemText().startsWith(QLatin1String("Enter the server's address")), qPrintable(page->problemText()));
    auto *url = child<QLineEdit>(&w, "serverUrl");
    url->setText(QStringLiteral("postgresql://me@[::1"));
    QVERIFY(!page->isComplete()); // the address's own error, on the page
    QVERIFY(!page->problemText().isEmpty());
    url->setText(QStringLiteral("postgresql://me:secret@db.example:5433/bench"));
    QVERIFY2(page->isComplete(), qPrintable(page->problemText()));
    const Scenario sc = w.scenario();
    QVERIFY(sc.onServer());
    QCOMPARE(sc.server, QStringLiteral("postgresql://me:secret@db.example:5433/bench")); // to connect with
    QVERIFY(!QString::fromUtf8(QJsonDocument(sc.toJson()).toJson()).contains(QLatin1String("secret"))); // never stored
}

void TestLoadWizardServer::testConnectionSaysWhyNot()
{
    QString why;
    if (!Postgres::ServerConnection::driverAvailable(&why))
        QSKIP("Qt's PostgreSQL driver is not installed (.ci/run installs it)");
    LoadWizard w({});
    child<QRadioButton>(&w, "server")->setChecked(true);
    // Port 1 on this machine: nothing listens there (refused at once, no timeout to wait out).
    child<QLineEdit>(&w, "serverUrl")->setText(QStringLiteral("postgresql://me:secret@127.0.0.1:1/bench"));
    auto *test = child<QPushButton>(&w, "testServer");
    QVERIFY(test->isEnabled());
    test->click();
    auto *target = static_cast<TargetPage *>(pageOf(w, LoadWizard::TargetPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!target->serverTestResult().isEmpty(), 60000);
    const QString said = target->serverTestResult();
    QVERIFY2(said.startsWith(QLatin1String("Cannot connect to postgresql://me:***@127.0.0.1:1/bench")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("127.0.0.1")), qPrintable(said)); // which server
    QVERIFY2(!said.contains(QLatin1String("secret")), qPrintable(said));
    QVERIFY(!said.contains(QLatin1Char('\n')));
    QVERIFY(test->isEnabled());
    const QByteArray png = qgetenv("LOCKLENS_WIZARD_PNG");
    if (!png.isEmpty()) {
        w.resize(900, 650);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.grab().save(QString::fromLocal8Bit(png) + QStringLiteral("-server.png")));
    }
}

void TestLoadWizardServer::aPostgresScenarioLoadsBack()
{
    Scenario sc;
    sc.engine = Engine::PostgreSQL;
    sc.server = QStringLiteral("postgresql://me@db.example/bench");
    sc.isolation = Isolation::RepeatableRead;
    LoadWizard w({});
    w.setScenario(sc);
    QVERIFY(child<QRadioButton>(&w, "server")->isChecked());
    QCOMPARE(child<QLineEdit>(&w, "serverUrl")->text(), sc.server);
    QCOMPARE(child<QComboBox>(&w, "isolation")->currentData().toString(), QStringLiteral("repeatable-read"));
    const Scenario back = w.scenario();
    QVERIFY(back.onServer());
    QCOMPARE(back.server, sc.server);
    QVERIFY(back.isolation == Isolation::RepeatableRead);
    // The review says where and how, in PostgreSQL's terms.
    w.resize(900, 650);
    QVERIFY(goTo(w, LoadWizard::ReviewPageId));
    const QString review = child<QTextBrowser>(&w, "reviewText")->toPlainText();
    QVERIFY2(review.contains(QLatin1String("the PostgreSQL server postgresql://me@db.example/bench")), qPrintable(review));
    QVERIFY2(review.contains(QLatin1String("repeatable-read")), qPrintable(review));
    QVERIFY2(review.contains(QLatin1String("lock_timeout")), qPrintable(review));
    QVERIFY2(!review.contains(QLatin1String("Journal mode")) && !review.contains(QLatin1String("temporary file")),
        qPrintable(review));
    QVERIFY2(review.contains(QLatin1String("BEGIN ISOLATION LEVEL REPEATABLE READ")), qPrintable(review));
    QVERIFY2(!review.contains(QLatin1String("IMMEDIATE")) && !review.contains(QLatin1String("Lock recording")),
        qPrintable(review));
    QVERIFY2(review.contains(QLatin1String("sampled in the server 20 times a second")), qPrintable(review));
    if (const QByteArray png = qgetenv("LOCKLENS_WIZARD_PNG"); !png.isEmpty())
        QVERIFY(w.grab().save(QString::fromLocal8Bit(png) + QStringLiteral("-server-review.png")));
    sc.server.clear(); // a temporary cluster
    w.setScenario(sc);
    QVERIFY(child<QRadioButton>(&w, "temporaryServer")->isChecked());
}

QTEST_MAIN(TestLoadWizardServer)
#include "tst_loadwizardserver.moc"
