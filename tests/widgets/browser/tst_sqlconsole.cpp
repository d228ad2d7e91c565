// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL console: statement splitting, running on the session's background connection,
// errors with SQLite's code, cancelling a statement that would never end, read-only
// sessions, and the widget running its selection.
#include "app/core/resultmodel.h"
#include "app/core/sqlscript.h"
#include "app/core/sqlsession.h"
#include "tests/fixtures/sqlitefixture.h"
#include "widgets/browser/sqlconsole.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QtTest>

#include <sqlite3.h>

#include <atomic>

using namespace LockLens;

namespace {
using Fixture::strings;

// Never ends on its own: an endless recursive sequence.
const QString EndlessRows
    = QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c");
// Endless too, through tick(x) (installTicks), so that a test can see them running: a count
// that is one step of SQLite's, and a stream of rows.
const QString TickingCount = QStringLiteral(
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(tick(x)) FROM c");
const QString TickingRows
    = QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT tick(x) FROM c");

// tick(x) returns x and counts the call: a test waits for the count to grow, and so knows the
// statement is running on the session's thread, instead of sleeping and hoping it started.
void tick(sqlite3_context *context, int, sqlite3_value **argv)
{
    static_cast<std::atomic<qint64> *>(sqlite3_user_data(context))->fetch_add(1);
    sqlite3_result_value(context, argv[0]);
}

// Installs tick() on the session's connection (it needs the driver's native handle).
bool installTicks(SqlSession &s, std::atomic<qint64> *ticks)
{
    bool done = false;
    bool installed = false;
    s.post(
        [&installed, ticks](DbConnection *db) {
            sqlite3 *h = db ? db->native() : nullptr;
            installed = h
                && sqlite3_create_function(h, "tick", 1, SQLITE_UTF8, ticks, tick, nullptr, nullptr) == SQLITE_OK;
        },
        &s, [&done] { done = true; });
    return QTest::qWaitFor([&done] { return done; }, 10000) && installed;
}
} // namespace

class TstSqlConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void split_data();
    void split();
    void splitsLargeScripts();
    void rowCountsOnlyForWrites();
    void runsAndShowsRows();
    void errorCarriesSqliteCode();
    void stopsAtFirstFailure();
    void cancelEndlessStatement();
    void cancelBetweenRows();
    void cancelIsCheckedEvery256Rows();
    void cancelSparesOtherJobs();
    void destroyWhileRunning();
    void readOnlyRefusesWrites();
    void reportsOpenTransaction();
    void consoleRunsSelection();
    void consoleCancelsLongQuery();
    void runIsRefusedWhileAScriptRuns();
    void exportsTheRowsShown();

private:
    ScriptResult runAndWait(SqlSession &s, const QString &sql, ScriptOptions options = {});
    bool openSession(SqlSession &s, DbConnection::Access access = DbConnection::Access::ReadWrite);
    QTemporaryDir m_dir;
    QString m_path;
};

void TstSqlConsole::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("console-%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QCOMPARE(Fixture::exec(m_path,
                 QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT);"
                                "INSERT INTO t(name) VALUES ('a'), ('b'), (NULL);")),
        QString());
}

bool TstSqlConsole::openSession(SqlSession &s, DbConnection::Access access)
{
    QSignalSpy opened(&s, &SqlSession::opened);
    s.open(DatabaseLocation::file(m_path), access);
    return opened.wait(5000);
}

ScriptResult TstSqlConsole::runAndWait(SqlSession &s, const QString &sql, ScriptOptions options)
{
    QSignalSpy done(&s, &SqlSession::finished);
    s.run(sql, options);
    if (!done.wait(10000))
        return {};
    return done.first().first().value<ScriptResult>();
}

