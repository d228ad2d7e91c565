// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"
#include "app/cli/runoptions.h"
#include "app/core/resultsstore.h"
#include "tests/fixtures/clifixture.h"
#include "tests/fixtures/sqlitefixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;
using LockLens::Fixture::locklens;
using LockLens::Fixture::Outcome;
using LockLens::Fixture::sha1Of;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void optionsBecomeTheScenario();
    void badOptionsAreRejected_data();
    void badOptionsAreRejected();
    void badOptionsExitTwoWithOneLine_data();
    void badOptionsExitTwoWithOneLine();
    void unusableDatabaseExitsTwoAndIsUntouched_data();
    void unusableDatabaseExitsTwoAndIsUntouched();
    void scenarioFileAndPresets();
    void temporaryDatabaseIsRemoved();
    void existingTableRun();
    void interruptStopsAndReports();
    void fullDiskEndsTheRunWithTheReason();
    void exitStatusesAreDocumented();
    void verificationFailureExitsThree();
    void lockedDatabaseExitsFourWithAResult();
    void lostStandardOutputExitsOne_data();
    void lostStandardOutputExitsOne();
};

void TestCli::optionsBecomeTheScenario()
{
    Cli::RunOptions o;
    QString why;
    const QStringList args = QStringList { QStringLiteral("my.db"), QStringLiteral("--workers"),
        QStringLiteral("7"), QStringLiteral("--readers"), QStringLiteral("3"), QStringLiteral("--ops"),
        QStringLiteral("123"), QStringLiteral("--mix"), QStringLiteral("insert=70,update=20,read=10"),
        QStringLiteral("--batch"), QStringLiteral("50"), QStringLiteral("--tx"), QStringLiteral("exclusive"),
        QStringLiteral("--journal"), QStringLiteral("truncate"), QStringLiteral("--synchronous"),
        QStringLiteral("full"), QStringLiteral("--busy-timeout"), QStringLiteral("250"),
        QStringLiteral("--busy-policy"), QStringLiteral("spin"), QStringLiteral("--max-tries"),
        QStringLiteral("4"), QStringLiteral("--strategy"), QStringLiteral("writer-queue"),
        QStringLiteral("--rate"), QStringLiteral("1500.5"), QStringLiteral("--payload"), QStringLiteral("0"),
        QStringLiteral("--read-before-write"), QStringLiteral("--seed"), QStringLiteral("42"),
        QStringLiteral("--progress"), QStringLiteral("0.5"), QStringLiteral("--json"),
        QStringLiteral("out.json"), QStringLiteral("--quiet") };
    QVERIFY2(Cli::parseRunOptions(args, &o, &why), qPrintable(why));
    const Scenario &s = o.scenario;
    QCOMPARE(s.databasePath, QStringLiteral("my.db"));
    QCOMPARE(s.workers, 7);
    QCOMPARE(s.readers, 3);
    QCOMPARE(s.opsPerWorker, 123);
    QCOMPARE(s.mix.insert, 70);
    QCOMPARE(s.mix.update, 20);
    QCOMPARE(s.mix.pointRead, 10);
    QCOMPARE(s.batch, 50);
    QVERIFY(s.txMode == TxMode::Exclusive);
    QCOMPARE(s.journalMode, QStringLiteral("truncate"));
    QCOMPARE(s.synchronous, QStringLiteral("full"));
    QCOMPARE(s.busyTimeoutMs, 250);
    QVERIFY(s.busyPolicy == BusyPolicy::Spin);
    QCOMPARE(s.maxTries, 4);
    QVERIFY(s.strategy == Strategy::WriterQueue);
    QCOMPARE(s.rate, 1500.5);
    QCOMPARE(s.payloadBytes, 0);
    QVERIFY(s.readBeforeWrite);
    QCOMPARE(s.seed, quint64(42));
    QCOMPARE(o.progressS, 0.5);
    QCOMPARE(o.jsonPath, QStringLiteral("out.json"));
    QVERIFY(o.quiet);

    QVERIFY(Cli::parseRunOptions({ QStringLiteral("--memory"), QStringLiteral("m1") }, &o, &why));
    QCOMPARE(o.scenario.memoryName, QStringLiteral("m1"));
    QCOMPARE(o.scenario.journalMode, QStringLiteral("memory"));
    QVERIFY(o.scenario.databasePath.isEmpty());

    // A preset, then options on top of it.
    QVERIFY(Cli::parseRunOptions({ QStringLiteral("--preset"), QStringLiteral("seed-best"),
                                     QStringLiteral("--workers"), QStringLiteral("2") },
        &o, &why));
    QCOMPARE(o.scenario.name, QStringLiteral("seed-best"));
    QCOMPARE(o.scenario.workers, 2);
    QCOMPARE(o.scenario.batch, 10000);

    QVERIFY(Cli::parseRunOptions({ QStringLiteral("--strategy"), QStringLiteral("split"),
                                     QStringLiteral("--split-files"), QStringLiteral("6") },
        &o, &why));
    QVERIFY(o.scenario.strategy == Strategy::Split);
    QCOMPARE(o.scenario.splitFiles, 6);
}

