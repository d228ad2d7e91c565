// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/comparisonview.h"

#include "widgets/loadlab/serieschart.h"

#include "app/reports/reportconclusions.h"
#include "app/reports/reportmodel.h"
#include "workers/rundocument.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <climits>
#include <cmath>

namespace LockLens {

namespace {

const QColor kDiffersBackground(0xff, 0xec, 0xb3);
const QColor kBetter(0x1a, 0x7f, 0x37);
const QColor kWorse(0xb0, 0x00, 0x20);

// A run's time series, per second of each interval.
struct RunSeries
{
    QList<QPointF> ops, tx, lockWait, p99;
    bool isEmpty() const { return ops.isEmpty(); }
};

RunSeries seriesOf(const RunDocument &run)
{
    RunSeries s;
    for (const SeriesPoint &p : run.series) {
        const double t = p.tS;
        const double dt = p.intervalS;
        if (!(dt > 0))
            continue;
        s.ops << QPointF(t, double(p.ops) / dt);
        s.tx << QPointF(t, double(p.tx) / dt);
        s.lockWait << QPointF(t, p.lockWaitS / dt);
        // An interval without operations has no latency: a gap in the line.
        s.p99 << QPointF(t, p.ops > 0 ? p.p99Ms : std::nan(""));
    }
    return s;
}

enum class Kind { Rate, Count, Millis, Share, Seconds, Text };
enum class Better { Higher, Lower, Neither };

struct RowDef
{
    const char *label;
    const char *tip;
    Kind kind;
    Better better;
    QVariant (*value)(const RunDocument &run);
};

QString mixText(const OpMix &mix)
{
    QList<QPair<QString, int>> weights = Report::mixWeights(mix);
    std::sort(weights.begin(), weights.end());
    QStringList parts;
    for (const auto &[name, weight] : weights) {
        if (weight > 0)
            parts << QStringLiteral("%1 %2").arg(name, QString::number(weight)).replace(QLatin1Char('_'), QLatin1Char(' '));
    }
    return parts.join(QStringLiteral(" · "));
}

// What ran the load: "SQLite 3.40.1", "PostgreSQL 15.18" (the server's version's number).
QString engineText(const RunDocument &run)
{
    if (run.scenario.onServer())
        return QStringLiteral("PostgreSQL %1").arg(run.environment.server.version.section(QLatin1Char(' '), 0, 0));
    return QStringLiteral("SQLite %1").arg(run.environment.sqliteVersion).trimmed();
}

QVariant text(double v)
{
    return QLocale().toString(v, 'g', 12);
}

const RunDocument::Summary &summary(const RunDocument &run)
{
    return run.summary;
}

const StatsFigures &totals(const RunDocument &run)
{
    return run.summary.totals;
}

// QT_TRANSLATE_NOOP spelled out: lupdate does not see through a macro wrapping it.
// clang-format off
const RowDef kRows[ComparisonView::NUM_SUMMARY_ROWS] = {
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Operations/s"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Committed operations per second"), Kind::Rate, Better::Higher,
      [](const RunDocument &r) -> QVariant { return totals(r).opsPerS; } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Commits/s"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Committed transactions per second"), Kind::Rate, Better::Higher,
      [](const RunDocument &r) -> QVariant { return totals(r).txPerS; } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "p50 latency (ms)"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Median time of one operation"), Kind::Millis, Better::Lower,
      [](const RunDocument &r) -> QVariant { return totals(r).latency.p50; } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "p99 latency (ms)"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "99% of the operations took at most this long"), Kind::Millis, Better::Lower,
      [](const RunDocument &r) -> QVariant { return totals(r).latency.p99; } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Busy events"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Times a connection found the database locked (SQLITE_BUSY)"), Kind::Count,
      Better::Lower, [](const RunDocument &r) -> QVariant { return double(totals(r).busyEvents); } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Lock-wait share"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Share of the workers' time spent waiting for locks (SQLite's; on PostgreSQL sampled in the server)"), Kind::Share,
      Better::Lower, [](const RunDocument &r) -> QVariant { return summary(r).lockWaitShare; } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "App-wait share"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Share of the workers' time spent waiting for the application's mutex or queue"),
      Kind::Share, Better::Lower, [](const RunDocument &r) -> QVariant { return summary(r).appWaitShare; } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Errors"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Errors of every kind (SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, timeouts, others)"), Kind::Count,
      Better::Lower, [](const RunDocument &r) -> QVariant { return double(totals(r).errorTotal()); } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Failed transactions"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Transactions that were rolled back and not retried successfully"),
      Kind::Count, Better::Lower, [](const RunDocument &r) -> QVariant { return double(totals(r).failedTx); } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Lost rows"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Rows acknowledged as committed but missing afterwards"), Kind::Count, Better::Lower,
      [](const RunDocument &r) -> QVariant { return double(summary(r).lostRows); } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Integrity"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "PRAGMA integrity_check after the run"), Kind::Text, Better::Neither,
      [](const RunDocument &r) -> QVariant { return summary(r).integrity; } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Duration (s)"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "How long the load ran"), Kind::Seconds, Better::Neither,
      [](const RunDocument &r) -> QVariant { return summary(r).durationS; } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Database"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "SQLite, or the PostgreSQL server's version"), Kind::Text, Better::Neither,
      [](const RunDocument &r) -> QVariant { return engineText(r); } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Journal mode"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "The journal mode in effect during the run (SQLite's)"), Kind::Text, Better::Neither,
      [](const RunDocument &r) -> QVariant {
          if (r.scenario.onServer())
              return QStringLiteral("—");
          return summary(r).journalMode.isEmpty() ? r.scenario.journalMode : summary(r).journalMode; } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Synchronous"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "SQLite's synchronous, or PostgreSQL's synchronous_commit"), Kind::Text, Better::Neither,
      [](const RunDocument &r) -> QVariant {
          return r.scenario.onServer() ? r.environment.server.synchronousCommit : r.scenario.synchronous; } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Isolation"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "SQLite's transactions are always serializable"), Kind::Text, Better::Neither,
      [](const RunDocument &r) -> QVariant {
          return r.scenario.onServer() ? toString(r.scenario.isolation) : QStringLiteral("serializable"); } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Workers"), nullptr, Kind::Text, Better::Neither,
      [](const RunDocument &r) -> QVariant { return text(r.scenario.workers); } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Connection strategy"), nullptr, Kind::Text, Better::Neither,
      [](const RunDocument &r) -> QVariant { return toString(r.scenario.strategy); } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Transaction mode"), nullptr, Kind::Text, Better::Neither,
      [](const RunDocument &r) -> QVariant { return toString(r.scenario.txMode); } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Rows per transaction"), nullptr, Kind::Text, Better::Neither,
      [](const RunDocument &r) -> QVariant { return text(r.scenario.batch); } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Operation mix"), nullptr, Kind::Text, Better::Neither,
      [](const RunDocument &r) -> QVariant { return mixText(r.scenario.mix); } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Busy policy"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "What a worker does on SQLITE_BUSY"), Kind::Text, Better::Neither,
      [](const RunDocument &r) -> QVariant {
          return r.scenario.onServer() ? QStringLiteral("—") : toString(r.scenario.busyPolicy); } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Busy timeout (ms)"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "On PostgreSQL the sessions' lock_timeout"), Kind::Text, Better::Neither,
      [](const RunDocument &r) -> QVariant { return text(r.scenario.busyTimeoutMs); } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Tries per transaction"), nullptr, Kind::Text, Better::Neither,
      [](const RunDocument &r) -> QVariant { return text(r.scenario.maxTries); } },
    { QT_TRANSLATE_NOOP("LockLens::ComparisonView", "Target rate (ops/s)"), QT_TRANSLATE_NOOP("LockLens::ComparisonView", "0: as fast as possible"), Kind::Text, Better::Neither,
      [](const RunDocument &r) -> QVariant { return text(r.scenario.rate); } },
};
// clang-format on

