// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/browser/csvexportjob.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace LockLens {

CsvExportJob::CsvExportJob(CsvExport::Source source, const QString &path, qint64 total, QWidget *parent)
    : QObject(parent)
    , m_path(path)
    , m_total(total)
    , m_stream(QFileInfo::exists(path) && !QFileInfo(path).isFile())
    , m_progress(std::make_shared<CsvExport::Progress>())
{
    qRegisterMetaType<CsvExport::Outcome>();
    m_dialog = new QProgressDialog(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)), tr("Cancel"),
        0, total > 0 ? int(qMin<qint64>(total, INT_MAX)) : 0, parent);
    m_dialog->setWindowTitle(tr("Export as CSV"));
    m_dialog->setMinimumDuration(400); // a quick export never shows it
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &CsvExportJob::cancel);
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &CsvExportJob::showProgress);
    m_timer->start();
    connect(&m_watcher, &QFutureWatcher<CsvExport::Outcome>::finished, this, &CsvExportJob::onFinished);
    const auto progress = m_progress;
    m_watcher.setFuture(QtConcurrent::run([source = std::move(source), path, progress] {
        return CsvExport::write(source, path, progress.get());
    }));
}

CsvExportJob::~CsvExportJob()
{
    m_progress->cancel();
    m_watcher.waitForFinished();
    delete m_dialog;
}

void CsvExportJob::cancel()
{
    m_progress->cancel();
}

void CsvExportJob::showProgress()
{
    const qint64 n = m_progress->rows();
    if (m_total > 0)
        m_dialog->setValue(int(qMin<qint64>(n, m_dialog->maximum())));
    else
        m_dialog->setValue(0); // busy indicator; setMinimumDuration counts from here
    m_dialog->setLabelText(
        tr("Exporting to %1: %2 rows…").arg(QDir::toNativeSeparators(m_path), QLocale().toString(n)));
}

void CsvExportJob::onFinished()
{
    m_timer->stop();
    m_dialog->hide();
    const CsvExport::Outcome outcome = m_watcher.result();
    const QString where = QDir::toNativeSeparators(m_path);
    QString message;
    if (outcome.ok)
        message = tr("%1 rows exported to %2.").arg(QLocale().toString(outcome.rows), where);
    else if (outcome.cancelled && m_stream)
        message = tr("Export cancelled after %1 rows (written to %2 as they came).")
                      .arg(QLocale().toString(outcome.rows), where);
    else if (outcome.cancelled)
        message = tr("Export cancelled after %1 rows; %2 is left as it was.")
                      .arg(QLocale().toString(outcome.rows), where);
    else
        message = tr("Export failed: %1").arg(outcome.error);
    Q_EMIT finished(outcome, message);
}

QString CsvExportJob::askPath(QWidget *parent, const QString &suggestedName)
{
    QString name = suggestedName;
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QFileDialog::getSaveFileName(
        parent, tr("Export as CSV"), name + QStringLiteral(".csv"), tr("CSV files (*.csv);;All files (*)"));
}

} // namespace LockLens
