// SPDX-License-Identifier: GPL-3.0-or-later
// A traced program's run document, from findings made by hand: its summary and workers, its
// series, the names it gives programs, the files --db keeps, and its JSON read back.
#include "tests/fixtures/tracerecords.h"
#include "workers/rundocument.h"
#include "workers/tracedocument.h"
#include "workers/tracejson.h"
#include "workers/tracemodel.h"
#include "workers/traceseries.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <set>

using namespace LockLens;
using Fixture::connection;
using Fixture::record;

class TestTraceDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesThePrograms_data();
    void namesThePrograms();
    void keepsTheFilesAsked();
    void quotesStatementsForCsv();
    void sumsTheConnections();
    void readsBackWhatItWrote();
    void aLabRunHasNoProgram();
    void readsDamagedDocumentsSafely_data();
    void readsDamagedDocumentsSafely();
    void keepsTheDatabasesAskedAndTheirProcesses();
    void countsCommitsAndRollbacksApart();
    void listsABoundedNumberOfBlockedSteps();
    void sumsTheConnectionsBeyondTheFirstThousand();
    void resultsWhoseRecordsWereDroppedAreCounted();
};

namespace {

// Two connections of one process: the first held the write lock the second waited for.
Trace::Program twoWriters()
{
    Trace::Program p;
    p.command = QStringList { QStringLiteral("python3"), QStringLiteral("-u"), QStringLiteral("/srv/app/worker.py") };
    p.folder = QStringLiteral("/srv/app");
    p.recordsRead = 120;
    Trace::Process proc;
    proc.pid = 4242;
    proc.parent = 1;
    proc.command = p.command.join(QLatin1Char(' '));
    proc.exitStatus = 0;
    p.processes.push_back(proc);
    Trace::Connection a = connection(1, 4242, QStringLiteral("/srv/app/jobs.db"));
    a.threads = { 4242 };
    a.statements = 30;
    a.rowsChanged = 25;
    a.transactions = a.commits = 5;
    a.longestTransactionS = 1.5;
    a.secondsIn[std::size_t(LockTrace::Lock::WalWrite)] = 1.5;
    a.transitions = 12;
    Trace::Connection b = connection(2, 4242, QStringLiteral("/srv/app/jobs.db"));
    b.threads = { 4243, 4244 };
    b.statements = 10;
    b.sleeps = 4;
    b.sleepS = 0.75;
    b.busyAttempts = 5;
    b.closedS = 2.5;
    b.errors[std::size_t(ErrorClass::BusyTimeout)] = 1;
    p.connections = { a, b };
    Trace::Blocked blocked;
    blocked.tS = 1.0;
    blocked.pid = 4242;
    blocked.thread = 4243;
    blocked.connection = 2;
    blocked.statement = QStringLiteral("INSERT INTO jobs(n) VALUES (?)");
    blocked.result = 5;
    blocked.errorClass = ErrorClass::BusyTimeout;
    blocked.waitedS = 0.75;
    blocked.wanted = LockTrace::Lock::WalWrite;
    blocked.holder.connection = 1;
    blocked.holder.pid = 4242;
    blocked.holder.thread = 4242;
    blocked.holder.lock = LockTrace::Lock::WalWrite;
    blocked.holder.sinceS = 0.6;
    blocked.holder.statement = QStringLiteral("UPDATE jobs SET n = ?");
    blocked.holder.transactionSinceS = 0.6;
    p.blocked = { blocked };
    return p;
}

Trace::DocumentParts partsOf(double durationS)
{
    Trace::DocumentParts parts;
    parts.durationS = durationS;
    parts.startedAt = QDateTime(QDate(2026, 12, 7), QTime(6, 0), Qt::UTC);
    return parts;
}

} // namespace

void TestTraceDocument::namesThePrograms_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("name");
    QTest::newRow("a program") << QStringList { QStringLiteral("/usr/bin/myserver"), QStringLiteral("--port=1") }
                               << QStringLiteral("myserver");
    QTest::newRow("a script") << QStringList { QStringLiteral("python3"), QStringLiteral("-u"), QStringLiteral("jobs/worker.py") }
                              << QStringLiteral("worker.py");
    QTest::newRow("a module") << QStringList { QStringLiteral("python3.11"), QStringLiteral("-m"), QStringLiteral("celery") }
                              << QStringLiteral("celery");
    QTest::newRow("a shell line") << QStringList { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("a; b") }
                                  << QStringLiteral("sh -c");
    QTest::newRow("nothing") << QStringList() << QStringLiteral("(no command)");
}