void TestCli::badOptionsAreRejected_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    auto row = [](const char *name, QStringList args, const char *mentions) {
        QTest::newRow(name) << args << QString::fromLatin1(mentions);
    };
    row("workers word", { QStringLiteral("--workers"), QStringLiteral("x") }, "--workers");
    row("workers zero", { QStringLiteral("--workers"), QStringLiteral("0") }, "--workers");
    row("readers negative", { QStringLiteral("--readers"), QStringLiteral("-1") }, "--readers");
    row("one split file", { QStringLiteral("--split-files"), QStringLiteral("1") }, "--split-files");
    row("too many connections",
        { QStringLiteral("--workers"), QStringLiteral("1000"), QStringLiteral("--readers"),
            QStringLiteral("100") },
        "1100 connections");
    row("unknown option", { QStringLiteral("--frobnicate") }, "frobnicate");
    row("tx", { QStringLiteral("--tx"), QStringLiteral("sometimes") }, "sometimes");
    row("journal", { QStringLiteral("--journal"), QStringLiteral("wall") }, "wall");
    row("mix", { QStringLiteral("--mix"), QStringLiteral("insert=a") }, "insert=a");
    row("ops and duration",
        { QStringLiteral("--ops"), QStringLiteral("1"), QStringLiteral("--duration"), QStringLiteral("1") },
        "not both");
    row("two databases", { QStringLiteral("a.db"), QStringLiteral("b.db") }, "at most one");
    row("file and memory", { QStringLiteral("a.db"), QStringLiteral("--memory"), QStringLiteral("m") },
        "not both");
    row("preset", { QStringLiteral("--preset"), QStringLiteral("nope") }, "nope");
    row("scenario missing", { QStringLiteral("--scenario"), QStringLiteral("/nonexistent.json") },
        "nonexistent");
    row("negative rate", { QStringLiteral("--rate"), QStringLiteral("-5") }, "--rate");
    row("repeated",
        { QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--workers"),
            QStringLiteral("3") },
        "more than once");
    row("existing table without a name", { QStringLiteral("a.db"), QStringLiteral("--existing-table") },
        "--table");
    row("existing table in memory",
        { QStringLiteral("--memory"), QStringLiteral("m"), QStringLiteral("--table"), QStringLiteral("t"),
            QStringLiteral("--existing-table") },
        "in-memory");
    row("existing table without a file",
        { QStringLiteral("--table"), QStringLiteral("t"), QStringLiteral("--existing-table") },
        "database file");
    row("autocommit batch",
        { QStringLiteral("--tx"), QStringLiteral("autocommit"), QStringLiteral("--batch"),
            QStringLiteral("5") },
        "autocommit");
}

