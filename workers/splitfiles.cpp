// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/splitfiles.h"

#include "workers/connection.h"
#include "workers/loadtable.h"
#include "workers/sqlite/sqlident.h"

namespace LockLens {

namespace {

// The schema name file `index` (0-based) is attached under: "split2", "split3"...
QString schemaOf(int index)
{
    return QStringLiteral("split%1").arg(index + 1);
}

} // namespace

bool SplitFiles::attachOthers(Connection &c, const QStringList &files, int own, QString *why)
{
    for (int j = 0; j < files.size(); ++j) {
        if (j != own
            && !c.query(QStringLiteral("ATTACH DATABASE ? AS %1").arg(quoteIdentifier(schemaOf(j))), nullptr,
                why, { files[j] }))
            return false;
    }
    return true;
}

bool SplitFiles::setUp(
    Connection &keeper, const Scenario &sc, const QStringList &files, std::int64_t *rows, QString *why)
{
    const QString table = quoteIdentifier(sc.table);
    for (int j = 1; j < files.size(); ++j) {
        const QString schema = quoteIdentifier(schemaOf(j));
        const QString qualified = schema + QLatin1Char('.') + table;
        QString err;
        QVariant v;
        // (A table of that name that is not a load table was refused before anything was written.)
        bool ok
            = keeper.query(QStringLiteral("ATTACH DATABASE ? AS %1").arg(schema), nullptr, &err, { files[j] })
            && keeper.query(
                QStringLiteral("PRAGMA %1.journal_mode=%2").arg(schema, sc.journalMode), nullptr, &err)
            && keeper.query(
                QStringLiteral("PRAGMA %1.synchronous=%2").arg(schema, sc.synchronous), nullptr, &err)
            && keeper.exec(LoadTable::createSql(qualified), &err);
        // Every file starts with the rows the database was prefilled with.
        if (ok && sc.prefillRows > 0)
            ok = keeper.exec(QStringLiteral("INSERT INTO %1(worker, value, payload) SELECT worker, value, "
                                            "payload FROM main.%2 ORDER BY id LIMIT %3")
                                 .arg(qualified, table, QString::number(sc.prefillRows)),
                &err);
        if (ok)
            ok = keeper.query(QStringLiteral("SELECT count(*) FROM %1").arg(qualified), &v, &err);
        if (!ok) {
            *why = tr("cannot set up the split file %1: %2").arg(files[j], err);
            return false;
        }
        *rows += v.toLongLong();
    }
    return true;
}

bool SplitFiles::countRows(
    Connection &keeper, const Scenario &sc, const QStringList &files, std::int64_t *rows, QString *why)
{
    *rows = 0;
    for (int j = 1; j < files.size(); ++j) {
        QVariant v;
        if (!keeper.query(QStringLiteral("SELECT count(*) FROM %1.%2")
                              .arg(quoteIdentifier(schemaOf(j)), quoteIdentifier(sc.table)),
                &v, why))
            return false;
        *rows += v.toLongLong();
    }
    return true;
}

} // namespace LockLens
