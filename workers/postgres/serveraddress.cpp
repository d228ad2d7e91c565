// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/postgres/serveraddress.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QUrl>

#include <cctype>

namespace LockLens::Postgres {

namespace {

// %XX escapes decoded as UTF-8; nullopt for a '%' not followed by two hex digits.
std::optional<QString> percentDecoded(const QString &text)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '%') {
            out += in[i];
            continue;
        }
        const auto hex = [&](qsizetype at) { return at < in.size() && std::isxdigit(static_cast<unsigned char>(in[at])); };
        if (!hex(i + 1) || !hex(i + 2))
            return std::nullopt;
        out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
        i += 2;
    }
    return QString::fromUtf8(out);
}

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// A value in libpq's key='value' syntax.
QString quotedValue(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

// A %-escaped part of a URL into `into`; false with the reason, quoting the part.
bool decodedInto(const QString &part, QString *into, QString *error)
{
    const std::optional<QString> d = percentDecoded(part);
    if (!d)
        *error = ServerAddress::tr("a broken %-escape in \"%1\" (a % is followed by two hex digits)").arg(part);
    else
        *into = *d;
    return d.has_value();
}

// A URL's host[:port] or [IPv6][:port] into *host and *port (still text); false with the reason.
bool splitHostPort(const QString &hostPort, QString *host, QString *port, QString *error)
{
    if (!hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0)
            *port = hostPort.mid(colon + 1);
        return decodedInto(hostPort.left(colon), host, error);
    }
    const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
    if (close < 0) {
        *error = ServerAddress::tr("an IPv6 address without its closing ] in \"%1\"").arg(hostPort);
        return false;
    }
    *host = hostPort.mid(1, close - 1);
    const QString after = hostPort.mid(close + 1);
    if (!after.isEmpty() && !after.startsWith(QLatin1Char(':'))) {
        *error = ServerAddress::tr("\"%1\" after the IPv6 address").arg(after);
        return false;
    }
    *port = after.mid(1);
    return true;
}

} // namespace

std::optional<ServerAddress> ServerAddress::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        *error = tr("no PostgreSQL server given");
        return std::nullopt;
    }
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (scheme.match(t).hasMatch())
        return parseUrl(t, error);
    return parseWords(t, error);
}

std::optional<ServerAddress> ServerAddress::parseUrl(const QString &text, QString *error)
{
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    const QString scheme = text.left(schemeEnd).toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        *error = tr("%1:// is not a PostgreSQL address: it starts with postgresql:// or postgres://").arg(scheme);
        return std::nullopt;
    }
    QString rest = text.mid(schemeEnd + 3);
    // An @ after the first / or ? means a password (or user) holding one of them unescaped:
    // said without quoting any of it, since it would show part of the password.
    const qsizetype separator = rest.indexOf(QRegularExpression(QStringLiteral("[/?]")));
    if (separator >= 0 && rest.indexOf(QLatin1Char('@'), separator) >= 0
        && !rest.left(separator).contains(QLatin1Char('@'))) {
        *error = tr("an @ after a / or ?: a user or password holding / or ? is written with %2F and %3F (and an @ "
                    "in a parameter's value as %40)");
        return std::nullopt;
    }
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString path;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        path = rest.mid(slash + 1);
        rest.truncate(slash);
    }
    ServerAddress a;
    const auto decoded = [error](const QString &part, QString *into) { return decodedInto(part, into, error); };
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = rest.left(at);
        rest = rest.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        if (!decoded(userInfo.left(colon), &a.user))
            return std::nullopt;
        if (colon >= 0 && !decoded(userInfo.mid(colon + 1), &a.password)) {
            *error = tr("a broken %-escape in the password (a % is followed by two hex digits; write %25 for %)");
            return std::nullopt; // (never quoted: a password is not shown)
        }
    }
    if (rest.contains(QLatin1Char(','))) {
        *error = tr("several hosts (%1): name one server").arg(rest);
        return std::nullopt;
    }
    QString port;
    if (!splitHostPort(rest, &a.host, &port, error))
        return std::nullopt;
    if (!port.isEmpty() && !a.set(QStringLiteral("port"), port, error))
        return std::nullopt;
    if (!decoded(path, &a.database))
        return std::nullopt;
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        QString key, value;
        if (eq < 0) {
            *error = tr("\"%1\" in the address's parameters is not key=value").arg(pair);
            return std::nullopt;
        }
        if (!decoded(pair.left(eq), &key) || !decoded(pair.mid(eq + 1), &value) || !a.set(key, value, error))
            return std::nullopt;
    }
    return a;
}

