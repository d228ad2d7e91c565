// SPDX-License-Identifier: GPL-3.0-or-later
// The load lab's Trace tab: a program of the user's, run with LockLens's recorder
// (TraceSession), shown live on a TracePanel and kept in the run history when it ends.
#include "widgets/loadlab/loadlab.h"

#include "widgets/loadlab/tracedialog.h"
#include "widgets/loadlab/tracepanel.h"

#include <QAction>
#include <QMessageBox>
#include <QTabWidget>

namespace LockLens {

void LoadLab::setUpTrace()
{
    m_trace = new TraceSession(this);
    m_tracePanel = new TracePanel(m_trace, this);
    m_tabs->addTab(m_tracePanel, tr("Trace"));
    connect(m_trace, &TraceSession::finished, this, &LoadLab::onTraceFinished);
    connect(m_trace, &TraceSession::failed, this, [this](const QString &why) {
        m_traceAction->setEnabled(true);
        Q_EMIT message(tr("The program could not be started: %1").arg(why));
        QMessageBox::warning(this, tr("Trace a Program"), tr("The program could not be started: %1").arg(why));
    });
}

void LoadLab::traceProgram(const std::optional<TraceRequest> &r)
{
    TraceDialog dialog(this);
    if (r || m_lastTrace)
        dialog.setRequest(r ? *r : *m_lastTrace);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString why;
    if (!startTrace(dialog.request(), &why))
        QMessageBox::warning(this, tr("Trace a Program"), why);
}

bool LoadLab::startTrace(const TraceRequest &r, QString *error)
{
    QString why = m_trace->isRunning() ? tr("a program is being traced already: stop it first") : QString();
    if (why.isEmpty() && !m_trace->start(r, &why)) {
        if (error)
            *error = why;
        return false;
    }
    m_lastTrace = r;
    m_traceAction->setEnabled(false);
    m_tracePanel->begin();
    showTab(Tab::Trace);
    Q_EMIT reportableChanged();
    return true;
}

void LoadLab::onTraceFinished()
{
    m_traceAction->setEnabled(true);
    keep(m_trace->document(), tr("trace: %1").arg(Trace::programName(m_trace->program())));
}

} // namespace LockLens
