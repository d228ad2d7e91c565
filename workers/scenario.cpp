// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/scenario.h"

#include "workers/postgres/serveraddress.h"
#include "workers/sqlite/sqlitelink.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace LockLens {

namespace {

template<typename E, std::size_t N>
bool lookup(const QString &text, const std::pair<E, const char *> (&table)[N], E *out)
{
    for (const auto &[value, name] : table) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
            *out = value;
            return true;
        }
    }
    return false;
}

template<typename E, std::size_t N> QString nameOf(E v, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[value, name] : table) {
        if (value == v)
            return QString::fromLatin1(name);
    }
    return {};
}

const std::pair<TxMode, const char *> txNames[]
    = { { TxMode::Autocommit, "autocommit" }, { TxMode::Deferred, "deferred" },
          { TxMode::Immediate, "immediate" }, { TxMode::Exclusive, "exclusive" } };
const std::pair<BusyPolicy, const char *> busyNames[]
    = { { BusyPolicy::Sqlite, "sqlite" }, { BusyPolicy::Spin, "spin" }, { BusyPolicy::None, "none" } };
const std::pair<Strategy, const char *> strategyNames[] = { { Strategy::PerThread, "per-thread" },
    { Strategy::Shared, "shared" }, { Strategy::WriterQueue, "writer-queue" }, { Strategy::Pool, "pool" },
    { Strategy::Split, "split" } };
const std::pair<DriverPath, const char *> driverNames[]
    = { { DriverPath::Auto, "auto" }, { DriverPath::Native, "native" }, { DriverPath::Qt, "qt" } };

const std::pair<Engine, const char *> engineNames[]
    = { { Engine::Sqlite, "sqlite" }, { Engine::PostgreSQL, "postgresql" }, { Engine::PostgreSQL, "postgres" } };
const std::pair<Isolation, const char *> isolationNames[] = { { Isolation::ReadCommitted, "read-committed" },
    { Isolation::RepeatableRead, "repeatable-read" }, { Isolation::Serializable, "serializable" } };

const QStringList journalModes = { QStringLiteral("wal"), QStringLiteral("delete"),
    QStringLiteral("truncate"), QStringLiteral("persist"), QStringLiteral("memory"), QStringLiteral("off") };
const QStringList syncModes
    = { QStringLiteral("off"), QStringLiteral("normal"), QStringLiteral("full"), QStringLiteral("extra") };

// What a scenario asks of its engine that the engine does not have; empty when nothing.
QString engineRefusal(const Scenario &sc)
{
    if (!sc.onServer()) {
        if (!sc.server.isEmpty())
            return Scenario::tr("a server is where a PostgreSQL run connects: add --engine postgresql");
        if (sc.isolation != Isolation::ReadCommitted)
            return Scenario::tr("isolation levels are PostgreSQL's: SQLite's transactions are always serializable "
                                "(use --engine postgresql)");
        return {};
    }
    QString why;
    if (!sc.server.isEmpty() && !Postgres::ServerAddress::parse(sc.server, &why))
        return why;
    if (sc.isMemory() || !sc.databasePath.isEmpty())
        return Scenario::tr("a PostgreSQL run has no database file: the server holds the database (give --server, "
                            "or nothing for a temporary cluster)");
    if (sc.strategy == Strategy::Split)
        return Scenario::tr("split files spread the load over SQLite database files; on PostgreSQL choose "
                            "per-thread, pool, shared or writer-queue");
    if (sc.existingTable)
        return Scenario::tr("an existing table is loaded on SQLite only for now; on PostgreSQL the run uses its own "
                            "load table");
    if (sc.txMode == TxMode::Exclusive)
        return Scenario::tr("BEGIN EXCLUSIVE is SQLite's; on PostgreSQL a transaction's isolation is set with "
                            "--isolation (read-committed, repeatable-read or serializable)");
    if (sc.table.toUtf8().size() > 63) // NAMEDATALEN - 1: longer names are cut short, silently
        return Scenario::tr("PostgreSQL keeps 63 bytes of a name: choose a shorter name for the load table");
    if (sc.busyPolicy == BusyPolicy::Spin)
        return Scenario::tr("the spin policy is SQLite's busy handler; on PostgreSQL a session waits inside the "
                            "server, up to lock_timeout (--busy-timeout), or not at all (--busy-policy none)");
    if (sc.table.startsWith(QLatin1String("pg_"), Qt::CaseInsensitive))
        return Scenario::tr("names that begin with pg_ are reserved for PostgreSQL's own tables: choose another "
                            "name for the load table");
    return {};
}

