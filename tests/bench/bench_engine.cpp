// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark program, not a test: compares the load engine with baselines measured in the same
// run. The two sides of a comparison alternate, R times each; the table gives each side's
// median and the ratio of the medians against its target.
//   1. the engine vs a plain sqlite3 C loop (one worker, inserts, WAL/NORMAL, 1000 rows per tx)
//   2. the same engine run with instrumentation on vs off
//   3. `locklens run --preset seed-best` vs the Python program it replaces (whole processes)
//   4. 10 per-thread engine workers vs 10 std::threads running the C loop
//   5. the lock-recording VFS on vs off (a commit per row: its worst case)
#include "workers/engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <thread>
#include <vector>

using namespace LockLens;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LockLens::Bench", text);
}

void say(const QString &text, std::FILE *to = stdout)
{
    const QByteArray b = text.toLocal8Bit();
    std::fwrite(b.constData(), 1, std::size_t(b.size()), to);
    std::fflush(to);
}

QString figure(double v, bool seconds)
{
    return QLocale(QLocale::English).toString(v, 'f', seconds ? 3 : 0);
}

constexpr int BatchRows = 1000;
constexpr int PayloadBytes = 100;
constexpr int PoolBytes = 64 * 1024;
constexpr int BusyTimeoutMs = 5000;
constexpr int Threads = 10;
#ifdef __OPTIMIZE__
constexpr bool Optimised = true;
#else
constexpr bool Optimised = false;
#endif

// One side of a comparison: its figure from each repetition.
struct Side
{
    QString label;
    std::vector<double> runs {};

    double median() const
    {
        std::vector<double> v = runs;
        std::sort(v.begin(), v.end());
        const std::size_t n = v.size();
        return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
    QJsonObject toJson() const
    {
        QJsonArray a;
        for (double v : runs)
            a.append(v);
        return { { QStringLiteral("label"), label }, { QStringLiteral("median"), median() },
            { QStringLiteral("runs"), a } };
    }
};

struct Comparison
{
    int id = 0;
    QString title, unit;
    QString ratioName; // what the ratio means, e.g. "LockLens / C"
    double target = 0;
    Side a {}, b {};
    bool seconds = false; // the figures are times (ratio b / a), not rates (ratio a / b)
    QString skipped {}; // why the comparison did not run
    QString error {}; // why a run failed

    bool measured() const { return skipped.isEmpty() && error.isEmpty() && !b.runs.empty(); }
    double ratio() const { return seconds ? b.median() / a.median() : a.median() / b.median(); }
    bool met() const { return measured() && ratio() >= target; }

    // Runs the sides alternately, `repeat` times each. A side returns its figure, or gives
    // the reason it failed, which ends the comparison.
    using Measure = std::function<double(QString *)>;
    void run(int repeat, const Measure &measureA, const Measure &measureB)
    {
        for (int i = 0; i < repeat; ++i) {
            for (auto [side, measure] : { std::pair { &a, &measureA }, std::pair { &b, &measureB } }) {
                QString why;
                const double v = (*measure)(&why);
                if (!why.isEmpty())
                    error = QStringLiteral("%1: %2").arg(side->label, why);
                else
                    side->runs.push_back(v);
                say(QStringLiteral("  %1. %2, run %3/%4: %5\n")
                        .arg(QString::number(id), side->label, QString::number(i + 1),
                            QString::number(repeat),
                            why.isEmpty() ? figure(v, seconds) + QLatin1Char(' ') + unit : why),
                    stderr);
                if (!why.isEmpty())
                    return;
            }
        }
    }
};

// A fresh database file in the benchmark's temporary folder, removed when done.
class FreshFile
{
public:
    explicit FreshFile(const QTemporaryDir &dir)
        : m_path(dir.filePath(QStringLiteral("run-%1.db").arg(s_next++)))
    {
    }
    ~FreshFile()
    {
        for (const char *suffix : { "", "-wal", "-shm", "-journal" })
            QFile::remove(m_path + QLatin1String(suffix));
    }
    const QString &path() const { return m_path; }

private:
    static inline int s_next = 0;
    QString m_path;
};

// ---- The baseline: the engine's insert loop written directly against the sqlite3 C API.

const char *const CreateSql = "CREATE TABLE \"locklens_load\"(\"id\" INTEGER PRIMARY KEY, "
                              "\"worker\" INTEGER NOT NULL, \"value\" INTEGER NOT NULL, \"payload\" BLOB)";
const char *const InsertSql
    = "INSERT INTO \"locklens_load\"(\"worker\", \"value\", \"payload\") VALUES(?, ?, ?)";

class CWriter
{
public:
    explicit CWriter(int worker)
        : m_worker(worker)
        , m_rng(0x9e3779b97f4a7c15ull * std::uint64_t(worker + 2))
        , m_pool(PoolBytes)
    {
        for (char &c : m_pool)
            c = char(random());
    }
    ~CWriter()
    {
        for (sqlite3_stmt *s : { m_begin, m_commit, m_insert })
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }
    CWriter(const CWriter &) = delete;
    CWriter &operator=(const CWriter &) = delete;

