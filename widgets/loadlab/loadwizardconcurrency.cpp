// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's concurrency page: workers, connection strategy, waiting, pace and length.
#include "widgets/loadlab/loadwizardpages.h"

#include "widgets/loadlab/loadwizardtext.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace LockLens {

using namespace WizardForm;

ConcurrencyPage::ConcurrencyPage(QWidget *parent)
    : ScenarioPage(parent)
{
    setTitle(tr("Concurrency"));
    setSubTitle(tr("How many workers run, how they reach the database, how they wait for its locks and when "
                   "they stop."));

    setSections(
        { workersGroup(), waitGroup(), paceGroup(), measureGroup() }, QStringLiteral("concurrencyProblem"));

    m_byOps->setChecked(true);
    connectEditors();
}

QGroupBox *ConcurrencyPage::workersGroup()
{
    auto *who = new QGroupBox(tr("Workers and connections"));
    m_workers = new QSpinBox;
    m_workers->setObjectName(QStringLiteral("workers"));
    m_workers->setRange(int(Limits::workers.lo), MaxWorkers);
    m_readers = new QSpinBox;
    m_readers->setObjectName(QStringLiteral("readers"));
    m_readers->setRange(int(Limits::readers.lo), MaxWorkers);
    m_readers->setSpecialValueText(tr("none"));
    auto *readersNote = note(QStringLiteral("readersNote"));
    readersNote->setText(tr("Extra threads that only read, each on a connection of its own whatever the "
                            "connections below: BEGIN DEFERRED, the mix's reads (point reads if it has "
                            "none), COMMIT. They show whether writers keep readers out."));
    m_strategy = new QComboBox;
    m_strategy->setObjectName(QStringLiteral("strategy"));
    for (Strategy s :
        { Strategy::PerThread, Strategy::Shared, Strategy::WriterQueue, Strategy::Pool, Strategy::Split })
        m_strategy->addItem(WizardText::label(s), toString(s));
    m_strategyNote = note(QStringLiteral("strategyNote"));
    m_splitFiles = new QSpinBox;
    m_splitFiles->setObjectName(QStringLiteral("splitFiles"));
    m_splitFiles->setRange(int(Limits::splitFiles.lo), Scenario::maxSplitFiles());
    m_splitFiles->setSuffix(tr(" files"));
    m_splitFiles->setToolTip(tr("Database files the load table is split over (the split strategy only)"));
    m_driver = new QComboBox;
    m_driver->setObjectName(QStringLiteral("driverPath"));
    for (DriverPath d : { DriverPath::Auto, DriverPath::Native, DriverPath::Qt })
        m_driver->addItem(WizardText::label(d), toString(d));
    m_driverNote = note(QStringLiteral("driverNote"));
    auto *whoGrid = new QGridLayout(who);
    addFieldRow(whoGrid, 0, tr("&Workers:"), m_workers, nullptr, Qt::AlignLeft);
    addFieldRow(whoGrid, 1, tr("R&eaders:"), m_readers, readersNote, Qt::AlignLeft);
    whoGrid->addWidget(buddyLabel(tr("&Connections:"), m_strategy), 2, 0);
    auto *strategyRow = new QHBoxLayout;
    strategyRow->addWidget(m_strategy);
    strategyRow->addWidget(m_splitFiles);
    whoGrid->addLayout(strategyRow, 2, 1);
    whoGrid->addWidget(m_strategyNote, 2, 2);
    addFieldRow(whoGrid, 3, tr("&Statements:"), m_driver, m_driverNote);
    whoGrid->setColumnStretch(2, 1);
    return who;
}

