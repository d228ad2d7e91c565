// SPDX-License-Identifier: GPL-3.0-or-later
// The pragma table: validation, set and read back, read-only refusals, what SQLite did
// instead (the panel: tst_pragmapanel). Expected values are read through SQLite's
// C API (sqlitefixture.h, or the connection's own handle), not through the code under test.
#include "app/core/pragmas.h"
#include "app/core/sqlsession.h"
#include "tests/fixtures/pragmafixture.h"
#include "tests/fixtures/sqlitefixture.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace LockLens;
using namespace LockLens::Fixture;

namespace {

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
    return Fixture::freshPragmaFile(m_dir, ++m_files);
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

QTEST_GUILESS_MAIN(TestPragmas)
#include "tst_pragmas.moc"
