// SPDX-License-Identifier: GPL-3.0-or-later
// What `locklens run` writes besides its summary: the JSON result, the lock trace, the
// results store, and their bad destinations. (The options themselves: tst_cli.)
#include "app/cli/textreport.h"
#include "app/core/resultsstore.h"
#include "tests/fixtures/clifixture.h"
#include "tests/fixtures/filefixture.h"
#include "tests/fixtures/sqlitefixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace LockLens;
using LockLens::Fixture::locklens;
using LockLens::Fixture::Outcome;
using LockLens::Fixture::sha1Of;

class TestCliOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonHasEveryKey();
    void summaryTellsRetriesCutShortAndExtraRows();
    void lockTraceHasEveryTransition();
    void outputOptionsBadInput_data();
    void outputOptionsBadInput();
    void saveKeepsTheRunInTheStore();
    void lockTraceThatCannotBeWrittenFails();
    void jsonIntoMissingFolderFailsBeforeTheRun();
    void outputsIntoNamedPipesStayPipes();
    void namedPipeWithoutReaderIsRefusedBeforeTheRun();
    void namedPipeWhoseReaderLeftSaysBrokenPipe();
    void overlongOutputNameIsRefusedBeforeTheRun_data();
    void overlongOutputNameIsRefusedBeforeTheRun();
    void fullDiskSaysNoSpaceLeft_data();
    void fullDiskSaysNoSpaceLeft();
    void storeThatIsTheRunsOwnFileIsRefused_data();
    void storeThatIsTheRunsOwnFileIsRefused();
};

void TestCliOutput::jsonHasEveryKey()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("r.json"));
    const Outcome o = locklens({ QStringLiteral("run"), dir.filePath(QStringLiteral("x.db")),
        QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--duration"), QStringLiteral("1.2"),
        QStringLiteral("--progress"), QStringLiteral("0.5"), QStringLiteral("--mix"),
        QStringLiteral("insert=80,read=20"), QStringLiteral("--json"), json });
    QCOMPARE(o.status, 0);
    QVERIFY(o.err.contains("progress: "));
    QVERIFY(o.out.contains("verification:"));
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject r = QJsonDocument::fromJson(f.readAll()).object();
    for (const char *k : { "scenario", "environment", "summary", "workers", "series", "lock_timeline" })
        QVERIFY2(r.contains(QLatin1String(k)), k);
    // Two workers and the controller's connection, each with its time per lock state.
    const QJsonArray locks = r.value(QStringLiteral("lock_timeline")).toArray();
    QCOMPARE(locks.size(), 3);
    for (const QJsonValue &v : locks) {
        const QJsonObject c = v.toObject();
        const QString worker = c.value(QStringLiteral("worker")).toString();
        QVERIFY(!worker.isEmpty());
        if (worker != QLatin1String("control")) // the controller sits idle during the load
            QVERIFY(c.value(QStringLiteral("transitions")).toDouble() > 0);
        QVERIFY(c.value(QStringLiteral("seconds_in")).toObject().contains(QStringLiteral("wal_write")));
    }
    const QJsonObject env = r.value(QStringLiteral("environment")).toObject();
    for (const char *k :
        { "sqlite_version", "sqlite_source", "fast_path", "qt_version", "os", "compile_options" })
        QVERIFY2(env.contains(QLatin1String(k)), k);
    QVERIFY(env.value(QStringLiteral("compile_options")).toArray().size() > 0);
    const QJsonObject sum = r.value(QStringLiteral("summary")).toObject();
    for (const char *k :
        { "duration_s", "committed_ops", "committed_tx", "failed_tx", "retries", "ops_per_s", "tx_per_s",
            "busy_events", "lock_wait_s", "app_wait_s", "latency_ms", "commit_latency_ms", "tx_latency_ms",
            "lock_wait_share", "errors", "rows_expected", "rows_present", "lost_rows", "integrity" })
        QVERIFY2(sum.contains(QLatin1String(k)), k);
    for (const char *k : { "p50", "p90", "p99", "p999", "max" }) {
        QVERIFY2(sum.value(QStringLiteral("latency_ms")).toObject().contains(QLatin1String(k)), k);
        QVERIFY2(sum.value(QStringLiteral("commit_latency_ms")).toObject().contains(QLatin1String(k)), k);
    }
    for (const char *k : { "busy_begin", "busy_upgrade", "busy_snapshot", "busy_timeout", "locked", "other" })
        QVERIFY2(sum.value(QStringLiteral("errors")).toObject().contains(QLatin1String(k)), k);
    QCOMPARE(sum.value(QStringLiteral("lost_rows")).toInt(-1), 0);
    QCOMPARE(sum.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
    QVERIFY(sum.value(QStringLiteral("committed_ops")).toDouble() > 0);
    QCOMPARE(r.value(QStringLiteral("workers")).toArray().size(), 2);
    for (const QJsonValue &w : r.value(QStringLiteral("workers")).toArray())
        QCOMPARE(w.toObject().value(QStringLiteral("role")).toString(), QStringLiteral("writer"));
    const QJsonArray series = r.value(QStringLiteral("series")).toArray();
    QVERIFY(series.size() >= 1);
    double ops = 0;
    for (const QJsonValue &v : series) {
        const QJsonObject p = v.toObject();
        for (const char *k :
            { "t_s", "ops", "tx", "busy_events", "lock_wait_s", "app_wait_s", "errors", "p50_ms", "p99_ms" })
            QVERIFY2(p.contains(QLatin1String(k)), k);
        ops += p.value(QStringLiteral("ops")).toDouble();
    }
    QCOMPARE(ops, sum.value(QStringLiteral("committed_ops")).toDouble());
    // The scenario in the report runs again as a --scenario file.
    const QString scen = dir.filePath(QStringLiteral("s.json"));
    QFile sf(scen);
    QVERIFY(sf.open(QIODevice::WriteOnly));
    QJsonObject sc = r.value(QStringLiteral("scenario")).toObject();
    sc.insert(QStringLiteral("duration_s"), 0);
    sc.insert(QStringLiteral("ops_per_worker"), 50);
    sf.write(QJsonDocument(sc).toJson());
    sf.close();
    const Outcome again
        = locklens({ QStringLiteral("run"), QStringLiteral("--scenario"), scen, QStringLiteral("--quiet") });
    QCOMPARE(again.status, 0);
}

