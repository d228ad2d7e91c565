// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/resultsstore.h"
#include "app/core/tracesession.h"
#include "app/reports/reportstore.h"
#include "widgets/loadlab/loadwizard.h"
#include "workers/scenario.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QTabWidget;

namespace LockLens {

class ComparisonView;
class LoadDashboard;
class RunsView;
class TracePanel;
struct RunResult;

// The load lab page: the live dashboard, the runs kept in the results store, and the
// comparison of runs. New Load Test opens the wizard; a finished run is saved to the store
// and listed. Only wires its parts; each is its own widget.
class LoadLab : public QWidget
{
    Q_OBJECT
public:
    explicit LoadLab(QWidget *parent = nullptr);
    ~LoadLab() override;

    enum class Tab { Live, Runs, Compare, Trace };
    void showTab(Tab tab);
    // The results store: `path` ("" for the default in the user's application data). Opened
    // when first needed; a store that cannot be used is said in the runs tab and the runs
    // are not saved.
    void setStorePath(const QString &path);
    ResultsStore *store();
    // What the wizard offers as "the current database".
    void setContext(const WizardContext &ctx) { m_context = ctx; }
    const WizardContext &context() const { return m_context; }

    // Opens the wizard (starting from `sc` when given) and runs what it ends with.
    void newLoadTest(const std::optional<Scenario> &sc = std::nullopt);
    // Runs `sc` on the dashboard; false with the reason when it cannot start.
    bool run(const Scenario &sc, QString *error = nullptr);
    void runAgain();
    // Load Lab ▸ Run on PostgreSQL Too: the last SQLite run's scenario again on PostgreSQL (the
    // server of the last PostgreSQL run in the window, else a temporary cluster); when it has
    // ended and is kept, the Comparison tab shows the two. False with the reason when it cannot
    // start (the message box says it too when `error` is null).
    bool runOnPostgres(QString *error = nullptr);
    void stop();
    bool isRunning() const;
    // Load Lab ▸ Trace a Program…: asks what to run (starting from `r`, or the last request)
    // and traces it on the Trace tab.
    void traceProgram(const std::optional<TraceRequest> &r = std::nullopt);
    // Traces `r` on the Trace tab; false with the reason when it cannot start. When the
    // program ends, its trace is kept in the run history (runSaved()).
    bool startTrace(const TraceRequest &r, QString *error = nullptr);
    TraceSession *traceSession() const { return m_trace; }
    TracePanel *tracePanel() const { return m_tracePanel; }

    // Shows runs of the store side by side (two or more).
    bool compare(const QList<qint64> &ids, QString *error = nullptr);
    // Shows a stored run's charts on the dashboard.
    bool open(qint64 id, QString *error = nullptr);

    // What a report (File ▸ Export Report…) is of: the comparison when its tab is current,
    // otherwise the run the dashboard shows once it has ended (kept in the store or opened
    // from it). False, with why not, when there is none: no run yet, or one still going.
    bool canReport(QString *whyNot = nullptr) const;
    // Those runs, and their ids in the store (none for a run that could not be kept).
    bool reportRuns(Report::RunSet *runs, QList<qint64> *ids, QString *error);

    // Asks the user a yes/no question (removing the load table); a test answers instead.
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm);
    // The load table the last run created in the database open in the window, which the
    // banner offers to remove ("" when it did not create one, or it was removed).
    QString createdTable() const { return m_createdTable; }
    // Drops that table after asking; false (and why, also in the banner) when it stays.
    bool removeCreatedTable(QString *error = nullptr);

    LoadDashboard *dashboard() const { return m_dashboard; }
    RunsView *runsView() const { return m_runs; }
    ComparisonView *comparison() const { return m_comparison; }
    QAction *newAction() const { return m_newAction; }
    QAction *againAction() const { return m_againAction; }
    QAction *stopAction() const { return m_stopAction; }
    QAction *postgresAction() const { return m_pgAction; }
    QAction *traceAction() const { return m_traceAction; }

Q_SIGNALS:
    // A run ended and was saved (id > 0) or could not be saved (id <= 0, see message()).
    void runSaved(qint64 id);
    // The run wrote into `databasePath` (the window may reload its schema).
    void databaseChanged(const QString &databasePath);
    void message(const QString &text);
    // What canReport() says may have changed.
    void reportableChanged();

private:
    void onFinished(const RunResult &result);
    bool comparisonShown() const; // the comparison tab is current and shows runs
    void updateActions();
    bool openStore(QString *error);
    // Whether a run of `sc` will create LockLens's load table in the database open in the
    // window (it is not there yet): then the banner offers to remove it afterwards.
    bool createsTableInWindowDatabase(const Scenario &sc) const;
    void offerTableRemoval();
    void setUpTrace(); // the Trace tab and its action (loadlabtrace.cpp)
    void onTraceFinished();
    // Keeps a finished run's or trace's document in the store, or (when it cannot) as the
    // unkept run a report is made of. Its id, or 0.
    qint64 keep(const QJsonObject &doc, const QString &name);

    LoadDashboard *m_dashboard = nullptr;
    RunsView *m_runs = nullptr;
    ComparisonView *m_comparison = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_storeLabel = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_againAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_pgAction = nullptr;
    QAction *m_traceAction = nullptr;
    TraceSession *m_trace = nullptr;
    TracePanel *m_tracePanel = nullptr;
    std::optional<TraceRequest> m_lastTrace;
    WizardContext m_context;
    std::optional<Scenario> m_last;
    // The last SQLite run that ended and was kept (Run on PostgreSQL Too), the server of the last
    // PostgreSQL run ("" none: a temporary cluster), and the kept run a PostgreSQL run under
    // way is to be compared with (0: none).
    std::optional<Scenario> m_sqliteScenario;
    qint64 m_sqliteRunId = 0;
    QString m_pgServer;
    qint64 m_pairWith = 0;
    QString m_storePath;
    bool m_storeTried = false;
    // The dashboard's ended run: its id in the store, or (not kept) its document and name.
    qint64 m_shownId = 0;
    QJsonObject m_unkeptRun;
    QString m_unkeptName;
    QList<qint64> m_comparedIds; // the comparison tab's runs
    bool m_runCreatesTable = false; // the run on show creates its load table in the window's database
    QString m_createdTable; // and, once it has ended, that table (see createdTable())
    Scenario m_createdIn; // where
    Confirm m_confirm;
    ResultsStore m_store;
};

} // namespace LockLens
