// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace LockLens {

// Holds the clients of a run until every one has opened its connection, so that the
// measured time starts with the load, not with connection setup.
class StartGate
{
public:
    explicit StartGate(int expected)
        : m_expected(expected)
    {
    }
    // A client is ready (or gave up): counts it, then waits for the gate to open.
    void arriveAndWait()
    {
        std::unique_lock lock(m_mutex);
        ++m_arrived;
        m_cv.notify_all();
        m_cv.wait(lock, [this] { return m_open; });
    }
    // A client that will never come (its thread could not start).
    void forfeit()
    {
        std::lock_guard lock(m_mutex);
        --m_expected;
        m_cv.notify_all();
    }
    // Waits until every client has arrived; false if `abort` was set or the timeout ran out
    // first (a thread that was promised but never ran).
    bool waitForAll(
        const std::atomic<bool> &abort, std::chrono::milliseconds timeout = std::chrono::milliseconds::max())
    {
        const auto deadline = timeout == std::chrono::milliseconds::max()
            ? std::chrono::steady_clock::time_point::max()
            : std::chrono::steady_clock::now() + timeout;
        std::unique_lock lock(m_mutex);
        while (m_arrived < m_expected) {
            if (abort.load(std::memory_order_relaxed) || std::chrono::steady_clock::now() >= deadline)
                return false;
            m_cv.wait_for(lock, std::chrono::milliseconds(50));
        }
        return true;
    }
    int arrived()
    {
        std::lock_guard lock(m_mutex);
        return m_arrived;
    }
    void open()
    {
        {
            std::lock_guard lock(m_mutex);
            m_open = true;
        }
        m_cv.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    int m_expected;
    int m_arrived = 0;
    bool m_open = false;
};

} // namespace LockLens
