// SPDX-License-Identifier: GPL-3.0-or-later
// The load lab after a run on the database open in the window (issue 14 item 11): the run
// created LockLens's load table in the user's file and left it there; the banner offers to
// remove it, and DROP TABLE happens only when the run created it and the user says yes.
#include "app/core/loadtableremoval.h"
#include "widgets/loadlab/comparisonview.h"
#include "widgets/loadlab/loaddashboard.h"
#include "widgets/loadlab/loadlab.h"
#include "workers/postgres/serverconnection.h"
#include "workers/postgres/tempcluster.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace LockLens;

class TestLoadLab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void offersToRemoveTheTableItCreated();
    void neverOffersATableThatWasThereBefore();
    void runsTheLastSqliteRunOnPostgresToo();
};

namespace {

const QString LoadTableName = QStringLiteral("locklens_load");

// A database of the user's: one table of theirs, and LockLens's load table when asked.
bool makeDatabase(const QString &path, bool withLoadTable)
{
    SqlFailure f;
    auto db = DbConnection::open(
        DatabaseLocation::file(path), DbConnection::Access::ReadWrite, QStringLiteral("setup"), &f, true);
    return db && db->exec(QStringLiteral("CREATE TABLE artist(id INTEGER PRIMARY KEY, name TEXT)"), &f)
        && (!withLoadTable
            || db->exec(
                QStringLiteral("CREATE TABLE locklens_load(id INTEGER PRIMARY KEY, worker INTEGER NOT "
                               "NULL, value INTEGER NOT NULL, payload BLOB)"),
                &f));
}

bool tableThere(const QString &path, const QString &table)
{
    bool found = false;
    QString why;
    if (!LoadTable::exists(DatabaseLocation::file(path), table, &found, &why))
        qWarning("%s", qPrintable(why));
    return found;
}

Scenario shortRun(const QString &path)
{
    Scenario sc;
    sc.name = QStringLiteral("on the window's database");
    sc.databasePath = path;
    sc.workers = 2;
    sc.durationS = 0.3;
    return sc;
}

// Runs `sc` in `lab` to its end (saved in the store).
bool runToEnd(LoadLab &lab, const Scenario &sc)
{
    QSignalSpy saved(&lab, &LoadLab::runSaved);
    QString why;
    if (!lab.run(sc, &why)) {
        qWarning("%s", qPrintable(why));
        return false;
    }
    return saved.wait(60000);
}

} // namespace

void TestLoadLab::initTestCase()
{
    QSqlDatabase::drivers();
    QStandardPaths::setTestModeEnabled(true);
}

void TestLoadLab::offersToRemoveTheTableItCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.db"));
    QVERIFY(makeDatabase(path, false));
    LoadLab lab;
    lab.setStorePath(dir.filePath(QStringLiteral("runs.sqlite")));
    lab.setContext({ path, QString(), false });
    QStringList asked;
    bool answer = false;
    lab.setConfirm([&](const QString &question) {
        asked << question;
        return answer;
    });
    lab.resize(1280, 800);
    lab.show();
    QVERIFY(runToEnd(lab, shortRun(path)));
    QVERIFY(tableThere(path, LoadTableName)); // the run created it, and it stays

    auto *offer = lab.findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QVERIFY(offer && offer->isVisible());
    QCOMPARE(offer->text(), QStringLiteral("Remove locklens_load…"));
    QCOMPARE(lab.createdTable(), LoadTableName);

    // No: nothing changes, and the offer stands.
    offer->click();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.front().contains(QLatin1String("The load test created it; it holds")),
        qPrintable(asked.front()));
    QVERIFY(tableThere(path, LoadTableName));
    QVERIFY(offer->isVisible());

    // Yes: dropped, said, and the window told to reload the schema.
    QSignalSpy changed(&lab, &LoadLab::databaseChanged);
    answer = true;
    offer->click();
    QCOMPARE(asked.size(), 2);
    QVERIFY(!tableThere(path, LoadTableName));
    QVERIFY(tableThere(path, QStringLiteral("artist"))); // the user's own table is untouched
    QVERIFY(!offer->isVisible());
    QVERIFY2(lab.dashboard()->bannerText().contains(QLatin1String("The table locklens_load was removed")),
        qPrintable(lab.dashboard()->bannerText()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), path);
    QVERIFY(lab.createdTable().isEmpty());
    QVERIFY(!lab.removeCreatedTable()); // once only
    QCOMPARE(asked.size(), 2);
}

