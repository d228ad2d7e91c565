// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's page base, the target page and the workload page.
#include "widgets/loadlab/loadwizardpages.h"

#include "widgets/loadlab/loadwizard.h"
#include "widgets/loadlab/loadwizardtable.h"
#include "widgets/loadlab/loadwizardtext.h"
#include "workers/presets.h"
#include "workers/sentence.h"
#include "workers/sqlite/filekind.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>

namespace LockLens {

namespace WizardForm {

QLabel *note(const QString &objectName)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setForegroundRole(QPalette::PlaceholderText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

void selectData(QComboBox *combo, const QString &value)
{
    for (int i = combo->count() - 1; i >= 0; --i)
        if (combo->itemData(i, UnknownRole).toBool() && combo->itemData(i).toString() != value)
            combo->removeItem(i);
    int i = combo->findData(value);
    if (i < 0) {
        combo->addItem(LoadWizard::tr("%1 (unknown)").arg(value), value);
        i = combo->count() - 1;
        combo->setItemData(i, true, UnknownRole);
    }
    combo->setCurrentIndex(i);
}

} // namespace WizardForm

using WizardForm::note;
using WizardForm::selectData;

// --- ExactSpinBox ---------------------------------------------------------------------

void ExactSpinBox::setExactValue(double v)
{
    setValue(v);
    m_exact = v;
    m_shown = value();
}

double ExactSpinBox::exactValue() const
{
    return value() == m_shown ? m_exact : value();
}

// --- ScenarioPage ---------------------------------------------------------------------

QString ScenarioPage::problem() const
{
    return validateOwnFields();
}

QString ScenarioPage::problemText() const
{
    return m_problem ? m_problem->text() : QString();
}

bool ScenarioPage::isComplete() const
{
    return problem().isEmpty();
}

void ScenarioPage::addProblemLine(QVBoxLayout *layout, const QString &objectName)
{
    m_problem = new QLabel;
    m_problem->setObjectName(objectName);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(pal);
    QFont f = m_problem->font();
    f.setBold(true);
    m_problem->setFont(f);
    m_problem->hide();
    layout->addWidget(m_problem);
}

void ScenarioPage::refresh()
{
    if (m_problem) {
        QString p = asSentence(problem());
        if (!p.isEmpty() && !p.endsWith(QLatin1Char('.')))
            p += QLatin1Char('.');
        m_problem->setText(p);
        m_problem->setVisible(!p.isEmpty());
    }
    Q_EMIT completeChanged();
}

QString ScenarioPage::validateOwnFields() const
{
    Scenario probe;
    store(&probe);
    return probe.validate();
}

// --- TargetPage -----------------------------------------------------------------------

TargetPage::TargetPage(const WizardContext &ctx, QWidget *parent)
    : ScenarioPage(parent)
    , m_ctx(ctx)
    , m_presets(Presets::all())
{
    setTitle(tr("Target"));
    setSubTitle(tr("Start from a preset or your own settings, and choose the database the load runs on."));

    auto *start = new QGroupBox(tr("Start from"));
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("preset"));
    m_preset->addItem(tr("Your own settings"), -1);
    for (std::size_t i = 0; i < m_presets.size(); ++i) {
        m_preset->addItem(tr("Preset: %1").arg(m_presets[i].name), int(i));
        m_preset->setItemData(m_preset->count() - 1, m_presets[i].description, Qt::ToolTipRole);
    }
    auto *loadButton = new QPushButton(tr("&Load Scenario…"));
    loadButton->setObjectName(QStringLiteral("loadScenario"));
    m_presetNote = note(QStringLiteral("presetNote"));
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_preset, 1);
    startRow->addWidget(loadButton);
    auto *startLayout = new QVBoxLayout(start);
    startLayout->addLayout(startRow);
    startLayout->addWidget(m_presetNote);