QString formatted(Kind kind, const QVariant &v)
{
    const QLocale locale;
    const double x = v.toDouble();
    switch (kind) {
    case Kind::Rate:
        return std::abs(x) >= 100 ? locale.toString(qRound64(x)) : locale.toString(x, 'f', 1);
    case Kind::Count:
        return locale.toString(qRound64(x));
    case Kind::Millis:
        return locale.toString(x, 'f', x >= 100 ? 0 : x >= 10 ? 1 : x >= 1 ? 2 : 3);
    case Kind::Share:
        return ComparisonView::tr("%1 %").arg(locale.toString(x * 100, 'f', 1));
    case Kind::Seconds:
        return locale.toString(x, 'f', x >= 100 ? 0 : 1);
    case Kind::Text:
        break;
    }
    return v.toString();
}

QString ratioText(double r)
{
    // Two decimals from 0.01 to 10; below, two significant digits (×0.00043, not ×0.00).
    const QLocale locale;
    const QString n = r >= 100 ? locale.toString(r, 'f', 0)
        : r >= 10              ? locale.toString(r, 'f', 1)
        : r >= 0.01 || r == 0  ? locale.toString(r, 'f', 2)
                               : locale.toString(r, 'g', 2);
    return ComparisonView::tr("×%1").arg(n);
}

