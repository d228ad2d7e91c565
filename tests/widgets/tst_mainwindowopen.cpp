// SPDX-License-Identifier: GPL-3.0-or-later
// Opening databases in the window: a failed open leaves every page as it was and stays out
// of Open Recent; a locked database says so on every page and recovers on Retry or F5; an
// empty file is said to be empty, with nothing left of the table shown before.
#include "app/core/resultmodel.h"
#include "app/core/tablemodel.h"
#include "tests/fixtures/chinookfixture.h"
#include "tests/fixtures/shotfixture.h"
#include "widgets/browser/datagrid.h"
#include "widgets/browser/pragmapanel.h"
#include "widgets/browser/schematree.h"
#include "widgets/browser/sqlconsole.h"
#include "widgets/common/banner.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <sys/stat.h>

using namespace LockLens;

namespace {

// What a user sees of the window, page by page.
struct Snapshot
{
    QString title;
    QStringList tree; // each top-level row: "name|details"
    QString table;
    int rows = -1;
    int columns = -1;
    QString gridMessage;
    QString location;
    QStringList recent;
    int pragmas = -1;
    QString pragmaStatus;

    bool operator==(const Snapshot &o) const
    {
        return title == o.title && tree == o.tree && table == o.table && rows == o.rows
            && columns == o.columns && gridMessage == o.gridMessage && location == o.location
            && recent == o.recent && pragmas == o.pragmas && pragmaStatus == o.pragmaStatus;
    }
    QString describe() const
    {
        return QStringLiteral("%1 / [%2] / %3 %4x%5 '%6' / %7 / recent [%8] / %9 pragmas '%10'")
            .arg(title, tree.join(QLatin1String(", ")), table, QString::number(rows),
                QString::number(columns), gridMessage, location, recent.join(QLatin1String(", ")),
                QString::number(pragmas), pragmaStatus);
    }
};

Snapshot snapshot(MainWindow &w)
{
    Snapshot s;
    s.title = w.windowTitle();
    for (int i = 0; i < w.schemaTree()->topLevelItemCount(); ++i)
        s.tree << w.schemaTree()->topLevelItem(i)->text(0) + QLatin1Char('|')
                + w.schemaTree()->topLevelItem(i)->text(1);
    s.table = w.dataGrid()->tableName();
    s.rows = w.dataGrid()->model()->rowCount();
    s.columns = w.dataGrid()->model()->columnCount();
    s.gridMessage = w.dataGrid()->messageText();
    s.location = w.location().path;
    s.recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    s.pragmas = int(w.pragmaPanel()->values().size());
    s.pragmaStatus = w.pragmaPanel()->statusText();
    return s;
}

// Runs `sql` in the window's console; the status line afterwards.
QString runInConsole(MainWindow &w, const QString &sql, int timeoutMs = 20000)
{
    QSignalSpy done(w.console(), &SqlConsole::scriptFinished);
    w.console()->editor()->setPlainText(sql);
    w.console()->run();
    return done.wait(timeoutMs) ? w.console()->statusText() : QStringLiteral("<no answer>");
}

QString firstResult(MainWindow &w)
{
    return w.console()->results()->index(0, 0).data().toString();
}

} // namespace

class TestMainWindowOpen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void failedOpenLeavesTheWindowAsItWas_data();
    void failedOpenLeavesTheWindowAsItWas();
    void lockedDatabaseSaysLockedAndRecoversOnRetry();
    void zeroByteFileKeepsNothingOfThePreviousTable();
    void consolesOwnTransactionIsNamedAndItsConnectionKept();

private:
    bool openChinook(MainWindow &w);
    QTemporaryDir m_dir;
    QString m_chinook;
};

void TestMainWindowOpen::initTestCase()
{
    qputenv("LOCKLENS_NO_DIALOGS", "1");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("recentFiles"));
    QVERIFY(m_dir.isValid());
    m_chinook = m_dir.filePath(QStringLiteral("chinook.db"));
    QCOMPARE(Fixture::makeChinook(m_chinook), QString());
}

