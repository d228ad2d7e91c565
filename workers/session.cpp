// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

namespace LockLens {

ErrorClass classifyError(int code, Stage stage, bool handlerGaveUp)
{
    if (code == SQLITE_BUSY_SNAPSHOT)
        return ErrorClass::BusySnapshot;
    if ((code & 0xff) == SQLITE_BUSY) {
        if (handlerGaveUp)
            return ErrorClass::BusyTimeout;
        // Inside a transaction that already holds a read lock SQLite does not call the
        // busy handler (waiting could deadlock): the upgrade fails at once.
        return stage == Stage::InTx ? ErrorClass::BusyUpgrade : ErrorClass::BusyBegin;
    }
    if ((code & 0xff) == SQLITE_LOCKED)
        return ErrorClass::Locked;
    return ErrorClass::Other;
}

void Session::failed(Connection &c, int rc, Stage stage, bool handlerCalled)
{
    BusyContext &busy = c.busy();
    bool gaveUp = false;
    if (c.countsBusy()) {
        gaveUp = handlerCalled && busy.gaveUp;
        busy.gaveUp = false;
    } else if ((rc & 0xff) == SQLITE_BUSY && rc != SQLITE_BUSY_SNAPSHOT && m_sc.busyPolicy != BusyPolicy::None
        && stage != Stage::InTx) {
        // Without LockLens's handler (Qt's own SQLite copy, or instrumentation off), SQLite's
        // handler ran with the timeout: a BUSY where it is consulted means it gave up.
        gaveUp = true;
    }
    const ErrorClass cls = classifyError(rc, stage, gaveUp);
    const auto i = std::size_t(cls);
    m_stats.errors[i].inc();
    // A conflict that never reached the busy handler is a busy event of its own.
    if ((rc & 0xff) == SQLITE_BUSY && !handlerCalled)
        m_stats.busyEvents.inc();
    if (m_stats.firstErrorMessage[i].isEmpty())
        m_stats.firstErrorMessage[i] = c.statements().lastError();
    StatementSet &st = c.statements();
    if (st.inTransaction())
        st.run(Stmt::Rollback, Op {}, nullptr, 0);
    busy.flush();
}

} // namespace LockLens
