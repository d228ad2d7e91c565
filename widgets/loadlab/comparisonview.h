// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <array>
#include <vector>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace LockLens {

class SeriesChart;
struct RunDocument;

// Two or more stored runs side by side: overlay charts (one line per run, the same colour
// for a run in every chart), a summary table with each run's figures, the ratio to the
// baseline (the first run) and the scenario settings (rows whose values differ are
// highlighted), and a one-line headline in plain words.
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    enum Chart { ThroughputChart, CommitsChart, LockWaitChart, LatencyChart, NUM_CHARTS };
    // The rows of the summary table, top to bottom (a "Scenario" heading row sits before
    // EngineRow: use tableRow() for the table's row number).
    enum SummaryRow {
        OpsRow,
        CommitsRow,
        P50Row,
        P99Row,
        BusyEventsRow,
        LockWaitShareRow,
        AppWaitShareRow,
        ErrorsRow,
        FailedTxRow,
        LostRowsRow,
        IntegrityRow,
        DurationRow,
        EngineRow, // the first scenario row: SQLite, or PostgreSQL and its version
        JournalRow,
        SynchronousRow,
        IsolationRow,
        WorkersRow,
        StrategyRow,
        TxModeRow,
        BatchRow,
        MixRow,
        BusyPolicyRow,
        BusyTimeoutRow,
        MaxTriesRow,
        RateRow,
        NUM_SUMMARY_ROWS
    };
    enum ItemRole {
        RawValueRole = Qt::UserRole, // a run's value (double or text); a ratio (double)
        DiffersRole, // bool, on every cell of a row whose runs' values differ
    };

    explicit ComparisonView(QWidget *parent = nullptr);

    // Run documents (RunResult::toJson()) with the names to show; the first is the
    // baseline. False (with the reason, also shown in the view) unless there are two or
    // more documents, one name each, and each is a run result.
    bool setRuns(const QList<QJsonObject> &runs, const QStringList &names, QString *error);
    void clear();

    SeriesChart *chart(int i) const { return m_charts[std::size_t(i)]; }
    int chartCount() const { return NUM_CHARTS; }
    // A QTableWidget; row labels in the vertical header.
    QTableWidget *summaryTable() const { return m_table; }
    static int tableRow(SummaryRow row) { return row < EngineRow ? int(row) : int(row) + 1; }
    // The column of run `run` and of its ratio to the baseline (run >= 1).
    static int runColumn(int run) { return run == 0 ? 0 : 2 * run - 1; }
    static int ratioColumn(int run) { return 2 * run; }
    // The colour of run `run`'s lines.
    static QColor runColor(int run);
    QString headline() const;
    // Remarks under the headline ("run-c has no time series…"); "" when none.
    QString remarks() const;

private:
    void fillCharts(const std::vector<RunDocument> &runs, const QStringList &names, QStringList *remarks);
    void fillTable(const std::vector<RunDocument> &runs, const QStringList &names);
    // A column per run, and a ratio column after each run but the baseline.
    void setTableHeaders(const QStringList &names);
    void addScenarioHeading();
    void fillSummaryRow(SummaryRow row, const std::vector<RunDocument> &runs);
    // The ratio cell of a run against the baseline, coloured where it is better or worse by
    // more than 5 %.
    QTableWidgetItem *ratioItem(
        SummaryRow row, const QVariant &baseline, const QVariant &value, bool differs) const;
    void highlightRow(int at, QTableWidgetItem *label); // a row whose runs' values differ
    void fitTable();
    // `engines`: sentences comparing SQLite with PostgreSQL on the same load, which say it
    // better than the fastest against the slowest (Report::engineConclusions).
    QString headlineFor(const std::vector<RunDocument> &runs, const QStringList &names, const QStringList &engines) const;
    void showError(const QString &message);

    QLabel *m_headline = nullptr;
    QLabel *m_remarks = nullptr;
    std::array<SeriesChart *, NUM_CHARTS> m_charts {};
    QTableWidget *m_table = nullptr;
};

} // namespace LockLens