void TstSqlConsole::split_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("two") << "SELECT 1; SELECT 2;" << strings({ "SELECT 1;", "SELECT 2;" })
                         << QList<int> { 1, 1 };
    QTest::newRow("no final semicolon")
        << "SELECT 1;\nSELECT 2" << strings({ "SELECT 1;", "SELECT 2" }) << QList<int> { 1, 2 };
    QTest::newRow("semicolon in string")
        << "SELECT 'a;b';\n\nSELECT \"x;\" FROM t;" << strings({ "SELECT 'a;b';", "SELECT \"x;\" FROM t;" })
        << QList<int> { 1, 3 };
    QTest::newRow("comments") << "-- only; a comment\nSELECT 1 /* ; */;\n/* trailing; */ -- end"
                              << strings({ "SELECT 1 /* ; */;" }) << QList<int> { 2 };
    QTest::newRow("trigger body")
        << "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; SELECT 2; END; SELECT 3;"
        << strings({ "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; SELECT 2; END;", "SELECT 3;" })
        << QList<int> { 1, 1 };
    QTest::newRow("blank") << " \n ;; -- x\n" << QStringList() << QList<int> {};
    QTest::newRow("doubled quotes") << "SELECT 'it''s; fine'; SELECT [a;b] FROM t; SELECT `x;y`"
                                    << strings({ "SELECT 'it''s; fine';", "SELECT [a;b] FROM t;",
                                           "SELECT `x;y`" })
                                    << QList<int> { 1, 1, 1 };
    QTest::newRow("unterminated string")
        << "SELECT 1; SELECT 'open; SELECT 2;" << strings({ "SELECT 1;", "SELECT 'open; SELECT 2;" })
        << QList<int> { 1, 1 };
    QTest::newRow("unicode") << "SELECT 'é;ü'; SELECT 2" << strings({ "SELECT 'é;ü';", "SELECT 2" })
                             << QList<int> { 1, 1 };
}

void TstSqlConsole::split()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, statements);
    QFETCH(QList<int>, lines);
    QStringList got;
    QList<int> gotLines;
    for (const ScriptStatement &s : splitStatements(sql)) {
        got << s.sql;
        gotLines << s.line;
    }
    QCOMPARE(got, statements);
    QCOMPARE(gotLines, lines);
}

void TstSqlConsole::splitsLargeScripts()
{
    // Regression: counting lines copied the text before every statement and each
    // semicolon re-ran sqlite3_complete from the statement's start (40,000 statements took
    // 55 s). The answer must also stay right.
    QString script;
    const int n = 40000;
    for (int i = 0; i < n; ++i)
        script += QStringLiteral("INSERT INTO t VALUES (%1, 'a;b');\n").arg(i);
    script += QStringLiteral("SELECT '") + QString(n, QLatin1Char(';')) + QStringLiteral("';");
    QElapsedTimer clock;
    clock.start();
    const std::vector<ScriptStatement> parts = splitStatements(script);
    qInfo("split %d statements and a string of %d semicolons in %lld ms", n, n, clock.elapsed());
    QCOMPARE(int(parts.size()), n + 1);
    QCOMPARE(parts[n - 1].line, n);
    QCOMPARE(parts[n - 1].sql, QStringLiteral("INSERT INTO t VALUES (%1, 'a;b');").arg(n - 1));
    QCOMPARE(parts[n].line, n + 1);
    QCOMPARE(parts[n].sql.size(), n + 10);
}

void TstSqlConsole::rowCountsOnlyForWrites()
{
    SqlSession s;
    QVERIFY(openSession(s));
    const ScriptResult r
        = runAndWait(s, QStringLiteral("DELETE FROM t; CREATE TABLE z(a); PRAGMA user_version = 3"));
    QVERIFY(r.ok());
    QCOMPARE(r.statements[0].rowsAffected, 3);
    QCOMPARE(r.statements[1].rowsAffected, -1); // not the DELETE's count again
    QCOMPARE(r.statements[2].rowsAffected, -1);
    QVERIFY(!r.summary().contains(QLatin1String("changed")));
}

