// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/runsetup.h"

#include "workers/connection.h"
#include "workers/loadtable.h"
#include "workers/postgres/tempcluster.h"
#include "workers/readonlyconnection.h"
#include "workers/runcontext.h"
#include "workers/splitfiles.h"
#include "workers/sqlite/sqlident.h"
#include "workers/sqlite/sqlitelink.h"
#include "workers/tablegen.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace LockLens {

RunSetup::RunSetup(RunContext &ctx, bool temporary)
    : m_ctx(ctx)
    , m_sc(ctx.sc)
    , m_temporary(temporary)
{
}

RunSetup::~RunSetup() = default;

int RunSetup::waitMs(const Scenario &sc)
{
    // As long as a worker would wait, but no longer than the run would last.
    const double ms
        = sc.durationS > 0 ? std::min(double(sc.busyTimeoutMs), sc.durationS * 1000) : sc.busyTimeoutMs;
    return int(std::ceil(ms));
}

bool RunSetup::failed(const QString &why, bool locked)
{
    m_error = why;
    m_locked = locked;
    return false;
}

bool RunSetup::refuseBeforeWriting()
{
    QString why;
    if (m_sc.driverPath == DriverPath::Native && !SqliteLink::driverSharesLibrary())
        return failed(tr("the native path needs Qt's SQLite driver to run on the SQLite LockLens links, "
                         "but this driver carries its own copy (use --driver auto or qt)"));
    if (!m_sc.isMemory() && QFileInfo(m_sc.databasePath).isDir())
        return failed(tr("%1 is a folder, not a database file").arg(m_sc.databasePath));
    if (!m_sc.isMemory() && !m_temporary && !QFileInfo::exists(m_sc.databasePath)) {
        const QFileInfo dir(QFileInfo(m_sc.databasePath).absolutePath());
        if (!dir.isDir())
            return failed(
                tr("cannot create %1: the folder %2 does not exist").arg(m_sc.databasePath, dir.filePath()));
    }
    // An existing table is read, read-only, before anything opens the file for writing.
    if (m_sc.existingTable) {
        Scenario reading = m_sc;
        reading.busyTimeoutMs = waitMs(m_sc);
        m_sc.tablePlan = TableGen::TablePlan::load(reading, &why, &m_ctx.abort);
        if (!m_sc.tablePlan)
            return failed(why);
        return true;
    }
    // LockLens's own load table: in each file that exists already, a table of that name must
    // be one (never write into a table of the user's that merely shares the name).
    for (const QString &file : std::as_const(m_ctx.files)) {
        if (m_sc.isMemory() || !QFileInfo::exists(file))
            continue;
        ReadOnlyConnection db(file, waitMs(m_sc), &m_ctx.abort);
        LoadTable::Found found = LoadTable::Found::Missing;
        if (!db.ok() || !LoadTable::find(db, m_sc.table, &found, &why))
            return failed(tr("cannot read %1: %2").arg(file, db.ok() ? why : db.error()), db.lastWasBusy());
        if (found == LoadTable::Found::OtherTable)
            return failed(tr("the table %1 in %2 exists but is not a LockLens load table (it needs id "
                             "INTEGER PRIMARY KEY, "
                             "worker, value and payload); choose another table name")
                              .arg(quoteIdentifier(m_sc.table), file));
    }
    return true;
}

std::unique_ptr<Postgres::TemporaryCluster> RunSetup::takeCluster()
{
    return std::move(m_cluster);
}

