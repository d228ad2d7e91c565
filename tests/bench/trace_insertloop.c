/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A plain C program of the kind `locklens trace` watches: one writer inserting ROWS rows
 * through one prepared statement, BATCH rows per BEGIN IMMEDIATE transaction, WAL and
 * synchronous=NORMAL, linked against the system SQLite. It prints its own rows per second
 * (the insert loop alone, not start-up), so that runs with and without the recorder compare.
 * usage: locklens_trace_insertloop DATABASE [ROWS] [BATCH] */
#include <sqlite3.h>

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int run(sqlite3 *db, const char *sql)
{
    char *err = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
        fprintf(stderr, "%s: %s\n", sql, err ? err : "error");
        sqlite3_free(err);
        return 0;
    }
    return 1;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s DATABASE [ROWS] [BATCH]\n", argv[0]);
        return 2;
    }
    const long rows = argc > 2 ? atol(argv[2]) : 1000000;
    const long batch = argc > 3 ? atol(argv[3]) : 1000;
    if (rows <= 0 || batch <= 0) {
        fprintf(stderr, "ROWS and BATCH must be positive\n");
        return 2;
    }
    sqlite3 *db = NULL;
    if (sqlite3_open(argv[1], &db) != SQLITE_OK) {
        fprintf(stderr, "cannot open %s: %s\n", argv[1], sqlite3_errmsg(db));
        return 1;
    }
    if (!run(db, "PRAGMA journal_mode=WAL") || !run(db, "PRAGMA synchronous=NORMAL")
        || !run(db, "CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, v INTEGER, p BLOB)"))
        return 1;
    sqlite3_stmt *insert = NULL;
    sqlite3_stmt *begin = NULL;
    sqlite3_stmt *commit = NULL;
    if (sqlite3_prepare_v2(db, "INSERT INTO t(v, p) VALUES (?1, zeroblob(100))", -1, &insert, NULL) != SQLITE_OK
        || sqlite3_prepare_v2(db, "BEGIN IMMEDIATE", -1, &begin, NULL) != SQLITE_OK
        || sqlite3_prepare_v2(db, "COMMIT", -1, &commit, NULL) != SQLITE_OK) {
        fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
        return 1;
    }
    const double start = now();
    for (long done = 0; done < rows;) {
        sqlite3_step(begin);
        sqlite3_reset(begin);
        for (long i = 0; i < batch && done < rows; ++i, ++done) {
            sqlite3_bind_int64(insert, 1, done);
            if (sqlite3_step(insert) != SQLITE_DONE) {
                fprintf(stderr, "insert: %s\n", sqlite3_errmsg(db));
                return 1;
            }
            sqlite3_reset(insert);
        }
        if (sqlite3_step(commit) != SQLITE_DONE) {
            fprintf(stderr, "commit: %s\n", sqlite3_errmsg(db));
            return 1;
        }
        sqlite3_reset(commit);
    }
    const double seconds = now() - start;
    printf("rows_per_s %.0f\n", (double)rows / seconds);
    sqlite3_finalize(insert);
    sqlite3_finalize(begin);
    sqlite3_finalize(commit);
    sqlite3_close(db);
    return 0;
}