QStringList serverWarnings(const Scenario &sc)
{
    QStringList w;
    if (sc.rate > 0 && sc.durationS <= 0 && double(sc.opsPerWorker) * sc.workers / sc.rate > 86400)
        w << Scenario::tr("at %1 operations per second the run will take %2 hours")
                 .arg(sc.rate)
                 .arg(double(sc.opsPerWorker) * sc.workers / sc.rate / 3600, 0, 'f', 1);
    if (sc.strategy == Strategy::WriterQueue && sc.readBeforeWrite)
        w << Scenario::tr("the writer queue runs writes in its own transactions; read-before-write does not apply");
    if (sc.journalMode != QLatin1String("wal") || sc.synchronous != QLatin1String("normal"))
        w << Scenario::tr("journal_mode and synchronous are SQLite's settings: on PostgreSQL the server's own "
                          "(synchronous_commit, fsync) apply, and the run records them");
    if (sc.isolation == Isolation::ReadCommitted && sc.readBeforeWrite && sc.mix.update + sc.mix.remove > 0)
        w << Scenario::tr("under READ COMMITTED a transaction that reads and then writes may write over what "
                          "another committed in between (a lost update); repeatable-read or serializable "
                          "fail it instead, and a retry runs it again");
    return w;
}

} // namespace

QString toString(TxMode m)
{
    return nameOf(m, txNames);
}
QString toString(BusyPolicy p)
{
    return nameOf(p, busyNames);
}
QString toString(Strategy s)
{
    return nameOf(s, strategyNames);
}
QString toString(DriverPath d)
{
    return nameOf(d, driverNames);
}
QString toString(Engine e)
{
    return nameOf(e, engineNames);
}
QString toString(Isolation i)
{
    return nameOf(i, isolationNames);
}
bool parse(const QString &t, Engine *o)
{
    return lookup(t, engineNames, o);
}
bool parse(const QString &t, Isolation *o)
{
    return lookup(t, isolationNames, o);
}
bool parse(const QString &t, TxMode *o)
{
    return lookup(t, txNames, o);
}
bool parse(const QString &t, BusyPolicy *o)
{
    return lookup(t, busyNames, o);
}
bool parse(const QString &t, Strategy *o)
{
    return lookup(t, strategyNames, o);
}
bool parse(const QString &t, DriverPath *o)
{
    return lookup(t, driverNames, o);
}

// The mix's messages and the back-off's are the scenario's (Scenario::tr).
bool OpMix::parse(const QString &text, OpMix *out, QString *error)
{
    OpMix m { 0, 0, 0, 0, 0 };
    const auto parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        *error = Scenario::tr("the operation mix is empty (expected e.g. insert=70,update=20,read=10)");
        return false;
    }
    for (const QString &part : parts) {
        const auto kv = part.split(QLatin1Char('='));
        bool ok = false;
        const int w = kv.size() == 2 ? kv[1].trimmed().toInt(&ok) : 0;
        if (!ok || !Limits::mixWeight.contains(w)) {
            *error = Scenario::tr("bad mix entry '%1' (expected NAME=WEIGHT with a weight from 0 to 1000000)")
                         .arg(part);
            return false;
        }
        const QString k = kv[0].trimmed().toLower();
        if (k == QLatin1String("insert"))
            m.insert = w;
        else if (k == QLatin1String("update"))
            m.update = w;
        else if (k == QLatin1String("delete"))
            m.remove = w;
        else if (k == QLatin1String("read") || k == QLatin1String("point")
            || k == QLatin1String("point_read"))
            m.pointRead = w;
        else if (k == QLatin1String("range") || k == QLatin1String("range_read"))
            m.rangeRead = w;
        else {
            *error = Scenario::tr(
                "unknown operation '%1' in the mix (known: insert, update, delete, read, range)")
                         .arg(kv[0]);
            return false;
        }
    }
    if (m.total() <= 0) {
        *error = Scenario::tr("the operation mix has no positive weight");
        return false;
    }
    *out = m;
    return true;
}

