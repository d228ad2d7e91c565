// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/session.h"

#include <chrono>
#include <cmath>

namespace LockLens {

ErrorClass classifyError(int code, TxStage stage, bool handlerCalled, bool handlerGaveUp)
{
    if (code == SQLITE_BUSY_SNAPSHOT)
        return ErrorClass::BusySnapshot;
    if ((code & 0xff) == SQLITE_BUSY) {
        if (handlerGaveUp)
            return ErrorClass::BusyTimeout;
        switch (stage) {
        case TxStage::Commit:
            // COMMIT waits for readers to leave (rollback journal) through the busy
            // handler; a BUSY here means that wait ran out, however short it was.
            return ErrorClass::BusyTimeout;
        case TxStage::InTx:
            // Inside a transaction that already holds a read lock SQLite does not call the
            // busy handler (waiting could deadlock): the upgrade fails at once.
            return handlerCalled ? ErrorClass::BusyTimeout : ErrorClass::BusyUpgrade;
        case TxStage::Begin:
        case TxStage::Autocommit:
            break;
        }
        return ErrorClass::BusyBegin;
    }
    if ((code & 0xff) == SQLITE_LOCKED)
        return ErrorClass::Locked;
    return ErrorClass::Other;
}

bool isFatal(int code)
{
    switch (code & 0xff) {
    case SQLITE_READONLY:
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_NOMEM:
        return true;
    default:
        return false;
    }
}

void Session::failed(Connection &c, int rc, TxStage stage, bool handlerCalled)
{
    BusyContext &busy = c.busy();
    StatementSet &st = c.statements();
    const std::optional<StatementSet::ServerFailure> server = st.serverFailure();
    // On PostgreSQL a wait the end of the run cut short is a statement cancelled (57014) once
    // the stop flag is up (ServerSampler cancels it).
    const bool aborted = busy.aborted || (server && server->code == QLatin1String("57014") && m_stop.raised());
    bool gaveUp = false;
    if (c.countsBusy()) {
        gaveUp = handlerCalled && busy.gaveUp;
    } else if ((rc & 0xff) == SQLITE_BUSY && rc != SQLITE_BUSY_SNAPSHOT && m_sc.busyPolicy != BusyPolicy::None
        && (stage == TxStage::Begin || stage == TxStage::Autocommit)) {
        // Without LockLens's handler (Qt's own SQLite copy, or instrumentation off), SQLite's
        // handler ran with the timeout: a BUSY where it is consulted means it gave up.
        gaveUp = true;
    }
    busy.gaveUp = false;
    busy.aborted = false;
    m_aborted = aborted;
    if (!aborted) { // a wait cut short by the end of the run is no error of SQLite's
        const ErrorClass cls = server ? server->cls : classifyError(rc, stage, handlerCalled, gaveUp);
        const auto i = std::size_t(cls);
        m_stats.errors[i].inc();
        // A conflict that never reached the busy handler is a busy event of its own.
        if (server ? cls == ErrorClass::BusyTimeout : (rc & 0xff) == SQLITE_BUSY && !handlerCalled)
            m_stats.busyEvents.inc(); // (on PostgreSQL: a lock wait lock_timeout ended)
        if (m_stats.firstErrorMessage[i].isEmpty())
            m_stats.firstErrorMessage[i] = st.lastError();
        if (server ? server->endsRun : isFatal(rc)) {
            if (m_onFatal)
                m_onFatal(!server ? QStringLiteral("%1 (SQLite error %2)").arg(st.lastError(), QString::number(rc))
                        : server->code.isEmpty() ? st.lastError()
                                                 : QStringLiteral("%1 (SQLSTATE %2)").arg(st.lastError(), server->code));
        }
    }
    if (st.inTransaction())
        st.run(Stmt::Rollback, Op {}, nullptr, 0);
    busy.flush();
}

void Session::cutShort(Connection &c)
{
    StatementSet &st = c.statements();
    if (st.inTransaction())
        st.run(Stmt::Rollback, Op {}, nullptr, 0);
    c.busy().flush();
    m_aborted = true;
}

bool Session::backOff(int retry)
{
    using namespace std::chrono;
    const double nominal = m_sc.retryBackoff.nominalMs(retry);
    if (m_stop.raised())
        return false;
    if (nominal <= 0)
        return true;
    const double factor = 0.5 + double(m_jitter.below(1u << 20)) / double(1u << 20);
    if (m_timed)
        m_stats.backoffTicks.begin(Clock::now());
    const bool slept = m_stop.sleepFor(microseconds(std::llround(nominal * factor * 1000)));
    if (m_timed)
        m_stats.backoffTicks.end(Clock::now());
    return slept;
}

} // namespace LockLens
