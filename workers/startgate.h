// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    void waitForAll()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return m_arrived >= m_expected; });
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
