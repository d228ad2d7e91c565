// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fixtures/scenariofixture.h"
#include "workers/presets.h"
#include "workers/scenario.h"
#include "workers/scenariolimits.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace LockLens;

class TestScenario : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void rejectsBadJson_data();
    void rejectsBadJson();
    void foreignKeysKey();
    void serverKeys();
    void theSameLoadOnPostgres();
    void validate_data();
    void validate();
    void validateRefusesEveryNumberOutOfItsLimit_data();
    void validateRefusesEveryNumberOutOfItsLimit();
    void messagesNameTheLimits();
    void mixParse_data();
    void mixParse();
    void retryBackoffParse_data();
    void retryBackoffParse();
    void retryBackoffDelays();
    void presetsLoadAndValidate();
    void warningsNameTheTraps();
    void sharedMemoryTableLocksWarned_data();
    void sharedMemoryTableLocksWarned();
};

void TestScenario::roundTrip_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::newRow("defaults") << Scenario();
    QTest::newRow("every field") << Fixture::everyField();
    Scenario m;
    m.memoryName = QStringLiteral("shared mem");
    m.strategy = Strategy::Pool;
    m.txMode = TxMode::Autocommit;
    m.busyPolicy = BusyPolicy::None;
    QTest::newRow("memory, pool, autocommit, none") << m;
    Scenario d;
    d.txMode = TxMode::Deferred;
    d.strategy = Strategy::Shared;
    d.driverPath = DriverPath::Native;
    QTest::newRow("deferred, shared, native") << d;
    Scenario f;
    f.retryBackoff = { RetryBackoff::Kind::Fixed, 7, 100 };
    QTest::newRow("fixed back-off") << f;
    Scenario n;
    n.retryBackoff.kind = RetryBackoff::Kind::None;
    QTest::newRow("no back-off") << n;
}

void TestScenario::roundTrip()
{
    QFETCH(Scenario, scenario);
    // Through text, as a saved file would go.
    const QByteArray text = QJsonDocument(scenario.toJson()).toJson();
    Scenario back;
    QString why;
    QVERIFY2(Scenario::fromJson(QJsonDocument::fromJson(text).object(), &back, &why), qPrintable(why));
    QCOMPARE(back.toJson(), scenario.toJson());
    QVERIFY(back == scenario);
}

void TestScenario::rejectsBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown key") << QByteArray(R"({"wokers": 3})") << QStringLiteral("wokers");
    QTest::newRow("string for number") << QByteArray(R"({"workers": "3"})") << QStringLiteral("workers");
    QTest::newRow("zero workers") << QByteArray(R"({"workers": 0})") << QStringLiteral("workers");
    QTest::newRow("negative readers") << QByteArray(R"({"readers": -1})") << QStringLiteral("readers");
    QTest::newRow("too many readers") << QByteArray(R"({"readers": 1025})") << QStringLiteral("readers");
    QTest::newRow("fraction") << QByteArray(R"({"batch": 1.5})") << QStringLiteral("batch");
    QTest::newRow("bad enum") << QByteArray(R"({"tx_mode": "sometimes"})") << QStringLiteral("sometimes");
    QTest::newRow("bad bool") << QByteArray(R"({"instrument": 1})") << QStringLiteral("instrument");
    QTest::newRow("bad mix op") << QByteArray(R"({"mix": {"upsert": 1}})") << QStringLiteral("upsert");
    QTest::newRow("negative weight") << QByteArray(R"({"mix": {"insert": -1}})") << QStringLiteral("insert");
    QTest::newRow("mix type") << QByteArray(R"({"mix": [1, 2]})") << QStringLiteral("mix");
    QTest::newRow("bad back-off") << QByteArray(R"({"retry_backoff": "linear:3"})")
                                  << QStringLiteral("retry_backoff");
    QTest::newRow("back-off type") << QByteArray(R"({"retry_backoff": 5})") << QStringLiteral("retry_backoff");
}

void TestScenario::rejectsBadJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    Scenario s;
    QString why;
    QVERIFY(!Scenario::fromJson(QJsonDocument::fromJson(json).object(), &s, &why));
    QVERIFY2(why.contains(mentions), qPrintable(why));
}

