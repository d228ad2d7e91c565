// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the pragma tests: values read through the connection's own SQLite handle,
// never through the code under test.
#pragma once

#include "sqlitefixture.h"

#include <QTemporaryDir>

namespace LockLens::Fixture {

constexpr int kBusyTimeout = 2000; // what the tests open their connections with

// A new file with one table t holding one row: p<n>.db in `dir`; "" on failure.
inline QString freshPragmaFile(const QTemporaryDir &dir, int n)
{
    const QString path = dir.filePath(QStringLiteral("p%1.db").arg(n));
    const QString error = exec(path, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);"));
    return error.isEmpty() ? path : QString();
}

// The first column of `sql` run on the connection's own SQLite handle (the code under test
// never sees it); falls back to DbConnection::value when the driver has its own SQLite.
inline QString nativeValue(const DbConnection &db, const char *sql)
{
    if (!db.native())
        return db.value(QString::fromLatin1(sql)).toString();
    sqlite3_stmt *st = nullptr;
    QString out;
    if (sqlite3_prepare_v2(db.native(), sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return out;
}

inline QString synchronousName(const QString &number)
{
    static const QStringList names { QStringLiteral("OFF"), QStringLiteral("NORMAL"), QStringLiteral("FULL"),
        QStringLiteral("EXTRA") };
    const int n = number.toInt();
    return n >= 0 && n < names.size() ? names.at(n) : number;
}

} // namespace LockLens::Fixture