// The summary printed after a run: the back-off only where a transaction may be tried again,
// a run's cut-short transactions and another connection's rows only when there are some.
void TestCliOutput::summaryTellsRetriesCutShortAndExtraRows()
{
    RunResult r;
    r.scenario.maxTries = 1;
    r.durationS = 1;
    r.verification.checked = true;
    r.verification.rowsExpected = r.verification.rowsPresent = 10;
    r.verification.integrity = QStringLiteral("ok");
    QString text = Cli::summaryText(r);
    QVERIFY2(text.contains(QLatin1String("max tries 1 (a failed transaction is not tried again)")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("retry back-off")));
    QVERIFY(!text.contains(QLatin1String("cut short")));
    QVERIFY(!text.contains(QLatin1String("extra rows")));
    r.scenario.maxTries = 5;
    r.total.cutShortTx = 1;
    r.verification.rowsPresent = 12;
    r.verification.extraRows = 2;
    text = Cli::summaryText(r);
    QVERIFY2(text.contains(QLatin1String("max tries 5, retry back-off exponential:1:100")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("cut short: 1 transaction")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("extra rows: 2 row")), qPrintable(text));
}

void TestCliOutput::lockTraceHasEveryTransition()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("r.json")),
                  trace = dir.filePath(QStringLiteral("t.csv"));
    const Outcome o = locklens({ QStringLiteral("run"), dir.filePath(QStringLiteral("x.db")),
        QStringLiteral("--workers"), QStringLiteral("3"), QStringLiteral("--ops"), QStringLiteral("300"),
        QStringLiteral("--journal"), QStringLiteral("delete"), QStringLiteral("--quiet"),
        QStringLiteral("--json"), json, QStringLiteral("--lock-trace"), trace });
    QCOMPARE(o.status, 0);
    QFile j(json), t(trace);
    QVERIFY(j.open(QIODevice::ReadOnly) && t.open(QIODevice::ReadOnly));
    const QJsonObject r = QJsonDocument::fromJson(j.readAll()).object();
    QCOMPARE(r.value(QStringLiteral("warnings")).toArray().size(), 0);
    QMap<QString, double> transitions;
    for (const QJsonValue &v : r.value(QStringLiteral("lock_timeline")).toArray())
        transitions[v[QStringLiteral("worker")].toString()] = v[QStringLiteral("transitions")].toDouble();
    const QList<QByteArray> lines = t.readAll().trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("t_s,worker,from,to,statement"));
    const QStringList levels { QStringLiteral("none"), QStringLiteral("shared"), QStringLiteral("reserved"),
        QStringLiteral("pending"), QStringLiteral("exclusive") };
    const double duration = r[QStringLiteral("summary")][QStringLiteral("duration_s")].toDouble();
    QMap<QString, double> rows, rowsDuringLoad;
    QMap<QString, double> lastT;
    QMap<QString, QString> level; // each worker's file lock, followed through its rows
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f = QString::fromUtf8(lines.at(i)).split(QLatin1Char(','));
        QCOMPARE(f.size(), 5);
        const QString w = f.at(1);
        rows[w] += 1;
        const double at = f.at(0).toDouble();
        if (at >= 0 && at <= duration)
            rowsDuringLoad[w] += 1;
        QVERIFY2(at >= lastT.value(w, -1e9), lines.at(i).constData()); // in time order per connection
        lastT[w] = at;
        if (levels.contains(f.at(2))) { // a file-lock row starts where the last one ended
            QCOMPARE(f.at(2), level.value(w, QStringLiteral("none")));
            level[w] = f.at(3);
        }
    }
    // The JSON counts the load only; the trace also has the setup (before 0) and the
    // verification (after the load). What falls inside the load agrees, up to the few
    // transitions in the instants between the counters' snapshots and the clock's start
    // and end.
    QCOMPARE(rows.size(), 4); // control and three workers
    QCOMPARE(transitions.keys(), rows.keys());
    for (auto it = transitions.begin(); it != transitions.end(); ++it) {
        QVERIFY2(std::abs(rowsDuringLoad.value(it.key()) - it.value()) <= 8,
            qPrintable(QStringLiteral("%1: %2 rows during the load, %3 transitions")
                           .arg(it.key())
                           .arg(rowsDuringLoad.value(it.key()))
                           .arg(it.value())));
        QVERIFY(rows.value(it.key()) >= it.value());
        if (it.key().startsWith(QLatin1String("worker")))
            QVERIFY(it.value() >= 4 * 300); // at least a lock and an unlock around each commit
    }
}

