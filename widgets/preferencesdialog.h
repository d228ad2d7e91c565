// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace LockLens {

// Edit ▸ Preferences: the interface language. The choice takes effect when LockLens
// restarts.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    // Saves the selection (the dialog's accept() does this).
    void save();

private:
    QComboBox *m_language = nullptr;
    QString m_initial;
};

} // namespace LockLens
