// SPDX-License-Identifier: GPL-3.0-or-later
// What `locklens trace` writes besides its summary, read back as a user's tools read it: the
// run document (--json), the lock changes (--lock-trace), a report (--report) and the results
// store (--save); the bad uses of those options; and programs of other kinds: C linked against
// the system SQLite, C with its own static copy, and Python's multiprocessing.
#include "app/core/resultsstore.h"
#include "app/reports/reportmodel.h"
#include "tests/fixtures/tracefixture.h"
#include "workers/rundocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;

class TestTraceOutputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theDocumentNamesTheHolder();
    void theDocumentReadsBackAsARun();
    void theLockChangesCarryTheirStatements();
    void theReportShowsTheBlockedSteps();
    void theStoreKeepsTheTrace();
    void refusesBadOutputsBeforeTheProgramRuns_data();
    void refusesBadOutputsBeforeTheProgramRuns();
    void writesJsonToStandardOutputAlone();
    void neverWritesOverTheProgramsDatabase();
    void aFailedOutputFailsOnlyASuccess_data();
    void aFailedOutputFailsOnlyASuccess();
    void countsRollbacksApart();
    void aSchemaReloadBelongsToItsStatement();
    void thePdfReportLeavesTheProgramsEnvironmentAlone();
    void tracesACProgram();
    void saysWhenSqliteIsBuiltIn();
    void followsMultiprocessingWorkers();

private:
    using Result = LockLens::Fixture::Traced;
    Result trace(const QStringList &args) const;
    QString path(const QString &name) const { return QDir(m_dir.path()).filePath(name); }
    QJsonObject json(const QString &name) const;

    QTemporaryDir m_dir;
    bool m_python = false;
    Result m_blocked; // the blocked program's trace, with every output asked for
};

namespace {

QJsonObject connectionOf(const QJsonObject &doc, int id)
{
    for (const QJsonValue &c : doc.value(QLatin1String("connections")).toArray()) {
        if (c.toObject().value(QLatin1String("id")).toInt() == id)
            return c.toObject();
    }
    return {};
}

} // namespace

void TestTraceOutputs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_python = !QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty();
    if (!m_python)
        return;
    m_blocked = trace({ QStringLiteral("--json"), path(QStringLiteral("blocked.json")), QStringLiteral("--lock-trace"),
        path(QStringLiteral("blocked.csv")), QStringLiteral("--report"), path(QStringLiteral("blocked.md")),
        QStringLiteral("--save"), QStringLiteral("--store"), path(QStringLiteral("runs.sqlite")), QStringLiteral("--"),
        QStringLiteral("python3"), QStringLiteral("-c"), LockLens::Fixture::blockedProgram() });
}

TestTraceOutputs::Result TestTraceOutputs::trace(const QStringList &args) const
{
    return LockLens::Fixture::traceIn(m_dir.path(), args);
}