std::optional<ServerAddress> ServerAddress::parseWords(const QString &text, QString *error)
{
    // libpq's keyword = value words: a value may be 'quoted', with \' and \\ inside.
    ServerAddress a;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto skipSpace = [&] {
        while (i < n && text[i].isSpace())
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= n)
            break;
        const qsizetype keyStart = i;
        while (i < n && !text[i].isSpace() && text[i] != QLatin1Char('='))
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        skipSpace();
        if (i >= n || text[i] != QLatin1Char('=')) {
            *error = tr("\"%1\" is neither a postgresql:// address nor key=value words (host=... port=... dbname=...)")
                         .arg(key);
            return std::nullopt;
        }
        ++i;
        skipSpace();
        QString value;
        const bool quoted = i < n && text[i] == QLatin1Char('\'');
        if (quoted)
            ++i;
        bool closed = !quoted;
        while (i < n) {
            const QChar c = text[i];
            if (quoted && c == QLatin1Char('\'')) {
                closed = true;
                ++i;
                break;
            }
            if (!quoted && c.isSpace())
                break;
            if (c == QLatin1Char('\\') && i + 1 < n)
                ++i;
            value += text[i++];
        }
        if (!closed) {
            *error = tr("the value of %1 has no closing quote").arg(key);
            return std::nullopt;
        }
        if (!a.set(key, value, error))
            return std::nullopt;
    }
    return a;
}

bool ServerAddress::set(const QString &key, const QString &value, QString *error)
{
    if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
        if (value.contains(QLatin1Char(','))) {
            *error = tr("several hosts (%1): name one server").arg(value);
            return false;
        }
        host = value;
    } else if (key == QLatin1String("port")) {
        bool ok = false;
        const int p = value.toInt(&ok);
        if (!ok || p < 1 || p > 65535) {
            // (Not quoted: a password with an unescaped ? or / can end up here.)
            *error = tr("the port is not a number from 1 to 65535");
            return false;
        }
        port = p;
    } else if (key == QLatin1String("user")) {
        user = value;
    } else if (key == QLatin1String("password")) {
        password = value;
    } else if (key == QLatin1String("dbname")) {
        database = value;
    } else {
        static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
        if (!keyword.match(key).hasMatch()) {
            *error = tr("\"%1\" is not a libpq keyword").arg(key);
            return false;
        }
        if (value.contains(QLatin1Char(';'))) { // Qt's driver splits its options at ';'
            *error = tr("the value of %1 contains a ';', which Qt's PostgreSQL driver cannot pass on").arg(key);
            return false;
        }
        options.append({ key, value });
    }
    return true;
}

QString ServerAddress::shown() const
{
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty() || !password.isEmpty()) {
        s += percentEncoded(user);
        if (!password.isEmpty())
            s += QLatin1String(":***");
        s += QLatin1Char('@');
    }
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('/')))
        s += QLatin1Char('[') + host + QLatin1Char(']'); // IPv6
    else
        s += percentEncoded(host); // a socket folder's slashes as %2F
    if (port > 0)
        s += QLatin1Char(':') + QString::number(port);
    s += QLatin1Char('/') + percentEncoded(database);
    QStringList params;
    for (const auto &[key, value] : options) // sslpassword and the like are secret too
        params << key + QLatin1Char('=')
                + (key.contains(QLatin1String("password"), Qt::CaseInsensitive) ? QStringLiteral("***")
                                                                                 : percentEncoded(value));
    if (!params.isEmpty())
        s += QLatin1Char('?') + params.join(QLatin1Char('&'));
    return s;
}

void ServerAddress::applyTo(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port > 0 ? port : -1);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(database);
    QStringList words;
    for (const auto &[key, value] : options)
        words << key + QLatin1Char('=') + quotedValue(value);
    db.setConnectOptions(words.join(QLatin1Char(';')));
}

} // namespace LockLens::Postgres
