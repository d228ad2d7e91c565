// SPDX-License-Identifier: GPL-3.0-or-later
// A run's setup (every check that can refuse it comes before anything writes), its prefill,
// and the verification after the load.
#include "workers/loadrun.h"

#include "workers/clock.h"
#include "workers/connection.h"
#include "workers/environment.h"
#include "workers/loadtable.h"
#include "workers/readonlyconnection.h"
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

namespace {
// How long the checks after the load wait for a lock another connection holds.
constexpr int VerifyWaitMs = 2000;
} // namespace

int LoadRun::setupWaitMs() const
{
    // As long as a worker would wait, but no longer than the run would last.
    const double ms = m_sc.durationS > 0 ? std::min(double(m_sc.busyTimeoutMs), m_sc.durationS * 1000) : m_sc.busyTimeoutMs;
    return int(std::ceil(ms));
}

bool LoadRun::setUpFailed(const QString &why, bool locked)
{
    m_error = why;
    m_setupLocked = locked;
    return false;
}

bool LoadRun::refuseBeforeWriting()
{
    QString why;
    if (m_sc.driverPath == DriverPath::Native && !SqliteLink::driverSharesLibrary())
        return setUpFailed(tr("the native path needs Qt's SQLite driver to run on the SQLite LockLens links, "
                              "but this driver carries its own copy (use --driver auto or qt)"));
    if (!m_sc.isMemory() && QFileInfo(m_sc.databasePath).isDir())
        return setUpFailed(tr("%1 is a folder, not a database file").arg(m_sc.databasePath));
    if (!m_sc.isMemory() && !m_temporary && !QFileInfo::exists(m_sc.databasePath)) {
        const QFileInfo dir(QFileInfo(m_sc.databasePath).absolutePath());
        if (!dir.isDir())
            return setUpFailed(
                tr("cannot create %1: the folder %2 does not exist").arg(m_sc.databasePath, dir.filePath()));
    }
    // An existing table is read, read-only, before anything opens the file for writing.
    if (m_sc.existingTable) {
        Scenario reading = m_sc;
        reading.busyTimeoutMs = setupWaitMs();
        m_sc.tablePlan = TableGen::TablePlan::load(reading, &why, &m_abort);
        if (!m_sc.tablePlan)
            return setUpFailed(why);
        m_readSc.tablePlan = m_sc.tablePlan;
        return true;
    }
    // LockLens's own load table: in each file that exists already, a table of that name must
    // be one (never write into a table of the user's that merely shares the name).
    for (const QString &file : std::as_const(m_files)) {
        if (m_sc.isMemory() || !QFileInfo::exists(file))
            continue;
        ReadOnlyConnection db(file, setupWaitMs(), &m_abort);
        LoadTable::Found found = LoadTable::Found::Missing;
        if (!db.ok() || !LoadTable::find(db, m_sc.table, &found, &why))
            return setUpFailed(tr("cannot read %1: %2").arg(file, db.ok() ? why : db.error()), db.lastWasBusy());
        if (found == LoadTable::Found::OtherTable)
            return setUpFailed(
                tr("the table %1 in %2 exists but is not a LockLens load table (it needs id INTEGER PRIMARY KEY, "
                   "worker, value and payload); choose another table name")
                    .arg(quoteIdentifier(m_sc.table), file));
    }
    return true;
}

bool LoadRun::setUp()
{
    // Every check that can refuse the run comes first, on read-only connections: a refused
    // run leaves every file byte for byte as it was.
    if (!refuseBeforeWriting())
        return false;
    QString why;
    bool locked = false;
    m_keeper = Connection::open(m_sc,
        { QStringLiteral("control"), true, true, lockRegistry(), setupWaitMs(), &m_abort }, &why, &locked);
    if (!m_keeper)
        return setUpFailed(why, locked);
    const QString table = quoteIdentifier(m_sc.table);
    if (!m_sc.existingTable && !m_keeper->exec(LoadTable::createSql(table), &why))
        return setUpFailed(tr("cannot create the load table %1: %2").arg(table, why), m_keeper->lastFailureWasBusy());
    // A read-only file fails now, with the reason, rather than in every transaction. (No
    // probe that takes a lock: a lock held by someone else is what the run is to measure.)
    if (m_sc.mix.hasWrites() && !m_sc.isMemory()) {
        const bool readOnly = m_keeper->native() ? sqlite3_db_readonly(m_keeper->handle(), "main") == 1
                                                 : !QFileInfo(m_sc.databasePath).isWritable();
        if (readOnly)
            return setUpFailed(tr("cannot write to %1: the file is read-only").arg(m_sc.databasePath));
    }
    m_payloadPool = OpGenerator::makePayloadPool(m_sc);
    if (m_sc.prefillRows > 0 && !prefill(table, &why))
        return setUpFailed(tr("cannot prefill %1: %2").arg(table, why), m_keeper->lastFailureWasBusy());
    QVariant v;
    if (!m_keeper->query(QStringLiteral("SELECT count(*) FROM %1").arg(table), &v, &why))
        return setUpFailed(tr("cannot count the rows of %1: %2").arg(table, why), m_keeper->lastFailureWasBusy());
    m_initialRows = v.toLongLong();
    m_keeper->query(QStringLiteral("SELECT coalesce(max(%2), 0) FROM %1")
                        .arg(table, m_sc.existingTable ? m_sc.tablePlan->rowid : QStringLiteral("id")),
        &v, &why);
    m_initialMaxId = v.toLongLong();
    if (m_sc.strategy == Strategy::Split && !setUpSplit(&why))
        return setUpFailed(why, m_keeper->lastFailureWasBusy());
    for (int i = 0; i < m_sc.workers; ++i)
        m_generators.push_back(std::make_unique<OpGenerator>(m_sc, i, m_initialMaxId, m_payloadPool));
    for (int i = 0; i < m_sc.readers; ++i)
        m_readerGenerators.push_back(
            std::make_unique<OpGenerator>(m_readSc, m_sc.workers + i, m_initialMaxId, m_payloadPool));
    return true;
}

