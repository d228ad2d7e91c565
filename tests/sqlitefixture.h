// SPDX-License-Identifier: GPL-3.0-or-later
// Test fixtures: databases are written, and expectations read, through SQLite's C API,
// never through the code under test.
#pragma once

#include "catalogreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

namespace LockLens::Fixture {

// A QStringList of UTF-8 literals (the tests build without casts from char *).
inline QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

// Runs a script of statements on `path` (creating it); "" or SQLite's message.
inline QString exec(const QString &path, const QString &script)
{
    sqlite3 *db = nullptr;
    QString error;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        char *msg = nullptr;
        if (sqlite3_exec(db, script.toUtf8().constData(), nullptr, nullptr, &msg) != SQLITE_OK)
            error = QString::fromUtf8(msg);
        sqlite3_free(msg);
    }
    sqlite3_close(db);
    return error;
}

// The first column of every row of `sql`, as text ("NULL" for NULL).
inline QStringList column(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_stmt *st = nullptr;
    QStringList out;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK)
        while (sqlite3_step(st) == SQLITE_ROW)
            out << (sqlite3_column_type(st, 0) == SQLITE_NULL
                    ? QStringLiteral("NULL")
                    : QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

inline QByteArray sha1Of(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1)
                                       : QByteArray();
}

// Every row of `sql`, its columns joined by '|' (NULL as "NULL").
inline QStringList rows(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    QStringList out;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
        out << QStringLiteral("ERROR: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
    else
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList cols;
            for (int i = 0; i < sqlite3_column_count(st); ++i)
                cols << (sqlite3_column_type(st, i) == SQLITE_NULL
                        ? QStringLiteral("NULL")
                        : QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i))));
            out << cols.join(QLatin1Char('|'));
        }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

inline qint64 scalar(const QString &path, const QString &sql)
{
    const QStringList r = rows(path, sql);
    bool ok = false;
    const qint64 v = r.isEmpty() ? -1 : r.first().toLongLong(&ok);
    return ok ? v : -1;
}

// The files of the folder and their contents: what "left untouched" means.
inline QByteArray folderFingerprint(const QString &dir)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const QString &name : QDir(dir).entryList(QDir::Files, QDir::Name)) {
        h.addData(name.toUtf8());
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            h.addData(f.readAll());
    }
    return h.result();
}

// The catalog of a file, through the code under test, with a short busy timeout.
inline bool readFile(
    const QString &path, Catalog::Schema *schema, SqlFailure *failure, Catalog::ReadOptions options = {})
{
    return Catalog::readSchema(DatabaseLocation::file(path), options, schema, failure, 200);
}

} // namespace LockLens::Fixture
