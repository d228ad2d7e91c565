// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/scenario.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <mutex>

namespace LockLens {

class Connection;
class RunContext;

// How a run's workers reach the database: per-thread, shared, writer-queue, pool or split
// (strategies.h). A strategy runs only the load: the setup before it (RunSetup), the reader
// group beside it (ReaderGroup) and the checks after it (RunChecks) are the same for all.
// Its two calls are made once per run; the loops per operation are its own, with no virtual
// call in them.
class LoadStrategy
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::LoadRun)
public:
    // The strategy the scenario names.
    static std::unique_ptr<LoadStrategy> create(Strategy strategy);
    virtual ~LoadStrategy() = default;

    // The names of the statistics blocks of the strategy's clients, in order: one per worker
    // ("worker 1", ...), then any client of its own (the writer queue's writer).
    virtual QStringList clientNames(int workers) const;
    // Runs the load: starts the clients, each opening its connection, begins the load when
    // all are ready (RunContext::beginLoad), ends it at the count, the duration or a stop,
    // and returns when every thread it started has been joined.
    virtual void run(RunContext &ctx) = 0;

protected:
    // The loop of a worker that decides its own operations: on its own connection, or on one
    // it shares behind `shared`.
    static void driveWorker(RunContext &ctx, int index, Connection &c, std::mutex *shared);
};

} // namespace LockLens
