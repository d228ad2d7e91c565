// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/resultmodel.h"

#include "app/core/cellformat.h"

namespace LockLens {

void ResultModel::setResult(const StatementResult &result)
{
    beginResetModel();
    m_columns = result.columns;
    m_rows = result.rows;
    endResetModel();
}

void ResultModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    endResetModel();
}

int ResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant v = m_rows[std::size_t(index.row())].value(index.column());
    switch (role) {
    case RawValueRole:
        return v;
    case IsNullRole:
        return v.isNull();
    default:
        return cellData(v, role);
    }
}

QVariant ResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_columns.value(section);
}

} // namespace LockLens
