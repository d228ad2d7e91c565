// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/recorder/lockshim.h"

#include <algorithm>

namespace LockLens::LockTrace {

namespace {

// Our file: the owner and the sink, then the base VFS's own file object right after it.
struct TracedFile
{
    sqlite3_file file; // first: SQLite sees a sqlite3_file
    sqlite3_file *real;
    void *owner; // nullptr for journals, WAL files and files the sink does not follow
    LockSink *sink;
};

TracedFile *traced(sqlite3_file *f)
{
    return reinterpret_cast<TracedFile *>(f);
}
sqlite3_file *real(sqlite3_file *f)
{
    return traced(f)->real;
}
LockShim *shimOf(sqlite3_vfs *vfs)
{
    return static_cast<LockShim *>(vfs->pAppData);
}
sqlite3_vfs *baseOf(sqlite3_vfs *vfs)
{
    return shimOf(vfs)->base();
}

Lock levelOf(int level)
{
    switch (level) {
    case SQLITE_LOCK_SHARED:
        return Lock::Shared;
    case SQLITE_LOCK_RESERVED:
        return Lock::Reserved;
    case SQLITE_LOCK_PENDING:
        return Lock::Pending;
    case SQLITE_LOCK_EXCLUSIVE:
        return Lock::Exclusive;
    default:
        return Lock::None;
    }
}

// WAL-index lock slots (sqlite3 wal.c): 0 write, 1 checkpoint, 2 recover, 3.. read marks.
Lock shmLockOf(int slot)
{
    switch (slot) {
    case 0:
        return Lock::WalWrite;
    case 1:
        return Lock::WalCheckpoint;
    case 2:
        return Lock::WalRecover;
    default:
        return Lock::WalRead;
    }
}

// The io methods: every call forwarded to the real file; the lock calls also recorded.
int xClose(sqlite3_file *f)
{
    const int rc = real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
    f->pMethods = nullptr;
    return rc;
}
int xRead(sqlite3_file *f, void *p, int n, sqlite3_int64 o)
{
    return real(f)->pMethods->xRead(real(f), p, n, o);
}
int xWrite(sqlite3_file *f, const void *p, int n, sqlite3_int64 o)
{
    return real(f)->pMethods->xWrite(real(f), p, n, o);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file *f, int level)
{
    const int rc = real(f)->pMethods->xLock(real(f), level);
    TracedFile *t = traced(f);
    if (t->owner && (rc == SQLITE_OK || (rc & 0xff) == SQLITE_BUSY))
        t->sink->fileLock(t->owner, levelOf(level), rc != SQLITE_OK, t->sink->now());
    return rc;
}
int xUnlock(sqlite3_file *f, int level)
{
    TracedFile *t = traced(f);
    const std::uint64_t before = t->owner ? t->sink->now() : 0; // stamped before the release is made
    const int rc = real(f)->pMethods->xUnlock(real(f), level);
    if (t->owner && rc == SQLITE_OK)
        t->sink->fileLock(t->owner, levelOf(level), false, before);
    return rc;
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **p)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, p);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    TracedFile *t = traced(f);
    const bool taken = flags & SQLITE_SHM_LOCK;
    const std::uint64_t before = t->owner && !taken ? t->sink->now() : 0; // a release: stamped before it
    const int rc = real(f)->pMethods->xShmLock(real(f), offset, n, flags);
    if (!t->owner || (rc != SQLITE_OK && (rc & 0xff) != SQLITE_BUSY))
        return rc;
    // A reader tries the read-mark slots one after another and takes the first that is
    // free: a refusal there is not a wait (no busy handler runs).
    if (rc != SQLITE_OK && offset >= 3)
        return rc;
    const std::uint64_t at = taken ? t->sink->now() : before;
    for (int slot = offset; slot < offset + n; ++slot)
        t->sink->shmLock(t->owner, shmLockOf(slot), taken, rc != SQLITE_OK, at);
    return rc;
}
void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 o, int n, void **p)
{
    return real(f)->pMethods->xFetch(real(f), o, n, p);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p)
{
    return real(f)->pMethods->xUnfetch(real(f), o, p);
}

// One table per io-method version, so SQLite never calls a method the real file lacks.
const sqlite3_io_methods methods[3] = {
    { 1, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock, xFileControl,
        xSectorSize, xDeviceCharacteristics, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr },
    { 2, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock, xFileControl,
        xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier, xShmUnmap, nullptr, nullptr },
    { 3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock, xFileControl,
        xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier, xShmUnmap, xFetch, xUnfetch },
};