    auto *db = new QGroupBox(tr("Database"));
    m_where = new QButtonGroup(this);
    m_current = new QRadioButton(tr("The database open in the window"));
    m_current->setObjectName(QStringLiteral("currentDatabase"));
    m_currentNote = note(QStringLiteral("currentNote"));
    auto *other = new QRadioButton(tr("A new or other file:"));
    other->setObjectName(QStringLiteral("otherFile"));
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("filePath"));
    m_file->setPlaceholderText(tr("path of a database file (created if missing)"));
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setObjectName(QStringLiteral("browse"));
    auto *temporary = new QRadioButton(tr("A temporary file, removed afterwards"));
    temporary->setObjectName(QStringLiteral("temporaryFile"));
    auto *memory = new QRadioButton(tr("A shared in-memory database named:"));
    memory->setObjectName(QStringLiteral("memoryDatabase"));
    m_memory = new QLineEdit;
    m_memory->setObjectName(QStringLiteral("memoryName"));
    m_memory->setPlaceholderText(tr("e.g. locklens-load (no '?', '#' or '/')"));
    m_where->addButton(m_current, Current);
    m_where->addButton(other, OtherFile);
    m_where->addButton(temporary, Temporary);
    m_where->addButton(memory, Memory);
    auto *grid = new QGridLayout(db);
    grid->addWidget(m_current, 0, 0);
    grid->addWidget(m_currentNote, 0, 1, 1, 2);
    grid->addWidget(other, 1, 0);
    grid->addWidget(m_file, 1, 1);
    grid->addWidget(m_browse, 1, 2);
    grid->addWidget(temporary, 2, 0, 1, 3);
    grid->addWidget(memory, 3, 0);
    grid->addWidget(m_memory, 3, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    auto *journal = new QGroupBox(tr("Journal and durability"));
    m_journal = new QComboBox;
    m_journal->setObjectName(QStringLiteral("journalMode"));
    for (const QString &m : WizardText::journalModes())
        m_journal->addItem(m.toUpper(), m);
    m_journalNote = note(QStringLiteral("journalNote"));
    m_sync = new QComboBox;
    m_sync->setObjectName(QStringLiteral("synchronous"));
    for (const QString &m : WizardText::syncModes())
        m_sync->addItem(m.toUpper(), m);
    m_syncNote = note(QStringLiteral("synchronousNote"));
    auto *jgrid = new QGridLayout(journal);
    jgrid->addWidget(new QLabel(tr("&Journal mode:")), 0, 0);
    jgrid->addWidget(m_journal, 0, 1);
    jgrid->addWidget(m_journalNote, 0, 2);
    jgrid->addWidget(new QLabel(tr("S&ynchronous:")), 1, 0);
    jgrid->addWidget(m_sync, 1, 1);
    jgrid->addWidget(m_syncNote, 1, 2);
    jgrid->setColumnStretch(2, 1);
    static_cast<QLabel *>(jgrid->itemAtPosition(0, 0)->widget())->setBuddy(m_journal);
    static_cast<QLabel *>(jgrid->itemAtPosition(1, 0)->widget())->setBuddy(m_sync);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(start);
    layout->addWidget(db);
    layout->addWidget(journal);
    layout->addStretch(1);
    addProblemLine(layout, QStringLiteral("targetProblem"));

    const QString refusal = currentRefusal();
    m_current->setEnabled(refusal.isEmpty());
    if (!refusal.isEmpty()) {
        m_currentNote->setText(refusal);
        m_current->setToolTip(refusal);
    } else {
        m_currentNote->setText(m_ctx.databasePath.isEmpty()
                ? tr("the shared in-memory database %1").arg(m_ctx.memoryName)
                : QDir::toNativeSeparators(m_ctx.databasePath));
    }
    temporary->setChecked(true);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &TargetPage::choosePreset);
    connect(loadButton, &QPushButton::clicked, this, &TargetPage::loadRequested);
    connect(m_browse, &QPushButton::clicked, this, &TargetPage::browse);
    connect(m_where, &QButtonGroup::idToggled, this, &TargetPage::followTarget);
    connect(m_file, &QLineEdit::textChanged, this, &TargetPage::followTarget);
    connect(m_journal, &QComboBox::currentIndexChanged, this, [this] { m_journalChosen = !m_following; });
    connect(m_memory, &QLineEdit::textChanged, this, &TargetPage::refresh);
    connect(m_journal, &QComboBox::currentIndexChanged, this, &TargetPage::updateNotes);
    connect(m_sync, &QComboBox::currentIndexChanged, this, &TargetPage::updateNotes);
    updateNotes();
}

QString TargetPage::currentRefusal() const
{
    if (m_ctx.databasePath.isEmpty() && m_ctx.memoryName.isEmpty())
        return tr("No database is open in the window.");
    if (m_ctx.readOnly)
        return tr("The window opened it read-only, and a load test writes.");
    return {};
}

TargetPage::Where TargetPage::where() const
{
    return Where(m_where->checkedId());
}

