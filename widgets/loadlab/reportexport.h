// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/reports/reportmodel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace LockLens::ReportExport {

// The translation context of this namespace's messages: Tr::tr("...") (see
// ARCHITECTURE.md, "Translations").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::ReportExport)
};

// The save dialog's filters, in the order shown: HTML, PDF, Markdown, CSV, JSON.
QStringList filters();
// The extension (no dot) a filter names: "html" for "HTML report (*.html)"; "" for none.
QString extensionOf(const QString &filter);
// The filter of a file name's extension; "" when none matches.
QString filterOf(const QString &fileName);
// The name offered for runs `ids` in the filter's format: "locklens-run-12.html",
// "locklens-comparison-12-14.md"; "locklens-run.html" for a run not in the store.
QString suggestedFileName(const QList<qint64> &ids, const QString &filter);
// `path` as typed, with the filter's extension appended when it has no extension.
QString completedPath(const QString &path, const QString &filter);

// Asks where to write: `offered` (folder and name), `*filter` preselected; gives the path
// ("" when cancelled) and sets `*filter` to the filter chosen.
using Chooser = std::function<QString(QWidget *parent, const QString &offered, QString *filter)>;
// Tells of a failure (one line).
using Warn = std::function<void(QWidget *parent, const QString &text)>;

// What export asks and tells through; empty members: QFileDialog and QMessageBox.
// Tests give their own (no modal dialogs).
struct Dialogs
{
    Chooser choose;
    Warn warn;
};

// The whole export of `m` (runs `ids` of the store, for the name offered): asks for the
// file in the folder and format used last (kept in QSettings), completes its extension,
// refuses an unknown one, writes with Report::writeReport and warns of any failure.
// The path written; "" when cancelled or nothing was written.
QString exportReport(
    QWidget *parent, const Report::Model &m, const QList<qint64> &ids, const Dialogs &dialogs);
// Warns of `text` as `dialogs` says (a failure before the dialog, say the runs not loading).
void warn(QWidget *parent, const QString &text, const Dialogs &dialogs);

} // namespace LockLens::ReportExport
