// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/scenario.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace LockLens {

enum class OpKind : std::uint8_t { Insert, Update, Delete, PointRead, RangeRead };

inline bool isWrite(OpKind k)
{
    return k == OpKind::Insert || k == OpKind::Update || k == OpKind::Delete;
}

// One operation, fully decided before it runs so that a retried transaction repeats it.
struct Op
{
    OpKind kind = OpKind::Insert;
    std::int32_t worker = 0;
    std::int32_t payloadOffset = 0; // into the generator's payload pool
    std::int64_t id = 0; // target row for update, delete and reads
    std::int64_t value = 0;
    std::uint64_t origin = 0; // clock ticks when the operation was issued (writer queue)
};

// xoshiro256** seeded through splitmix64: fast, small state, good enough for load mixes.
struct Rng
{
    std::uint64_t s[4];

    explicit Rng(std::uint64_t seed = 1);
    std::uint64_t next() noexcept
    {
        const std::uint64_t result = rotl(s[1] * 5, 7) * 9;
        const std::uint64_t t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = rotl(s[3], 45);
        return result;
    }
    // Uniform in [0, n) (n > 0), without modulo bias worth mentioning for load generation.
    std::uint64_t below(std::uint64_t n) noexcept
    {
#if defined(__SIZEOF_INT128__)
        return std::uint64_t((__uint128_t(next()) * n) >> 64);
#else
        return next() % n;
#endif
    }
    // Exponentially distributed with the given mean.
    double exponential(double mean) noexcept;

private:
    static std::uint64_t rotl(std::uint64_t x, int k) noexcept
    {
        return (x << k) | (x >> (64 - k));
    }
};

// Decides the next operation of one worker: kind by the mix, target rows, values and a
// payload taken from a pool of random bytes (no allocation per operation).
class OpGenerator
{
public:
    // Random bytes that payloads are windows into: one pool per run, shared read-only by
    // every worker (a 16 MiB payload times 1024 workers must not mean 16 GiB).
    using PayloadPool = std::shared_ptr<const std::vector<char>>;
    static PayloadPool makePayloadPool(const Scenario &sc);

    OpGenerator(const Scenario &sc, int worker, std::int64_t initialMaxId, PayloadPool pool);

    Op next() noexcept
    {
        Op op;
        op.worker = m_worker;
        if (m_onlyKind) {
            op.kind = *m_onlyKind; // a one-kind mix needs no draw
        } else {
            const auto pick = std::int64_t(m_rng.below(std::uint64_t(m_totalWeight)));
            op.kind = pick < m_cut[0] ? OpKind::Insert
                : pick < m_cut[1]     ? OpKind::Update
                : pick < m_cut[2]     ? OpKind::Delete
                : pick < m_cut[3]     ? OpKind::PointRead
                                      : OpKind::RangeRead;
        }
        op.value = std::int64_t(m_rng.next() >> 1);
        if (op.kind != OpKind::Insert)
            op.id = 1 + std::int64_t(m_rng.below(std::uint64_t(m_idSpan)));
        else
            m_idSpan += m_workers; // every worker inserts about as much: the table grows that fast
        if (m_payloadBytes > 0 && op.kind != OpKind::Delete)
            op.payloadOffset = std::int32_t(
                m_rng.below(std::uint64_t(m_pool->size()) - std::uint64_t(m_payloadBytes) + 1));
        return op;
    }

    const char *payload(const Op &op) const { return m_pool->data() + op.payloadOffset; }
    int payloadBytes() const { return m_payloadBytes; }

    // Transactions are retried with the same operations: save and restore the state.
    struct State
    {
        Rng rng;
        std::int64_t idSpan;
    };
    State state() const { return { m_rng, m_idSpan }; }
    void restore(const State &s)
    {
        m_rng = s.rng;
        m_idSpan = s.idSpan;
    }
    Rng &rng() { return m_rng; }

private:
    Rng m_rng;
    std::int32_t m_worker;
    std::int64_t m_workers;
    std::int64_t m_idSpan;
    std::int64_t m_totalWeight;
    std::int64_t m_cut[4];
    std::optional<OpKind> m_onlyKind;
    int m_payloadBytes;
    PayloadPool m_pool;
};

} // namespace LockLens
