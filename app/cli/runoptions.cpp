// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/runoptions.h"

#include "app/cli/output.h"
#include "app/reports/reportformat.h"
#include "workers/presets.h"

#include <QCommandLineParser>

#include <cmath>

namespace LockLens::Cli {

namespace {

// The help texts are looked up by runUsage() and parseRunOptions() (Tr::tr(o.help)); the
// QT_TRANSLATE_NOOP marks show them to lupdate under Tr's context, spelled out as lupdate
// needs it there.
struct OptionSpec
{
    const char *name;
    const char *valueName;
    const char *help;
};

const OptionSpec specs[] = {
    { "workers", "N", QT_TRANSLATE_NOOP("LockLens::Cli", "worker threads (default 4)") },
    { "readers", "N",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "extra threads that only read, each on its own connection: DEFERRED transactions of --batch "
            "reads (default 0)") },
    { "ops", "N", QT_TRANSLATE_NOOP("LockLens::Cli", "operations per worker (default 10000)") },
    { "duration", "S", QT_TRANSLATE_NOOP("LockLens::Cli", "run for S seconds instead of a count") },
    { "mix", "MIX",
        QT_TRANSLATE_NOOP(
            "LockLens::Cli", "operation weights, e.g. insert=70,update=20,read=10 (also delete, range)") },
    { "batch", "N", QT_TRANSLATE_NOOP("LockLens::Cli", "operations per transaction (default 1)") },
    { "tx", "MODE",
        QT_TRANSLATE_NOOP("LockLens::Cli", "autocommit, deferred, immediate (default) or exclusive") },
    { "journal", "MODE",
        QT_TRANSLATE_NOOP("LockLens::Cli", "wal (default), delete, truncate, persist, memory or off") },
    { "synchronous", "MODE", QT_TRANSLATE_NOOP("LockLens::Cli", "off, normal (default), full or extra") },
    { "busy-timeout", "MS",
        QT_TRANSLATE_NOOP("LockLens::Cli", "busy timeout in milliseconds (default 5000)") },
    { "busy-policy", "POLICY",
        QT_TRANSLATE_NOOP(
            "LockLens::Cli", "sqlite (SQLite's sleep schedule, default), spin (every 1 ms) or none") },
    { "max-tries", "N",
        QT_TRANSLATE_NOOP("LockLens::Cli", "tries per transaction before it counts as failed (default 1)") },
    { "retry-backoff", "B",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "what a retry waits after a failed try: none (at once, like pgbench), fixed:MS or "
            "exponential:MIN:MAX (doubling; default exponential:1:100), jittered by 0.5-1.5x") },
    { "strategy", "S",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "per-thread (default), shared, writer-queue, pool or split (see --split-files)") },
    { "split-files", "N",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "with --strategy split: database files the load table is split over, the database and N-1 "
            "siblings NAME-split2... (default 2)") },
    { "rate", "OPS",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "target total operations per second (Poisson arrivals); latency counts from the schedule") },
    { "payload", "BYTES", QT_TRANSLATE_NOOP("LockLens::Cli", "payload bytes per row (default 100)") },
    { "seed", "N", QT_TRANSLATE_NOOP("LockLens::Cli", "random seed (default 1)") },
    { "memory", "NAME",
        QT_TRANSLATE_NOOP(
            "LockLens::Cli", "use the shared in-memory database file:NAME?mode=memory&cache=shared") },
    { "table", "NAME",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "load table (default locklens_load; created if missing); with --existing-table, a table of "
            "yours") },
    { "prefill", "N",
        QT_TRANSLATE_NOOP("LockLens::Cli", "insert N rows before the run (for updates, deletes and reads)") },
    { "range-rows", "N", QT_TRANSLATE_NOOP("LockLens::Cli", "rows per range read (default 20)") },
    { "driver", "PATH",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "auto (default), native (sqlite3_stmt on the driver's handle) or qt (QSqlQuery)") },
    { "progress", "S",
        QT_TRANSLATE_NOOP(
            "LockLens::Cli", "progress line every S seconds on stderr (default 1, 0 for none)") },
    { "scenario", "FILE",
        QT_TRANSLATE_NOOP(
            "LockLens::Cli", "read the scenario from a JSON file (options given too override it)") },
    { "preset", "NAME",
        QT_TRANSLATE_NOOP("LockLens::Cli", "start from a built-in scenario (see locklens presets)") },
    { "json", "FILE",
        QT_TRANSLATE_NOOP("LockLens::Cli", "write the whole result as JSON (- for standard output)") },
    { "report", "FILE",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "write a report of the run; its format from the extension: .html, .md, .csv (time series) or "
            ".json") },
    { "lock-trace", "FILE",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "write every lock transition of every connection as CSV (t_s,worker,from,to,statement)") },
    { "store", "FILE",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "the results store --save uses (default: runs.sqlite in the user's application data)") },
};

