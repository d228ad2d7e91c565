// SPDX-License-Identifier: GPL-3.0-or-later
// liblocklens-trace in real programs: Python 3's sqlite3 module (the system SQLite) run with
// the library preloaded and a channel file named, and what reaches the channel read back.
#include "workers/recorder/lockkind.h"
#include "workers/recorder/statementtext.h"
#include "workers/recorder/clock.h"
#include "workers/tracechannelfile.h"
#include "workers/tracemodel.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstring>

using namespace LockLens;
using namespace LockLens::Trace;
using LockTrace::Lock;

class TestTraceLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void normalisesStatements_data();
    void normalisesStatements();
    void quietWhereSqliteIsUnused();
    void recordsAProgramsLocksAndStatements();
    void recordsABusyResultAndTheSleepsBeforeIt();
    void followsChildProcesses();
    void aFullRingDropsAndCounts();
    void theModelNamesWhoBlocked();
    void statementTextsStayBounded();
    void aConnectionPerRequestKeepsExactCounts();
    void aProcessPerRequestUsesTheSameSlots();
    void aChildClosingAnInheritedConnectionLeavesItsSlotAlone();
    void aConnectionOpenAcrossAnExecKeepsItsCounts();

private:
    // Runs `script` in python3 with the library preloaded and `channel` named; its exit code.
    int runPython(const ChannelFile &channel, const QString &script, const QStringList &args = {});
    // Runs `script` traced through a new channel of `capacity` slots, with the database `db`
    // (in the test's folder) as its argument, and reads back what reached the channel. The
    // channel is kept for its counters; nullptr if it could not be made.
    std::unique_ptr<ChannelFile> trace(const QString &script, const QString &db, int *exitCode,
        std::vector<TraceRecord> *records, std::uint64_t capacity = ChannelFile::DefaultCapacity);
    static std::vector<TraceRecord> ofKind(const std::vector<TraceRecord> &all, Kind kind);
    // Gives `model` every record of a trace that has ended, then the channel's final counters.
    static void readInto(Model *model, const std::vector<TraceRecord> &all, const ChannelFile &channel);
    // The figures connection `conn` sent when it closed (zeros if it sent none).
    static FinalCounters finalCountersOf(const std::vector<TraceRecord> &all, std::uint32_t conn);

    QString m_python;
    QTemporaryDir m_dir;
};

void TestTraceLibrary::readInto(Model *model, const std::vector<TraceRecord> &all, const ChannelFile &channel)
{
    for (const TraceRecord &r : all)
        model->add(r);
    model->finish(Clock::now(), channel.channel());
}

void TestTraceLibrary::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (m_python.isEmpty())
        QSKIP("python3 is not installed (.ci/run installs it)");
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(LOCKLENS_TRACE_LIBRARY)), LOCKLENS_TRACE_LIBRARY);
}

void TestTraceLibrary::normalisesStatements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("without");
    QTest::addColumn<QString>("with");
    QTest::newRow("literals") << "INSERT INTO t VALUES (1, 'it''s', x'ff', 2.5e3)"
                              << "INSERT INTO t VALUES ( ?, ?, ?, ? )" << "INSERT INTO t VALUES ( 1, 'it''s', x'ff', 2.5e3 )";
    QTest::newRow("identifiers keep their digits") << "SELECT c1 FROM \"t 2\" WHERE [a'b]=3"
                                                   << "SELECT c1 FROM \"t 2\" WHERE [a'b] = ?"
                                                   << "SELECT c1 FROM \"t 2\" WHERE [a'b] = 3";
    QTest::newRow("comments and space") << "  UPDATE  jobs -- note\n SET n=n+1 /* x */ WHERE id=?"
                                        << "UPDATE jobs SET n = n + ? WHERE id = ?"
                                        << "UPDATE jobs SET n = n + 1 WHERE id = ?";
}

