// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's page base, the pieces its pages share, and the target page.
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

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *l = new QLabel(text);
    l->setBuddy(buddy);
    return l;
}

void addFieldRow(QGridLayout *grid, int row, const QString &label, QWidget *field, QLabel *note,
    Qt::Alignment fieldAlignment)
{
    grid->addWidget(buddyLabel(label, field), row, 0);
    grid->addWidget(field, row, 1, fieldAlignment);
    if (note)
        grid->addWidget(note, row, 2);
}

} // namespace WizardForm

using namespace WizardForm;

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

QSpinBox *WizardForm::spin(const QString &objectName, const Limit &limit, const QString &suffix)
{
    auto *s = new QSpinBox;
    s->setObjectName(objectName);
    s->setRange(int(limit.lo), int(limit.hi));
    s->setSuffix(suffix);
    s->setAccelerated(true);
    return s;
}

ExactSpinBox *WizardForm::exactSpin(
    const QString &objectName, int decimals, double lo, const Limit &limit, const QString &suffix)
{
    auto *s = new ExactSpinBox;
    s->setObjectName(objectName);
    s->setDecimals(decimals);
    s->setRange(lo, limit.hi);
    s->setSuffix(suffix);
    s->setAccelerated(true);
    return s;
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

void ScenarioPage::setSections(std::initializer_list<QWidget *> sections, const QString &problemName)
{
    auto *layout = new QVBoxLayout(this);
    for (QWidget *section : sections)
        layout->addWidget(section);
    layout->addStretch(1);
    addProblemLine(layout, problemName);
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

    setSections({ startGroup(), databaseGroup(), journalGroup() }, QStringLiteral("targetProblem"));
    showCurrentDatabase();
    m_where->button(Temporary)->setChecked(true);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &TargetPage::choosePreset);
    connect(m_browse, &QPushButton::clicked, this, &TargetPage::browse);
    connect(m_where, &QButtonGroup::idToggled, this, &TargetPage::followTarget);
    connect(m_file, &QLineEdit::textChanged, this, &TargetPage::followTarget);
    connect(m_journal, &QComboBox::currentIndexChanged, this, [this] { m_journalChosen = !m_following; });
    connect(m_memory, &QLineEdit::textChanged, this, &TargetPage::refresh);
    connect(m_journal, &QComboBox::currentIndexChanged, this, &TargetPage::updateNotes);
    connect(m_sync, &QComboBox::currentIndexChanged, this, &TargetPage::updateNotes);
    connect(m_isolation, &QComboBox::currentIndexChanged, this, &TargetPage::updateNotes);
    updateNotes();
}

QGroupBox *TargetPage::startGroup()
{
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
    connect(loadButton, &QPushButton::clicked, this, &TargetPage::loadRequested);
    m_presetNote = note(QStringLiteral("presetNote"));
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_preset, 1);
    startRow->addWidget(loadButton);
    auto *startLayout = new QVBoxLayout(start);
    startLayout->addLayout(startRow);
    startLayout->addWidget(m_presetNote);
    return start;
}

QGroupBox *TargetPage::databaseGroup()
{
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
    addServerRows(grid, 4);
    grid->setColumnStretch(1, 1);
    return db;
}

QGroupBox *TargetPage::journalGroup()
{
    auto *journal = new QGroupBox(tr("Journal, durability and isolation"));
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
    addFieldRow(jgrid, 0, tr("&Journal mode:"), m_journal, m_journalNote);
    addFieldRow(jgrid, 1, tr("S&ynchronous:"), m_sync, m_syncNote);
    addFieldRow(jgrid, 2, tr("&Isolation:"), m_isolation, note(QStringLiteral("isolationNote")));
    jgrid->setColumnStretch(2, 1);
    return journal;
}

void TargetPage::showCurrentDatabase()
{
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
    } else if (sc.onServer()) {
        m_server->setText(sc.server);
        m_where->button(sc.server.isEmpty() ? TemporaryServer : Server)->setChecked(true);
    } else {
        m_where->button(Temporary)->setChecked(true);
    }
    selectData(m_isolation, toString(sc.isolation));
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
    sc->engine = onServer() ? Engine::PostgreSQL : Engine::Sqlite;
    sc->server = where() == Server ? m_server->text().trimmed() : QString();
    Isolation isolation = Isolation::ReadCommitted; // SQLite's runs keep the default
    if (onServer())
        parse(m_isolation->currentData().toString(), &isolation);
    sc->isolation = isolation;
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
    case TemporaryServer:
    case Server:
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
    case TemporaryServer:
    case Server:
        if (const QString p = serverProblem(); !p.isEmpty())
            return p;
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
    m_server->setEnabled(where() == Server);
    m_testServer->setEnabled(where() == Server && m_testsRunning == 0);
    // SQLite's journal and synchronous, or PostgreSQL's isolation level.
    m_journal->setEnabled(!onServer());
    m_sync->setEnabled(!onServer());
    m_isolation->setEnabled(onServer());
    const QString mode = m_journal->currentData().toString();
    const QString change = WizardText::journalChange(mode, m_fileMode);
    m_journalNote->setText(onServer()   ? tr("SQLite's: a PostgreSQL server keeps its own write-ahead log.")
            : change.isEmpty() ? WizardText::journalNote(mode)
                               : tr("%1\nOn this file: %2.").arg(WizardText::journalNote(mode), change));
    m_syncNote->setText(onServer() ? tr("On PostgreSQL the server's own settings apply (synchronous_commit, fsync); "
                                        "the run records them.")
                                   : WizardText::syncNote(m_sync->currentData().toString()));
    if (auto *isolationNote = findChild<QLabel *>(QStringLiteral("isolationNote")))
        isolationNote->setText(onServer() ? tr("Each explicit transaction begins with BEGIN ISOLATION LEVEL %1.")
                                                .arg(m_isolation->currentText().replace(QLatin1Char('-'), QLatin1Char(' ')).toUpper())
                                          : tr("PostgreSQL's: SQLite's transactions are always serializable."));
    const int preset = m_preset->currentData().toInt();
    if (preset >= 0 && std::size_t(preset) < m_presets.size())
        m_presetNote->setText(m_presets[std::size_t(preset)].description);
    else if (!m_description.isEmpty())
        m_presetNote->setText(m_description);
    else
        m_presetNote->setText(tr("Choose every setting on the following pages."));
    refresh();
}

} // namespace LockLens
