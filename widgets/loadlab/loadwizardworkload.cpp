// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's workload page: the load table, the operation mix and the transactions.
#include "widgets/loadlab/loadwizardpages.h"

#include "widgets/loadlab/loadwizardtable.h"
#include "widgets/loadlab/loadwizardtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace LockLens {

using namespace WizardForm;

WorkloadPage::WorkloadPage(QWidget *parent)
    : ScenarioPage(parent)
{
    setTitle(tr("Workload"));
    setSubTitle(tr("What each worker does: the table it uses, the operations it issues and how it groups "
                   "them into transactions."));

    m_table = new TableChooser;
    setSections({ m_table, mixGroup(), transactionsGroup() }, QStringLiteral("workloadProblem"));

    connect(m_table, &TableChooser::changed, this, &WorkloadPage::refresh);
    connect(m_payload, &QSpinBox::valueChanged, this, &WorkloadPage::refresh);
    connect(m_batch, &QSpinBox::valueChanged, this, &WorkloadPage::refresh);
    connect(m_rangeRows, &QSpinBox::valueChanged, this, &WorkloadPage::refresh);
    connect(m_prefill, &QDoubleSpinBox::valueChanged, this, &WorkloadPage::refresh);
    connect(m_tx, &QComboBox::currentIndexChanged, this, &WorkloadPage::updateNotes);
    connect(m_readBeforeWrite, &QCheckBox::toggled, this, &WorkloadPage::refresh);
}

QGroupBox *WorkloadPage::mixGroup()
{
    auto *mixBox = new QGroupBox(tr("Operation mix (relative weights)"));
    auto *mixLayout = new QGridLayout(mixBox);
    m_insert = spin(QStringLiteral("mixInsert"), Limits::mixWeight);
    m_update = spin(QStringLiteral("mixUpdate"), Limits::mixWeight);
    m_delete = spin(QStringLiteral("mixDelete"), Limits::mixWeight);
    m_pointRead = spin(QStringLiteral("mixPointRead"), Limits::mixWeight);
    m_rangeRead = spin(QStringLiteral("mixRangeRead"), Limits::mixWeight);
    const std::pair<QString, QSpinBox *> mixSpins[]
        = { { tr("&Insert"), m_insert }, { tr("&Update"), m_update }, { tr("&Delete"), m_delete },
              { tr("&Point read"), m_pointRead }, { tr("Ra&nge read"), m_rangeRead } };
    int column = 0;
    for (const auto &[text, box] : mixSpins) {
        mixLayout->addWidget(buddyLabel(text, box), 0, column);
        mixLayout->addWidget(box, 1, column);
        connect(box, &QSpinBox::valueChanged, this, &WorkloadPage::updateNotes);
        ++column;
    }
    m_mixNote = note(QStringLiteral("mixNote"));
    mixLayout->addWidget(m_mixNote, 2, 0, 1, column);
    return mixBox;
}