void TestTraceLibrary::normalisesStatements()
{
    QFETCH(QString, sql);
    QFETCH(QString, without);
    QFETCH(QString, with);
    // Tokens are separated by one space where the source had any, and kept apart otherwise.
    const auto spaced = [](const std::string &s) { return QString::fromStdString(s).simplified(); };
    QCOMPARE(spaced(StatementText::normalise(sql.toUtf8().constData(), false)).remove(QLatin1Char(' ')),
        QString(without).remove(QLatin1Char(' ')));
    QCOMPARE(spaced(StatementText::normalise(sql.toUtf8().constData(), true)).remove(QLatin1Char(' ')),
        QString(with).remove(QLatin1Char(' ')));
}

int TestTraceLibrary::runPython(const ChannelFile &channel, const QString &script, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(LOCKLENS_TRACE_LIBRARY));
    env.insert(QString::fromLatin1(ChannelEnv), channel.path());
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(m_python, QStringList { QStringLiteral("-c"), script } + args);
    if (!p.waitForFinished(120000))
        return -1;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

std::unique_ptr<ChannelFile> TestTraceLibrary::trace(const QString &script, const QString &db, int *exitCode,
    std::vector<TraceRecord> *records, std::uint64_t capacity)
{
    QString why;
    auto channel = ChannelFile::create(m_dir.path(), &why, capacity, 16);
    if (!channel) {
        qWarning("%s", qPrintable(why));
        return nullptr;
    }
    *exitCode = runPython(*channel, script, { m_dir.filePath(db) });
    channel->drain(records, true);
    return channel;
}

std::vector<TraceRecord> TestTraceLibrary::ofKind(const std::vector<TraceRecord> &all, Kind kind)
{
    std::vector<TraceRecord> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), [kind](const TraceRecord &r) { return r.kind == kind; });
    return out;
}

FinalCounters TestTraceLibrary::finalCountersOf(const std::vector<TraceRecord> &all, std::uint32_t conn)
{
    FinalCounters f {};
    for (const TraceRecord &r : ofKind(all, Kind::Counters)) {
        if (r.conn == conn && r.text.size() == sizeof f)
            std::memcpy(&f, r.text.data(), sizeof f);
    }
    return f;
}

void TestTraceLibrary::quietWhereSqliteIsUnused()
{
    // A shell and the tools it runs load the library too: they map nothing and say nothing.
    QString why;
    auto channel = ChannelFile::create(m_dir.path(), &why);
    QVERIFY2(channel, qPrintable(why));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(LOCKLENS_TRACE_LIBRARY));
    env.insert(QString::fromLatin1(ChannelEnv), channel->path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("sh"), { QStringLiteral("-c"), QStringLiteral("ls / > /dev/null && echo ok") });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(p.readAllStandardOutput(), QByteArray("ok\n"));
    QCOMPARE(p.readAllStandardError(), QByteArray());
    std::vector<TraceRecord> records;
    QCOMPARE(channel->drain(&records, true), std::size_t(0));
    QCOMPARE(channel->channel().header().processes.load(), 0u);
}

