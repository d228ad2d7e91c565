// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/loadwizardtable.h"

#include "widgets/loadlab/loadwizardpages.h"
#include "workers/tablegen.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace LockLens {

TableChooser::TableChooser(QWidget *parent)
    : QGroupBox(tr("Table"), parent)
{
    m_builtin = new QRadioButton(tr("&Built-in load table:"));
    m_builtin->setObjectName(QStringLiteral("tableBuiltin"));
    m_existing = new QRadioButton(tr("An e&xisting table:"));
    m_existing->setObjectName(QStringLiteral("tableExisting"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_builtin);
    group->addButton(m_existing);
    m_builtin->setChecked(true);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("table"));
    m_tables = new QComboBox;
    m_tables->setObjectName(QStringLiteral("existingTable"));
    m_tablesNote = WizardForm::note(QStringLiteral("tablesNote"));
    m_hint = WizardForm::note(QStringLiteral("tableHint"));
    m_foreignKeys
        = new QCheckBox(tr("Enforce &foreign keys (PRAGMA foreign_keys=ON), as your application does"));
    m_foreignKeys->setObjectName(QStringLiteral("foreignKeys"));
    m_foreignKeys->setToolTip(
        tr("SQLite leaves foreign keys unenforced unless a connection turns them on. Enforced, an insert "
           "that refers to no row fails and a delete runs the ON DELETE actions; a broken foreign key "
           "makes every write that has to check it fail, which the run refuses at setup."));

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_builtin, 0, 0);
    layout->addWidget(m_name, 0, 1);
    layout->addWidget(m_existing, 1, 0);
    layout->addWidget(m_tables, 1, 1);
    layout->addWidget(m_tablesNote, 2, 1);
    layout->addWidget(m_foreignKeys, 3, 0, 1, 2);
    layout->addWidget(m_hint, 4, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_builtin, &QRadioButton::toggled, this, &TableChooser::updateNotes);
    connect(m_name, &QLineEdit::textChanged, this, &TableChooser::changed);
    connect(m_tables, &QComboBox::currentIndexChanged, this, &TableChooser::changed);
    connect(m_foreignKeys, &QCheckBox::toggled, this, &TableChooser::updateNotes);
    updateNotes();
}

void TableChooser::load(const Scenario &sc)
{
    setTarget(sc);
    m_foreignKeys->setChecked(sc.foreignKeys);
    if (sc.existingTable) {
        m_existing->setChecked(true);
        WizardForm::selectData(m_tables, sc.table);
    } else {
        m_builtin->setChecked(true);
        m_name->setText(sc.table);
    }
    updateNotes();
}

void TableChooser::store(Scenario *sc) const
{
    sc->existingTable = m_existing->isChecked();
    sc->table = sc->existingTable ? m_tables->currentData().toString() : m_name->text();
    // Kept while disabled (the built-in load table has no foreign keys to enforce), so that
    // a scenario passes through the wizard unchanged.
    sc->foreignKeys = m_foreignKeys->isChecked();
}

void TableChooser::setTarget(const Scenario &sc)
{
    const QString path = sc.isMemory() ? QString() : sc.databasePath;
    if (path == m_path && m_tables->count() > 0)
        return;
    m_path = path;
    m_listError.clear();
    const QString chosen = m_tables->currentData().toString();
    QStringList tables;
    if (!path.isEmpty())
        tables = TableGen::userTables(path, &m_listError);
    const QSignalBlocker block(m_tables);
    m_tables->clear();
    for (const QString &t : tables)
        m_tables->addItem(t, t);
    if (!chosen.isEmpty())
        WizardForm::selectData(m_tables, chosen);
    updateNotes();
}

QString TableChooser::problem() const
{
    if (m_builtin->isChecked())
        return m_name->text().isEmpty() ? tr("Enter the name of the load table") : QString();
    if (m_path.isEmpty())
        return tr("An existing table needs a database file: choose the current database or an existing file "
                  "on the Target page");
    if (m_tables->currentData().toString().isEmpty())
        return tr("Choose the existing table to load");
    if (m_tables->currentData(WizardForm::UnknownRole).toBool())
        return tr("%1 has no table %2")
            .arg(QDir::toNativeSeparators(m_path), m_tables->currentData().toString());
    return {};
}

void TableChooser::updateNotes()
{
    const bool existing = m_existing->isChecked();
    m_name->setEnabled(!existing);
    m_tables->setEnabled(existing);
    m_tablesNote->setVisible(existing);
    m_foreignKeys->setEnabled(existing);
    if (m_path.isEmpty())
        m_tablesNote->setText(tr("A temporary file or an in-memory database holds no table of yours."));
    else if (!m_listError.isEmpty())
        m_tablesNote->setText(
            tr("Cannot list the tables of %1: %2").arg(QDir::toNativeSeparators(m_path), m_listError));
    else if (m_tables->count() == 0)
        m_tablesNote->setText(tr("%1 holds no table a load can use.").arg(QDir::toNativeSeparators(m_path)));
    else
        m_tablesNote->setText(tr("The tables of %1.").arg(QDir::toNativeSeparators(m_path)));
    const QString enforcement = m_foreignKeys->isChecked()
        ? tr("Foreign keys are enforced: a delete runs the ON DELETE actions (a delete that would cascade is "
             "refused) and a foreign key SQLite cannot check is refused before the run starts.")
        : tr("Foreign keys are not enforced (SQLite's default): SQLite checks no reference and runs no ON "
             "DELETE action, though the generated values still refer to existing rows.");
    m_hint->setText(existing
            ? tr("The run writes into this table of yours: it inserts rows with generated values that "
                 "respect the column types, UNIQUE columns and foreign keys, and updates and deletes rows by "
                 "rowid, as the mix says. Those changes stay: run on a copy to keep the original. Nothing "
                 "else is created or changed. %1")
                  .arg(enforcement)
            : tr("LockLens creates this table (id INTEGER PRIMARY KEY, worker, value, payload) if it is "
                 "missing. It must be a LockLens load table: an existing table of yours with this name is "
                 "refused by the engine, never written to."));
    Q_EMIT changed();
}

} // namespace LockLens
