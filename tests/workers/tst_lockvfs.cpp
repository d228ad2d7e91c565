// SPDX-License-Identifier: GPL-3.0-or-later
// The lock-recording VFS: scripted sequences through Qt's driver must leave the
// transitions SQLite is documented to make (sqlite.org/lockingv3.html, wal.html).
#include "workers/currentstatement.h"
#include "workers/engine.h"
#include "workers/locktrace.h"
#include "workers/lockvfs.h"
#include "workers/recorder/clock.h"
#include "workers/sqlite/driverconnection.h"
#include "workers/sqlite/sqlitelink.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace LockLens;
using namespace LockLens::LockTrace;

namespace {

// A Qt connection through the shim, its files reporting to `recorder`.
class Traced
{
public:
    Traced(const QString &path, Recorder *recorder, int busyTimeoutMs = 0)
    {
        Sqlite::OpenSpec spec;
        spec.role = QStringLiteral("tst_lockvfs");
        spec.path = path;
        spec.busyTimeoutMs = busyTimeoutMs;
        spec.vfs = QLatin1String(Vfs::name());
        QSqlError failure;
        Vfs::setOpeningRecorder(recorder);
        m_connection = Sqlite::DriverConnection::open(spec, &failure);
        Vfs::setOpeningRecorder(nullptr);
        if (!m_connection)
            m_error = failure.text();
    }
    bool isOpen() const { return m_connection != nullptr; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return m_connection ? m_connection->database() : QSqlDatabase(); }
    // Runs statements; "" or the first error.
    QString exec(const QStringList &statements)
    {
        QSqlQuery q(db());
        for (const QString &s : statements) {
            if (!q.exec(s))
                return q.lastError().text();
            while (q.next()) { }
        }
        return {};
    }

private:
    std::unique_ptr<Sqlite::DriverConnection> m_connection;
    QString m_error;
};

std::vector<Event> eventsOf(const Recorder &r)
{
    std::vector<Event> out;
    r.read(0, &out);
    return out;
}

// The file-lock levels the events pass through, in order (failed attempts left out).
QStringList fileLevels(const std::vector<Event> &events)
{
    QStringList out;
    for (const Event &e : events)
        if (!e.busy && e.to <= Lock::Exclusive && e.from <= Lock::Exclusive)
            out << lockName(e.to);
    return out;
}

// Whether `sub` occurs in `seq` in order (not necessarily next to each other).
bool inOrder(const QStringList &seq, const QStringList &sub)
{
    int i = 0;
    for (const QString &s : seq)
        if (i < sub.size() && s == sub.at(i))
            ++i;
    return i == sub.size();
}

} // namespace

class TestLockVfs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void rollbackCommitGoesSharedReservedExclusiveNone();
    void transitionsNameTheStatementRunning_data();
    void transitionsNameTheStatementRunning();
    void walCommitTakesTheWriteLock();
    void refusedExclusiveWaitsInPending();
    void readMarkTriesAreNoWaits();
    void untracedConnectionsRecordNothing();
    void ringKeepsTheLastEventsAndCountsTheRest();
    void csvRows();
    void pathsThatNeedEscaping_data();
    void pathsThatNeedEscaping();
    void runReportsEveryConnectionsLocks_data();
    void runReportsEveryConnectionsLocks();
    void memoryRunsSayLocksWereNotRecorded();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestLockVfs::initTestCase()
{
    QSqlDatabase::drivers(); // the registry starts here, before any other thread
    QVERIFY(m_dir.isValid());
    if (!Vfs::install())
        QSKIP("Qt's SQLite driver carries its own SQLite here: the shim cannot see its files");
}

void TestLockVfs::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_path);
}

