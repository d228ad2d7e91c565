// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include <cstdio>

namespace LockLens::Cli {

void printErr(const QString &line)
{
    const QByteArray b = (line + QLatin1Char('\n')).toLocal8Bit();
    std::fwrite(b.constData(), 1, std::size_t(b.size()), stderr);
    std::fflush(stderr);
}

void printOut(const QString &text)
{
    const QByteArray b = text.toLocal8Bit();
    std::fwrite(b.constData(), 1, std::size_t(b.size()), stdout);
    std::fflush(stdout);
}

} // namespace LockLens::Cli
