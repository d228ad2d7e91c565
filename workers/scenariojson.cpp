// SPDX-License-Identifier: GPL-3.0-or-later
// A scenario as JSON, both ways: the object a scenario file, a preset and a run's result hold.
#include "workers/scenario.h"

#include "workers/postgres/serveraddress.h"

#include <QJsonValue>

#include <cmath>

namespace LockLens {

namespace {

// The server as stored: without its password (and as given when it cannot be read, which
// validate() refuses before any run).
QJsonValue storedServer(const QString &server)
{
    if (server.isEmpty())
        return QJsonValue();
    QString ignored;
    std::optional<Postgres::ServerAddress> a = Postgres::ServerAddress::parse(server, &ignored);
    if (!a)
        return server.contains(QLatin1Char('@')) || server.contains(QLatin1String("password"), Qt::CaseInsensitive)
            ? QJsonValue(QStringLiteral("(unreadable address)"))
            : QJsonValue(server);
    a->password.clear();
    return a->shown();
}

} // namespace

QJsonObject Scenario::toJson() const
{
    QJsonObject mixObj { { QStringLiteral("insert"), mix.insert }, { QStringLiteral("update"), mix.update },
        { QStringLiteral("delete"), mix.remove }, { QStringLiteral("point_read"), mix.pointRead },
        { QStringLiteral("range_read"), mix.rangeRead } };
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("database"), databasePath.isEmpty() ? QJsonValue() : QJsonValue(databasePath));
    o.insert(QStringLiteral("memory"), memoryName.isEmpty() ? QJsonValue() : QJsonValue(memoryName));
    o.insert(QStringLiteral("table"), table);
    o.insert(QStringLiteral("existing_table"), existingTable);
    o.insert(QStringLiteral("foreign_keys"), foreignKeys);
    o.insert(QStringLiteral("journal_mode"), journalMode);
    o.insert(QStringLiteral("synchronous"), synchronous);
    o.insert(QStringLiteral("workers"), workers);
    o.insert(QStringLiteral("readers"), readers);
    o.insert(QStringLiteral("split_files"), splitFiles);
    o.insert(QStringLiteral("mix"), mixObj);
    o.insert(QStringLiteral("payload_bytes"), payloadBytes);
    o.insert(QStringLiteral("batch"), batch);
    o.insert(QStringLiteral("range_rows"), rangeRows);
    o.insert(QStringLiteral("prefill_rows"), double(prefillRows));
    o.insert(QStringLiteral("tx_mode"), toString(txMode));
    o.insert(QStringLiteral("read_before_write"), readBeforeWrite);
    o.insert(QStringLiteral("busy_policy"), toString(busyPolicy));
    o.insert(QStringLiteral("busy_timeout_ms"), busyTimeoutMs);
    o.insert(QStringLiteral("max_tries"), maxTries);
    o.insert(QStringLiteral("retry_backoff"), retryBackoff.toString());
    o.insert(QStringLiteral("strategy"), toString(strategy));
    o.insert(QStringLiteral("driver_path"), toString(driverPath));
    o.insert(QStringLiteral("duration_s"), durationS);
    o.insert(QStringLiteral("ops_per_worker"), double(opsPerWorker));
    o.insert(QStringLiteral("rate"), rate);
    o.insert(QStringLiteral("seed"), double(seed));
    o.insert(QStringLiteral("instrument"), instrument);
    o.insert(QStringLiteral("record_locks"), recordLocks);
    if (onServer()) { // a SQLite scenario's JSON is as it was before PostgreSQL
        o.insert(QStringLiteral("engine"), toString(engine));
        o.insert(QStringLiteral("server"), storedServer(server));
        o.insert(QStringLiteral("isolation"), toString(isolation));
    }
    return o;
}

namespace {

// Reads a scenario's keys from a JSON object; the first refusal is kept in `error`, naming
// the key (the messages are the scenario's: Scenario::tr).
class JsonFields
{
public:
    explicit JsonFields(const QJsonObject &o)
        : m_o(o)
    {
    }
    const QString &error() const { return m_error; }