void TestLockVfs::rollbackCommitGoesSharedReservedExclusiveNone()
{
    Recorder rec(QStringLiteral("writer"));
    Traced c(m_path, &rec);
    QVERIFY2(c.isOpen(), qPrintable(c.error()));
    QCOMPARE(c.exec({ QStringLiteral("PRAGMA journal_mode=DELETE"), QStringLiteral("CREATE TABLE t(x)") }),
        QString());
    const std::uint64_t from = rec.written();
    QCOMPARE(c.exec({ QStringLiteral("INSERT INTO t VALUES (1)") }), QString());
    std::vector<Event> commit;
    rec.read(from, &commit);
    const QStringList levels = fileLevels(commit);
    QVERIFY2(inOrder(levels,
                 { QStringLiteral("shared"), QStringLiteral("reserved"), QStringLiteral("exclusive") }),
        qPrintable(levels.join(QLatin1Char(' '))));
    QCOMPARE(levels.last(), QStringLiteral("none")); // autocommit gives every lock back
    const Totals t = rec.totals(Clock::now());
    QVERIFY(t.secondsIn[std::size_t(Lock::Exclusive)] > 0);
    QVERIFY(t.secondsIn[std::size_t(Lock::None)] > 0);
    QCOMPARE(t.secondsIn[std::size_t(Lock::WalWrite)], 0.0);
    QCOMPARE(t.busyAttempts, 0u);
    std::uint64_t changes = 0;
    for (const Event &e : eventsOf(rec))
        changes += !e.busy;
    QCOMPARE(t.transitions, changes);
}

void TestLockVfs::transitionsNameTheStatementRunning_data()
{
    QTest::addColumn<bool>("native");
    QTest::newRow("native statements") << true;
    QTest::newRow("qt statements") << false;
}

// Issue 4: the timeline's hover names the statement each lock interval began in. A
// deferred transaction in rollback-journal mode: the INSERT takes SHARED and RESERVED,
// COMMIT takes PENDING and EXCLUSIVE and gives everything back.
void TestLockVfs::transitionsNameTheStatementRunning()
{
    QFETCH(bool, native);
    Recorder rec(QStringLiteral("writer"));
    Traced c(m_path, &rec);
    QVERIFY2(c.isOpen(), qPrintable(c.error()));
    QCOMPARE(c.exec({ QStringLiteral("PRAGMA journal_mode=DELETE"),
                 QStringLiteral("CREATE TABLE locklens_load(id INTEGER PRIMARY KEY, worker INTEGER, "
                                "value INTEGER, payload BLOB)") }),
        QString());
    const std::uint64_t from = rec.written();
    for (const Event &e : eventsOf(rec))
        QCOMPARE(int(e.statement), 0); // run outside any StatementSet
    Scenario sc;
    sc.txMode = TxMode::Deferred;
    const StatementTexts texts = StatementTexts::forScenario(sc);
    QString error;
    std::unique_ptr<StatementSet> set = native
        ? prepareNative(SqliteLink::nativeHandle(c.db()), texts, &error)
        : prepareQt(c.db(), texts, &error);
    QVERIFY2(set, qPrintable(error));
    Op op;
    op.worker = 3;
    op.value = 7;
    for (Stmt s : { Stmt::Begin, Stmt::Insert, Stmt::Commit })
        QCOMPARE(set->run(s, op, nullptr, 0), 0);
    QCOMPARE(int(currentStatement), 0); // the scope ends with run()
    set.reset(); // before the connection closes

    std::vector<Event> events;
    rec.read(from, &events);
    QStringList seen; // "level:statement" per file-lock change
    for (const Event &e : events) {
        if (e.busy || e.to > Lock::Exclusive || e.from > Lock::Exclusive)
            continue;
        Stmt s;
        const QString name = StatementScope::statementOf(e.statement, &s)
            ? texts.sql[std::size_t(s)].section(QLatin1Char(' '), 0, 0)
            : QStringLiteral("-");
        seen << lockName(e.to) + QLatin1Char(':') + name;
    }
    const QString said = seen.join(QLatin1Char(' '));
    QVERIFY2(inOrder(seen,
                 { QStringLiteral("shared:INSERT"), QStringLiteral("reserved:INSERT"),
                     QStringLiteral("exclusive:COMMIT"), QStringLiteral("none:COMMIT") }),
        qPrintable(said));
    for (const QString &step : seen) {
        if (step.startsWith(QLatin1String("reserved:")))
            QCOMPARE(step, QStringLiteral("reserved:INSERT"));
        if (step.startsWith(QLatin1String("exclusive:")) || step.startsWith(QLatin1String("pending:")))
            QVERIFY2(step.endsWith(QLatin1String(":COMMIT")), qPrintable(said));
    }
}

