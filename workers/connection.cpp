// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/connection.h"

#include "workers/locktrace.h"
#include "workers/lockvfs.h"
#include "workers/postgres/serverconnection.h"
#include "workers/sqlite/driverconnection.h"
#include "workers/tablegen.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace LockLens {

QString databaseNameFor(const Scenario &sc)
{
    if (sc.onServer()) {
        if (sc.server.isEmpty())
            return Connection::tr("a temporary PostgreSQL cluster");
        QString ignored;
        std::optional<Postgres::ServerAddress> a = Postgres::ServerAddress::parse(sc.server, &ignored);
        if (!a)
            return Connection::tr("a PostgreSQL server");
        a->password.clear(); // never shown
        return a->shown();
    }
    return sc.isMemory() ? Sqlite::memoryDatabaseUri(sc.memoryName) : sc.databasePath;
}

std::unique_ptr<Connection> Connection::open(
    const Scenario &sc, const Options &opt, QString *error, bool *locked)
{
    if (sc.onServer())
        return openServer(sc, opt, error);
    std::unique_ptr<Connection> c(new Connection);
    Sqlite::OpenSpec spec;
    spec.role = opt.role;
    spec.path = sc.databasePath;
    spec.memoryName = sc.memoryName;
    // The driver's own timeout only matters where LockLens cannot install its handler.
    // (There, spin falls back to SQLite's own schedule: the run's warnings say so.)
    const int lockWaitMs = opt.lockWaitMs >= 0 ? opt.lockWaitMs : sc.busyTimeoutMs;
    spec.busyTimeoutMs = sc.busyPolicy == BusyPolicy::None && opt.lockWaitMs < 0 ? 0 : lockWaitMs;
    // A file's locks are recorded through LockLens's VFS where the driver shares our SQLite
    // (an in-memory database takes no file locks).
    const bool traced = opt.locks && !sc.isMemory() && LockTrace::Vfs::install();
    if (traced) {
        spec.vfs = QLatin1String(LockTrace::Vfs::name());
        c->m_locks = opt.locks->add(opt.role);
    }
    LockTrace::Vfs::setOpeningRecorder(c->m_locks.get());
    QSqlError failure;
    c->m_driver = Sqlite::DriverConnection::open(spec, &failure);
    LockTrace::Vfs::setOpeningRecorder(nullptr);
    if (!c->m_driver) {
        *error
            = tr("cannot open %1: %2").arg(sc.isMemory() ? sc.memoryName : sc.databasePath, failure.text());
        return nullptr;
    }
    c->m_handle = c->m_driver->native();
    // The setup waits on SQLite's schedule whatever the run's policy: it is not the load.
    c->m_busy.policy = opt.lockWaitMs >= 0 ? BusyPolicy::Sqlite : sc.busyPolicy;
    c->m_busy.timeoutMs = lockWaitMs;
    c->m_busy.charge = &c->m_orphan;
    c->m_busy.abort = opt.abort;
    if (c->m_handle) {
        sqlite3_extended_result_codes(c->m_handle, 1);
        // LockLens's handler even uninstrumented: it follows the policy and stops waiting
        // when the run ends, where SQLite's own would sit out the whole timeout.
        c->m_busy.counting = sc.instrument;
        installBusyHandler(c->m_handle, &c->m_busy);
    }

    QString why;
    QVariant mode;
    // The controller sets the journal mode; workers follow it, and repeat only the rollback
    // modes, which hold per connection. An in-memory database keeps its journal in memory.
    const bool set = !sc.isMemory() && (opt.setJournalMode || sc.journalMode != QLatin1String("wal"));
    const QString pragma = set ? QStringLiteral("PRAGMA journal_mode=%1").arg(sc.journalMode)
                               : QStringLiteral("PRAGMA journal_mode");
    // Switching a file into WAL or out of it is refused with SQLITE_BUSY at once when another
    // connection does the same: the setup tries again until its wait is up (or it is stopped).
    const auto attempt = [&] { return c->query(pragma, &mode, &why); };
    const auto refusedBusy = [&] { return set && opt.lockWaitMs >= 0 && c->m_lastBusy; };
    const Sqlite::Pause pause = [&](std::chrono::milliseconds step) {
        return opt.abort ? opt.abort->sleepFor(step) : (std::this_thread::sleep_for(step), true);
    };
    const bool ok
        = Sqlite::retryWhileBusy(attempt, refusedBusy, std::chrono::milliseconds(lockWaitMs), pause);
    if (!ok) {
        *error = tr("cannot use %1: %2").arg(sc.isMemory() ? sc.memoryName : sc.databasePath, why);
        if (locked)
            *locked = c->m_lastBusy;
        return nullptr;
    }
    c->m_journalMode = mode.toString().toLower();
    if (!c->exec(QStringLiteral("PRAGMA synchronous=%1").arg(sc.synchronous), &why)) {
        *error = tr("cannot set synchronous=%1: %2").arg(sc.synchronous, why);
        return nullptr;
    }
    // Foreign keys are enforced only when the scenario asks, as the application it stands for
    // does; otherwise the connection keeps SQLite's default (off), as most applications run.
    if (sc.foreignKeys && !c->exec(QStringLiteral("PRAGMA foreign_keys=ON"), &why)) {
        *error = tr("cannot enforce foreign keys: %1").arg(why);
        return nullptr;
    }
    return c;
}