QString OpMix::toString() const
{
    QStringList parts;
    auto add = [&parts](const char *k, int w) {
        if (w > 0)
            parts << QStringLiteral("%1=%2").arg(QLatin1String(k)).arg(w);
    };
    add("insert", insert);
    add("update", update);
    add("delete", remove);
    add("read", pointRead);
    add("range", rangeRead);
    return parts.join(QLatin1Char(','));
}

bool OpMix::operator==(const OpMix &o) const
{
    return insert == o.insert && update == o.update && remove == o.remove && pointRead == o.pointRead
        && rangeRead == o.rangeRead;
}

double RetryBackoff::nominalMs(int retry) const
{
    switch (kind) {
    case Kind::None:
        return 0;
    case Kind::Fixed:
        return minMs;
    case Kind::Exponential:
        break;
    }
    // minMs * 2^(retry - 1), capped; the exponent is capped first so that it cannot overflow.
    return std::min(double(maxMs), std::ldexp(double(minMs), std::clamp(retry - 1, 0, 40)));
}

bool RetryBackoff::parse(const QString &text, RetryBackoff *out, QString *error)
{
    const QStringList parts = text.trimmed().toLower().split(QLatin1Char(':'));
    const auto number = [](const QString &t, int *n) {
        bool ok = false;
        *n = t.trimmed().toInt(&ok);
        return ok && Limits::backoffMs.contains(*n);
    };
    RetryBackoff b;
    bool ok = false;
    if (parts[0] == QLatin1String("none")) {
        b.kind = Kind::None;
        ok = parts.size() == 1;
    } else if (parts[0] == QLatin1String("fixed")) {
        b.kind = Kind::Fixed;
        ok = parts.size() == 2 && number(parts[1], &b.minMs);
    } else if (parts[0] == QLatin1String("exponential")) {
        b.kind = Kind::Exponential;
        ok = (parts.size() == 2 || parts.size() == 3) && number(parts[1], &b.minMs)
            && (parts.size() == 2 || number(parts[2], &b.maxMs));
        if (ok && parts.size() == 2)
            b.maxMs = std::max(b.maxMs, b.minMs); // "exponential:500": up to 500 ms
        ok = ok && b.maxMs >= b.minMs;
    }
    if (!ok) {
        *error = Scenario::tr(
            "bad retry back-off '%1' (expected none, fixed:MS or exponential:MIN:MAX, in milliseconds "
            "from 1 to 60000, MIN no more than MAX)")
                     .arg(text);
        return false;
    }
    *out = b;
    return true;
}

QString RetryBackoff::toString() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Fixed:
        return QStringLiteral("fixed:%1").arg(minMs);
    case Kind::Exponential:
        break;
    }
    return QStringLiteral("exponential:%1:%2").arg(minMs).arg(maxMs);
}

