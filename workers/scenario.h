// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/scenariolimits.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>

namespace LockLens {

namespace TableGen {
struct TablePlan;
} // namespace TableGen
namespace Postgres {
struct ServerAddress;
} // namespace Postgres

enum class TxMode { Autocommit, Deferred, Immediate, Exclusive };
enum class BusyPolicy { Sqlite, Spin, None };
enum class Strategy { PerThread, Shared, WriterQueue, Pool, Split };
enum class DriverPath { Auto, Native, Qt };
// What the load runs on: a SQLite database, or a PostgreSQL server (Scenario::server).
enum class Engine { Sqlite, PostgreSQL };
// PostgreSQL's isolation level for the load's explicit transactions (SQLite's are always
// serializable: there the scenario keeps the default).
enum class Isolation { ReadCommitted, RepeatableRead, Serializable };

QString toString(TxMode m);
QString toString(BusyPolicy p);
QString toString(Strategy s);
QString toString(DriverPath d);
QString toString(Engine e);
QString toString(Isolation i);
bool parse(const QString &text, TxMode *out);
bool parse(const QString &text, BusyPolicy *out);
bool parse(const QString &text, Strategy *out);
bool parse(const QString &text, DriverPath *out);
bool parse(const QString &text, Engine *out);
bool parse(const QString &text, Isolation *out);

// Relative weights of the operations a worker issues.
struct OpMix
{
    int insert = 100;
    int update = 0;
    int remove = 0;
    int pointRead = 0;
    int rangeRead = 0;

    int total() const { return insert + update + remove + pointRead + rangeRead; }
    bool writesOnly() const { return pointRead == 0 && rangeRead == 0; }
    bool hasWrites() const { return insert + update + remove > 0; }
    // "insert=70,update=20,read=10" (read = point read; also point, range, delete).
    static bool parse(const QString &text, OpMix *out, QString *error);
    QString toString() const;
    bool operator==(const OpMix &o) const;
};

// What a client does between a failed try of a transaction and the next (Scenario::maxTries):
// retry at once (pgbench's --max-tries), after a fixed delay, or after a delay that doubles
// from minMs up to maxMs, as applications retrying SQLITE_BUSY do. Each delay is jittered
// (times a random factor from 0.5 to 1.5) so that clients that failed together do not
// retry together.
struct RetryBackoff
{
    enum class Kind { None, Fixed, Exponential };
    Kind kind = Kind::Exponential;
    int minMs = 1; // Fixed: the delay
    int maxMs = 100; // Exponential: the longest delay

    // The delay before retry number `retry` (1: the first retry), in ms, before jitter.
    double nominalMs(int retry) const;
    // "none", "fixed:MS", "exponential:MIN:MAX" (also "exponential:MIN", up to 100 ms).
    static bool parse(const QString &text, RetryBackoff *out, QString *error);
    QString toString() const;
    bool operator==(const RetryBackoff &o) const { return toString() == o.toString(); }
};

// Everything that defines a load test. Round-trips through JSON (toJson/fromJson).
struct Scenario
{
    QString name;
    QString description;

    Engine engine = Engine::Sqlite;
    // PostgreSQL: the server as the user names it (a postgresql:// URL or libpq's key=value
    // words); empty: a temporary cluster of the run's own. Written to JSON without its
    // password (a password is never stored).
    QString server;
    Isolation isolation = Isolation::ReadCommitted;

    QString databasePath; // empty and no memoryName: a temporary file, removed afterwards
    QString memoryName; // non-empty: file:NAME?mode=memory&cache=shared
    QString table = QStringLiteral("locklens_load");
    // true: `table` is an existing table of the user's, loaded with generated values that
    // respect its types and foreign keys (nothing is created); false: LockLens's own load
    // table, created if missing (a table of that name that is not one is refused).
    bool existingTable = false;
    // PRAGMA foreign_keys=ON on every connection of the run, as an application that enforces
    // them does. Off is SQLite's default: a delete then cascades nowhere and a dangling
    // reference is no error.
    bool foreignKeys = false;
    QString journalMode = QStringLiteral("wal");
    QString synchronous = QStringLiteral("normal");

