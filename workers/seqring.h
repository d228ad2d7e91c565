// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <tuple>
#include <utility>
#include <vector>

namespace LockLens {

// The last `capacity` entries (a power of two, fixed at construction) of a sequence one thread writes and any thread reads, without
// a lock: what LockTrace::Recorder keeps of a connection's lock transitions and WaitLog of
// a worker's waits. An entry is a few words (Words...), each stored in an array of its own
// (so an entry of a 64-bit and a 32-bit word takes 12 bytes, not 16) and each atomic, so
// that a reader racing the writer sees old or new values, never torn ones.
//
// The writer claims a slot before it overwrites it: claim, release fence, the words
// (relaxed), publish (release). A reader copies the words (relaxed), then an acquire fence
// and the claim count: a reader that saw any word of a new entry sees its claim too, and
// drops the slot. Entries overwritten before they were read are counted as lost. Writing
// costs a relaxed load, a relaxed store per word and two more (claim, publish); on x86 the
// fences compile to nothing.
template<typename... Words> class SeqRing
{
    static_assert(sizeof...(Words) > 0, "an entry has at least one word");
    static_assert((std::atomic<Words>::is_always_lock_free && ...), "words a reader can load without a lock");

public:
    // `capacity` is rounded up to a power of two: the slot is the index masked.
    explicit SeqRing(std::size_t capacity)
        : m_capacity(roundUp(capacity))
        , m_words(std::vector<std::atomic<Words>>(m_capacity)...)
    {
    }
    SeqRing(const SeqRing &) = delete;
    SeqRing &operator=(const SeqRing &) = delete;

    // Appends an entry; only ever from one thread at a time.
    void push(Words... words) noexcept { store(std::index_sequence_for<Words...> {}, words...); }

    std::size_t capacity() const noexcept { return m_capacity; }
    // Entries published so far (the index the next one gets).
    std::uint64_t written() const noexcept { return m_written.load(std::memory_order_acquire); }

    // Appends make(words...) to `out` for each entry from index `cursor` on (0: the first
    // ever); returns the index to continue from. Entries already overwritten, before the
    // read or while it ran, are left out and counted in *lost.
    template<typename T, typename Make>
    std::uint64_t read(std::uint64_t cursor, std::vector<T> *out, std::uint64_t *lost, Make make) const
    {
        const std::uint64_t end = written();
        const std::uint64_t capacity = m_capacity;
        std::uint64_t from = cursor;
        if (end > capacity && from < end - capacity)
            from = end - capacity;
        const std::size_t first = out->size();
        for (std::uint64_t i = from; i < end; ++i)
            out->push_back(load(std::index_sequence_for<Words...> {}, i, make));
        // The writer may have lapped the reader meanwhile: drop every slot it has begun to
        // overwrite (entry j's slot is reused by entry j + capacity).
        std::atomic_thread_fence(std::memory_order_acquire);
        const std::uint64_t after = m_claimed.load(std::memory_order_relaxed);
        std::uint64_t overwritten = 0;
        if (after > capacity && after - capacity > from) {
            overwritten = std::min(after - capacity - from, end - from);
            out->erase(
                out->begin() + std::ptrdiff_t(first), out->begin() + std::ptrdiff_t(first + overwritten));
        }
        if (lost)
            *lost = (from - cursor) + overwritten;
        return end;
    }

private:
    static std::size_t roundUp(std::size_t n)
    {
        std::size_t c = 1;
        while (c < n)
            c <<= 1;
        return c;
    }
    std::size_t slot(std::uint64_t i) const noexcept { return std::size_t(i & (m_capacity - 1)); }

    template<std::size_t... W> void store(std::index_sequence<W...>, Words... words) noexcept
    {
        const std::uint64_t i = m_written.load(std::memory_order_relaxed);
        // Claimed before the slot is overwritten: a reader that sees any of the new contents
        // sees the claim too (the fence orders it before the data), and discards the slot.
        m_claimed.store(i + 1, std::memory_order_relaxed);
        std::atomic_thread_fence(std::memory_order_release);
        (std::get<W>(m_words)[slot(i)].store(words, std::memory_order_relaxed), ...);
        m_written.store(i + 1, std::memory_order_release);
    }

    template<std::size_t... W, typename Make>
    auto load(std::index_sequence<W...>, std::uint64_t i, Make &make) const
    {
        // Braced: the words are loaded in order.
        return std::apply(
            make, std::tuple<Words...> { std::get<W>(m_words)[slot(i)].load(std::memory_order_relaxed)... });
    }

    const std::size_t m_capacity;
    std::tuple<std::vector<std::atomic<Words>>...> m_words;
    std::atomic<std::uint64_t> m_written { 0 }; // entries published
    std::atomic<std::uint64_t> m_claimed { 0 }; // entries whose slot is being or has been written
};

} // namespace LockLens
