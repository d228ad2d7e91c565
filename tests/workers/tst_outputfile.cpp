// SPDX-License-Identifier: GPL-3.0-or-later
// OutputFile: a regular file saved by rename, a pipe or device written in place and never
// replaced, and what is refused before anything is written.
#include "tests/fixtures/filefixture.h"
#include "workers/outputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace LockLens;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void regularFileIsReplacedOnlyAtCommit();
    void symlinkToARegularFileKeepsTheLink();
    void fifoIsWrittenInPlaceAndStaysAFifo_data();
    void fifoIsWrittenInPlaceAndStaysAFifo();
    void fifoWithoutReaderIsRefusedAtOnce();
    void ownDescriptorIsWrittenNotReopened();
    void checkRefusesWhatCannotWork_data();
    void checkRefusesWhatCannotWork();
    void fullDiskSaysNoSpaceLeftAndKeepsTheOldFile();
};

void TestOutputFile::regularFileIsReplacedOnlyAtCommit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.json"));
    QVERIFY(writeFile(path, "old"));
    QString why;
    {
        OutputFile out(path);
        QVERIFY2(out.open(&why), qPrintable(why));
        QVERIFY(!out.isStream());
        QVERIFY(out.write("new", &why));
        QCOMPARE(contents(path), QByteArray("old")); // not yet
        QVERIFY2(out.commit(&why), qPrintable(why));
    }
    QCOMPARE(contents(path), QByteArray("new"));
    {
        OutputFile out(path);
        QVERIFY(out.open(&why) && out.write("dropped", &why));
        out.discard();
    }
    QCOMPARE(contents(path), QByteArray("new"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("r.json") });
}

void TestOutputFile::symlinkToARegularFileKeepsTheLink()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target.md")),
                  link = dir.filePath(QStringLiteral("l.md"));
    QVERIFY(writeFile(target, "old"));
    QVERIFY(QFile::link(target, link));
    QString why;
    QVERIFY2(OutputFile::save(link, "new", &why), qPrintable(why));
    QVERIFY(QFileInfo(link).isSymLink()); // the link counts as what it points to
    QCOMPARE(contents(target), QByteArray("new"));
}

void TestOutputFile::fifoIsWrittenInPlaceAndStaysAFifo_data()
{
    QTest::addColumn<bool>("throughLink");
    QTest::newRow("named pipe") << false;
    QTest::newRow("link to a named pipe") << true;
}

// Regression: a save by rename replaced a named pipe (or a device) by a regular file.
void TestOutputFile::fifoIsWrittenInPlaceAndStaysAFifo()
{
#ifdef Q_OS_UNIX
    QFETCH(bool, throughLink);
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.json"));
    QVERIFY(Fixture::makeFifo(fifo));
    const QString name = throughLink ? dir.filePath(QStringLiteral("link.json")) : fifo;
    if (throughLink)
        QVERIFY(QFile::link(fifo, name));
    QVERIFY(OutputFile::check(name).isEmpty());
    QVERIFY(OutputFile::writesInPlace(name));
    Fixture::FifoReader reader(fifo);
    QVERIFY(reader.ok());
    QString why;
    OutputFile out(name);
    QVERIFY2(out.open(&why), qPrintable(why));
    QVERIFY(out.isStream());
    QVERIFY(out.write("{\"a\": 1}\n", &why));
    QVERIFY2(out.commit(&why), qPrintable(why));
    QCOMPARE(reader.readAll(), QByteArray("{\"a\": 1}\n"));
    QVERIFY(Fixture::isFifo(fifo));
    QCOMPARE(QFileInfo(name).isSymLink(), throughLink);
    QCOMPARE(QDir(dir.path()).entryList(QDir::System | QDir::Files).size(), throughLink ? 2 : 1);
#else
    QSKIP("named pipes");
#endif
}

