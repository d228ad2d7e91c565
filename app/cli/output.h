// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace LockLens::Cli {

// The translation context of this namespace's messages: Tr::tr("...") (see
// ARCHITECTURE.md, "Translations").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::Cli)
};

// One line (a newline is added) to standard error, flushed.
void printErr(const QString &line);
// Text as given to standard output, flushed. False when it could not all be written (a
// full disk, a closed pipe); stdoutError() then says why.
bool printOut(const QString &text);
// Why standard output lost text, with the system's reason; "" while all was written.
QString stdoutError();
// A command's exit status once standard output is known: a command that lost output there
// did not do what it was asked, so ExitOk becomes ExitFailure (other statuses already say
// something went wrong); the reason goes to standard error.
int withOutputChecked(int status);

} // namespace LockLens::Cli
