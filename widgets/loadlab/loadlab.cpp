// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/loadlab.h"

#include "app/core/liveseries.h"
#include "app/core/loadtableremoval.h"
#include "widgets/loadlab/comparisonview.h"
#include "widgets/loadlab/loaddashboard.h"
#include "widgets/loadlab/runsview.h"
#include "workers/runresult.h"

#include <QAction>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <utility>

namespace LockLens {

LoadLab::LoadLab(QWidget *parent)
    : QWidget(parent)
{
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newAction = bar->addAction(tr("&New Load Test…"), this, [this] { newLoadTest(m_last); });
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_newAction->setToolTip(tr("Set up a load test in the wizard (Ctrl+L)"));
    m_againAction = bar->addAction(tr("Run &Again"), this, &LoadLab::runAgain);
    m_againAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_againAction->setToolTip(tr("Run the last scenario again, unchanged (Ctrl+Shift+L)"));
    m_pgAction = bar->addAction(tr("Run on PostgreSQL &Too"), this, [this] { runOnPostgres(); });
    m_pgAction->setToolTip(tr("Run the last SQLite load test again on PostgreSQL (a temporary cluster, or the "
                              "server of your last PostgreSQL run) and compare the two runs"));
    m_stopAction = bar->addAction(tr("&Stop"), this, &LoadLab::stop);
    m_stopAction->setToolTip(tr("End the run: workers finish their transaction, then the run is verified"));
    m_traceAction = bar->addAction(tr("Trace a &Program…"), this, [this] { traceProgram(); });
    m_traceAction->setToolTip(tr("Run a program of yours with LockLens's recorder and watch its SQLite locks"));
    bar->addSeparator();
    m_storeLabel = new QLabel(this);
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_storeLabel);

    m_dashboard = new LoadDashboard(this);
    m_runs = new RunsView(this);
    m_comparison = new ComparisonView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_dashboard, tr("Live"));
    m_tabs->addTab(m_runs, tr("Runs"));
    m_tabs->addTab(m_comparison, tr("Comparison"));
    m_tabs->setTabEnabled(int(Tab::Compare), false);
    setUpTrace();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_dashboard, &LoadDashboard::started, this, [this] {
        m_shownId = 0;
        m_unkeptRun = {};
        m_createdTable.clear();
        updateActions();
    });
    connect(m_dashboard, &LoadDashboard::actionTaken, this, [this] { removeCreatedTable(); });
    setConfirm({});
    connect(m_dashboard, &LoadDashboard::finished, this, &LoadLab::onFinished);
    connect(m_dashboard, &LoadDashboard::failed, this, [this](const QString &why) {
        m_pairWith = 0;
        updateActions();
        Q_EMIT message(tr("The load test failed: %1").arg(why));
    });
    connect(m_runs, &RunsView::compareRequested, this, [this](const QList<qint64> &ids) {
        QString why;
        if (!compare(ids, &why))
            QMessageBox::warning(this, tr("Compare Runs"), why);
    });
    connect(m_runs, &RunsView::openRequested, this, [this](qint64 id) {
        QString why;
        if (!open(id, &why))
            QMessageBox::warning(this, tr("Open Run"), why);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == int(Tab::Runs) && !m_storeTried) {
            QString why;
            openStore(&why);
        }
        Q_EMIT reportableChanged();
    });
    updateActions();
}

LoadLab::~LoadLab()
{
    // The store is a member, destroyed before the child widgets: detach the view first
    // (it saves notes still being typed).
    m_runs->setStore(nullptr);
}

void LoadLab::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void LoadLab::setStorePath(const QString &path)
{
    m_storePath = path;
    m_storeTried = false;
    m_store.close();
}

bool LoadLab::openStore(QString *error)
{
    if (m_store.isOpen())
        return true;
    m_storeTried = true;
    const QString path = m_storePath.isEmpty() ? ResultsStore::defaultPath() : m_storePath;
    if (path.isEmpty()) {
        *error = tr("there is no application-data folder to keep runs in");
    } else if (m_store.open(path, error)) {
        m_storeLabel->setText(tr("Runs kept in %1").arg(path));
        m_runs->setStore(&m_store);
        return true;
    }
    m_storeLabel->setText(tr("Runs are not kept: %1").arg(*error));
    m_runs->setStore(nullptr, *error);
    return false;
}

ResultsStore *LoadLab::store()
{
    QString why;
    return openStore(&why) ? &m_store : nullptr;
}

void LoadLab::newLoadTest(const std::optional<Scenario> &sc)
{
    LoadWizard wizard(m_context, this);
    if (sc)
        wizard.setScenario(*sc);
    if (wizard.exec() != QDialog::Accepted)
        return;
    QString why;
    if (!run(wizard.scenario(), &why))
        QMessageBox::warning(this, tr("Load Test"), tr("The load test cannot start: %1").arg(why));
}

