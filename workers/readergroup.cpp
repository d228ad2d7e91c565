// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/readergroup.h"

#include "workers/connection.h"
#include "workers/runcontext.h"
#include "workers/session.h"
#include "workers/startgate.h"

namespace LockLens {

Scenario readerScenario(const Scenario &sc)
{
    Scenario r = sc;
    r.mix = OpMix { 0, 0, 0, sc.mix.pointRead, sc.mix.rangeRead };
    if (r.mix.total() <= 0)
        r.mix.pointRead = 1;
    r.txMode = TxMode::Deferred;
    r.readBeforeWrite = false;
    return r;
}

ReaderGroup::ReaderGroup(RunContext &ctx)
    : m_ctx(ctx)
{
    m_ctx.readers = this;
}

ReaderGroup::~ReaderGroup()
{
    join();
    m_ctx.readers = nullptr;
}

void ReaderGroup::start()
{
    const Scenario &sc = m_ctx.sc;
    if (sc.readers <= 0)
        return;
    m_sc = readerScenario(sc); // after the setup: with an existing table's plan
    for (int i = 0; i < sc.readers; ++i)
        m_generators.push_back(
            std::make_unique<OpGenerator>(m_sc, sc.workers + i, m_ctx.initialMaxId, m_ctx.payloadPool));
    m_gate = std::make_unique<StartGate>(sc.readers);
    for (int r = 0; r < sc.readers; ++r) {
        if (!m_ctx.spawn(m_threads, [this, r] { drive(r); }))
            m_gate->forfeit();
    }
}

void ReaderGroup::await()
{
    for (auto &t : m_threads)
        t.join();
    m_threads.clear();
}

void ReaderGroup::join()
{
    if (!m_gate)
        return;
    m_ctx.stop.raise();
    m_gate->open();
    await();
}

void ReaderGroup::drive(int reader)
{
    QString why;
    auto c = Connection::open(
        m_sc, { QStringLiteral("reader%1").arg(reader + 1), true, false, m_ctx.lockRegistry() }, &why);
    const bool ready = c && c->prepareLoad(m_sc, &why);
    if (!ready)
        m_ctx.fatal(tr("reader %1: %2").arg(reader + 1).arg(why));
    m_gate->arriveAndWait();
    if (!ready)
        return;
    const std::size_t block = m_ctx.readerBase + std::size_t(reader);
    Session session(
        m_sc, *m_ctx.stats[block], m_ctx.stop, [this](const QString &message) { m_ctx.fatal(message); },
        block);
    GeneratedOps src(*m_generators[std::size_t(reader)]);
    Schedule schedule(m_ctx.clientRate(), m_ctx.sc.seed + block);
    m_ctx.forEachTransaction(m_ctx.budgetPerClient(), schedule,
        [&](int n, std::uint64_t at) { session.runTransaction(*c, src, n, at); });
}

} // namespace LockLens