void TestLockVfs::walCommitTakesTheWriteLock()
{
    Recorder rec(QStringLiteral("writer"));
    Traced c(m_path, &rec);
    QVERIFY2(c.isOpen(), qPrintable(c.error()));
    QCOMPARE(c.exec({ QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("CREATE TABLE t(x)") }),
        QString());
    const std::uint64_t from = rec.written();
    QCOMPARE(c.exec({ QStringLiteral("INSERT INTO t VALUES (1)") }), QString());
    std::vector<Event> commit;
    rec.read(from, &commit);
    int taken = 0, released = 0, readMarks = 0;
    for (const Event &e : commit) {
        taken += e.to == Lock::WalWrite;
        released += e.from == Lock::WalWrite && e.to == Lock::None;
        readMarks += e.to == Lock::WalRead;
    }
    QCOMPARE(taken, 1);
    QCOMPARE(released, 1);
    QVERIFY(readMarks >= 1); // a WAL transaction reads through a read mark first
    // No EXCLUSIVE on the database file in WAL mode: writers serialise on the WAL write lock.
    QVERIFY(!fileLevels(commit).contains(QStringLiteral("exclusive")));
    const Totals t = rec.totals(Clock::now());
    QVERIFY(t.secondsIn[std::size_t(Lock::WalWrite)] > 0);
}

void TestLockVfs::refusedExclusiveWaitsInPending()
{
    {
        Recorder setup(QStringLiteral("setup"));
        Traced c(m_path, &setup);
        QCOMPARE(c.exec({ QStringLiteral("PRAGMA journal_mode=DELETE"), QStringLiteral("CREATE TABLE t(x)"),
                     QStringLiteral("INSERT INTO t VALUES (1)") }),
            QString());
    }
    Recorder readerRec(QStringLiteral("reader")), writerRec(QStringLiteral("writer"));
    Traced reader(m_path, &readerRec), writer(m_path, &writerRec, 0);
    // The reader keeps SHARED: its transaction has read and stays open.
    QCOMPARE(reader.exec({ QStringLiteral("BEGIN"), QStringLiteral("SELECT count(*) FROM t") }), QString());
    QCOMPARE(writer.exec({ QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("INSERT INTO t VALUES (2)") }),
        QString());
    const QString commit = writer.exec({ QStringLiteral("COMMIT") });
    QVERIFY2(commit.contains(QLatin1String("locked")), qPrintable(commit));
    const std::vector<Event> events = eventsOf(writerRec);
    bool refused = false;
    for (const Event &e : events)
        refused = refused || (e.busy && e.to == Lock::Exclusive);
    QVERIFY(refused);
    QCOMPARE(fileLevels(events).last(), QStringLiteral("pending")); // new readers are kept out
    QVERIFY(writerRec.totals(Clock::now()).busyAttempts >= 1);
    QCOMPARE(readerRec.totals(Clock::now()).busyAttempts, 0u);
    QCOMPARE(reader.exec({ QStringLiteral("COMMIT") }), QString());
    QCOMPARE(writer.exec({ QStringLiteral("COMMIT") }), QString());
    QCOMPARE(fileLevels(eventsOf(writerRec)).last(), QStringLiteral("none"));
}

void TestLockVfs::readMarkTriesAreNoWaits()
{
    // Regression: a WAL reader tries read-mark slots until one is free, without waiting;
    // each refusal was recorded as a busy attempt (and drawn as a wait).
    Recorder writerRec(QStringLiteral("writer"));
    Traced writer(m_path, &writerRec);
    QCOMPARE(writer.exec({ QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("CREATE TABLE t(x)"),
                 QStringLiteral("INSERT INTO t VALUES (1)") }),
        QString());
    std::vector<std::unique_ptr<Recorder>> recs;
    std::vector<std::unique_ptr<Traced>> readers;
    for (int i = 0; i < 6; ++i) { // more readers than read marks: some share a slot
        recs.push_back(std::make_unique<Recorder>(QStringLiteral("reader%1").arg(i)));
        readers.push_back(std::make_unique<Traced>(m_path, recs.back().get()));
        QCOMPARE(readers.back()->exec({ QStringLiteral("BEGIN"), QStringLiteral("SELECT count(*) FROM t") }),
            QString());
        QCOMPARE(writer.exec({ QStringLiteral("INSERT INTO t VALUES (2)") }),
            QString()); // a new snapshot each time
    }
    for (const auto &r : recs)
        QCOMPARE(r->totals(Clock::now()).busyAttempts, 0u);
    for (const auto &r : readers)
        QCOMPARE(r->exec({ QStringLiteral("COMMIT") }), QString());
}