    // Opens the file as Qt's driver does (no connection mutex: one thread per connection),
    // with the scenario's pragmas and busy timeout; creates the table if asked; prepares the
    // statements. False with the reason.
    bool open(const QString &path, bool createTable, QString *error)
    {
        const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
        const bool ok
            = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) == SQLITE_OK
            && sqlite3_busy_timeout(m_db, BusyTimeoutMs) == SQLITE_OK && exec("PRAGMA journal_mode=WAL")
            && exec("PRAGMA synchronous=NORMAL") && (!createTable || exec(CreateSql))
            && prepare("BEGIN IMMEDIATE", &m_begin) && prepare("COMMIT", &m_commit)
            && prepare(InsertSql, &m_insert);
        if (!ok)
            *error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : tr("out of memory");
        return ok;
    }

    // Inserts `rows` rows, BatchRows per IMMEDIATE transaction; a batch whose BEGIN is still
    // busy after the busy timeout is tried again.
    bool insert(std::int64_t rows, QString *error)
    {
        for (std::int64_t done = 0; done < rows;) {
            const int n = int(std::min<std::int64_t>(BatchRows, rows - done));
            const int begun = stepReset(m_begin);
            if (begun == SQLITE_BUSY)
                continue;
            bool ok = begun == SQLITE_DONE;
            for (int i = 0; ok && i < n; ++i) {
                const std::uint64_t offset = random() % (PoolBytes - PayloadBytes + 1);
                sqlite3_bind_int64(m_insert, 1, m_worker);
                sqlite3_bind_int64(m_insert, 2, sqlite3_int64(random()));
                sqlite3_bind_blob(m_insert, 3, m_pool.data() + offset, PayloadBytes, SQLITE_STATIC);
                ok = stepReset(m_insert) == SQLITE_DONE;
            }
            if (!ok || stepReset(m_commit) != SQLITE_DONE) {
                *error = QString::fromUtf8(sqlite3_errmsg(m_db));
                return false;
            }
            done += n;
        }
        return true;
    }

private:
    std::uint64_t random() // xorshift64
    {
        m_rng ^= m_rng << 13;
        m_rng ^= m_rng >> 7;
        m_rng ^= m_rng << 17;
        return m_rng;
    }
    static int stepReset(sqlite3_stmt *s)
    {
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        return rc;
    }
    bool exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    bool prepare(const char *sql, sqlite3_stmt **out)
    {
        return sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, out, nullptr) == SQLITE_OK;
    }

    int m_worker;
    std::uint64_t m_rng;
    std::vector<char> m_pool;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_begin = nullptr, *m_commit = nullptr, *m_insert = nullptr;
};

// Comparison 1's baseline: rows per second of the insert loop alone (not open or create).
double cLoop(const QTemporaryDir &dir, std::int64_t rows, QString *error)
{
    FreshFile file(dir);
    CWriter w(0);
    if (!w.open(file.path(), true, error))
        return 0;
    QElapsedTimer t;
    t.start();
    return w.insert(rows, error) ? double(rows) / (double(t.nsecsElapsed()) * 1e-9) : 0;
}

