// SPDX-License-Identifier: GPL-3.0-or-later
// The split strategy: the load table lives in several database files, each with its own
// locks. Worker i writes file i % N on a connection of its own that opens that file as its
// main database and ATTACHes the others, so its lock-timeline lane shows the locks of the
// file it writes. Writers of different files never wait for each other, as long as their
// transactions are DEFERRED: BEGIN IMMEDIATE and EXCLUSIVE lock every attached file, each
// connection its own file first, so writers of different files deadlock until the busy
// timeout (measured: 2-3 operations/s instead of 40,000; Scenario::warnings() says so).
#include "loadrun.h"

#include "connection.h"
#include "sqlident.h"
#include "startgate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace LockLens {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LockLens::LoadRun", text);
}

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
        bool ok = m_keeper->query(
                      QStringLiteral("ATTACH DATABASE ? AS %1").arg(schema), nullptr, &err, { m_files[j] })
            && m_keeper->query(
                QStringLiteral("PRAGMA %1.journal_mode=%2").arg(schema, m_sc.journalMode), nullptr, &err)
            && m_keeper->query(
                QStringLiteral("PRAGMA %1.synchronous=%2").arg(schema, m_sc.synchronous), nullptr, &err)
            && m_keeper->query(
                QStringLiteral("SELECT count(*) FROM %1.sqlite_schema WHERE type = 'table' AND "
                               "name = ?")
                    .arg(schema),
                &v, &err, { m_sc.table });
        if (ok && v.toInt() == 0) {
            ok = m_keeper->exec(
                QStringLiteral("CREATE TABLE %1(id INTEGER PRIMARY KEY, worker INTEGER NOT NULL, "
                               "value INTEGER NOT NULL, payload BLOB)")
                    .arg(qualified),
                &err);
        } else if (ok) {
            // As for the database itself: never write into a table that merely shares the name.
            QSqlQuery q(m_keeper->database());
            int matching = 0;
            if (q.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table))) {
                while (q.next()) {
                    const QString name = q.value(1).toString().toLower();
                    if (name == QLatin1String("worker") || name == QLatin1String("value")
                        || name == QLatin1String("payload")
                        || (name == QLatin1String("id") && q.value(5).toInt() == 1))
                        ++matching;
                }
            }
            if (matching != 4) {
                *why = tr("the table %1 in %2 exists but is not a LockLens load table; choose another table "
                          "name")
                           .arg(table, m_files[j]);
                return false;
            }
        }
        // Every file starts with the rows the database was prefilled with.
        if (ok && m_sc.prefillRows > 0)
            ok = m_keeper->exec(QStringLiteral("INSERT INTO %1(worker, value, payload) SELECT worker, value, "
                                               "payload FROM main.%2 ORDER BY id LIMIT %3")
                                    .arg(qualified, table)
                                    .arg(m_sc.prefillRows),
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
