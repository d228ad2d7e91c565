// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/scenario.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace LockLens {

// The workload page's choice of table: LockLens's own load table (created if missing), or
// an existing table of the target database, picked from the tables it holds. The list is
// read through a short read-only connection when the target changes. With an existing
// table, whether the run enforces its foreign keys (Scenario::foreignKeys).
class TableChooser : public QGroupBox
{
    Q_OBJECT
public:
    explicit TableChooser(QWidget *parent = nullptr);

    void load(const Scenario &sc); // the mode, the name, and the tables of sc's database
    void store(Scenario *sc) const; // table, existingTable and foreignKeys
    // Re-reads the table list when the target database is another than last time.
    void setTarget(const Scenario &sc);
    // Why the choice cannot run, in one sentence; empty when it can.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    void updateNotes();

    QString m_path; // the database whose tables are listed ("" for none)
    QString m_listError;
    QRadioButton *m_builtin = nullptr;
    QRadioButton *m_existing = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_tables = nullptr;
    QLabel *m_tablesNote = nullptr;
    QLabel *m_hint = nullptr;
    QCheckBox *m_foreignKeys = nullptr;
};

} // namespace LockLens