bool TestMainWindowOpen::openChinook(MainWindow &w)
{
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    QSignalSpy pragmas(w.pragmaPanel(), &PragmaPanel::refreshed);
    w.showTable(QStringLiteral("Track"));
    w.openDatabase(DatabaseLocation::file(m_chinook));
    return loaded.wait(10000) && w.dataGrid()->tableName() == QLatin1String("Track")
        && QTest::qWaitFor([&] { return w.dataGrid()->model()->rowCount() == Fixture::ChinookTracks; }, 10000)
        && QTest::qWaitFor([&] { return !w.pragmaPanel()->values().empty(); }, 10000);
}

void TestMainWindowOpen::failedOpenLeavesTheWindowAsItWas_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a database") << "text"
                                    << "not an SQLite database";
    QTest::newRow("corrupt") << "corrupt"
                             << "is corrupt";
    QTest::newRow("missing") << "missing"
                             << "no such file";
    QTest::newRow("a pipe") << "fifo"
                            << "named pipe";
    QTest::newRow("a folder") << "folder"
                              << "is a folder";
}

void TestMainWindowOpen::failedOpenLeavesTheWindowAsItWas()
{
    // Regression: the title named the failed file, the tree kept the old schema, the grid
    // showed "Track 0 rows", the console said no database was open, and the file entered
    // Open Recent.
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString bad = m_dir.filePath(QStringLiteral("bad-%1.db").arg(kind));
    if (kind == QLatin1String("text")) {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(3000, 'n'));
    } else if (kind == QLatin1String("corrupt")) {
        QVERIFY(QFile::copy(m_chinook, bad));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::ReadWrite) && f.seek(100));
        f.write(QByteArray(60, '\xff')); // the schema table's page header
    } else if (kind == QLatin1String("fifo")) {
        QCOMPARE(mkfifo(bad.toLocal8Bit().constData(), 0600), 0);
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(bad));
    }

    MainWindow w;
    w.show();
    QVERIFY(openChinook(w));
    QCOMPARE(
        runInConsole(w, QStringLiteral("SELECT count(*) FROM Track")).contains(QLatin1String("1 row")), true);
    const Snapshot before = snapshot(w);
    QVERIFY(before.recent.contains(QFileInfo(m_chinook).absoluteFilePath()));

    QSignalSpy failed(&w, &MainWindow::failed);
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    w.openDatabase(DatabaseLocation::file(bad));
    QVERIFY(failed.wait(10000));
    QVERIFY2(
        failed.first().first().toString().contains(expected), qPrintable(failed.first().first().toString()));
    QVERIFY(w.statusBar()->currentMessage().contains(expected));
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(w.state(), MainWindow::State::Open);
    const Snapshot after = snapshot(w);
    QVERIFY2(after == before, qPrintable(after.describe() + QLatin1String("\n  was ") + before.describe()));
    QVERIFY(!after.recent.contains(QFileInfo(bad).absoluteFilePath()));
    Fixture::shot(&w, QStringLiteral("failed-open-") + kind);
    // The console still talks to the database the window shows.
    QVERIFY(runInConsole(w, QStringLiteral("SELECT count(*) FROM Track")).contains(QLatin1String("1 row")));
    QCOMPARE(firstResult(w), QString::number(Fixture::ChinookTracks));
    // And the grid still reads it.
    const QModelIndex last = w.dataGrid()->model()->index(Fixture::ChinookTracks - 1, 0);
    w.dataGrid()->view()->scrollTo(last);
    QTRY_COMPARE(last.data(TableModel::RawValueRole).toInt(), Fixture::ChinookTracks);
}