QString Scenario::validate() const
{
    // The messages name the limits (workers/scenariolimits.h); tst_scenario checks they agree.
    if (!Limits::workers.contains(workers))
        return tr("workers must be from 1 to 1024");
    if (!Limits::readers.contains(readers))
        return tr("readers must be from 0 to 1024");
    if (workers + readers > Limits::connections)
        return tr("workers and readers together open %1 connections; at most 1024 are allowed")
            .arg(workers + readers);
    if (mix.total() <= 0)
        return tr("the operation mix has no positive weight");
    if (!journalModes.contains(journalMode))
        return tr("unknown journal mode '%1' (expected wal, delete, truncate, persist, memory or off)")
            .arg(journalMode);
    if (!syncModes.contains(synchronous))
        return tr("unknown synchronous setting '%1' (expected off, normal, full or extra)").arg(synchronous);
    if (batch < Limits::batch.lo)
        return tr("rows per transaction must be at least 1");
    if (txMode == TxMode::Autocommit && batch > 1)
        return tr("autocommit runs every statement as its own transaction: use --tx deferred, immediate or "
                  "exclusive to put %1 rows in one transaction")
            .arg(batch);
    if (!Limits::payloadBytes.contains(payloadBytes))
        return tr("the payload must be from 0 to 16 MiB");
    if (durationS <= 0 && opsPerWorker <= 0)
        return tr("give a duration or a number of operations per worker");
    if (maxTries < Limits::maxTries.lo)
        return tr("max tries must be at least 1");
    if (busyTimeoutMs < Limits::busyTimeoutMs.lo)
        return tr("the busy timeout cannot be negative");
    if (rate < Limits::rate.lo)
        return tr("the target rate cannot be negative");
    if (rate > 0 && rate < Limits::minRate)
        return tr("the target rate must be at least 0.01 operations per second (0 for none)");
    if (table.isEmpty())
        return existingTable ? tr("name the existing table to load") : tr("the load table needs a name");
    if (!existingTable && table.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
        return tr(
            "names that begin with sqlite_ are reserved for SQLite's own tables: choose another name for "
            "the load table");
    if (existingTable && isMemory())
        return tr(
            "a shared in-memory database starts empty: it has no existing table to load (use a database "
            "file)");
    if (existingTable && databasePath.isEmpty())
        return tr("an existing table needs the database file that holds it");
    if (!databasePath.isEmpty() && isMemory())
        return tr("give either a database file or a shared in-memory database, not both");
    if (isMemory()
        && (memoryName.contains(QLatin1Char('?')) || memoryName.contains(QLatin1Char('#'))
            || memoryName.contains(QLatin1Char('/'))))
        return tr("the in-memory database name may not contain '?', '#' or '/'");
    if (const QString refused = engineRefusal(*this); !refused.isEmpty())
        return refused;
    if (strategy == Strategy::Split) {
        const int most = maxSplitFiles();
        if (splitFiles < 2 || splitFiles > most)
            return tr(
                "split files must be from 2 to %1: a connection of this SQLite attaches at most %2 other "
                "databases")
                .arg(most)
                .arg(most - 1);
        if (isMemory())
            return tr("split files need database files: a shared in-memory database cannot be split");
        if (existingTable)
            return tr("split files spread LockLens's load table over several files; an existing table stays "
                      "in its own file (choose another connection strategy)");
    }
    return outOfLimits(*this);
}

std::optional<Scenario> Scenario::onPostgres(const QString &serverUrl, QString *why) const
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (onServer())
        return refuse(tr("the run was on PostgreSQL already"));
    if (strategy == Strategy::Split)
        return refuse(tr("split files spread the load over SQLite database files, which PostgreSQL does not "
                         "have: choose another connection strategy"));
    if (existingTable)
        return refuse(tr("the run loaded a table of the database file, which PostgreSQL does not have"));
    Scenario pg = *this;
    pg.engine = Engine::PostgreSQL;
    pg.server = serverUrl;
    pg.databasePath.clear();
    pg.memoryName.clear();
    pg.journalMode = Scenario().journalMode; // no warning that they do not apply
    pg.synchronous = Scenario().synchronous;
    if (pg.txMode == TxMode::Exclusive)
        pg.txMode = TxMode::Immediate;
    if (pg.busyPolicy == BusyPolicy::Spin)
        pg.busyPolicy = BusyPolicy::Sqlite; // lock_timeout
    if (const QString invalid = pg.validate(); !invalid.isEmpty())
        return refuse(invalid);
    return pg;
}

