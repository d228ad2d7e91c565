// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/connection.h"

#include "workers/locktrace.h"
#include "workers/lockvfs.h"
#include "workers/sqlite/sqlitefile.h"

#include "workers/sqlite/sqlitelink.h"
#include "workers/tablegen.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

#include <chrono>
#include <thread>

namespace LockLens {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LockLens::Connection", text);
}
} // namespace

QString memoryDatabaseUri(const QString &name)
{
    return QStringLiteral("file:%1?mode=memory&cache=shared")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(name)));
}

QString databaseNameFor(const Scenario &sc)
{
    return sc.isMemory() ? memoryDatabaseUri(sc.memoryName) : sc.databasePath;
}

std::unique_ptr<Connection> Connection::open(const Scenario &sc, const Options &opt, QString *error, bool *locked)
{
    std::unique_ptr<Connection> c(new Connection);
    c->m_name = SqliteLink::uniqueConnectionName(opt.role);
    c->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c->m_name);
    QStringList options;
    // The driver's own timeout only matters where LockLens cannot install its handler.
    // (There, spin falls back to SQLite's own schedule: the run's warnings say so.)
    const int lockWaitMs = opt.lockWaitMs >= 0 ? opt.lockWaitMs : sc.busyTimeoutMs;
    const int driverTimeout = sc.busyPolicy == BusyPolicy::None && opt.lockWaitMs < 0 ? 0 : lockWaitMs;
    options << QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(driverTimeout);
    // A file's locks are recorded through LockLens's VFS where the driver shares our SQLite
    // (an in-memory database takes no file locks).
    const bool traced = opt.locks && !sc.isMemory() && LockTrace::Vfs::install();
    // A WAL file on read-only media opens only as immutable (see SqliteFile).
    const bool immutable = !sc.isMemory() && SqliteFile::readsAsImmutable(sc.databasePath);
    if (sc.isMemory() || traced || immutable)
        options << QStringLiteral("QSQLITE_OPEN_URI");
    c->m_db.setConnectOptions(options.join(QLatin1Char(';')));
    QString name = traced ? LockTrace::Vfs::uriFor(sc.databasePath) : databaseNameFor(sc);
    if (immutable)
        name = traced ? name + QStringLiteral("&immutable=1")
                      : SqliteFile::uri(sc.databasePath, QStringLiteral("immutable=1"));
    c->m_db.setDatabaseName(name);
    if (traced)
        c->m_locks = opt.locks->add(opt.role);
    LockTrace::Vfs::setOpeningRecorder(c->m_locks.get());
    const bool opened = c->m_db.open();
    LockTrace::Vfs::setOpeningRecorder(nullptr);
    if (!opened) {
        *error = tr("cannot open %1: %2")
                     .arg(sc.isMemory() ? sc.memoryName : sc.databasePath, c->m_db.lastError().text());
        return nullptr;
    }
    c->m_handle = SqliteLink::nativeHandle(c->m_db);
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
    bool ok = c->query(pragma, &mode, &why);
    // Switching a file into WAL or out of it reads, then writes: SQLite refuses that upgrade
    // with SQLITE_BUSY at once, without calling the busy handler. The setup tries again until
    // its wait is up (or it is stopped).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(lockWaitMs);
    while (!ok && set && opt.lockWaitMs >= 0 && c->m_lastBusy && std::chrono::steady_clock::now() < deadline) {
        constexpr auto pause = std::chrono::milliseconds(10);
        if (opt.abort ? !opt.abort->sleepFor(pause) : (std::this_thread::sleep_for(pause), false))
            break;
        ok = c->query(pragma, &mode, &why);
    }
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
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    if (m_locks)
        m_locks->finish();
}

bool Connection::prepareLoad(const Scenario &sc, QString *error)
{
    if (m_statements)
        return true;
    const bool useNative
        = m_handle && (sc.driverPath == DriverPath::Auto || sc.driverPath == DriverPath::Native);
    if (sc.existingTable) {
        if (!sc.tableModel) {
            *error = tr("the existing table %1 was not read at setup").arg(sc.table);
            return false;
        }
        m_statements = useNative ? TableGen::prepareTableNative(m_handle, sc, sc.tableModel, error)
                                 : TableGen::prepareTableQt(m_db, sc, sc.tableModel, error);
        return m_statements != nullptr;
    }
    const StatementTexts texts = StatementTexts::forScenario(sc);
    m_statements = useNative ? prepareNative(m_handle, texts, error) : prepareQt(m_db, texts, error);
    return m_statements != nullptr;
}

bool execBound(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (int i = 0; ok && i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    return ok && q.exec();
}

bool Connection::query(const QString &sql, QVariant *firstValue, QString *error, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    bool ok = execBound(q, sql, binds);
    if (ok && firstValue)
        *firstValue = q.next() ? q.value(0) : QVariant();
    m_lastBusy = false;
    if (!ok) {
        const QSqlError e = q.lastError();
        m_lastBusy = (e.nativeErrorCode().toInt() & 0xff) == SQLITE_BUSY;
        if (error)
            *error = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    }
    m_busy.flush();
    return ok;
}

void Connection::waitForLocks(int ms, const StopFlag *abort)
{
    if (m_handle) {
        m_busy.policy = BusyPolicy::Sqlite;
        m_busy.timeoutMs = ms;
        m_busy.abort = abort;
    } else { // Qt's own SQLite: its busy timeout, which nothing cuts short
        exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(ms), nullptr);
    }
}

} // namespace LockLens
