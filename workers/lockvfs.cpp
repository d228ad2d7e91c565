// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/lockvfs.h"

#include "workers/clock.h"
#include "workers/locktrace.h"
#include "workers/sqlite/sqlitelink.h"

#include <algorithm>

#include <sqlite3.h>

#include <mutex>

namespace LockLens::LockTrace::Vfs {

namespace {

constexpr const char *VfsName = "locklens-locks";
thread_local Recorder *openingRecorder = nullptr;
sqlite3_vfs shim;
sqlite3_vfs *base = nullptr;

// Our file: the recorder, then the base VFS's own file object right after it.
struct TracedFile
{
    sqlite3_file file; // first: SQLite sees a sqlite3_file
    sqlite3_file *real;
    Recorder *recorder; // nullptr for journals, WAL files and files of untraced connections
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<TracedFile *>(f)->real;
}
Recorder *recorderOf(sqlite3_file *f)
{
    return reinterpret_cast<TracedFile *>(f)->recorder;
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
    if (Recorder *r = recorderOf(f); r && (rc == SQLITE_OK || (rc & 0xff) == SQLITE_BUSY))
        r->fileLock(levelOf(level), rc != SQLITE_OK);
    return rc;
}
int xUnlock(sqlite3_file *f, int level)
{
    Recorder *r = recorderOf(f);
    const std::uint64_t before = r ? Clock::now() : 0; // stamped before the release is made
    const int rc = real(f)->pMethods->xUnlock(real(f), level);
    if (r && rc == SQLITE_OK)
        r->fileLock(levelOf(level), false, before);
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
    Recorder *r = recorderOf(f);
    const bool taken = flags & SQLITE_SHM_LOCK;
    const std::uint64_t before = r && !taken ? Clock::now() : 0; // a release: stamped before it
    const int rc = real(f)->pMethods->xShmLock(real(f), offset, n, flags);
    if (!r || (rc != SQLITE_OK && (rc & 0xff) != SQLITE_BUSY))
        return rc;
    // A reader tries the read-mark slots one after another and takes the first that is
    // free: a refusal there is not a wait (no busy handler runs).
    if (rc != SQLITE_OK && offset >= 3)
        return rc;
    for (int slot = offset; slot < offset + n; ++slot)
        r->shmLock(shmLockOf(slot), taken, rc != SQLITE_OK, before);
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

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *traced = reinterpret_cast<TracedFile *>(f);
    traced->real = reinterpret_cast<sqlite3_file *>(traced + 1);
    traced->recorder = (flags & SQLITE_OPEN_MAIN_DB) ? openingRecorder : nullptr;
    f->pMethods = nullptr;
    const int rc = base->xOpen(base, name, traced->real, flags, outFlags);
    if (traced->real->pMethods) {
        const int version = std::clamp(traced->real->pMethods->iVersion, 1, 3);
        f->pMethods = &methods[version - 1];
    }
    return rc;
}

// The VFS methods that do not touch a file: the base VFS's own.
int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return base->xDelete(base, name, syncDir);
}
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return base->xAccess(base, name, flags, out);
}
int xFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return base->xFullPathname(base, name, n, out);
}
void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return base->xDlOpen(base, name);
}
void xDlError(sqlite3_vfs *, int n, char *out)
{
    base->xDlError(base, n, out);
}
void (*xDlSym(sqlite3_vfs *, void *h, const char *sym))(void)
{
    return base->xDlSym(base, h, sym);
}
void xDlClose(sqlite3_vfs *, void *h)
{
    base->xDlClose(base, h);
}
int xRandomness(sqlite3_vfs *, int n, char *out)
{
    return base->xRandomness(base, n, out);
}
int xSleep(sqlite3_vfs *, int us)
{
    return base->xSleep(base, us);
}
int xCurrentTime(sqlite3_vfs *, double *out)
{
    return base->xCurrentTime(base, out);
}
int xGetLastError(sqlite3_vfs *, int n, char *out)
{
    return base->xGetLastError ? base->xGetLastError(base, n, out) : 0;
}
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return base->xCurrentTimeInt64(base, out);
}

bool registerShim()
{
    base = sqlite3_vfs_find(nullptr);
    if (!base)
        return false;
    shim = sqlite3_vfs {};
    shim.iVersion = std::min(base->iVersion, 2); // system-call overrides are not forwarded
    shim.szOsFile = int(sizeof(TracedFile)) + base->szOsFile;
    shim.mxPathname = base->mxPathname;
    shim.zName = VfsName;
    shim.xOpen = xOpen;
    shim.xDelete = xDelete;
    shim.xAccess = xAccess;
    shim.xFullPathname = xFullPathname;
    shim.xDlOpen = xDlOpen;
    shim.xDlError = xDlError;
    shim.xDlSym = xDlSym;
    shim.xDlClose = xDlClose;
    shim.xRandomness = xRandomness;
    shim.xSleep = xSleep;
    shim.xCurrentTime = xCurrentTime;
    shim.xGetLastError = xGetLastError;
    if (shim.iVersion >= 2)
        shim.xCurrentTimeInt64 = xCurrentTimeInt64;
    return sqlite3_vfs_register(&shim, 0) == SQLITE_OK;
}

} // namespace

bool install()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = SqliteLink::driverSharesLibrary() && registerShim(); });
    return ok;
}

const char *name()
{
    return VfsName;
}

void setOpeningRecorder(Recorder *recorder)
{
    openingRecorder = recorder;
}

} // namespace LockLens::LockTrace::Vfs