void TestScenario::foreignKeysKey()
{
    // Off unless asked (SQLite's default), written as a bool, and read back.
    Scenario s;
    QCOMPARE(s.foreignKeys, false);
    QCOMPARE(s.toJson().value(QLatin1String("foreign_keys")), QJsonValue(false));
    QString why;
    QVERIFY2(Scenario::fromJson(QJsonDocument::fromJson(R"({"foreign_keys": true})").object(), &s, &why),
        qPrintable(why));
    QVERIFY(s.foreignKeys);
    QCOMPARE(s.toJson().value(QLatin1String("foreign_keys")), QJsonValue(true));
    QVERIFY(Scenario::fromJson(QJsonObject {}, &s, &why));
    QVERIFY(!s.foreignKeys);
    QVERIFY(!Scenario::fromJson(QJsonDocument::fromJson(R"({"foreign_keys": "on"})").object(), &s, &why));
    QVERIFY2(why.contains(QLatin1String("foreign_keys")) && why.contains(QLatin1String("true or false")),
        qPrintable(why));
    Scenario on, off;
    on.foreignKeys = true;
    QVERIFY(on != off);
}

void TestScenario::serverKeys()
{
    // A SQLite scenario's JSON is as it was; a PostgreSQL one names its engine, its server
    // without the password, and its isolation, and reads back.
    Scenario s;
    QVERIFY(!s.toJson().contains(QLatin1String("engine")));
    s.engine = Engine::PostgreSQL;
    s.server = QStringLiteral("postgresql://load:hunter2@db.example:5433/bench?sslmode=require");
    s.isolation = Isolation::RepeatableRead;
    const QJsonObject o = s.toJson();
    QCOMPARE(o.value(QLatin1String("engine")).toString(), QStringLiteral("postgresql"));
    QCOMPARE(o.value(QLatin1String("isolation")).toString(), QStringLiteral("repeatable-read"));
    QCOMPARE(o.value(QLatin1String("server")).toString(),
        QStringLiteral("postgresql://load@db.example:5433/bench?sslmode=require"));
    QVERIFY(!QJsonDocument(o).toJson().contains("hunter2"));
    Scenario back;
    QString why;
    QVERIFY2(Scenario::fromJson(o, &back, &why), qPrintable(why));
    QVERIFY(back.engine == Engine::PostgreSQL);
    QVERIFY(back.isolation == Isolation::RepeatableRead);
    QCOMPARE(back.server, o.value(QLatin1String("server")).toString());
    QVERIFY(!Scenario::fromJson(QJsonDocument::fromJson(R"({"engine": "mysql"})").object(), &back, &why));
    QVERIFY2(why.contains(QLatin1String("engine")), qPrintable(why));
    QVERIFY(Scenario::fromJson(QJsonDocument::fromJson(R"({"engine": "postgres"})").object(), &back, &why));
    QVERIFY(back.engine == Engine::PostgreSQL);
}

