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

Q_SIGNALS:
    void message(const QString &text);

private:
    void applyFilter();
    void updateCount();

    TableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QComboBox *m_filterColumn = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterDelay = nullptr;
    bool m_fitted = false;
};

} // namespace LockLens