QStringList Scenario::warnings() const
{
    if (onServer())
        return serverWarnings(*this);
    QStringList w;
    if (txMode == TxMode::Deferred && readBeforeWrite && mix.hasWrites())
        w << tr(
            "DEFERRED transactions that read before writing fail with SQLITE_BUSY when two try to upgrade at "
            "once, whatever the busy timeout: BEGIN IMMEDIATE avoids it");
    if (journalMode != QLatin1String("wal") && !isMemory() && (!mix.writesOnly() || readers > 0)
        && mix.hasWrites())
        w << tr(
            "with a rollback journal, readers and the writer block each other; WAL lets them run together");
    if (synchronous == QLatin1String("off") && !isMemory())
        w << tr("synchronous=OFF can lose committed transactions on power loss");
    if (isMemory() && journalMode != QLatin1String("memory") && journalMode != QLatin1String("off"))
        w << tr("an in-memory database keeps its journal in memory; journal mode '%1' does not apply")
                 .arg(journalMode);
    if (rate > 0 && durationS <= 0 && double(opsPerWorker) * workers / rate > 86400)
        w << tr("at %1 operations per second the run will take %2 hours")
                 .arg(rate)
                 .arg(double(opsPerWorker) * workers / rate / 3600, 0, 'f', 1);
    if (existingTable && mix.hasWrites()) {
        QStringList writes;
        if (mix.insert > 0)
            writes << tr("inserts");
        if (mix.update > 0)
            writes << tr("updates");
        if (mix.remove > 0)
            writes << tr("deletes");
        w << tr("the run writes into your table %1 (%2), and those changes stay (work on a copy to keep the "
                "original)")
                 .arg(table, writes.join(QLatin1String(", ")));
    }
    if (strategy == Strategy::Split && (txMode == TxMode::Immediate || txMode == TxMode::Exclusive))
        w << tr("BEGIN %1 locks every attached file, not just the one written, and each worker takes its "
                "own file first: writers of different files deadlock until the busy timeout. DEFERRED "
                "transactions lock only the files they touch")
                 .arg(
                     txMode == TxMode::Immediate ? QStringLiteral("IMMEDIATE") : QStringLiteral("EXCLUSIVE"));
    if (strategy == Strategy::Split && !databasePath.isEmpty() && !isMemory()) {
        const QStringList files = splitPaths().mid(1);
        w << tr("the split creates %1 more database files next to the database, and keeps them: %2")
                 .arg(files.size())
                 .arg(files.join(QStringLiteral(", ")));
    }
    if (strategy == Strategy::WriterQueue && readBeforeWrite)
        w << tr("the writer queue runs writes in its own transactions; read-before-write does not apply");
    // Connections to a shared-cache in-memory database lock tables, not the file: a transaction
    // that meets another's write lock gets SQLITE_LOCKED, which no busy handler is called for.
    const bool writeTx = txMode == TxMode::Immediate || txMode == TxMode::Exclusive
        || (txMode == TxMode::Deferred && mix.hasWrites());
    const bool manyConnections = strategy == Strategy::WriterQueue
        ? mix.hasWrites() && !mix.writesOnly()
        : strategy != Strategy::Shared && workers > 1;
    // Readers have connections of their own: they meet the writers' table locks too.
    const bool readersMeetWrites = readers > 0 && mix.hasWrites();
    if (isMemory() && writeTx && (manyConnections || readersMeetWrites))
        w << tr(
            "connections to a shared in-memory database lock whole tables: a transaction that meets "
            "another's write fails at once with SQLITE_LOCKED, which no busy timeout waits for (the shared "
            "strategy avoids it)");
    return w;
}

int Scenario::maxSplitFiles()
{
    return std::min(1 + SqliteLink::attachedLimit(), SplitFilesCeiling);
}

QStringList Scenario::splitPaths() const
{
    QStringList paths { databasePath };
    if (strategy != Strategy::Split || databasePath.isEmpty())
        return paths;
    // "dir/run.db" -> "dir/run-split2.db"; "dir/run" -> "dir/run-split2".
    const int slash = int(databasePath.lastIndexOf(QLatin1Char('/')));
    const int dot = int(databasePath.lastIndexOf(QLatin1Char('.')));
    const bool hasSuffix = dot > slash + 1;
    const QString stem = hasSuffix ? databasePath.left(dot) : databasePath;
    const QString suffix = hasSuffix ? databasePath.mid(dot) : QString();
    for (int i = 2; i <= splitFiles; ++i)
        paths << QStringLiteral("%1-split%2%3").arg(stem, QString::number(i), suffix);
    return paths;
}

bool Scenario::operator==(const Scenario &o) const
{
    return toJson() == o.toJson();
}

} // namespace LockLens
