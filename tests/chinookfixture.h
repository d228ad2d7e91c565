// SPDX-License-Identifier: GPL-3.0-or-later
// A small database shaped like the Chinook sample (artists, albums, tracks, genres), made
// through SQLite's C API, and a second connection that holds a lock on a file.
#pragma once

#include "sqlitefixture.h"

#include <sqlite3.h>

namespace LockLens::Fixture {

constexpr int ChinookTracks = 3503;

// Artist ← Album ← Track → Genre, in rollback-journal mode; Track has ChinookTracks rows,
// every 7th name with a comma, a quote or a tab in it, every 5th composer NULL.
inline QString makeChinook(const QString &path)
{
    QFile::remove(path);
    return exec(path,
        QStringLiteral(
            "PRAGMA journal_mode=DELETE;"
            "CREATE TABLE Artist(ArtistId INTEGER PRIMARY KEY, Name NVARCHAR(120));"
            "CREATE TABLE Genre(GenreId INTEGER PRIMARY KEY, Name NVARCHAR(120));"
            "CREATE TABLE Album(AlbumId INTEGER PRIMARY KEY, Title NVARCHAR(160) NOT NULL,"
            " ArtistId INTEGER NOT NULL REFERENCES Artist(ArtistId));"
            "CREATE TABLE Track(TrackId INTEGER PRIMARY KEY, Name NVARCHAR(200) NOT NULL,"
            " AlbumId INTEGER REFERENCES Album(AlbumId), GenreId INTEGER REFERENCES Genre(GenreId),"
            " Composer NVARCHAR(220), Milliseconds INTEGER NOT NULL, UnitPrice NUMERIC(10,2) NOT NULL,"
            " Cover BLOB);"
            "CREATE INDEX IFK_TrackAlbumId ON Track(AlbumId);"
            "CREATE VIEW AlbumTitles AS SELECT a.Title, r.Name AS Artist FROM Album a JOIN Artist r USING "
            "(ArtistId);"
            "INSERT INTO Artist(Name) VALUES ('AC/DC'), ('Accept'), ('Aerosmith'), ('Antônio Carlos Jobim');"
            "INSERT INTO Genre(Name) VALUES ('Rock'), ('Jazz'), ('Metal'), ('Latin');"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)"
            " INSERT INTO Album(Title, ArtistId) SELECT 'Album ' || i, 1 + i % 4 FROM n;"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3503)"
            " INSERT INTO Track(Name, AlbumId, GenreId, Composer, Milliseconds, UnitPrice, Cover)"
            " SELECT CASE i % 7 WHEN 0 THEN 'Track ' || i || ', \"live\"' WHEN 3 THEN 'Track ' || i || "
            "char(9) || 'b'"
            " ELSE 'Track ' || i END, 1 + i % 40, 1 + i % 4,"
            " CASE WHEN i % 5 = 0 THEN NULL ELSE 'Angus Young' END, 200000 + i, 0.99,"
            " CASE WHEN i = 2 THEN x'0a1b' END FROM n;"));
}

// Another connection that holds a lock on a file until released or destroyed, as another
// program would: BEGIN EXCLUSIVE on a rollback-journal file keeps every reader out.
class LockHolder
{
public:
    explicit LockHolder(const QString &path, const char *begin = "BEGIN EXCLUSIVE")
    {
        if (sqlite3_open(path.toUtf8().constData(), &m_db) == SQLITE_OK)
            m_locked = sqlite3_exec(m_db, begin, nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~LockHolder() { release(); }
    LockHolder(const LockHolder &) = delete;
    LockHolder &operator=(const LockHolder &) = delete;
    bool locked() const { return m_locked; }
    void release()
    {
        if (m_locked)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_locked = false;
        sqlite3_close(m_db);
        m_db = nullptr;
    }

private:
    sqlite3 *m_db = nullptr;
    bool m_locked = false;
};

} // namespace LockLens::Fixture
