// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/runoptions.h"

#include "app/cli/output.h"
#include "app/reports/reportformat.h"
#include "workers/presets.h"

#include <QCommandLineParser>

#include <cmath>
#include <type_traits>
#include <utility>

namespace LockLens::Cli {

namespace {

// How an option's value goes into the run's options: checked (a number against its limit,
// from workers/scenariolimits.h), then stored. False with a one-line reason.
struct OptionSpec;
using Reader = bool (*)(const OptionSpec &o, const QString &value, RunOptions &r, QString *error);

// The help texts are looked up by runUsage() and parseRunOptions() (Tr::tr(o.help)), the
// messages by named() (Tr::tr(o.empty)); the QT_TRANSLATE_NOOP marks show them to lupdate under
// the same context.
struct OptionSpec
{
    const char *name;
    const char *valueName;
    const char *help;
    Reader read; // nullptr: read before the others, with where the database comes from
    const Limit *limit = nullptr; // a number's
    const char *empty = nullptr; // a name's: what is said when it is empty
};

bool toInt(const QString &text, const char *option, const Limit &limit, qint64 *out, QString *error)
{
    const auto lo = qint64(limit.lo);
    const auto hi = qint64(limit.hi);
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

bool toDouble(const QString &text, const char *option, const Limit &limit, double *out, QString *error)
{
    const double lo = limit.lo;
    const double hi = limit.hi;
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

// The field a member pointer names, in the scenario or in the run's own options.
template<typename C, typename T> C classOf(T C::*);
template<auto Field> auto &fieldOf(RunOptions &r)
{
    if constexpr (std::is_same_v<decltype(classOf(Field)), Scenario>)
        return r.scenario.*Field;
    else
        return r.*Field;
}

// A number (within o.limit) or a name of an enum's value, into Field.
template<auto Field> bool into(const OptionSpec &o, const QString &text, RunOptions &r, QString *error)
{
    auto &field = fieldOf<Field>(r);
    using T = std::remove_reference_t<decltype(field)>;
    if constexpr (std::is_enum_v<T>) {
        return toEnum(text, o.name, &field, error);
    } else if constexpr (std::is_floating_point_v<T>) {
        return toDouble(text, o.name, *o.limit, &field, error);
    } else {
        qint64 n = 0;
        if (!toInt(text, o.name, *o.limit, &n, error))
            return false;
        field = T(n);
        return true;
    }
}

template<auto Field> bool lowered(const OptionSpec &, const QString &text, RunOptions &r, QString *)
{
    fieldOf<Field>(r) = text.toLower();
    return true;
}

// A count of operations replaces the duration a scenario file or preset may have given.
bool readOps(const OptionSpec &o, const QString &text, RunOptions &r, QString *error)
{
    if (!into<&Scenario::opsPerWorker>(o, text, r, error))
        return false;
    r.scenario.durationS = 0;
    return true;
}

bool readMix(const OptionSpec &, const QString &text, RunOptions &r, QString *error)
{
    if (OpMix::parse(text, &r.scenario.mix, error))
        return true;
    *error = Tr::tr("--mix: %1").arg(*error);
    return false;
}

bool readBackoff(const OptionSpec &, const QString &text, RunOptions &r, QString *error)
{
    return RetryBackoff::parse(text, &r.scenario.retryBackoff, error);
}

// A name (of a table, of a file) into Field, refused when empty (o.empty says so).
template<auto Field> bool named(const OptionSpec &o, const QString &text, RunOptions &r, QString *error)
{
    fieldOf<Field>(r) = text;
    if (!text.isEmpty())
        return true;
    *error = Tr::tr(o.empty);
    return false;
}

// A server names the engine too: --server alone runs on PostgreSQL.
bool readServer(const OptionSpec &o, const QString &text, RunOptions &r, QString *error)
{
    if (!named<&Scenario::server>(o, text, r, error))
        return false;
    r.scenario.engine = Engine::PostgreSQL;
    return true;
}

bool readReport(const OptionSpec &, const QString &text, RunOptions &r, QString *error)
{
    r.reportPath = text;
    const QString why = text.isEmpty() ? Tr::tr("the file name is empty")
                                       : Report::unsupportedReason(Report::formatOf(text), text);
    if (why.isEmpty())
        return true;
    *error = Tr::tr("--report: %1").arg(why);
    return false;
}

// Seconds between progress lines: the command line's own (no scenario has it).
constexpr Limit progressLimit { 0, 86400, false };

// The options with a value, in the order --help lists them and they are read.
const OptionSpec specs[] = {
    // (--server before --engine: it implies --engine postgresql, which an explicit
    // --engine sqlite then overrides, so that validation refuses the pair.)
    { "server", "URL",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "the PostgreSQL server to load: postgresql://USER@HOST:PORT/DB or libpq's key=value words "
            "(implies --engine postgresql; a password is better left to PGPASSWORD or ~/.pgpass)"),
        readServer, nullptr, QT_TRANSLATE_NOOP("LockLens::Cli", "--server: the address is empty") },
    { "engine", "E",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "sqlite (default) or postgresql: a temporary PostgreSQL cluster, or the server --server names"),
        into<&Scenario::engine> },
    { "isolation", "LEVEL",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "PostgreSQL's isolation level of the load's transactions: read-committed (default), "
            "repeatable-read or serializable"),
        into<&Scenario::isolation> },
    { "workers", "N", QT_TRANSLATE_NOOP("LockLens::Cli", "worker threads (default 4)"),
        into<&Scenario::workers>, &Limits::workers },
    { "readers", "N",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "extra threads that only read, each on its own connection: DEFERRED transactions of --batch "
            "reads (default 0)"),
        into<&Scenario::readers>, &Limits::readers },
    { "ops", "N", QT_TRANSLATE_NOOP("LockLens::Cli", "operations per worker (default 10000)"), readOps,
        &Limits::opsPerWorker },
    { "duration", "S", QT_TRANSLATE_NOOP("LockLens::Cli", "run for S seconds instead of a count"),
        into<&Scenario::durationS>, &Limits::durationS },
    { "mix", "MIX",
        QT_TRANSLATE_NOOP(
            "LockLens::Cli", "operation weights, e.g. insert=70,update=20,read=10 (also delete, range)"),
        readMix },
    { "batch", "N", QT_TRANSLATE_NOOP("LockLens::Cli", "operations per transaction (default 1)"),
        into<&Scenario::batch>, &Limits::batch },
    { "tx", "MODE",
        QT_TRANSLATE_NOOP("LockLens::Cli", "autocommit, deferred, immediate (default) or exclusive"),
        into<&Scenario::txMode> },
    { "journal", "MODE",
        QT_TRANSLATE_NOOP("LockLens::Cli", "wal (default), delete, truncate, persist, memory or off"),
        lowered<&Scenario::journalMode> },
    { "synchronous", "MODE", QT_TRANSLATE_NOOP("LockLens::Cli", "off, normal (default), full or extra"),
        lowered<&Scenario::synchronous> },
    { "busy-timeout", "MS",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "busy timeout in milliseconds (default 5000); on PostgreSQL the session's lock_timeout"),
        into<&Scenario::busyTimeoutMs>, &Limits::busyTimeoutMs },
    { "busy-policy", "POLICY",
        QT_TRANSLATE_NOOP(
            "LockLens::Cli", "sqlite (SQLite's sleep schedule, default), spin (every 1 ms) or none"),
        into<&Scenario::busyPolicy> },
    { "max-tries", "N",
        QT_TRANSLATE_NOOP("LockLens::Cli", "tries per transaction before it counts as failed (default 1)"),
        into<&Scenario::maxTries>, &Limits::maxTries },
    { "retry-backoff", "B",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "what a retry waits after a failed try: none (at once, like pgbench), fixed:MS or "
            "exponential:MIN:MAX (doubling; default exponential:1:100), jittered by 0.5-1.5x"),
        readBackoff },
    { "strategy", "S",
        QT_TRANSLATE_NOOP(
            "LockLens::Cli", "per-thread (default), shared, writer-queue, pool or split (see --split-files)"),
        into<&Scenario::strategy> },
    { "split-files", "N",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "with --strategy split: database files the load table is split over, the database and N-1 "
            "siblings NAME-split2... (default 2)"),
        into<&Scenario::splitFiles>, &Limits::splitFiles },
    { "rate", "OPS",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "target total operations per second (Poisson arrivals); latency counts from the schedule"),
        into<&Scenario::rate>, &Limits::rate },
    { "payload", "BYTES", QT_TRANSLATE_NOOP("LockLens::Cli", "payload bytes per row (default 100)"),
        into<&Scenario::payloadBytes>, &Limits::payloadBytes },
    { "seed", "N", QT_TRANSLATE_NOOP("LockLens::Cli", "random seed (default 1)"), into<&Scenario::seed>,
        &Limits::seed },
    { "memory", "NAME",
        QT_TRANSLATE_NOOP(
            "LockLens::Cli", "use the shared in-memory database file:NAME?mode=memory&cache=shared"),
        nullptr },
    { "table", "NAME",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "load table (default locklens_load; created if missing); with --existing-table, a table of "
            "yours"),
        named<&Scenario::table>, nullptr, QT_TRANSLATE_NOOP("LockLens::Cli", "--table: the name is empty") },
    { "prefill", "N",
        QT_TRANSLATE_NOOP("LockLens::Cli", "insert N rows before the run (for updates, deletes and reads)"),
        into<&Scenario::prefillRows>, &Limits::prefillRows },
    { "range-rows", "N", QT_TRANSLATE_NOOP("LockLens::Cli", "rows per range read (default 20)"),
        into<&Scenario::rangeRows>, &Limits::rangeRows },
    { "driver", "PATH",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "auto (default), native (sqlite3_stmt on the driver's handle) or qt (QSqlQuery)"),
        into<&Scenario::driverPath> },
    { "progress", "S",
        QT_TRANSLATE_NOOP("LockLens::Cli", "progress line every S seconds on stderr (default 1, 0 for none)"),
        into<&RunOptions::progressS>, &progressLimit },
    { "scenario", "FILE",
        QT_TRANSLATE_NOOP(
            "LockLens::Cli", "read the scenario from a JSON file (options given too override it)"),
        nullptr },
    { "preset", "NAME",
        QT_TRANSLATE_NOOP("LockLens::Cli", "start from a built-in scenario (see locklens presets)"),
        nullptr },
    { "json", "FILE",
        QT_TRANSLATE_NOOP("LockLens::Cli", "write the whole result as JSON (- for standard output)"),
        named<&RunOptions::jsonPath>, nullptr,
        QT_TRANSLATE_NOOP("LockLens::Cli", "--json: the file name is empty") },
    { "report", "FILE",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "write a report of the run; its format from the extension: .html, .md, .csv (time series) or "
            ".json"),
        readReport },
    { "lock-trace", "FILE",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "write every lock transition of every connection as CSV (t_s,worker,from,to,statement)"),
        named<&RunOptions::lockTracePath>, nullptr,
        QT_TRANSLATE_NOOP("LockLens::Cli", "--lock-trace: the file name is empty") },
    { "store", "FILE",
        QT_TRANSLATE_NOOP("LockLens::Cli",
            "the results store --save uses (default: runs.sqlite in the user's application data)"),
        named<&RunOptions::storePath>, nullptr,
        QT_TRANSLATE_NOOP("LockLens::Cli", "--store: the file name is empty") },
};

