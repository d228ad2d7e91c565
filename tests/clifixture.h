// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the locklens executable (LOCKLENS_EXE) as a user would and keeps what it said.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace LockLens::Fixture {

struct Outcome
{
    int status = -1;
    QByteArray out, err;
};

inline Outcome locklens(const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(QStringLiteral(LOCKLENS_EXE), args);
    Outcome o;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return o;
    }
    o.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    o.out = p.readAllStandardOutput();
    o.err = p.readAllStandardError();
    return o;
}

} // namespace LockLens::Fixture