void TestCliOutput::outputOptionsBadInput_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty name") << QStringList { QStringLiteral("--lock-trace"), QString() }
                                << "file name is empty";
    QTest::newRow("folder") << QStringList { QStringLiteral("--lock-trace"), QDir::tempPath() }
                            << "is a folder";
    QTest::newRow("missing folder") << QStringList { QStringLiteral("--lock-trace"),
        QStringLiteral("/nonexistent-dir/t.csv") }
                                    << "cannot write into";
    QTest::newRow("recording off") << QStringList { QStringLiteral("--lock-trace"), QStringLiteral("t.csv"),
        QStringLiteral("--no-lock-record") }
                                   << "needs the lock states recorded";
    // Regression: --lock-trace truncated whatever it was given, the database under test too.
    // ("@" stands for the test's folder, where the database is.)
    QTest::newRow("trace over the database") << QStringList { QStringLiteral("--lock-trace"),
        QStringLiteral("@x.db") } << "a file this run already uses";
    QTest::newRow("trace over its journal") << QStringList { QStringLiteral("--lock-trace"),
        QStringLiteral("@x.db-journal") } << "a file this run already uses";
    QTest::newRow("trace over the json") << QStringList { QStringLiteral("--json"), QStringLiteral("@o.txt"),
        QStringLiteral("--lock-trace"), QStringLiteral("@o.txt") }
                                         << "a file this run already uses";
    QTest::newRow("trace to stdout") << QStringList { QStringLiteral("--lock-trace"), QStringLiteral("-") }
                                     << "give a file name";
    QTest::newRow("store without save")
        << QStringList { QStringLiteral("--store"), QStringLiteral("s.sqlite") } << "--store needs --save";
    // A file that is not a results store is refused and left alone.
    QTest::newRow("store is not a store")
        << QStringList { QStringLiteral("--save"), QStringLiteral("--store"), QStringLiteral(LOCKLENS_EXE) }
        << "--save:";
}

