// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/loadlab/loadwizard.h"
#include "workers/scenario.h"
#include "workers/scenariolimits.h"

#include <QDoubleSpinBox>
#include <QWizardPage>

#include <initializer_list>
#include <vector>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTextBrowser;
class QVBoxLayout;

namespace LockLens {

class TableChooser;

// Small pieces the pages share.
namespace WizardForm {
// A word-wrapped explanation line in the palette's secondary text colour.
QLabel *note(const QString &objectName);
// Selects the item whose data is `value`, adding "value (unknown)" when there is none, so
// that whatever a scenario file holds is shown (and refused by the page) rather than lost.
void selectData(QComboBox *combo, const QString &value);
// The item role that marks such an "(unknown)" item.
constexpr int UnknownRole = Qt::UserRole + 1;
// A label whose mnemonic ("&Workers:") moves the focus to `buddy`.
QLabel *buddyLabel(const QString &text, QWidget *buddy);
// A row of a form: `label` (the field's buddy) in column 0, the field in column 1 (with
// `fieldAlignment`) and, when given, its note in column 2.
void addFieldRow(QGridLayout *grid, int row, const QString &label, QWidget *field, QLabel *note = nullptr,
    Qt::Alignment fieldAlignment = {});
} // namespace WizardForm

// A QDoubleSpinBox rounds what it is given to its decimals. This one remembers the exact
// value last set, and gives it back while the box still shows it, so that a scenario
// passes through the wizard unchanged unless the user edits the box. With 0 decimals it
// holds 64-bit counts exactly up to 2^53.
class ExactSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    void setExactValue(double v);
    double exactValue() const;

private:
    double m_exact = 0;
    double m_shown = 0;
};

namespace WizardForm {
// An accelerated spin box for a count or a size, over the limit's range (Limits: what the
// command line and scenario files take).
QSpinBox *spin(const QString &objectName, const Limit &limit, const QString &suffix = {});
// An accelerated ExactSpinBox from `lo` to the limit's highest value.
ExactSpinBox *exactSpin(const QString &objectName, int decimals, double lo, const Limit &limit,
    const QString &suffix = {});
inline ExactSpinBox *exactSpin(
    const QString &objectName, int decimals, const Limit &limit, const QString &suffix = {})
{
    return exactSpin(objectName, decimals, limit.lo, limit, suffix);
}
} // namespace WizardForm

// One page of the wizard: shows part of a Scenario, puts it back, and says on the page
// what in it cannot run (the page is incomplete until that is fixed).
class ScenarioPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

    virtual void load(const Scenario &sc) = 0;
    virtual void store(Scenario *sc) const = 0;
    // Why this page's settings cannot run, in one sentence; empty when they can.
    virtual QString problem() const;
    // The message shown on the page (empty while there is no problem).
    QString problemText() const;

    bool isComplete() const override;

protected:
    // Adds the problem line at the bottom of the page's layout.
    void addProblemLine(QVBoxLayout *layout, const QString &objectName);
    // Lays the page out: `sections` top to bottom, the free space below them, then the
    // problem line (named `problemName`).
    void setSections(std::initializer_list<QWidget *> sections, const QString &problemName);
    // Shows problem() and tells the wizard whether the page is complete; connect every
    // editor's change signal here.
    void refresh();
    // Scenario::validate() of a default scenario carrying this page's fields: the page's
    // own part of the engine's checks, with the engine's wording.
    QString validateOwnFields() const;

private:
    QLabel *m_problem = nullptr;
};

// Page 1: where the load runs and how that database journals and syncs.
class TargetPage : public ScenarioPage
{
    Q_OBJECT
public:
    explicit TargetPage(const WizardContext &ctx, QWidget *parent = nullptr);

    void load(const Scenario &sc) override;
    void store(Scenario *sc) const override;
    QString problem() const override;
    // Why "current database" is not offered; empty when it is.
    QString currentRefusal() const;
    // Test Connection's answer once it has come (for tests): "" while none has.
    QString serverTestResult() const;

Q_SIGNALS:
    void presetChosen(const Scenario &sc);
    void ownSettingsChosen(); // "Your own settings" chosen again after a preset
    void loadRequested();

private:
    enum Where { Current, OtherFile, Temporary, Memory, TemporaryServer, Server };
    QGroupBox *startGroup(); // a preset or your own settings, Load Scenario
    QGroupBox *databaseGroup(); // where the load runs
    QGroupBox *journalGroup(); // journal mode and synchronous
    void showCurrentDatabase(); // the open database, or why it cannot be the target
    Where where() const;
    void choosePreset(int index);
    void browse();
    void updateNotes();
    QString fileProblem() const;
    // The PostgreSQL targets (loadwizardserver.cpp): a temporary cluster and a server by URL
    // with Test Connection, in rows of the database box from `row` on; the isolation level.
    void addServerRows(QGridLayout *grid, int row);
    QString serverProblem() const;
    void testConnection();
    bool onServer() const { return where() == TemporaryServer || where() == Server; }
    // On a change of target: the file's journal mode, which the journal box then shows
    // unless the mode was chosen (a new file, a temporary file or memory: the default).
    void followTarget();

