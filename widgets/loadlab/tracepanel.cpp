// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/tracepanel.h"

#include "app/core/locktimeline.h"
#include "app/core/tracesession.h"
#include "app/reports/reporttext.h"
#include "app/reports/reporttrace.h"
#include "widgets/loadlab/dashboardtext.h"
#include "widgets/loadlab/locktimelinepanel.h"
#include "widgets/loadlab/locktimelineview.h"
#include "widgets/loadlab/serieschart.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace LockLens {

namespace {

enum Column { At, Thread, Connection, Statement, Result, Waited, HeldBy, Columns };

using Metric = LiveSeries::Metric;
using Text = DashboardText;

constexpr double MsPerS = 1000; // the busy handler's sleeps are drawn in ms per second
constexpr int ChartHeight = 170;

// Seconds either side of a blocked step that the timeline shows when it is chosen.
constexpr double ContextS = 0.5;

// A command line on one line, at most 100 characters (a `python3 -c` program is long).
QString shortCommand(const QStringList &command)
{
    QString s = command.join(QLatin1Char(' ')).simplified();
    if (s.size() > 100)
        s = s.left(99) + QChar(0x2026);
    return s;
}

QString laneLabel(const Trace::Lanes::Lane &lane, const Trace::Connection *c)
{
    static const Trace::Connection summed; // (one the model has summed: it closed, its threads are not kept)
    if (!c)
        c = &summed;
    // One connection: which threads used it (a connection that threads share is the seed
    // program's case); several: whose they were and how many.
    if (lane.connections == 1) {
        const QString label = connectionName(lane.recorder->name());
        if (c->threads.size() == 1)
            return TracePanel::tr("%1 · thread %2").arg(label).arg(*c->threads.begin());
        if (c->threads.size() > 1)
            return TracePanel::tr("%1 · %2 threads").arg(label).arg(c->threads.size());
        return label;
    }
    // (A thread id is the system's, so it needs no pid.)
    if (!lane.threads)
        return TracePanel::tr("thread %1 · %Ln connection(s)", nullptr, lane.connections).arg(lane.thread);
    if (!lane.processes)
        return TracePanel::tr("pid %1 · %Ln connection(s)", nullptr, lane.connections).arg(lane.pid);
    return TracePanel::tr("%Ln connection(s) of several processes", nullptr, lane.connections);
}

} // namespace

TracePanel::TracePanel(TraceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("traceHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stop = new QPushButton(tr("&Stop Program"));
    m_stop->setToolTip(tr("End the traced program (SIGTERM, as kill sends): what it recorded is kept"));
    connect(m_stop, &QPushButton::clicked, this, &TracePanel::stop);
    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_stop, 0, Qt::AlignTop);
    m_conclusions = new QLabel;
    m_conclusions->setObjectName(QStringLiteral("traceConclusions"));
    m_conclusions->setWordWrap(true);
    m_conclusions->hide();

    m_timeline = new LockTimelinePanel(&session->timeline());
    m_timeline->view()->setLaneLabel([this](const QString &worker) {
        const auto it = m_laneLabels.constFind(worker);
        return it == m_laneLabels.cend() ? connectionName(worker) : *it;
    });
    m_blocked = new QTreeWidget;
    m_blocked->setRootIsDecorated(false);
    m_blocked->setUniformRowHeights(true);
    m_blocked->setAlternatingRowColors(true);
    m_blocked->setHeaderLabels({ tr("At (s)"), tr("Thread (pid)"), tr("Connection"), tr("Statement"), tr("Result"),
        tr("Waited (s)"), tr("Held by") });
    m_blocked->header()->setStretchLastSection(true);
    for (const auto &[column, chars] : { std::pair { At, 8 }, { Thread, 16 }, { Connection, 12 }, { Statement, 40 },
             { Result, 18 }, { Waited, 12 } })
        m_blocked->setColumnWidth(column, fontMetrics().averageCharWidth() * chars);
    connect(m_blocked, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showBlocked(m_blocked->indexOfTopLevelItem(item));
    });
    m_output = new QPlainTextEdit;
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(2000);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *tabs = new QTabWidget;
    tabs->setDocumentMode(true);
    tabs->addTab(m_blocked, tr("Blocked steps"));
    tabs->addTab(m_output, tr("Program output"));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(buildCharts());
    split->addWidget(m_timeline);
    split->addWidget(tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setChildrenCollapsible(false);

    auto *box = new QVBoxLayout(this);
    box->addLayout(top);
    box->addWidget(m_conclusions);
    box->addWidget(split, 1);

    connect(session, &TraceSession::updated, this, &TracePanel::refresh);
    connect(session, &TraceSession::finished, this, &TracePanel::finish);
    connect(session, &TraceSession::output, this, [this](const QString &text) {
        m_output->moveCursor(QTextCursor::End);
        m_output->insertPlainText(text);
    });
    begin();
}

