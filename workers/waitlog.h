// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/seqring.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace LockLens {

// The intervals one worker spent waiting for SQLite's locks, as the busy handler measured
// them: what the lock timeline shows where the lock-recording VFS cannot be used (Qt's
// driver carries its own SQLite, or recording is off). Each call of the handler is one
// interval, from its entry to its return; one writer (the thread that waits), read by any
// thread. The last Capacity intervals are kept (a SeqRing, as LockTrace::Recorder's events).
// On PostgreSQL the lock sampler writes them, each with what it waited for (a number its
// Postgres::WaitCauses gives out; 0 where that is not known, and always on SQLite).
class WaitLog
{
public:
    static constexpr std::size_t Capacity = std::size_t(1) << 12; // 80 KiB per worker
    struct Wait
    {
        std::uint64_t start = 0; // Clock ticks
        std::uint64_t end = 0;
        std::uint32_t cause = 0;
    };

    explicit WaitLog(QString name);
    WaitLog(const WaitLog &) = delete;
    WaitLog &operator=(const WaitLog &) = delete;

    const QString &name() const { return m_name; }
    void push(std::uint64_t start, std::uint64_t end, std::uint32_t cause = 0) noexcept;
    // Copies the waits from index `cursor` on into `out`; returns the index to continue
    // from. Waits already overwritten are skipped and counted in *lost.
    std::uint64_t read(std::uint64_t cursor, std::vector<Wait> *out, std::uint64_t *lost = nullptr) const;
    std::uint64_t written() const { return m_ring.written(); }

private:
    QString m_name;
    SeqRing<std::uint64_t, std::uint64_t, std::uint32_t> m_ring { Capacity }; // start, end, cause
};

} // namespace LockLens