void TestMainWindowOpen::lockedDatabaseSaysLockedAndRecoversOnRetry()
{
    // Regression: a locked database showed "Tables 0"; after the lock was released F5
    // reloaded the tree, but the grid and the console stayed dead.
    const QString path = m_dir.filePath(QStringLiteral("locked.db"));
    QCOMPARE(Fixture::makeChinook(path), QString());
    auto holder = std::make_unique<Fixture::LockHolder>(path);
    QVERIFY(holder->locked());

    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QSignalSpy failed(&w, &MainWindow::failed);
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    w.showTable(QStringLiteral("Track"));
    w.openDatabase(DatabaseLocation::file(path));
    QVERIFY(failed.wait(15000));
    QCOMPARE(w.state(), MainWindow::State::Locked);
    QVERIFY(w.windowTitle().contains(QLatin1String("locked.db")));
    // Tree: "locked" where the tables would be, not "Tables 0".
    QTreeWidgetItem *tables = w.schemaTree()->topLevelItem(0);
    QVERIFY(tables);
    QCOMPARE(tables->text(0), QStringLiteral("Tables"));
    QCOMPARE(tables->text(1), QStringLiteral("locked"));
    QVERIFY(tables->toolTip(0).contains(QLatin1String("locked by another connection")));
    // Grid, banner, console and pragmas say why.
    QVERIFY(w.dataGrid()->tableName().isEmpty());
    QVERIFY2(w.dataGrid()->messageText().contains(QLatin1String("locked")),
        qPrintable(w.dataGrid()->messageText()));
    QVERIFY(w.banner()->text().contains(QLatin1String("locked")));
    QTRY_VERIFY_WITH_TIMEOUT(w.console()->statusText().contains(QLatin1String("locked")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(w.pragmaPanel()->statusText().contains(QLatin1String("locked")), 20000);
    QVERIFY(!QSettings().value(QStringLiteral("recentFiles")).toStringList().contains(path));
    Fixture::shot(&w, QStringLiteral("locked"));
    w.showPage(MainWindow::Page::Console);
    Fixture::shot(&w, QStringLiteral("locked-console"));
    w.showPage(MainWindow::Page::Pragmas);
    Fixture::shot(&w, QStringLiteral("locked-pragmas"));
    w.showPage(MainWindow::Page::Data);

    // Retry while it is still locked: still locked, nothing breaks.
    QToolButton *retry = w.banner()->findChild<QToolButton *>();
    QVERIFY(retry && retry->defaultAction() == w.retryAction());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(failed.wait(15000));
    QCOMPARE(w.state(), MainWindow::State::Locked);
    QCOMPARE(loaded.count(), 0);

    // Released: F5 brings back every page, no other file opened in between.
    holder.reset();
    QTest::keyClick(&w, Qt::Key_F5);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(w.state(), MainWindow::State::Open);
    QVERIFY(w.banner()->text().isEmpty());
    QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("no longer locked")),
        qPrintable(w.statusBar()->currentMessage()));
    QCOMPARE(w.schemaTree()->topLevelItem(0)->text(1), QStringLiteral("4"));
    QCOMPARE(w.dataGrid()->tableName(), QStringLiteral("Track"));
    QTRY_COMPARE(w.dataGrid()->model()->rowCount(), Fixture::ChinookTracks);
    QTRY_VERIFY(!w.dataGrid()->model()->index(0, 1).data(TableModel::LoadingRole).toBool());
    QCOMPARE(w.dataGrid()->model()->index(0, 1).data(TableModel::RawValueRole).toInt(), 1);
    QVERIFY(runInConsole(w, QStringLiteral("SELECT count(*) FROM Album")).contains(QLatin1String("1 row")));
    QCOMPARE(firstResult(w), QStringLiteral("40"));
    QTRY_VERIFY(w.pragmaPanel()->statusText().startsWith(QLatin1String("Read from")));
    QVERIFY(QSettings()
                .value(QStringLiteral("recentFiles"))
                .toStringList()
                .contains(QFileInfo(path).absoluteFilePath()));
    QVERIFY2(!w.statusBar()->currentMessage().contains(QLatin1String("is locked")),
        qPrintable(w.statusBar()->currentMessage())); // no late word from the locked attempt
    w.showPage(MainWindow::Page::Data);
    Fixture::shot(&w, QStringLiteral("locked-recovered"));
}

