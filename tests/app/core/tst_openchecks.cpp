// SPDX-License-Identifier: GPL-3.0-or-later
// What opening a database checks before SQLite sees it, what stops writes SQLite opens
// without complaint, how extended result codes are explained, and connections that try
// again after a lock.
#include "app/core/catalogreader.h"
#include "app/core/dbconnection.h"
#include "app/core/sqlsession.h"
#include "tests/fixtures/chinookfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace LockLens;

class TestOpenChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusesWhatIsNotARegularFile();
    void explainsExtendedCodes_data();
    void explainsExtendedCodes();
    void writeBlockRule_data();
    void writeBlockRule();
    void writeBlockOfRealFiles();
    void sessionTriesAgainAfterALock();

private:
    QTemporaryDir m_dir;
};

void TestOpenChecks::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestOpenChecks::refusesWhatIsNotARegularFile()
{
    // Regression: a read-only open of a pipe waited for a writer for ever.
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.db"));
    QCOMPARE(mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
    for (const auto access : { DbConnection::Access::ReadOnly, DbConnection::Access::ReadWrite }) {
        SqlFailure f;
        QVERIFY(!DbConnection::open(DatabaseLocation::file(fifo), access, QStringLiteral("test"), &f));
        QVERIFY2(f.message.contains(QLatin1String("named pipe")), qPrintable(f.message));
    }
    Catalog::Schema s;
    SqlFailure f;
    QVERIFY(!Fixture::readFile(fifo, &s, &f));
    QVERIFY2(f.message.contains(QLatin1String("named pipe")), qPrintable(f.message));
    // A symlink to a database is a database.
    const QString real = m_dir.filePath(QStringLiteral("real.db"));
    const QString link = m_dir.filePath(QStringLiteral("link.db"));
    QCOMPARE(Fixture::makeChinook(real), QString());
    QVERIFY(QFile::link(real, link));
    QVERIFY(DbConnection::open(
        DatabaseLocation::file(link), DbConnection::Access::ReadOnly, QStringLiteral("test"), &f));
}

void TestOpenChecks::explainsExtendedCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("explained");
    QTest::newRow("read-only folder") << 1544 << "SQLITE_READONLY_DIRECTORY: the folder is read-only";
    QTest::newRow("hot journal") << 776 << "SQLITE_READONLY_ROLLBACK";
    QTest::newRow("moved") << 1032 << "SQLITE_READONLY_DBMOVED";
    QTest::newRow("snapshot") << 517 << "SQLITE_BUSY_SNAPSHOT";
    QTest::newRow("plain read-only") << 8 << "";
    QTest::newRow("busy") << 5 << "";
}

void TestOpenChecks::explainsExtendedCodes()
{
    QFETCH(int, code);
    QFETCH(QString, explained);
    const SqlFailure f { code, QStringLiteral("attempt to write a readonly database") };
    const QString text = f.text();
    QVERIFY2(text.startsWith(QLatin1String("attempt to write a readonly database (SQLite code ")),
        qPrintable(text));
    QVERIFY(text.contains(QString::number(code)));
    if (explained.isEmpty())
        QCOMPARE(text, QStringLiteral("attempt to write a readonly database (SQLite code %1)").arg(code));
    else
        QVERIFY2(text.contains(explained), qPrintable(text));
}

void TestOpenChecks::writeBlockRule_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("fileWritable");
    QTest::addColumn<bool>("folderWritable");
    QTest::addColumn<bool>("journalWritable");
    QTest::addColumn<WriteBlock>("expected");
    QTest::newRow("all writable") << "delete" << true << true << false << WriteBlock::None;
    QTest::newRow("read-only folder") << "delete" << true << false << false << WriteBlock::ReadOnlyFolder;
    QTest::newRow("delete cannot reuse a journal")
        << "delete" << true << false << true << WriteBlock::ReadOnlyFolder;
    QTest::newRow("truncate reuses its journal") << "truncate" << true << false << true << WriteBlock::None;
    QTest::newRow("persist without one") << "persist" << true << false << false << WriteBlock::ReadOnlyFolder;
    QTest::newRow("memory journal") << "memory" << true << false << false << WriteBlock::None;
    QTest::newRow("no journal") << "off" << true << false << false << WriteBlock::None;
    QTest::newRow("wal") << "wal" << true << false << false << WriteBlock::None;
    QTest::newRow("read-only file") << "delete" << false << true << false << WriteBlock::ReadOnlyFile;
    QTest::newRow("read-only file, wal") << "WAL" << false << false << false << WriteBlock::ReadOnlyFile;
}

void TestOpenChecks::writeBlockRule()
{
    QFETCH(QString, mode);
    QFETCH(bool, fileWritable);
    QFETCH(bool, folderWritable);
    QFETCH(bool, journalWritable);
    QFETCH(WriteBlock, expected);
    QCOMPARE(writeBlock(mode, fileWritable, folderWritable, journalWritable), expected);
}

void TestOpenChecks::writeBlockOfRealFiles()
{
    // The permission checks themselves are exercised with the permissions in force in
    // tst_readonlyfolder; here, what every user can see.
    const QString path = m_dir.filePath(QStringLiteral("w.db"));
    QCOMPARE(Fixture::makeChinook(path), QString());
    QCOMPARE(writeBlock(DatabaseLocation::file(path), QStringLiteral("delete")), WriteBlock::None);
    QCOMPARE(writeBlock(DatabaseLocation::memory(QStringLiteral("m")), QStringLiteral("delete")),
        WriteBlock::None);
}

void TestOpenChecks::sessionTriesAgainAfterALock()
{
    // Regression: after a failed open (the database locked) the console's connection stayed
    // closed, and every statement said "No database is open", until another file was opened.
    const QString path = m_dir.filePath(QStringLiteral("locked.db"));
    QCOMPARE(Fixture::makeChinook(path), QString());
    auto holder = std::make_unique<Fixture::LockHolder>(path);
    QVERIFY(holder->locked());
    SqlSession s;
    QSignalSpy failed(&s, &SqlSession::openFailed);
    s.open(DatabaseLocation::file(path), DbConnection::Access::ReadWrite, 100);
    QVERIFY(failed.wait(10000));
    QVERIFY(s.openFailure().isBusy());
    QSignalSpy done(&s, &SqlSession::finished);
    s.run(QStringLiteral("SELECT count(*) FROM Track"));
    QVERIFY(done.wait(10000));
    const auto stillLocked = done.takeFirst().first().value<ScriptResult>();
    QVERIFY(!stillLocked.ok());
    QVERIFY2(stillLocked.summary().contains(QLatin1String("locked by another connection")),
        qPrintable(stillLocked.summary()));

    holder.reset();
    QSignalSpy opened(&s, &SqlSession::opened);
    s.run(QStringLiteral("SELECT count(*) FROM Track"));
    QVERIFY(done.wait(10000));
    const auto r = done.first().first().value<ScriptResult>();
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    QCOMPARE(r.statements.back().rows.at(0).at(0).toInt(), Fixture::ChinookTracks);
    QCOMPARE(opened.count(), 1);
    QVERIFY(s.openFailure().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestOpenChecks)
#include "tst_openchecks.moc"