bool LoadLab::run(const Scenario &sc, QString *error)
{
    QString why;
    const bool createsTable = !isRunning() && createsTableInWindowDatabase(sc);
    if (!m_dashboard->start(sc, &why)) {
        if (error)
            *error = why;
        updateActions();
        return false;
    }
    m_last = sc;
    m_runCreatesTable = createsTable;
    showTab(Tab::Live);
    updateActions();
    return true;
}

void LoadLab::runAgain()
{
    if (!m_last)
        return;
    QString why;
    if (!run(*m_last, &why))
        QMessageBox::warning(this, tr("Load Test"), tr("The load test cannot start: %1").arg(why));
}

bool LoadLab::runOnPostgres(QString *error)
{
    QString why;
    const qint64 pair = m_sqliteRunId;
    std::optional<Scenario> pg;
    if (!m_sqliteScenario || pair <= 0)
        why = tr("no SQLite run has ended and been kept yet");
    else
        pg = m_sqliteScenario->onPostgres(m_pgServer, &why);
    if (pg && run(*pg, &why))
        m_pairWith = pair;
    if (why.isEmpty())
        return true;
    if (error)
        *error = why;
    else
        QMessageBox::warning(this, tr("Run on PostgreSQL Too"), tr("The run on PostgreSQL cannot start: %1").arg(why));
    return false;
}

void LoadLab::stop()
{
    m_dashboard->stop();
}

bool LoadLab::isRunning() const
{
    return m_dashboard->isRunning();
}

void LoadLab::onFinished(const RunResult &result)
{
    updateActions();
    if (m_runCreatesTable) {
        m_createdTable = result.scenario.table;
        m_createdIn = result.scenario;
        offerTableRemoval();
    }
    if (!result.scenario.databasePath.isEmpty())
        Q_EMIT databaseChanged(result.scenario.databasePath);
    const qint64 id = keep(result.toJson(), result.scenario.name);
    const qint64 pair = std::exchange(m_pairWith, 0);
    if (result.scenario.onServer()) {
        m_pgServer = result.scenario.server;
        QString why;
        if (pair > 0 && id > 0 && !compare({ pair, id }, &why))
            Q_EMIT message(tr("The two runs cannot be compared: %1").arg(why));
    } else if (id > 0) {
        m_sqliteScenario = result.scenario;
        m_sqliteRunId = id;
    }
    updateActions();
}

qint64 LoadLab::keep(const QJsonObject &doc, const QString &name)
{
    const auto unkept = [&](const QString &text) {
        m_shownId = 0;
        m_unkeptRun = doc;
        m_unkeptName = name;
        Q_EMIT reportableChanged();
        Q_EMIT message(text);
    };
    QString why;
    if (!openStore(&why)) {
        unkept(tr("The run was not kept: %1").arg(why));
        Q_EMIT runSaved(-1);
        return 0;
    }
    const qint64 id = m_store.save(doc, QString(), &why);
    if (id <= 0) {
        unkept(tr("The run could not be kept: %1").arg(why));
    } else {
        m_shownId = id;
        Q_EMIT reportableChanged();
        m_runs->reload();
        Q_EMIT message(tr("Run %1 kept in the run history").arg(id));
    }
    Q_EMIT runSaved(id);
    return std::max<qint64>(id, 0);
}

bool LoadLab::compare(const QList<qint64> &ids, QString *error)
{
    QString why;
    if (ids.size() < 2) {
        why = tr("select two or more runs to compare");
    } else if (openStore(&why)) {
        QList<QJsonObject> docs;
        QStringList names;
        for (qint64 id : ids) {
            QJsonObject doc;
            RunSummary summary;
            if (!m_store.load(id, &doc, &summary, &why))
                break;
            docs.append(doc);
            names.append(summary.name);
        }
        if (docs.size() == ids.size() && m_comparison->setRuns(docs, names, &why)) {
            m_comparedIds = ids;
            m_tabs->setTabEnabled(int(Tab::Compare), true);
            showTab(Tab::Compare);
            Q_EMIT reportableChanged();
            return true;
        }
    }
    if (error)
        *error = why;
    return false;
}

bool LoadLab::open(qint64 id, QString *error)
{
    QString why;
    QJsonObject doc;
    RunSummary summary;
    if (isRunning()) {
        why = tr("a load test is running; stop it or wait for it to end");
    } else if (openStore(&why) && m_store.load(id, &doc, &summary, &why)) {
        m_dashboard->showHistory(LiveSeries::fromRunJson(doc));
        m_shownId = id;
        m_unkeptRun = {};
        showTab(Tab::Live);
        Q_EMIT reportableChanged();
        Q_EMIT message(tr("Showing run %1, “%2”").arg(id).arg(summary.name));
        return true;
    }
    if (error)
        *error = why;
    return false;
}

