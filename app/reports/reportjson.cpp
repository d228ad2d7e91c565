// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON report: the run documents themselves.
#include "app/reports/reportwriters.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace LockLens::Report {

QByteArray toJson(const Model &m)
{
    if (m.runs.size() == 1)
        return QJsonDocument(m.runs.front().document).toJson(QJsonDocument::Indented);
    QJsonArray runs;
    for (const RunFigures &r : m.runs)
        runs.append(r.document);
    return QJsonDocument(QJsonObject { { QStringLiteral("runs"), runs } }).toJson(QJsonDocument::Indented);
}

} // namespace LockLens::Report