QJsonObject TestTraceOutputs::json(const QString &name) const
{
    QFile f(path(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void TestTraceOutputs::theDocumentNamesTheHolder()
{
    if (!m_python)
        QSKIP("python3 is not installed (.ci/run installs it)");
    QVERIFY2(m_blocked.status == 0, qPrintable(m_blocked.err));
    const QJsonObject doc = json(QStringLiteral("blocked.json"));
    QVERIFY2(!doc.isEmpty(), qPrintable(m_blocked.err));
    QVERIFY(!doc.contains(QLatin1String("scenario"))); // a program, not a scenario
    const QJsonObject program = doc.value(QLatin1String("program")).toObject();
    QCOMPARE(program.value(QLatin1String("command")).toArray().first().toString(), QStringLiteral("python3"));
    QCOMPARE(program.value(QLatin1String("exit_status")).toInt(-1), 0);
    QCOMPARE(program.value(QLatin1String("records_dropped")).toInt(-1), 0);

    const QJsonArray processes = doc.value(QLatin1String("processes")).toArray();
    QCOMPARE(processes.size(), 1);
    const qint64 pid = processes.first().toObject().value(QLatin1String("pid")).toInteger();
    QVERIFY(pid > 0);
    QCOMPARE(processes.first().toObject().value(QLatin1String("exit_status")).toInt(-1), 0);

    const QJsonArray blocked = doc.value(QLatin1String("blocked")).toArray();
    QCOMPARE(blocked.size(), 1);
    const QJsonObject b = blocked.first().toObject();
    QCOMPARE(b.value(QLatin1String("statement")).toString(), QStringLiteral("INSERT INTO jobs(n) VALUES (?)"));
    QCOMPARE(b.value(QLatin1String("class")).toString(), QStringLiteral("busy_timeout"));
    QCOMPARE(b.value(QLatin1String("result")).toInt(), 5);
    QCOMPARE(b.value(QLatin1String("pid")).toInteger(), pid);
    // It waited out its 0.3 s timeout in the busy handler.
    QVERIFY2(b.value(QLatin1String("waited_s")).toDouble() >= 0.25, qPrintable(QString::number(b.value(QLatin1String("waited_s")).toDouble())));
    const QJsonObject holder = b.value(QLatin1String("holder")).toObject();
    QCOMPARE(holder.value(QLatin1String("lock")).toString(), QStringLiteral("wal_write"));
    QCOMPARE(holder.value(QLatin1String("statement")).toString(), QStringLiteral("UPDATE jobs SET n = n + ? WHERE id = ?"));
    QCOMPARE(holder.value(QLatin1String("pid")).toInteger(), pid);
    QVERIFY(holder.value(QLatin1String("transaction_since_s")).isDouble());
    // The holder is the main thread's connection; the blocked one ran on another thread.
    const QJsonObject held = connectionOf(doc, holder.value(QLatin1String("connection")).toInt());
    const QJsonObject waiting = connectionOf(doc, b.value(QLatin1String("connection")).toInt());
    QVERIFY(!held.isEmpty() && !waiting.isEmpty());
    QCOMPARE(held.value(QLatin1String("threads")).toArray().first().toInteger(), pid);
    QCOMPARE(waiting.value(QLatin1String("threads")).toArray().first().toInteger(),
        b.value(QLatin1String("thread")).toInteger());
    QVERIFY(b.value(QLatin1String("thread")).toInteger() != pid);
    QVERIFY(held.value(QLatin1String("seconds_in")).toObject().value(QLatin1String("wal_write")).toDouble() >= 0.25);
    QCOMPARE(waiting.value(QLatin1String("busy_results")).toObject().value(QLatin1String("busy_timeout")).toInt(), 1);
    QVERIFY(waiting.value(QLatin1String("sleeps")).toInt() >= 1);

    // The summary and the lock timeline as a lab run's, one "worker" per connection.
    const QJsonObject summary = doc.value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.value(QLatin1String("errors")).toObject().value(QLatin1String("busy_timeout")).toInt(), 1);
    QVERIFY(summary.value(QLatin1String("lock_wait_s")).toDouble() >= 0.25);
    QCOMPARE(doc.value(QLatin1String("lock_timeline")).toArray().size(), doc.value(QLatin1String("connections")).toArray().size());
    QVERIFY(!doc.value(QLatin1String("series")).toArray().isEmpty());
}

void TestTraceOutputs::theDocumentReadsBackAsARun()
{
    if (!m_python)
        QSKIP("python3 is not installed (.ci/run installs it)");
    const QJsonObject doc = json(QStringLiteral("blocked.json"));
    RunDocument run;
    QString why;
    QVERIFY2(RunDocument::fromJson(doc, &run, &why), qPrintable(why));
    QVERIFY(run.program);
    QVERIFY(!run.hasScenario);
    QCOMPARE(run.program->blocked.size(), std::size_t(1));
    QVERIFY(run.program->blocked.front().holder.connection > 0);
    // Read and written again, the document is the same: every key has its reader.
    QCOMPARE(run.toJson(), doc);
}

void TestTraceOutputs::theLockChangesCarryTheirStatements()
{
    if (!m_python)
        QSKIP("python3 is not installed (.ci/run installs it)");
    QFile f(path(QStringLiteral("blocked.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("t_s,worker,from,to,statement"));
    const QJsonObject doc = json(QStringLiteral("blocked.json"));
    const int holder = doc.value(QLatin1String("blocked")).toArray().first().toObject().value(QLatin1String("holder")).toObject().value(QLatin1String("connection")).toInt();
    const QString worker = QStringLiteral("conn%1").arg(holder);
    // The holder took the WAL write lock at its BEGIN IMMEDIATE and let it go at its COMMIT.
    QVERIFY2(lines.contains(QRegularExpression(QStringLiteral("^[0-9.]+,%1,none,wal_write,BEGIN IMMEDIATE$").arg(worker))),
        qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.contains(QRegularExpression(QStringLiteral("^[0-9.]+,%1,wal_write,none,COMMIT$").arg(worker))),
        qPrintable(lines.join(QLatin1Char('\n'))));
    // Every row of a connection starts where its last left off: a lock trace leaves no change
    // out (the file lock's levels in a chain; each WAL-index lock taken, then let go).
    const QStringList fileLevels { QStringLiteral("none"), QStringLiteral("shared"), QStringLiteral("reserved"),
        QStringLiteral("pending"), QStringLiteral("exclusive") };
    QMap<QString, QString> last; // "connN file" or "connN wal_write"... -> the state it left
    for (const QString &line : lines.mid(1)) {
        const QStringList f = line.split(QLatin1Char(','));
        QVERIFY2(f.size() >= 5, qPrintable(line));
        const bool file = fileLevels.contains(f[2]) && fileLevels.contains(f[3]);
        const QString lane = f[1] + QLatin1Char(' ') + (file ? QStringLiteral("file") : (f[2] == QLatin1String("none") ? f[3] : f[2]));
        QVERIFY2(last.value(lane, QStringLiteral("none")) == f[2], qPrintable(line));
        last[lane] = f[3];
    }
}

void TestTraceOutputs::theReportShowsTheBlockedSteps()
{
    if (!m_python)
        QSKIP("python3 is not installed (.ci/run installs it)");
    QFile f(path(QStringLiteral("blocked.md")));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(m_blocked.err));
    const QString md = QString::fromUtf8(f.readAll());
    QVERIFY(md.contains(QLatin1String("# LockLens report: trace: python3 -c")));
    QVERIFY(md.contains(QLatin1String("## Blocked steps")));
    QVERIFY2(md.contains(QLatin1String("UPDATE jobs SET n = n + ? WHERE id = ?")), qPrintable(md));
    QVERIFY(!md.contains(QLatin1String("## Verification")));
    // Its findings are the trace's, not a lab run's.
    Report::RunFigures r;
    QString why;
    QVERIFY(Report::runFromJson(json(QStringLiteral("blocked.json")), QString(), &r, &why));
    QStringList keys;
    for (const Report::Conclusion &c : r.conclusions)
        keys << c.key;
    QVERIFY2(keys.contains(QLatin1String("blocked")), qPrintable(keys.join(QLatin1Char(','))));
    QVERIFY2(!keys.contains(QLatin1String("verification")), qPrintable(keys.join(QLatin1Char(','))));
}

void TestTraceOutputs::theStoreKeepsTheTrace()
{
    if (!m_python)
        QSKIP("python3 is not installed (.ci/run installs it)");
    QVERIFY2(m_blocked.err.contains(QLatin1String("saved as run 1")), qPrintable(m_blocked.err));
    ResultsStore store;
    QString why;
    QVERIFY2(store.openReadOnly(path(QStringLiteral("runs.sqlite")), &why), qPrintable(why));
    const std::vector<RunSummary> runs = store.list(&why);
    QCOMPARE(runs.size(), std::size_t(1));
    QVERIFY2(runs.front().scenarioName.startsWith(QLatin1String("trace: ")), qPrintable(runs.front().scenarioName));
    QJsonObject stored;
    QVERIFY(store.load(runs.front().id, &stored, nullptr, &why));
    QCOMPARE(stored, json(QStringLiteral("blocked.json")));
}

void TestTraceOutputs::refusesBadOutputsBeforeTheProgramRuns_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("json in a missing folder") << QStringList { QStringLiteral("--json"), QStringLiteral("no/such/dir/t.json") }
                                              << QStringLiteral("--json:");
    QTest::newRow("empty json name") << QStringList { QStringLiteral("--json"), QString() }
                                     << QStringLiteral("--json: the file name is empty");
    QTest::newRow("lock trace to stdout") << QStringList { QStringLiteral("--lock-trace"), QStringLiteral("-") }
                                          << QStringLiteral("--lock-trace: give a file name");
    QTest::newRow("store without save") << QStringList { QStringLiteral("--store"), QStringLiteral("s.sqlite") }
                                        << QStringLiteral("--store needs --save");
    QTest::newRow("two outputs, one file") << QStringList { QStringLiteral("--json"), QStringLiteral("same.json"),
        QStringLiteral("--report"), QStringLiteral("same.json") } << QStringLiteral("already uses");
    QTest::newRow("report of no format") << QStringList { QStringLiteral("--report"), QStringLiteral("r.docx") }
                                         << QStringLiteral("--report");
}

void TestTraceOutputs::refusesBadOutputsBeforeTheProgramRuns()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const QString marker = path(QStringLiteral("ran"));
    const Result r = trace(options + QStringList { QStringLiteral("--"), QStringLiteral("touch"), marker });
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(!QFileInfo::exists(marker), "the program ran although an output was refused");
}

void TestTraceOutputs::writesJsonToStandardOutputAlone()
{
    if (!m_python)
        QSKIP("python3 is not installed (.ci/run installs it)");
    const Result r = trace({ QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--"), QStringLiteral("python3"),
        QStringLiteral("-c"), QStringLiteral("import sqlite3; print('from the program'); sqlite3.connect('out.db').execute('CREATE TABLE IF NOT EXISTS t(x)')") });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(r.out));
    QVERIFY(doc.object().contains(QLatin1String("program")));
    // The program's output and the summary went to stderr.
    QVERIFY2(r.err.contains(QLatin1String("from the program")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("connections:")), qPrintable(r.err));
}

void TestTraceOutputs::neverWritesOverTheProgramsDatabase()
{
    if (!m_python)
        QSKIP("python3 is not installed (.ci/run installs it)");
    const QString create = QStringLiteral("import sqlite3; sqlite3.connect('%1').execute('CREATE TABLE IF NOT EXISTS t(x)')");
    const auto isDatabase = [this](const QString &name) {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16);
    };
    // A database there already: refused before the program runs.
    QVERIFY(trace({ QStringLiteral("--"), QStringLiteral("python3"), QStringLiteral("-c"), create.arg(QLatin1String("old.db")) }).status == 0);
    Result r = trace({ QStringLiteral("--json"), QStringLiteral("old.db"), QStringLiteral("--"), QStringLiteral("true") });
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(QLatin1String("is an SQLite database")), qPrintable(r.err));
    QVERIFY(isDatabase(QStringLiteral("old.db")));
    // One the program creates: the trace is not written over it, and says so.
    r = trace({ QStringLiteral("--report"), QStringLiteral("new.db-journal.md"), QStringLiteral("--lock-trace"),
        QStringLiteral("new.db"), QStringLiteral("--"), QStringLiteral("python3"), QStringLiteral("-c"), create.arg(QLatin1String("new.db")) });
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QLatin1String("--lock-trace: new.db is a file of a database the program used")), qPrintable(r.err));
    QVERIFY(isDatabase(QStringLiteral("new.db")));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("new.db-journal.md")))); // nothing written when one output cannot be
}