    bool fail(const QString &key, const QString &why)
    {
        m_error = Scenario::tr("scenario key '%1': %2").arg(key, why);
        return false;
    }
    bool string(const char *key, QString *dst, bool nullable)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (v.isNull() && nullable) {
            dst->clear();
            return true;
        }
        if (!v.isString())
            return fail(QLatin1String(key), Scenario::tr("expected a string"));
        *dst = v.toString();
        return true;
    }
    // A file may hold 0 where 0 means "not used" (Limit::fileLo); 0 < d < lo is validate()'s.
    bool number(const char *key, const Limit &limit, double *dst)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || !std::isfinite(d) || d < limit.fileLo() || d > limit.hi
            || (limit.integral && std::floor(d) != d)) {
            m_error = limit.refusal(key, limit.fileLo());
            return false;
        }
        *dst = d;
        return true;
    }
    template<typename T> bool integer(const char *key, const Limit &limit, T *dst)
    {
        double d = double(*dst);
        if (!number(key, limit, &d))
            return false;
        *dst = static_cast<T>(d);
        return true;
    }
    bool boolean(const char *key, bool *dst)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(QLatin1String(key), Scenario::tr("expected true or false"));
        *dst = v.toBool();
        return true;
    }
    template<typename E> bool enumeration(const char *key, E *dst)
    {
        QString text;
        if (!string(key, &text, false))
            return false;
        if (!text.isEmpty() && !parse(text, dst))
            return fail(QLatin1String(key), Scenario::tr("unknown value '%1'").arg(text));
        return true;
    }

private:
    const QJsonObject &m_o;
    QString m_error;
};

// The first key of o that a scenario does not have; empty when it has them all.
QString unknownKey(const QJsonObject &o)
{
    static const QStringList known = { QStringLiteral("name"), QStringLiteral("description"),
        QStringLiteral("database"), QStringLiteral("memory"), QStringLiteral("table"),
        QStringLiteral("existing_table"), QStringLiteral("foreign_keys"), QStringLiteral("journal_mode"),
        QStringLiteral("synchronous"), QStringLiteral("workers"), QStringLiteral("mix"),
        QStringLiteral("payload_bytes"), QStringLiteral("batch"), QStringLiteral("range_rows"),
        QStringLiteral("prefill_rows"), QStringLiteral("tx_mode"), QStringLiteral("read_before_write"),
        QStringLiteral("busy_policy"), QStringLiteral("busy_timeout_ms"), QStringLiteral("max_tries"),
        QStringLiteral("strategy"), QStringLiteral("driver_path"), QStringLiteral("duration_s"),
        QStringLiteral("ops_per_worker"), QStringLiteral("rate"), QStringLiteral("seed"),
        QStringLiteral("instrument"), QStringLiteral("record_locks"), QStringLiteral("readers"),
        QStringLiteral("split_files"), QStringLiteral("retry_backoff"), QStringLiteral("engine"),
        QStringLiteral("server"), QStringLiteral("isolation") };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return it.key();
    }
    return {};
}

// The keys that hold one value each, in the order they are checked.
bool readValues(JsonFields &f, Scenario &s)
{
    return f.string("name", &s.name, true) && f.string("description", &s.description, true)
        && f.string("database", &s.databasePath, true) && f.string("memory", &s.memoryName, true)
        && f.string("table", &s.table, false) && f.boolean("existing_table", &s.existingTable)
        && f.boolean("foreign_keys", &s.foreignKeys) && f.string("journal_mode", &s.journalMode, false)
        && f.string("synchronous", &s.synchronous, false) && f.integer("workers", Limits::workers, &s.workers)
        && f.integer("readers", Limits::readers, &s.readers)
        && f.integer("split_files", Limits::splitFiles, &s.splitFiles)
        && f.integer("payload_bytes", Limits::payloadBytes, &s.payloadBytes)
        && f.integer("batch", Limits::batch, &s.batch)
        && f.integer("range_rows", Limits::rangeRows, &s.rangeRows)
        && f.integer("prefill_rows", Limits::prefillRows, &s.prefillRows)
        && f.enumeration("tx_mode", &s.txMode) && f.boolean("read_before_write", &s.readBeforeWrite)
        && f.enumeration("busy_policy", &s.busyPolicy)
        && f.integer("busy_timeout_ms", Limits::busyTimeoutMs, &s.busyTimeoutMs)
        && f.integer("max_tries", Limits::maxTries, &s.maxTries) && f.enumeration("strategy", &s.strategy)
        && f.enumeration("driver_path", &s.driverPath)
        && f.number("duration_s", Limits::durationS, &s.durationS)
        && f.integer("ops_per_worker", Limits::opsPerWorker, &s.opsPerWorker)
        && f.number("rate", Limits::rate, &s.rate) && f.integer("seed", Limits::seed, &s.seed)
        && f.boolean("instrument", &s.instrument) && f.boolean("record_locks", &s.recordLocks)
        && f.enumeration("engine", &s.engine) && f.string("server", &s.server, true)
        && f.enumeration("isolation", &s.isolation);
}