bool RunSetup::openDatabase()
{
    // Every check that can refuse the run comes first, on read-only connections: a refused
    // run leaves every file byte for byte as it was.
    if (!refuseBeforeWriting())
        return false;
    QString why;
    bool locked = false;
    m_keeper = Connection::open(m_sc,
        { QStringLiteral("control"), true, true, m_ctx.lockRegistry(), waitMs(m_sc), &m_ctx.abort }, &why,
        &locked);
    if (!m_keeper)
        return failed(why, locked);
    const QString table = quoteIdentifier(m_sc.table);
    if (!m_sc.existingTable && !m_keeper->exec(LoadTable::createSql(table), &why))
        return failed(
            tr("cannot create the load table %1: %2").arg(table, why), m_keeper->lastFailureWasBusy());
    // A read-only file fails now, with the reason, rather than in every transaction. (No
    // probe that takes a lock: a lock held by someone else is what the run is to measure.)
    if (m_sc.mix.hasWrites() && !m_sc.isMemory()) {
        const bool readOnly = m_keeper->native() ? sqlite3_db_readonly(m_keeper->handle(), "main") == 1
                                                 : !QFileInfo(m_sc.databasePath).isWritable();
        if (readOnly)
            return failed(tr("cannot write to %1: the file is read-only").arg(m_sc.databasePath));
    }
    return true;
}

bool RunSetup::run()
{
    if (!(m_sc.onServer() ? openServer() : openDatabase()))
        return false;
    const QString table = quoteIdentifier(m_sc.table);
    QString why;
    m_ctx.payloadPool = OpGenerator::makePayloadPool(m_sc);
    if (m_sc.prefillRows > 0 && !prefill(table, &why))
        return failed(tr("cannot prefill %1: %2").arg(table, why), m_keeper->lastFailureWasBusy());
    QVariant v;
    if (!m_keeper->query(QStringLiteral("SELECT count(*) FROM %1").arg(table), &v, &why))
        return failed(tr("cannot count the rows of %1: %2").arg(table, why), m_keeper->lastFailureWasBusy());
    m_initialRows = v.toLongLong();
    m_keeper->query(QStringLiteral("SELECT coalesce(max(%2), 0) FROM %1")
                        .arg(table, m_sc.existingTable ? m_sc.tablePlan->rowid : QStringLiteral("id")),
        &v, &why);
    m_ctx.initialMaxId = v.toLongLong();
    if (m_sc.strategy == Strategy::Split
        && !SplitFiles::setUp(*m_keeper, m_sc, m_ctx.files, &m_initialRows, &why))
        return failed(why, m_keeper->lastFailureWasBusy());
    for (int i = 0; i < m_sc.workers; ++i)
        m_ctx.generators.push_back(
            std::make_unique<OpGenerator>(m_sc, i, m_ctx.initialMaxId, m_ctx.payloadPool));
    return true;
}

bool RunSetup::prefill(const QString &table, QString *why)
{
    OpGenerator gen(m_sc, 0, 1, m_ctx.payloadPool);
    if (m_sc.existingTable)
        return TableGen::prefill(m_keeper->database(), m_sc, gen, m_sc.prefillRows, m_ctx.stop.flag(), why);
    QSqlQuery ins(m_keeper->database());
    bool ok = m_keeper->exec(m_sc.onServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"), why)
        && ins.prepare(QStringLiteral("INSERT INTO %1(worker, value, payload) VALUES(?, ?, ?)").arg(table));
    for (std::int64_t i = 0; ok && i < m_sc.prefillRows; ++i) {
        if (i % 4096 == 0 && m_ctx.stop.raised()) {
            m_keeper->exec(QStringLiteral("ROLLBACK"), nullptr);
            return true; // stopped before the load began: a clean stop, nothing prefilled
        }
        const Op op = gen.next();
        ins.bindValue(0, -1);
        ins.bindValue(1, qint64(op.value));
        ins.bindValue(2,
            m_sc.payloadBytes > 0 ? QVariant(QByteArray(gen.payload(op), m_sc.payloadBytes))
                                  : QVariant(QMetaType::fromType<QByteArray>()));
        ok = ins.exec();
        if (!ok)
            *why = ins.lastError().text();
    }
    ins = QSqlQuery();
    ok = ok && m_keeper->exec(QStringLiteral("COMMIT"), why);
    if (!ok)
        m_keeper->exec(QStringLiteral("ROLLBACK"), nullptr);
    return ok;
}

} // namespace LockLens