void TestCliOutput::outputOptionsBadInput()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, says);
    QTemporaryDir dir;
    for (QString &a : extra)
        if (a.startsWith(QLatin1Char('@')))
            a = dir.filePath(a.mid(1));
    const QByteArray exeBefore = Fixture::sha1Of(QStringLiteral(LOCKLENS_EXE));
    const Outcome o = locklens(QStringList { QStringLiteral("run"), dir.filePath(QStringLiteral("x.db")),
                                   QStringLiteral("--ops"), QStringLiteral("10") }
        + extra);
    QCOMPARE(o.status, 2);
    QVERIFY2(o.err.contains(says.toUtf8()), o.err.constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.db")))); // nothing ran
    QCOMPARE(Fixture::sha1Of(QStringLiteral(LOCKLENS_EXE)), exeBefore);
}

void TestCliOutput::saveKeepsTheRunInTheStore()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("runs.sqlite")),
                  json = dir.filePath(QStringLiteral("r.json"));
    for (int i = 0; i < 2; ++i) {
        const Outcome o = locklens({ QStringLiteral("run"), dir.filePath(QStringLiteral("x.db")),
            QStringLiteral("--ops"), QStringLiteral("100"), QStringLiteral("--save"),
            QStringLiteral("--store"), store, QStringLiteral("--json"), json });
        QCOMPARE(o.status, 0);
        QVERIFY2(o.err.contains(QStringLiteral("saved as run %1").arg(i + 1).toUtf8()), o.err.constData());
    }
    ResultsStore s;
    QString why;
    QVERIFY2(s.open(store, &why), qPrintable(why));
    QCOMPARE(int(s.list(&why).size()), 2);
    QJsonObject saved;
    QVERIFY(s.load(s.latestId(&why), &saved, nullptr, &why));
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(saved, QJsonDocument::fromJson(f.readAll()).object()); // the file and the store agree
}

void TestCliOutput::lockTraceThatCannotBeWrittenFails()
{
    // Regression: a full disk under --lock-trace left a warning and exit status 0. (A device
    // is written in place: its first line fails, so the run is refused before the load.)
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("needs /dev/full (Linux)");
    QTemporaryDir dir;
    const Outcome o = locklens({ QStringLiteral("run"), dir.filePath(QStringLiteral("x.db")),
        QStringLiteral("--ops"), QStringLiteral("200"), QStringLiteral("--quiet"),
        QStringLiteral("--lock-trace"), QStringLiteral("/dev/full") });
    QCOMPARE(o.status, 2);
    QVERIFY2(o.err.contains("cannot write /dev/full: No space left on device"), o.err.constData());
    QVERIFY(Fixture::isCharDevice(QStringLiteral("/dev/full")));
}

void TestCliOutput::jsonIntoMissingFolderFailsBeforeTheRun()
{
    QElapsedTimer t;
    t.start();
    const Outcome o = locklens({ QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("30"),
        QStringLiteral("--json"), QStringLiteral("/nonexistent-folder/r.json") });
    QCOMPARE(o.status, 2);
    QVERIFY(o.err.contains("--json"));
    QVERIFY(t.elapsed() < 10000); // not after the 30 s run
}