void TargetPage::load(const Scenario &sc)
{
    const bool current = currentRefusal().isEmpty();
    if (sc.isMemory()) {
        if (current && m_ctx.databasePath.isEmpty() && sc.memoryName == m_ctx.memoryName) {
            m_current->setChecked(true);
        } else {
            m_memory->setText(sc.memoryName);
            m_where->button(Memory)->setChecked(true);
        }
    } else if (!sc.databasePath.isEmpty()) {
        if (current && sc.databasePath == m_ctx.databasePath) {
            m_current->setChecked(true);
        } else {
            m_file->setText(sc.databasePath);
            m_where->button(OtherFile)->setChecked(true);
        }
    } else {
        m_where->button(Temporary)->setChecked(true);
    }
    followTarget(); // the file's mode, for the notes (the scenario's own mode wins)
    selectData(m_journal, sc.journalMode);
    m_journalChosen = sc.journalMode != Scenario().journalMode;
    selectData(m_sync, sc.synchronous);

    m_description = sc.description;
    int presetIndex = 0;
    for (std::size_t i = 0; i < m_presets.size(); ++i)
        if (m_presets[i] == sc)
            presetIndex = int(i) + 1;
    const QSignalBlocker block(m_preset);
    m_preset->setCurrentIndex(presetIndex);
    updateNotes();
}

void TargetPage::store(Scenario *sc) const
{
    sc->databasePath.clear();
    sc->memoryName.clear();
    switch (where()) {
    case Current:
        sc->databasePath = m_ctx.databasePath;
        if (m_ctx.databasePath.isEmpty())
            sc->memoryName = m_ctx.memoryName;
        break;
    case OtherFile:
        sc->databasePath = m_file->text();
        break;
    case Temporary:
        break;
    case Memory:
        sc->memoryName = m_memory->text();
        break;
    }
    sc->journalMode = m_journal->currentData().toString();
    sc->synchronous = m_sync->currentData().toString();
}

QString TargetPage::fileProblem() const
{
    const QString path = m_file->text();
    if (path.trimmed().isEmpty())
        return tr("Enter the path of the database file, or choose one with Browse…");
    const QFileInfo fi(path);
    if (fi.isDir())
        return tr("%1 is a folder, not a database file").arg(QDir::toNativeSeparators(path));
    if (!QFileInfo(fi.absolutePath()).isDir())
        return tr("The folder %1 does not exist").arg(QDir::toNativeSeparators(fi.absolutePath()));
    if (m_ctx.readOnly && !m_ctx.databasePath.isEmpty() && fi.exists()
        && fi.canonicalFilePath() == QFileInfo(m_ctx.databasePath).canonicalFilePath())
        return tr("The window opened %1 read-only: choose another file").arg(QDir::toNativeSeparators(path));
    if (const QString refused = FileKind::readRefusal(path); !refused.isEmpty())
        return refused;
    QString notADatabase;
    if (fi.exists() && fi.size() > 0 && WizardText::fileJournalMode(path, &notADatabase).isEmpty()
        && !notADatabase.isEmpty())
        return tr("%1 is not an SQLite database (%2)").arg(QDir::toNativeSeparators(path), notADatabase);
    return {};
}

QString TargetPage::problem() const
{
    switch (where()) {
    case Current:
        if (!currentRefusal().isEmpty())
            return currentRefusal();
        break;
    case OtherFile:
        if (const QString p = fileProblem(); !p.isEmpty())
            return p;
        break;
    case Temporary:
        break;
    case Memory:
        if (m_memory->text().isEmpty())
            return tr("Enter a name for the shared in-memory database");
        if (m_ctx.readOnly && m_ctx.databasePath.isEmpty() && m_memory->text() == m_ctx.memoryName)
            return tr("The window opened the in-memory database %1 read-only: choose another name")
                .arg(m_ctx.memoryName);
        break;
    }
    return validateOwnFields();
}

void TargetPage::choosePreset(int index)
{
    const int i = m_preset->itemData(index).toInt();
    if (i >= 0 && std::size_t(i) < m_presets.size())
        Q_EMIT presetChosen(m_presets[std::size_t(i)]);
    else
        Q_EMIT ownSettingsChosen();
}

void TargetPage::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Database for the Load Test"), m_file->text(),
        tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_file->setText(path);
}

void TargetPage::followTarget()
{
    const QString path = where() == Current ? m_ctx.databasePath
        : where() == OtherFile              ? m_file->text()
                                            : QString();
    m_fileMode = WizardText::fileJournalMode(path);
    if (!m_journalChosen) {
        const QScopedValueRollback following(m_following, true);
        selectData(m_journal, m_fileMode.isEmpty() ? Scenario().journalMode : m_fileMode);
    }
    updateNotes();
}

void TargetPage::updateNotes()
{
    m_file->setEnabled(where() == OtherFile);
    m_browse->setEnabled(where() == OtherFile);
    m_memory->setEnabled(where() == Memory);
    const QString mode = m_journal->currentData().toString();
    const QString change = WizardText::journalChange(mode, m_fileMode);
    m_journalNote->setText(change.isEmpty()
            ? WizardText::journalNote(mode)
            : tr("%1\nOn this file: %2.").arg(WizardText::journalNote(mode), change));
    m_syncNote->setText(WizardText::syncNote(m_sync->currentData().toString()));
    const int preset = m_preset->currentData().toInt();
    if (preset >= 0 && std::size_t(preset) < m_presets.size())
        m_presetNote->setText(m_presets[std::size_t(preset)].description);
    else if (!m_description.isEmpty())
        m_presetNote->setText(m_description);
    else
        m_presetNote->setText(tr("Choose every setting on the following pages."));
    refresh();
}