void TestTraceOutputs::aFailedOutputFailsOnlyASuccess_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("status");
    QTest::newRow("the program succeeded") << QStringLiteral("exit 0") << 1;
    QTest::newRow("the program failed") << QStringLiteral("exit 3") << 3;
}

void TestTraceOutputs::aFailedOutputFailsOnlyASuccess()
{
    QFETCH(QString, script);
    QFETCH(int, status);
    if (!QFileInfo(QStringLiteral("/dev/full")).exists())
        QSKIP("no /dev/full here");
    const Result r = trace({ QStringLiteral("--json"), QStringLiteral("/dev/full"), QStringLiteral("--"), QStringLiteral("sh"),
        QStringLiteral("-c"), script });
    QCOMPARE(r.status, status);
    QVERIFY2(r.err.contains(QLatin1String("--json:")), qPrintable(r.err));
}

void TestTraceOutputs::countsRollbacksApart()
{
    if (!m_python)
        QSKIP("python3 is not installed (.ci/run installs it)");
    const QString script = QStringLiteral(
        "import sqlite3\n"
        "c = sqlite3.connect('tx.db', isolation_level=None)\n"
        "c.execute('CREATE TABLE IF NOT EXISTS t(x)')\n"
        "for i in range(5):\n"
        "    c.execute('BEGIN'); c.execute('INSERT INTO t VALUES (?)', (i,))\n"
        "    c.execute('COMMIT' if i % 2 == 0 else 'ROLLBACK')\n");
    const Result r = trace({ QStringLiteral("--json"), path(QStringLiteral("tx.json")), QStringLiteral("--"),
        QStringLiteral("python3"), QStringLiteral("-c"), script });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QJsonObject doc = json(QStringLiteral("tx.json"));
    const QJsonObject c = doc.value(QLatin1String("connections")).toArray().first().toObject();
    QCOMPARE(c.value(QLatin1String("transactions")).toInt(), 5);
    QCOMPARE(c.value(QLatin1String("commits")).toInt(), 3);
    QCOMPARE(c.value(QLatin1String("rollbacks")).toInt(), 2);
    const QJsonObject summary = doc.value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.value(QLatin1String("committed_tx")).toInt(), 3);
    QCOMPARE(summary.value(QLatin1String("failed_tx")).toInt(), 2);
}

