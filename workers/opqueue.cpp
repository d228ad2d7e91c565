// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/opqueue.h"

#include "workers/recorder/clock.h"

#include <algorithm>

namespace LockLens {

OpQueue::OpQueue(std::size_t capacity, int producers)
    : m_ring(std::max<std::size_t>(capacity, 1))
    , m_producers(producers)
{
}

std::uint64_t OpQueue::push(std::vector<Op> &chunk, WaitTime *wait)
{
    std::uint64_t waited = 0;
    std::size_t done = 0;
    std::unique_lock lock(m_mutex);
    while (done < chunk.size() && !m_abandoned) {
        if (m_size == m_ring.size()) {
            const std::uint64_t t0 = wait ? Clock::now() : 0;
            if (wait)
                wait->begin(t0);
            m_notFull.wait(lock, [this] { return m_size < m_ring.size() || m_abandoned; });
            if (wait) {
                const std::uint64_t t1 = Clock::now();
                wait->end(t1);
                waited += t1 - t0;
            }
            if (m_abandoned)
                break;
        }
        const std::size_t n = std::min(chunk.size() - done, m_ring.size() - m_size);
        for (std::size_t i = 0; i < n; ++i)
            m_ring[(m_head + m_size + i) % m_ring.size()] = chunk[done + i];
        m_size += n;
        done += n;
        m_notEmpty.notify_one();
    }
    chunk.clear();
    return waited;
}

bool OpQueue::pop(std::size_t max, std::vector<Op> &out)
{
    out.clear();
    std::unique_lock lock(m_mutex);
    m_notEmpty.wait(lock, [this] { return m_size > 0 || m_producers == 0 || m_abandoned; });
    if (m_size == 0 || m_abandoned)
        return false;
    const std::size_t n = std::min(max, m_size);
    for (std::size_t i = 0; i < n; ++i)
        out.push_back(m_ring[(m_head + i) % m_ring.size()]);
    m_head = (m_head + n) % m_ring.size();
    m_size -= n;
    lock.unlock();
    m_notFull.notify_all();
    return true;
}

void OpQueue::abandon()
{
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
    }
    m_notEmpty.notify_all();
    m_notFull.notify_all();
}

void OpQueue::producerDone()
{
    {
        std::lock_guard lock(m_mutex);
        --m_producers;
    }
    m_notEmpty.notify_all();
}

} // namespace LockLens