// The options without a value (their help is runUsage()'s last paragraph).
const std::pair<const char *, void (*)(RunOptions &)> flags[] = {
    { "read-before-write", [](RunOptions &r) { r.scenario.readBeforeWrite = true; } },
    { "existing-table", [](RunOptions &r) { r.scenario.existingTable = true; } },
    { "foreign-keys", [](RunOptions &r) { r.scenario.foreignKeys = true; } },
    { "no-instrument", [](RunOptions &r) { r.scenario.instrument = false; } },
    { "no-lock-record", [](RunOptions &r) { r.scenario.recordLocks = false; } },
    { "save", [](RunOptions &r) { r.save = true; } },
    { "quiet", [](RunOptions &r) { r.quiet = true; } },
};

bool loadScenarioFile(const QString &path, Scenario *sc, QString *error)
{
    QString why;
    if (Scenario::fromFile(path, sc, &why))
        return true;
    *error = Tr::tr("--scenario: %1").arg(why);
    return false;
}

// The arguments checked for their form: every option known, each given once.
bool parseForm(QCommandLineParser &p, const QStringList &args, QString *error)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const auto &o : specs)
        p.addOption(QCommandLineOption(QLatin1String(o.name), Tr::tr(o.help), QLatin1String(o.valueName)));
    for (const auto &[name, set] : flags)
        p.addOption(QCommandLineOption(QLatin1String(name)));
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
    return true;
}

