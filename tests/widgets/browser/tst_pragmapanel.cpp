// SPDX-License-Identifier: GPL-3.0-or-later
// The pragma panel on a SqlSession: it shows the eight, changes what the user changes
// (and nothing else), and shows SQLite's message when SQLite refuses.
#include "app/core/pragmas.h"
#include "app/core/sqlsession.h"
#include "tests/fixtures/pragmafixture.h"
#include "widgets/browser/pragmapanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QTest>

#include <sqlite3.h>

using namespace LockLens;
using namespace LockLens::Fixture;

namespace {

// With LOCKLENS_PRAGMA_PNG=/path/name.png, saves the panel (700 wide) as /path/name<suffix>.png.
bool saveShot(QWidget &panel, const char *suffix, int height = 420)
{
    QString png = qEnvironmentVariable("LOCKLENS_PRAGMA_PNG");
    if (png.isEmpty())
        return true;
    if (png.endsWith(QLatin1String(".png")))
        png.chop(4);
    panel.resize(700, height);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        return false;
    QTest::qWait(100); // let the layouts settle, as they would on screen
    return panel.grab().save(png + QLatin1String(suffix) + QLatin1String(".png"));
}

} // namespace

class TestPragmaPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void panelShowsAllEight();
    void panelChangesBusyTimeout();
    void leavingAnUntouchedBoxWritesNothing();
    void panelFollowsConsolePragmas();
    void panelShowsSqlitesMessage();
    void panelDisablesFileSettingsWhenReadOnly();

private:
    QString freshFile() { return freshPragmaFile(m_dir, ++m_files); }
    // The first column of `sql` on the session's connection, through its own handle.
    QString sessionValue(SqlSession &session, const char *sql);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestPragmaPanel::initTestCase()
{
    qputenv("LOCKLENS_NO_DIALOGS", "1");
    QSqlDatabase::drivers(); // the driver registry starts here, before the session's thread
    QVERIFY(m_dir.isValid());
}

