// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/csvexport.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QProgressDialog;
class QTimer;
class QWidget;

namespace LockLens {

// A CSV export running in the background (CsvExport::write on a pool thread), with a
// progress dialog whose Cancel stops it (a regular file is then left as it was).
class CsvExportJob : public QObject
{
    Q_OBJECT
public:
    // Starts at once; `total` is the number of rows expected (-1: not known).
    CsvExportJob(CsvExport::Source source, const QString &path, qint64 total, QWidget *parent);
    ~CsvExportJob() override; // cancels and waits

    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    qint64 rowsWritten() const { return m_progress->rows(); }

    // Asks where to save `suggestedName`.csv; "" when the user changes their mind.
    static QString askPath(QWidget *parent, const QString &suggestedName);

Q_SIGNALS:
    // How it ended, and the one line to show for it.
    void finished(const LockLens::CsvExport::Outcome &outcome, const QString &message);

private:
    void onFinished();
    void showProgress();

    QString m_path;
    qint64 m_total = -1;
    bool m_stream = false; // a pipe or a device: written as the rows come
    std::shared_ptr<CsvExport::Progress> m_progress;
    QFutureWatcher<CsvExport::Outcome> m_watcher;
    QProgressDialog *m_dialog = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace LockLens
