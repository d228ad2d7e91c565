// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/tracesession.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace LockLens {

// Load Lab ▸ Trace a Program…: the command line to run (quoted as a shell quotes it), the
// folder it runs in, environment variables to add, and which databases to keep. OK is
// refused, with the reason under the fields, for a request that cannot run.
class TraceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TraceDialog(QWidget *parent = nullptr);

    void setRequest(const TraceRequest &r);
    TraceRequest request() const;
    // Why the request cannot run ("" when it can), as OK shows it.
    QString problem() const;

    void accept() override;

private:
    QLineEdit *m_command = nullptr;
    QLineEdit *m_folder = nullptr;
    QPlainTextEdit *m_environment = nullptr;
    QLineEdit *m_databases = nullptr;
    QCheckBox *m_literals = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace LockLens
