// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/tracedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

namespace LockLens {

TraceDialog::TraceDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Trace a Program"));
    auto *intro = new QLabel(tr("LockLens runs the program with its recorder loaded (into every process it starts "
                                "too) and shows its SQLite connections' locks as they happen, and for every "
                                "\"database is locked\" the connection that held the lock. The program is not "
                                "changed; it needs a shared SQLite library (Linux)."));
    intro->setWordWrap(true);
    m_command = new QLineEdit;
    m_command->setPlaceholderText(tr("python3 worker.py --jobs 4"));
    m_command->setToolTip(tr("The program and its arguments, quoted as in a shell"));
    m_folder = new QLineEdit(QDir::currentPath());
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Working Folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_environment = new QPlainTextEdit;
    m_environment->setPlaceholderText(tr("NAME=VALUE, one a line (added to LockLens's own environment)"));
    m_environment->setTabChangesFocus(true);
    m_environment->setMaximumHeight(fontMetrics().height() * 5);
    m_databases = new QLineEdit;
    m_databases->setPlaceholderText(tr("all (or names and patterns: jobs.db *.sqlite)"));
    m_databases->setToolTip(tr("Keep only database files whose path or name matches one of these patterns"));
    m_literals = new QCheckBox(tr("Keep the &values written in the SQL text (by default each is a ?)"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("traceProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Command:"), m_command);
    form->addRow(tr("Working &folder:"), folderRow);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Databases:"), m_databases);
    form->addRow(QString(), m_literals);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Trace"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TraceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TraceDialog::reject);
    auto *box = new QVBoxLayout(this);
    box->addWidget(intro);
    box->addLayout(form);
    box->addWidget(m_problem);
    box->addWidget(buttons);
    resize(640, sizeHint().height());
}

void TraceDialog::setRequest(const TraceRequest &r)
{
    QStringList quoted;
    for (const QString &a : r.command)
        quoted << (a.contains(QLatin1Char(' ')) || a.contains(QLatin1Char('"')) || a.isEmpty()
                ? QLatin1Char('"') + QString(a).replace(QLatin1Char('"'), QLatin1String("\"\"\"")) + QLatin1Char('"')
                : a);
    m_command->setText(quoted.join(QLatin1Char(' ')));
    if (!r.folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(r.folder));
    m_environment->setPlainText(r.environment.join(QLatin1Char('\n')));
    m_databases->setText(r.databases.join(QLatin1Char(' ')));
    m_literals->setChecked(r.literals);
}

TraceRequest TraceDialog::request() const
{
    TraceRequest r;
    r.command = QProcess::splitCommand(m_command->text());
    r.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    for (const QString &line : m_environment->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            r.environment << line.trimmed();
    }
    r.databases = m_databases->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.literals = m_literals->isChecked();
    return r;
}

QString TraceDialog::problem() const
{
    return request().problem();
}

void TraceDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why.isEmpty() ? QString() : tr("Cannot trace: %1.").arg(why));
    m_problem->setVisible(!why.isEmpty());
    if (why.isEmpty())
        QDialog::accept();
}

} // namespace LockLens