void TestLoadLab::neverOffersATableThatWasThereBefore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.db"));
    QVERIFY(makeDatabase(path, true));
    LoadLab lab;
    lab.setStorePath(dir.filePath(QStringLiteral("runs.sqlite")));
    lab.setContext({ path, QString(), false });
    int asked = 0;
    lab.setConfirm([&](const QString &) { return ++asked > 0; });
    lab.show();
    QVERIFY(runToEnd(lab, shortRun(path)));
    QVERIFY(lab.createdTable().isEmpty());
    auto *offer = lab.findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QVERIFY(offer && !offer->isVisible());
    QVERIFY(!lab.removeCreatedTable());
    QCOMPARE(asked, 0);
    QVERIFY(tableThere(path, LoadTableName));

    // Nor on another file than the window's, where the run created the table.
    const QString other = dir.filePath(QStringLiteral("other.db"));
    QVERIFY(runToEnd(lab, shortRun(other)));
    QVERIFY(tableThere(other, LoadTableName));
    QVERIFY(lab.createdTable().isEmpty());
    QVERIFY(!offer->isVisible());
}


// Issue 17: Load Lab ▸ Run on PostgreSQL Too runs the last SQLite run's load on a temporary
// PostgreSQL cluster and, once it has ended, shows the two side by side, in plain words.
void TestLoadLab::runsTheLastSqliteRunOnPostgresToo()
{
    QString why;
    if (!Postgres::ServerConnection::driverAvailable(&why) || !Postgres::TemporaryCluster::findPrograms())
        QSKIP("PostgreSQL's driver or server programs are not installed (.ci/run installs them)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LoadLab lab;
    lab.setStorePath(dir.filePath(QStringLiteral("runs.sqlite")));
    QVERIFY(!lab.postgresAction()->isEnabled());
    QVERIFY(!lab.runOnPostgres(&why)); // nothing to run yet
    QCOMPARE(why, QStringLiteral("no SQLite run has ended and been kept yet"));
    Scenario sc;
    sc.name = QStringLiteral("both engines");
    sc.workers = 2;
    sc.durationS = 0.5; // on a temporary file
    QVERIFY(runToEnd(lab, sc));
    QVERIFY(lab.postgresAction()->isEnabled());
    QSignalSpy saved(&lab, &LoadLab::runSaved);
    QVERIFY2(lab.runOnPostgres(&why), qPrintable(why));
    QVERIFY(!lab.postgresAction()->isEnabled()); // while it runs
    QVERIFY(saved.wait(120000));
    QVERIFY(saved.front().front().toLongLong() > 0);
    // The comparison of the two is what the window shows now, and what a report is of.
    Report::RunSet runs;
    QList<qint64> ids;
    QVERIFY2(lab.reportRuns(&runs, &ids, &why), qPrintable(why));
    QCOMPARE(ids.size(), 2);
    const QString headline = lab.comparison()->headline();
    QVERIFY2(headline.startsWith(QLatin1String("With 2 writers, ")), qPrintable(headline));
    // (The store names each run by its scenario and when it ran.)
    static const QRegularExpression named(QStringLiteral("both engines, [-0-9: ]+ \\((SQLite|PostgreSQL)\\) against "
                                                         "both engines, [-0-9: ]+ \\((SQLite|PostgreSQL)\\)\\)\\.$"));
    const QRegularExpressionMatch m = named.match(headline);
    QVERIFY2(m.hasMatch() && m.captured(1) != m.captured(2), qPrintable(headline));
}

QTEST_MAIN(TestLoadLab)
#include "tst_loadlab.moc"