void TestTraceOutputs::aSchemaReloadBelongsToItsStatement()
{
    if (!m_python)
        QSKIP("python3 is not installed (.ci/run installs it)");
    // SQLite reads its schema again inside the CREATE's step: the locks it takes there are
    // the CREATE's, not "a statement SQLite runs itself".
    const Result r = trace({ QStringLiteral("--lock-trace"), path(QStringLiteral("create.csv")), QStringLiteral("--"),
        QStringLiteral("python3"), QStringLiteral("-c"),
        QStringLiteral("import sqlite3; sqlite3.connect('create.db', isolation_level=None).execute('CREATE TABLE t(x)')") });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QFile f(path(QStringLiteral("create.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QVERIFY2(csv.contains(QRegularExpression(QStringLiteral("\n[0-9.]+,conn1,reserved,exclusive,CREATE TABLE t\\(x\\)\n"))),
        qPrintable(csv));
}

void TestTraceOutputs::thePdfReportLeavesTheProgramsEnvironmentAlone()
{
    // Headless, LockLens sets QT_QPA_PLATFORM for its own fonts; the program must not see it.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral(LOCKLENS_EXE), { QStringLiteral("trace"), QStringLiteral("--quiet"), QStringLiteral("--report"),
        path(QStringLiteral("env.pdf")), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
        QStringLiteral("echo \"qpa=[$QT_QPA_PLATFORM]\"") });
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QStringLiteral("qpa=[]"));
    QVERIFY(QFileInfo(path(QStringLiteral("env.pdf"))).size() > 0);
}