    int workers = 4;
    // Extra clients that only read, each on a connection of its own whatever the strategy:
    // read transactions (BEGIN DEFERRED, `batch` reads of the mix, COMMIT); the mix's point
    // and range reads in their proportion, point reads when the mix has none.
    int readers = 0;
    OpMix mix;
    int payloadBytes = 100;
    int batch = 1; // rows (operations) per transaction
    int rangeRows = 20;
    std::int64_t prefillRows = 0;
    TxMode txMode = TxMode::Immediate;
    bool readBeforeWrite = false;

    BusyPolicy busyPolicy = BusyPolicy::Sqlite;
    int busyTimeoutMs = 5000;
    int maxTries = 1;
    RetryBackoff retryBackoff;
    Strategy strategy = Strategy::PerThread;
    // Strategy::Split: the load table lives in this many database files, the database plus
    // splitFiles - 1 siblings (splitPaths()); worker i writes file i % splitFiles on a
    // connection of its own that has it as its main database and ATTACHes the others.
    int splitFiles = 2;
    DriverPath driverPath = DriverPath::Auto;

    double durationS = 0; // > 0: run for this long
    std::int64_t opsPerWorker = 10000; // used when durationS == 0
    double rate = 0; // total target ops/s; 0 = flat out
    std::uint64_t seed = 1;
    bool instrument = true; // per-operation timing and busy accounting
    bool recordLocks = true; // lock states through LockLens's VFS (file databases, instrumented runs)

    // Not part of the definition (never serialised or compared): what the existing table
    // looks like, filled in by the run at setup for the connections that prepare statements.
    std::shared_ptr<const TableGen::TablePlan> tablePlan;
    // Not part of the definition either: the PostgreSQL server the run's connections reach
    // (the one named, or the temporary cluster), filled in by the run at setup.
    std::shared_ptr<const Postgres::ServerAddress> serverAddress;
    // And what tells this run's sessions on the server from any other's: the end of their
    // application_name, "locklens <role> <serverTag>".
    QString serverTag;

    QJsonObject toJson() const;
    // Keys not given keep their defaults; unknown keys and bad values are errors.
    static bool fromJson(const QJsonObject &o, Scenario *out, QString *error);
    // A scenario file (what resources/presets/ holds and Save Scenario writes): the one
    // reader for the command line, the wizard and the window. Refuses what is not a regular
    // file (a named pipe would be read for ever); the error names the file.
    static bool fromFile(const QString &path, Scenario *out, QString *error);
    // The same from a file's bytes, `shown` naming it in the error.
    static bool fromFileBytes(const QByteArray &bytes, const QString &shown, Scenario *out, QString *error);
    // The scenario a run document recorded: the same, except that a run recorded before the
    // retry back-off existed (no "retry_backoff") retried at once.
    static bool fromRunJson(const QJsonObject &o, Scenario *out, QString *error);
    // Empty when the scenario can run; otherwise what is wrong, in one sentence.
    QString validate() const;
    // Known traps worth a warning (not errors).
    QStringList warnings() const;

    bool isMemory() const { return !memoryName.isEmpty(); }
    bool onServer() const { return engine == Engine::PostgreSQL; }
    // The same load on PostgreSQL (`server`, "" for a temporary cluster), for a comparison: the
    // workers, strategy, mix, batch, payload, rate, duration, seed, readers and retries kept,
    // SQLite's own settings left behind (the database file, journal mode and synchronous; BEGIN
    // EXCLUSIVE becomes BEGIN, as IMMEDIATE does; the spin policy waits lock_timeout instead).
    // Nullopt with the reason when the load cannot be carried over (split files, an existing
    // table, a load table name PostgreSQL refuses) or the copy does not validate.
    std::optional<Scenario> onPostgres(const QString &server, QString *why) const;
    // The database files of a split run, the database first: "run.db", "run-split2.db"...
    // (only the database itself for other strategies).
    QStringList splitPaths() const;
    // The most files a split can have: every worker's connection attaches the others, as many
    // as Qt's SQLite allows (SQLITE_LIMIT_ATTACHED); never more than SQLite's own ceiling.
    static int maxSplitFiles();
    static constexpr int SplitFilesCeiling = int(Limits::splitFiles.hi);
    bool operator==(const Scenario &o) const;
    bool operator!=(const Scenario &o) const { return !(*this == o); }

    Q_DECLARE_TR_FUNCTIONS(LockLens::Scenario)
};

} // namespace LockLens

Q_DECLARE_METATYPE(LockLens::Scenario)
