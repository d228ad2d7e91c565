// SPDX-License-Identifier: GPL-3.0-or-later
// What the load-test wizard's fields hold: every preset and every field passes through its
// pages unchanged, and every number box takes exactly the range of the scenario limits.
#include "tests/fixtures/wizardfixture.h"
#include "widgets/loadlab/loadwizard.h"
#include "widgets/loadlab/loadwizardpages.h"
#include "workers/presets.h"
#include "workers/scenariolimits.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTest>

using namespace LockLens;
using namespace LockLens::Fixture;

Q_DECLARE_METATYPE(WizardContext)

class TestLoadWizardFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(!Presets::all().empty()); }
    void presetsRoundTrip_data();
    void presetsRoundTrip();
    void everyFieldRoundTrips_data();
    void everyFieldRoundTrips();
    void boxesSpanTheScenarioLimits_data();
    void boxesSpanTheScenarioLimits();
};

void TestLoadWizardFields::presetsRoundTrip_data()
{
    QTest::addColumn<Scenario>("preset");
    for (const Scenario &sc : Presets::all())
        QTest::newRow(qPrintable(sc.name)) << sc;
}

void TestLoadWizardFields::presetsRoundTrip()
{
    QFETCH(Scenario, preset);
    {
        LoadWizard w({});
        w.setScenario(preset);
        QCOMPARE(w.scenario().toJson(), preset.toJson());
        // The "Start from" combo names the preset it shows.
        QVERIFY(child<QComboBox>(&w, "preset")->currentText().contains(preset.name));
    }
    {
        // Choosing it in the combo fills every page the same way.
        LoadWizard w({});
        QComboBox *combo = child<QComboBox>(&w, "preset");
        // Exactly: one preset's name may end another's (readers-wal, exclusive-readers-wal).
        const int i = combo->findText(QStringLiteral("Preset: ") + preset.name);
        QVERIFY(i > 0);
        combo->setCurrentIndex(i);
        QCOMPARE(w.scenario().toJson(), preset.toJson());
        QCOMPARE(child<QLabel>(&w, "presetNote")->text(), preset.description);
        QVERIFY(pageOf(w, LoadWizard::TargetPageId)->isComplete());
        QVERIFY2(w.problem().isEmpty(), qPrintable(w.problem()));
    }
}

void TestLoadWizardFields::everyFieldRoundTrips_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<WizardContext>("context");
    QTest::newRow("defaults") << Scenario() << WizardContext();
    QTest::newRow("every field") << everyField() << WizardContext();
    Scenario m = everyField();
    m.databasePath.clear();
    m.memoryName = QStringLiteral("shared mem");
    m.strategy = Strategy::Pool;
    m.txMode = TxMode::Autocommit;
    m.batch = 1;
    m.busyPolicy = BusyPolicy::None;
    m.driverPath = DriverPath::Native;
    QTest::newRow("memory, pool, autocommit, none") << m << WizardContext();
    QTest::newRow("the window's in-memory database")
        << m << WizardContext { QString(), QStringLiteral("shared mem"), false };
    QTest::newRow("the window's file")
        << everyField() << WizardContext { QStringLiteral("/tmp/x y.db"), {}, false };
    QTest::newRow("the window's file, read-only")
        << everyField() << WizardContext { QStringLiteral("/tmp/x y.db"), {}, true };
    // Values finer than the boxes show, or beyond the worker box's usual range, still
    // come back exactly while nobody edits them.
    Scenario odd;
    odd.workers = 1000;
    odd.durationS = 0.0001234;
    odd.rate = 0.0123;
    odd.opsPerWorker = 1'000'000'000'000'000;
    odd.prefillRows = 1'000'000'000'000;
    odd.seed = 0;
    QTest::newRow("odd numbers") << odd << WizardContext();
    // Every number at the top of the range a scenario file may hold (Limits): a file the
    // command line runs loads into the wizard unchanged.
    Scenario largest = everyField();
    largest.workers = int(Limits::workers.hi);
    largest.readers = 0;
    largest.payloadBytes = int(Limits::payloadBytes.hi);
    largest.batch = int(Limits::batch.hi);
    largest.rangeRows = int(Limits::rangeRows.hi);
    largest.prefillRows = std::int64_t(Limits::prefillRows.hi);
    largest.busyTimeoutMs = int(Limits::busyTimeoutMs.hi);
    largest.maxTries = int(Limits::maxTries.hi);
    largest.retryBackoff = { RetryBackoff::Kind::Exponential, int(Limits::backoffMs.hi), int(Limits::backoffMs.hi) };
    largest.durationS = 0;
    largest.opsPerWorker = std::int64_t(Limits::opsPerWorker.hi);
    largest.rate = Limits::rate.hi;
    largest.seed = std::uint64_t(Limits::seed.hi);
    const int weight = int(Limits::mixWeight.hi);
    largest.mix = { weight, weight, weight, weight, weight };
    QTest::newRow("the limits' largest numbers") << largest << WizardContext();
    Scenario unknown;
    unknown.journalMode = QStringLiteral("bogus");
    unknown.synchronous = QStringLiteral("sometimes");
    unknown.table.clear();
    unknown.mix = { 0, 0, 0, 0, 0 };
    QTest::newRow("values the engine refuses are shown, not lost") << unknown << WizardContext();
}

