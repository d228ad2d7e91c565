// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QList>
#include <QPair>

#include <optional>

class QSqlDatabase;

namespace LockLens::Postgres {

// A PostgreSQL server as a user names it: a URL (postgresql://user:password@host:port/db?k=v,
// or postgres://) or libpq's key=value words (host=/run/postgresql port=5433 dbname=load),
// parsed here so that a mistake is told in one line before anything connects, and so that the
// password is kept apart: shown() never contains it.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::Postgres::ServerAddress)
public:
    QString host; // a name, an address, or a Unix socket's folder; "": libpq's default
    int port = 0; // 0: libpq's default (5432)
    QString user; // "": libpq's default (the system user)
    QString password;
    QString database; // "": libpq's default (the user's name)
    QList<QPair<QString, QString>> options; // other libpq keywords and their values (sslmode, require)

    // nullopt with one line saying what is wrong: an unknown scheme, several hosts, a port
    // that is not 1..65535, a broken %-escape or quote, a word that is not key=value.
    static std::optional<ServerAddress> parse(const QString &text, QString *error);
    // The address as a URL without the password (a password given shows as "***"): for
    // messages, reports and the results store.
    QString shown() const;
    // Sets `db` (a QPSQL connection) to connect here.
    void applyTo(QSqlDatabase &db) const;

private:
    static std::optional<ServerAddress> parseUrl(const QString &text, QString *error);
    static std::optional<ServerAddress> parseWords(const QString &text, QString *error);
    // One keyword's value into its field (host, port, ...) or `options`; false with the reason.
    bool set(const QString &key, const QString &value, QString *error);
};

} // namespace LockLens::Postgres
