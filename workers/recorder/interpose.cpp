// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite functions liblocklens-trace stands in front of: the program's calls land here
// first, are handed to its Tracer (tracer.h), and go on to the program's own SQLite, whose
// results they return unchanged.
#include "workers/recorder/tracer.h"

namespace LockLens::Trace {
namespace {

template<typename Open> int traceOpen(const char *name, sqlite3 **db, Open &&open)
{
    Tracer &t = Tracer::instance();
    Conn *c = t.beginOpen();
    const int rc = open();
    t.endOpen(c, db ? *db : nullptr, rc, name);
    return rc;
}

} // namespace
} // namespace LockLens::Trace

using LockLens::Trace::Tracer;

// Every prepare: the statement is known to the recorder by its pointer from here on.
template<typename Fn, typename... Args> int tracePrepare(Fn real, sqlite3_stmt **out, Args... args)
{
    if (!real)
        return SQLITE_ERROR;
    const int rc = real(args...);
    Tracer &t = Tracer::instance();
    if (rc == SQLITE_OK && out && *out && t.active())
        t.prepared(*out);
    return rc;
}

extern "C" {

__attribute__((visibility("default"))) int sqlite3_open_v2(const char *name, sqlite3 **db, int flags, const char *vfs)
{
    Tracer &t = Tracer::instance();
    if (!t.real().openV2)
        return SQLITE_ERROR;
    return LockLens::Trace::traceOpen(name, db, [&] { return t.real().openV2(name, db, flags, vfs); });
}

__attribute__((visibility("default"))) int sqlite3_open(const char *name, sqlite3 **db)
{
    Tracer &t = Tracer::instance();
    if (!t.real().open)
        return SQLITE_ERROR;
    return LockLens::Trace::traceOpen(name, db, [&] { return t.real().open(name, db); });
}

__attribute__((visibility("default"))) int sqlite3_open16(const void *name, sqlite3 **db)
{
    Tracer &t = Tracer::instance();
    if (!t.real().open16)
        return SQLITE_ERROR;
    // The name as UTF-8 comes from SQLite once the connection exists.
    const int rc = LockLens::Trace::traceOpen(nullptr, db, [&] { return t.real().open16(name, db); });
    return rc;
}

__attribute__((visibility("default"))) int sqlite3_close(sqlite3 *db)
{
    Tracer &t = Tracer::instance();
    const int rc = t.real().close ? t.real().close(db) : SQLITE_ERROR;
    if (rc == SQLITE_OK && db && t.active())
        t.closed(db);
    return rc;
}

__attribute__((visibility("default"))) int sqlite3_close_v2(sqlite3 *db)
{
    Tracer &t = Tracer::instance();
    const int rc = t.real().closeV2 ? t.real().closeV2(db) : SQLITE_ERROR;
    if (rc == SQLITE_OK && db && t.active())
        t.closed(db);
    return rc;
}

__attribute__((visibility("default"))) int sqlite3_step(sqlite3_stmt *s)
{
    Tracer &t = Tracer::instance();
    if (!t.active())
        return t.real().step ? t.real().step(s) : SQLITE_MISUSE;
    return t.step(s);
}

__attribute__((visibility("default"))) int sqlite3_prepare(
    sqlite3 *db, const char *sql, int n, sqlite3_stmt **out, const char **tail)
{
    return tracePrepare(Tracer::instance().real().prepare, out, db, sql, n, out, tail);
}

__attribute__((visibility("default"))) int sqlite3_prepare_v2(
    sqlite3 *db, const char *sql, int n, sqlite3_stmt **out, const char **tail)
{
    return tracePrepare(Tracer::instance().real().prepareV2, out, db, sql, n, out, tail);
}

__attribute__((visibility("default"))) int sqlite3_prepare_v3(
    sqlite3 *db, const char *sql, int n, unsigned int flags, sqlite3_stmt **out, const char **tail)
{
    return tracePrepare(Tracer::instance().real().prepareV3, out, db, sql, n, flags, out, tail);
}

__attribute__((visibility("default"))) int sqlite3_prepare16(
    sqlite3 *db, const void *sql, int n, sqlite3_stmt **out, const void **tail)
{
    return tracePrepare(Tracer::instance().real().prepare16, out, db, sql, n, out, tail);
}

__attribute__((visibility("default"))) int sqlite3_prepare16_v2(
    sqlite3 *db, const void *sql, int n, sqlite3_stmt **out, const void **tail)
{
    return tracePrepare(Tracer::instance().real().prepare16V2, out, db, sql, n, out, tail);
}

__attribute__((visibility("default"))) int sqlite3_prepare16_v3(
    sqlite3 *db, const void *sql, int n, unsigned int flags, sqlite3_stmt **out, const void **tail)
{
    return tracePrepare(Tracer::instance().real().prepare16V3, out, db, sql, n, flags, out, tail);
}

__attribute__((visibility("default"))) int sqlite3_finalize(sqlite3_stmt *s)
{
    Tracer &t = Tracer::instance();
    if (t.active())
        t.finalized(s);
    return t.real().finalize ? t.real().finalize(s) : SQLITE_OK;
}

} // extern "C"
