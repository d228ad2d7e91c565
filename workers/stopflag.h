// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace LockLens {

// A run's "stop" flag, raised once: read with a relaxed load on hot paths (per operation),
// and waited on by whatever sleeps during a run (the busy handler, a retry's back-off, the
// controller's duration), so that raising it ends every sleep at once instead of when it
// would have ended.
class StopFlag
{
public:
    StopFlag() = default;
    StopFlag(const StopFlag &) = delete;
    StopFlag &operator=(const StopFlag &) = delete;

    bool raised() const noexcept { return m_raised.load(std::memory_order_relaxed); }
    // The flag itself, for code that only reads it.
    const std::atomic<bool> &flag() const noexcept { return m_raised; }

    // Raises the flag and wakes every sleeper.
    void raise()
    {
        {
            std::lock_guard lock(m_mutex);
            m_raised.store(true, std::memory_order_relaxed);
        }
        m_woken.notify_all();
    }

    // Sleeps until `deadline` unless the flag is raised meanwhile; false when it was.
    bool sleepUntil(std::chrono::steady_clock::time_point deadline) const
    {
        std::unique_lock lock(m_mutex);
        return !m_woken.wait_until(lock, deadline, [this] { return raised(); });
    }
    template<typename Rep, typename Period> bool sleepFor(std::chrono::duration<Rep, Period> d) const
    {
        return sleepUntil(
            std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(d));
    }

private:
    std::atomic<bool> m_raised { false };
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_woken;
};

} // namespace LockLens
