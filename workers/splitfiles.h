// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/scenario.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdint>

namespace LockLens {

class Connection;

// The split strategy's files: the database, then its siblings, each holding a load table of
// its own. A connection reaches the others by ATTACHing them under "split2", "split3"...
class SplitFiles
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::LoadRun)
public:
    // Attaches every file but `own` to `c`.
    static bool attachOthers(Connection &c, const QStringList &files, int own, QString *why);
    // The setup, on its connection: attaches the siblings, creates (or checks) their load
    // tables, prefills them, and adds their rows to *rows.
    static bool setUp(
        Connection &keeper, const Scenario &sc, const QStringList &files, std::int64_t *rows, QString *why);
    // Rows in the siblings' load tables (attached by setUp); false when not countable.
    static bool countRows(
        Connection &keeper, const Scenario &sc, const QStringList &files, std::int64_t *rows, QString *why);
};

} // namespace LockLens