void TestTraceDocument::namesThePrograms()
{
    QFETCH(QStringList, command);
    QFETCH(QString, name);
    Trace::Program p;
    p.command = command;
    QCOMPARE(Trace::programName(p), name);
}

void TestTraceDocument::keepsTheFilesAsked()
{
    const Trace::FileFilter all({});
    QVERIFY(all.keeps(QStringLiteral("/a/b.db")));
    const Trace::FileFilter some({ QStringLiteral("b*.db"), QStringLiteral("/data/*") });
    QVERIFY(some.keeps(QStringLiteral("/x/beta.db"))); // by its name
    QVERIFY(some.keeps(QStringLiteral("/data/c.sqlite"))); // by its path
    QVERIFY(!some.keeps(QStringLiteral("/x/alpha.db")));
    QVERIFY(!Trace::isMemoryFile(QString())); // a temporary database: a file of its own
    QVERIFY(Trace::isMemoryFile(QStringLiteral("file:/shared?vfs=memdb")));
    QVERIFY(!Trace::isMemoryFile(QStringLiteral("/x/memory.db")));
}

void TestTraceDocument::quotesStatementsForCsv()
{
    QCOMPARE(LockTrace::csvField(QStringLiteral("SELECT 1")), QByteArray("SELECT 1"));
    QCOMPARE(LockTrace::csvField(QStringLiteral("INSERT INTO t(a, b)")), QByteArray("\"INSERT INTO t(a, b)\""));
    QCOMPARE(LockTrace::csvField(QStringLiteral("SELECT 'a\nb'")), QByteArray("\"SELECT 'a\nb'\""));
    QCOMPARE(LockTrace::csvField(QStringLiteral("SELECT \"x\"")), QByteArray("\"SELECT \"\"x\"\"\""));
}

void TestTraceDocument::sumsTheConnections()
{
    const RunDocument d = Trace::document(twoWriters(), partsOf(3.0));
    QVERIFY(!d.hasScenario);
    QVERIFY(d.program);
    QCOMPARE(d.database, QStringLiteral("/srv/app/jobs.db"));
    QCOMPARE(d.summary.totals.ops, std::uint64_t(40));
    QCOMPARE(d.summary.totals.tx, std::uint64_t(5));
    QCOMPARE(d.summary.totals.rows, std::uint64_t(25));
    QCOMPARE(d.summary.totals.busyEvents, std::uint64_t(5));
    QCOMPARE(d.summary.totals.busyCalls, std::uint64_t(4));
    QCOMPARE(d.summary.totals.errors[std::size_t(ErrorClass::BusyTimeout)], std::uint64_t(1));
    QCOMPARE(d.summary.totals.opsPerS, 13.3);
    // Slept 0.75 s of the connections' 2.5 + 2.0 s open.
    QCOMPARE(d.summary.lockWaitShare, 0.75 / 4.5);
    QCOMPARE(d.summary.errorMessages[std::size_t(ErrorClass::BusyTimeout)], QStringLiteral("database is locked"));
    QCOMPARE(d.workers.size(), std::size_t(2));
    QCOMPARE(d.workers[1].name, QStringLiteral("conn2"));
    QCOMPARE(d.workers[1].stats.lockWaitS, 0.75);
    QCOMPARE(d.lockTimeline.size(), std::size_t(2));
    QCOMPARE(d.lockTimeline[0].totals.secondsIn[std::size_t(LockTrace::Lock::WalWrite)], 1.5);
    QCOMPARE(d.lockTimeline[0].totals.transitions, std::uint64_t(12));
    QVERIFY(d.warnings.isEmpty());
    Trace::Program lossy = twoWriters();
    lossy.recordsDropped = 7;
    QCOMPARE(Trace::document(lossy, partsOf(3.0)).warnings.size(), 1);
}

void TestTraceDocument::readsBackWhatItWrote()
{
    const QJsonObject json = Trace::document(twoWriters(), partsOf(3.0)).toJson();
    RunDocument back;
    QString why;
    QVERIFY2(RunDocument::fromJson(json, &back, &why), qPrintable(why));
    QVERIFY(back.program);
    const Trace::Program &p = *back.program;
    QCOMPARE(p.command.size(), 3);
    QCOMPARE(p.processes.front().exitStatus, std::optional<int>(0));
    QCOMPARE(p.connections[1].threads, (std::set<std::uint32_t> { 4243, 4244 }));
    QCOMPARE(p.connections[0].closedS, -1.0); // open at the end
    QCOMPARE(p.blocked.front().holder.statement, QStringLiteral("UPDATE jobs SET n = ?"));
    QCOMPARE(p.blocked.front().wanted, LockTrace::Lock::WalWrite);
    QCOMPARE(p.blocked.front().errorClass, ErrorClass::BusyTimeout);
    QCOMPARE(back.toJson(), json);
}

