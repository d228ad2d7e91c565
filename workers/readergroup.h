// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/scenario.h"

#include <QCoreApplication>

#include <memory>
#include <thread>
#include <vector>

namespace LockLens {

class OpGenerator;
class RunContext;
class StartGate;

// What a reader of the scenario runs: BEGIN DEFERRED, `batch` reads, COMMIT. The reads are
// the mix's point and range reads in their proportion, point reads when the mix has none.
Scenario readerScenario(const Scenario &sc);

// The reader group: clients beside the strategy's own that only read, each on a connection
// of its own whatever the strategy (a reader behind the shared connection's mutex or in
// the writer's queue would measure the application's lock, not SQLite's). Started before the
// strategy's clients, released with them by RunContext::beginLoad(), stopped with them,
// joined after them.
class ReaderGroup
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::LoadRun)
public:
    // The group of `ctx`'s run, from now on ctx.readers.
    explicit ReaderGroup(RunContext &ctx);
    ~ReaderGroup(); // join()s: no reader outlives the group
    ReaderGroup(const ReaderGroup &) = delete;
    ReaderGroup &operator=(const ReaderGroup &) = delete;

    // Starts the scenario's readers (none: nothing), each opening its connection and then
    // waiting at the gate.
    void start();
    // Where the readers wait for the load to begin; nullptr without readers.
    StartGate *gate() const { return m_gate.get(); }
    // Waits until every reader is done: in a count run each reads its own count, like a
    // worker; in a timed run they end at the duration.
    void await();
    // The strategy is over (or never began the load): raises the stop flag, so that no reader
    // starts another transaction and one still at the gate passes it and leaves; joins them.
    void join();

private:
    void drive(int reader);

    RunContext &m_ctx;
    Scenario m_sc; // what a reader runs: DEFERRED transactions of the mix's reads
    std::unique_ptr<StartGate> m_gate;
    std::vector<std::thread> m_threads;
    std::vector<std::unique_ptr<OpGenerator>> m_generators;
};

} // namespace LockLens
