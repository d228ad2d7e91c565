// SPDX-License-Identifier: GPL-3.0-or-later
// The pragma table (validation, set and read back, read-only refusals, what SQLite did
// instead) and the pragma panel on a SqlSession. Expected values are read through SQLite's
// C API (sqlitefixture.h, or the connection's own handle), not through the code under test.
#include "pragmapanel.h"
#include "pragmas.h"
#include "sqlitefixture.h"
#include "sqlsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace LockLens;

namespace {

const int kBusyTimeout = 2000; // what the tests open their connections with

// Counts the statements SQLite starts on one connection while it lives.
class StatementCounter
{
public:
    explicit StatementCounter(sqlite3 *db)
        : m_db(db)
    {
        if (m_db)
            sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &StatementCounter::traced, this);
    }
    ~StatementCounter()
    {
        if (m_db)
            sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
    }
    bool active() const { return m_db != nullptr; }
    int count = 0;

private:
    static int traced(unsigned, void *self, void *, void *)
    {
        ++static_cast<StatementCounter *>(self)->count;
        return 0;
    }
    sqlite3 *m_db;
};

// The first column of `sql` run on the connection's own SQLite handle (the code under test
// never sees it); falls back to DbConnection::value when the driver has its own SQLite.
QString nativeValue(const DbConnection &db, const char *sql)
{
    if (!db.native())
        return db.value(QString::fromLatin1(sql)).toString();
    sqlite3_stmt *st = nullptr;
    QString out;
    if (sqlite3_prepare_v2(db.native(), sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return out;
}

QString synchronousName(const QString &number)
{
    static const QStringList names { QStringLiteral("OFF"), QStringLiteral("NORMAL"), QStringLiteral("FULL"),
        QStringLiteral("EXTRA") };
    const int n = number.toInt();
    return n >= 0 && n < names.size() ? names.at(n) : number;
}

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

// One row of text cells; more cells may follow with <<. (One call a row: clang-format puts
// each `<< "literal"` of a chain on a line of its own.)
QTestData &addRow(const char *tag, std::initializer_list<const char *> cells)
{
    QTestData &row = QTest::newRow(tag);
    for (const char *cell : cells)
        row << QString::fromUtf8(cell);
    return row;
}

} // namespace

class TestPragmas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readAllGivesTheDefaults_data();
    void readAllGivesTheDefaults();
    void setReadsBack_data();
    void setReadsBack();
    void walPersistsInTheFile();
    void validateNormalises_data();
    void validateNormalises();
    void invalidValuesRunNothing_data();
    void invalidValuesRunNothing();
    void readOnlyRefusesWhatWritesTheFile_data();
    void readOnlyRefusesWhatWritesTheFile();
    void foreignKeysCannotChangeInATransaction();
    void walOnAMemoryDatabaseStaysMemory();
    void pageSizeSaysWhenItApplies_data();
    void pageSizeSaysWhenItApplies();
    void panelShowsAllEight();
    void panelChangesBusyTimeout();
    void panelShowsSqlitesMessage();
    void panelDisablesFileSettingsWhenReadOnly();

private:
    QString freshFile();
    std::unique_ptr<DbConnection> open(const QString &path,
        DbConnection::Access access = DbConnection::Access::ReadWrite, bool create = false);

    QTemporaryDir m_dir;
    QString m_fresh; // made once, never changed: the defaults are read from it
    int m_files = 0;
};

void TestPragmas::initTestCase()
{
    qputenv("LOCKLENS_NO_DIALOGS", "1");
    QSqlDatabase::drivers(); // the driver registry starts here, before the session's thread
    QVERIFY(m_dir.isValid());
    m_fresh = freshFile();
}

QString TestPragmas::freshFile()
{
    const QString path = m_dir.filePath(QStringLiteral("p%1.db").arg(++m_files));
    const QString error = Fixture::exec(path, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);"));
    return error.isEmpty() ? path : QString();
}

std::unique_ptr<DbConnection> TestPragmas::open(const QString &path, DbConnection::Access access, bool create)
{
    SqlFailure f;
    auto db = DbConnection::open(
        DatabaseLocation::file(path), access, QStringLiteral("tst_pragmas"), &f, create, kBusyTimeout);
    if (!db)
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(f.text()));
    return db;
}