void TestTraceLibrary::recordsAProgramsLocksAndStatements()
{
    const QString script = QStringLiteral(
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=DELETE')\n"
        "c.execute('CREATE TABLE t(x)')\n"
        "c.execute('BEGIN')\n"
        "for i in range(50): c.execute('INSERT INTO t VALUES (%d)' % i)\n"
        "c.execute('COMMIT')\n"
        "print(c.execute('SELECT count(*) FROM t').fetchone()[0])\n"
        "c.close()\n");
    int exitCode = -1;
    std::vector<TraceRecord> all;
    const auto channel = trace(script, QStringLiteral("locks.db"), &exitCode, &all);
    QVERIFY(channel);
    QCOMPARE(exitCode, 0);
    QCOMPARE(channel->dropped(), quint64(0));

    const auto processes = ofKind(all, Kind::Process);
    QCOMPARE(processes.size(), std::size_t(1));
    QVERIFY2(QString::fromStdString(processes[0].text).contains(QLatin1String("python3")), processes[0].text.c_str());
    const auto opens = ofKind(all, Kind::Open);
    QCOMPARE(opens.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(opens[0].text), m_dir.filePath(QStringLiteral("locks.db")));
    QCOMPARE(opens[0].rc, 0);
    const std::uint32_t conn = opens[0].conn;
    QCOMPARE(conn, 1u);

    // The rollback journal's writer goes SHARED, RESERVED, (PENDING,) EXCLUSIVE, and back.
    std::vector<Lock> reached;
    for (const auto &r : ofKind(all, Kind::FileLock)) {
        QCOMPARE(r.conn, conn);
        QCOMPARE(r.pid, processes[0].pid);
        if (!(r.flags & Busy))
            reached.push_back(Lock(r.b));
    }
    for (Lock l : { Lock::Shared, Lock::Reserved, Lock::Exclusive, Lock::None })
        QVERIFY2(std::count(reached.begin(), reached.end(), l) > 0, qPrintable(QString::number(int(l))));
    QCOMPARE(reached.back(), Lock::None);

    // The 50 inserts are one statement without their values, begun once in a row.
    QStringList texts;
    for (const auto &r : ofKind(all, Kind::StatementText))
        texts << QString::fromStdString(r.text);
    QVERIFY2(texts.contains(QStringLiteral("INSERT INTO t VALUES (?)")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(!texts.join(QLatin1Char(' ')).contains(QLatin1String("49")));
    QCOMPARE(ofKind(all, Kind::TxBegin).size(), std::size_t(1));
    QCOMPARE(ofKind(all, Kind::TxEnd).size(), std::size_t(1));
    QCOMPARE(ofKind(all, Kind::Close).size(), std::size_t(1));

    // The exact counters, sent when the connection closed (its slot then freed for another):
    // every statement run to its end.
    const FinalCounters k = finalCountersOf(all, conn);
    QVERIFY2(k.statements >= 54, qPrintable(QString::number(k.statements)));
    QVERIFY(k.stepTicks > 0);
    QCOMPARE(k.busyResults, quint64(0));
    QCOMPARE(channel->channel().counters(0)->pid.load(), 0u);
}

void TestTraceLibrary::recordsABusyResultAndTheSleepsBeforeIt()
{
    // Two connections: the first holds a write transaction, the second asks for one with a
    // 300 ms timeout and gets "database is locked" after the busy handler's sleeps.
    const QString script = QStringLiteral(
        "import sqlite3, sys\n"
        "a = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "a.execute('PRAGMA journal_mode=WAL')\n"
        "a.execute('CREATE TABLE IF NOT EXISTS jobs(id INTEGER PRIMARY KEY, n)')\n"
        "a.execute('BEGIN IMMEDIATE')\n"
        "a.execute('INSERT INTO jobs(n) VALUES (1)')\n"
        "b = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0.3)\n"
        "try:\n"
        "    b.execute('BEGIN IMMEDIATE')\n"
        "    sys.exit(3)\n"
        "except sqlite3.OperationalError as e:\n"
        "    print(e)\n"
        "a.execute('COMMIT')\n");
    int exitCode = -1;
    std::vector<TraceRecord> all;
    const auto channel = trace(script, QStringLiteral("busy.db"), &exitCode, &all);
    QVERIFY(channel);
    QCOMPARE(exitCode, 0);

    const auto results = ofKind(all, Kind::Result);
    QCOMPARE(results.size(), std::size_t(1));
    QCOMPARE(results[0].conn, 2u);
    QCOMPARE(results[0].rc & 0xff, 5); // SQLITE_BUSY
    const auto sleeps = ofKind(all, Kind::Sleep);
    QVERIFY(!sleeps.empty());
    std::uint64_t slept = 0;
    for (const auto &s : sleeps) {
        QCOMPARE(s.conn, 2u);
        QVERIFY(s.t >= results[0].t);
        slept += s.arg;
    }
    QVERIFY(slept <= results[0].arg); // the sleeps happened inside the failing step
    // The refused attempts at the WAL write lock are the second connection's.
    bool refused = false;
    for (const auto &r : ofKind(all, Kind::ShmLock))
        refused = refused || ((r.flags & Busy) && r.conn == 2 && Lock(r.a) == Lock::WalWrite);
    QVERIFY(refused);
    // The counters say the same.
    const FinalCounters second = finalCountersOf(all, 2);
    QCOMPARE(second.busyResults, quint64(1));
    QCOMPARE(second.sleeps, quint64(sleeps.size()));
}

void TestTraceLibrary::followsChildProcesses()
{
    const QString script = QStringLiteral(
        "import multiprocessing, sqlite3, sys\n"
        "def work(path):\n"
        "    c = sqlite3.connect(path, timeout=10)\n"
        "    with c: c.execute('INSERT INTO t VALUES (1)')\n"
        "    c.close()\n"
        "if __name__ == '__main__':\n"
        "    c = sqlite3.connect(sys.argv[1]); c.execute('CREATE TABLE IF NOT EXISTS t(x)'); c.close()\n"
        "    ps = [multiprocessing.Process(target=work, args=(sys.argv[1],)) for _ in range(2)]\n"
        "    [p.start() for p in ps]; [p.join() for p in ps]\n"
        "    sys.exit(max(p.exitcode for p in ps))\n");
    int exitCode = -1;
    std::vector<TraceRecord> all;
    QVERIFY(trace(script, QStringLiteral("children.db"), &exitCode, &all));
    QCOMPARE(exitCode, 0);
    std::vector<std::uint32_t> pids;
    for (const auto &r : ofKind(all, Kind::Open))
        pids.push_back(r.pid);
    std::sort(pids.begin(), pids.end());
    pids.erase(std::unique(pids.begin(), pids.end()), pids.end());
    QCOMPARE(pids.size(), std::size_t(3)); // the parent and its two children, each its own

    // A forked child's main thread is itself (not the thread of its parent that forked), and
    // the statements it shares with its parent read with their text.
    Model model(0);
    for (const TraceRecord &r : all)
        model.add(r);
    int childStatements = 0;
    for (const TraceRecord &r : ofKind(all, Kind::Statement)) {
        if (r.pid == pids.front() && r.pid != pids.back())
            continue;
        ++childStatements;
        QVERIFY2(!model.statementText(r.pid, r.stmt).isEmpty(), qPrintable(QString::number(r.stmt)));
    }
    QVERIFY(childStatements > 0);
    for (const TraceRecord &r : ofKind(all, Kind::Open))
        QCOMPARE(r.tid, r.pid); // each process opened its connection on its main thread
}

void TestTraceLibrary::aFullRingDropsAndCounts()
{
    // A ring of 64 slots, never read while the program runs: what does not fit is dropped
    // and counted, and the program finishes as it would untraced.
    const QString script = QStringLiteral(
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('CREATE TABLE IF NOT EXISTS t(x)')\n"
        "for i in range(200): c.execute('INSERT INTO t VALUES (?)', (i,))\n"
        "print(c.execute('SELECT count(*) FROM t').fetchone()[0])\n");
    int exitCode = -1;
    std::vector<TraceRecord> all;
    const auto channel = trace(script, QStringLiteral("full.db"), &exitCode, &all, 64);
    QVERIFY(channel);
    QCOMPARE(exitCode, 0);
    QVERIFY(channel->dropped() > 0);
    QVERIFY(all.size() <= 64);
    QVERIFY(!all.empty());
    QCOMPARE(all.front().kind, Kind::Process);
    // The counters are exact all the same: 200 inserts, each a statement of its own.
    QVERIFY(channel->channel().counters(0)->statements.load() >= 200);
}

void TestTraceLibrary::theModelNamesWhoBlocked()
{
    // The busy program of above, read into the model: one blocked step, of the second
    // connection, whose holder is the first, inside the transaction its BEGIN IMMEDIATE
    // opened, its last statement the INSERT.
    const QString script = QStringLiteral(
        "import sqlite3, sys, time\n"
        "a = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "a.execute('PRAGMA journal_mode=WAL')\n"
        "a.execute('CREATE TABLE IF NOT EXISTS jobs(id INTEGER PRIMARY KEY, n)')\n"
        "a.execute('BEGIN IMMEDIATE')\n"
        "a.execute('UPDATE jobs SET n = n + 1 WHERE id = 42')\n"
        "b = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0.2)\n"
        "try:\n"
        "    b.execute('INSERT INTO jobs(n) VALUES (7)')\n"
        "    sys.exit(3)\n"
        "except sqlite3.OperationalError:\n"
        "    pass\n"
        "a.execute('COMMIT')\n");
    const std::uint64_t origin = Clock::now();
    int exitCode = -1;
    std::vector<TraceRecord> all;
    const auto channel = trace(script, QStringLiteral("holder.db"), &exitCode, &all);
    QVERIFY(channel);
    QCOMPARE(exitCode, 0);
    Model model(origin);
    readInto(&model, all, *channel);

    QCOMPARE(model.processes().size(), std::size_t(1));
    QCOMPARE(model.connections().size(), std::size_t(2));
    QCOMPARE(model.blocked().size(), std::size_t(1));
    const Model::Blocked &b = model.blocked()[0];
    QCOMPARE(b.connection, 2);
    QCOMPARE(b.statement, QStringLiteral("INSERT INTO jobs(n) VALUES (?)"));
    QCOMPARE(b.errorClass, ErrorClass::BusyTimeout); // it slept, then gave up
    QCOMPARE(b.wanted, Lock::WalWrite);
    QVERIFY2(b.waitedS >= 0.15, qPrintable(QString::number(b.waitedS))); // about its 0.2 s timeout
    QCOMPARE(b.holder.connection, 1);
    QCOMPARE(b.holder.pid, b.pid);
    QCOMPARE(b.holder.lock, Lock::WalWrite);
    QCOMPARE(b.holder.statement, QStringLiteral("UPDATE jobs SET n = n + ? WHERE id = ?"));
    QVERIFY(b.holder.sinceS <= b.tS);
    QVERIFY(b.holder.transactionSinceS >= 0 && b.holder.transactionSinceS <= b.holder.sinceS + 1e-3);
    // The exact figures: the second connection's one failed statement, its sleeps.
    const Model::Connection &second = model.connections()[1];
    QVERIFY(second.countersKnown);
    QCOMPARE(second.errors[std::size_t(ErrorClass::BusyTimeout)], quint64(1));
    QVERIFY(second.sleeps > 0);
    QVERIFY(second.sleepS > 0.1);
    QVERIFY(model.connections()[0].secondsIn[std::size_t(Lock::WalWrite)] > 0.15); // held while b waited
}

void TestTraceLibrary::statementTextsStayBounded()
{
    // With --sql-literals every value written into the SQL makes a new text, which the
    // recorder would keep for ever in the program's memory. 12,000 texts, all different:
    // the first 5,000 as they are, the next 5,000 without their values (each still differs by
    // its alias), then one text that says the rest were not kept.
    qputenv("LOCKLENS_TRACE_LITERALS", "1");
    int exitCode = -1;
    std::vector<TraceRecord> all;
    auto channel = trace(QStringLiteral("import sqlite3, sys\n"
                                        "c = sqlite3.connect(sys.argv[1])\n"
                                        "for i in range(12000): c.execute('SELECT %d AS c%d' % (i, i)).fetchall()\n"),
        QStringLiteral("texts.db"), &exitCode, &all);
    qunsetenv("LOCKLENS_TRACE_LITERALS");
    QVERIFY(channel);
    QCOMPARE(exitCode, 0);
    QCOMPARE(channel->dropped(), quint64(0));
    std::vector<TraceRecord> texts = ofKind(all, Kind::StatementText);
    texts.erase(std::remove_if(texts.begin(), texts.end(),
                    [](const TraceRecord &r) { return r.text.rfind("SELECT ", 0) != 0 && r.text.front() != '('; }),
        texts.end());
    QCOMPARE(texts.size(), std::size_t(10001));
    QCOMPARE(QString::fromStdString(texts[4999].text), QStringLiteral("SELECT 4999 AS c4999"));
    QCOMPARE(QString::fromStdString(texts[5000].text), QStringLiteral("SELECT ? AS c5000"));
    QVERIFY2(texts.back().text.find("not kept") != std::string::npos, texts.back().text.c_str());
}

void TestTraceLibrary::aConnectionPerRequestKeepsExactCounts()
{
    // A web app's connection per request: 102 connections one after the other, through a
    // channel of 16 counter slots. A closed connection's figures come with a record and its
    // slot is used again, so every one is counted exactly (the last one is still open at the
    // end and read from its slot).
    int exitCode = -1;
    std::vector<TraceRecord> all;
    const std::uint64_t origin = Clock::now();
    auto channel = trace(QStringLiteral("import os, sqlite3, sys\n"
                                        "c = sqlite3.connect(sys.argv[1]); c.execute('CREATE TABLE r(x)'); c.close()\n"
                                        "for i in range(100):\n"
                                        "    c = sqlite3.connect(sys.argv[1]); c.execute('INSERT INTO r VALUES (?)', (i,))\n"
                                        "    c.commit(); c.close()\n"
                                        "last = sqlite3.connect(sys.argv[1]); last.execute('DELETE FROM r WHERE x < 10')\n"
                                        "last.commit(); os._exit(0)\n"), // never closed
        QStringLiteral("requests.db"), &exitCode, &all);
    QVERIFY(channel);
    QCOMPARE(exitCode, 0);
    QCOMPARE(channel->dropped(), quint64(0));
    QVERIFY2(channel->channel().header().connUsed.load() <= 2, // one at a time: the same slot
        qPrintable(QString::number(channel->channel().header().connUsed.load())));
    Model model(origin);
    readInto(&model, all, *channel);
    const auto &connections = model.connections();
    QCOMPARE(connections.size(), std::size_t(102));
    std::uint64_t rows = 0;
    for (const Model::Connection &c : connections) {
        QVERIFY2(c.countersKnown, qPrintable(QString::number(c.id)));
        QVERIFY2(c.statements >= 1, qPrintable(QString::number(c.id)));
        rows += c.rowsChanged;
    }
    QCOMPARE(connections.back().rowsChanged, std::uint64_t(10)); // the one open at the end
    QVERIFY(!connections.back().countersFinal);
    QVERIFY(connections.front().countersFinal);
    QCOMPARE(rows, std::uint64_t(100 + 10));
}

void TestTraceLibrary::aProcessPerRequestUsesTheSameSlots()
{
    // A forking server (or a shell loop running sqlite3): a process per request, each opening a
    // connection, writing and closing. The slot a closed connection gives back goes to the next
    // process's connection, so 60 processes take two slots, and every one is counted exactly.
    int exitCode = -1;
    std::vector<TraceRecord> all;
    const std::uint64_t origin = Clock::now();
    auto channel = trace(QStringLiteral("import os, sqlite3, sys\n"
                                        "c = sqlite3.connect(sys.argv[1]); c.execute('CREATE TABLE r(x)'); c.close()\n"
                                        "for i in range(60):\n"
                                        "    pid = os.fork()\n"
                                        "    if pid == 0:\n"
                                        "        c = sqlite3.connect(sys.argv[1]); c.execute('INSERT INTO r VALUES (?)', (i,))\n"
                                        "        c.commit(); c.close(); os._exit(0)\n"
                                        "    os.waitpid(pid, 0)\n"),
        QStringLiteral("forks.db"), &exitCode, &all);
    QVERIFY(channel);
    QCOMPARE(exitCode, 0);
    QCOMPARE(channel->dropped(), quint64(0));
    QVERIFY2(channel->channel().header().connUsed.load() <= 2,
        qPrintable(QString::number(channel->channel().header().connUsed.load())));
    Model model(origin);
    readInto(&model, all, *channel);
    QCOMPARE(model.processes().size(), std::size_t(61));
    const auto &connections = model.connections();
    QCOMPARE(connections.size(), std::size_t(61));
    std::uint64_t rows = 0;
    for (const Model::Connection &c : connections) {
        QVERIFY2(c.countersFinal, qPrintable(QString::number(c.id)));
        QVERIFY2(c.statements >= 1, qPrintable(QString::number(c.id)));
        rows += c.rowsChanged;
    }
    QCOMPARE(rows, std::uint64_t(60));
}

void TestTraceLibrary::aChildClosingAnInheritedConnectionLeavesItsSlotAlone()
{
    // The parent closes a connection after forking, so its slot goes to the child's next
    // connection; the child then closes the copy of the first it inherited. That must not give
    // back (and zero) the slot its own connection uses: the child's rows are all counted.
    int exitCode = -1;
    std::vector<TraceRecord> all;
    const std::uint64_t origin = Clock::now();
    auto channel = trace(QStringLiteral("import os, sqlite3, sys\n"
                                        "a = sqlite3.connect(sys.argv[1]); a.execute('CREATE TABLE r(x)'); a.commit()\n"
                                        "r, w = os.pipe()\n"
                                        "pid = os.fork()\n"
                                        "if pid == 0:\n"
                                        "    os.read(r, 1)\n"
                                        "    b = sqlite3.connect(sys.argv[1])\n"
                                        "    for i in range(3): b.execute('INSERT INTO r VALUES (?)', (i,))\n"
                                        "    b.commit(); a.close()\n"
                                        "    for i in range(4): b.execute('INSERT INTO r VALUES (?)', (i,))\n"
                                        "    b.commit(); b.close(); os._exit(0)\n"
                                        "a.close(); os.write(w, b'x'); os.waitpid(pid, 0)\n"),
        QStringLiteral("inherited.db"), &exitCode, &all);
    QVERIFY(channel);
    QCOMPARE(exitCode, 0);
    QCOMPARE(channel->dropped(), quint64(0));
    Model model(origin);
    readInto(&model, all, *channel);
    const auto &connections = model.connections();
    QCOMPARE(connections.size(), std::size_t(2));
    const Model::Connection &child = connections.back();
    QVERIFY(child.pid != connections.front().pid);
    QVERIFY(child.countersFinal);
    QCOMPARE(child.rowsChanged, std::uint64_t(7));
    QVERIFY(connections.front().countersFinal); // the parent's own close
}

void TestTraceLibrary::aConnectionOpenAcrossAnExecKeepsItsCounts()
{
    // A program writes 30 rows and execs another, which numbers its connections from 1 again
    // under the same pid: each connection keeps its own figures.
    int exitCode = -1;
    std::vector<TraceRecord> all;
    const std::uint64_t origin = Clock::now();
    auto channel = trace(QStringLiteral(
                             "import os, sqlite3, sys\n"
                             "a = sqlite3.connect(sys.argv[1]); a.execute('CREATE TABLE t(x)')\n"
                             "a.executemany('INSERT INTO t VALUES (?)', [(i,) for i in range(30)]); a.commit()\n"
                             "second = \"import sqlite3, sys\\nc = sqlite3.connect(sys.argv[1])\\n"
                             "c.execute('INSERT INTO t VALUES (-1)'); c.commit(); c.close()\\n\"\n"
                             "os.execv(sys.executable, [sys.executable, '-c', second, sys.argv[1]])\n"),
        QStringLiteral("exec.db"), &exitCode, &all);
    QVERIFY(channel);
    QCOMPARE(exitCode, 0);
    Model model(origin);
    readInto(&model, all, *channel);
    const auto &connections = model.connections();
    QCOMPARE(connections.size(), std::size_t(2));
    QCOMPARE(connections[0].pid, connections[1].pid);
    QCOMPARE(connections[0].number, connections[1].number);
    QVERIFY(connections[0].countersKnown);
    QCOMPARE(connections[0].rowsChanged, std::uint64_t(30));
    QVERIFY(connections[1].countersKnown);
    QCOMPARE(connections[1].rowsChanged, std::uint64_t(1));
}

QTEST_GUILESS_MAIN(TestTraceLibrary)
#include "tst_tracelibrary.moc"