void TestLockVfs::untracedConnectionsRecordNothing()
{
    Recorder rec(QStringLiteral("traced"));
    Traced traced(m_path, &rec);
    QCOMPARE(traced.exec({ QStringLiteral("CREATE TABLE t(x)") }), QString());
    const std::uint64_t n = rec.written();
    Traced other(m_path, nullptr); // same VFS, no recorder
    QCOMPARE(other.exec({ QStringLiteral("INSERT INTO t VALUES (1)") }), QString());
    QCOMPARE(rec.written(), n);
}

void TestLockVfs::ringKeepsTheLastEventsAndCountsTheRest()
{
    Recorder rec(QStringLiteral("busy"));
    const std::size_t n = Recorder::DefaultCapacity + 10;
    for (std::size_t i = 0; i < n; ++i)
        rec.fileLock(i % 2 ? Lock::None : Lock::Shared, false);
    std::vector<Event> out;
    std::uint64_t lost = 0;
    const std::uint64_t next = rec.read(0, &out, &lost);
    QCOMPARE(next, std::uint64_t(n));
    QCOMPARE(out.size(), Recorder::DefaultCapacity);
    QCOMPARE(lost, std::uint64_t(10));
    QCOMPARE(out.back().to, Lock::None); // the last one written, (n - 1) odd
    QCOMPARE(rec.totals(Clock::now()).transitions, std::uint64_t(n));
    out.clear();
    QCOMPARE(rec.read(next, &out, &lost), next);
    QVERIFY(out.empty());
    QCOMPARE(lost, std::uint64_t(0));
}

void TestLockVfs::csvRows()
{
    Event e;
    e.ticks = Clock::fromNs(1.5e9) + 1000;
    e.from = Lock::Reserved;
    e.to = Lock::Exclusive;
    const auto csvRow = [](const Event &e, const QString &worker, const TimeBase &time) {
        QByteArray row;
        appendCsvRow(&row, e, csvField(worker), time);
        return QString::fromUtf8(row);
    };
    const QString row = csvRow(e, QStringLiteral("worker 1"), TimeBase::at(1000));
    // (Ticks calibrate against steady_clock as the process runs: a microsecond of drift.)
    QVERIFY2(qAbs(row.section(QLatin1Char(','), 0, 0).toDouble() - 1.5) < 1e-3, qPrintable(row));
    QVERIFY(row.endsWith(QLatin1String(",worker 1,reserved,exclusive,\n"))); // no statement
    e.statement = StatementScope::statementCode(Stmt::Commit);
    const QString named = csvRow(e, QStringLiteral("w"), TimeBase::at(1000));
    QVERIFY2(named.endsWith(QLatin1String(",w,reserved,exclusive,commit\n")), qPrintable(named));
    QCOMPARE(csvRow(e, QStringLiteral("a,\"b\""), TimeBase::at(1000)).section(QLatin1Char(','), 1, 2),
        QStringLiteral("\"a,\"\"b\"\"\""));
    QCOMPARE(csvHeader(), QStringLiteral("t_s,worker,from,to,statement\n"));
}

void TestLockVfs::pathsThatNeedEscaping_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("URI characters") << QStringLiteral("we?ird #100% é.db");
    // Regression: "file://" + "/tmp/x" read "tmp" as a host name (and a Windows UNC path
    // \\server\share the same way).
    QTest::newRow("double slash") << QStringLiteral("//double-slash.db");
}