void TestPragmas::readAllGivesTheDefaults_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reported");
    QTest::addColumn<QString>("text");
    for (const char *name : { "journal_mode", "synchronous", "locking_mode", "wal_autocheckpoint",
             "page_size", "cache_size", "foreign_keys" }) {
        const QStringList c = Fixture::column(m_fresh, QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
        QVERIFY(c.size() == 1);
        const QString v = c.first();
        QString text = v;
        if (qstrcmp(name, "synchronous") == 0)
            text = synchronousName(v);
        else if (qstrcmp(name, "foreign_keys") == 0)
            text = v == QLatin1String("1") ? QStringLiteral("ON") : QStringLiteral("OFF");
        else
            text = v.toUpper();
        QTest::newRow(name) << QString::fromLatin1(name) << v << text;
    }
    // A fresh C connection waits 0 ms; ours was opened with kBusyTimeout.
    QTest::newRow("busy_timeout") << QStringLiteral("busy_timeout") << QString::number(kBusyTimeout)
                                  << QString::number(kBusyTimeout);
}

void TestPragmas::readAllGivesTheDefaults()
{
    QFETCH(QString, name);
    QFETCH(QString, reported);
    QFETCH(QString, text);
    const QByteArray hash = Fixture::sha1Of(m_fresh);
    auto db = open(m_fresh);
    QVERIFY(db);
    const std::vector<Pragmas::PragmaValue> values = Pragmas::readAll(*db);
    QCOMPARE(int(values.size()), 8);
    const QStringList order { QStringLiteral("journal_mode"), QStringLiteral("synchronous"),
        QStringLiteral("busy_timeout"), QStringLiteral("locking_mode"), QStringLiteral("wal_autocheckpoint"),
        QStringLiteral("page_size"), QStringLiteral("cache_size"), QStringLiteral("foreign_keys") };
    for (int i = 0; i < 8; ++i)
        QCOMPARE(values.at(size_t(i)).name, order.at(i));
    const auto v = std::find_if(
        values.begin(), values.end(), [&](const Pragmas::PragmaValue &p) { return p.name == name; });
    QVERIFY(v != values.end());
    QVERIFY2(v->ok, qPrintable(v->failure.text()));
    QCOMPARE(v->value.toString(), reported);
    QCOMPARE(v->text, text);
    QVERIFY(v->editable);
    QCOMPARE(Fixture::sha1Of(m_fresh), hash); // reading changes nothing
}

void TestPragmas::setReadsBack_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reported"); // by SQLite on the same connection
    QTest::addColumn<QString>("text");
    addRow("synchronous NORMAL", { "synchronous", "NORMAL", "1", "NORMAL" });
    addRow("synchronous full", { "synchronous", "full", "2", "FULL" });
    addRow("synchronous 0", { "synchronous", "0", "0", "OFF" });
    addRow("busy_timeout 250", { "busy_timeout", "250", "250", "250" });
    addRow("busy_timeout 0", { "busy_timeout", "0", "0", "0" });
    addRow("cache_size KiB", { "cache_size", "-4000", "-4000", "-4000" });
    addRow("cache_size pages", { "cache_size", "500", "500", "500" });
    addRow("locking_mode", { "locking_mode", "exclusive", "exclusive", "EXCLUSIVE" });
    addRow("wal_autocheckpoint", { "wal_autocheckpoint", "100", "100", "100" });
    addRow("foreign_keys", { "foreign_keys", "on", "1", "ON" });
    addRow("journal_mode TRUNCATE", { "journal_mode", "TRUNCATE", "truncate", "TRUNCATE" });
}

void TestPragmas::setReadsBack()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, reported);
    QFETCH(QString, text);
    auto db = open(freshFile());
    QVERIFY(db);
    QString message;
    QVERIFY2(Pragmas::set(*db, name, value, &message), qPrintable(message));
    QVERIFY2(message.contains(name) && message.contains(text), qPrintable(message));
    QCOMPARE(nativeValue(*db, qPrintable(QStringLiteral("PRAGMA ") + name)), reported);
    for (const Pragmas::PragmaValue &v : Pragmas::readAll(*db)) {
        if (v.name == name) {
            QCOMPARE(v.value.toString(), reported);
            QCOMPARE(v.text, text);
        }
    }
}

