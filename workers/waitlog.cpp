// SPDX-License-Identifier: GPL-3.0-or-later
#include "waitlog.h"

#include <algorithm>

namespace LockLens {

WaitLog::WaitLog(QString name)
    : m_name(std::move(name))
    , m_start(Capacity)
    , m_end(Capacity)
{
}

void WaitLog::push(std::uint64_t start, std::uint64_t end) noexcept
{
    // The protocol of LockTrace::Recorder::push(): claim, fence, write, publish.
    const std::uint64_t i = m_written.load(std::memory_order_relaxed);
    m_claimed.store(i + 1, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
    m_start[i % Capacity].store(start, std::memory_order_relaxed);
    m_end[i % Capacity].store(end, std::memory_order_relaxed);
    m_written.store(i + 1, std::memory_order_release);
}

std::uint64_t WaitLog::read(std::uint64_t cursor, std::vector<Wait> *out, std::uint64_t *lost) const
{
    const std::uint64_t end = written();
    std::uint64_t from = cursor;
    if (end > Capacity && from < end - Capacity)
        from = end - Capacity;
    const std::size_t first = out->size();
    for (std::uint64_t i = from; i < end; ++i)
        out->push_back({ m_start[i % Capacity].load(std::memory_order_relaxed),
            m_end[i % Capacity].load(std::memory_order_relaxed) });
    // Drop every slot the writer has begun to overwrite meanwhile.
    std::atomic_thread_fence(std::memory_order_acquire);
    const std::uint64_t after = m_claimed.load(std::memory_order_relaxed);
    std::uint64_t overwritten = 0;
    if (after > Capacity && after - Capacity > from) {
        overwritten = std::min(after - Capacity - from, end - from);
        out->erase(out->begin() + std::ptrdiff_t(first), out->begin() + std::ptrdiff_t(first + overwritten));
    }
    if (lost)
        *lost = (from - cursor) + overwritten;
    return end;
}

} // namespace LockLens