QWidget *TracePanel::buildCharts()
{
    m_charts[std::size_t(Chart::Statements)] = new SeriesChart(tr("Statements"), tr("per second"));
    m_charts[std::size_t(Chart::LockWaits)] = new SeriesChart(tr("Lock waits"), tr("per second"));
    m_charts[std::size_t(Chart::Results)] = new SeriesChart(tr("BUSY/LOCKED results"), tr("per second"));
    auto *charts = new QWidget;
    auto *row = new QHBoxLayout(charts);
    row->setContentsMargins(0, 0, 0, 0);
    for (SeriesChart *c : m_charts) {
        c->setMinimumHeight(ChartHeight);
        row->addWidget(c);
    }
    return charts;
}

void TracePanel::resetCharts()
{
    m_series = LiveSeries();
    m_pointsShown = 0;
    m_lines.clear();
    m_resultLine = {};
    for (SeriesChart *c : m_charts)
        c->clearSeries();
    // Totals only: the timeline below tells the connections apart.
    m_lines.emplace_back(chart(Chart::Statements), tr("statements/s"), QColor(Text::Blue), Qt::SolidLine, Metric::Ops);
    m_lines.emplace_back(
        chart(Chart::Statements), tr("commits/s"), QColor(Text::Green), Qt::DotLine, Metric::Commits);
    m_lines.emplace_back(chart(Chart::LockWaits), tr("busy-handler sleep (ms/s)"), QColor(Text::Vermillion),
        Qt::SolidLine, Metric::LockWait, LiveSeries::Total, MsPerS);
    m_lines.emplace_back(chart(Chart::LockWaits), tr("lock requests refused/s"), QColor(Text::Grey), Qt::DotLine,
        Metric::BusyEvents);
    for (SeriesChart *c : m_charts)
        c->refit();
    refreshCharts();
}

void TracePanel::refreshCharts()
{
    const std::vector<SeriesPoint> &points = m_session->series();
    if (m_pointsShown > points.size())
        m_pointsShown = 0; // another trace's
    const bool grown = m_pointsShown < points.size();
    for (; m_pointsShown < points.size(); ++m_pointsShown)
        m_series.addPoint(points[m_pointsShown]);
    if (grown) { // a point a second: the charts are drawn again only then
        for (int c = 0; c < ErrorClassCount; ++c) {
            // (Other errors, a constraint that failed say, are not the chart's: the report has them.)
            if (m_resultLine[std::size_t(c)] || !m_series.occurred(ErrorClass(c)) || ErrorClass(c) == ErrorClass::Other)
                continue;
            m_lines.emplace_back(chart(Chart::Results), Text::errorName(ErrorClass(c)),
                Text::errorColor(ErrorClass(c)), Qt::SolidLine, Metric::Errors);
            m_lines.back().errorClass = c;
            m_resultLine[std::size_t(c)] = true;
        }
        double end = 0;
        for (ChartLine &line : m_lines)
            end = std::max(end, line.send(m_series));
        for (SeriesChart *c : m_charts) {
            c->setDataEnd(end);
            c->refit();
        }
    }
    QString title = tr("BUSY/LOCKED results — none so far");
    if (std::any_of(m_resultLine.begin(), m_resultLine.end(), [](bool drawn) { return drawn; }))
        title = tr("BUSY/LOCKED results");
    else if (m_session->hasModel() && !m_session->isRunning() && !points.empty())
        title = tr("BUSY/LOCKED results — none");
    chart(Chart::Results)->setTitle(title);
}

void TracePanel::begin()
{
    resetCharts();
    m_blocked->clear();
    m_blockedShown = 0;
    m_output->clear();
    m_conclusions->hide();
    m_stop->setEnabled(m_session->isRunning());
    m_laneLabels.clear();
    m_labelled.clear();
    m_timeline->view()->labelsChanged();
    m_timeline->view()->setHighlightedLane(-1);
    m_timeline->view()->showAll();
    m_timeline->showTimeline();
    refresh();
}

QString TracePanel::headerText() const
{
    return m_header->text();
}

void TracePanel::refresh()
{
    if (!m_session->hasModel()) {
        m_header->setText(tr("No program traced yet: Load Lab ▸ Trace a Program… runs one of yours and shows its "
                             "SQLite locks."));
        return;
    }
    addBlocked(m_blockedShown);
    refreshCharts();
    updateLaneLabels();
    m_timeline->view()->update();
    if (!m_session->isRunning())
        return; // finish() says how it ended
    const Trace::Model &model = m_session->model();
    QString text = tr("Tracing <b>%1</b> — %2 s: %3 processes, %4 connections, %5 blocked steps")
                       .arg(shortCommand(m_session->request().command).toHtmlEscaped(),
                           Report::fixed(m_session->elapsedS(), 1))
                       .arg(model.processes().size())
                       .arg(model.connectionCount())
                       .arg(model.blocked().size());
    if (m_session->dropped() > 0)
        text += tr("; %1 records dropped (the channel was full)").arg(m_session->dropped());
    if (const auto &left = m_session->lingering(); !left.empty())
        text += tr("; the command exited, and the trace goes on until the %n process(es) it started end", nullptr,
            int(left.size()));
    m_header->setText(text);
}