// Regression: --json, --report and --lock-trace saved through a rename, which replaced a
// named pipe (or a device, or a link to one) by a regular file.
void TestCliOutput::outputsIntoNamedPipesStayPipes()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("r.json")),
                  trace = dir.filePath(QStringLiteral("t.csv")),
                  report = dir.filePath(QStringLiteral("pipe")), link = dir.filePath(QStringLiteral("r.md"));
    for (const QString &fifo : { json, trace, report })
        QVERIFY(Fixture::makeFifo(fifo));
    QVERIFY(QFile::link(report, link)); // the report's format comes from the link's name
    Fixture::FifoReader jsonReader(json), traceReader(trace), reportReader(report);
    QVERIFY(jsonReader.ok() && traceReader.ok() && reportReader.ok());
    QProcess p;
    p.start(QStringLiteral(LOCKLENS_EXE),
        { QStringLiteral("run"), dir.filePath(QStringLiteral("x.db")), QStringLiteral("--ops"),
            QStringLiteral("50"), QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--quiet"),
            QStringLiteral("--json"), json, QStringLiteral("--lock-trace"), trace, QStringLiteral("--report"),
            link });
    // The pipes hold 64 KiB: read them while the run writes.
    while (!p.waitForFinished(20)) {
        jsonReader.readAll();
        traceReader.readAll();
        reportReader.readAll();
        QVERIFY(p.state() != QProcess::NotRunning || p.exitStatus() == QProcess::NormalExit);
    }
    jsonReader.readAll();
    traceReader.readAll();
    reportReader.readAll();
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonObject r = QJsonDocument::fromJson(jsonReader.total()).object();
    QCOMPARE(r.value(QStringLiteral("summary")).toObject().value(QStringLiteral("committed_ops")).toDouble(),
        100.0);
    QVERIFY(traceReader.total().startsWith("t_s,worker,from,to,statement\n"));
    QVERIFY(traceReader.total().count('\n') > 100);
    QVERIFY(reportReader.total().startsWith("# LockLens report"));
    for (const QString &fifo : { json, trace, report })
        QVERIFY2(Fixture::isFifo(fifo), qPrintable(fifo));
    QVERIFY(QFileInfo(link).isSymLink());
#else
    QSKIP("named pipes");
#endif
}

void TestCliOutput::namedPipeWithoutReaderIsRefusedBeforeTheRun()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("r.json"));
    QVERIFY(Fixture::makeFifo(fifo));
    for (const char *option : { "--json", "--lock-trace", "--report" }) {
        const Outcome o = locklens({ QStringLiteral("run"), dir.filePath(QStringLiteral("x.db")),
            QStringLiteral("--duration"), QStringLiteral("30"), QLatin1String(option), fifo });
        QCOMPARE(o.status, 2); // at once, not after the 30 s run, nor waiting for a reader
        QVERIFY2(o.err.contains("no process is reading this named pipe"), o.err.constData());
        QCOMPARE(o.err.trimmed().count('\n'), 0);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.db"))));
        QVERIFY(Fixture::isFifo(fifo));
    }
#else
    QSKIP("named pipes");
#endif
}

// The reader of a --json pipe goes away during the run: the write fails with the system's
// reason and exit 1, after the run was verified and reported (no SIGPIPE ends it first).
void TestCliOutput::namedPipeWhoseReaderLeftSaysBrokenPipe()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("r.json"));
    QVERIFY(Fixture::makeFifo(fifo));
    auto reader = std::make_unique<Fixture::FifoReader>(fifo);
    QVERIFY(reader->ok());
    QProcess p;
    p.start(QStringLiteral(LOCKLENS_EXE),
        { QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("60"),
            QStringLiteral("--progress"), QStringLiteral("0.1"), QStringLiteral("--json"), fifo });
    // Its first progress line: the load has begun, so the pipe was opened before it.
    QByteArray err = Fixture::untilFirstProgress(p);
    QVERIFY2(err.contains("progress:"), err.constData());
    reader.reset();
    Fixture::interrupt(p);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    err += p.readAllStandardError();
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains("--json: cannot write") && err.contains("Broken pipe"), err.constData());
    QVERIFY(p.readAllStandardOutput().contains("verification:"));
    QVERIFY(Fixture::isFifo(fifo));
#else
    QSKIP("named pipes and signals");
#endif
}

void TestCliOutput::overlongOutputNameIsRefusedBeforeTheRun_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("json") << QStringLiteral("--json");
    QTest::newRow("report") << QStringLiteral("--report");
    QTest::newRow("lock trace") << QStringLiteral("--lock-trace");
}

// Regression: a 100 kB --json name passed the check and failed after the load.
void TestCliOutput::overlongOutputNameIsRefusedBeforeTheRun()
{
    QFETCH(QString, option);
    QTemporaryDir dir;
    const QString name = dir.filePath(QString(100000, QLatin1Char('r')) + QStringLiteral(".md"));
    const Outcome o = locklens({ QStringLiteral("run"), dir.filePath(QStringLiteral("x.db")),
        QStringLiteral("--duration"), QStringLiteral("30"), option, name });
    QCOMPARE(o.status, 2);
    QVERIFY2(o.err.contains(option.toUtf8() + ": cannot write"), o.err.left(300).constData());
    QVERIFY2(o.err.contains("File name too long"), o.err.left(300).constData());
    QVERIFY(o.err.size() < 400); // the name is shortened in the message
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.db"))));
}