void TestScenario::validate_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); // empty: valid
    QTest::newRow("defaults") << QByteArray("{}") << QString();
    QTest::newRow("autocommit batch")
        << QByteArray(R"({"tx_mode": "autocommit", "batch": 10})") << QStringLiteral("autocommit");
    QTest::newRow("journal") << QByteArray(R"({"journal_mode": "wall"})") << QStringLiteral("wall");
    QTest::newRow("synchronous") << QByteArray(R"({"synchronous": "sometimes"})")
                                 << QStringLiteral("sometimes");
    QTest::newRow("no work") << QByteArray(R"({"ops_per_worker": 0})") << QStringLiteral("duration");
    QTest::newRow("empty mix") << QByteArray(R"({"mix": {"insert": 0}})") << QStringLiteral("mix");
    QTest::newRow("file and memory") << QByteArray(R"({"database": "a.db", "memory": "m"})")
                                     << QStringLiteral("not both");
    QTest::newRow("memory name") << QByteArray(R"({"memory": "a?b"})") << QStringLiteral("'?'");
    QTest::newRow("empty table") << QByteArray(R"({"table": ""})") << QStringLiteral("name");
    QTest::newRow("rate too small") << QByteArray(R"({"rate": 1e-300})") << QStringLiteral("0.01");
    QTest::newRow("readers with any strategy")
        << QByteArray(R"({"readers": 2, "strategy": "shared"})") << QString();
    QTest::newRow("too many connections")
        << QByteArray(R"({"workers": 1000, "readers": 100})") << QStringLiteral("1100 connections");
    // PostgreSQL: what SQLite has and the server has not, and the other way round.
    QTest::newRow("postgresql") << QByteArray(R"({"engine": "postgresql"})") << QString();
    QTest::newRow("postgresql server")
        << QByteArray(R"({"engine": "postgresql", "server": "postgresql://u@h:5433/db", "isolation": "serializable"})")
        << QString();
    QTest::newRow("server without engine") << QByteArray(R"({"server": "postgresql://h/db"})")
                                           << QStringLiteral("--engine postgresql");
    QTest::newRow("isolation on sqlite") << QByteArray(R"({"isolation": "repeatable-read"})")
                                         << QStringLiteral("always serializable");
    QTest::newRow("bad server") << QByteArray(R"({"engine": "postgresql", "server": "postgresql://h:99999/db"})")
                                << QStringLiteral("the port is not a number");
    QTest::newRow("file on postgresql") << QByteArray(R"({"engine": "postgresql", "database": "a.db"})")
                                        << QStringLiteral("no database file");
    QTest::newRow("split on postgresql") << QByteArray(R"({"engine": "postgresql", "strategy": "split"})")
                                         << QStringLiteral("per-thread, pool, shared or writer-queue");
    QTest::newRow("exclusive on postgresql") << QByteArray(R"({"engine": "postgresql", "tx_mode": "exclusive"})")
                                             << QStringLiteral("--isolation");
    QTest::newRow("pg_ table") << QByteArray(R"({"engine": "postgresql", "table": "pg_load"})")
                               << QStringLiteral("pg_");
}

void TestScenario::validate()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    Scenario s;
    QString why;
    QVERIFY2(Scenario::fromJson(QJsonDocument::fromJson(json).object(), &s, &why), qPrintable(why));
    const QString v = s.validate();
    if (problem.isEmpty())
        QVERIFY2(v.isEmpty(), qPrintable(v));
    else
        QVERIFY2(v.contains(problem), qPrintable(v));
}

void TestScenario::validateRefusesEveryNumberOutOfItsLimit_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("mentions");
    auto row = [](const char *key, double value, const char *mentions) {
        QTest::addRow("%s %g", key, value)
            << QString::fromLatin1(key) << value << QString::fromLatin1(mentions);
    };
    row("workers", Limits::workers.hi + 1, "workers");
    row("readers", Limits::readers.lo - 1, "readers");
    row("payload_bytes", Limits::payloadBytes.hi + 1, "the payload");
    row("batch", Limits::batch.hi + 1, "'batch'");
    row("batch", Limits::batch.lo - 1, "rows per transaction");
    row("range_rows", Limits::rangeRows.hi + 1, "'range_rows'");
    row("range_rows", Limits::rangeRows.lo - 1, "'range_rows'");
    row("prefill_rows", Limits::prefillRows.hi + 1, "'prefill_rows'");
    row("busy_timeout_ms", Limits::busyTimeoutMs.hi + 1, "'busy_timeout_ms'");
    row("max_tries", Limits::maxTries.hi + 1, "'max_tries'");
    row("duration_s", Limits::durationS.hi + 1, "'duration_s'");
    row("duration_s", Limits::durationS.lo / 2, "'duration_s'");
    row("ops_per_worker", Limits::opsPerWorker.hi + 1, "'ops_per_worker'");
    row("rate", Limits::rate.hi * 2, "'rate'");
    row("seed", Limits::seed.hi + 1, "'seed'");
}

