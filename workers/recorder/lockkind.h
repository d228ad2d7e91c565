// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace LockLens::LockTrace {

// The locks SQLite takes, as its VFS sees them. On the database file (rollback journal,
// and the SHARED lock a WAL reader keeps): NONE < SHARED < RESERVED < PENDING < EXCLUSIVE.
// In the WAL index (xShmLock): the write lock, the checkpoint lock, the recovery lock and
// five read-mark slots. (No Qt here: the trace library records them too.)
enum class Lock : std::uint8_t {
    None,
    Shared,
    Reserved,
    Pending,
    Exclusive,
    WalWrite,
    WalCheckpoint,
    WalRecover,
    WalRead, // any read-mark slot
    Count
};
constexpr int LockCount = int(Lock::Count);

} // namespace LockLens::LockTrace