bool LoadLab::comparisonShown() const
{
    return m_tabs->currentIndex() == int(Tab::Compare) && m_comparedIds.size() >= 2;
}

bool LoadLab::canReport(QString *whyNot) const
{
    QString why;
    if (comparisonShown())
        return true;
    if (isRunning())
        why = tr("a load test is still running; export its report once it has ended");
    else if (m_trace->isRunning())
        why = tr("a traced program is still running; export its report once it has ended");
    else if (m_shownId <= 0 && m_unkeptRun.isEmpty())
        why = tr("no run has ended yet: run a load test, or open or compare runs of the run history");
    if (whyNot)
        *whyNot = why;
    return why.isEmpty();
}

bool LoadLab::reportRuns(Report::RunSet *runs, QList<qint64> *ids, QString *error)
{
    if (!canReport(error))
        return false;
    QList<qint64> which;
    if (comparisonShown())
        which = m_comparedIds;
    else if (m_shownId > 0)
        which = { m_shownId };
    if (which.isEmpty()) {
        runs->addDocument(m_unkeptRun, m_unkeptName);
    } else {
        if (!openStore(error))
            return false;
        for (qint64 id : which) {
            if (!runs->addStored(m_store, id, error))
                return false;
        }
    }
    *ids = which;
    return true;
}

bool LoadLab::createsTableInWindowDatabase(const Scenario &sc) const
{
    if (!runsOnWindowDatabase(sc, m_context) || sc.existingTable)
        return false;
    // Only when it is known not to be there: a table that cannot be looked for is not offered.
    bool found = true;
    QString ignored;
    const DatabaseLocation where
        = sc.isMemory() ? DatabaseLocation::memory(sc.memoryName) : DatabaseLocation::file(sc.databasePath);
    return LoadTable::exists(where, sc.table, &found, &ignored) && !found;
}

void LoadLab::offerTableRemoval()
{
    const QString where
        = m_createdIn.isMemory() ? m_createdIn.memoryName : QFileInfo(m_createdIn.databasePath).fileName();
    m_dashboard->offerAction(tr("Remove %1…").arg(m_createdTable),
        tr("This run created the table %1 in %2, the database open in the window. Remove it, with the "
           "rows the run inserted?")
            .arg(m_createdTable, where));
}

void LoadLab::setConfirm(Confirm confirm)
{
    m_confirm = confirm ? std::move(confirm) : Confirm([this](const QString &question) {
        return QMessageBox::question(this, tr("Remove the Load Table"), question,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    });
}

bool LoadLab::removeCreatedTable(QString *error)
{
    QString why;
    if (m_createdTable.isEmpty() || isRunning()) {
        why = tr("there is no load table of the last run to remove");
    } else {
        const DatabaseLocation where = m_createdIn.isMemory()
            ? DatabaseLocation::memory(m_createdIn.memoryName)
            : DatabaseLocation::file(m_createdIn.databasePath);
        QString ignored;
        const qint64 rows = LoadTable::rowCount(where, m_createdTable, &ignored);
        const QString question = rows >= 0
            ? tr("Remove the table %1 from %2? The load test created it; it holds %n row(s). This cannot be "
                 "undone.",
                nullptr, int(std::min<qint64>(rows, INT_MAX)))
                  .arg(m_createdTable, where.displayName())
            : tr("Remove the table %1 from %2? The load test created it. This cannot be undone.")
                  .arg(m_createdTable, where.displayName());
        if (!m_confirm(question))
            return false; // the offer stands
        if (LoadTable::drop(where, m_createdTable, &why)) {
            m_dashboard->withdrawAction();
            m_dashboard->appendToBanner(tr("The table %1 was removed from %2.")
                                            .arg(m_createdTable, where.displayName())
                                            .toHtmlEscaped());
            Q_EMIT message(tr("Removed the load table %1 from %2").arg(m_createdTable, where.displayName()));
            const QString path = m_createdIn.databasePath;
            m_createdTable.clear();
            if (!path.isEmpty())
                Q_EMIT databaseChanged(path);
            return true;
        }
        m_dashboard->appendToBanner(tr("The table %1 stays: %2").arg(m_createdTable, why).toHtmlEscaped());
    }
    if (error)
        *error = why;
    return false;
}

void LoadLab::updateActions()
{
    const bool running = m_dashboard->isRunning();
    m_newAction->setEnabled(!running);
    m_againAction->setEnabled(!running && m_last.has_value());
    m_pgAction->setEnabled(!running && m_sqliteRunId > 0);
    m_stopAction->setEnabled(running);
    Q_EMIT reportableChanged();
}

} // namespace LockLens
