// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QVariantList>

namespace LockLens {

// Where the data grid is: enough to come back to it with Back and Forward.
struct GridPlace
{
    QString table; // empty: no table shown
    int filterColumn = -1; // into the table's columns
    QString filterText;
    int sortColumn = -1; // into the table's columns; -1: key order
    bool sortDescending = false;
    QStringList keyColumns; // the current row's unique key (rowid or primary key)...
    QVariantList key; // ...and its values; empty for a view, or with no current row
    int row = -1; // the current row's position (a view's only way back to it)
    int column = 0; // the current column

    bool isValid() const { return !table.isEmpty(); }
};

// The places the grid left by following a key or picking another table, browser-style:
// visiting a new place drops the places ahead.
class GridHistory
{
public:
    static constexpr int Limit = 100;

    // The grid leaves `from` for somewhere new.
    void visit(const GridPlace &from)
    {
        if (!from.isValid())
            return;
        m_back.append(from);
        if (m_back.size() > Limit)
            m_back.removeFirst();
        m_forward.clear();
    }
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    // The place to return to; `current` becomes the way forward again.
    GridPlace back(const GridPlace &current) { return step(m_back, m_forward, current); }
    GridPlace forward(const GridPlace &current) { return step(m_forward, m_back, current); }
    void clear()
    {
        m_back.clear();
        m_forward.clear();
    }

private:
    static GridPlace step(QList<GridPlace> &from, QList<GridPlace> &to, const GridPlace &current)
    {
        if (from.isEmpty())
            return {};
        if (current.isValid())
            to.append(current);
        return from.takeLast();
    }

    QList<GridPlace> m_back;
    QList<GridPlace> m_forward;
};

} // namespace LockLens
