// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/operation.h"
#include "workers/workerstats.h"

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

namespace LockLens {

// The bounded queue between workers and the single writer thread: a ring of operations
// behind one mutex, filled a chunk at a time so that a worker takes the lock once per
// chunk, not once per operation.
class OpQueue
{
public:
    OpQueue(std::size_t capacity, int producers);

    // Appends the chunk (and empties it); blocks while the queue is full. Each time it
    // blocks is a wait in `wait` (when given), visible to a sampler while it lasts. Returns
    // the clock ticks spent blocked (0 without `wait`).
    std::uint64_t push(std::vector<Op> &chunk, WaitTime *wait);
    // Moves up to `max` operations into `out` (cleared first). Blocks while the queue is
    // empty and producers remain; false once it is drained and every producer is done.
    bool pop(std::size_t max, std::vector<Op> &out);
    void producerDone();
    // Nobody will take from the queue any more (the writer could not start): pushes return
    // at once, dropping their operations, and pops find nothing.
    void abandon();

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::vector<Op> m_ring;
    std::size_t m_head = 0;
    std::size_t m_size = 0;
    int m_producers;
    bool m_abandoned = false;
};

} // namespace LockLens