void TstSqlConsole::runsAndShowsRows()
{
    SqlSession s;
    QVERIFY(openSession(s));
    const ScriptResult r = runAndWait(
        s, QStringLiteral("INSERT INTO t(name) VALUES ('c'); SELECT id, name FROM t ORDER BY id"));
    QVERIFY(r.ok());
    QCOMPARE(r.statements.size(), std::size_t(2));
    QCOMPARE(r.statements[0].rowsAffected, 1);
    QCOMPARE(r.statements[1].columns, strings({ "id", "name" }));
    QCOMPARE(r.statements[1].rows.size(), std::size_t(4));
    QVERIFY(r.statements[1].rows[2][1].isNull());
    // The insert reached the file (the console writes when the user's SQL does).
    QCOMPARE(Fixture::column(m_path, QStringLiteral("SELECT count(*) FROM t")), strings({ "4" }));

    ResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(r.statements[1]);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("b"));
    QCOMPARE(model.index(2, 1).data().toString(), QStringLiteral("NULL"));
    QVERIFY(model.index(2, 1).data(ResultModel::IsNullRole).toBool());
}

void TstSqlConsole::errorCarriesSqliteCode()
{
    SqlSession s;
    QVERIFY(openSession(s));
    const ScriptResult r = runAndWait(s, QStringLiteral("SELECT 1;\n\nSELECT * FROM missing_table"));
    QVERIFY(!r.ok());
    QCOMPARE(r.statements.back().failure.code, 1); // SQLITE_ERROR
    QVERIFY(r.statements.back().failure.message.contains(QStringLiteral("no such table: missing_table")));
    QVERIFY2(r.summary().contains(QStringLiteral("line 3")), qPrintable(r.summary()));
    QVERIFY(r.summary().contains(QStringLiteral("SQLite code 1")));

    const ScriptResult c = runAndWait(s, QStringLiteral("INSERT INTO t(id, name) VALUES (1, 'dup')"));
    QCOMPARE(c.statements.back().failure.code, 1555); // SQLITE_CONSTRAINT_PRIMARYKEY
}

void TstSqlConsole::stopsAtFirstFailure()
{
    SqlSession s;
    QVERIFY(openSession(s));
    const ScriptResult r = runAndWait(
        s, QStringLiteral("INSERT INTO t(name) VALUES ('x'); SELEKT 1; INSERT INTO t(name) VALUES ('y');"));
    QCOMPARE(r.statements.size(), std::size_t(2));
    QCOMPARE(Fixture::column(m_path, QStringLiteral("SELECT count(*) FROM t WHERE name IN ('x','y')")),
        strings({ "1" }));
}

void TstSqlConsole::cancelEndlessStatement()
{
    SqlSession s;
    QVERIFY(openSession(s));
    if (!s.canInterrupt())
        QSKIP("Qt's SQLite driver carries its own SQLite here; sqlite3_interrupt cannot reach it");
    std::atomic<qint64> ticks { 0 };
    QVERIFY(installTicks(s, &ticks));
    QSignalSpy done(&s, &SqlSession::finished);
    s.run(TickingCount);
    QTRY_VERIFY(ticks.load() > 1000); // counting
    QVERIFY(done.isEmpty());
    QElapsedTimer clock;
    clock.start();
    s.cancel();
    QVERIFY(done.wait(5000));
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    const auto r = done.first().first().value<ScriptResult>();
    QVERIFY(r.cancelled);
    QCOMPARE(r.statements.back().failure.code, 9); // SQLITE_INTERRUPT
    // The session is usable afterwards, and a new statement is not interrupted.
    QCOMPARE(runAndWait(s, QStringLiteral("SELECT 42")).statements.back().rows.at(0).at(0).toInt(), 42);
}

