// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/sqlite/affinity.h"

namespace LockLens {

Affinity affinityOf(const QString &declaredType)
{
    const QString t = declaredType.toUpper();
    if (t.contains(QLatin1String("INT")))
        return Affinity::Integer;
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB"))
        || t.contains(QLatin1String("TEXT")))
        return Affinity::Text;
    if (t.contains(QLatin1String("BLOB")) || t.trimmed().isEmpty())
        return Affinity::Blob;
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA"))
        || t.contains(QLatin1String("DOUB")))
        return Affinity::Real;
    return Affinity::Numeric;
}

QString affinityName(Affinity a)
{
    switch (a) {
    case Affinity::Integer:
        return QStringLiteral("INTEGER");
    case Affinity::Real:
        return QStringLiteral("REAL");
    case Affinity::Text:
        return QStringLiteral("TEXT");
    case Affinity::Blob:
        return QStringLiteral("BLOB");
    case Affinity::Numeric:
        break;
    }
    return QStringLiteral("NUMERIC");
}

} // namespace LockLens
