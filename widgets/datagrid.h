// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "dbconnection.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace LockLens {

class TableModel;

// One table's rows: the rowid as its own column, keyset pages read in the background,
// sorting by a header click and a filter on one column (applied after a pause in typing).
class DataGrid : public QWidget
{
    Q_OBJECT
public:
    explicit DataGrid(QWidget *parent = nullptr);
    void setDatabase(const DatabaseLocation &where);
    void showTable(const Catalog::Table &table);
    QString tableName() const;
    TableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

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

private:
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
    QComboBox *m_filterColumn = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterDelay = nullptr;
    bool m_fitted = false;
    Catalog::Table m_table;
    qint64 m_pendingRow = -1; // located but beyond the rows counted so far
    QString m_locateWhat; // for the message when nothing is found
    QVariantMap m_reported; // the last row given to currentRowChanged
};

} // namespace LockLens