bool toInt(const QString &text, const char *option, qint64 lo, qint64 hi, qint64 *out, QString *error)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < lo || v > hi) {
        *error = Tr::tr("--%1: expected an integer from %2 to %3, got '%4'")
                     .arg(QLatin1String(option))
                     .arg(lo)
                     .arg(hi)
                     .arg(text);
        return false;
    }
    *out = v;
    return true;
}

bool toDouble(const QString &text, const char *option, double lo, double hi, double *out, QString *error)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < lo || v > hi) {
        *error = Tr::tr("--%1: expected a number from %2 to %3, got '%4'")
                     .arg(QLatin1String(option))
                     .arg(lo)
                     .arg(hi)
                     .arg(text);
        return false;
    }
    *out = v;
    return true;
}

template<typename E> bool toEnum(const QString &text, const char *option, E *out, QString *error)
{
    if (!LockLens::parse(text, out)) {
        *error = Tr::tr("--%1: unknown value '%2'").arg(QLatin1String(option), text);
        return false;
    }
    return true;
}

bool loadScenarioFile(const QString &path, Scenario *sc, QString *error)
{
    QString why;
    if (Scenario::fromFile(path, sc, &why))
        return true;
    *error = Tr::tr("--scenario: %1").arg(why);
    return false;
}

} // namespace

QString runUsage()
{
    QString s
        = Tr::tr("Usage: locklens run [DATABASE] [options]\n\n"
                 "Runs worker threads against DATABASE (a temporary file when none is given, removed "
                 "afterwards),\nprints progress on stderr and a summary on stdout. The load goes into the "
                 "table locklens_load\n(created when missing). Exit status: 0 done; 1 an output was not "
                 "written; 2 refused\n(bad options, unusable database or output) or ended by an error; 3 "
                 "verification failed\n(rows lost or integrity check not ok); 4 not verified, the database "
                 "locked by another\nprocess; 130 interrupted.\n\nOptions:\n");
    for (const auto &o : specs)
        s += QStringLiteral("  --%1 %2\n      %3\n")
                 .arg(QLatin1String(o.name), QLatin1String(o.valueName), Tr::tr(o.help));
    s += Tr::tr(
        "  --existing-table\n      --table names an existing table of DATABASE: the run inserts, updates "
        "and deletes\n      its rows with generated values that respect its types and foreign keys "
        "(nothing is\n      created; the rows it changes stay changed)\n"
        "  --foreign-keys\n      enforce foreign keys (PRAGMA foreign_keys=ON on every connection), as "
        "an application\n      that enforces them does; without it they stay off, SQLite's default\n"
        "  --read-before-write\n      each transaction reads before it writes\n"
        "  --no-instrument\n      no per-operation timing or busy accounting (for measuring the cost of "
        "both)\n"
        "  --no-lock-record\n      do not record lock states through LockLens's VFS (for measuring its "
        "cost)\n"
        "  --save\n      keep the run in LockLens's results store, where the window lists it\n"
        "  --quiet\n      no progress and no summary\n");
    return s;
}