QGroupBox *ConcurrencyPage::waitGroup()
{
    auto *wait = new QGroupBox(tr("Waiting for locks"));
    m_busy = new QComboBox;
    m_busy->setObjectName(QStringLiteral("busyPolicy"));
    for (BusyPolicy p : { BusyPolicy::Sqlite, BusyPolicy::Spin, BusyPolicy::None })
        m_busy->addItem(WizardText::label(p), toString(p));
    m_busyTimeout = spin(QStringLiteral("busyTimeoutMs"), Limits::busyTimeoutMs, tr(" ms"));
    m_busyTimeout->setSingleStep(100);
    m_busyNote = note(QStringLiteral("busyNote"));
    m_maxTries = spin(QStringLiteral("maxTries"), Limits::maxTries);
    m_maxTries->setToolTip(tr("A transaction that fails (busy, locked) is run again up to this many times in "
                              "all; 1 = no retry."));
    auto *waitGrid = new QGridLayout(wait);
    addFieldRow(waitGrid, 0, tr("When &locked:"), m_busy);
    auto *timeoutRow = new QHBoxLayout;
    timeoutRow->addWidget(buddyLabel(tr("T&imeout:"), m_busyTimeout));
    timeoutRow->addWidget(m_busyTimeout);
    timeoutRow->addWidget(m_busyNote, 1);
    waitGrid->addLayout(timeoutRow, 0, 2);
    addFieldRow(waitGrid, 1, tr("&Tries:"), m_maxTries);
    addBackoffRow(waitGrid, 1);
    waitGrid->setColumnStretch(2, 1);
    return wait;
}

void ConcurrencyPage::addBackoffRow(QGridLayout *grid, int row)
{
    m_backoff = new QComboBox;
    m_backoff->setObjectName(QStringLiteral("retryBackoff"));
    for (RetryBackoff::Kind k : { RetryBackoff::Kind::Exponential, RetryBackoff::Kind::Fixed, RetryBackoff::Kind::None })
        m_backoff->addItem(WizardText::label(k), int(k));
    m_backoffMin = spin(QStringLiteral("backoffMinMs"), Limits::backoffMs, tr(" ms"));
    m_backoffMax = spin(QStringLiteral("backoffMaxMs"), Limits::backoffMs, tr(" ms"));
    m_backoffTo = new QLabel(tr("up to"));
    m_backoffNote = note(QStringLiteral("backoffNote"));
    // Beside the tries: "Tries [3]  Between tries [Doubling delay] [1 ms] up to [100 ms]", the
    // note below both.
    auto *delays = new QHBoxLayout;
    delays->addWidget(buddyLabel(tr("&Between tries:"), m_backoff));
    delays->addWidget(m_backoff);
    delays->addWidget(m_backoffMin);
    delays->addWidget(m_backoffTo);
    delays->addWidget(m_backoffMax);
    delays->addStretch(1);
    grid->addLayout(delays, row, 2);
    grid->addWidget(m_backoffNote, row + 1, 1, 1, 2);
    connect(m_backoff, &QComboBox::currentIndexChanged, this, &ConcurrencyPage::updateNotes);
    connect(m_backoffMin, &QSpinBox::valueChanged, this, &ConcurrencyPage::updateNotes);
    connect(m_backoffMax, &QSpinBox::valueChanged, this, &ConcurrencyPage::updateNotes);
}

