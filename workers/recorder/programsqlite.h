// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sqlite3.h>

namespace LockLens::Trace {

// The traced program's own SQLite: the functions this library stands in front of, and those it
// calls itself, found in the library the program loaded (never a copy of LockLens's).
struct ProgramSqlite
{
    int (*openV2)(const char *, sqlite3 **, int, const char *) = nullptr;
    int (*open)(const char *, sqlite3 **) = nullptr;
    int (*open16)(const void *, sqlite3 **) = nullptr;
    int (*close)(sqlite3 *) = nullptr;
    int (*closeV2)(sqlite3 *) = nullptr;
    int (*step)(sqlite3_stmt *) = nullptr;
    int (*finalize)(sqlite3_stmt *) = nullptr;
    using Prepare = int (*)(sqlite3 *, const char *, int, sqlite3_stmt **, const char **);
    using Prepare3 = int (*)(sqlite3 *, const char *, int, unsigned int, sqlite3_stmt **, const char **);
    using Prepare16 = int (*)(sqlite3 *, const void *, int, sqlite3_stmt **, const void **);
    using Prepare16v3 = int (*)(sqlite3 *, const void *, int, unsigned int, sqlite3_stmt **, const void **);
    Prepare prepare = nullptr, prepareV2 = nullptr;
    Prepare3 prepareV3 = nullptr;
    Prepare16 prepare16 = nullptr, prepare16V2 = nullptr;
    Prepare16v3 prepare16V3 = nullptr;
    sqlite3 *(*dbHandle)(sqlite3_stmt *) = nullptr;
    const char *(*sql)(sqlite3_stmt *) = nullptr;
    int (*stmtBusy)(sqlite3_stmt *) = nullptr;
    int (*autocommit)(sqlite3 *) = nullptr;
    int (*totalChanges)(sqlite3 *) = nullptr;
    sqlite3_mutex *(*dbMutex)(sqlite3 *) = nullptr;
    void (*mutexEnter)(sqlite3_mutex *) = nullptr;
    void (*mutexLeave)(sqlite3_mutex *) = nullptr;
    const char *(*dbFilename)(sqlite3 *, const char *) = nullptr;
    sqlite3_vfs *(*vfsFind)(const char *) = nullptr;
    int (*vfsRegister)(sqlite3_vfs *, int) = nullptr;

    // Finds the program's SQLite and its functions; false when one it needs is missing
    // (then the open functions fail rather than run an unknown library).
    bool resolve();

private:
    static void *findLibrary();
};

} // namespace LockLens::Trace