void TestCli::badOptionsAreRejected()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    Cli::RunOptions o;
    QString why;
    QVERIFY(!Cli::parseRunOptions(args, &o, &why));
    QVERIFY2(why.contains(mentions), qPrintable(why));
    QVERIFY(!why.contains(QLatin1Char('\n')));
}

void TestCli::badOptionsExitTwoWithOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("bad number") << QStringList { QStringLiteral("run"), QStringLiteral("--workers"),
        QStringLiteral("many") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("run"), QStringLiteral("--nope") };
    QTest::newRow("unknown command") << QStringList { QStringLiteral("walk") };
    QTest::newRow("presets with argument") << QStringList { QStringLiteral("presets"), QStringLiteral("x") };
    // A file to open, but no display to open the window on (the tests run offscreen).
    QTest::newRow("file without display") << QStringList { QStringLiteral(LOCKLENS_EXE) };
}

void TestCli::badOptionsExitTwoWithOneLine()
{
    QFETCH(QStringList, args);
    const Outcome o = locklens(args);
    QCOMPARE(o.status, 2);
    QVERIFY(o.out.isEmpty());
    const QList<QByteArray> lines = o.err.trimmed().split('\n');
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.first().startsWith("locklens"), o.err.constData());
    if (args.first() == QLatin1String("run") || QFileInfo::exists(args.first()))
        QCOMPARE(lines.size(), 1);
    if (QFileInfo::exists(args.first()))
        QVERIFY2(o.err.contains("locklens schema"), o.err.constData());
}

void TestCli::unusableDatabaseExitsTwoAndIsUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("text file") << QByteArray(5000, 'z') << QStringLiteral("not a database");
    QByteArray truncated("SQLite format 3\0", 16);
    truncated += QByteArray(84, '\x01');
    QTest::newRow("truncated header") << truncated << QStringLiteral("locklens: error:");
}

void TestCli::unusableDatabaseExitsTwoAndIsUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const QByteArray before = sha1Of(path);
    const Outcome o
        = locklens({ QStringLiteral("run"), path, QStringLiteral("--ops"), QStringLiteral("10") });
    QCOMPARE(o.status, 2);
    QVERIFY2(QString::fromLocal8Bit(o.err).contains(mentions), o.err.constData());
    QCOMPARE(o.err.trimmed().count('\n'), 0);
    QCOMPARE(sha1Of(path), before);
}