QString runList(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
{
    m_headline = new QLabel;
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_headline->setFont(big);
    m_remarks = new QLabel;
    m_remarks->setWordWrap(true);
    m_remarks->hide();

    const std::array<std::pair<QString, QString>, NUM_CHARTS> titles { {
        { tr("Throughput"), tr("operations/s") },
        { tr("Commits"), tr("transactions/s") },
        { tr("Waiting for locks"), tr("s waited per s") },
        { tr("p99 latency"), tr("ms") },
    } };
    auto *charts = new QWidget;
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    for (int i = 0; i < NUM_CHARTS; ++i) {
        auto *chart = new SeriesChart(titles[std::size_t(i)].first, titles[std::size_t(i)].second);
        chart->setUnitOnAxis(true); // narrow charts: the title alone fits
        m_charts[std::size_t(i)] = chart;
        grid->addWidget(chart, i / 2, i % 2);
    }

    m_table = new QTableWidget;
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *side = new QWidget; // the table as tall as its rows, empty space below
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_table, 1);
    sideLayout->addStretch(0);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(charts);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_remarks);
    layout->addWidget(split, 1);
    clear();
}

QColor ComparisonView::runColor(int run)
{
    // Okabe-Ito: distinct on white and for the common colour-vision deficiencies.
    static const QRgb colors[] = { 0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7, 0xe69f00, 0x56b4e9, 0x000000 };
    constexpr int n = int(sizeof colors / sizeof colors[0]);
    return run < n ? QColor(colors[run]) : QColor::fromHsv((run - n) * 47 % 360, 200, 190);
}

QString ComparisonView::headline() const
{
    return m_headline->text();
}

QString ComparisonView::remarks() const
{
    return m_remarks->isHidden() ? QString() : m_remarks->text();
}

void ComparisonView::clear()
{
    for (SeriesChart *c : m_charts) {
        c->clearSeries();
        c->setXRange(0, 0);
    }
    m_table->clear();
    m_table->clearSpans();
    m_table->setMinimumWidth(0);
    m_table->setMaximumHeight(QWIDGETSIZE_MAX);
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_headline->setText(tr("Select two or more runs and choose Compare."));
    m_headline->setStyleSheet(QString());
    m_remarks->clear();
    m_remarks->hide();
}

