// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/reports/reportmodel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <vector>

namespace LockLens {
class ResultsStore;
}

namespace LockLens::Report {

// Runs gathered in order (from the results store or as documents) for one report: the
// command line's `locklens report` and the window's Export Report share it.
class RunSet
{
public:
    // Loads run `id` of `store`, labelled "run 12" with its start time. False with one
    // line saying why (the set is unchanged).
    bool addStored(const ResultsStore &store, qint64 id, QString *error);
    // A run document that is not (or not yet) in the store.
    void addDocument(const QJsonObject &doc, const QString &label, const QDateTime &startedAt = {});
    bool isEmpty() const { return m_docs.isEmpty(); }
    qsizetype size() const { return m_docs.size(); }
    // The report model of the runs in order; two or more make a comparison.
    bool toModel(Model *out, QString *error) const;

private:
    QList<QJsonObject> m_docs;
    QStringList m_labels;
    std::vector<QDateTime> m_started;
};

// The label a stored run has in reports: "run 12".
QString storedRunLabel(qint64 id);
// The report model of stored runs `ids` in order. False with one line saying why.
bool modelFromStore(const ResultsStore &store, const QList<qint64> &ids, Model *out, QString *error);

} // namespace LockLens::Report