Connection::~Connection()
{
    m_statements.reset();
    m_driver.reset();
    m_server.reset();
    if (m_locks)
        m_locks->finish();
}

QSqlDatabase Connection::database() const
{
    return m_server ? m_server->database() : m_driver->database();
}

int Connection::backendPid() const
{
    return m_server ? m_server->backendPid() : 0;
}

bool Connection::serverNative() const
{
    return m_server && serverNativeAvailable(m_server->database(), m_server->backendPid());
}

bool Connection::prepareLoad(const Scenario &sc, QString *error)
{
    if (m_statements)
        return true;
    const bool useNative
        = m_handle && (sc.driverPath == DriverPath::Auto || sc.driverPath == DriverPath::Native);
    if (sc.existingTable) {
        if (!sc.tablePlan) {
            *error = tr("the existing table %1 was not read at setup").arg(sc.table);
            return false;
        }
        m_statements = useNative ? TableGen::prepareTableNative(m_handle, sc, sc.tablePlan, error)
                                 : TableGen::prepareTableQt(database(), sc, sc.tablePlan, error);
        return m_statements != nullptr;
    }
    const StatementTexts texts = StatementTexts::forScenario(sc);
    if (m_server) {
        const bool native = sc.driverPath != DriverPath::Qt && serverNative();
        if (sc.driverPath == DriverPath::Native && !native) {
            *error = tr("the native path steps statements through libpq on Qt's PostgreSQL driver's connection, "
                        "which this build or driver does not allow (use --driver auto or qt)");
            return false;
        }
        m_statements = native ? prepareServerNative(database(), backendPid(), texts, error)
                              : prepareQt(database(), texts, error);
        return m_statements != nullptr;
    }
    m_statements = useNative ? prepareNative(m_handle, texts, error) : prepareQt(database(), texts, error);
    return m_statements != nullptr;
}

bool Connection::query(const QString &sql, QVariant *firstValue, QString *error, const QVariantList &binds)
{
    if (m_server)
        return queryServer(sql, firstValue, error, binds);
    QSqlQuery q(m_driver->database());
    bool ok = Sqlite::execBound(q, sql, binds);
    if (ok && firstValue)
        *firstValue = q.next() ? q.value(0) : QVariant();
    m_lastBusy = false;
    if (!ok) {
        const QSqlError e = q.lastError();
        m_lastBusy = Sqlite::isBusy(e);
        if (error)
            *error = Sqlite::messageOf(e);
    }
    m_busy.flush();
    return ok;
}

void Connection::waitForLocks(int ms, const StopFlag *abort)
{
    if (m_server) {
        exec(QStringLiteral("SET lock_timeout = %1").arg(std::max(ms, 1)), nullptr);
    } else if (m_handle) {
        m_busy.policy = BusyPolicy::Sqlite;
        m_busy.timeoutMs = ms;
        m_busy.abort = abort;
    } else { // Qt's own SQLite: its busy timeout, which nothing cuts short
        exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(ms), nullptr);
    }
}

} // namespace LockLens