void TstSqlConsole::cancelBetweenRows()
{
    // The fallback for drivers that carry their own SQLite (no sqlite3_interrupt): the
    // session's cancel flag is checked between rows, so an endless stream of rows stops.
    SqlSession s;
    s.setInterruptEnabled(false);
    QVERIFY(openSession(s));
    QVERIFY(!s.canInterrupt());
    std::atomic<qint64> ticks { 0 };
    if (!installTicks(s, &ticks))
        QSKIP("seeing the rows flow needs the driver's native handle (cancelIsCheckedEvery256Rows runs anyway)");
    ScriptOptions unlimited;
    unlimited.rowLimit = std::numeric_limits<int>::max();
    QSignalSpy done(&s, &SqlSession::finished);
    s.run(TickingRows, unlimited);
    QTRY_VERIFY(ticks.load() > 1000); // rows are flowing
    QVERIFY(done.isEmpty());
    s.cancel();
    QVERIFY(done.wait(5000));
    const auto r = done.first().first().value<ScriptResult>();
    QVERIFY(r.cancelled);
    QVERIFY(r.statements.back().ok); // stopped by the flag, not by SQLite
    QVERIFY(!r.statements.back().rows.empty());
    QCOMPARE(r.statements.back().rows.size() % 256, std::size_t(0)); // checked every 256 rows
}

void TstSqlConsole::cancelIsCheckedEvery256Rows()
{
    // The same flag on the script runner alone, with every driver: it is asked before each
    // statement and after every 256th row, and the rows read until then are kept.
    SqlFailure error;
    const auto db = DbConnection::open(
        DatabaseLocation::file(m_path), DbConnection::Access::ReadWrite, QStringLiteral("rows"), &error);
    QVERIFY2(db, qPrintable(error.text()));
    ScriptOptions unlimited;
    unlimited.rowLimit = std::numeric_limits<int>::max();
    int asked = 0;
    const ScriptResult r = runScript(*db, EndlessRows + QStringLiteral("; SELECT 1"), unlimited,
        [&asked] { return ++asked == 4; }); // before the statement, after rows 256, 512, 768
    QVERIFY(r.cancelled);
    QCOMPARE(r.statements.size(), std::size_t(1)); // the second statement never ran
    QVERIFY(r.statements.back().ok);
    QVERIFY(r.statements.back().cancelled);
    QCOMPARE(r.statements.back().rows.size(), std::size_t(768));
    QCOMPARE(r.statements.back().rows.back().at(0).toLongLong(), 768LL);
}

void TstSqlConsole::cancelSparesOtherJobs()
{
    // Regression: cancel() interrupted whatever ran on the connection, e.g. a pragma change
    // or a lookup queued ahead of the script being cancelled.
    SqlSession s;
    QVERIFY(openSession(s));
    std::atomic<bool> started { false };
    QVariant counted;
    s.post(
        [&](DbConnection *db) {
            started = true;
            counted = db->value(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM "
                                               "c LIMIT 5000000) SELECT count(*) FROM c"));
        },
        this, [] {});
    QSignalSpy done(&s, &SqlSession::finished);
    s.run(QStringLiteral("SELECT 1"));
    QTRY_VERIFY(started.load());
    s.cancel();
    QVERIFY(done.wait(20000));
    QCOMPARE(counted.toLongLong(), 5000000LL); // the job ran to its end
    const auto r = done.first().first().value<ScriptResult>();
    QVERIFY(r.cancelled);
    QVERIFY(r.statements.empty()); // the script never started
}

