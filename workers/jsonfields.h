// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The run document's readers and writers of single values (rundocument.cpp, tracejson.cpp):
// what a reader takes from a value absent or of another type, and the precisions written.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace LockLens::JsonFields {

// The precisions of the document: durations to the millisecond, times and waits in the series
// to the microsecond (so that a wait never prints longer than the interval that holds it),
// latencies and shares to four decimals, rates to one.
inline double round3(double v)
{
    return std::round(v * 1e3) / 1e3;
}
inline double round4(double v)
{
    return std::round(v * 1e4) / 1e4;
}
inline double round6(double v)
{
    return std::round(v * 1e6) / 1e6;
}

inline QString key(const char *k)
{
    return QLatin1String(k);
}

// What the reader takes from a value: its default when absent or of another type.
inline double number(const QJsonObject &o, const char *k)
{
    return o.value(key(k)).toDouble();
}
// A count from a number, within the type's range (a cast of a value beyond it is undefined):
// negative and NaN read as 0, beyond 2^64 as the largest count.
inline std::uint64_t toCount(double v)
{
    if (!(v > 0))
        return 0;
    return v < 0x1p64 ? std::uint64_t(v) : std::numeric_limits<std::uint64_t>::max();
}
inline std::uint64_t count(const QJsonObject &o, const char *k)
{
    return toCount(number(o, k));
}
inline std::int64_t integer(const QJsonObject &o, const char *k)
{
    const double v = number(o, k);
    if (std::isnan(v))
        return 0;
    if (v >= 0x1p63)
        return std::numeric_limits<std::int64_t>::max();
    return v > -0x1p63 ? std::int64_t(v) : std::numeric_limits<std::int64_t>::min();
}
inline QString text(const QJsonObject &o, const char *k)
{
    return o.value(key(k)).toString();
}
inline bool flag(const QJsonObject &o, const char *k)
{
    return o.value(key(k)).toBool();
}
inline QJsonObject object(const QJsonObject &o, const char *k)
{
    return o.value(key(k)).toObject();
}
inline QJsonArray array(const QJsonObject &o, const char *k)
{
    return o.value(key(k)).toArray();
}
inline QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

template<typename T, typename Write> inline QJsonArray arrayOf(const std::vector<T> &items, Write write)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(write(item));
    return a;
}

template<typename T, typename Read> inline std::vector<T> listFrom(const QJsonArray &a, Read read)
{
    std::vector<T> items;
    items.reserve(std::size_t(a.size()));
    for (const QJsonValue &v : a)
        items.push_back(read(v.toObject()));
    return items;
}

} // namespace LockLens::JsonFields