bool LoadRun::prefill(const QString &table, QString *why)
{
    OpGenerator gen(m_sc, 0, 1, m_payloadPool);
    if (m_sc.existingTable)
        return TableGen::prefill(m_keeper->database(), m_sc, gen, m_sc.prefillRows, m_stop.flag(), why);
    QSqlQuery ins(m_keeper->database());
    bool ok = m_keeper->exec(QStringLiteral("BEGIN IMMEDIATE"), why)
        && ins.prepare(QStringLiteral("INSERT INTO %1(worker, value, payload) VALUES(?, ?, ?)").arg(table));
    for (std::int64_t i = 0; ok && i < m_sc.prefillRows; ++i) {
        if (i % 4096 == 0 && m_stop.raised()) {
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

void LoadRun::reportLockedOut()
{
    m_result.setupS = Clock::toSeconds(Clock::now() - m_setupStart);
    m_result.environment = m_keeper ? probeEnvironment(*m_keeper, false) : probeEnvironment(m_sc.databasePath);
    m_result.environment.driverPath.clear(); // no load ran
    m_result.journalMode = m_keeper ? m_keeper->effectiveJournalMode() : QString();
    m_result.stopped = m_userStopped.load();
    m_result.warnings = scenarioWarnings();
    Verification &v = m_result.verification;
    v.lockedOut = true;
    const QString waited = QString::number(m_result.setupS, 'f', 1);
    v.error = m_result.stopped
        ? tr("stopped after the setup had waited %1 s for a lock another connection held on the database; the "
             "load did not start (%2)")
              .arg(waited, m_error)
        : tr("another connection held a lock on the database: the setup waited %1 s of the %2 s it could (the "
             "busy timeout, or the run's duration if shorter), so the load did not start (%3)")
              .arg(waited, QString::number(setupWaitMs() / 1000.0, 'f', 1), m_error);
    m_result.warnings << tr(
        "The database was locked by another connection: a lock that blocks even readers (EXCLUSIVE or "
        "PENDING, as a rollback-journal writer takes to commit, or BEGIN EXCLUSIVE), or the write lock "
        "when the run had to create its table. The setup waits for it as long as the run would last.");
    m_error.clear();
}

void LoadRun::verify()
{
    Verification &v = m_result.verification;
    StatsSnapshot total;
    for (const auto &s : m_stats)
        total.merge(StatsSnapshot::of(*s));
    v.rowsExpected = m_initialRows + std::int64_t(total.inserted) - std::int64_t(total.deleted);
    // A lock another connection holds is waited for briefly (and no longer once stopped):
    // the checks are not the load.
    m_keeper->waitForLocks(VerifyWaitMs, &m_verifyStop);
    const auto lockedOut = [&](const QString &why) {
        v.lockedOut = true;
        v.error = m_verifyStop.raised()
            ? tr("stopped while waiting for a lock another connection held on the database (%1)").arg(why)
            : tr("another connection held a lock on the database through the %1 s the checks after the load "
                 "wait (%2)")
                  .arg(QString::number(VerifyWaitMs / 1000.0, 'f', 1), why);
    };
    QString why;
    QVariant value;
    if (!m_keeper->query(
            QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(m_sc.table)), &value, &why)) {
        if (m_keeper->lastFailureWasBusy())
            return lockedOut(why);
        v.error = tr("cannot count the rows after the run: %1").arg(why);
        return;
    }
    v.rowsPresent = value.toLongLong();
    std::int64_t split = 0;
    if (!splitRows(&split, &why)) {
        if (m_keeper->lastFailureWasBusy())
            return lockedOut(why);
        v.error = tr("cannot count the rows of the split files after the run: %1").arg(why);
        return;
    }
    v.rowsPresent += split;
    v.lostRows = std::max<std::int64_t>(0, v.rowsExpected - v.rowsPresent);
    v.extraRows = std::max<std::int64_t>(0, v.rowsPresent - v.rowsExpected);
    QSqlQuery q(m_keeper->database());
    QStringList problems;
    if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (q.next() && problems.size() < 20)
            problems << q.value(0).toString();
    }
    if (q.lastError().isValid()) {
        // Locked now, but rows already known to be lost: that is the verdict (not "not verified").
        const bool busy = (q.lastError().nativeErrorCode().toInt() & 0xff) == SQLITE_BUSY;
        if (busy && v.lostRows == 0)
            return lockedOut(q.lastError().databaseText());
        problems << (busy ? tr("not checked: another connection held a lock on the database (%1)")
                                .arg(q.lastError().databaseText())
                          : q.lastError().text());
    }
    v.integrity = problems.join(QLatin1Char('\n'));
    v.checked = true;
}

} // namespace LockLens