// --- WorkloadPage ---------------------------------------------------------------------

namespace {

QSpinBox *spin(const QString &objectName, int lo, int hi, const QString &suffix = {})
{
    auto *s = new QSpinBox;
    s->setObjectName(objectName);
    s->setRange(lo, hi);
    s->setSuffix(suffix);
    s->setAccelerated(true);
    return s;
}

} // namespace

WorkloadPage::WorkloadPage(QWidget *parent)
    : ScenarioPage(parent)
{
    setTitle(tr("Workload"));
    setSubTitle(tr("What each worker does: the table it uses, the operations it issues and how it groups "
                   "them into transactions."));

    m_table = new TableChooser;

    auto *mixBox = new QGroupBox(tr("Operation mix (relative weights)"));
    auto *mixLayout = new QGridLayout(mixBox);
    m_insert = spin(QStringLiteral("mixInsert"), 0, 1000000);
    m_update = spin(QStringLiteral("mixUpdate"), 0, 1000000);
    m_delete = spin(QStringLiteral("mixDelete"), 0, 1000000);
    m_pointRead = spin(QStringLiteral("mixPointRead"), 0, 1000000);
    m_rangeRead = spin(QStringLiteral("mixRangeRead"), 0, 1000000);
    const std::pair<QString, QSpinBox *> mixSpins[]
        = { { tr("&Insert"), m_insert }, { tr("&Update"), m_update }, { tr("&Delete"), m_delete },
              { tr("&Point read"), m_pointRead }, { tr("Ra&nge read"), m_rangeRead } };
    int column = 0;
    for (const auto &[text, box] : mixSpins) {
        auto *l = new QLabel(text);
        l->setBuddy(box);
        mixLayout->addWidget(l, 0, column);
        mixLayout->addWidget(box, 1, column);
        connect(box, &QSpinBox::valueChanged, this, &WorkloadPage::updateNotes);
        ++column;
    }
    m_mixNote = note(QStringLiteral("mixNote"));
    mixLayout->addWidget(m_mixNote, 2, 0, 1, column);

    auto *txBox = new QGroupBox(tr("Transactions"));
    m_payload = spin(QStringLiteral("payloadBytes"), 0, 16 << 20, tr(" bytes"));
    m_batch = spin(QStringLiteral("batch"), 1, 10'000'000);
    m_rangeRows = spin(QStringLiteral("rangeRows"), 1, 1'000'000);
    m_prefill = new ExactSpinBox;
    m_prefill->setObjectName(QStringLiteral("prefillRows"));
    m_prefill->setDecimals(0);
    m_prefill->setRange(0, 1e12);
    m_prefill->setSingleStep(1000);
    m_prefill->setAccelerated(true);
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
        auto *l = new QLabel(fields[i].first);
        l->setBuddy(fields[i].second);
        txLayout->addWidget(l, i / 2, (i % 2) * 2);
        txLayout->addWidget(fields[i].second, i / 2, (i % 2) * 2 + 1);
    }
    auto *txLabel = new QLabel(tr("Transaction &mode:"));
    txLabel->setBuddy(m_tx);
    txLayout->addWidget(txLabel, 2, 0);
    txLayout->addWidget(m_tx, 2, 1);
    txLayout->addWidget(m_txNote, 2, 2, 1, 2);
    txLayout->addWidget(m_readBeforeWrite, 3, 0, 1, 4);
    txLayout->setColumnStretch(1, 1);
    txLayout->setColumnStretch(3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(mixBox);
    layout->addWidget(txBox);
    layout->addStretch(1);
    addProblemLine(layout, QStringLiteral("workloadProblem"));

    connect(m_table, &TableChooser::changed, this, &WorkloadPage::refresh);
    connect(m_payload, &QSpinBox::valueChanged, this, &WorkloadPage::refresh);
    connect(m_batch, &QSpinBox::valueChanged, this, &WorkloadPage::refresh);
    connect(m_rangeRows, &QSpinBox::valueChanged, this, &WorkloadPage::refresh);
    connect(m_prefill, &QDoubleSpinBox::valueChanged, this, &WorkloadPage::refresh);
    connect(m_tx, &QComboBox::currentIndexChanged, this, &WorkloadPage::updateNotes);
    connect(m_readBeforeWrite, &QCheckBox::toggled, this, &WorkloadPage::refresh);
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