void TestPragmas::walPersistsInTheFile()
{
    const QString path = freshFile();
    {
        auto db = open(path);
        QVERIFY(db);
        QString message;
        QVERIFY2(Pragmas::set(*db, QStringLiteral("journal_mode"), QStringLiteral("WAL"), &message),
            qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("one writer")), qPrintable(message));
        // Another connection sees it while ours is open…
        QCOMPARE(Fixture::column(path, QStringLiteral("PRAGMA journal_mode")),
            QStringList { QStringLiteral("wal") });
    }
    // …and after it closed.
    QCOMPARE(
        Fixture::column(path, QStringLiteral("PRAGMA journal_mode")), QStringList { QStringLiteral("wal") });
}

void TestPragmas::validateNormalises_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    addRow("keyword, any case, spaces", { "journal_mode", " wal ", "WAL" });
    addRow("synchronous by number", { "synchronous", "1", "NORMAL" });
    addRow("foreign_keys true", { "foreign_keys", "true", "ON" });
    addRow("foreign_keys 0", { "foreign_keys", "0", "OFF" });
    addRow("page_size", { "page_size", "8192", "8192" });
    addRow("plus sign", { "busy_timeout", "+100", "100" });
    addRow("cache_size negative", { "cache_size", "-2000", "-2000" });
}

void TestPragmas::validateNormalises()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, written);
    QString sql, message;
    QVERIFY2(Pragmas::validate(name, value, &sql, &message), qPrintable(message));
    QCOMPARE(sql, written);
}

void TestPragmas::invalidValuesRunNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    addRow("misspelt keyword", { "journal_mode", "WALL" });
    addRow("negative page size", { "page_size", "-5" });
    addRow("page size not a power of two", { "page_size", "1000" });
    addRow("injection after a number", { "busy_timeout", "1; DROP TABLE t" });
    addRow("injection after a keyword", { "journal_mode", "WAL; DROP TABLE t" });
    addRow("empty", { "synchronous", "" });
    addRow("blank", { "busy_timeout", "  " });
    addRow("negative timeout", { "busy_timeout", "-1" });
    addRow("synchronous out of range", { "synchronous", "4" });
    addRow("not a number", { "cache_size", "1e3" });
    addRow("not on or off", { "foreign_keys", "maybe" });
    addRow("not in the table", { "user_version", "5" });
}

void TestPragmas::invalidValuesRunNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    const QString path = freshFile();
    const QByteArray hash = Fixture::sha1Of(path);
    auto db = open(path);
    QVERIFY(db);
    QString message;
    {
        StatementCounter statements(db->native());
        QVERIFY(!Pragmas::set(*db, name, value, &message));
        QCOMPARE(statements.count, 0);
        // The counter does count: a valid change runs statements.
        QString ignored;
        QVERIFY(Pragmas::set(*db, QStringLiteral("cache_size"), QStringLiteral("-1000"), &ignored));
        QVERIFY(!statements.active() || statements.count > 0);
    }
    QVERIFY2(message.contains(name), qPrintable(message));
    QCOMPARE(nativeValue(*db, "PRAGMA busy_timeout"), QString::number(kBusyTimeout));
    db.reset();
    QCOMPARE(Fixture::sha1Of(path), hash);
    QCOMPARE(
        Fixture::column(path, QStringLiteral("SELECT count(*) FROM t")), QStringList { QStringLiteral("1") });
}

void TestPragmas::readOnlyRefusesWhatWritesTheFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("allowed");
    addRow("journal_mode", { "journal_mode", "WAL" }) << false;
    addRow("journal_mode rollback", { "journal_mode", "TRUNCATE" }) << false;
    addRow("page_size", { "page_size", "8192" }) << false;
    addRow("busy_timeout", { "busy_timeout", "100" }) << true;
    addRow("cache_size", { "cache_size", "-1000" }) << true;
    addRow("foreign_keys", { "foreign_keys", "ON" }) << true;
    addRow("synchronous", { "synchronous", "OFF" }) << true;
    addRow("locking_mode", { "locking_mode", "EXCLUSIVE" }) << true;
    addRow("wal_autocheckpoint", { "wal_autocheckpoint", "10" }) << true;
}