void TestMainWindowOpen::zeroByteFileKeepsNothingOfThePreviousTable()
{
    // Regression: the grid kept the previous table's columns and the status bar said
    // "no such table: Artist".
    const QString empty = m_dir.filePath(QStringLiteral("empty.db"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    MainWindow w;
    w.show();
    QVERIFY(openChinook(w));
    QSignalSpy gridFailed(w.dataGrid()->model(), &TableModel::failed);
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    w.openDatabase(DatabaseLocation::file(empty));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(w.location().path, empty);
    QVERIFY(w.dataGrid()->tableName().isEmpty());
    QCOMPARE(w.dataGrid()->model()->columnCount(), 0);
    QCOMPARE(w.dataGrid()->model()->rowCount(), 0);
    QVERIFY2(w.dataGrid()->messageText().contains(QLatin1String("empty")),
        qPrintable(w.dataGrid()->messageText()));
    QCOMPARE(w.schemaTree()->topLevelItem(0)->text(1), QStringLiteral("0"));
    // The console works on it, and by then nothing has asked it for the old table.
    QVERIFY(runInConsole(w, QStringLiteral("SELECT count(*) FROM sqlite_schema"))
                .contains(QLatin1String("1 row")));
    QCOMPARE(firstResult(w), QStringLiteral("0"));
    QCOMPARE(gridFailed.count(), 0);
    QVERIFY(!w.statusBar()->currentMessage().contains(QLatin1String("no such table")));
    QCOMPARE(QFileInfo(empty).size(), 0); // looking changed nothing
    Fixture::shot(&w, QStringLiteral("zero-byte"));
}

void TestMainWindowOpen::consolesOwnTransactionIsNamedAndItsConnectionKept()
{
    // A table created in the console's open transaction: the catalog's reader meets the
    // console's own lock. The window says whose it is, and after COMMIT the console keeps
    // its connection (and its settings) rather than being opened afresh.
    const QString path = m_dir.filePath(QStringLiteral("own.db"));
    QCOMPARE(Fixture::makeChinook(path), QString());
    MainWindow w;
    w.show();
    QSignalSpy loaded(&w, &MainWindow::schemaLoaded);
    w.openDatabase(DatabaseLocation::file(path));
    QVERIFY(loaded.wait(10000));
    runInConsole(w, QStringLiteral("PRAGMA foreign_keys = ON"));
    QSignalSpy failed(&w, &MainWindow::failed);
    runInConsole(w,
        QStringLiteral("BEGIN EXCLUSIVE; CREATE TABLE Playlist(PlaylistId INTEGER PRIMARY KEY, Name TEXT)"));
    QVERIFY(failed.wait(15000));
    QCOMPARE(w.state(), MainWindow::State::Locked);
    QVERIFY2(w.banner()->text().contains(QLatin1String("The SQL console has a transaction open")),
        qPrintable(w.banner()->text()));
    loaded.clear();
    runInConsole(w, QStringLiteral("COMMIT"));
    QVERIFY(loaded.wait(15000));
    QCOMPARE(w.state(), MainWindow::State::Open);
    QVERIFY(w.schema().table(QStringLiteral("Playlist")));
    QVERIFY(runInConsole(w, QStringLiteral("PRAGMA foreign_keys")).contains(QLatin1String("1 row")));
    QCOMPARE(firstResult(w), QStringLiteral("1")); // the same connection, its setting kept
}

QTEST_MAIN(TestMainWindowOpen)
#include "tst_mainwindowopen.moc"
