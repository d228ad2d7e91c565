// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/reportexport.h"

#include "app/reports/reportformat.h"
#include "workers/outputfile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace LockLens::ReportExport {

namespace {

const QString kFolderKey = QStringLiteral("reportExport/folder");
const QString kFilterKey = QStringLiteral("reportExport/filter");

QString askWithDialog(QWidget *parent, const QString &offered, QString *filter)
{
    return QFileDialog::getSaveFileName(
        parent, Tr::tr("Export Report"), offered, filters().join(QStringLiteral(";;")), filter);
}

} // namespace

QStringList filters()
{
    return { Tr::tr("HTML report (*.html)"), Tr::tr("PDF report (*.pdf)"), Tr::tr("Markdown (*.md)"),
        Tr::tr("CSV time series (*.csv)"), Tr::tr("JSON (*.json)") };
}

QString extensionOf(const QString &filter)
{
    static const QRegularExpression pattern(QStringLiteral("\\(\\*\\.([A-Za-z0-9]+)"));
    const QRegularExpressionMatch match = pattern.match(filter);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString filterOf(const QString &fileName)
{
    const Report::Format format = Report::formatOf(fileName);
    for (const QString &filter : filters()) {
        if (Report::formatOf(QStringLiteral("x.") + extensionOf(filter)) == format
            && format != Report::Format::Unknown)
            return filter;
    }
    return QString();
}

QString suggestedFileName(const QList<qint64> &ids, const QString &filter)
{
    QString ext = extensionOf(filter);
    if (ext.isEmpty())
        ext = QStringLiteral("html");
    QStringList parts { QStringLiteral("locklens"),
        ids.size() > 1 ? QStringLiteral("comparison") : QStringLiteral("run") };
    for (qint64 id : ids) {
        if (id > 0)
            parts << QString::number(id);
    }
    return parts.join(QLatin1Char('-')) + QLatin1Char('.') + ext;
}

QString completedPath(const QString &path, const QString &filter)
{
    const QString ext = extensionOf(filter);
    if (path.isEmpty() || ext.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    return path + QLatin1Char('.') + ext;
}

void warn(QWidget *parent, const QString &text, const Dialogs &dialogs)
{
    if (dialogs.warn)
        dialogs.warn(parent, text);
    else
        QMessageBox::warning(parent, Tr::tr("Export Report"), text);
}

QString exportReport(
    QWidget *parent, const Report::Model &m, const QList<qint64> &ids, const Dialogs &dialogs)
{
    QSettings settings;
    QString folder = settings.value(kFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(folder).isDir()) // the dialog would start in the working folder
        folder = QDir::homePath();
    QString filter = settings.value(kFilterKey).toString();
    if (!filters().contains(filter))
        filter = filters().constFirst();
    const QString offered = QDir(folder).filePath(suggestedFileName(ids, filter));

    const QString chosen
        = dialogs.choose ? dialogs.choose(parent, offered, &filter) : askWithDialog(parent, offered, &filter);
    if (chosen.isEmpty())
        return QString(); // cancelled
    const QString path = completedPath(chosen, filter);
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());

    QString why;
    if (Report::formatOf(path) == Report::Format::Unknown) {
        why = Tr::tr("%1: “.%2” is not a report format; name the file .html, .pdf, .md, .csv or .json")
                  .arg(QDir::toNativeSeparators(path), QFileInfo(path).suffix());
    } else if (const QString refused = OutputFile::check(path); !refused.isEmpty()) {
        why = refused; // a folder, a folder that cannot be written; a device or pipe is written in place
    } else {
        settings.setValue(kFilterKey, filterOf(path));
        if (Report::writeReport(m, path, &why))
            return path;
    }
    warn(parent, why, dialogs);
    return QString();
}

} // namespace LockLens::ReportExport