void ComparisonView::showError(const QString &message)
{
    clear();
    m_headline->setText(message);
    m_headline->setStyleSheet(QStringLiteral("color: #b00020"));
}

bool ComparisonView::setRuns(const QList<QJsonObject> &runs, const QStringList &names, QString *error)
{
    QString why;
    if (runs.size() < 2)
        why = tr("Comparing needs two or more runs.");
    else if (names.size() != runs.size())
        why = tr("%n run(s) but %1 name(s) to compare.", nullptr, int(runs.size())).arg(names.size());
    std::vector<RunDocument> docs(std::size_t(runs.size()));
    for (qsizetype i = 0; why.isEmpty() && i < runs.size(); ++i) {
        RunDocument &doc = docs[std::size_t(i)];
        QString what;
        if (!RunDocument::fromJson(runs[i], &doc, &what) || !(doc.hasScenario || doc.program))
            why = tr("“%1” is not a LockLens run result (%2).")
                      .arg(names[i], what.isEmpty() ? tr("it has no scenario") : what);
    }
    if (!why.isEmpty()) {
        showError(why);
        if (error)
            *error = why;
        return false;
    }
    clear();
    // Runs on different engines say which ran where, in every sentence and column.
    QStringList shown = names;
    const bool mixed = std::any_of(docs.begin(), docs.end(),
        [&](const RunDocument &d) { return d.scenario.onServer() != docs.front().scenario.onServer(); });
    for (qsizetype i = 0; mixed && i < shown.size(); ++i)
        shown[i] = tr("%1 (%2)").arg(shown[i], docs[std::size_t(i)].scenario.onServer() ? QStringLiteral("PostgreSQL")
                                                                                          : QStringLiteral("SQLite"));
    QStringList remarks;
    fillCharts(docs, shown, &remarks);
    fillTable(docs, shown);
    QStringList engines; // SQLite beside PostgreSQL on the same load, in words
    std::vector<Report::RunFigures> figures(docs.size());
    bool read = mixed;
    QString unread;
    for (std::size_t i = 0; read && i < docs.size(); ++i)
        read = Report::runFromJson(runs[qsizetype(i)], shown[qsizetype(i)], &figures[i], &unread);
    for (const Report::Conclusion &c : read ? Report::engineConclusions(figures) : std::vector<Report::Conclusion>())
        engines << c.text;
    m_headline->setText(headlineFor(docs, shown, engines));
    m_remarks->setText(remarks.join(QLatin1Char(' ')));
    m_remarks->setVisible(!remarks.isEmpty());
    return true;
}

void ComparisonView::fillCharts(
    const std::vector<RunDocument> &runs, const QStringList &names, QStringList *remarks)
{
    QStringList without;
    for (qsizetype i = 0; i < qsizetype(runs.size()); ++i) {
        const RunSeries s = seriesOf(runs[std::size_t(i)]);
        const QString name = s.isEmpty() ? tr("%1 (no time series)").arg(names[i]) : names[i];
        const std::array<const QList<QPointF> *, NUM_CHARTS> lines { &s.ops, &s.tx, &s.lockWait, &s.p99 };
        for (int c = 0; c < NUM_CHARTS; ++c) {
            SeriesChart *chart = m_charts[std::size_t(c)];
            chart->setPoints(chart->addSeries(name, runColor(int(i))), *lines[std::size_t(c)]);
        }
        if (s.isEmpty())
            without << names[i];
    }
    // Every chart holds every run, so all follow the longest to the same round tick.
    for (SeriesChart *c : m_charts)
        c->refit();
    if (!without.isEmpty())
        *remarks << tr("No time series for %1 (the run ended before its first sample); the table still "
                       "compares its totals.")
                        .arg(runList(without));
}

void ComparisonView::fillTable(const std::vector<RunDocument> &runs, const QStringList &names)
{
    setTableHeaders(names);
    addScenarioHeading();
    for (int row = 0; row < NUM_SUMMARY_ROWS; ++row)
        fillSummaryRow(SummaryRow(row), runs);
    fitTable();
}