void TestTraceOutputs::tracesACProgram()
{
    // One writer, one prepared INSERT, 1000-row transactions in WAL (tests/bench/trace_insertloop.c).
    const Result r = trace({ QStringLiteral("--json"), path(QStringLiteral("c.json")), QStringLiteral("--"),
        QStringLiteral(INSERTLOOP_EXE), path(QStringLiteral("c.db")), QStringLiteral("5000"), QStringLiteral("1000") });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QJsonObject doc = json(QStringLiteral("c.json"));
    const QJsonArray connections = doc.value(QLatin1String("connections")).toArray();
    QCOMPARE(connections.size(), 1);
    const QJsonObject c = connections.first().toObject();
    QCOMPARE(c.value(QLatin1String("rows_changed")).toInt(), 5000);
    QCOMPARE(c.value(QLatin1String("transactions")).toInt(), 5);
    QCOMPARE(c.value(QLatin1String("commits")).toInt(), 5);
    QCOMPARE(c.value(QLatin1String("rollbacks")).toInt(), 0);
    QVERIFY(c.value(QLatin1String("seconds_in")).toObject().value(QLatin1String("wal_write")).toDouble() > 0);
    QCOMPARE(doc.value(QLatin1String("program")).toObject().value(QLatin1String("records_dropped")).toInt(-1), 0);
}