void TestTraceDocument::aLabRunHasNoProgram()
{
    RunDocument lab;
    lab.summary.durationS = 1;
    const QJsonObject json = lab.toJson();
    QVERIFY(json.contains(QLatin1String("scenario")));
    for (const char *key : { "program", "processes", "connections", "blocked" })
        QVERIFY2(!json.contains(QLatin1String(key)), key);
    RunDocument back;
    QString why;
    QVERIFY(RunDocument::fromJson(json, &back, &why));
    QVERIFY(!back.program);
}

void TestTraceDocument::readsDamagedDocumentsSafely_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("isTrace");
    QTest::newRow("program is text") << QByteArray(R"({"program": "python3"})") << false;
    QTest::newRow("program is empty") << QByteArray(R"({"program": {}})") << false;
    QTest::newRow("lists of the wrong type") << QByteArray(R"({"program": {"command": "x"}, "processes": 3,
        "connections": {"id": 1}, "blocked": "no"})") << true;
    QTest::newRow("numbers out of range") << QByteArray(R"({"program": {"exit_status": 1e300, "records_read": -5},
        "connections": [{"id": 1e300, "pid": -1, "threads": [1e300, -3, "x"], "statements": 1e300,
        "seconds_in": {"shared": "x"}, "busy_results": []}],
        "blocked": [{"holder": "nobody", "wanted": "everything", "class": 7}]})") << true;
}

void TestTraceDocument::readsDamagedDocumentsSafely()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, isTrace);
    const std::optional<Trace::Program> p = Trace::readProgram(QJsonDocument::fromJson(json).object());
    QCOMPARE(bool(p), isTrace);
    if (!p)
        return;
    QVERIFY(p->exitStatus <= 0x7fffffff);
    QCOMPARE(p->recordsRead, std::uint64_t(0));
    for (const Trace::Connection &c : p->connections) {
        QVERIFY(c.id > 0);
        QCOMPARE(c.pid, std::uint32_t(0));
        QCOMPARE(c.threads, (std::set<std::uint32_t> { 0, 0xffffffffU })); // clamped, never undefined
    }
    for (const Trace::Blocked &b : p->blocked) {
        QCOMPARE(b.holder.connection, 0); // none found
        QCOMPARE(b.wanted, LockTrace::Lock::None);
        QCOMPARE(b.errorClass, ErrorClass::Other);
    }
}

void TestTraceDocument::keepsTheDatabasesAskedAndTheirProcesses()
{
    Trace::Model model(1);
    model.add(record(Trace::Kind::Process, 0, 2, "python3\0app.py\0"));
    model.add(record(Trace::Kind::Open, 1, 3, "/data/a.db"));
    model.add(record(Trace::Kind::Open, 2, 4, "/data/b.db"));
    Trace::TraceRecord busy = record(Trace::Kind::Result, 2, 5);
    busy.rc = 5;
    model.add(busy);
    Trace::Ending ending;
    ending.command = QStringList { QStringLiteral("python3"), QStringLiteral("app.py") };
    ending.pid = 100;
    ending.crashed = true;
    ending.exitCode = 9;
    ending.databases = QStringList { QStringLiteral("a.db") };
    const Trace::Program kept = Trace::programOf(model, ending);
    QCOMPARE(kept.connections.size(), std::size_t(1));
    QCOMPARE(kept.connections.front().file, QStringLiteral("/data/a.db"));
    QVERIFY(kept.blocked.empty()); // b.db's
    QCOMPARE(kept.processes.size(), std::size_t(1));
    QCOMPARE(kept.exitStatus, 137);
    QCOMPARE(kept.signal, 9);
    QCOMPARE(kept.processes.front().exitStatus, std::optional<int>(137));
    ending.databases = QStringList { QStringLiteral("c.db") };
    const Trace::Program none = Trace::programOf(model, ending);
    QVERIFY(none.connections.empty());
    QCOMPARE(none.processes.size(), std::size_t(1)); // what ran, though it opened none of them
}