void TestLockVfs::pathsThatNeedEscaping()
{
    QFETCH(QString, name);
    const QString odd = name.startsWith(QLatin1String("//")) ? QLatin1Char('/') + m_dir.filePath(name.mid(2))
                                                             : m_dir.filePath(name);
    Recorder rec(QStringLiteral("odd"));
    {
        Traced c(odd, &rec);
        QVERIFY2(c.isOpen(), qPrintable(c.error()));
        QCOMPARE(c.exec({ QStringLiteral("CREATE TABLE t(x)") }), QString());
    }
    QVERIFY(QFile::exists(odd)); // the file itself, not one named after part of the URI
    QVERIFY(rec.written() > 0);
}

void TestLockVfs::runReportsEveryConnectionsLocks_data()
{
    QTest::addColumn<QString>("journal");
    QTest::addColumn<bool>("record");
    QTest::newRow("rollback journal") << QStringLiteral("delete") << true;
    QTest::newRow("wal") << QStringLiteral("wal") << true;
    QTest::newRow("recording off") << QStringLiteral("wal") << false;
}

void TestLockVfs::runReportsEveryConnectionsLocks()
{
    QFETCH(QString, journal);
    QFETCH(bool, record);
    Scenario sc;
    sc.databasePath = m_dir.filePath(QStringLiteral("run-%1-%2.db").arg(journal).arg(record));
    QFile::remove(sc.databasePath);
    sc.journalMode = journal;
    sc.synchronous = QStringLiteral("off");
    sc.workers = 3;
    sc.opsPerWorker = 300;
    sc.recordLocks = record;
    RunResult r;
    QString why;
    QVERIFY2(LoadEngine::runBlocking(sc, &r, &why, 100), qPrintable(why));
    QVERIFY(r.ok());
    const QJsonArray timeline = r.toJson().value(QStringLiteral("lock_timeline")).toArray();
    if (!record) {
        QVERIFY(timeline.isEmpty());
        QVERIFY(r.warnings.filter(QStringLiteral("Lock states")).isEmpty()); // asked for, not a failure
        return;
    }
    QStringList workers;
    for (const QJsonValue &v : timeline) {
        const QJsonObject c = v.toObject();
        workers << c.value(QStringLiteral("worker")).toString();
        const QJsonObject in = c.value(QStringLiteral("seconds_in")).toObject();
        for (const char *k :
            { "none", "shared", "reserved", "pending", "exclusive", "wal_write", "wal_checkpoint" })
            QVERIFY2(in.contains(QLatin1String(k)), k);
        if (!c.value(QStringLiteral("worker")).toString().startsWith(QLatin1String("worker")))
            continue;
        // Every worker committed, so it held the write lock of its journal mode.
        const char *writeLock = journal == QLatin1String("wal") ? "wal_write" : "exclusive";
        QVERIFY2(in.value(QLatin1String(writeLock)).toDouble() > 0, writeLock);
        QVERIFY(c.value(QStringLiteral("transitions")).toDouble() >= 4 * 300);
        if (journal == QLatin1String("wal"))
            QCOMPARE(in.value(QStringLiteral("exclusive")).toDouble(), 0.0);
        else
            QCOMPARE(in.value(QStringLiteral("wal_write")).toDouble(), 0.0);
    }
    workers.sort();
    QCOMPARE(workers,
        (QStringList { QStringLiteral("control"), QStringLiteral("worker1"), QStringLiteral("worker2"),
            QStringLiteral("worker3") }));
}

void TestLockVfs::memoryRunsSayLocksWereNotRecorded()
{
    Scenario sc;
    sc.memoryName = QStringLiteral("tst_lockvfs");
    sc.workers = 2;
    sc.opsPerWorker = 100;
    RunResult r;
    QString why;
    QVERIFY2(LoadEngine::runBlocking(sc, &r, &why, 100), qPrintable(why));
    QVERIFY(r.lockTimeline.empty());
    QCOMPARE(r.warnings.filter(QStringLiteral("in-memory database takes no file locks")).size(), 1);
}

QTEST_GUILESS_MAIN(TestLockVfs)
#include "tst_lockvfs.moc"
