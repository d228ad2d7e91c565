// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/tracepanel.h"

#include "app/core/tracesession.h"
#include "app/reports/reporttext.h"
#include "app/reports/reporttrace.h"
#include "widgets/loadlab/locktimelinepanel.h"
#include "widgets/loadlab/locktimelineview.h"

#include <QFontDatabase>
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
    split->addWidget(m_timeline);
    split->addWidget(tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

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

void TracePanel::begin()
{
    m_blocked->clear();
    m_blockedShown = 0;
    m_output->clear();
    m_conclusions->hide();
    m_stop->setEnabled(m_session->isRunning());
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
    m_timeline->view()->update();
    if (!m_session->isRunning())
        return; // finish() says how it ended
    const Trace::Model &model = m_session->model();
    QString text = tr("Tracing <b>%1</b> — %2 s: %3 processes, %4 connections, %5 blocked steps")
                       .arg(shortCommand(m_session->request().command).toHtmlEscaped(),
                           Report::fixed(m_session->elapsedS(), 1))
                       .arg(model.processes().size())
                       .arg(model.connections().size())
                       .arg(model.blocked().size());
    if (m_session->dropped() > 0)
        text += tr("; %1 records dropped (the channel was full)").arg(m_session->dropped());
    m_header->setText(text);
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
    if (b.holder.connection > 0) {
        const QString name = TraceSession::laneName(b.holder.pid, b.holder.connection);
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
                .arg(p.connections.size())
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
