// SPDX-License-Identifier: GPL-3.0-or-later
// The split strategy: the load table lives in several database files, each with its own
// locks. Worker i writes file i % N on a connection of its own that opens that file as its
// main database and ATTACHes the others, so its lock-timeline lane shows the locks of the
// file it writes. Writers of different files never wait for each other, as long as their
// transactions are DEFERRED: BEGIN IMMEDIATE and EXCLUSIVE lock every attached file, each
// connection its own file first, so writers of different files deadlock until the busy
// timeout (measured: 2-3 operations/s instead of 40,000; Scenario::warnings() says so).
#include "workers/strategies.h"

#include "workers/connection.h"
#include "workers/runcontext.h"
#include "workers/splitfiles.h"

namespace LockLens {

std::unique_ptr<Connection> SplitStrategy::openWorker(RunContext &ctx, int worker, QString *why) const
{
    // Worker i's own file is its main database: the VFS records the locks of that file.
    const int own = worker % int(ctx.files.size());
    Scenario mine = ctx.sc;
    mine.databasePath = ctx.files[own];
    auto c = Connection::open(
        mine, { QStringLiteral("worker%1").arg(worker + 1), true, false, ctx.lockRegistry() }, why);
    return c && SplitFiles::attachOthers(*c, ctx.files, own, why) && c->prepareLoad(mine, why) ? std::move(c)
                                                                                               : nullptr;
}

} // namespace LockLens