void TstSqlConsole::destroyWhileRunning()
{
    auto s = std::make_unique<SqlSession>();
    QVERIFY(openSession(*s));
    if (!s->canInterrupt())
        QSKIP("needs sqlite3_interrupt");
    std::atomic<qint64> ticks { 0 };
    QVERIFY(installTicks(*s, &ticks));
    s->run(TickingCount);
    QTRY_VERIFY(ticks.load() > 1000);
    QElapsedTimer clock;
    clock.start();
    s.reset(); // cancels and joins
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

void TstSqlConsole::readOnlyRefusesWrites()
{
    const QByteArray before = Fixture::sha1Of(m_path);
    SqlSession s;
    QVERIFY(openSession(s, DbConnection::Access::ReadOnly));
    QVERIFY(s.readOnly());
    const ScriptResult r = runAndWait(s, QStringLiteral("DELETE FROM t"));
    QVERIFY(!r.ok());
    QCOMPARE(r.statements.back().failure.code & 0xff, 8); // SQLITE_READONLY
    QCOMPARE(
        runAndWait(s, QStringLiteral("SELECT count(*) FROM t")).statements.back().rows.at(0).at(0).toInt(),
        3);
    QCOMPARE(Fixture::sha1Of(m_path), before);
}

void TstSqlConsole::reportsOpenTransaction()
{
    SqlSession s;
    QVERIFY(openSession(s));
    if (!s.canInterrupt())
        QSKIP("transaction state needs the native handle");
    const ScriptResult open = runAndWait(s, QStringLiteral("BEGIN IMMEDIATE; SELECT 1"));
    QCOMPARE(open.inTransaction, 1);
    QVERIFY(open.summary().contains(QStringLiteral("transaction is open")));
    const ScriptResult closed = runAndWait(s, QStringLiteral("ROLLBACK"));
    QCOMPARE(closed.inTransaction, 0);
    QVERIFY(!closed.summary().contains(QStringLiteral("transaction is open")));
}

void TstSqlConsole::consoleRunsSelection()
{
    SqlSession s;
    QVERIFY(openSession(s));
    SqlConsole console(&s);
    QSignalSpy done(&console, &SqlConsole::scriptFinished);
    const QString text = QStringLiteral("DELETE FROM t;\nSELECT name FROM t WHERE id = 2;");
    console.editor()->setPlainText(text);
    QTextCursor cursor = console.editor()->textCursor();
    cursor.setPosition(int(text.indexOf(QLatin1String("SELECT"))));
    cursor.setPosition(int(text.size()), QTextCursor::KeepAnchor);
    console.editor()->setTextCursor(cursor);
    console.run();
    QVERIFY(done.wait(5000));
    QCOMPARE(console.results()->rowCount(), 1);
    QCOMPARE(console.results()->index(0, 0).data().toString(), QStringLiteral("b"));
    QCOMPARE(Fixture::column(m_path, QStringLiteral("SELECT count(*) FROM t")),
        strings({ "3" })); // DELETE not run
    QVERIFY(!done.first().at(1).toBool()); // a SELECT changes nothing

    console.editor()->setPlainText(QStringLiteral("SELECT * FROM nope"));
    console.run();
    QVERIFY(done.wait(5000));
    QVERIFY2(console.statusText().contains(QStringLiteral("no such table: nope")),
        qPrintable(console.statusText()));
}

void TstSqlConsole::consoleCancelsLongQuery()
{
    SqlSession s;
    QVERIFY(openSession(s));
    if (!s.canInterrupt())
        QSKIP("Qt's SQLite driver carries its own SQLite here; an endless count cannot be interrupted");
    std::atomic<qint64> ticks { 0 };
    QVERIFY(installTicks(s, &ticks));
    SqlConsole console(&s);
    QSignalSpy done(&console, &SqlConsole::scriptFinished);
    console.editor()->setPlainText(TickingCount);
    console.run();
    QVERIFY(console.running());
    QTRY_VERIFY(ticks.load() > 1000);
    QVERIFY(done.isEmpty());
    console.cancel();
    QVERIFY(done.wait(5000));
    QVERIFY(!console.running());
    QVERIFY2(console.statusText().contains(QStringLiteral("cancelled")), qPrintable(console.statusText()));
}

void TstSqlConsole::runIsRefusedWhileAScriptRuns()
{
    // Regression: a second Run was queued silently behind a long one, and Esc then said
    // "Cancelled before any statement ran" though the first had run for seconds.
    SqlSession s;
    QVERIFY(openSession(s));
    if (!s.canInterrupt())
        QSKIP("Qt's SQLite driver carries its own SQLite here; an endless count cannot be interrupted");
    SqlConsole console(&s);
    console.show();
    QVERIFY(QTest::qWaitForWindowActive(&console));
    QSignalSpy started(&s, &SqlSession::started);
    QSignalSpy done(&console, &SqlConsole::scriptFinished);
    // The second statement writes without end: its journal appearing says it is running.
    console.editor()->setPlainText(
        QStringLiteral("SELECT 1;\nINSERT INTO t(name) SELECT x FROM (") + EndlessRows + QStringLiteral(")"));
    console.editor()->setFocus();
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(started.count(), 1);
    QVERIFY(!console.runAction()->isEnabled());
    QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier);
    console.run();
    QCOMPARE(started.count(), 1); // nothing queued
    QCOMPARE(s.scriptsPending(), 1);
    QTRY_VERIFY(QFileInfo::exists(m_path + QStringLiteral("-journal")));
    QTest::keyClick(console.editor(), Qt::Key_Escape);
    QVERIFY(done.wait(5000));
    const QString status = console.statusText();
    QVERIFY2(status.startsWith(QLatin1String("Statement 2 (line 2) cancelled after ")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String(": INSERT INTO t(name) SELECT x FROM (WITH RECURSIVE")),
        qPrintable(status));
    QVERIFY2(
        status.contains(QLatin1String("(1 statement")) && status.contains(QLatin1String("before it had run")),
        qPrintable(status));
    QVERIFY(!status.contains(QLatin1String("before any statement ran")));
    QVERIFY(console.runAction()->isEnabled());
    QCOMPARE(s.scriptsPending(), 0); // no script was waiting behind it
    QCOMPARE(done.count(), 1);
    QCOMPARE(
        Fixture::column(m_path, QStringLiteral("SELECT count(*) FROM t")), strings({ "3" })); // rolled back
}