bool parseRunOptions(const QStringList &args, RunOptions *out, QString *error)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const auto &o : specs)
        p.addOption(QCommandLineOption(QLatin1String(o.name), Tr::tr(o.help), QLatin1String(o.valueName)));
    p.addOption(QCommandLineOption(QStringLiteral("read-before-write")));
    p.addOption(QCommandLineOption(QStringLiteral("existing-table")));
    p.addOption(QCommandLineOption(QStringLiteral("foreign-keys")));
    p.addOption(QCommandLineOption(QStringLiteral("no-instrument")));
    p.addOption(QCommandLineOption(QStringLiteral("no-lock-record")));
    p.addOption(QCommandLineOption(QStringLiteral("save")));
    p.addOption(QCommandLineOption(QStringLiteral("quiet")));
    p.addPositionalArgument(QStringLiteral("database"), Tr::tr("database file"));
    if (!p.parse(QStringList { QStringLiteral("locklens-run") } + args)) {
        *error = p.errorText();
        return false;
    }
    for (const auto &o : specs) {
        if (p.values(QLatin1String(o.name)).size() > 1) {
            *error = Tr::tr("--%1 given more than once").arg(QLatin1String(o.name));
            return false;
        }
    }
    RunOptions r;
    Scenario &sc = r.scenario;
    if (p.isSet(QStringLiteral("preset")) && p.isSet(QStringLiteral("scenario"))) {
        *error = Tr::tr("give --preset or --scenario, not both");
        return false;
    }
    if (p.isSet(QStringLiteral("preset"))) {
        if (!Presets::find(p.value(QStringLiteral("preset")), &sc, error))
            return false;
    } else if (p.isSet(QStringLiteral("scenario"))) {
        if (!loadScenarioFile(p.value(QStringLiteral("scenario")), &sc, error))
            return false;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.size() > 1) {
        *error = Tr::tr("expected at most one database, got %1: %2")
                     .arg(pos.size())
                     .arg(pos.join(QLatin1Char(' ')));
        return false;
    }
    if (!pos.isEmpty()) {
        sc.databasePath = pos.first();
        sc.memoryName.clear();
    }
    auto has = [&p](const char *name) { return p.isSet(QLatin1String(name)); };
    auto val = [&p](const char *name) { return p.value(QLatin1String(name)); };
    qint64 n = 0;
    double d = 0;
    if (has("memory")) {
        if (!pos.isEmpty()) {
            *error = Tr::tr("give a database file or --memory, not both");
            return false;
        }
        sc.memoryName = val("memory");
        sc.databasePath.clear();
        if (sc.memoryName.isEmpty()) {
            *error = Tr::tr("--memory: the name is empty");
            return false;
        }
        if (!has("journal"))
            sc.journalMode = QStringLiteral("memory");
    }
    if (has("workers")) {
        if (!toInt(val("workers"), "workers", 1, 1024, &n, error))
            return false;
        sc.workers = int(n);
    }
    if (has("split-files")) {
        if (!toInt(val("split-files"), "split-files", 2, Scenario::SplitFilesCeiling, &n, error))
            return false;
        sc.splitFiles = int(n);
    }
    if (has("readers")) {
        if (!toInt(val("readers"), "readers", 0, 1024, &n, error))
            return false;
        sc.readers = int(n);
    }
    if (has("ops") && has("duration")) {
        *error = Tr::tr("give --ops or --duration, not both");
        return false;
    }
    if (has("ops")) {
        if (!toInt(val("ops"), "ops", 1, qint64(1) << 50, &n, error))
            return false;
        sc.opsPerWorker = n;
        sc.durationS = 0;
    }
    if (has("duration")) {
        if (!toDouble(val("duration"), "duration", 0.001, 31536000, &d, error))
            return false;
        sc.durationS = d;
    }
    if (has("mix") && !OpMix::parse(val("mix"), &sc.mix, error)) {
        *error = Tr::tr("--mix: %1").arg(*error);
        return false;
    }
    if (has("batch")) {
        if (!toInt(val("batch"), "batch", 1, 10000000, &n, error))
            return false;
        sc.batch = int(n);
    }
    if (has("tx") && !toEnum(val("tx"), "tx", &sc.txMode, error))
        return false;
    if (has("journal"))
        sc.journalMode = val("journal").toLower();
    if (has("synchronous"))
        sc.synchronous = val("synchronous").toLower();
    if (has("busy-timeout")) {
        if (!toInt(val("busy-timeout"), "busy-timeout", 0, 86400000, &n, error))
            return false;
        sc.busyTimeoutMs = int(n);
    }
    if (has("busy-policy") && !toEnum(val("busy-policy"), "busy-policy", &sc.busyPolicy, error))
        return false;
    if (has("max-tries")) {
        if (!toInt(val("max-tries"), "max-tries", 1, 1000000, &n, error))
            return false;
        sc.maxTries = int(n);
    }
    if (has("retry-backoff") && !RetryBackoff::parse(val("retry-backoff"), &sc.retryBackoff, error))
        return false;
    if (has("strategy") && !toEnum(val("strategy"), "strategy", &sc.strategy, error))
        return false;
    if (has("driver") && !toEnum(val("driver"), "driver", &sc.driverPath, error))
        return false;
    if (has("rate")) {
        if (!toDouble(val("rate"), "rate", 0, 1e9, &d, error))
            return false;
        sc.rate = d;
    }
    if (has("payload")) {
        if (!toInt(val("payload"), "payload", 0, 16 << 20, &n, error))
            return false;
        sc.payloadBytes = int(n);
    }
    if (has("seed")) {
        if (!toInt(val("seed"), "seed", 0, (qint64(1) << 53) - 1, &n, error))
            return false;
        sc.seed = std::uint64_t(n);
    }
    if (has("table")) {
        sc.table = val("table");
        if (sc.table.isEmpty()) {
            *error = Tr::tr("--table: the name is empty");
            return false;
        }
    }
    if (has("prefill")) {
        if (!toInt(val("prefill"), "prefill", 0, qint64(1) << 40, &n, error))
            return false;
        sc.prefillRows = n;
    }
    if (has("range-rows")) {
        if (!toInt(val("range-rows"), "range-rows", 1, 1000000, &n, error))
            return false;
        sc.rangeRows = int(n);
    }
    if (has("progress") && !toDouble(val("progress"), "progress", 0, 86400, &r.progressS, error))
        return false;
    if (p.isSet(QStringLiteral("read-before-write")))
        sc.readBeforeWrite = true;
    if (p.isSet(QStringLiteral("existing-table"))) {
        if (!has("table") && !has("scenario") && !has("preset")) {
            *error = Tr::tr("--existing-table needs --table NAME: the table of yours to load");
            return false;
        }
        sc.existingTable = true;
    }
    if (p.isSet(QStringLiteral("foreign-keys")))
        sc.foreignKeys = true;
    if (p.isSet(QStringLiteral("no-instrument")))
        sc.instrument = false;
    if (p.isSet(QStringLiteral("no-lock-record")))
        sc.recordLocks = false;
    r.quiet = p.isSet(QStringLiteral("quiet"));
    r.jsonPath = val("json");
    if (has("json") && r.jsonPath.isEmpty()) {
        *error = Tr::tr("--json: the file name is empty");
        return false;
    }
    r.reportPath = val("report");
    if (has("report")) {
        const QString why = r.reportPath.isEmpty()
            ? Tr::tr("the file name is empty")
            : Report::unsupportedReason(Report::formatOf(r.reportPath), r.reportPath);
        if (!why.isEmpty()) {
            *error = Tr::tr("--report: %1").arg(why);
            return false;
        }
    }
    r.save = p.isSet(QStringLiteral("save"));
    r.storePath = val("store");
    if (has("store") && (r.storePath.isEmpty() || !r.save)) {
        *error = r.storePath.isEmpty() ? Tr::tr("--store: the file name is empty")
                                       : Tr::tr("--store needs --save");
        return false;
    }
    r.lockTracePath = val("lock-trace");
    if (has("lock-trace") && r.lockTracePath.isEmpty()) {
        *error = Tr::tr("--lock-trace: the file name is empty");
        return false;
    }
    if (has("lock-trace") && (!sc.instrument || !sc.recordLocks)) {
        *error = Tr::tr(
            "--lock-trace needs the lock states recorded: drop --no-instrument and --no-lock-record");
        return false;
    }
    const QString why = sc.validate();
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    *out = r;
    return true;
}

} // namespace LockLens::Cli
