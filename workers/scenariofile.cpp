// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a scenario file: the one reader for the command line, the wizard, the window and
// the built-in presets.
#include "workers/scenario.h"

#include "workers/sqlite/filekind.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace LockLens {

bool Scenario::fromFile(const QString &path, Scenario *out, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path)) {
        *error = tr("%1 does not exist").arg(shown);
        return false;
    }
    if (const QString refused = FileKind::readRefusal(path); !refused.isEmpty()) {
        *error = refused;
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(shown, f.errorString());
        return false;
    }
    return fromFileBytes(f.readAll(), shown, out, error);
}

bool Scenario::fromFileBytes(const QByteArray &bytes, const QString &shown, Scenario *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = tr("%1 is not valid JSON: %2 at offset %3")
                     .arg(shown, pe.errorString(), QString::number(pe.offset));
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("%1 holds JSON, but not an object of scenario keys").arg(shown);
        return false;
    }
    QString why;
    if (!fromJson(doc.object(), out, &why)) {
        *error = tr("%1: %2").arg(shown, why);
        return false;
    }
    return true;
}

} // namespace LockLens