void TstSqlConsole::exportsTheRowsShown()
{
    SqlSession s;
    QVERIFY(openSession(s));
    SqlConsole console(&s);
    QSignalSpy done(&console, &SqlConsole::scriptFinished);
    QSignalSpy exported(&console, &SqlConsole::exportFinished);
    const QString out = m_dir.filePath(QStringLiteral("rows.csv"));
    console.exportCsv(out);
    QCOMPARE(exported.count(), 1);
    QVERIFY(!exported.takeFirst().first().toBool()); // nothing shown yet
    console.editor()->setPlainText(QStringLiteral("SELECT id, name AS \"the, name\" FROM t ORDER BY id"));
    console.run();
    QVERIFY(done.wait(5000));
    console.exportCsv(out);
    QVERIFY(exported.wait(5000));
    QVERIFY(exported.first().first().toBool());
    QCOMPARE(Fixture::sha1Of(out).isEmpty(), false);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("id,\"the, name\"\r\n1,a\r\n2,b\r\n3,\r\n"));
    f.close();
    // More rows than the console keeps: the export has them all.
    console.editor()->setPlainText(QStringLiteral(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 12000) SELECT x FROM c"));
    console.run();
    QVERIFY(done.wait(5000));
    QCOMPARE(console.results()->rowCount(), ScriptOptions().rowLimit);
    exported.clear();
    console.exportCsv(out);
    QVERIFY(exported.wait(10000));
    QVERIFY2(exported.first().first().toBool(), qPrintable(exported.first().at(1).toString()));
    QVERIFY(exported.first().at(1).toString().contains(QLatin1String("12,000 rows exported")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), 12002); // header, 12,000 rows, nothing after the last line end
    QCOMPARE(lines.at(12000), QByteArray("12000\r"));
}

QTEST_MAIN(TstSqlConsole)
#include "tst_sqlconsole.moc"
