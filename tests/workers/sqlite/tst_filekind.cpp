// SPDX-License-Identifier: GPL-3.0-or-later
// FileKind: what a name reaches (links followed), the one check every reader of a file
// makes before opening it, and whether two names are one file.
#include "tests/fixtures/filefixture.h"
#include "workers/sqlite/filekind.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;
using FileKind::Kind;

class TestFileKind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindsFollowLinks();
    void readRefusalNamesWhatIsNotAFile_data();
    void readRefusalNamesWhatIsNotAFile();
    void sameFileSeesThroughLinksAndDots();
    void longNamesAreShortenedInMessages();
};

void TestFileKind::kindsFollowLinks()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("f")), fifo = dir.filePath(QStringLiteral("p"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(Fixture::makeFifo(fifo));
    QVERIFY(QFile::link(fifo, dir.filePath(QStringLiteral("to-p"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone")), dir.filePath(QStringLiteral("dangling"))));
    QCOMPARE(FileKind::of(file).kind, Kind::Regular);
    QCOMPARE(FileKind::of(dir.path()).kind, Kind::Directory);
    QCOMPARE(FileKind::of(fifo).kind, Kind::Fifo);
    QCOMPARE(FileKind::of(dir.filePath(QStringLiteral("to-p"))).kind, Kind::Fifo);
    QCOMPARE(FileKind::of(dir.filePath(QStringLiteral("dangling"))).kind, Kind::Missing);
    QCOMPARE(FileKind::of(dir.filePath(QStringLiteral("none"))).kind, Kind::Missing);
    QCOMPARE(FileKind::of(QString()).kind, Kind::Missing);
    if (QFile::exists(QStringLiteral("/dev/null")))
        QCOMPARE(FileKind::of(QStringLiteral("/dev/null")).kind, Kind::CharDevice);
    const FileKind::Info tooLong = FileKind::of(dir.filePath(QString(300, QLatin1Char('x'))));
    QCOMPARE(tooLong.kind, Kind::Unreachable);
    QCOMPARE(tooLong.error, ENAMETOOLONG);
#else
    QSKIP("named pipes");
#endif
}

void TestFileKind::readRefusalNamesWhatIsNotAFile_data()
{
    QTest::addColumn<QString>("name"); // in the test's folder; "" for the folder itself
    QTest::addColumn<QString>("says"); // "" for no refusal
    QTest::newRow("regular file") << QStringLiteral("f") << QString();
    QTest::newRow("nothing yet") << QStringLiteral("none") << QString();
    QTest::newRow("folder") << QString() << "is a folder, not a file";
    QTest::newRow("named pipe") << QStringLiteral("p") << "is a named pipe (FIFO), not a file";
    QTest::newRow("link to a named pipe") << QStringLiteral("to-p") << "is a named pipe (FIFO), not a file";
    QTest::newRow("name too long") << QString(300, QLatin1Char('x')) << "File name too long";
}

// Regression: `locklens schema FIFO` and `run --scenario FIFO` waited for ever.
void TestFileKind::readRefusalNamesWhatIsNotAFile()
{
#ifdef Q_OS_UNIX
    QFETCH(QString, name);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("f")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(Fixture::makeFifo(dir.filePath(QStringLiteral("p"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("p")), dir.filePath(QStringLiteral("to-p"))));
    const QString path = name.isEmpty() ? dir.path() : dir.filePath(name);
    const QString why = FileKind::readRefusal(path);
    if (says.isEmpty()) {
        QVERIFY2(why.isEmpty(), qPrintable(why));
        return;
    }
    QVERIFY2(why.contains(says), qPrintable(why));
    QVERIFY(!why.contains(QLatin1Char('\n')));
#else
    QSKIP("named pipes");
#endif
}

void TestFileKind::sameFileSeesThroughLinksAndDots()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.db"));
    QFile f(db);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    QVERIFY(FileKind::sameFile(db, dir.filePath(QStringLiteral("sub/../x.db"))));
    QVERIFY(QFile::link(db, dir.filePath(QStringLiteral("link.db"))));
    QVERIFY(FileKind::sameFile(db, dir.filePath(QStringLiteral("link.db"))));
    // Names of files that do not exist yet: the same once the folder's links are resolved.
    QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("here"))));
    QVERIFY(FileKind::sameFile(
        dir.filePath(QStringLiteral("x.db-wal")), dir.filePath(QStringLiteral("here/x.db-wal"))));
    QVERIFY(!FileKind::sameFile(db, dir.filePath(QStringLiteral("x.db-wal"))));
    QVERIFY(!FileKind::sameFile(dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("b"))));
}

void TestFileKind::longNamesAreShortenedInMessages()
{
    const QString name = QString(100000, QLatin1Char('n'));
    const QString shown = FileKind::shown(name);
    QVERIFY(shown.size() < 300);
    QVERIFY(shown.startsWith(QLatin1String("nnnn")));
    QCOMPARE(FileKind::shown(QStringLiteral("db%4.sqlite")), QStringLiteral("db%4.sqlite"));
}

QTEST_GUILESS_MAIN(TestFileKind)
#include "tst_filekind.moc"
