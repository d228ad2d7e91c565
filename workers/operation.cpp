// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/operation.h"

#include <algorithm>
#include <cmath>

namespace LockLens {

Rng::Rng(std::uint64_t seed)
{
    std::uint64_t x = seed;
    for (auto &word : s) {
        x += 0x9e3779b97f4a7c15ull;
        std::uint64_t z = x;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        word = z ^ (z >> 31);
    }
}

double Rng::exponential(double mean) noexcept
{
    // 53 random bits into (0, 1].
    const double u = (double(next() >> 11) + 1.0) * (1.0 / 9007199254740992.0);
    return -std::log(u) * mean;
}

OpGenerator::PayloadPool OpGenerator::makePayloadPool(const Scenario &sc)
{
    // Random bytes: payloads that compress no better than real data would.
    auto pool = std::make_shared<std::vector<char>>();
    if (sc.payloadBytes > 0) {
        pool->resize(std::size_t(sc.payloadBytes) + 64 * 1024);
        Rng fill(sc.seed ^ 0x5eedull);
        for (std::size_t i = 0; i < pool->size(); i += 8) {
            const std::uint64_t r = fill.next();
            for (std::size_t b = 0; b < 8 && i + b < pool->size(); ++b)
                (*pool)[i + b] = char(r >> (8 * b));
        }
    }
    return pool;
}

OpGenerator::OpGenerator(const Scenario &sc, int worker, std::int64_t initialMaxId, PayloadPool pool)
    : m_rng(sc.seed * 0x100000001b3ull + std::uint64_t(worker) + 1)
    , m_worker(worker)
    , m_workers(std::max(1, sc.workers))
    , m_idSpan(std::max<std::int64_t>(1, initialMaxId))
    , m_totalWeight(std::max(1, sc.mix.total()))
    , m_payloadBytes(sc.payloadBytes)
    , m_pool(std::move(pool))
{
    m_cut[0] = sc.mix.insert;
    m_cut[1] = m_cut[0] + sc.mix.update;
    m_cut[2] = m_cut[1] + sc.mix.remove;
    m_cut[3] = m_cut[2] + sc.mix.pointRead;
    const std::pair<int, OpKind> weights[] = { { sc.mix.insert, OpKind::Insert },
        { sc.mix.update, OpKind::Update }, { sc.mix.remove, OpKind::Delete },
        { sc.mix.pointRead, OpKind::PointRead }, { sc.mix.rangeRead, OpKind::RangeRead } };
    for (const auto &[weight, kind] : weights) {
        if (weight == m_totalWeight)
            m_onlyKind = kind;
    }
}

} // namespace LockLens