QGroupBox *ConcurrencyPage::paceGroup()
{
    auto *pace = new QGroupBox(tr("Pace and length"));
    m_rate = exactSpin(QStringLiteral("rate"), 2, Limits::rate, tr(" ops/s"));
    m_rate->setSpecialValueText(tr("flat out"));
    m_rate->setSingleStep(100);
    auto *rateNote = note(QStringLiteral("rateNote"));
    rateNote->setText(tr("Total for all workers, arriving at random (Poisson); latency counts from each "
                         "operation's scheduled start. 0 = flat out."));
    m_byDuration = new QRadioButton(tr("&after"));
    m_byDuration->setObjectName(QStringLiteral("stopByDuration"));
    m_duration = exactSpin(QStringLiteral("durationS"), 3, Limits::durationS, tr(" s"));
    m_byOps = new QRadioButton(tr("after &each worker ran"));
    m_byOps->setObjectName(QStringLiteral("stopByOps"));
    m_ops = exactSpin(QStringLiteral("opsPerWorker"), 0, Limits::opsPerWorker.fileLo(), Limits::opsPerWorker);
    m_ops->setSingleStep(1000);
    auto *stopGroup = new QButtonGroup(this);
    stopGroup->addButton(m_byDuration);
    stopGroup->addButton(m_byOps);
    auto *stopRow = new QHBoxLayout;
    stopRow->addWidget(m_byDuration);
    stopRow->addWidget(m_duration);
    stopRow->addSpacing(12);
    stopRow->addWidget(m_byOps);
    stopRow->addWidget(m_ops);
    stopRow->addWidget(new QLabel(tr("operations")));
    stopRow->addStretch(1);
    m_seed = exactSpin(QStringLiteral("seed"), 0, Limits::seed);
    auto *newSeed = new QPushButton(tr("&New Seed"));
    newSeed->setObjectName(QStringLiteral("newSeed"));
    connect(newSeed, &QPushButton::clicked, this, &ConcurrencyPage::newSeed);
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed);
    seedRow->addWidget(newSeed);
    seedRow->addStretch(1);
    auto *paceGrid = new QGridLayout(pace);
    addFieldRow(paceGrid, 0, tr("Target &rate:"), m_rate, rateNote);
    paceGrid->addWidget(new QLabel(tr("Stop:")), 1, 0);
    paceGrid->addLayout(stopRow, 1, 1, 1, 2);
    paceGrid->addWidget(buddyLabel(tr("Ran&dom seed:"), m_seed), 2, 0);
    paceGrid->addLayout(seedRow, 2, 1, 1, 2);
    paceGrid->setColumnStretch(2, 1);
    return pace;
}

QGroupBox *ConcurrencyPage::measureGroup()
{
    auto *measure = new QGroupBox(tr("Measurement"));
    m_instrument = new QCheckBox(tr("Time every &operation and count busy waits"));
    m_instrument->setObjectName(QStringLiteral("instrument"));
    m_recordLocks = new QCheckBox(
        tr("Record lock states for the lock &timeline (file databases, through LockLens's VFS)"));
    m_recordLocks->setObjectName(QStringLiteral("recordLocks"));
    auto *measureLayout = new QHBoxLayout(measure); // one row: the page fits a 900x650 wizard
    measureLayout->addWidget(m_instrument);
    measureLayout->addWidget(m_recordLocks);
    measureLayout->addStretch(1);
    return measure;
}

// Every editor refreshes the page's problem line, and the notes where they depend on it.
void ConcurrencyPage::connectEditors()
{
    connect(m_workers, &QSpinBox::valueChanged, this, &ConcurrencyPage::refresh);
    connect(m_readers, &QSpinBox::valueChanged, this, &ConcurrencyPage::refresh);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, &ConcurrencyPage::updateNotes);
    connect(m_splitFiles, &QSpinBox::valueChanged, this, &ConcurrencyPage::refresh);
    connect(m_driver, &QComboBox::currentIndexChanged, this, &ConcurrencyPage::updateNotes);
    connect(m_busy, &QComboBox::currentIndexChanged, this, &ConcurrencyPage::updateNotes);
    connect(m_busyTimeout, &QSpinBox::valueChanged, this, &ConcurrencyPage::refresh);
    connect(m_maxTries, &QSpinBox::valueChanged, this, &ConcurrencyPage::updateNotes);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &ConcurrencyPage::refresh);
    connect(m_byDuration, &QRadioButton::toggled, this, &ConcurrencyPage::updateNotes);
    connect(m_duration, &QDoubleSpinBox::valueChanged, this, &ConcurrencyPage::refresh);
    connect(m_ops, &QDoubleSpinBox::valueChanged, this, &ConcurrencyPage::refresh);
    connect(m_seed, &QDoubleSpinBox::valueChanged, this, &ConcurrencyPage::refresh);
    connect(m_instrument, &QCheckBox::toggled, this, &ConcurrencyPage::updateNotes);
    connect(m_recordLocks, &QCheckBox::toggled, this, &ConcurrencyPage::refresh);
}