// A scenario built in code (the wizard's, a program's) meets the limits a scenario file is
// held to: validate() checks every number against workers/scenariolimits.h.
void TestScenario::validateRefusesEveryNumberOutOfItsLimit()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(QString, mentions);
    Scenario s;
    QVERIFY(s.validate().isEmpty());
    const std::pair<const char *, std::function<void(double)>> setters[] = {
        { "workers", [&s](double v) { s.workers = int(v); } },
        { "readers", [&s](double v) { s.readers = int(v); } },
        { "payload_bytes", [&s](double v) { s.payloadBytes = int(v); } },
        { "batch", [&s](double v) { s.batch = int(v); } },
        { "range_rows", [&s](double v) { s.rangeRows = int(v); } },
        { "prefill_rows", [&s](double v) { s.prefillRows = std::int64_t(v); } },
        { "busy_timeout_ms", [&s](double v) { s.busyTimeoutMs = int(v); } },
        { "max_tries", [&s](double v) { s.maxTries = int(v); } },
        { "duration_s", [&s](double v) { s.durationS = v; } },
        { "ops_per_worker", [&s](double v) { s.opsPerWorker = std::int64_t(v); } },
        { "rate", [&s](double v) { s.rate = v; } },
        { "seed", [&s](double v) { s.seed = std::uint64_t(v); } },
    };
    bool set = false;
    for (const auto &[name, apply] : setters) {
        if (key == QLatin1String(name)) {
            apply(value);
            set = true;
        }
    }
    QVERIFY(set);
    const QString why = s.validate();
    QVERIFY2(why.contains(mentions), qPrintable(why));
    // A scenario file with that value is refused too, by its reader or by validate().
    QJsonObject o = Scenario().toJson();
    o.insert(key, value);
    QString fileWhy;
    if (Scenario::fromJson(o, &s, &fileWhy))
        fileWhy = s.validate();
    QVERIFY2(fileWhy.contains(key), qPrintable(fileWhy));
}

// The messages that spell a limit out in words say what workers/scenariolimits.h holds.
void TestScenario::messagesNameTheLimits()
{
    auto range
        = [](const Limit &l) { return QStringLiteral("from %1 to %2").arg(qint64(l.lo)).arg(qint64(l.hi)); };
    Scenario s;
    s.workers = 0;
    QVERIFY2(s.validate().contains(range(Limits::workers)), qPrintable(s.validate()));
    s = Scenario();
    s.readers = -1;
    QVERIFY2(s.validate().contains(range(Limits::readers)), qPrintable(s.validate()));
    s = Scenario();
    s.workers = int(Limits::workers.hi);
    s.readers = 1;
    QVERIFY2(s.validate().contains(QStringLiteral("at most %1 are allowed").arg(Limits::connections)),
        qPrintable(s.validate()));
    s = Scenario();
    s.payloadBytes = -1;
    QVERIFY2(s.validate().contains(QStringLiteral("from %1 to %2 MiB")
                                       .arg(qint64(Limits::payloadBytes.lo))
                                       .arg(qint64(Limits::payloadBytes.hi) >> 20)),
        qPrintable(s.validate()));
    s = Scenario();
    s.rate = Limits::minRate / 2;
    QVERIFY2(s.validate().contains(QStringLiteral("at least %1 operations").arg(Limits::minRate)),
        qPrintable(s.validate()));
    OpMix mix;
    QString why;
    QVERIFY(!OpMix::parse(QStringLiteral("insert=-1"), &mix, &why));
    QVERIFY2(why.contains(range(Limits::mixWeight)), qPrintable(why));
    RetryBackoff b;
    QVERIFY(!RetryBackoff::parse(QStringLiteral("fixed:0"), &b, &why));
    QVERIFY2(why.contains(range(Limits::backoffMs)), qPrintable(why));
    QCOMPARE(Scenario::SplitFilesCeiling, int(Limits::splitFiles.hi));
}