void TracePanel::updateLaneLabels()
{
    // A lane shows one connection at a time, a thread's connections in turn (Trace::Lanes).
    const Trace::Lanes *lanes = m_session->lanes();
    if (!lanes)
        return;
    const Trace::Model &model = m_session->model();
    // What each lane's label says: its connection, how many it showed, the threads of this one.
    std::vector<std::array<std::size_t, 3>> said;
    said.reserve(lanes->lanes().size());
    for (const Trace::Lanes::Lane &l : lanes->lanes()) {
        const Trace::Connection *c = model.connection(l.connection);
        said.push_back({ std::size_t(l.connection), std::size_t(l.connections), c ? c->threads.size() : 0 });
    }
    if (said == m_labelled)
        return;
    m_labelled = std::move(said);
    for (const Trace::Lanes::Lane &l : lanes->lanes())
        m_laneLabels.insert(l.recorder->name(), laneLabel(l, model.connection(l.connection)));
    m_timeline->view()->labelsChanged();
}

void TracePanel::addBlocked(std::size_t from)
{
    const auto &blocked = m_session->model().blocked();
    QList<QTreeWidgetItem *> items;
    for (std::size_t i = from; i < blocked.size(); ++i) {
        const Trace::Blocked &b = blocked[i];
        auto *item = new QTreeWidgetItem;
        item->setText(At, Report::fixed(b.tS, 3));
        item->setText(Thread, QStringLiteral("%1 (%2)").arg(b.thread).arg(b.pid));
        item->setText(Connection, QStringLiteral("conn%1").arg(b.connection));
        item->setText(Statement, b.statement);
        item->setText(Result, Report::resultName(b.result));
        item->setText(Waited, Report::fixed(b.waitedS, 3));
        item->setText(HeldBy, Report::holderText(b.holder));
        item->setToolTip(HeldBy, item->text(HeldBy));
        item->setToolTip(Statement, b.statement);
        items << item;
    }
    m_blocked->addTopLevelItems(items);
    m_blockedShown = blocked.size();
}

void TracePanel::showBlocked(int row)
{
    const auto &blocked = m_session->model().blocked();
    if (row < 0 || std::size_t(row) >= blocked.size())
        return;
    const Trace::Blocked &b = blocked[std::size_t(row)];
    LockTimelineView *view = m_timeline->view();
    view->setRange(std::max(0.0, b.tS - ContextS), b.tS + b.waitedS + ContextS);
    int holder = -1;
    if (const QString name = m_session->lanes()->nameOf(b.holder.connection); !name.isEmpty()) {
        const auto &lanes = m_session->timeline().lanes();
        for (std::size_t i = 0; i < lanes.size(); ++i) {
            if (lanes[i].worker == name)
                holder = int(i);
        }
    }
    view->setHighlightedLane(holder);
    if (holder >= 0)
        view->scrollToLane(holder);
    if (m_blocked->currentItem() != m_blocked->topLevelItem(row))
        m_blocked->setCurrentItem(m_blocked->topLevelItem(row));
}

void TracePanel::stop()
{
    if (!m_session->isRunning())
        return;
    const QString question = tr("End the traced program? It gets SIGTERM, as from kill; what was recorded "
                                "until then is kept.");
    const bool yes = m_confirm ? m_confirm(question)
                               : QMessageBox::question(this, tr("Stop Program"), question) == QMessageBox::Yes;
    if (yes)
        m_session->stop();
}

void TracePanel::finish()
{
    m_stop->setEnabled(false);
    resetCharts(); // drawn again whole: the series' last point may have been folded into the one before
    refresh();
    const Trace::Program &p = m_session->program();
    QString head = p.signal ? tr("<b>%1</b> ended by signal %2 after %3 s")
                                  .arg(shortCommand(p.command).toHtmlEscaped())
                                  .arg(p.signal)
                                  .arg(Report::fixed(m_session->durationS(), 1))
                            : tr("<b>%1</b> exited with status %2 after %3 s")
                                  .arg(shortCommand(p.command).toHtmlEscaped())
                                  .arg(p.exitStatus)
                                  .arg(Report::fixed(m_session->durationS(), 1));
    head += tr(": %1 processes, %2 connections, %3 blocked steps")
                .arg(p.processes.size())
                .arg(Trace::connectionCount(p))
                .arg(p.blocked.size());
    m_header->setText(head);
    QStringList said;
    for (const Trace::Finding &f : Trace::conclusions(p))
        said << f.text.toHtmlEscaped();
    m_conclusions->setText(said.isEmpty() ? QString() : QStringLiteral("• ") + said.join(QStringLiteral("<br>• ")));
    m_conclusions->setVisible(!said.isEmpty());
    m_timeline->view()->showAll();
}

} // namespace LockLens
