// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/catalog.h"
#include "app/core/csvexport.h"
#include "app/core/dbconnection.h"
#include "widgets/browser/gridhistory.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QItemSelection;
class QTimer;

namespace LockLens {

class CsvExportJob;
class TableModel;

// One table's rows: the rowid as its own column, keyset pages read in the background,
// sorting by a header click and a filter on one column (applied after a pause in typing;
// Ctrl+F goes there). Ctrl+C copies the selected cells as tab-separated text; the rows can
// be exported as CSV. Tab leaves the grid.
class DataGrid : public QWidget
{
    Q_OBJECT
public:
    // The most rows Copy takes (a larger selection is refused: export it instead).
    static constexpr qint64 MaxCopyRows = 100000;

    explicit DataGrid(QWidget *parent = nullptr);
    void setDatabase(const DatabaseLocation &where);
    void showTable(const Catalog::Table &table);
    // No table: `text` where the rows would be (an empty database, a locked one).
    void showMessage(const QString &text);
    // What showMessage shows, "" while a table is shown.
    QString messageText() const;
    QString tableName() const;
    TableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

    // Where the grid is (table, filter, order, current row), and going back there.
    GridPlace place() const;
    void restore(const Catalog::Table &table, const GridPlace &place);

    // Puts the selected cells on the clipboard as tab-separated text, a line per row with
    // a selected cell (withHeaders: the column names first; cells not selected stay
    // empty). Rows whose page is not in memory are read first, through the model; more
    // than MaxCopyRows rows are refused with a message. copied() follows.
    void copySelection(bool withHeaders);
    // Writes the rows the grid shows (its filter and order) to `path` as CSV, in the
    // background; exportFinished() follows. exportCsvAs() asks for the file first.
    void exportCsv(const QString &path);
    void exportCsvAs();
    QAction *copyAction() const { return m_copyAction; }
    QAction *copyWithHeadersAction() const { return m_copyHeadersAction; }
    QAction *exportAction() const { return m_exportAction; }

    // Selects the first row whose `columns` hold `values` once it is found (or says there
    // is none through message()).
    void locate(const QStringList &columns, const QVariantList &values);
    // A loaded row as column name → value (the rowid under its name too); empty while the
    // row's page is being read.
    QVariantMap rowValues(int row) const;
    // The foreign keys whose child columns include model column `column`.
    std::vector<const Catalog::ForeignKey *> foreignKeysAt(int column) const;
    // The child values of `fk` in `row`; empty while the row is not loaded, or when a value
    // is NULL (such a key refers to nothing).
    QVariantList foreignKeyValues(const Catalog::ForeignKey &fk, int row) const;

Q_SIGNALS:
    void message(const QString &text);
    // The user clicked a child value: open the parent row of `fk` holding `values`.
    void followRequested(const Catalog::ForeignKey &fk, const QVariantList &values);
    // The current row changed or finished loading (empty when there is none).
    void currentRowChanged(const QString &table, const QVariantMap &row);
    void rowLocated(qint64 row); // -1: not found
    void copied(int rows, int columns);
    void exportFinished(bool ok, const QString &message);

private:
    void createActions();
    void resetView(const Catalog::Table &table);
    void putOnClipboard(const QItemSelection &selection, qint64 first, const QList<int> &columns,
        const std::vector<QVariantList> &rows, bool withHeaders);
    void applyFilter();
    void updateCount();
    void onLocated(qint64 row);
    void selectRow(qint64 row);
    void reportCurrentRow();
    void onClicked(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);

    TableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_filterColumn = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterDelay = nullptr;
    bool m_fitted = false;
    Catalog::Table m_table;
    qint64 m_pendingRow = -1; // located but beyond the rows counted so far
    int m_selectColumn = 0; // the current column once that row is selected
    QAction *m_findAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_copyHeadersAction = nullptr;
    QAction *m_exportAction = nullptr;
    CsvExportJob *m_export = nullptr;
    QString m_locateWhat; // for the message when nothing is found
    QVariantMap m_reported; // the last row given to currentRowChanged
};

} // namespace LockLens