void ConcurrencyPage::load(const Scenario &sc)
{
    m_workers->setMaximum(std::max(MaxWorkers, sc.workers));
    m_workers->setValue(sc.workers);
    m_readers->setMaximum(std::max(MaxWorkers, sc.readers));
    m_readers->setValue(sc.readers);
    selectData(m_strategy, toString(sc.strategy));
    m_splitFiles->setValue(sc.splitFiles);
    selectData(m_driver, toString(sc.driverPath));
    selectData(m_busy, toString(sc.busyPolicy));
    m_busyTimeout->setValue(sc.busyTimeoutMs);
    m_maxTries->setValue(sc.maxTries);
    m_backoff->setCurrentIndex(m_backoff->findData(int(sc.retryBackoff.kind)));
    m_backoffMin->setValue(sc.retryBackoff.minMs);
    m_backoffMax->setValue(sc.retryBackoff.maxMs);
    m_rate->setExactValue(sc.rate);
    // Without a duration the box, disabled, offers what the built-in presets run for rather
    // than its minimum.
    m_duration->setExactValue(sc.durationS > 0 ? sc.durationS : DefaultDurationS);
    if (sc.durationS > 0)
        m_byDuration->setChecked(true);
    else
        m_byOps->setChecked(true);
    m_ops->setExactValue(double(sc.opsPerWorker));
    m_seed->setExactValue(double(sc.seed));
    m_instrument->setChecked(sc.instrument);
    m_recordLocks->setChecked(sc.recordLocks);
    updateNotes();
}

void ConcurrencyPage::store(Scenario *sc) const
{
    sc->workers = m_workers->value();
    sc->readers = m_readers->value();
    parse(m_strategy->currentData().toString(), &sc->strategy);
    sc->splitFiles = m_splitFiles->value();
    parse(m_driver->currentData().toString(), &sc->driverPath);
    parse(m_busy->currentData().toString(), &sc->busyPolicy);
    sc->busyTimeoutMs = m_busyTimeout->value();
    sc->maxTries = m_maxTries->value();
    sc->retryBackoff.kind = RetryBackoff::Kind(m_backoff->currentData().toInt());
    sc->retryBackoff.minMs = m_backoffMin->value();
    sc->retryBackoff.maxMs = m_backoffMax->value();
    sc->rate = m_rate->exactValue();
    sc->durationS = m_byDuration->isChecked() ? m_duration->exactValue() : 0;
    sc->opsPerWorker = std::int64_t(m_ops->exactValue());
    sc->seed = std::uint64_t(m_seed->exactValue());
    sc->instrument = m_instrument->isChecked();
    sc->recordLocks = m_recordLocks->isChecked();
}

QString ConcurrencyPage::problem() const
{
    if (m_byOps->isChecked() && m_ops->value() < 1)
        return tr("Give the number of operations each worker runs, or run for a duration instead");
    return validateOwnFields();
}

void ConcurrencyPage::updateNotes()
{
    Scenario probe;
    store(&probe);
    m_strategyNote->setText(WizardText::note(probe.strategy));
    m_splitFiles->setVisible(probe.strategy == Strategy::Split);
    m_driverNote->setText(WizardText::note(probe.driverPath));
    m_busyNote->setText(WizardText::note(probe.busyPolicy));
    m_busyTimeout->setEnabled(probe.busyPolicy != BusyPolicy::None);
    // The back-off: only with retries; the longest delay only when it doubles.
    const bool retries = probe.maxTries > 1;
    const RetryBackoff::Kind backoff = probe.retryBackoff.kind;
    m_backoff->setEnabled(retries);
    m_backoffMin->setEnabled(retries);
    m_backoffMin->setVisible(backoff != RetryBackoff::Kind::None);
    m_backoffTo->setVisible(backoff == RetryBackoff::Kind::Exponential);
    m_backoffMax->setVisible(backoff == RetryBackoff::Kind::Exponential);
    m_backoffMax->setEnabled(retries);
    m_backoffNote->setText(retries
            ? WizardText::note(probe.retryBackoff)
            : tr("A transaction that fails (busy, locked) is not tried again: raise the tries to retry it."));
    m_duration->setEnabled(m_byDuration->isChecked());
    m_ops->setEnabled(m_byOps->isChecked());
    m_recordLocks->setEnabled(probe.instrument);
    refresh();
}

void ConcurrencyPage::newSeed()
{
    m_seed->setValue(double(QRandomGenerator::global()->bounded(1u, 0xffffffffu)));
}

} // namespace LockLens