void TestTraceOutputs::saysWhenSqliteIsBuiltIn()
{
#ifndef INSERTLOOP_STATIC_EXE
    QSKIP("no static libsqlite3.a to link a program with its own SQLite");
#else
    const Result r = trace({ QStringLiteral("--json"), path(QStringLiteral("static.json")), QStringLiteral("--"),
        QStringLiteral(INSERTLOOP_STATIC_EXE), path(QStringLiteral("static.db")), QStringLiteral("2000"),
        QStringLiteral("100") });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    // The program did its work: its rows are in the file.
    QVERIFY2(r.out.contains(QLatin1String("rows_per_s ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Nothing was recorded")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("built into it")), qPrintable(r.out));
    const QJsonObject doc = json(QStringLiteral("static.json"));
    QVERIFY(doc.value(QLatin1String("connections")).toArray().isEmpty());
    Report::RunFigures figures;
    QString why;
    QVERIFY(Report::runFromJson(doc, QString(), &figures, &why));
    QCOMPARE(figures.conclusions.front().key, QStringLiteral("nothing_recorded"));
#endif
}

void TestTraceOutputs::followsMultiprocessingWorkers()
{
    if (!m_python)
        QSKIP("python3 is not installed (.ci/run installs it)");
    // Three worker processes, each with its own connection, inserting into one WAL database.
    const QString script = QStringLiteral(
        "import multiprocessing, os, sqlite3\n"
        "def work(n):\n"
        "    c = sqlite3.connect('mp.db', timeout=30, isolation_level=None)\n"
        "    for i in range(50):\n"
        "        c.execute('INSERT INTO t(worker, i) VALUES (?, ?)', (n, i))\n"
        "    c.close()\n"
        "    return os.getpid()\n"
        "if __name__ == '__main__':\n"
        "    s = sqlite3.connect('mp.db'); s.execute('PRAGMA journal_mode=WAL')\n"
        "    s.execute('CREATE TABLE IF NOT EXISTS t(worker, i)'); s.commit(); s.close()\n"
        "    ps = [multiprocessing.Process(target=work, args=(n,)) for n in range(3)]\n"
        "    [p.start() for p in ps]; [p.join() for p in ps]\n"
        "    print('exit codes', [p.exitcode for p in ps])\n");
    const Result r = trace({ QStringLiteral("--json"), path(QStringLiteral("mp.json")), QStringLiteral("--"),
        QStringLiteral("python3"), QStringLiteral("-c"), script });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("exit codes [0, 0, 0]")), qPrintable(r.out));
    const QJsonObject doc = json(QStringLiteral("mp.json"));
    const qint64 parent = doc.value(QLatin1String("processes")).toArray().first().toObject().value(QLatin1String("pid")).toInteger();
    // Each worker process: its own connection, its 50 rows, in a lane of its own.
    QMap<qint64, qint64> rowsByPid;
    for (const QJsonValue &v : doc.value(QLatin1String("connections")).toArray()) {
        const QJsonObject c = v.toObject();
        rowsByPid[c.value(QLatin1String("pid")).toInteger()] += c.value(QLatin1String("rows_changed")).toInteger();
    }
    rowsByPid.remove(parent);
    QCOMPARE(rowsByPid.size(), 3);
    for (qint64 rows : std::as_const(rowsByPid))
        QCOMPARE(rows, qint64(50));
    QCOMPARE(doc.value(QLatin1String("processes")).toArray().size(), 4);
    for (const QJsonValue &v : doc.value(QLatin1String("processes")).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(QLatin1String("pid")).toInteger() != parent)
            QCOMPARE(p.value(QLatin1String("parent")).toInteger(), parent);
    }
}

QTEST_GUILESS_MAIN(TestTraceOutputs)
#include "tst_traceoutputs.moc"