void TestTraceDocument::countsCommitsAndRollbacksApart()
{
    Trace::Model model(1);
    model.add(record(Trace::Kind::Process, 0, 2, "app\0"));
    model.add(record(Trace::Kind::Open, 1, 3, "/data/a.db"));
    const auto statement = [&](std::uint32_t id, const char *sql) {
        Trace::TraceRecord r = record(Trace::Kind::StatementText, 1, 4, sql);
        r.stmt = id;
        model.add(r);
    };
    statement(1, "BEGIN");
    statement(2, "COMMIT");
    statement(3, "ROLLBACK");
    statement(4, "INSERT INTO t VALUES (?)");
    const auto transaction = [&](std::uint64_t t, std::uint32_t end, bool failed) {
        Trace::TraceRecord begin = record(Trace::Kind::TxBegin, 1, t);
        begin.stmt = 1;
        model.add(begin);
        if (failed) { // the step that ended it failed: SQLite rolled it back
            Trace::TraceRecord error = record(Trace::Kind::Result, 1, t + 1);
            error.stmt = end;
            error.rc = 19;
            model.add(error);
        }
        Trace::TraceRecord last = record(Trace::Kind::TxEnd, 1, t + 2);
        last.stmt = end;
        model.add(last);
    };
    transaction(10, 2, false); // COMMIT
    transaction(20, 3, false); // ROLLBACK
    transaction(30, 4, true); // an INSERT that failed in autocommit's own transaction
    transaction(40, 2, false);
    const Trace::Connection &c = model.connections().front();
    QCOMPARE(c.transactions, std::uint64_t(4));
    QCOMPARE(c.commits, std::uint64_t(2));
    QCOMPARE(c.rollbacks, std::uint64_t(2));
}

void TestTraceDocument::listsABoundedNumberOfBlockedSteps()
{
    Trace::Model model(1);
    model.add(record(Trace::Kind::Process, 0, 2, "app\0"));
    model.add(record(Trace::Kind::Open, 1, 3, "/data/a.db"));
    const std::size_t extra = 5;
    for (std::size_t i = 0; i < Trace::Model::MaxBlocked + extra; ++i) {
        Trace::TraceRecord busy = record(Trace::Kind::Result, 1, 10 + i);
        busy.rc = 5;
        model.add(busy);
    }
    QCOMPARE(model.blocked().size(), Trace::Model::MaxBlocked);
    QCOMPARE(model.blockedNotKept(), std::uint64_t(extra));
    QCOMPARE(model.connections().front().errors[std::size_t(ErrorClass::BusyBegin)],
        std::uint64_t(Trace::Model::MaxBlocked + extra)); // every one counted
    Trace::Ending ending;
    const Trace::Program p = Trace::programOf(model, ending);
    QCOMPARE(p.blockedNotListed, std::uint64_t(extra));
    const std::optional<Trace::Program> back = Trace::readProgram(Trace::document(p, {}).toJson());
    QVERIFY(back);
    QCOMPARE(back->blockedNotListed, std::uint64_t(extra));
}

void TestTraceDocument::sumsTheConnectionsBeyondTheFirstThousand()
{
    // A connection per request: after the first MaxListedConnections, those closed by the end
    // are summed, one entry per process and file; those still open are listed.
    Trace::Model model(1);
    model.add(record(Trace::Kind::Process, 0, 2, "app\0"));
    std::uint64_t t = 10;
    const std::uint32_t n = std::uint32_t(Trace::MaxListedConnections) + 5;
    for (std::uint32_t conn = 1; conn <= n; ++conn) {
        model.add(record(Trace::Kind::Open, conn, t++, conn % 2 ? "/data/a.db" : "/data/b.db"));
        Trace::TraceRecord begin = record(Trace::Kind::TxBegin, conn, t++);
        model.add(begin);
        model.add(record(Trace::Kind::TxEnd, conn, t++));
        if (conn != n) // the last one is open at the end
            model.add(record(Trace::Kind::Close, conn, t++));
    }
    const Trace::Program p = Trace::programOf(model, Trace::Ending());
    // 1000 listed, sums for a.db and b.db (1001, 1003 and 1002, 1004), the open one.
    QCOMPARE(p.connections.size(), Trace::MaxListedConnections + 3);
    QCOMPARE(Trace::connectionCount(p), std::uint64_t(n));
    const Trace::Connection &a = p.connections[Trace::MaxListedConnections];
    QCOMPARE(a.id, 1001);
    QCOMPARE(a.summed, std::uint64_t(2));
    QCOMPARE(a.file, QStringLiteral("/data/a.db"));
    QCOMPARE(a.transactions, std::uint64_t(2));
    QCOMPARE(Trace::workerName(a), QStringLiteral("conn1001+"));
    QCOMPARE(Trace::connectionWords(a), QStringLiteral("connections 1001 and on (2 closed ones of pid 100, summed)"));
    QCOMPARE(p.connections[Trace::MaxListedConnections + 1].summed, std::uint64_t(2));
    // Their time open is each one's, added up (not the span from the first to the last).
    const auto openOf = [&](int id) {
        const Trace::Connection &c = model.connections()[std::size_t(id - 1)];
        return c.closedS - c.openedS;
    };
    QCOMPARE(a.summedOpenS, openOf(1001) + openOf(1003));
    QCOMPARE(p.connections.back().id, int(n));
    QCOMPARE(p.connections.back().summed, std::uint64_t(0));
    // Every one counted, and the sums read back.
    std::uint64_t transactions = 0;
    for (const Trace::Connection &c : p.connections)
        transactions += c.transactions;
    QCOMPARE(transactions, std::uint64_t(n));
    const RunDocument doc = Trace::document(p, {});
    QCOMPARE(doc.workers.size(), p.connections.size());
    const std::optional<Trace::Program> back = Trace::readProgram(doc.toJson());
    QVERIFY(back);
    QCOMPARE(back->connections[Trace::MaxListedConnections].summed, std::uint64_t(2));
    QCOMPARE(Trace::connectionCount(*back), std::uint64_t(n));
}

