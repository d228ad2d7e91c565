// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QString>
#include <QStringList>

// What each load-test setting means for locking, in one line: shown next to the editors
// on the wizard's pages and again on its review page.
namespace LockLens::WizardText {

QStringList journalModes(); // wal, delete, truncate, persist, memory, off
QStringList syncModes(); // off, normal, full, extra
QString journalNote(const QString &mode);
QString syncNote(const QString &mode);

QString label(TxMode m);
QString note(TxMode m);
QString label(Strategy s);
QString note(Strategy s);
QString label(DriverPath d);
QString note(DriverPath d);
QString label(BusyPolicy p);
QString note(BusyPolicy p);

} // namespace LockLens::WizardText