void TestScenario::mixParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("insert");
    QTest::addColumn<int>("update");
    QTest::addColumn<int>("remove");
    QTest::addColumn<int>("point");
    QTest::addColumn<int>("range");
    QTest::newRow("issue example") << QStringLiteral("insert=70,update=20,read=10") << true << 70 << 20 << 0
                                   << 10 << 0;
    QTest::newRow("all") << QStringLiteral("insert=1, update=2, delete=3, point=4, range=5") << true << 1 << 2
                         << 3 << 4 << 5;
    QTest::newRow("unknown") << QStringLiteral("insert=1,merge=2") << false << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("no weight") << QStringLiteral("insert") << false << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("all zero") << QStringLiteral("insert=0") << false << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("empty") << QString() << false << 0 << 0 << 0 << 0 << 0;
}

void TestScenario::mixParse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    OpMix m;
    QString why;
    QCOMPARE(OpMix::parse(text, &m, &why), ok);
    if (!ok) {
        QVERIFY(!why.isEmpty());
        return;
    }
    QFETCH(int, insert);
    QFETCH(int, update);
    QFETCH(int, remove);
    QFETCH(int, point);
    QFETCH(int, range);
    QCOMPARE(m.insert, insert);
    QCOMPARE(m.update, update);
    QCOMPARE(m.remove, remove);
    QCOMPARE(m.pointRead, point);
    QCOMPARE(m.rangeRead, range);
    OpMix again;
    QVERIFY(OpMix::parse(m.toString(), &again, &why));
    QVERIFY(again == m);
}

void TestScenario::presetsLoadAndValidate()
{
    const auto all = Presets::all();
    QStringList names;
    for (const Scenario &s : all) {
        names << s.name;
        QVERIFY2(s.validate().isEmpty(), qPrintable(s.name + QStringLiteral(": ") + s.validate()));
        QVERIFY2(!s.description.isEmpty(), qPrintable(s.name));
    }
    // Every file in resources/presets parsed (none was skipped as broken).
    QCOMPARE(all.size(),
        std::size_t(QDir(QStringLiteral(":/presets")).entryList({ QStringLiteral("*.json") }).size()));
    QVERIFY(names.contains(QStringLiteral("seed-shared-connection")));
    QVERIFY(names.contains(QStringLiteral("seed-best")));
    Scenario seed;
    QString why;
    QVERIFY(Presets::find(QStringLiteral("seed-shared-connection"), &seed, &why));
    QCOMPARE(seed.workers, 10);
    QCOMPARE(seed.opsPerWorker, 100000);
    QVERIFY(seed.strategy == Strategy::Shared);
    QVERIFY(seed.isMemory());
    QVERIFY(!Presets::find(QStringLiteral("no-such-preset"), &seed, &why));
    QVERIFY(why.contains(QStringLiteral("seed-best")));
}

void TestScenario::warningsNameTheTraps()
{
    Scenario s;
    s.txMode = TxMode::Deferred;
    s.readBeforeWrite = true;
    QVERIFY(s.warnings().join(QLatin1Char(' ')).contains(QStringLiteral("IMMEDIATE")));
    s.txMode = TxMode::Immediate;
    QVERIFY(s.warnings().isEmpty());
    s.synchronous = QStringLiteral("off");
    QCOMPARE(s.warnings().size(), 1);
    s.synchronous = QStringLiteral("normal");
    s.journalMode = QStringLiteral("delete"); // writes only: nobody reads, nobody is blocked
    QVERIFY(s.warnings().isEmpty());
    s.readers = 1; // the reader group reads while the workers write
    QVERIFY(s.warnings().join(QLatin1Char(' ')).contains(QStringLiteral("readers and the writer block")));
}

