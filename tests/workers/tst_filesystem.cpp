// SPDX-License-Identifier: GPL-3.0-or-later
// The file system a run's database lives on, as the run's environment records it: named
// by statfs and /proc/self/mountinfo (Linux), with network file systems told apart, and
// the run's start time beside it.
#include "tests/fixtures/followrun.h"
#include "workers/filesystem.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

using namespace LockLens;
using LockLens::Fixture::mustRun;

class TestFileSystem : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void environmentNamesTheFileSystemAndStart();
    void fileSystemNames_data();
    void fileSystemNames();
};

// The report states the database's file system and when the run happened.
void TestFileSystem::environmentNamesTheFileSystemAndStart()
{
    QTemporaryDir dir;
    Scenario s;
    s.databasePath = dir.filePath(QStringLiteral("t.db"));
    s.workers = 3;
    s.opsPerWorker = 50;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const RunResult r = mustRun(s);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(r.verification.ok());
    const QString fs = r.environment.fileSystem;
    QVERIFY2(!fs.isEmpty() && fs != QLatin1String("memory"), qPrintable(fs));
    QCOMPARE(r.environment.networkFileSystem, FileSystem::isNetworkType(fs));
#ifdef Q_OS_LINUX
    // What `stat -f -c %T` names, from statfs() here: the recorded type is the same file
    // system, or the mount's more precise name for it ("ext4" for ext2/ext3/ext4, "fuse.sshfs"
    // for fuse, "nfs4" for nfs).
    struct statfs st;
    QCOMPARE(::statfs(QFile::encodeName(dir.path()).constData(), &st), 0);
    const QString magic = FileSystem::nameOfMagic(quint32(st.f_type));
    const bool agrees = fs == magic || magic.split(QLatin1Char('/')).contains(fs) || fs.startsWith(magic)
        || (magic.startsWith(QLatin1String("unknown")) && !fs.startsWith(QLatin1String("unknown")));
    QVERIFY2(agrees, qPrintable(QStringLiteral("recorded %1, statfs says %2").arg(fs, magic)));
#endif
    QVERIFY(r.startedAt.isValid());
    QCOMPARE(r.startedAt.timeSpec(), Qt::UTC);
    QVERIFY2(
        r.startedAt >= before && r.startedAt <= after, qPrintable(r.startedAt.toString(Qt::ISODateWithMs)));
    // The load began before it ended: the start is at least its duration before the end.
    QVERIFY(r.startedAt.addMSecs(qint64(r.durationS * 1000)) <= after);

    const QJsonObject doc = r.toJson();
    const QJsonObject env = doc.value(QStringLiteral("environment")).toObject();
    QCOMPARE(env.value(QStringLiteral("file_system")).toString(), fs);
    QVERIFY(env.value(QStringLiteral("file_system_network")).isBool());
    const QDateTime started
        = QDateTime::fromString(doc.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    QCOMPARE(started, r.startedAt);
    QVERIFY(doc.value(QStringLiteral("started_at")).toString().endsWith(QLatin1Char('Z')));
}

void TestFileSystem::fileSystemNames_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type"); // empty: only "not empty, not unknown"
    QTest::addColumn<bool>("network");
    QTest::newRow("in memory") << QString() << QStringLiteral("memory") << false;
#ifdef Q_OS_LINUX
    // proc has no entry in the magic table: only /proc/self/mountinfo names it.
    QTest::newRow("proc, by mountinfo") << QStringLiteral("/proc/self") << QStringLiteral("proc") << false;
    // A file that does not exist yet: its nearest existing directory.
    QTest::newRow("not yet created") << QStringLiteral("/proc/no/such/dir/x.db") << QStringLiteral("proc")
                                     << false;
    if (QFileInfo(QStringLiteral("/dev/shm")).isDir())
        QTest::newRow("tmpfs") << QStringLiteral("/dev/shm/x.db") << QStringLiteral("tmpfs") << false;
#endif
}

void TestFileSystem::fileSystemNames()
{
    QFETCH(QString, path);
    QFETCH(QString, type);
    QFETCH(bool, network);
    const FileSystem::Info info = FileSystem::of(path);
    QCOMPARE(info.type, type);
    QCOMPARE(info.network, network);

    QCOMPARE(FileSystem::nameOfMagic(0xEF53), QStringLiteral("ext2/ext3/ext4"));
    QCOMPARE(FileSystem::nameOfMagic(0x6969), QStringLiteral("nfs"));
    QCOMPARE(FileSystem::nameOfMagic(0x12345678), QStringLiteral("unknown (0x12345678)"));
    for (const char *t : { "nfs", "nfs4", "cifs", "smb3", "9p", "fuse.sshfs", "fuse.rclone", "smbfs", "NFS" })
        QVERIFY2(FileSystem::isNetworkType(QLatin1String(t)), t);
    for (const char *t :
        { "ext4", "btrfs", "tmpfs", "overlay", "fuse", "fuseblk", "NTFS", "apfs", "memory", "" })
        QVERIFY2(!FileSystem::isNetworkType(QLatin1String(t)), t);
}

QTEST_GUILESS_MAIN(TestFileSystem)
#include "tst_filesystem.moc"
