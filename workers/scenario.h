// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace LockLens {

enum class TxMode { Autocommit, Deferred, Immediate, Exclusive };
enum class BusyPolicy { Sqlite, Spin, None };
enum class Strategy { PerThread, Shared, WriterQueue, Pool };
enum class DriverPath { Auto, Native, Qt };

QString toString(TxMode m);
QString toString(BusyPolicy p);
QString toString(Strategy s);
QString toString(DriverPath d);
bool parse(const QString &text, TxMode *out);
bool parse(const QString &text, BusyPolicy *out);
bool parse(const QString &text, Strategy *out);
bool parse(const QString &text, DriverPath *out);

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

// Everything that defines a load test. Round-trips through JSON (toJson/fromJson).
struct Scenario
{
    QString name;
    QString description;

    QString databasePath; // empty and no memoryName: a temporary file, removed afterwards
    QString memoryName; // non-empty: file:NAME?mode=memory&cache=shared
    QString table = QStringLiteral("locklens_load");
    QString journalMode = QStringLiteral("wal");
    QString synchronous = QStringLiteral("normal");

    int workers = 4;
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
    Strategy strategy = Strategy::PerThread;
    DriverPath driverPath = DriverPath::Auto;

    double durationS = 0; // > 0: run for this long
    std::int64_t opsPerWorker = 10000; // used when durationS == 0
    double rate = 0; // total target ops/s; 0 = flat out
    std::uint64_t seed = 1;
    bool instrument = true; // per-operation timing and busy accounting
    bool recordLocks = true; // lock states through LockLens's VFS (file databases, instrumented runs)

    QJsonObject toJson() const;
    // Keys not given keep their defaults; unknown keys and bad values are errors.
    static bool fromJson(const QJsonObject &o, Scenario *out, QString *error);
    // Empty when the scenario can run; otherwise what is wrong, in one sentence.
    QString validate() const;
    // Known traps worth a warning (not errors).
    QStringList warnings() const;

    bool isMemory() const { return !memoryName.isEmpty(); }
    bool operator==(const Scenario &o) const;
    bool operator!=(const Scenario &o) const { return !(*this == o); }
};

} // namespace LockLens

Q_DECLARE_METATYPE(LockLens::Scenario)