void TestScenario::sharedMemoryTableLocksWarned_data()
{
    // Measured with locklens run --memory: 4 per-thread workers in IMMEDIATE transactions of
    // 5 rows got SQLITE_LOCKED in 1276 of 1600 transactions with a 5000 ms busy timeout and
    // not one busy-handler call; autocommit, the shared strategy and a writer queue without
    // readers got none.
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<bool>("warned");
    Scenario base;
    base.memoryName = QStringLiteral("mem");
    base.journalMode = QStringLiteral("memory");
    base.mix = { 50, 50, 0, 0, 0 };
    base.batch = 5;
    QTest::newRow("per-thread, immediate") << base << true;
    Scenario s = base;
    s.strategy = Strategy::Pool;
    QTest::newRow("pool") << s << true;
    s = base;
    s.mix = { 0, 0, 0, 100, 0 };
    QTest::newRow("reads only, but BEGIN IMMEDIATE") << s << true;
    s.txMode = TxMode::Deferred;
    QTest::newRow("reads only, deferred") << s << false;
    s = base;
    s.txMode = TxMode::Autocommit;
    s.batch = 1;
    QTest::newRow("autocommit") << s << false;
    s = base;
    s.strategy = Strategy::Shared;
    QTest::newRow("shared connection") << s << false;
    s = base;
    s.workers = 1;
    QTest::newRow("one worker") << s << false;
    s = base;
    s.strategy = Strategy::WriterQueue;
    s.mix = { 90, 0, 0, 10, 0 };
    QTest::newRow("writer queue with readers") << s << true;
    s.mix = { 100, 0, 0, 0, 0 };
    QTest::newRow("writer queue, writes only") << s << false;
    s.readers = 1; // the reader group meets the writer's table locks
    QTest::newRow("writer queue, writes only, reader group") << s << true;
    s = base;
    s.strategy = Strategy::Shared;
    s.readers = 2;
    QTest::newRow("shared connection, reader group") << s << true;
    s = base;
    s.memoryName.clear();
    s.journalMode = QStringLiteral("wal");
    QTest::newRow("file database") << s << false;
}

void TestScenario::sharedMemoryTableLocksWarned()
{
    QFETCH(Scenario, scenario);
    QFETCH(bool, warned);
    QCOMPARE(scenario.warnings().join(QLatin1Char(' ')).contains(QStringLiteral("SQLITE_LOCKED")), warned);
}

void TestScenario::retryBackoffParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised"); // empty: refused
    QTest::newRow("none") << QStringLiteral("none") << QStringLiteral("none");
    QTest::newRow("fixed") << QStringLiteral("fixed:25") << QStringLiteral("fixed:25");
    QTest::newRow("exponential") << QStringLiteral("exponential:2:500") << QStringLiteral("exponential:2:500");
    QTest::newRow("exponential, default cap") << QStringLiteral("Exponential:1") << QStringLiteral("exponential:1:100");
    QTest::newRow("exponential, from above the cap") << QStringLiteral("exponential:500")
                                                     << QStringLiteral("exponential:500:500");
    QTest::newRow("spaces") << QStringLiteral(" fixed: 3 ") << QStringLiteral("fixed:3");
    QTest::newRow("unknown kind") << QStringLiteral("linear:5") << QString();
    QTest::newRow("none with a number") << QStringLiteral("none:5") << QString();
    QTest::newRow("fixed without delay") << QStringLiteral("fixed") << QString();
    QTest::newRow("zero") << QStringLiteral("fixed:0") << QString();
    QTest::newRow("too long") << QStringLiteral("fixed:60001") << QString();
    QTest::newRow("min above max") << QStringLiteral("exponential:50:10") << QString();
    QTest::newRow("not a number") << QStringLiteral("exponential:a:b") << QString();
    QTest::newRow("too many parts") << QStringLiteral("exponential:1:2:3") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestScenario::retryBackoffParse()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    RetryBackoff b;
    b.kind = RetryBackoff::Kind::Fixed; // a refusal leaves it alone
    QString why;
    const bool ok = RetryBackoff::parse(text, &b, &why);
    QCOMPARE(ok, !normalised.isEmpty());
    if (ok) {
        QCOMPARE(b.toString(), normalised);
        QVERIFY(why.isEmpty());
    } else {
        QCOMPARE(b.kind, RetryBackoff::Kind::Fixed);
        QVERIFY2(why.contains(QStringLiteral("exponential:MIN:MAX")), qPrintable(why));
    }
}