void TestOutputFile::fifoWithoutReaderIsRefusedAtOnce()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    QVERIFY(Fixture::makeFifo(fifo));
    QVERIFY(OutputFile::check(fifo).isEmpty()); // the check opens nothing: a reader may come
    OutputFile out(fifo);
    QString why;
    QVERIFY(!out.open(&why)); // would otherwise block until a reader came
    QVERIFY2(why.contains(QLatin1String("no process is reading")), qPrintable(why));
    QVERIFY(Fixture::isFifo(fifo));
#else
    QSKIP("named pipes");
#endif
}

void TestOutputFile::ownDescriptorIsWrittenNotReopened()
{
#ifdef Q_OS_LINUX
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    const QString name = QStringLiteral("/dev/fd/%1").arg(fds[1]);
    QString why;
    QVERIFY2(OutputFile::save(name, "through the descriptor", &why), qPrintable(why));
    ::close(fds[1]);
    char buf[64] = {};
    const ssize_t n = ::read(fds[0], buf, sizeof buf);
    ::close(fds[0]);
    QCOMPARE(QByteArray(buf, int(n)), QByteArray("through the descriptor"));
    QVERIFY(!OutputFile::check(QStringLiteral("/dev/fd/999999")).isEmpty()); // not open
#else
    QSKIP("/dev/fd");
#endif
}

void TestOutputFile::checkRefusesWhatCannotWork_data()
{
    QTest::addColumn<QString>("name"); // "@" is the test's folder
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QString() << "the file name is empty";
    QTest::newRow("folder") << QStringLiteral("@") << "is a folder";
    QTest::newRow("missing folder") << QStringLiteral("@/none/r.json") << "the folder does not exist";
    QTest::newRow("a file as folder") << QStringLiteral("@/plain/r.json") << "Not a directory";
    // Regression: a 100 kB name passed the check and failed after the run.
    QTest::newRow("100 kB name") << QStringLiteral("@/") + QString(100000, QLatin1Char('n'))
                                 << "File name too long";
    QTest::newRow("name too long for its temporary")
        << QStringLiteral("@/") + QString(252, QLatin1Char('n')) << "File name too long";
}

void TestOutputFile::checkRefusesWhatCannotWork()
{
    QFETCH(QString, name);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("plain")), "x"));
    name.replace(QLatin1Char('@'), dir.path());
    const QString why = OutputFile::check(name);
    QVERIFY2(why.contains(says), qPrintable(why));
    QVERIFY(!why.contains(QLatin1Char('\n')));
    QVERIFY(why.size() < 400); // a long name is shortened in the message
    OutputFile out(name);
    QString openWhy;
    QVERIFY(!out.open(&openWhy));
    QCOMPARE(openWhy, why);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("plain") });
}

// Regression: a full disk said "Unknown error" (and a short write could be committed).
void TestOutputFile::fullDiskSaysNoSpaceLeftAndKeepsTheOldFile()
{
#ifdef Q_OS_LINUX
    QTemporaryDir dir;
    Fixture::FullDisk disk(dir.filePath(QStringLiteral("small")));
    if (!disk.ok())
        QSKIP("needs permission to mount a tmpfs (root with CAP_SYS_ADMIN)");
    const QString path = disk.filePath(QStringLiteral("filler"));
    const QByteArray before = contents(path);
    QString why;
    QVERIFY(!OutputFile::save(path, QByteArray(1 << 20, 'x'), &why));
    QVERIFY2(why.contains(QLatin1String("No space left on device")), qPrintable(why));
    QCOMPARE(contents(path), before);
    QVERIFY(!OutputFile::save(disk.filePath(QStringLiteral("new.json")), QByteArray(1 << 20, 'x'), &why));
    QVERIFY2(why.contains(QLatin1String("No space left on device")), qPrintable(why));
    QVERIFY(!QFile::exists(disk.filePath(QStringLiteral("new.json"))));
#else
    QSKIP("mounts a tmpfs");
#endif
}

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
