// SPDX-License-Identifier: GPL-3.0-or-later
// A traced program's run document, from findings made by hand: its summary and workers, its
// series, the names it gives programs, the files --db keeps, and its JSON read back.
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
    void theSeriesNeverStepsBack();
    void manyConnectionsKeepOnlyTotals();
    void sumsTheConnectionsBeyondTheFirstThousand();
    void theModelSumsClosedConnectionsAsTheyClose();
    void resultsWhoseRecordsWereDroppedAreCounted();
    void connectionsOfDatabasesNotKeptAreSummedAtOnce();
    void noPerConnectionListsOnceOneIsSummed();
    void aShortLastIntervalIsFolded();
};

namespace {

Trace::Connection connection(int id, std::uint32_t pid, const QString &file)
{
    Trace::Connection c;
    c.id = id;
    c.pid = pid;
    c.number = std::uint32_t(id);
    c.file = file;
    c.openedS = 0.5;
    c.countersKnown = true;
    return c;
}

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

namespace {

Trace::TraceRecord record(Trace::Kind kind, std::uint32_t conn, std::uint64_t t, const char *text = "")
{
    Trace::TraceRecord r;
    r.kind = kind;
    r.pid = 100;
    r.tid = 100;
    r.conn = conn;
    r.t = t;
    r.text = text;
    return r;
}

} // namespace

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

void TestTraceDocument::theSeriesNeverStepsBack()
{
    Trace::Series series;
    std::vector<Trace::Connection> cs { connection(1, 7, QStringLiteral("/a.db")) };
    cs[0].statements = 10;
    cs[0].sleepS = 0.5;
    series.sample(cs, 1.0);
    cs[0].statements = 25;
    cs[0].commits = 3;
    cs[0].sleepS = 0.75;
    cs.push_back(connection(2, 7, QStringLiteral("/a.db")));
    cs[1].statements = 4;
    series.sample(cs, 2.0);
    series.sample(cs, 2.0); // no time passed: no point
    cs[0].statements = 20; // counters read a moment apart: never a negative step
    series.sample(cs, 3.0);
    const std::vector<SeriesPoint> &p = series.points();
    QCOMPARE(p.size(), std::size_t(3));
    QCOMPARE(p[0].ops, std::uint64_t(10));
    QCOMPARE(p[1].ops, std::uint64_t(19));
    QCOMPARE(p[1].tx, std::uint64_t(3));
    QCOMPARE(p[1].lockWaitS, 0.25);
    QCOMPARE(p[1].workerOps, (std::vector<std::uint64_t> { 15, 4 }));
    QCOMPARE(p[2].ops, std::uint64_t(0));
    QCOMPARE(p[2].intervalS, 1.0);
}

void TestTraceDocument::manyConnectionsKeepOnlyTotals()
{
    std::vector<Trace::Connection> cs;
    for (int i = 1; i <= int(Trace::Series::MaxWorkerLists) + 1; ++i) {
        cs.push_back(connection(i, 7, QStringLiteral("/a.db")));
        cs.back().statements = 1;
    }
    Trace::Series series;
    series.sample(cs, 1.0);
    QCOMPARE(series.points().front().ops, std::uint64_t(cs.size()));
    QVERIFY(series.points().front().workerOps.empty());
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

void TestTraceDocument::aShortLastIntervalIsFolded()
{
    // A program that ends 0.05 s after a sample: its last 0.05 s go into the point before, not
    // into a point of their own whose rate would sink (or spike) the end of every line.
    Trace::Connection c = connection(1, 7, QStringLiteral("/data/a.db"));
    Trace::Series series;
    const auto all = [](const Trace::Connection &) { return true; };
    c.statements = 1000;
    series.sample({ c }, 1.0);
    c.statements = 1040;
    series.close({ c }, all, 1.05);
    QCOMPARE(series.points().size(), std::size_t(1));
    QCOMPARE(series.points().front().tS, 1.05);
    QCOMPARE(series.points().front().intervalS, 1.05);
    QCOMPARE(series.points().front().ops, std::uint64_t(1040));
    QCOMPARE(series.points().front().workerOps, std::vector<std::uint64_t> { 1040 });
    // A last interval of half the one before or more stays a point of its own.
    c.statements = 1500;
    series.close({ c }, all, 1.6);
    QCOMPARE(series.points().size(), std::size_t(2));
    QCOMPARE(series.points().back().ops, std::uint64_t(460));

    // Connections past the number kept with lists of their own came in the short last
    // interval: the folded point has its totals only, not lists that cover part of it.
    std::vector<Trace::Connection> many(Trace::Series::MaxWorkerLists, c);
    for (std::size_t i = 0; i < many.size(); ++i)
        many[i].id = int(i) + 1;
    Trace::Series crowded;
    crowded.sample(many, 1.0);
    QCOMPARE(crowded.points().front().workerOps.size(), Trace::Series::MaxWorkerLists);
    many.push_back(connection(99, 7, QStringLiteral("/data/a.db")));
    many.back().statements = 10;
    crowded.close(many, all, 1.05);
    QCOMPARE(crowded.points().size(), std::size_t(1));
    QVERIFY(crowded.points().front().workerOps.empty());
    QCOMPARE(crowded.points().front().ops, std::uint64_t(Trace::Series::MaxWorkerLists * 1500 + 10));
}

void TestTraceDocument::theModelSumsClosedConnectionsAsTheyClose()
{
    // A connection per request for hours: the model itself sums the connections beyond the
    // first thousand as they close with their exact counts, so its memory stays bounded, while
    // one open all along keeps its place and figures, and the series and the document add up.
    Trace::Model model(1);
    model.add(record(Trace::Kind::Process, 0, 2, "app\0"));
    const auto all = [](const Trace::Connection &) { return true; };
    Trace::Series series;
    std::uint64_t t = 10;
    constexpr std::uint32_t N = 5000, LongLived = 1001, OpenAtEnd = 4999;
    // Each request's connection ends after the next one opened: the one summed is not the last
    // in the model's list, whose last one takes its place, open.
    const auto end = [&](std::uint32_t conn) {
        model.add(record(Trace::Kind::TxEnd, conn, t++));
        if (conn == LongLived || conn == OpenAtEnd)
            return;
        Trace::FinalCounters f {};
        f.statements = 2;
        f.rowsChanged = 1;
        Trace::TraceRecord counters = record(Trace::Kind::Counters, conn, t++);
        counters.text.assign(reinterpret_cast<const char *>(&f), sizeof f);
        model.add(counters);
        model.add(record(Trace::Kind::Close, conn, t++));
    };
    for (std::uint32_t conn = 1; conn <= N; ++conn) {
        model.add(record(Trace::Kind::Open, conn, t++, conn % 2 ? "/data/a.db" : "/data/b.db"));
        model.add(record(Trace::Kind::TxBegin, conn, t++));
        if (conn > 1)
            end(conn - 1);
        if (conn % 1000 == 0) {
            // Bounded as it goes: the first thousand, a sum per file, the ones open.
            QVERIFY2(model.connections().size() <= Trace::MaxListedConnections + 2 + 3,
                qPrintable(QString::number(model.connections().size())));
            series.sample(model.connections(), all, double(conn) / 1000);
        }
    }
    end(N);
    // The long-lived one, moved about as others were summed, still takes its records.
    model.add(record(Trace::Kind::TxBegin, LongLived, t++));
    QCOMPARE(model.connectionCount(), int(N));
    QCOMPARE(model.connections().size(), Trace::MaxListedConnections + 2 + 2);
    QVERIFY(!model.connection(1500)); // summed
    QVERIFY(model.connection(1000));
    const Trace::Connection *longLived = model.connection(int(LongLived));
    QVERIFY(longLived);
    QCOMPARE(longLived->transactions, std::uint64_t(2));
    QCOMPARE(longLived->closedS, -1.0);
    const Trace::Connection *openAtEnd = model.connection(int(OpenAtEnd));
    QVERIFY(openAtEnd);
    QCOMPARE(openAtEnd->transactions, std::uint64_t(1));
    QCOMPARE(openAtEnd->statements, std::uint64_t(0)); // its counts were nobody else's
    QCOMPARE(openAtEnd->closedS, -1.0);
    std::uint64_t statements = 0, transactions = 0, summed = 0;
    std::set<int> ids;
    for (const Trace::Connection &c : model.connections()) {
        statements += c.statements;
        transactions += c.transactions;
        summed += c.summed;
        QVERIFY(ids.insert(c.id).second);
        // Beyond the first thousand: sums, and the two still open.
        if (c.id > int(Trace::MaxListedConnections) && c.summed == 0)
            QVERIFY2(c.id == int(LongLived) || c.id == int(OpenAtEnd), qPrintable(QString::number(c.id)));
    }
    QCOMPARE(summed, std::uint64_t(N - Trace::MaxListedConnections - 2));
    QCOMPARE(statements, std::uint64_t(2 * (N - 2)));
    QCOMPARE(transactions, std::uint64_t(N + 1));
    series.close(model.connections(), all, 5.5);
    std::uint64_t ops = 0, tx = 0;
    for (const SeriesPoint &p : series.points())
        ops += p.ops;
    QCOMPARE(ops, statements); // summing a connection into another entry adds nothing twice
    // The document: every connection counted once.
    const Trace::Program p = Trace::programOf(model, Trace::Ending());
    QCOMPARE(Trace::connectionCount(p), std::uint64_t(N));
    QCOMPARE(p.connections.size(), Trace::MaxListedConnections + 2 + 2);
    for (const Trace::Connection &c : p.connections)
        tx += c.transactions;
    QCOMPARE(tx, transactions);
    QVERIFY(std::is_sorted(p.connections.begin(), p.connections.end(),
        [](const Trace::Connection &a, const Trace::Connection &b) { return a.id < b.id; }));
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

void TestTraceDocument::connectionsOfDatabasesNotKeptAreSummedAtOnce()
{
    // --db a.db: the first thousand connections of a.db are listed, however many of b.db came
    // before; b.db's are summed as they close.
    Trace::Model model(1);
    model.setKeep([](const QString &file) { return file.endsWith(QLatin1String("a.db")); });
    model.add(record(Trace::Kind::Process, 0, 2, "app\0"));
    std::uint64_t t = 10;
    for (std::uint32_t conn = 1; conn <= 1500; ++conn) {
        model.add(record(Trace::Kind::Open, conn, t++, conn % 2 ? "/data/a.db" : "/data/b.db"));
        Trace::FinalCounters f {};
        f.statements = 1;
        Trace::TraceRecord counters = record(Trace::Kind::Counters, conn, t++);
        counters.text.assign(reinterpret_cast<const char *>(&f), sizeof f);
        model.add(counters);
        model.add(record(Trace::Kind::Close, conn, t++));
    }
    QCOMPARE(model.connections().size(), std::size_t(750 + 1));
    QVERIFY(model.connection(1499)); // a.db's 750th
    QVERIFY(!model.connection(4)); // b.db's second, summed into its first's entry
    Trace::Ending ending;
    ending.databases = QStringList { QStringLiteral("a.db") };
    const Trace::Program p = Trace::programOf(model, ending);
    QCOMPARE(p.connections.size(), std::size_t(750));
    QCOMPARE(Trace::connectionCount(p), std::uint64_t(750));
}

void TestTraceDocument::noPerConnectionListsOnceOneIsSummed()
{
    // Per-connection lists follow entries that stay one connection each: once the model has
    // summed one into another, the points have their totals only, which still add up.
    const auto all = [](const Trace::Connection &) { return true; };
    Trace::Connection a = connection(1, 7, QStringLiteral("/data/a.db"));
    Trace::Connection b = connection(2, 7, QStringLiteral("/data/a.db"));
    a.statements = 10;
    b.statements = 20;
    Trace::Series series;
    series.sample({ a, b }, all, 1.0);
    QCOMPARE(series.points().back().workerOps, (std::vector<std::uint64_t> { 10, 20 }));
    a.closedS = 1.5;
    b.statements = 25;
    b.closedS = 1.6;
    Trace::Connection sum = Trace::sumOf(a);
    Trace::addTo(sum, b);
    series.sample({ sum }, all, 2.0);
    QCOMPARE(series.points().back().ops, std::uint64_t(5));
    QVERIFY(series.points().back().workerOps.empty());
    Trace::Connection c = connection(3, 7, QStringLiteral("/data/a.db"));
    c.statements = 4;
    series.sample({ sum, c }, all, 3.0);
    QCOMPARE(series.points().back().ops, std::uint64_t(4));
    QVERIFY(series.points().back().workerOps.empty()); // and from then on
}

QTEST_GUILESS_MAIN(TestTraceDocument)
#include "tst_tracedocument.moc"