void TestTraceDocument::resultsWhoseRecordsWereDroppedAreCounted()
{
    // The channel dropped records, among them some of the SQLITE_BUSY and SQLITE_LOCKED results
    // the program got: the exact counters count them all, LOCKED in its class, BUSY of no known
    // class as "other", and the warning says so.
    Trace::Model model(1);
    model.add(record(Trace::Kind::Process, 0, 2, "app\0"));
    model.add(record(Trace::Kind::Open, 1, 3, "/data/a.db"));
    for (std::uint64_t t : { 4, 5 }) { // the two BUSY results whose records came
        Trace::TraceRecord busy = record(Trace::Kind::Result, 1, t);
        busy.rc = 5;
        model.add(busy);
    }
    Trace::FinalCounters f {};
    f.statements = 9;
    f.busyResults = 5;
    f.lockedResults = 1;
    Trace::TraceRecord counters = record(Trace::Kind::Counters, 1, 6);
    counters.text.assign(reinterpret_cast<const char *>(&f), sizeof f);
    model.add(counters);
    model.add(record(Trace::Kind::Close, 1, 7));
    Trace::Ending ending;
    ending.dropped = 4;
    const Trace::Program p = Trace::programOf(model, ending);
    QCOMPARE(p.connections.size(), std::size_t(1));
    const auto &errors = p.connections.front().errors;
    QCOMPARE(errors[std::size_t(ErrorClass::BusyBegin)], std::uint64_t(2));
    QCOMPARE(errors[std::size_t(ErrorClass::Other)], std::uint64_t(3));
    QCOMPARE(errors[std::size_t(ErrorClass::Locked)], std::uint64_t(1));
    QCOMPARE(p.resultsNotClassified, std::uint64_t(3));
    const QString warning = Trace::droppedWarning(p);
    QVERIFY2(warning.contains(QLatin1String("3 SQLITE_BUSY result(s) whose records were dropped")), qPrintable(warning));
    const std::optional<Trace::Program> back = Trace::readProgram(Trace::document(p, {}).toJson());
    QVERIFY(back);
    QCOMPARE(back->resultsNotClassified, std::uint64_t(3));
    QCOMPARE(back->connections.front().busyNotClassified, std::uint64_t(3));
    QCOMPARE(back->connections.front().errors, errors);
    // Nothing dropped, nothing made up: the records had them all.
    f.busyResults = 2;
    f.lockedResults = 0;
    Trace::Model whole(1);
    whole.add(record(Trace::Kind::Open, 1, 3, "/data/a.db"));
    Trace::TraceRecord busy = record(Trace::Kind::Result, 1, 4);
    busy.rc = 5;
    whole.add(busy);
    whole.add(busy);
    counters.text.assign(reinterpret_cast<const char *>(&f), sizeof f);
    whole.add(counters);
    const Trace::Program q = Trace::programOf(whole, Trace::Ending());
    QCOMPARE(q.resultsNotClassified, std::uint64_t(0));
    QCOMPARE(q.connections.front().errors[std::size_t(ErrorClass::Other)], std::uint64_t(0));
    QVERIFY(Trace::droppedWarning(q).isEmpty());
}

QTEST_GUILESS_MAIN(TestTraceDocument)
#include "tst_tracedocument.moc"
