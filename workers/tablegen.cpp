// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/tablegen.h"

#include "workers/sqlite/sqlident.h"

#include <cstring>

namespace LockLens::TableGen {

namespace {

std::uint64_t mix64(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

std::uint64_t hashOf(const Op &op, std::uint64_t runSalt, int salt)
{
    return mix64((std::uint64_t(op.value) ^ runSalt) + std::uint64_t(salt) * 0x9e3779b97f4a7c15ull);
}

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm): no time zone, no locale.
void civilFromDays(std::int64_t z, int *y, int *m, int *d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = int(doy - (153 * mp + 2) / 5 + 1);
    *m = int(mp < 10 ? mp + 3 : mp - 9);
    *y = int(std::int64_t(yoe) + era * 400 + (*m <= 2));
}

void putDigits(char *at, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
}

constexpr char TextAlphabet[] = "abcdefghijklmnopqrstuvwxyz012345"; // 32 letters
constexpr char HexDigits[] = "0123456789abcdef";

// One function per column kind: the value of column c for the operation whose hash is h.

// One of the parent keys sampled at setup; NULL when the parent had none.
Value parentKeyValue(const ForeignKey &fk, const Column &c, const Op &op, std::uint64_t runSalt)
{
    const auto width = std::size_t(fk.columns.size());
    const std::size_t n = fk.keys.size() / width;
    if (n == 0)
        return Value {};
    const std::size_t row = std::size_t(hashOf(op, runSalt, 1000 + c.foreignKey) % n);
    return fk.keys[row * width + std::size_t(c.keyPosition)];
}

Value integerValue(const Column &c, std::uint64_t h)
{
    Value v;
    v.type = Value::Int;
    v.i = c.wide ? std::int64_t(h >> 1) : std::int64_t(h % 1'000'000'000u);
    return v;
}

Value realValue(std::uint64_t h)
{
    Value v;
    v.type = Value::Real;
    v.d = double(h >> 11) * (1.0 / 9007199254740992.0) * 1e6;
    return v;
}

Value numericValue(const Column &c, std::uint64_t h)
{
    Value v;
    if (c.wide) {
        v.type = Value::Int;
        v.i = std::int64_t(h >> 1);
    } else { // an amount in cents
        v.type = Value::Real; // SQLite keeps a whole amount as INTEGER, as NUMERIC does
        v.d = double(h % 100'000'000u) / 100.0;
    }
    return v;
}

Value booleanValue(std::uint64_t h)
{
    Value v;
    v.type = Value::Int;
    v.i = std::int64_t(h & 1);
    return v;
}

// 2001-09-09 .. 2011-01-14, UTC, as SQLite's date functions write it.
Value timestampValue(std::uint64_t h, char *scratch)
{
    const std::int64_t s = 1'000'000'000 + std::int64_t(h % 300'000'000u);
    int y, mo, d;
    civilFromDays(s / 86400, &y, &mo, &d);
    const int sec = int(s % 86400);
    std::memcpy(scratch, "0000-00-00 00:00:00", 19);
    putDigits(scratch, y, 4);
    putDigits(scratch + 5, mo, 2);
    putDigits(scratch + 8, d, 2);
    putDigits(scratch + 11, sec / 3600, 2);
    putDigits(scratch + 14, sec / 60 % 60, 2);
    putDigits(scratch + 17, sec % 60, 2);
    Value v;
    v.type = Value::Text;
    v.p = scratch;
    v.n = 19;
    return v;
}

Value textValue(const Column &c, std::uint64_t h, const char *payload, int payloadBytes, char *scratch)
{
    Value v;
    const int n = c.scratchBytes;
    if (n == 0) {
        v.type = c.notNull ? Value::Text : Value::Null;
        v.p = "";
        return v;
    }
    int i = 0;
    if (c.wide)
        for (; i < WideBytes; ++i)
            scratch[i] = HexDigits[(h >> (4 * i)) & 0xf];
    for (; i < n; ++i)
        scratch[i] = i < payloadBytes ? TextAlphabet[std::uint8_t(payload[i]) & 31] : 'x';
    v.type = Value::Text;
    v.p = scratch;
    v.n = n;
    return v;
}

Value blobValue(const Column &c, std::uint64_t h, const char *payload, int payloadBytes, char *scratch)
{
    Value v;
    v.type = Value::Blob;
    if (c.wide) {
        const int n = c.scratchBytes;
        for (int i = 0; i < n; ++i)
            scratch[i] = i < payloadBytes ? payload[i] : char(0);
        std::uint64_t x = h, y = ~h;
        std::memcpy(scratch, &x, 8);
        std::memcpy(scratch + 8, &y, 8);
        v.p = scratch;
        v.n = n;
    } else if (payloadBytes > 0) {
        v.p = payload;
        v.n = payloadBytes;
    } else {
        v.type = c.notNull ? Value::Blob : Value::Null;
        v.p = "";
    }
    return v;
}

} // namespace

QVariant Value::toVariant() const
{
    switch (type) {
    case Int:
        return QVariant(qint64(i));
    case Real:
        return QVariant(d);
    case Text:
        return QVariant(QString::fromUtf8(p, n));
    case Blob:
        return QVariant(QByteArray(p, n));
    case Null:
        break;
    }
    return QVariant(QMetaType::fromType<QString>());
}

StatementTexts TablePlan::statementTexts(const Scenario &sc) const
{
    StatementTexts t = StatementTexts::forScenario(sc);
    auto at = [&t](Stmt s) -> QString & { return t.sql[std::size_t(s)]; };
    const QString tbl = quoteIdentifier(table);
    QStringList names, marks, sets;
    for (const Column &c : insertColumns) {
        names << quoteIdentifier(c.name);
        marks << QStringLiteral("?");
    }
    for (const Column &c : updateColumns)
        sets << QStringLiteral("%1 = ?").arg(quoteIdentifier(c.name));
    at(Stmt::Insert) = names.isEmpty()
        ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(tbl)
        : QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
              .arg(tbl, names.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
    // Without an updatable column (updates are then not in the mix) a statement that parses.
    at(Stmt::Update)
        = QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
              .arg(tbl,
                  sets.isEmpty() ? QStringLiteral("%1 = %1").arg(rowid) : sets.join(QLatin1String(", ")),
                  rowid);
    at(Stmt::Delete) = QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(tbl, rowid);
    at(Stmt::PointRead) = QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(tbl, rowid);
    at(Stmt::RangeRead)
        = QStringLiteral("SELECT * FROM %1 WHERE %2 >= ? ORDER BY %2 LIMIT ?").arg(tbl, rowid);
    return t;
}

void TablePlan::generate(
    const Column &c, const Op &op, const char *payload, int payloadBytes, char *scratch, Value *out) const
{
    if (c.kind == Column::Kind::ForeignKey) {
        *out = parentKeyValue(foreignKeys[std::size_t(c.foreignKey)], c, op, runSalt);
        return;
    }
    const std::uint64_t h = hashOf(op, runSalt, c.salt);
    switch (c.kind) {
    case Column::Kind::Integer:
        *out = integerValue(c, h);
        return;
    case Column::Kind::Real:
        *out = realValue(h);
        return;
    case Column::Kind::Numeric:
        *out = numericValue(c, h);
        return;
    case Column::Kind::Boolean:
        *out = booleanValue(h);
        return;
    case Column::Kind::Timestamp:
        *out = timestampValue(h, scratch);
        return;
    case Column::Kind::Text:
        *out = textValue(c, h, payload, payloadBytes, scratch);
        return;
    case Column::Kind::Blob:
        *out = blobValue(c, h, payload, payloadBytes, scratch);
        return;
    case Column::Kind::ForeignKey:
        break;
    }
    *out = Value {};
}

} // namespace LockLens::TableGen