void TestScenario::retryBackoffDelays()
{
    RetryBackoff e; // the default: exponential from 1 ms up to 100 ms
    QCOMPARE(e.toString(), QStringLiteral("exponential:1:100"));
    QCOMPARE(e.nominalMs(1), 1.0);
    QCOMPARE(e.nominalMs(2), 2.0);
    QCOMPARE(e.nominalMs(7), 64.0);
    QCOMPARE(e.nominalMs(8), 100.0);
    QCOMPARE(e.nominalMs(1000000), 100.0); // no overflow however many tries
    const RetryBackoff f { RetryBackoff::Kind::Fixed, 15, 100 };
    QCOMPARE(f.nominalMs(1), 15.0);
    QCOMPARE(f.nominalMs(50), 15.0);
    const RetryBackoff n { RetryBackoff::Kind::None, 1, 100 };
    QCOMPARE(n.nominalMs(3), 0.0);
    // Files written before the key existed get the default.
    Scenario s;
    QString why;
    QVERIFY(Scenario::fromJson(QJsonObject(), &s, &why));
    QCOMPARE(s.retryBackoff, RetryBackoff());
    // Runs recorded before the back-off existed retried at once: their documents say so.
    QVERIFY(Scenario::fromRunJson(QJsonObject(), &s, &why));
    QCOMPARE(s.retryBackoff.toString(), QStringLiteral("none"));
    QVERIFY(Scenario::fromRunJson(Scenario().toJson(), &s, &why));
    QCOMPARE(s.retryBackoff, RetryBackoff());
}

// Run on PostgreSQL Too: the load carried over, SQLite's own settings left behind.
void TestScenario::theSameLoadOnPostgres()
{
    Scenario lite;
    lite.name = QStringLiteral("mine");
    lite.databasePath = QStringLiteral("/tmp/app.db");
    lite.journalMode = QStringLiteral("delete");
    lite.synchronous = QStringLiteral("full");
    lite.workers = 6;
    lite.readers = 2;
    lite.batch = 10;
    lite.payloadBytes = 300;
    lite.strategy = Strategy::Pool;
    lite.mix = { 50, 30, 0, 20, 0 };
    lite.txMode = TxMode::Exclusive;
    lite.busyPolicy = BusyPolicy::Spin;
    lite.maxTries = 4;
    lite.durationS = 7;
    lite.seed = 99;
    QString why;
    const std::optional<Scenario> pg = lite.onPostgres(QStringLiteral("postgresql://me@db/bench"), &why);
    QVERIFY2(pg, qPrintable(why));
    QVERIFY(pg->onServer());
    QCOMPARE(pg->server, QStringLiteral("postgresql://me@db/bench"));
    QVERIFY(pg->databasePath.isEmpty());
    QVERIFY(pg->txMode == TxMode::Immediate); // BEGIN, as EXCLUSIVE was
    QVERIFY(pg->busyPolicy == BusyPolicy::Sqlite); // lock_timeout
    QVERIFY(pg->validate().isEmpty());
    QVERIFY2(pg->warnings().isEmpty(), qPrintable(pg->warnings().join(QLatin1Char('|'))));
    Scenario back = *pg; // what stays is the load
    back.engine = lite.engine;
    back.server = lite.server;
    back.databasePath = lite.databasePath;
    back.journalMode = lite.journalMode;
    back.synchronous = lite.synchronous;
    back.txMode = lite.txMode;
    back.busyPolicy = lite.busyPolicy;
    QVERIFY(back == lite);
    QVERIFY(lite.onPostgres(QString(), &why)->server.isEmpty()); // a temporary cluster
    // What cannot be carried over says why.
    Scenario split = lite;
    split.strategy = Strategy::Split;
    split.splitFiles = 2;
    QVERIFY(!split.onPostgres(QString(), &why));
    QVERIFY2(why.contains(QLatin1String("split files")), qPrintable(why));
    Scenario existing = lite;
    existing.existingTable = true;
    QVERIFY(!existing.onPostgres(QString(), &why));
    QVERIFY2(why.contains(QLatin1String("table of the database file")), qPrintable(why));
    Scenario reserved = lite;
    reserved.table = QStringLiteral("pg_mine");
    QVERIFY(!reserved.onPostgres(QString(), &why));
    QVERIFY2(why.contains(QLatin1String("pg_")), qPrintable(why));
    QVERIFY(!pg->onPostgres(QString(), &why)); // already
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
