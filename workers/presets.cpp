// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/presets.h"

#include <QDir>
#include <QFile>

namespace LockLens::Presets {

std::vector<Scenario> all()
{
    std::vector<Scenario> out;
    const QDir dir(QStringLiteral(":/presets"));
    for (const QString &file : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Scenario sc;
        QString why;
        // A broken built-in preset is a build defect; tst_presets catches it.
        if (Scenario::fromFileBytes(f.readAll(), file, &sc, &why))
            out.push_back(sc);
    }
    return out;
}

bool find(const QString &name, Scenario *out, QString *error)
{
    QStringList names;
    for (const Scenario &sc : all()) {
        if (sc.name == name) {
            *out = sc;
            return true;
        }
        names << sc.name;
    }
    *error = Tr::tr("no preset named '%1' (known: %2)").arg(name, names.join(QStringLiteral(", ")));
    return false;
}

} // namespace LockLens::Presets
