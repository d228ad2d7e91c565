// SPDX-License-Identifier: GPL-3.0-or-later
// The "other program" of the engine's tests: a connection of the test's own, through SQLite's
// C API, that holds locks and changes rows behind the engine's back.
#pragma once

#include <QString>

#include <sqlite3.h>

namespace LockLens::Fixture {

class Outsider
{
public:
    explicit Outsider(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db,
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, nullptr);
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~Outsider() { sqlite3_close(m_db); }
    Outsider(const Outsider &) = delete;
    Outsider &operator=(const Outsider &) = delete;

    int exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }
    // The first column of the first row of `sql`; -1 when there is none.
    qint64 scalar(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        qint64 v = -1;
        if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
            v = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
        return v;
    }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace LockLens::Fixture
