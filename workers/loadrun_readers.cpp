// SPDX-License-Identifier: GPL-3.0-or-later
// The reader group: clients beside the strategy's own that only read, each on a connection
// of its own whatever the strategy (a reader behind the shared connection's mutex or in
// the writer's queue would measure the application's lock, not SQLite's).
#include "workers/loadrun.h"

#include "workers/connection.h"
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

void LoadRun::startReaders()
{
    if (m_sc.readers <= 0)
        return;
    m_readerGate = std::make_unique<StartGate>(m_sc.readers);
    for (int r = 0; r < m_sc.readers; ++r) {
        if (!spawn(m_readerThreads, [this, r] { driveReader(r); }))
            m_readerGate->forfeit();
    }
}

void LoadRun::awaitReaders()
{
    for (auto &t : m_readerThreads)
        t.join();
    m_readerThreads.clear();
}

void LoadRun::joinReaders()
{
    if (!m_readerGate)
        return;
    // The strategy is over (or never began the load): no reader starts another transaction,
    // and one still at the gate passes it and leaves.
    m_stop.raise();
    m_readerGate->open();
    for (auto &t : m_readerThreads)
        t.join();
    m_readerThreads.clear();
}

void LoadRun::driveReader(int reader)
{
    QString why;
    auto c = Connection::open(
        m_readSc, { QStringLiteral("reader%1").arg(reader + 1), true, false, lockRegistry() }, &why);
    const bool ready = c && c->prepareLoad(m_readSc, &why);
    if (!ready)
        fatal(tr("reader %1: %2").arg(reader + 1).arg(why));
    m_readerGate->arriveAndWait();
    if (!ready)
        return;
    const std::size_t block = m_readerBase + std::size_t(reader);
    Session session(
        m_readSc, *m_stats[block], m_stop, [this](const QString &message) { fatal(message); }, block);
    GeneratedOps src(*m_readerGenerators[std::size_t(reader)]);
    Schedule schedule(clientRate(), m_sc.seed + block);
    forEachTransaction(budgetPerClient(), schedule,
        [&](int n, std::uint64_t at) { session.runTransaction(*c, src, n, at); });
}

} // namespace LockLens