QString TestPragmaPanel::sessionValue(SqlSession &session, const char *sql)
{
    auto seen = std::make_shared<QString>();
    QObject context;
    bool done = false;
    session.post([seen, sql](DbConnection *db) { *seen = db ? nativeValue(*db, sql) : QString(); }, &context,
        [&done] { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return QStringLiteral("(timed out)");
    return *seen;
}

void TestPragmaPanel::leavingAnUntouchedBoxWritesNothing()
{
    // Regression: the spin boxes clamp what they show and applied on every focus change,
    // so tabbing through the panel rewrote cache_size -8000000 as -4194304.
    SqlSession session;
    PragmaPanel panel(&session);
    QSignalSpy refreshed(&panel, &PragmaPanel::refreshed);
    QSignalSpy applied(&panel, &PragmaPanel::applied);
    session.open(DatabaseLocation::file(freshFile()), DbConnection::Access::ReadWrite);
    QTRY_VERIFY(refreshed.count() >= 1);
    session.run(QStringLiteral("PRAGMA cache_size = -8000000; PRAGMA busy_timeout = 1500"));
    QTRY_VERIFY(refreshed.count() >= 2); // the panel reads the values again after a script
    for (const char *name : { "cache_size", "busy_timeout" }) {
        auto *spin = qobject_cast<QSpinBox *>(panel.editor(QLatin1String(name)));
        QVERIFY(spin);
        Q_EMIT spin->editingFinished(); // focus leaves without an edit
    }
    QTest::qWait(200);
    QCOMPARE(applied.count(), 0);
    QCOMPARE(sessionValue(session, "PRAGMA cache_size"), QStringLiteral("-8000000"));
    QCOMPARE(sessionValue(session, "PRAGMA busy_timeout"), QStringLiteral("1500"));
}

void TestPragmaPanel::panelFollowsConsolePragmas()
{
    SqlSession session;
    PragmaPanel panel(&session);
    QSignalSpy refreshed(&panel, &PragmaPanel::refreshed);
    session.open(DatabaseLocation::file(freshFile()), DbConnection::Access::ReadWrite);
    QTRY_VERIFY(refreshed.count() >= 1);
    auto *journal = qobject_cast<QComboBox *>(panel.editor(QStringLiteral("journal_mode")));
    QVERIFY(journal);
    QCOMPARE(journal->currentData().toString(), QStringLiteral("DELETE"));
    session.run(QStringLiteral("PRAGMA journal_mode = WAL"));
    QTRY_COMPARE(journal->currentData().toString(), QStringLiteral("WAL"));
}

void TestPragmaPanel::panelShowsAllEight()
{
    const QString path = freshFile();
    SqlSession session;
    PragmaPanel panel(&session);
    QSignalSpy refreshed(&panel, &PragmaPanel::refreshed);
    session.open(DatabaseLocation::file(path), DbConnection::Access::ReadWrite);
    QTRY_VERIFY(refreshed.count() >= 1);
    QCOMPARE(int(panel.values().size()), 8);
    for (const Pragmas::Definition &def : Pragmas::definitions()) {
        QWidget *editor = panel.editor(def.name);
        QVERIFY2(editor && editor->isEnabled(), qPrintable(def.name));
    }
    auto *journal = qobject_cast<QComboBox *>(panel.editor(QStringLiteral("journal_mode")));
    QVERIFY(journal);
    QCOMPARE(journal->currentData().toString(),
        Fixture::column(path, QStringLiteral("PRAGMA journal_mode")).value(0).toUpper());
    auto *sync = qobject_cast<QComboBox *>(panel.editor(QStringLiteral("synchronous")));
    QVERIFY(sync);
    QCOMPARE(sync->currentText(),
        synchronousName(Fixture::column(path, QStringLiteral("PRAGMA synchronous")).value(0)));
    auto *fk = qobject_cast<QCheckBox *>(panel.editor(QStringLiteral("foreign_keys")));
    QVERIFY(fk && !fk->isChecked());
    auto *cache = qobject_cast<QSpinBox *>(panel.editor(QStringLiteral("cache_size")));
    QVERIFY(cache);
    QCOMPARE(
        QString::number(cache->value()), Fixture::column(path, QStringLiteral("PRAGMA cache_size")).value(0));
    QVERIFY(saveShot(panel, ""));
    QVERIFY(saveShot(panel, "-tall", 860));
}

void TestPragmaPanel::panelChangesBusyTimeout()
{
    SqlSession session;
    PragmaPanel panel(&session);
    QSignalSpy refreshed(&panel, &PragmaPanel::refreshed);
    QSignalSpy applied(&panel, &PragmaPanel::applied);
    QSignalSpy changed(&panel, &PragmaPanel::changed);
    session.open(DatabaseLocation::file(freshFile()), DbConnection::Access::ReadWrite);
    QTRY_VERIFY(refreshed.count() >= 1);
    auto *spin = qobject_cast<QSpinBox *>(panel.editor(QStringLiteral("busy_timeout")));
    QVERIFY(spin && spin->isEnabled());
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("1234"));
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(applied.count(), 1);
    QVERIFY2(applied.at(0).at(1).toBool(), qPrintable(applied.at(0).at(2).toString()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("busy_timeout"));
    QVERIFY2(panel.statusText().contains(QLatin1String("1234")), qPrintable(panel.statusText()));

    // What the session's connection reports now, through its own handle.
    auto seen = std::make_shared<QString>();
    QObject context;
    bool done = false;
    session.post(
        [seen](DbConnection *db) { *seen = db ? nativeValue(*db, "PRAGMA busy_timeout") : QString(); },
        &context, [&done] { done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(*seen, QStringLiteral("1234"));
}

void TestPragmaPanel::panelShowsSqlitesMessage()
{
    // Leaving WAL needs every other connection gone: one that has read holds it in WAL.
    const QString path = freshFile();
    QVERIFY(Fixture::exec(path, QStringLiteral("PRAGMA journal_mode=WAL")).isEmpty());
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(qPrintable(path), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "SELECT count(*) FROM t", nullptr, nullptr, nullptr), SQLITE_OK);

    SqlSession session;
    PragmaPanel panel(&session);
    QSignalSpy refreshed(&panel, &PragmaPanel::refreshed);
    QSignalSpy applied(&panel, &PragmaPanel::applied);
    QSignalSpy changed(&panel, &PragmaPanel::changed);
    session.open(DatabaseLocation::file(path), DbConnection::Access::ReadWrite, 100);
    QTRY_VERIFY(refreshed.count() >= 1);
    auto *journal = qobject_cast<QComboBox *>(panel.editor(QStringLiteral("journal_mode")));
    QVERIFY(journal);
    QCOMPARE(journal->currentData().toString(), QStringLiteral("WAL"));
    const int index = journal->findData(QStringLiteral("DELETE"));
    journal->setCurrentIndex(index);
    Q_EMIT journal->activated(index); // as a pick from the list does
    QTRY_COMPARE(applied.count(), 1);
    sqlite3_close(other);
    QVERIFY(!applied.at(0).at(1).toBool());
    QCOMPARE(changed.count(), 0);
    QVERIFY2(panel.statusText().contains(QLatin1String("locked"))
            && panel.statusText().contains(QLatin1String("SQLite code 5")),
        qPrintable(panel.statusText()));
    // The editor shows what SQLite kept.
    QCOMPARE(journal->currentData().toString(), QStringLiteral("WAL"));
    QVERIFY(saveShot(panel, "-failed"));
}

void TestPragmaPanel::panelDisablesFileSettingsWhenReadOnly()
{
    SqlSession session;
    PragmaPanel panel(&session);
    QSignalSpy refreshed(&panel, &PragmaPanel::refreshed);
    session.open(DatabaseLocation::file(freshFile()), DbConnection::Access::ReadOnly);
    QTRY_VERIFY(refreshed.count() >= 1);
    QCOMPARE(int(panel.values().size()), 8);
    for (const Pragmas::Definition &def : Pragmas::definitions())
        QVERIFY2(panel.editor(def.name)->isEnabled() == !def.writesFile, qPrintable(def.name));
    QVERIFY(panel.editor(QStringLiteral("journal_mode"))->toolTip().contains(QLatin1String("read-only")));
    QVERIFY(saveShot(panel, "-readonly"));
}

QTEST_MAIN(TestPragmaPanel)
#include "tst_pragmapanel.moc"
