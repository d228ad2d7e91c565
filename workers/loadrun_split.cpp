// SPDX-License-Identifier: GPL-3.0-or-later
// The split strategy: the load table lives in several database files, each with its own
// locks. Worker i writes file i % N on a connection of its own that opens that file as its
// main database and ATTACHes the others, so its lock-timeline lane shows the locks of the
// file it writes. Writers of different files never wait for each other, as long as their
// transactions are DEFERRED: BEGIN IMMEDIATE and EXCLUSIVE lock every attached file, each
// connection its own file first, so writers of different files deadlock until the busy
// timeout (measured: 2-3 operations/s instead of 40,000; Scenario::warnings() says so).
#include "workers/loadrun.h"

#include "workers/connection.h"
#include "workers/loadtable.h"
#include "workers/sqlite/sqlident.h"
#include "workers/startgate.h"

namespace LockLens {

namespace {

// The schema name file `index` (0-based) is attached under: "split2", "split3"...
QString schemaOf(int index)
{
    return QStringLiteral("split%1").arg(index + 1);
}

// Attaches every file but `own` to `c`.
bool attachOthers(Connection &c, const QStringList &files, int own, QString *why)
{
    for (int j = 0; j < files.size(); ++j) {
        if (j != own
            && !c.query(QStringLiteral("ATTACH DATABASE ? AS %1").arg(quoteIdentifier(schemaOf(j))), nullptr,
                why, { files[j] }))
            return false;
    }
    return true;
}

} // namespace

bool LoadRun::setUpSplit(QString *why)
{
    const QString table = quoteIdentifier(m_sc.table);
    for (int j = 1; j < m_files.size(); ++j) {
        const QString schema = quoteIdentifier(schemaOf(j));
        const QString qualified = schema + QLatin1Char('.') + table;
        QString err;
        QVariant v;
        // (A table of that name that is not a load table was refused before anything was written.)
        bool ok = m_keeper->query(
                      QStringLiteral("ATTACH DATABASE ? AS %1").arg(schema), nullptr, &err, { m_files[j] })
            && m_keeper->query(
                QStringLiteral("PRAGMA %1.journal_mode=%2").arg(schema, m_sc.journalMode), nullptr, &err)
            && m_keeper->query(
                QStringLiteral("PRAGMA %1.synchronous=%2").arg(schema, m_sc.synchronous), nullptr, &err)
            && m_keeper->exec(LoadTable::createSql(qualified), &err);
        // Every file starts with the rows the database was prefilled with.
        if (ok && m_sc.prefillRows > 0)
            ok = m_keeper->exec(QStringLiteral("INSERT INTO %1(worker, value, payload) SELECT worker, value, "
                                               "payload FROM main.%2 ORDER BY id LIMIT %3")
                                    .arg(qualified, table, QString::number(m_sc.prefillRows)),
                &err);
        if (ok)
            ok = m_keeper->query(QStringLiteral("SELECT count(*) FROM %1").arg(qualified), &v, &err);
        if (!ok) {
            *why = tr("cannot set up the split file %1: %2").arg(m_files[j], err);
            return false;
        }
        m_initialRows += v.toLongLong();
    }
    return true;
}

bool LoadRun::splitRows(std::int64_t *rows, QString *why)
{
    *rows = 0;
    if (m_sc.strategy != Strategy::Split)
        return true;
    for (int j = 1; j < m_files.size(); ++j) {
        QVariant v;
        if (!m_keeper->query(QStringLiteral("SELECT count(*) FROM %1.%2")
                                 .arg(quoteIdentifier(schemaOf(j)), quoteIdentifier(m_sc.table)),
                &v, why))
            return false;
        *rows += v.toLongLong();
    }
    return true;
}

void LoadRun::runSplit()
{
    runOwnConnections([this](int i, QString *why) -> std::unique_ptr<Connection> {
        // Worker i's own file is its main database: the VFS records the locks of that file.
        const int own = i % int(m_files.size());
        Scenario mine = m_sc;
        mine.databasePath = m_files[own];
        auto c = Connection::open(
            mine, { QStringLiteral("worker%1").arg(i + 1), true, false, lockRegistry() }, why);
        return c && attachOthers(*c, m_files, own, why) && c->prepareLoad(mine, why) ? std::move(c) : nullptr;
    });
}

} // namespace LockLens
