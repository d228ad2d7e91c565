// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LockLens {

// The one way LockLens puts an identifier into SQL text: in double quotes, with any
// double quote inside doubled. Values are never pasted: they are bound.
inline QString quoteIdentifier(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace LockLens
