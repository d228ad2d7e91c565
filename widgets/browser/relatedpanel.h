// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/catalog.h"
#include "app/core/dbconnection.h"
#include "app/core/relatedrows.h"

#include <QTreeWidget>

#include <atomic>
#include <memory>

namespace LockLens {

class SqlSession;

// Beside the data grid: for the current row, the parent row of each foreign key it
// declares and the child rows of each foreign key that references it. Lookups run on a
// read-only background connection; double-clicking an entry opens that row.
class RelatedRowsPanel : public QTreeWidget
{
    Q_OBJECT
public:
    enum { KeyRole = Qt::UserRole, TableRole, KeyColumnsRole };
    static constexpr int Limit = 50;

    explicit RelatedRowsPanel(QWidget *parent = nullptr);
    ~RelatedRowsPanel() override;

    void setDatabase(const DatabaseLocation &where);
    void setSchema(const Catalog::Schema &schema);
    // The row the grid shows (column name → value); an empty map clears the panel.
    void showRow(const QString &table, const QVariantMap &row);

Q_SIGNALS:
    // Open `table` on the row whose `columns` hold `values`.
    void openRow(const QString &table, const QStringList &columns, const QVariantList &values);
    void lookedUp(); // the panel shows the answer for the last row given

private:
    void fill(const std::vector<Related::Reference> &refs);
    void activate(QTreeWidgetItem *item);

    SqlSession *m_session = nullptr;
    Catalog::Schema m_schema;
    std::shared_ptr<std::atomic<quint64>> m_generation; // shared with queued lookups
};

} // namespace LockLens
