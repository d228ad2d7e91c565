// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/runlistmodel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace LockLens {

namespace {

// Rates: whole numbers with thousands separators from 100 up, one decimal below.
QString rate(double v)
{
    const QLocale locale;
    return std::abs(v) >= 100 ? locale.toString(qRound64(v)) : locale.toString(v, 'f', 1);
}

QString seconds(double s)
{
    return QLocale().toString(s, 'f', s >= 100 ? 0 : 1);
}

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return end < 0 ? text : text.left(end) + QStringLiteral(" …");
}

// Worse verdicts sort after better ones: OK, ended early, unchecked, integrity, lost rows.
double severity(const RunSummary &r)
{
    if (r.lostRows != 0)
        return 4 + double(std::abs(r.lostRows));
    if (!r.integrity.isEmpty() && r.integrity != QLatin1String("ok"))
        return 3;
    if (r.integrity.isEmpty())
        return 2;
    return r.ok ? 0 : 1;
}

} // namespace

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunListModel::setRuns(std::vector<RunSummary> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

qint64 RunListModel::runId(int row) const
{
    return row >= 0 && row < rowCount() ? m_runs[std::size_t(row)].id : -1;
}

int RunListModel::rowOf(qint64 id) const
{
    const auto it
        = std::find_if(m_runs.begin(), m_runs.end(), [id](const RunSummary &r) { return r.id == id; });
    return it == m_runs.end() ? -1 : int(it - m_runs.begin());
}

bool RunListModel::setNotes(int row, const QString &notes, QString *error)
{
    if (row < 0 || row >= rowCount()) {
        if (error)
            *error = tr("no such run");
        return false;
    }
    RunSummary &run = m_runs[std::size_t(row)];
    if (run.notes == notes)
        return true;
    if (!m_store) {
        if (error)
            *error = tr("no results store");
        return false;
    }
    if (!m_store->setNotes(run.id, notes, error))
        return false;
    run.notes = notes;
    const QModelIndex cell = index(row, Notes);
    Q_EMIT dataChanged(cell, cell);
    Q_EMIT runEdited(run.id);
    return true;
}

QString RunListModel::verdict(const RunSummary &r)
{
    if (r.lostRows > 0)
        return tr("%1 lost").arg(QLocale().toString(r.lostRows));
    if (r.lostRows < 0)
        return tr("%1 extra").arg(QLocale().toString(-r.lostRows));
    if (r.integrity.isEmpty())
        return tr("not checked");
    if (r.integrity != QLatin1String("ok"))
        return tr("integrity problem");
    return r.ok ? tr("OK") : tr("ended by an error");
}

double RunListModel::failedShare(const RunSummary &r)
{
    const qint64 tried = r.committedTx + r.failedTx;
    return tried > 0 ? double(r.failedTx) / double(tried) : 0.0;
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant RunListModel::display(const RunSummary &r, int column) const
{
    switch (Column(column)) {
    case Name:
        return r.name;
    case Started:
        return r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Scenario:
        return r.scenarioName;
    case Journal:
        return r.journalMode;
    case Workers:
        return QLocale().toString(r.workers);
    case Duration:
        return tr("%1 s").arg(seconds(r.durationS));
    case OpsPerS:
        return rate(r.opsPerS);
    case CommitsPerS:
        return rate(r.txPerS);
    case LockWait:
        return QLocale().toString(r.lockWaitShare * 100, 'f', 1);
    case FailedTx:
        return r.failedTx == 0
            ? QLocale().toString(0)
            : tr("%1 (%2 %)")
                  .arg(QLocale().toString(r.failedTx), QLocale().toString(failedShare(r) * 100, 'f', 1));
    case Errors:
        return QLocale().toString(r.errors);
    case Verified:
        return verdict(r);
    case Notes:
        return firstLine(r.notes);
    case NUM_COLUMNS:
        break;
    }
    return {};
}

QVariant RunListModel::sortValue(const RunSummary &r, int column) const
{
    switch (Column(column)) {
    case Name:
        return r.name;
    case Started:
        return r.startedAt.toMSecsSinceEpoch();
    case Scenario:
        return r.scenarioName;
    case Journal:
        return r.journalMode;
    case Workers:
        return r.workers;
    case Duration:
        return r.durationS;
    case OpsPerS:
        return r.opsPerS;
    case CommitsPerS:
        return r.txPerS;
    case LockWait:
        return r.lockWaitShare;
    case FailedTx:
        return failedShare(r);
    case Errors:
        return r.errors;
    case Verified:
        return severity(r);
    case Notes:
        return r.notes;
    case NUM_COLUMNS:
        break;
    }
    return {};
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunSummary &r = m_runs[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case Qt::EditRole:
        return column == Name ? QVariant(r.name) : display(r, column);
    case SortRole:
        return sortValue(r, column);
    case IdRole:
        return r.id;
    case ProblemRole:
        return !r.ok;
    case FailuresRole:
        return r.failedTx > 0;
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
            return tr("%1 (run %2)").arg(r.name, QString::number(r.id));
        case FailedTx:
            return tr("%1 of %2 transactions failed after their last try")
                .arg(QLocale().toString(r.failedTx), QLocale().toString(r.committedTx + r.failedTx));
        case Verified:
            return r.integrity.isEmpty() || r.integrity == QLatin1String("ok")
                ? verdict(r)
                : tr("integrity_check: %1").arg(r.integrity);
        case Notes:
            return r.notes.isEmpty() ? QVariant() : QVariant(r.notes);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (column) {
        case Workers:
        case Duration:
        case OpsPerS:
        case CommitsPerS:
        case LockWait:
        case FailedTx:
        case Errors:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= NUM_COLUMNS)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Name:
            return tr("Name");
        case Started:
            return tr("Started");
        case Scenario:
            return tr("Scenario");
        case Journal:
            return tr("Journal");
        case Workers:
            return tr("Workers");
        case Duration:
            return tr("Duration");
        case OpsPerS:
            return tr("Ops/s");
        case CommitsPerS:
            return tr("Commits/s");
        case LockWait:
            return tr("Lock wait (%)");
        case FailedTx:
            return tr("Failed tx");
        case Errors:
            return tr("Errors");
        case Verified:
            return tr("Verified");
        case Notes:
            return tr("Notes");
        case NUM_COLUMNS:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Started:
            return tr("When the load started, local time");
        case Journal:
            return tr("The journal mode in effect during the run");
        case OpsPerS:
            return tr("Committed operations per second");
        case CommitsPerS:
            return tr("Committed transactions per second");
        case LockWait:
            return tr("Share of the workers' time spent waiting for SQLite's locks");
        case FailedTx:
            return tr("Transactions abandoned after their last try, and their share of the transactions "
                      "tried");
        case Errors:
            return tr("Statements that failed, every class (a retried transaction counts each of its "
                      "errors)");
        case Verified:
            return tr("After the run: rows present equal rows acknowledged as committed, and "
                      "PRAGMA integrity_check says ok");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags RunListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Name)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RunListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Name
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    RunSummary &r = m_runs[std::size_t(index.row())];
    const QString name = value.toString().trimmed();
    if (name.isEmpty()) {
        Q_EMIT editFailed(tr("A run needs a name; “%1” keeps its name.").arg(r.name));
        return false;
    }
    if (name == r.name)
        return true;
    QString why = tr("no results store");
    if (!m_store || !m_store->rename(r.id, name, &why)) {
        Q_EMIT editFailed(tr("Cannot rename “%1”: %2").arg(r.name, why));
        return false;
    }
    r.name = name;
    Q_EMIT dataChanged(index, index);
    Q_EMIT runEdited(r.id);
    return true;
}

} // namespace LockLens