    WizardContext m_ctx;
    std::vector<Scenario> m_presets;
    QString m_description;
    QComboBox *m_preset = nullptr;
    QLabel *m_presetNote = nullptr;
    QButtonGroup *m_where = nullptr;
    QRadioButton *m_current = nullptr;
    QLabel *m_currentNote = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_memory = nullptr;
    QComboBox *m_journal = nullptr;
    QLabel *m_journalNote = nullptr;
    QString m_fileMode; // the chosen existing file's journal mode (WizardText::fileJournalMode)
    // Picked in the box, or loaded other than the default: no longer follows the target.
    bool m_journalChosen = false;
    bool m_following = false; // followTarget() is changing the box
    QComboBox *m_sync = nullptr;
    QLabel *m_syncNote = nullptr;
    QString m_noTemporaryServer; // why a temporary cluster cannot be offered ("" when it can)
    QString m_noDriver; // why no PostgreSQL target can ("" when Qt's QPSQL driver is there)
    QLineEdit *m_server = nullptr;
    QPushButton *m_testServer = nullptr;
    QLabel *m_serverNote = nullptr;
    QString m_serverTested; // the last answer of Test Connection
    int m_testsRunning = 0;
    QComboBox *m_isolation = nullptr;
};

// Page 2: the load table and what each transaction does.
class WorkloadPage : public ScenarioPage
{
    Q_OBJECT
public:
    explicit WorkloadPage(QWidget *parent = nullptr);

    void load(const Scenario &sc) override;
    void store(Scenario *sc) const override;
    QString problem() const override;
    void initializePage() override; // lists the tables of the target chosen on page 1

private:
    QGroupBox *mixGroup(); // the operations' relative weights
    QGroupBox *transactionsGroup(); // rows, payload, prefill, transaction mode
    void updateNotes();

    TableChooser *m_table = nullptr;
    QSpinBox *m_insert = nullptr;
    QSpinBox *m_update = nullptr;
    QSpinBox *m_delete = nullptr;
    QSpinBox *m_pointRead = nullptr;
    QSpinBox *m_rangeRead = nullptr;
    QLabel *m_mixNote = nullptr;
    QSpinBox *m_payload = nullptr;
    QSpinBox *m_batch = nullptr;
    QSpinBox *m_rangeRows = nullptr;
    ExactSpinBox *m_prefill = nullptr;
    QComboBox *m_tx = nullptr;
    QLabel *m_txNote = nullptr;
    QCheckBox *m_readBeforeWrite = nullptr;
};

// Page 3: how many workers, how they reach the database, how they wait, when they stop.
class ConcurrencyPage : public ScenarioPage
{
    Q_OBJECT
public:
    explicit ConcurrencyPage(QWidget *parent = nullptr);

    void load(const Scenario &sc) override;
    void store(Scenario *sc) const override;
    QString problem() const override;

    // The workers and readers boxes go up to this, raised to what a loaded scenario asks
    // (Limits::workers, Limits::readers).
    static constexpr int MaxWorkers = 256;
    static constexpr double DefaultDurationS = 3; // shown for a scenario that stops by count

private:
    QGroupBox *workersGroup(); // workers, readers, connection strategy, statements
    QGroupBox *waitGroup(); // busy policy and timeout, tries, back-off
    QGroupBox *paceGroup(); // target rate, when to stop, random seed
    QGroupBox *measureGroup(); // per-operation timing, lock recording
    void connectEditors();
    void addBackoffRow(QGridLayout *grid, int row);
    void updateNotes();
    void newSeed();

    QSpinBox *m_workers = nullptr;
    QSpinBox *m_readers = nullptr;
    QSpinBox *m_splitFiles = nullptr;
    QComboBox *m_strategy = nullptr;
    QLabel *m_strategyNote = nullptr;
    QComboBox *m_driver = nullptr;
    QLabel *m_driverNote = nullptr;
    QComboBox *m_busy = nullptr;
    QSpinBox *m_busyTimeout = nullptr;
    QLabel *m_busyNote = nullptr;
    QSpinBox *m_maxTries = nullptr;
    QComboBox *m_backoff = nullptr;
    QSpinBox *m_backoffMin = nullptr;
    QLabel *m_backoffTo = nullptr;
    QSpinBox *m_backoffMax = nullptr;
    QLabel *m_backoffNote = nullptr;
    ExactSpinBox *m_rate = nullptr;
    QRadioButton *m_byDuration = nullptr;
    QRadioButton *m_byOps = nullptr;
    ExactSpinBox *m_duration = nullptr;
    ExactSpinBox *m_ops = nullptr;
    ExactSpinBox *m_seed = nullptr;
    QCheckBox *m_instrument = nullptr;
    QCheckBox *m_recordLocks = nullptr;
};

// Page 4: every setting in one place, the known traps, a name to save it under.
class ReviewPage : public ScenarioPage
{
    Q_OBJECT
public:
    explicit ReviewPage(LoadWizard *wizard);

    void load(const Scenario &sc) override;
    void store(Scenario *sc) const override;
    // The wizard's problem(): any page's, or Scenario::validate()'s.
    QString problem() const override;
    void initializePage() override;
    // Shows the wizard's scenario: the summary, the warnings, the problem line.
    void showScenario();

Q_SIGNALS:
    void saveRequested();

private:
    LoadWizard *m_wizard;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QString m_exactDescription; // as last loaded; kept while the box still shows it
    QString m_shownDescription;
    QWidget *m_warningBox = nullptr;
    QLabel *m_warnings = nullptr;
    QTextBrowser *m_summary = nullptr;
};

} // namespace LockLens
