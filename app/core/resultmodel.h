// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/sqlscript.h"

#include <QAbstractTableModel>

namespace LockLens {

// The rows a console statement returned (already in memory, at most ScriptOptions::rowLimit).
class ResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole,
        IsNullRole,
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const StatementResult &result);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_columns;
    std::vector<QVariantList> m_rows;
};

} // namespace LockLens
