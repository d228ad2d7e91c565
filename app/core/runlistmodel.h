// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/resultsstore.h"

#include <QAbstractTableModel>

#include <vector>

namespace LockLens {

// The runs of a results store, one row each, as the runs view lists them. DisplayRole is
// for people (local time, thousands separators); SortRole holds the raw value (numbers,
// milliseconds since the epoch) so that a proxy sorting on it orders 9 before 10. The
// name is editable: setData() renames the run in the store (an empty name is refused).
// The model reads nothing by itself: the view hands it ResultsStore::list().
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Started,
        Scenario,
        Journal,
        Workers,
        Duration,
        OpsPerS,
        CommitsPerS,
        LockWait,
        FailedTx,
        Errors,
        Verified,
        Notes,
        NUM_COLUMNS
    };
    enum Role {
        SortRole = Qt::UserRole, // raw value of the cell (number, msecs since epoch, text)
        IdRole, // the run's id (qint64), any column
        ProblemRole, // bool: the run was not verified (lost rows, integrity, fatal error)
        FailuresRole, // bool: transactions failed (abandoned after their last try)
    };

    explicit RunListModel(QObject *parent = nullptr);

    // The store setData() and setNotes() write to; not owned (nullptr: edits are refused).
    void setStore(ResultsStore *store) { m_store = store; }
    ResultsStore *store() const { return m_store; }

    void setRuns(std::vector<RunSummary> runs);
    const std::vector<RunSummary> &runs() const { return m_runs; }
    qint64 runId(int row) const;
    // The row of run `id`, or -1.
    int rowOf(qint64 id) const;
    const RunSummary &run(int row) const { return m_runs[std::size_t(row)]; }

    // Writes run `row`'s notes to the store and shows them. False (with the store's
    // reason) when the store refused; the model then keeps the old notes.
    bool setNotes(int row, const QString &notes, QString *error);

    // What the Verified column says about a run ("OK", "3 lost", "integrity problem"...).
    static QString verdict(const RunSummary &run);
    // The share of the run's transactions that failed (0 to 1; 0 without any).
    static double failedShare(const RunSummary &run);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // A rename was refused (empty name) or the store failed; `message` says why.
    void editFailed(const QString &message);
    // A run's name or notes were written to the store.
    void runEdited(qint64 id);

private:
    QVariant display(const RunSummary &run, int column) const;
    QVariant sortValue(const RunSummary &run, int column) const;

    std::vector<RunSummary> m_runs;
    ResultsStore *m_store = nullptr;
};

} // namespace LockLens