// The scenario the options start from (a preset, a file or the defaults) and its database.
bool readSource(const QCommandLineParser &p, Scenario &sc, QString *error)
{
    auto has = [&p](const char *name) { return p.isSet(QLatin1String(name)); };
    auto val = [&p](const char *name) { return p.value(QLatin1String(name)); };
    if (has("preset") && has("scenario")) {
        *error = Tr::tr("give --preset or --scenario, not both");
        return false;
    }
    if (has("preset") && !Presets::find(val("preset"), &sc, error))
        return false;
    if (has("scenario") && !loadScenarioFile(val("scenario"), &sc, error))
        return false;
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
    if (!has("memory"))
        return true;
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
    return true;
}

// What one option asks only together with another.
bool checkPairs(const QCommandLineParser &p, const RunOptions &r, QString *error)
{
    auto has = [&p](const char *name) { return p.isSet(QLatin1String(name)); };
    if (has("existing-table") && !has("table") && !has("scenario") && !has("preset")) {
        *error = Tr::tr("--existing-table needs --table NAME: the table of yours to load");
        return false;
    }
    if (has("store") && !r.save) {
        *error = Tr::tr("--store needs --save");
        return false;
    }
    if (has("lock-trace") && (!r.scenario.instrument || !r.scenario.recordLocks)) {
        *error = Tr::tr(
            "--lock-trace needs the lock states recorded: drop --no-instrument and --no-lock-record");
        return false;
    }
    return true;
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
    if (!parseForm(p, args, error))
        return false;
    RunOptions r;
    if (!readSource(p, r.scenario, error))
        return false;
    if (p.isSet(QStringLiteral("ops")) && p.isSet(QStringLiteral("duration"))) {
        *error = Tr::tr("give --ops or --duration, not both");
        return false;
    }
    for (const auto &o : specs) {
        const QString name = QLatin1String(o.name);
        if (o.read && p.isSet(name) && !o.read(o, p.value(name), r, error))
            return false;
    }
    for (const auto &[name, set] : flags) {
        if (p.isSet(QLatin1String(name)))
            set(r);
    }
    if (!checkPairs(p, r, error))
        return false;
    const QString why = r.scenario.validate();
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    *out = r;
    return true;
}

} // namespace LockLens::Cli
