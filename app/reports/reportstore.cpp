// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reports/reportstore.h"

#include "app/core/resultsstore.h"

namespace LockLens::Report {

QString storedRunLabel(qint64 id)
{
    return Tr::tr("run %1").arg(id);
}

bool RunSet::addStored(const ResultsStore &store, qint64 id, QString *error)
{
    QJsonObject doc;
    RunSummary summary;
    if (!store.load(id, &doc, &summary, error))
        return false;
    addDocument(doc, storedRunLabel(id), summary.startedAt);
    return true;
}

void RunSet::addDocument(const QJsonObject &doc, const QString &label, const QDateTime &startedAt)
{
    m_docs << doc;
    m_labels << label;
    m_started.push_back(startedAt);
}

bool RunSet::toModel(Model *out, QString *error) const
{
    Model model;
    if (!modelFromJson(m_docs, m_labels, &model, error))
        return false;
    for (std::size_t i = 0; i < model.runs.size() && i < m_started.size(); ++i)
        model.runs[i].startedAt = m_started[i];
    *out = std::move(model);
    return true;
}

bool modelFromStore(const ResultsStore &store, const QList<qint64> &ids, Model *out, QString *error)
{
    RunSet runs;
    for (qint64 id : ids) {
        if (!runs.addStored(store, id, error))
            return false;
    }
    return runs.toModel(out, error);
}

} // namespace LockLens::Report