void TestCli::scenarioFileAndPresets()
{
    const Outcome list = locklens({ QStringLiteral("presets") });
    QCOMPARE(list.status, 0);
    QVERIFY(list.out.contains("seed-shared-connection"));
    QVERIFY(list.out.contains("seed-best"));
    QTemporaryDir dir;
    const QString scen = dir.filePath(QStringLiteral("broken.json"));
    QFile f(scen);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"workers\": 2, ");
    f.close();
    const Outcome bad = locklens({ QStringLiteral("run"), QStringLiteral("--scenario"), scen });
    QCOMPARE(bad.status, 2);
    QVERIFY(bad.err.contains("is not valid JSON"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("[1, 2]");
    f.close();
    const Outcome array = locklens({ QStringLiteral("run"), QStringLiteral("--scenario"), scen });
    QCOMPARE(array.status, 2);
    QVERIFY2(array.err.contains("not an object of scenario keys"), array.err.constData());
    const Outcome folder
        = locklens({ QStringLiteral("run"), dir.path(), QStringLiteral("--ops"), QStringLiteral("1") });
    QCOMPARE(folder.status, 2);
    QVERIFY2(folder.err.contains("is a folder"), folder.err.constData());
}

void TestCli::temporaryDatabaseIsRemoved()
{
    const Outcome o = locklens({ QStringLiteral("run"), QStringLiteral("--ops"), QStringLiteral("100"),
        QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--quiet") });
    QCOMPARE(o.status, 0);
    const QJsonObject r = QJsonDocument::fromJson(o.out).object();
    const QString db = r.value(QStringLiteral("database")).toString();
    QVERIFY(!db.isEmpty());
    QVERIFY(!QFile::exists(db));
    QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
    QVERIFY(r.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("database")).isNull());
}

void TestCli::existingTableRun()
{
    QVERIFY(Cli::runUsage().contains(QLatin1String("--existing-table")));
    Cli::RunOptions opts;
    QString why;
    QVERIFY2(Cli::parseRunOptions({ QStringLiteral("a.db"), QStringLiteral("--table"), QStringLiteral("t"),
                                      QStringLiteral("--existing-table") },
                 &opts, &why),
        qPrintable(why));
    QVERIFY(opts.scenario.existingTable);
    QVERIFY(!opts.scenario.foreignKeys); // SQLite's default, as most applications run
    QVERIFY(Cli::runUsage().contains(QLatin1String("--foreign-keys")));
    QVERIFY2(Cli::parseRunOptions({ QStringLiteral("a.db"), QStringLiteral("--table"), QStringLiteral("t"),
                                      QStringLiteral("--existing-table"), QStringLiteral("--foreign-keys") },
                 &opts, &why),
        qPrintable(why));
    QVERIFY(opts.scenario.foreignKeys);
    QVERIFY(Cli::parseRunOptions(
        { QStringLiteral("a.db"), QStringLiteral("--table"), QStringLiteral("t") }, &opts, &why));
    QVERIFY(!opts.scenario.existingTable);
    QVERIFY(!opts.scenario.foreignKeys);

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    QCOMPARE(Fixture::exec(db,
                 QStringLiteral("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
                                "INSERT INTO customers(name) VALUES ('Ada'), ('Bob');"
                                "CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL "
                                "REFERENCES customers(id), total REAL NOT NULL, note TEXT);"
                                "CREATE VIEW big AS SELECT * FROM orders WHERE total > 100;")),
        QString());
    const Outcome o = locklens({ QStringLiteral("run"), db, QStringLiteral("--table"),
        QStringLiteral("orders"), QStringLiteral("--existing-table"), QStringLiteral("--workers"),
        QStringLiteral("2"), QStringLiteral("--ops"), QStringLiteral("100"), QStringLiteral("--mix"),
        QStringLiteral("insert=80,update=10,delete=10"), QStringLiteral("--json"), QStringLiteral("-"),
        QStringLiteral("--quiet") });
    QCOMPARE(o.status, 0);
    const QJsonObject r = QJsonDocument::fromJson(o.out).object();
    QVERIFY(r.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("existing_table")).toBool());
    const QJsonObject v = r.value(QStringLiteral("summary")).toObject();
    QVERIFY(v.value(QStringLiteral("verified")).toBool());
    QCOMPARE(v.value(QStringLiteral("lost_rows")).toDouble(), 0.0);
    QCOMPARE(Fixture::column(db, QStringLiteral("SELECT count(*) FROM orders")).value(0).toDouble(),
        v.value(QStringLiteral("rows_present")).toDouble());
    QVERIFY(v.value(QStringLiteral("rows_present")).toDouble() > 50);
    QCOMPARE(Fixture::column(db, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    QCOMPARE(Fixture::column(db, QStringLiteral("SELECT count(*) FROM customers")),
        QStringList { QStringLiteral("2") });

    // A view is refused with one line, and the file is left as it was.
    const QByteArray before = sha1Of(db);
    const Outcome view
        = locklens({ QStringLiteral("run"), db, QStringLiteral("--table"), QStringLiteral("big"),
            QStringLiteral("--existing-table"), QStringLiteral("--ops"), QStringLiteral("10") });
    QCOMPARE(view.status, 2);
    QVERIFY2(view.err.contains("is a view"), view.err.constData());
    // One error line (after the warning that the run would write into the table).
    QCOMPARE(view.err.count("error:"), 1);
    QVERIFY2(view.err.contains("warning: the run writes into your table big"), view.err.constData());
    QCOMPARE(sha1Of(db), before);
}

void TestCli::interruptStopsAndReports()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("r.json"));
    QProcess p;
    p.start(QStringLiteral(LOCKLENS_EXE),
        { QStringLiteral("run"), QStringLiteral("--duration"), QStringLiteral("60"), QStringLiteral("--progress"),
            QStringLiteral("0.1"), QStringLiteral("--json"), json });
    QVERIFY(p.waitForStarted());
    // Its first progress line: the load has begun (a stop during the start-up is another case).
    const QByteArray err = Fixture::untilFirstProgress(p);
    QVERIFY2(err.contains("progress:"), err.constData());
    Fixture::interrupt(p);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 130); // as the shell reports an interrupted command
    QVERIFY(p.readAllStandardOutput().contains("stopped early"));
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject r = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(r.value(QStringLiteral("summary")).toObject().value(QStringLiteral("stopped")).toBool());
    QVERIFY(!QFile::exists(r.value(QStringLiteral("database")).toString()));
#else
    QSKIP("sends SIGINT");
#endif
}