void ComparisonView::setTableHeaders(const QStringList &names)
{
    const int n = int(names.size());
    m_table->setColumnCount(2 * n - 1);
    m_table->setRowCount(NUM_SUMMARY_ROWS + 1);
    for (int r = 0; r < n; ++r) {
        auto *head = new QTableWidgetItem(names[r]);
        head->setForeground(runColor(r));
        head->setToolTip(r == 0 ? tr("%1 (the baseline)").arg(names[r]) : names[r]);
        m_table->setHorizontalHeaderItem(runColumn(r), head);
        if (r > 0) {
            auto *ratio = new QTableWidgetItem(tr("ratio"));
            ratio->setToolTip(tr("%1 ÷ %2 (the baseline)").arg(names[r], names[0]));
            m_table->setHorizontalHeaderItem(ratioColumn(r), ratio);
        }
    }
}

// The heading of the scenario rows, across the whole table.
void ComparisonView::addScenarioHeading()
{
    const int headingRow = EngineRow;
    auto *heading = new QTableWidgetItem(tr("Scenario settings"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(headingRow, 0, heading);
    m_table->setSpan(headingRow, 0, 1, m_table->columnCount());
    m_table->setVerticalHeaderItem(headingRow, new QTableWidgetItem(QString()));
}

void ComparisonView::fillSummaryRow(SummaryRow row, const std::vector<RunDocument> &runs)
{
    const int n = int(runs.size());
    const RowDef &def = kRows[row];
    const int at = tableRow(row);
    auto *label = new QTableWidgetItem(tr(def.label));
    if (def.tip)
        label->setToolTip(tr(def.tip));
    m_table->setVerticalHeaderItem(at, label);

    // A traced program has no scenario, latencies or verification: a dash, and no ratio.
    const bool labOnly = row >= EngineRow || row == P50Row || row == P99Row || row == AppWaitShareRow
        || row == LostRowsRow || row == IntegrityRow;
    QVariantList values;
    QStringList shown;
    for (int r = 0; r < n; ++r) {
        const RunDocument &run = runs[std::size_t(r)];
        values << (labOnly && run.program ? QVariant() : def.value(run));
        shown << (values.constLast().isValid() ? formatted(def.kind, values.constLast()) : QStringLiteral("\u2014"));
    }
    const bool differs
        = std::any_of(shown.begin(), shown.end(), [&](const QString &s) { return s != shown[0]; });
    const bool highlight = differs && (row >= EngineRow || def.kind == Kind::Text || row == LostRowsRow);
    for (int r = 0; r < n; ++r) {
        auto *cell = new QTableWidgetItem(shown[r]);
        cell->setData(RawValueRole, values[r]);
        cell->setData(DiffersRole, differs);
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(at, runColumn(r), cell);
        if (r > 0)
            m_table->setItem(at, ratioColumn(r), ratioItem(row, values[0], values[r], differs));
    }
    if (highlight)
        highlightRow(at, label);
}

QTableWidgetItem *ComparisonView::ratioItem(
    SummaryRow row, const QVariant &baseline, const QVariant &value, bool differs) const
{
    const RowDef &def = kRows[row];
    auto *ratio = new QTableWidgetItem;
    ratio->setData(DiffersRole, differs);
    ratio->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (def.kind == Kind::Text || !baseline.isValid() || !value.isValid())
        return ratio;
    const double base = baseline.toDouble();
    if (base == 0) {
        ratio->setText(tr("—"));
        ratio->setToolTip(tr("The baseline's value is 0: no ratio"));
        return ratio;
    }
    const double q = value.toDouble() / base;
    ratio->setText(ratioText(q));
    ratio->setData(RawValueRole, q);
    if (def.better != Better::Neither && std::abs(q - 1) > 0.05)
        ratio->setForeground((q > 1) == (def.better == Better::Higher) ? kBetter : kWorse);
    return ratio;
}

void ComparisonView::highlightRow(int at, QTableWidgetItem *label)
{
    for (int c = 0; c < m_table->columnCount(); ++c) {
        QTableWidgetItem *cell = m_table->item(at, c);
        cell->setBackground(kDiffersBackground);
        if (!cell->foreground().style())
            cell->setForeground(Qt::black); // readable on the highlight in a dark theme too
    }
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
}

// The splitter gives the table its whole width (up to a limit), the charts the rest; the
// table is as tall as its rows.
void ComparisonView::fitTable()
{
    m_table->resizeColumnsToContents();
    m_table->verticalHeader()->resizeSections(QHeaderView::ResizeToContents);
    int width = m_table->verticalHeader()->sizeHint().width() + 2 * m_table->frameWidth()
        + m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    for (int c = 0; c < m_table->columnCount(); ++c)
        width += m_table->columnWidth(c);
    m_table->setMinimumWidth(std::min(width, 900));
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_table->rowCount(); ++r)
        height += m_table->rowHeight(r);
    m_table->setMaximumHeight(height);
}

QString ComparisonView::headlineFor(
    const std::vector<RunDocument> &runs, const QStringList &names, const QStringList &engines) const
{
    // Commits per second say most; a read-only workload commits nothing, so then operations.
    bool anyCommits = false;
    for (const RunDocument &run : runs)
        anyCommits = anyCommits || run.summary.totals.txPerS > 0;
    const auto rate = [&runs, anyCommits](int i) {
        const StatsFigures &t = runs[std::size_t(i)].summary.totals;
        return anyCommits ? t.txPerS : t.opsPerS;
    };
    const QString what = anyCommits ? tr("commits per second") : tr("operations per second");
    const int n = int(runs.size());
    int best = 0, worst = 0;
    for (int i = 1; i < n; ++i) {
        if (rate(i) > rate(best))
            best = i;
        if (rate(i) < rate(worst))
            worst = i;
    }
    const double hi = rate(best);
    const double lo = rate(worst);
    const Kind kind = Kind::Rate;
    QStringList sentences = engines;
    if (!engines.isEmpty()) {
        // Said by engine already.
    } else if (!(hi > 0)) {
        sentences << tr("None of the runs committed anything.");
    } else if (!(lo > 0)) {
        sentences << tr("%1 reached %2 %3; %4 committed nothing.")
                         .arg(names[best], formatted(kind, hi), what, names[worst]);
    } else if (hi / lo < 1.05) {
        sentences << (n == 2
                ? tr("%1 and %2 ran at about the same rate (%3 vs %4 %5).")
                      .arg(names[0], names[1], formatted(kind, rate(0)), formatted(kind, rate(1)), what)
                : tr("All runs ran within 5% of each other (%1 to %2 %3).")
                      .arg(formatted(kind, lo), formatted(kind, hi), what));
    } else {
        const double r = hi / lo;
        sentences << tr("%1 did %2× the %3 of %4 (%5 vs %6 per second).")
                         .arg(names[best], QLocale().toString(r, 'f', r >= 10 ? 0 : 1), what, names[worst],
                             formatted(kind, hi), formatted(kind, lo));
    }
    for (int i = 0; i < n; ++i) {
        const RunDocument::Summary &s = runs[std::size_t(i)].summary;
        const qint64 lost = s.lostRows;
        const QString &integrity = s.integrity;
        if (lost > 0)
            sentences
                << tr("%1 lost %n row(s).", nullptr, int(std::min<qint64>(lost, INT_MAX))).arg(names[i]);
        if (!integrity.isEmpty() && integrity != QLatin1String("ok"))
            sentences << tr("%1 failed the integrity check.").arg(names[i]);
        if (!s.fatalError.isEmpty())
            sentences << tr("%1 ended early on an error.").arg(names[i]);
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace LockLens
