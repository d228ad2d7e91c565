// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/scenario.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What each load-test setting means for locking, in one line: shown next to the editors
// on the wizard's pages and again on its review page.
namespace LockLens::WizardText {

// The translation context of this namespace's messages: Tr::tr("...") (see
// ARCHITECTURE.md, "Translations").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::WizardText)
};

QStringList journalModes(); // wal, delete, truncate, persist, memory, off
QStringList syncModes(); // off, normal, full, extra
QString journalNote(const QString &mode);
QString syncNote(const QString &mode);
// The journal mode the database file at `path` opens in, as SQLite reads it from the header:
// "wal", or "delete" for a rollback journal (the other rollback modes last only as long as
// the connection that set them). Empty when the file is missing, empty, locked or not an
// SQLite database; *notADatabase (if given) then says why when it is not one.
QString fileJournalMode(const QString &path, QString *notADatabase = nullptr);
// What a run in journal `mode` does to a file now in `fileMode` (fileJournalMode()), e.g.
// "the file is in DELETE mode now; WAL stays after the run"; empty without a fileMode.
QString journalChange(const QString &mode, const QString &fileMode);

QString label(TxMode m);
QString note(TxMode m);
QString label(Strategy s);
QString note(Strategy s);
QString label(DriverPath d);
QString note(DriverPath d);
QString label(BusyPolicy p);
QString note(BusyPolicy p);
QString label(RetryBackoff::Kind k);
// What the back-off does between two tries, with its delays.
QString note(const RetryBackoff &b);

} // namespace LockLens::WizardText