QGroupBox *WorkloadPage::transactionsGroup()
{
    auto *txBox = new QGroupBox(tr("Transactions"));
    m_payload = spin(QStringLiteral("payloadBytes"), Limits::payloadBytes, tr(" bytes"));
    m_batch = spin(QStringLiteral("batch"), Limits::batch);
    m_rangeRows = spin(QStringLiteral("rangeRows"), Limits::rangeRows);
    m_prefill = exactSpin(QStringLiteral("prefillRows"), 0, Limits::prefillRows);
    m_prefill->setSingleStep(1000);
    m_tx = new QComboBox;
    m_tx->setObjectName(QStringLiteral("txMode"));
    for (TxMode m : { TxMode::Autocommit, TxMode::Deferred, TxMode::Immediate, TxMode::Exclusive })
        m_tx->addItem(WizardText::label(m), toString(m));
    m_txNote = note(QStringLiteral("txNote"));
    m_readBeforeWrite = new QCheckBox(tr("&Read before writing: each transaction reads a row first, as "
                                         "read-modify-write code does"));
    m_readBeforeWrite->setObjectName(QStringLiteral("readBeforeWrite"));
    auto *txLayout = new QGridLayout(txBox);
    const std::pair<QString, QWidget *> fields[]
        = { { tr("Pa&yload per row:"), m_payload }, { tr("Rows per &transaction:"), m_batch },
              { tr("Rows per ran&ge read:"), m_rangeRows }, { tr("Pre&fill rows:"), m_prefill } };
    for (int i = 0; i < 4; ++i) {
        txLayout->addWidget(buddyLabel(fields[i].first, fields[i].second), i / 2, (i % 2) * 2);
        txLayout->addWidget(fields[i].second, i / 2, (i % 2) * 2 + 1);
    }
    addFieldRow(txLayout, 2, tr("Transaction &mode:"), m_tx);
    txLayout->addWidget(m_txNote, 2, 2, 1, 2);
    txLayout->addWidget(m_readBeforeWrite, 3, 0, 1, 4);
    txLayout->setColumnStretch(1, 1);
    txLayout->setColumnStretch(3, 1);
    return txBox;
}

void WorkloadPage::load(const Scenario &sc)
{
    m_table->load(sc);
    m_insert->setValue(sc.mix.insert);
    m_update->setValue(sc.mix.update);
    m_delete->setValue(sc.mix.remove);
    m_pointRead->setValue(sc.mix.pointRead);
    m_rangeRead->setValue(sc.mix.rangeRead);
    m_payload->setValue(sc.payloadBytes);
    m_batch->setValue(sc.batch);
    m_rangeRows->setValue(sc.rangeRows);
    m_prefill->setExactValue(double(sc.prefillRows));
    selectData(m_tx, toString(sc.txMode));
    m_readBeforeWrite->setChecked(sc.readBeforeWrite);
    updateNotes();
}

void WorkloadPage::store(Scenario *sc) const
{
    m_table->store(sc);
    sc->mix = { m_insert->value(), m_update->value(), m_delete->value(), m_pointRead->value(),
        m_rangeRead->value() };
    sc->payloadBytes = m_payload->value();
    sc->batch = m_batch->value();
    sc->rangeRows = m_rangeRows->value();
    sc->prefillRows = std::int64_t(m_prefill->exactValue());
    parse(m_tx->currentData().toString(), &sc->txMode);
    sc->readBeforeWrite = m_readBeforeWrite->isChecked();
}

QString WorkloadPage::problem() const
{
    if (const QString p = m_table->problem(); !p.isEmpty())
        return p;
    // The engine's checks of this page's fields; the existing table's need the target, which
    // the table chooser has checked.
    Scenario probe;
    store(&probe);
    probe.existingTable = false;
    return probe.validate();
}

void WorkloadPage::initializePage()
{
    if (auto *w = qobject_cast<LoadWizard *>(wizard()))
        m_table->setTarget(w->scenario());
}

void WorkloadPage::updateNotes()
{
    Scenario probe;
    store(&probe);
    const double total = probe.mix.total();
    if (total > 0) {
        QStringList parts;
        const std::pair<int, QString> shares[] = { { probe.mix.insert, tr("insert") },
            { probe.mix.update, tr("update") }, { probe.mix.remove, tr("delete") },
            { probe.mix.pointRead, tr("point read") }, { probe.mix.rangeRead, tr("range read") } };
        for (const auto &[w, name] : shares)
            if (w > 0)
                parts << tr("%1% %2").arg(QString::number(100.0 * w / total, 'g', 3), name);
        m_mixNote->setText(tr("Each worker issues %1.").arg(parts.join(QStringLiteral(", "))));
    } else {
        m_mixNote->setText(tr("Give at least one operation a weight above 0."));
    }
    m_txNote->setText(WizardText::note(probe.txMode));
    m_readBeforeWrite->setEnabled(probe.txMode != TxMode::Autocommit);
    refresh();
}

} // namespace LockLens
