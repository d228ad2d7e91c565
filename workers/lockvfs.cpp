// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/lockvfs.h"

#include "workers/locktrace.h"
#include "workers/recorder/clock.h"
#include "workers/recorder/lockshim.h"
#include "workers/sqlite/sqlitelink.h"

#include <sqlite3.h>

#include <mutex>

namespace LockLens::LockTrace::Vfs {

namespace {

constexpr const char *VfsName = "locklens-locks";
thread_local Recorder *openingRecorder = nullptr;

// The lab's sink: a connection's main database file reports to the recorder set while the
// connection is opened; the busy handler measures its own waits.
class RecorderSink final : public LockSink
{
public:
    void *ownerOfFile(const char *, int) override { return openingRecorder; }
    std::uint64_t now() override { return Clock::now(); }
    void fileLock(void *owner, Lock to, bool busy, std::uint64_t ticks) override
    {
        static_cast<Recorder *>(owner)->fileLock(to, busy, ticks);
    }
    void shmLock(void *owner, Lock lock, bool taken, bool busy, std::uint64_t ticks) override
    {
        static_cast<Recorder *>(owner)->shmLock(lock, taken, busy, ticks);
    }
};

bool registerShim()
{
    sqlite3_vfs *base = sqlite3_vfs_find(nullptr);
    if (!base)
        return false;
    static RecorderSink sink;
    static LockShim shim(base, VfsName, &sink); // registered for the life of the process
    return sqlite3_vfs_register(shim.vfs(), 0) == SQLITE_OK;
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