void TestCli::fullDiskEndsTheRunWithTheReason()
{
#ifdef Q_OS_LINUX
    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(small));
    if (QProcess::execute(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=256k"), QStringLiteral("tmpfs"), small })
        != 0)
        QSKIP("needs permission to mount a 256 KiB tmpfs (root with CAP_SYS_ADMIN)");
    const QString json = dir.filePath(QStringLiteral("r.json"));
    const Outcome o = locklens({ QStringLiteral("run"), small + QStringLiteral("/full.db"),
        QStringLiteral("--ops"), QStringLiteral("100000"), QStringLiteral("--workers"), QStringLiteral("2"),
        QStringLiteral("--batch"), QStringLiteral("100"), QStringLiteral("--payload"), QStringLiteral("1000"),
        QStringLiteral("--json"), json, QStringLiteral("--quiet") });
    QProcess::execute(QStringLiteral("umount"), { small });
    QCOMPARE(o.status, 2);
    QVERIFY2(o.err.contains("disk is full"), o.err.constData());
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject sum
        = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("summary")).toObject();
    QVERIFY(sum.value(QStringLiteral("fatal_error")).toString().contains(QStringLiteral("full")));
    // What was acknowledged before the disk filled is there, and the file is sound.
    QCOMPARE(sum.value(QStringLiteral("lost_rows")).toInt(-1), 0);
    QCOMPARE(sum.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
    QVERIFY(sum.value(QStringLiteral("committed_ops")).toDouble() < 200000);
#else
    QSKIP("mounts a tmpfs");
#endif
}

namespace {

// The statuses a table documents: the numbers in the first cell of README's rows after the
// "Exit status" heading, or the .B lines of the manual page's EXIT STATUS section.
QList<int> documentedStatuses(const QString &text, bool manualPage)
{
    QList<int> out;
    const qsizetype at
        = text.indexOf(manualPage ? QLatin1String(".SH EXIT STATUS") : QLatin1String("**Exit status**"));
    if (at < 0)
        return out;
    const QStringList lines = text.mid(at).split(QLatin1Char('\n')).mid(1);
    for (const QString &line : lines) {
        if (manualPage && line.startsWith(QLatin1String(".SH")))
            break;
        if (!manualPage && !out.isEmpty() && !line.startsWith(QLatin1Char('|')))
            break;
        const QString cell = manualPage ? (line.startsWith(QLatin1String(".B ")) ? line.mid(3) : QString())
                                        : line.section(QLatin1Char('|'), 1, 1).trimmed();
        bool ok = false;
        const int status = cell.toInt(&ok);
        if (ok)
            out << status;
    }
    return out;
}

} // namespace

// Every status the command line gives, in the README's table and the manual page's.
void TestCli::exitStatusesAreDocumented()
{
    const QList<int> statuses { Cli::ExitOk, Cli::ExitFailure, Cli::ExitUsage, Cli::ExitVerification,
        Cli::ExitNotVerified, Cli::ExitInterrupted };
    QFile readme(QStringLiteral(LOCKLENS_SOURCE_DIR "/README.md"));
    QFile manual(QStringLiteral(LOCKLENS_SOURCE_DIR "/installer/debian/locklens.1"));
    QVERIFY(readme.open(QIODevice::ReadOnly) && manual.open(QIODevice::ReadOnly));
    QCOMPARE(documentedStatuses(QString::fromUtf8(readme.readAll()), false), statuses);
    QCOMPARE(documentedStatuses(QString::fromUtf8(manual.readAll()), true), statuses);
    QVERIFY(Cli::runUsage().contains(QLatin1String("130 interrupted")));
}