// "mix" as an object of weights by operation, every weight from 0 to 1000000.
bool readMixWeights(JsonFields &f, const QJsonObject &m, OpMix *out)
{
    OpMix mix { 0, 0, 0, 0, 0 };
    const std::pair<const char *, int *> fields[] = { { "insert", &mix.insert }, { "update", &mix.update },
        { "delete", &mix.remove }, { "point_read", &mix.pointRead }, { "range_read", &mix.rangeRead } };
    bool ok = true;
    for (auto it = m.begin(); ok && it != m.end(); ++it) {
        int *dst = nullptr;
        for (const auto &[k, p] : fields)
            if (it.key() == QLatin1String(k))
                dst = p;
        const double d = it.value().toDouble(-1);
        if (!dst)
            ok = f.fail(QStringLiteral("mix"), Scenario::tr("unknown operation '%1'").arg(it.key()));
        else if (!Limits::mixWeight.contains(d))
            ok = f.fail(QStringLiteral("mix"),
                Scenario::tr("weight of '%1' must be an integer from 0 to 1000000").arg(it.key()));
        else
            *dst = int(d);
    }
    *out = mix;
    return ok;
}

// "mix", when there: an object of weights or a string like insert=70,read=30.
bool readMix(JsonFields &f, const QJsonObject &o, OpMix *out)
{
    if (!o.contains(QLatin1String("mix")))
        return true;
    const QJsonValue mv = o.value(QLatin1String("mix"));
    if (mv.isString()) {
        QString why;
        return OpMix::parse(mv.toString(), out, &why) || f.fail(QStringLiteral("mix"), why);
    }
    if (mv.isObject())
        return readMixWeights(f, mv.toObject(), out);
    return f.fail(QStringLiteral("mix"),
        Scenario::tr("expected an object of weights or a string like insert=70,read=30"));
}

// "retry_backoff", when there: none, fixed:MS or exponential:MIN:MAX.
bool readBackoff(JsonFields &f, RetryBackoff *out)
{
    QString backoff, why;
    return f.string("retry_backoff", &backoff, false)
        && (backoff.isEmpty() || RetryBackoff::parse(backoff, out, &why)
            || f.fail(QStringLiteral("retry_backoff"), why));
}

} // namespace

bool Scenario::fromJson(const QJsonObject &o, Scenario *out, QString *error)
{
    if (const QString key = unknownKey(o); !key.isEmpty()) {
        *error = tr("unknown scenario key '%1'").arg(key);
        return false;
    }
    Scenario s;
    JsonFields fields(o);
    if (!readValues(fields, s) || !readMix(fields, o, &s.mix) || !readBackoff(fields, &s.retryBackoff)) {
        *error = fields.error();
        return false;
    }
    s.journalMode = s.journalMode.toLower();
    s.synchronous = s.synchronous.toLower();
    *out = s;
    return true;
}

bool Scenario::fromRunJson(const QJsonObject &o, Scenario *out, QString *error)
{
    if (!fromJson(o, out, error))
        return false;
    if (!o.contains(QLatin1String("retry_backoff")))
        out->retryBackoff.kind = RetryBackoff::Kind::None;
    return true;
}

} // namespace LockLens