void TestCliOutput::fullDiskSaysNoSpaceLeft_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    // The result files are written after the run: it ran, its output is lost (1).
    QTest::newRow("json") << QStringLiteral("--json") << QStringLiteral("r.json") << 1;
    QTest::newRow("report") << QStringLiteral("--report") << QStringLiteral("r.html") << 1;
    // The trace's first line is written before the load: refused before it (2).
    QTest::newRow("lock trace") << QStringLiteral("--lock-trace") << QStringLiteral("t.csv") << 2;
}

// Regression: a full disk said "Unknown error".
void TestCliOutput::fullDiskSaysNoSpaceLeft()
{
#ifdef Q_OS_LINUX
    QFETCH(QString, option);
    QFETCH(QString, file);
    QFETCH(int, status);
    QTemporaryDir dir;
    Fixture::FullDisk disk(dir.filePath(QStringLiteral("small")));
    if (!disk.ok())
        QSKIP("needs permission to mount a tmpfs (root with CAP_SYS_ADMIN)");
    const Outcome o
        = locklens({ QStringLiteral("run"), dir.filePath(QStringLiteral("x.db")), QStringLiteral("--ops"),
            QStringLiteral("200"), QStringLiteral("--quiet"), option, disk.filePath(file) });
    QCOMPARE(o.status, status);
    QVERIFY2(o.err.contains("No space left on device"), o.err.constData());
    QVERIFY(!o.err.contains("Unknown error"));
    QVERIFY(!QFile::exists(disk.filePath(file)));
#else
    QSKIP("mounts a tmpfs");
#endif
}

void TestCliOutput::storeThatIsTheRunsOwnFileIsRefused_data()
{
    QTest::addColumn<QString>("store"); // in the test's folder, beside x.db
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("the database") << QStringLiteral("x.db") << QStringList();
    QTest::newRow("its WAL") << QStringLiteral("x.db-wal") << QStringList();
    QTest::newRow("its shared memory") << QStringLiteral("x.db-shm") << QStringList();
    QTest::newRow("its journal") << QStringLiteral("x.db-journal") << QStringList();
    QTest::newRow("a link to it") << QStringLiteral("link.db") << QStringList();
    QTest::newRow("a split sibling") << QStringLiteral("x-split3.db")
                                     << QStringList { QStringLiteral("--strategy"), QStringLiteral("split"),
                                            QStringLiteral("--split-files"), QStringLiteral("3") };
}

// Regression: --save --store naming the run's own database made the user's file a store
// (a runs table, application_id, user_version).
void TestCliOutput::storeThatIsTheRunsOwnFileIsRefused()
{
    QFETCH(QString, store);
    QFETCH(QStringList, extra);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.db"));
    QCOMPARE(
        Fixture::exec(db, QStringLiteral("CREATE TABLE mine(a); INSERT INTO mine VALUES (1);")), QString());
    QVERIFY(QFile::link(db, dir.filePath(QStringLiteral("link.db"))));
    const QByteArray before = Fixture::sha1Of(db);
    const Outcome o
        = locklens(QStringList { QStringLiteral("run"), db, QStringLiteral("--ops"), QStringLiteral("10"),
                       QStringLiteral("--save"), QStringLiteral("--store"), dir.filePath(store) }
            + extra);
    QCOMPARE(o.status, 2);
    QVERIFY2(o.err.contains("is a file of the database this run loads"), o.err.constData());
    QCOMPARE(o.err.trimmed().count('\n'), 0);
    QCOMPARE(Fixture::sha1Of(db), before);
    QCOMPARE(Fixture::column(db, QStringLiteral("SELECT name FROM sqlite_schema")),
        QStringList { QStringLiteral("mine") });
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::System),
        (QStringList { QStringLiteral("link.db"), QStringLiteral("x.db") }));
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