// Status 3: rows acknowledged as committed are missing afterwards (here deleted behind the
// run's back while it ran).
void TestCli::verificationFailureExitsThree()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("v.db"));
    QProcess p;
    p.start(QStringLiteral(LOCKLENS_EXE),
        { QStringLiteral("run"), db, QStringLiteral("--duration"), QStringLiteral("60"),
            QStringLiteral("--workers"), QStringLiteral("1"), QStringLiteral("--rate"), QStringLiteral("500"),
            QStringLiteral("--quiet") });
    QVERIFY(p.waitForStarted());
    // Rows committed by the run itself (it made the table): delete them, then stop it.
    QTRY_VERIFY_WITH_TIMEOUT(
        Fixture::column(db, QStringLiteral("SELECT count(*) FROM locklens_load")).value(0).toInt() > 0,
        30000);
    QCOMPARE(Fixture::exec(db, QStringLiteral("PRAGMA busy_timeout = 10000; DELETE FROM locklens_load")),
        QString());
    Fixture::interrupt(p);
    QVERIFY(p.waitForFinished(30000));
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitCode() == 3, err.constData());
    QVERIFY2(err.contains("verification failed"), err.constData());
#else
    QSKIP("sends SIGINT");
#endif
}

void TestCli::lockedDatabaseExitsFourWithAResult()
{
    // Regression: a lock held before the start made the setup wait the whole busy timeout,
    // then exit 2 without a result. The run now says it is not verified (4) and writes its JSON.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("l.db")), json = dir.filePath(QStringLiteral("l.json"));
    const QStringList args { QStringLiteral("run"), db, QStringLiteral("--journal"), QStringLiteral("delete"),
        QStringLiteral("--busy-timeout"), QStringLiteral("60000"), QStringLiteral("--quiet") };
    QCOMPARE(locklens(args + QStringList { QStringLiteral("--ops"), QStringLiteral("5") }).status, 0);
    sqlite3 *holder = nullptr;
    QCOMPARE(sqlite3_open(db.toUtf8().constData(), &holder), SQLITE_OK);
    QCOMPARE(sqlite3_exec(holder, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    const Outcome o = locklens(args
            + QStringList { QStringLiteral("--duration"), QStringLiteral("0.5"), QStringLiteral("--json"), json },
        30000); // not the 60 s busy timeout
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
    QVERIFY2(o.status == Cli::ExitNotVerified, o.err.constData());
    QVERIFY2(o.err.contains("not verified"), o.err.constData());
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject summary = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("not_verified_reason")).toString(), QStringLiteral("database_locked"));
}

void TestCli::lostStandardOutputExitsOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("run summary") << QStringList { QStringLiteral("run"), QStringLiteral("--ops"),
        QStringLiteral("5") };
    QTest::newRow("run --json -") << QStringList { QStringLiteral("run"), QStringLiteral("--ops"),
        QStringLiteral("5"), QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--quiet") };
    QTest::newRow("presets") << QStringList { QStringLiteral("presets") };
    QTest::newRow("help") << QStringList { QStringLiteral("--help") };
}

// Regression: `--json -` or the summary onto a full standard output exited 0, saying nothing.
void TestCli::lostStandardOutputExitsOne()
{
    QFETCH(QStringList, args);
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("needs /dev/full (Linux)");
    QProcess p;
    p.setStandardOutputFile(QStringLiteral("/dev/full"));
    p.start(QStringLiteral(LOCKLENS_EXE), args);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("locklens: error: standard output: No space left on device"), err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