int xOpen(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    LockShim *shim = shimOf(vfs);
    TracedFile *t = traced(f);
    t->real = reinterpret_cast<sqlite3_file *>(t + 1);
    t->sink = shim->sink();
    t->owner = (flags & SQLITE_OPEN_MAIN_DB) ? t->sink->ownerOfFile(name, flags) : nullptr;
    f->pMethods = nullptr;
    sqlite3_vfs *base = shim->base();
    const int rc = base->xOpen(base, name, t->real, flags, outFlags);
    if (t->real->pMethods) {
        const int version = std::clamp(t->real->pMethods->iVersion, 1, 3);
        f->pMethods = &methods[version - 1];
    }
    return rc;
}

// The VFS methods that do not touch a file: the base VFS's own.
int xDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
{
    sqlite3_vfs *base = baseOf(vfs);
    return base->xDelete(base, name, syncDir);
}
int xAccess(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
    sqlite3_vfs *base = baseOf(vfs);
    return base->xAccess(base, name, flags, out);
}
int xFullPathname(sqlite3_vfs *vfs, const char *name, int n, char *out)
{
    sqlite3_vfs *base = baseOf(vfs);
    return base->xFullPathname(base, name, n, out);
}
void *xDlOpen(sqlite3_vfs *vfs, const char *name)
{
    sqlite3_vfs *base = baseOf(vfs);
    return base->xDlOpen(base, name);
}
void xDlError(sqlite3_vfs *vfs, int n, char *out)
{
    sqlite3_vfs *base = baseOf(vfs);
    base->xDlError(base, n, out);
}
void (*xDlSym(sqlite3_vfs *vfs, void *h, const char *sym))(void)
{
    sqlite3_vfs *base = baseOf(vfs);
    return base->xDlSym(base, h, sym);
}
void xDlClose(sqlite3_vfs *vfs, void *h)
{
    sqlite3_vfs *base = baseOf(vfs);
    base->xDlClose(base, h);
}
int xRandomness(sqlite3_vfs *vfs, int n, char *out)
{
    sqlite3_vfs *base = baseOf(vfs);
    return base->xRandomness(base, n, out);
}
int xSleep(sqlite3_vfs *vfs, int us)
{
    sqlite3_vfs *base = baseOf(vfs);
    LockSink *sink = shimOf(vfs)->sink();
    if (!sink->timesSleeps())
        return base->xSleep(base, us);
    const std::uint64_t start = sink->now();
    const int rc = base->xSleep(base, us);
    sink->slept(us, start, sink->now());
    return rc;
}
int xCurrentTime(sqlite3_vfs *vfs, double *out)
{
    sqlite3_vfs *base = baseOf(vfs);
    return base->xCurrentTime(base, out);
}
int xGetLastError(sqlite3_vfs *vfs, int n, char *out)
{
    sqlite3_vfs *base = baseOf(vfs);
    return base->xGetLastError ? base->xGetLastError(base, n, out) : 0;
}
int xCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
    sqlite3_vfs *base = baseOf(vfs);
    return base->xCurrentTimeInt64(base, out);
}

} // namespace

LockShim::LockShim(sqlite3_vfs *base, const char *name, LockSink *sink)
    : m_base(base)
    , m_sink(sink)
{
    m_vfs.iVersion = std::min(base->iVersion, 2); // system-call overrides are not forwarded
    m_vfs.szOsFile = int(sizeof(TracedFile)) + base->szOsFile;
    m_vfs.mxPathname = base->mxPathname;
    m_vfs.zName = name;
    m_vfs.pAppData = this;
    m_vfs.xOpen = xOpen;
    m_vfs.xDelete = xDelete;
    m_vfs.xAccess = xAccess;
    m_vfs.xFullPathname = xFullPathname;
    m_vfs.xDlOpen = xDlOpen;
    m_vfs.xDlError = xDlError;
    m_vfs.xDlSym = xDlSym;
    m_vfs.xDlClose = xDlClose;
    m_vfs.xRandomness = xRandomness;
    m_vfs.xSleep = xSleep;
    m_vfs.xCurrentTime = xCurrentTime;
    m_vfs.xGetLastError = xGetLastError;
    if (m_vfs.iVersion >= 2)
        m_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
}

} // namespace LockLens::LockTrace
