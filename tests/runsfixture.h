// SPDX-License-Identifier: GPL-3.0-or-later
// Real runs for the runs view and comparison tests, and their screenshots.
#pragma once

#include "engine.h"

#include <QJsonObject>
#include <QTest>
#include <QWidget>

namespace LockLens::Fixture {

// Three short real runs (WAL batch 8, rollback journal, shared connection), as the
// documents RunResult::toJson() writes; databases go into `dir`. False with the reason.
inline bool realRunDocuments(const QString &dir, QList<QJsonObject> *docs, QString *why)
{
    Scenario wal;
    wal.name = QStringLiteral("WAL, batch 8");
    wal.databasePath = dir + QStringLiteral("/wal.sqlite");
    wal.journalMode = QStringLiteral("wal");
    wal.workers = 2;
    wal.batch = 8;
    wal.durationS = 0.6;
    Scenario del = wal;
    del.name = QStringLiteral("rollback journal");
    del.databasePath = dir + QStringLiteral("/delete.sqlite");
    del.journalMode = QStringLiteral("delete");
    del.batch = 1;
    Scenario shared = wal;
    shared.name = QStringLiteral("shared connection");
    shared.databasePath = dir + QStringLiteral("/shared.sqlite");
    shared.strategy = Strategy::Shared;
    shared.workers = 3;
    for (const Scenario &sc : { wal, del, shared }) {
        RunResult r;
        if (!LoadEngine::runBlocking(sc, &r, why, 100))
            return false;
        if (!r.ok() || r.series.size() < 3) {
            *why = QStringLiteral("%1: not verified, or too short for a time series").arg(sc.name);
            return false;
        }
        *docs << r.toJson();
    }
    return true;
}

inline QJsonObject withSummaryValue(QJsonObject doc, const char *key, double value)
{
    QJsonObject s = doc.value(QLatin1String("summary")).toObject();
    s.insert(QLatin1String(key), value);
    doc.insert(QStringLiteral("summary"), s);
    return doc;
}

inline QString runsPngPrefix()
{
    return qEnvironmentVariable("LOCKLENS_RUNS_PNG");
}

// Saves `w` at 1400x900 as PREFIX-suffix.png (LOCKLENS_RUNS_PNG=PREFIX).
inline bool saveRunsShot(QWidget &w, const QString &suffix)
{
    w.resize(1400, 900);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return false;
    QTest::qWait(150); // layouts settle, charts refit to their size
    return w.grab().save(runsPngPrefix() + QLatin1Char('-') + suffix + QStringLiteral(".png"));
}

} // namespace LockLens::Fixture
