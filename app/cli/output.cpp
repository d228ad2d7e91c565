// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/output.h"

#include "app/cli/commands.h"

#include <cerrno>
#include <cstdio>

namespace LockLens::Cli {

namespace {

QString g_stdoutError;

} // namespace

void printErr(const QString &line)
{
    const QByteArray b = (line + QLatin1Char('\n')).toLocal8Bit();
    std::fwrite(b.constData(), 1, std::size_t(b.size()), stderr);
    std::fflush(stderr);
}

bool printOut(const QString &text)
{
    const QByteArray b = text.toLocal8Bit();
    errno = 0;
    const bool ok = std::fwrite(b.constData(), 1, std::size_t(b.size()), stdout) == std::size_t(b.size())
        && std::fflush(stdout) == 0;
    if (!ok && g_stdoutError.isEmpty()) {
        g_stdoutError = qt_error_string(errno ? errno : EIO);
        std::clearerr(stdout);
    }
    return ok;
}

QString stdoutError()
{
    return g_stdoutError;
}

int withOutputChecked(int status)
{
    if (g_stdoutError.isEmpty())
        return status;
    printErr(Tr::tr("locklens: error: standard output: %1").arg(g_stdoutError));
    return status == ExitOk ? ExitFailure : status;
}

} // namespace LockLens::Cli