void TestLoadWizardFields::everyFieldRoundTrips()
{
    QFETCH(Scenario, scenario);
    QFETCH(WizardContext, context);
    LoadWizard w(context);
    w.setScenario(scenario);
    QCOMPARE(w.scenario().toJson(), scenario.toJson());
    QVERIFY(w.scenario() == scenario);
}

void TestLoadWizardFields::boxesSpanTheScenarioLimits_data()
{
    QTest::addColumn<QString>("box");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    const auto row = [](const char *box, double lo, double hi) {
        QTest::newRow(box) << QString::fromLatin1(box) << lo << hi;
    };
    const auto limit = [&row](const char *box, const Limit &l) { row(box, l.lo, l.hi); };
    limit("mixInsert", Limits::mixWeight);
    limit("mixRangeRead", Limits::mixWeight);
    limit("payloadBytes", Limits::payloadBytes);
    limit("batch", Limits::batch);
    limit("rangeRows", Limits::rangeRows);
    limit("prefillRows", Limits::prefillRows);
    limit("busyTimeoutMs", Limits::busyTimeoutMs);
    limit("maxTries", Limits::maxTries);
    // The usual top of these two is lower; a loaded scenario raises it up to the limit.
    row("workers", Limits::workers.lo, ConcurrencyPage::MaxWorkers);
    row("readers", Limits::readers.lo, ConcurrencyPage::MaxWorkers);
    static_assert(ConcurrencyPage::MaxWorkers <= Limits::workers.hi);
    limit("backoffMinMs", Limits::backoffMs);
    limit("backoffMaxMs", Limits::backoffMs);
    limit("rate", Limits::rate);
    limit("durationS", Limits::durationS);
    // 0 stands for "by duration" in the count's box; the page refuses it when the run stops by count.
    row("opsPerWorker", Limits::opsPerWorker.fileLo(), Limits::opsPerWorker.hi);
    limit("seed", Limits::seed);
}

// Every number box takes exactly the range the command line and scenario files take
// (Limits): a user can type what a file may hold, and nothing a file would be refused for.
void TestLoadWizardFields::boxesSpanTheScenarioLimits()
{
    QFETCH(QString, box);
    QFETCH(double, lo);
    QFETCH(double, hi);
    LoadWizard w({});
    auto *spin = w.findChild<QAbstractSpinBox *>(box);
    QVERIFY2(spin, qPrintable(box));
    if (auto *ints = qobject_cast<QSpinBox *>(spin)) {
        QCOMPARE(double(ints->minimum()), lo);
        QCOMPARE(double(ints->maximum()), hi);
    } else {
        auto *doubles = qobject_cast<QDoubleSpinBox *>(spin);
        QVERIFY(doubles);
        QCOMPARE(doubles->minimum(), lo);
        QCOMPARE(doubles->maximum(), hi);
        doubles->setValue(hi);
        QCOMPARE(doubles->value(), hi); // shown and kept without rounding at the top
    }
}

QTEST_MAIN(TestLoadWizardFields)
#include "tst_loadwizardfields.moc"
