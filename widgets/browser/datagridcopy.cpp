// SPDX-License-Identifier: GPL-3.0-or-later
// DataGrid: copying the selection and exporting the rows as CSV.
#include "widgets/browser/datagrid.h"

#include "app/core/cellformat.h"
#include "app/core/tablemodel.h"
#include "widgets/browser/csvexportjob.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLocale>
#include <QTableView>

#include <algorithm>

namespace LockLens {

void DataGrid::copySelection(bool withHeaders)
{
    QItemSelection selection = m_view->selectionModel()->selection();
    if (selection.isEmpty() && m_view->currentIndex().isValid())
        selection.select(m_view->currentIndex(), m_view->currentIndex());
    if (selection.isEmpty()) {
        Q_EMIT message(tr("Nothing is selected to copy."));
        return;
    }
    // Ranges only: a whole-table selection is one range, never millions of indexes.
    qint64 first = std::numeric_limits<qint64>::max(), last = -1;
    QList<int> columns;
    for (const QItemSelectionRange &r : selection) {
        first = qMin<qint64>(first, r.top());
        last = qMax<qint64>(last, r.bottom());
        for (int c = r.left(); c <= r.right(); ++c)
            if (!columns.contains(c))
                columns << c;
    }
    std::sort(columns.begin(), columns.end());
    const qint64 span = last - first + 1;
    if (span > MaxCopyRows) {
        Q_EMIT message(
            tr("The selection spans %1 rows; Copy takes at most %2. Export the rows as CSV instead "
               "(right-click ▸ Export Rows as CSV…).")
                .arg(QLocale().toString(span), QLocale().toString(MaxCopyRows)));
        return;
    }
    std::vector<QVariantList> rows;
    rows.reserve(std::size_t(span));
    for (qint64 r = first; r <= last; ++r) {
        QVariantList row = m_model->cachedRow(int(r));
        if (row.isEmpty())
            break;
        rows.push_back(std::move(row));
    }
    if (qint64(rows.size()) == span) {
        putOnClipboard(selection, first, columns, rows, withHeaders);
        return;
    }
    // Pages not in memory are read through the model (its paging by key), not into its cache.
    Q_EMIT message(tr("Reading %1 rows to copy…").arg(QLocale().toString(span)));
    m_model->fetchRows(first, span, this,
        [this, selection, first, columns, withHeaders](
            std::vector<QVariantList> fetched, const QString &error) {
            if (!error.isEmpty())
                Q_EMIT message(tr("Nothing was copied: %1").arg(error));
            else
                putOnClipboard(selection, first, columns, fetched, withHeaders);
        });
}

void DataGrid::putOnClipboard(const QItemSelection &selection, qint64 first, const QList<int> &columns,
    const std::vector<QVariantList> &rows, bool withHeaders)
{
    QStringList lines;
    if (withHeaders) {
        QStringList names;
        for (int c : columns)
            names << delimitedField(m_model->headerData(c, Qt::Horizontal).toString(), QLatin1Char('\t'));
        lines << names.join(QLatin1Char('\t'));
    }
    int copiedRows = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int row = int(first + qint64(i));
        QStringList fields;
        bool any = false;
        for (int c : columns) {
            const bool selected = selection.contains(m_model->index(row, c));
            any = any || selected;
            fields << (selected ? delimitedField(cellText(rows[i].value(c)), QLatin1Char('\t')) : QString());
        }
        if (!any)
            continue; // a row between two selected ones
        lines << fields.join(QLatin1Char('\t'));
        ++copiedRows;
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    Q_EMIT message(tr("Copied %1 rows × %2 columns.")
                       .arg(QLocale().toString(copiedRows), QLocale().toString(columns.size())));
    Q_EMIT copied(copiedRows, int(columns.size()));
}

void DataGrid::exportCsvAs()
{
    if (tableName().isEmpty())
        return;
    const QString path = CsvExportJob::askPath(this, tableName());
    if (!path.isEmpty())
        exportCsv(path);
}

void DataGrid::exportCsv(const QString &path)
{
    if (tableName().isEmpty() || (m_export && m_export->isRunning())) {
        Q_EMIT exportFinished(false,
            tr("Nothing was exported: %1")
                .arg(tableName().isEmpty() ? tr("no table is shown") : tr("an export is still running")));
        return;
    }
    CsvExport::Source source;
    source.where = m_model->location();
    source.spec = m_model->spec();
    delete m_export;
    m_export = new CsvExportJob(source, path, m_model->countKnown() ? m_model->totalRows() : -1, this);
    connect(m_export, &CsvExportJob::finished, this,
        [this](const CsvExport::Outcome &outcome, const QString &text) {
            Q_EMIT message(text);
            Q_EMIT exportFinished(outcome.ok, text);
        });
}

} // namespace LockLens