// Comparison 4's baseline: rows per second of Threads threads, each with its own connection,
// from the start of the threads until all have joined (opening included, as in the engine).
double cThreads(const QTemporaryDir &dir, std::int64_t rowsPerThread, QString *error)
{
    FreshFile file(dir);
    CWriter control(-1); // open throughout, as the engine's: no worker's close checkpoints the WAL
    if (!control.open(file.path(), true, error))
        return 0;
    std::vector<QString> errors(static_cast<std::size_t>(Threads));
    std::vector<std::thread> threads;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < Threads; ++i) {
        threads.emplace_back([&, i] {
            CWriter w(i);
            if (w.open(file.path(), false, &errors[std::size_t(i)]))
                w.insert(rowsPerThread, &errors[std::size_t(i)]);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    const double s = double(t.nsecsElapsed()) * 1e-9;
    const auto failed
        = std::find_if(errors.begin(), errors.end(), [](const QString &e) { return !e.isEmpty(); });
    if (failed != errors.end())
        *error = tr("thread %1: %2").arg(QString::number(failed - errors.begin() + 1), *failed);
    return double(Threads * rowsPerThread) / s;
}

// ---- The engine side.

Scenario insertScenario(
    int workers, std::int64_t rowsPerWorker, bool instrument, bool recordLocks = true, int batch = BatchRows)
{
    Scenario sc;
    sc.name = QStringLiteral("bench");
    sc.journalMode = QStringLiteral("wal");
    sc.synchronous = QStringLiteral("normal");
    sc.workers = workers;
    sc.mix = OpMix(); // inserts only
    sc.payloadBytes = PayloadBytes;
    sc.batch = batch;
    sc.txMode = TxMode::Immediate;
    sc.strategy = Strategy::PerThread;
    sc.busyPolicy = BusyPolicy::Sqlite;
    sc.busyTimeoutMs = BusyTimeoutMs;
    sc.opsPerWorker = rowsPerWorker;
    sc.instrument = instrument;
    sc.recordLocks = recordLocks;
    return sc;
}

// Rows per second of one engine run on a fresh file: result.total.ops / result.durationS.
double engineRun(const QTemporaryDir &dir, Scenario sc, Environment *env, QString *error)
{
    FreshFile file(dir);
    sc.databasePath = file.path();
    RunResult r;
    if (!LoadEngine::runBlocking(sc, &r, error))
        return 0;
    if (!r.ok() || r.total.ops != std::uint64_t(sc.workers * sc.opsPerWorker)) {
        *error = tr("the run did not commit every row (%1 ops, %2 lost, integrity: %3)")
                     .arg(QString::number(r.total.ops), QString::number(r.verification.lostRows),
                         r.verification.integrity);
        return 0;
    }
    *env = r.environment;
    return double(r.total.ops) / r.durationS;
}

// Wall time in seconds of one process run, which must exit with status 0.
double processSeconds(const QString &program, const QStringList &args, QString *error)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(-1)) {
        *error = tr("cannot start %1: %2").arg(program, p.errorString());
        return 0;
    }
    p.waitForFinished(-1);
    const double s = double(t.nsecsElapsed()) * 1e-9;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        *error = tr("%1 exited with status %2: %3")
                     .arg(QFileInfo(program).fileName(),
                         QString::number(p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1),
                         QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
    return s;
}

QString table(const std::vector<Comparison> &all)
{
    QString out;
    const auto row
        = [](const QString &side, const QString &unit, const QString &median, const QString &runs) {
              return QStringLiteral("   %1 %2 %3  %4\n")
                  .arg(side.leftJustified(16), unit.leftJustified(8), median.rightJustified(12), runs);
          };
    for (const Comparison &c : all) {
        out += QStringLiteral("\n%1. %2\n").arg(QString::number(c.id), c.title);
        if (!c.skipped.isEmpty()) {
            out += tr("   skipped: %1\n").arg(c.skipped);
            continue;
        }
        out += row(tr("side"), tr("unit"), tr("median"), tr("runs"));
        for (const Side *s : { &c.a, &c.b }) {
            QStringList runs;
            for (double v : s->runs)
                runs << figure(v, c.seconds);
            const QString median = s->runs.empty() ? QStringLiteral("-") : figure(s->median(), c.seconds);
            out += row(s->label, c.unit, median, runs.join(QLatin1String("  ")));
        }
        if (!c.error.isEmpty())
            out += tr("   FAILED: %1\n").arg(c.error);
        else
            out += tr("   %1 = %2    target >= %3    %4\n")
                       .arg(c.ratioName, QString::number(c.ratio(), 'f', 3),
                           QString::number(c.target, 'f', 2), c.met() ? tr("met") : tr("NOT MET"));
    }
    return out;
}

QJsonObject toJson(
    const std::vector<Comparison> &all, const Environment &env, bool quick, int repeat, int pyRepeat)
{
    QJsonArray comparisons;
    for (const Comparison &c : all)
        comparisons.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("title"), c.title },
            { QStringLiteral("unit"), c.unit }, { QStringLiteral("a"), c.a.toJson() },
            { QStringLiteral("b"), c.b.toJson() }, { QStringLiteral("ratio_name"), c.ratioName },
            { QStringLiteral("ratio"), c.measured() ? QJsonValue(c.ratio()) : QJsonValue() },
            { QStringLiteral("target"), c.target }, { QStringLiteral("met"), c.met() },
            { QStringLiteral("skipped"), c.skipped }, { QStringLiteral("error"), c.error } });
    return { { QStringLiteral("sqlite_version"), QString::fromLatin1(sqlite3_libversion()) },
        { QStringLiteral("qt_version"), QString::fromLatin1(qVersion()) },
        { QStringLiteral("fast_path"),
            env.sqliteVersion.isEmpty() ? QJsonValue() : QJsonValue(env.fastPath) },
        { QStringLiteral("optimised_build"), Optimised }, { QStringLiteral("quick"), quick },
        { QStringLiteral("repeat"), repeat }, { QStringLiteral("python_repeat"), pyRepeat },
        { QStringLiteral("comparisons"), comparisons } };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The driver registry is not safe to start from several threads at once (Qt 6.4).
    QSqlDatabase::drivers();

    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Compares the LockLens load engine with baselines measured in the same run."));
    p.addHelpOption();
    const auto option = [](const char *name, const char *help, const char *value = nullptr,
                            const QString &byDefault = QString()) {
        return QCommandLineOption(QLatin1String(name), tr(help), QLatin1String(value), byDefault);
    };
    const QCommandLineOption repeatOpt = option("repeat", "repetitions of each side (default 5)", "N");
    const QCommandLineOption pyRepeatOpt
        = option("python-repeat", "repetitions of comparison 3 (default 3)", "N");
    const QCommandLineOption quickOpt = option("quick", "2 repetitions (comparison 3: 1) and smaller sizes");
    const QCommandLineOption jsonOpt = option("json", "also write the figures as JSON", "FILE");
    const QCommandLineOption onlyOpt
        = option("only", "run only these comparisons, e.g. 1,4", "LIST", QStringLiteral("1,2,3,4,5"));
    const QCommandLineOption exeOpt
        = option("locklens", "the locklens executable", "PATH", QStringLiteral(LOCKLENS_EXECUTABLE));
    const QCommandLineOption pyOpt = option("python-script", "the Python program of comparison 3", "PATH",
        QDir::cleanPath(
            QStringLiteral(LOCKLENS_SOURCE_DIR "/../shared/reference/seed_shared_connection.py")));
    p.addOptions({ repeatOpt, pyRepeatOpt, quickOpt, jsonOpt, onlyOpt, exeOpt, pyOpt });
    p.process(app);

    const bool quick = p.isSet(quickOpt);
    const int repeat = p.isSet(repeatOpt) ? p.value(repeatOpt).toInt() : quick ? 2 : 5;
    const int pyRepeat = p.isSet(pyRepeatOpt) ? p.value(pyRepeatOpt).toInt() : quick ? 1 : 3;
    if (repeat < 1 || pyRepeat < 1) {
        say(tr("locklens_bench: --repeat and --python-repeat need a whole number of at least 1\n"), stderr);
        return 2;
    }
    const QStringList only = p.value(onlyOpt).split(QLatin1Char(','));
    const std::int64_t rows = quick ? 200000 : 1000000;
    const std::int64_t rowsPerWorker = quick ? 20000 : 100000;
    const QTemporaryDir dir;
    if (!dir.isValid()) {
        say(tr("locklens_bench: cannot create a temporary folder: %1\n").arg(dir.errorString()), stderr);
        return 1;
    }

    Environment env; // of the last engine run
    std::vector<Comparison> all;
    const QString rate = tr("rows/s");
    const QString shape = tr("WAL/NORMAL, %1 rows per IMMEDIATE tx, %2-byte payload")
                              .arg(QString::number(BatchRows), QString::number(PayloadBytes));
    const auto engine = [&](int workers, std::int64_t perWorker, bool instrument) {
        return [&dir, &env, workers, perWorker, instrument](QString *e) {
            return engineRun(dir, insertScenario(workers, perWorker, instrument), &env, e);
        };
    };
    if (only.contains(QLatin1String("1"))) {
        all.push_back(
            { 1, tr("engine vs C loop: 1 worker, %1 inserts, %2").arg(figure(double(rows), false), shape),
                rate, tr("LockLens / C"), 0.9, { tr("LockLens") }, { tr("C loop") } });
        all.back().run(repeat, engine(1, rows, true), [&](QString *e) { return cLoop(dir, rows, e); });
    }
    if (only.contains(QLatin1String("2"))) {
        all.push_back({ 2, tr("instrumentation on vs off: the engine run of comparison 1"), rate,
            tr("on / off"), 0.97, { tr("instrument on") }, { tr("instrument off") } });
        all.back().run(repeat, engine(1, rows, true), engine(1, rows, false));
    }
    if (only.contains(QLatin1String("3"))) {
        all.push_back({ 3, tr("seed-best vs the Python program: whole-process wall time, 1,000,000 rows"),
            tr("s"), tr("speed-up python / locklens"), 10, { tr("locklens") }, { tr("python3") }, true });
        const QString exe = p.value(exeOpt), script = p.value(pyOpt);
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        const QStringList args { QStringLiteral("run"), QStringLiteral("--preset"),
            QStringLiteral("seed-best"), QStringLiteral("--quiet") };
        if (python.isEmpty())
            all.back().skipped = tr("python3 is not on the PATH");
        else if (!QFileInfo::exists(script))
            all.back().skipped = tr("the Python program %1 does not exist").arg(script);
        else
            all.back().run(
                pyRepeat, [&](QString *e) { return processSeconds(exe, args, e); },
                [&](QString *e) { return processSeconds(python, { script }, e); });
    }
    if (only.contains(QLatin1String("4"))) {
        all.push_back({ 4,
            tr("%1 workers per-thread vs %1 C threads: %2 rows each, %3, busy timeout %4 ms")
                .arg(QString::number(Threads), figure(double(rowsPerWorker), false), shape,
                    QString::number(BusyTimeoutMs)),
            rate, tr("LockLens / C"), 0.9, { tr("LockLens") }, { tr("C threads") } });
        all.back().run(repeat, engine(Threads, rowsPerWorker, true),
            [&](QString *e) { return cThreads(dir, rowsPerWorker, e); });
    }

    if (only.contains(QLatin1String("5"))) {
        // The lock-recording VFS's worst case: a commit per row, so the most lock calls per row.
        const std::int64_t commits = quick ? 50000 : 200000;
        all.push_back({ 5,
            tr("lock-recording VFS on vs off: 1 worker, %1 single-row IMMEDIATE transactions, WAL/NORMAL")
                .arg(figure(double(commits), false)),
            rate, tr("on / off"), 0.95, { tr("locks recorded") }, { tr("not recorded") } });
        const auto locks = [&dir, &env, commits](bool record) {
            return [&dir, &env, commits, record](QString *e) {
                return engineRun(dir, insertScenario(1, commits, true, record, 1), &env, e);
            };
        };
        all.back().run(repeat, locks(true), locks(false));
    }

    const bool engineRan = !env.sqliteVersion.isEmpty();
    const QString yes = tr("yes"), no = tr("no"), na = tr("n/a");
    const QString fastPath = !engineRan ? na : env.fastPath ? yes : no;
    QString out = tr("LockLens engine benchmark: %1 repetitions per side (comparison 3: %2)%3\n")
                      .arg(QString::number(repeat), QString::number(pyRepeat),
                          quick ? tr(", quick sizes") : QString());
    out += tr(
        "SQLite %1 (driver: %2 %3)   Qt %4   engine fast path: %5   clock: %6   CPUs: %7   optimised: %8\n")
               .arg(QString::fromLatin1(sqlite3_libversion()), engineRan ? env.sqliteVersion : na,
                   env.sqliteSource, QString::fromLatin1(qVersion()), fastPath, env.clock,
                   QString::number(std::thread::hardware_concurrency()), Optimised ? yes : no);
    say(out + table(all));

    if (p.isSet(jsonOpt)) {
        QSaveFile f(p.value(jsonOpt));
        const QByteArray data = QJsonDocument(toJson(all, env, quick, repeat, pyRepeat)).toJson();
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
            say(tr("locklens_bench: cannot write %1: %2\n").arg(p.value(jsonOpt), f.errorString()), stderr);
            return 1;
        }
    }
    const bool failed
        = std::any_of(all.begin(), all.end(), [](const Comparison &c) { return !c.error.isEmpty(); });
    return failed ? 1 : 0;
}