void TestPragmas::readOnlyRefusesWhatWritesTheFile()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(bool, allowed);
    const QString path = freshFile();
    const QByteArray hash = Fixture::sha1Of(path);
    auto db = open(path, DbConnection::Access::ReadOnly);
    QVERIFY(db);
    for (const Pragmas::PragmaValue &v : Pragmas::readAll(*db))
        if (v.name == name)
            QCOMPARE(v.editable, allowed);
    QString message;
    StatementCounter statements(db->native());
    QCOMPARE(Pragmas::set(*db, name, value, &message), allowed);
    if (allowed) {
        QString sql;
        QVERIFY(Pragmas::validate(name, value, &sql, nullptr));
        for (const Pragmas::PragmaValue &v : Pragmas::readAll(*db))
            if (v.name == name)
                QCOMPARE(v.text, sql);
    } else {
        QVERIFY2(message.contains(QLatin1String("read-only")), qPrintable(message));
        QCOMPARE(statements.count, 0);
    }
    db.reset();
    QCOMPARE(Fixture::sha1Of(path), hash);
}

void TestPragmas::foreignKeysCannotChangeInATransaction()
{
    auto db = open(freshFile());
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("BEGIN")));
    QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    QString message;
    QVERIFY(!Pragmas::set(*db, QStringLiteral("foreign_keys"), QStringLiteral("ON"), &message));
    QVERIFY2(message.contains(QLatin1String("transaction")) && message.contains(QLatin1String("OFF")),
        qPrintable(message));
    QCOMPARE(nativeValue(*db, "PRAGMA foreign_keys"), QStringLiteral("0"));
    QVERIFY(db->exec(QStringLiteral("ROLLBACK")));
    QVERIFY2(Pragmas::set(*db, QStringLiteral("foreign_keys"), QStringLiteral("ON"), &message),
        qPrintable(message));
    QCOMPARE(nativeValue(*db, "PRAGMA foreign_keys"), QStringLiteral("1"));
}

void TestPragmas::walOnAMemoryDatabaseStaysMemory()
{
    SqlFailure f;
    auto db = DbConnection::open(DatabaseLocation::memory(QStringLiteral("tst_pragmas_memory")),
        DbConnection::Access::ReadWrite, QStringLiteral("tst_pragmas"), &f, true);
    QVERIFY2(db, qPrintable(f.text()));
    QString message;
    QVERIFY(!Pragmas::set(*db, QStringLiteral("journal_mode"), QStringLiteral("WAL"), &message));
    QVERIFY2(message.contains(QLatin1String("in-memory")), qPrintable(message));
    QCOMPARE(nativeValue(*db, "PRAGMA journal_mode"), QStringLiteral("memory"));
}

void TestPragmas::pageSizeSaysWhenItApplies_data()
{
    QTest::addColumn<bool>("empty");
    QTest::addColumn<bool>("wal");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("afterVacuum"); // page_size seen by another connection
    QTest::newRow("empty file: at once") << true << false << true << "8192"
                                         << "8192";
    QTest::newRow("rollback: at the next VACUUM") << false << false << false << "VACUUM"
                                                  << "8192";
    QTest::newRow("WAL: never") << false << true << false << "WAL"
                                << "4096";
}

void TestPragmas::pageSizeSaysWhenItApplies()
{
    QFETCH(bool, empty);
    QFETCH(bool, wal);
    QFETCH(bool, ok);
    QFETCH(QString, says);
    QFETCH(QString, afterVacuum);
    const QString path = empty ? m_dir.filePath(QStringLiteral("empty%1.db").arg(++m_files)) : freshFile();
    if (!empty)
        QCOMPARE(Fixture::column(path, QStringLiteral("PRAGMA page_size")),
            QStringList { QStringLiteral("4096") });
    auto db = open(path, DbConnection::Access::ReadWrite, empty);
    QVERIFY(db);
    QString message;
    if (wal)
        QVERIFY(Pragmas::set(*db, QStringLiteral("journal_mode"), QStringLiteral("WAL"), &message));
    QCOMPARE(Pragmas::set(*db, QStringLiteral("page_size"), QStringLiteral("8192"), &message), ok);
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY(db->exec(empty ? QStringLiteral("CREATE TABLE t(x)") : QStringLiteral("VACUUM")));
    db.reset();
    QCOMPARE(Fixture::column(path, QStringLiteral("PRAGMA page_size")), QStringList { afterVacuum });
}

void TestPragmas::panelShowsAllEight()
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

void TestPragmas::panelChangesBusyTimeout()
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

void TestPragmas::panelShowsSqlitesMessage()
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

void TestPragmas::panelDisablesFileSettingsWhenReadOnly()
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

QTEST_MAIN(TestPragmas)
#include "tst_pragmas.moc"
