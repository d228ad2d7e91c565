// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/browsespec.h"

#include "workers/sqlite/sqlident.h"

namespace LockLens {

BrowseSpec BrowseSpec::forTable(const Catalog::Table &t)
{
    BrowseSpec b;
    b.table = t.name;
    for (const Catalog::Column &c : t.columns)
        if (c.hidden != Catalog::Hidden::VirtualTableHidden) {
            b.columns << c.name;
            b.notNull << c.notNull;
        }
    if (t.hasRowid()) {
        for (const char *name : { "rowid", "_rowid_", "oid" }) {
            if (!t.column(QLatin1String(name))) {
                b.rowidName = QLatin1String(name);
                break;
            }
        }
        if (t.rowid == Catalog::RowidKind::Alias)
            b.rowidName = t.rowidColumn; // always readable by its own name
    }
    if (b.rowidName.isEmpty())
        b.keyColumns = t.primaryKey();
    return b;
}

bool BrowseSpec::parseFilter(const QString &typed, Filter *out, QString *why)
{
    const QString s = typed.trimmed();
    if (s.isEmpty()) {
        *why = tr("the filter is empty");
        return false;
    }
    if (s.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0
        || s.compare(QLatin1String("IS NULL"), Qt::CaseInsensitive) == 0) {
        out->op = Op::IsNull;
        return true;
    }
    if (s.compare(QLatin1String("NOT NULL"), Qt::CaseInsensitive) == 0
        || s.compare(QLatin1String("IS NOT NULL"), Qt::CaseInsensitive) == 0) {
        out->op = Op::IsNotNull;
        return true;
    }
    static const struct
    {
        const char *prefix;
        Op op;
    } ops[] = { { "<>", Op::NotEqual }, { "!=", Op::NotEqual }, { "<=", Op::LessEqual },
        { ">=", Op::GreaterEqual }, { "=", Op::Equal }, { "<", Op::Less }, { ">", Op::Greater } };
    for (const auto &o : ops) {
        if (!s.startsWith(QLatin1String(o.prefix)))
            continue;
        const QString v = s.mid(int(qstrlen(o.prefix))).trimmed();
        if (v.isEmpty()) {
            *why = tr("\"%1\" needs a value after it").arg(QLatin1String(o.prefix));
            return false;
        }
        out->op = o.op;
        bool isInt = false, isReal = false;
        const qlonglong i = v.toLongLong(&isInt);
        const double d = v.toDouble(&isReal);
        out->value = isInt ? QVariant(i) : isReal ? QVariant(d) : QVariant(v);
        return true;
    }
    out->op = Op::Contains;
    out->value = s;
    return true;
}

std::vector<int> BrowseSpec::keyFields() const
{
    std::vector<int> f;
    if (sortColumn >= 0)
        f.push_back(fieldOf(sortColumn));
    if (hasRowid())
        f.push_back(0);
    else
        for (const QString &k : keyColumns)
            f.push_back(fieldOf(int(columns.indexOf(k))));
    return f;
}

QStringList BrowseSpec::keyExpressions() const
{
    QStringList e;
    if (sortColumn >= 0)
        e << quoteIdentifier(columns.at(sortColumn));
    if (hasRowid())
        e << quoteIdentifier(rowidName);
    else
        for (const QString &k : keyColumns)
            e << quoteIdentifier(k);
    return e;
}

std::vector<bool> BrowseSpec::keyDescending() const
{
    std::vector<bool> d;
    if (sortColumn >= 0)
        d.push_back(sortDescending);
    // Sorting by the key itself (sortColumn < 0) may run either way.
    const int rest = hasRowid() ? 1 : int(keyColumns.size());
    for (int i = 0; i < rest; ++i)
        d.push_back(sortColumn < 0 && sortDescending);
    return d;
}

std::vector<bool> BrowseSpec::keyNullable() const
{
    const auto nullable = [this](int column) { return column < 0 || !notNull.value(column, false); };
    std::vector<bool> n;
    if (sortColumn >= 0)
        n.push_back(nullable(sortColumn));
    if (hasRowid())
        n.push_back(false); // a rowid is never NULL
    else
        for (const QString &k : keyColumns)
            n.push_back(nullable(int(columns.indexOf(k))));
    return n;
}

QString BrowseSpec::selectList() const
{
    QStringList s;
    if (hasRowid())
        s << quoteIdentifier(rowidName);
    for (const QString &c : columns)
        s << quoteIdentifier(c);
    return s.join(QLatin1String(", "));
}

QString BrowseSpec::whereFilters(QVariantList *binds) const
{
    QStringList parts;
    for (const Filter &f : filters) {
        if (f.column < 0 || f.column >= columns.size())
            continue;
        const QString c = quoteIdentifier(columns.at(f.column));
        switch (f.op) {
        case Op::Contains: {
            QString v = f.value.toString();
            v.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('%'), QLatin1String("\\%"))
                .replace(QLatin1Char('_'), QLatin1String("\\_"));
            parts << QStringLiteral("CAST(%1 AS TEXT) LIKE ? ESCAPE '\\'").arg(c);
            *binds << QVariant(QLatin1Char('%') + v + QLatin1Char('%'));
            break;
        }
        case Op::IsNull:
            parts << QStringLiteral("%1 IS NULL").arg(c);
            break;
        case Op::IsNotNull:
            parts << QStringLiteral("%1 IS NOT NULL").arg(c);
            break;
        default: {
            static const char *const sym[] = { "", "=", "<>", "<", "<=", ">", ">=" };
            parts << QStringLiteral("%1 %2 ?").arg(c, QLatin1String(sym[int(f.op)]));
            *binds << f.value;
        }
        }
    }
    return parts.join(QLatin1String(" AND "));
}

QString BrowseSpec::orderBy(bool backwards) const
{
    if (!keyset())
        return sortColumn >= 0 ? QStringLiteral(" ORDER BY %1%2")
                                     .arg(quoteIdentifier(columns.at(sortColumn)),
                                         sortDescending != backwards ? QStringLiteral(" DESC") : QString())
                               : QString();
    const QStringList e = keyExpressions();
    const std::vector<bool> desc = keyDescending();
    QStringList parts;
    for (int i = 0; i < e.size(); ++i)
        parts << e[i] + (desc[std::size_t(i)] != backwards ? QStringLiteral(" DESC") : QString());
    return QStringLiteral(" ORDER BY ") + parts.join(QLatin1String(", "));
}

// Rows strictly after `key` in the ordering (or before it, backwards), as SQLite orders
// them: NULLs first ascending and last descending. The expanded form
// (a > ?) OR (a IS ? AND b > ?) ... keeps NULLs and mixed directions right.
QString BrowseSpec::afterPredicate(const QVariantList &key, bool backwards, QVariantList *binds) const
{
    const QStringList e = keyExpressions();
    const std::vector<bool> desc = keyDescending();
    const std::vector<bool> nullable = keyNullable();
    // No NULLs and one direction: a row value, which SQLite turns into an index range.
    const bool plain = std::none_of(nullable.begin(), nullable.end(), [](bool n) { return n; })
        && std::all_of(desc.begin(), desc.end(), [&](bool d) { return d == desc.front(); })
        && key.size() == e.size();
    if (plain) {
        const bool greater = desc.front() == backwards;
        QStringList marks;
        for (const QVariant &k : key) {
            marks << QStringLiteral("?");
            *binds << k;
        }
        return e.size() == 1
            ? QStringLiteral("%1 %2 ?").arg(e.front(), greater ? QStringLiteral(">") : QStringLiteral("<"))
            : QStringLiteral("(%1) %2 (%3)")
                  .arg(e.join(QLatin1String(", ")), greater ? QStringLiteral(">") : QStringLiteral("<"),
                      marks.join(QLatin1String(", ")));
    }
    QStringList ors;
    for (int i = 0; i < e.size() && i < key.size(); ++i) {
        QStringList ands;
        QVariantList local;
        for (int j = 0; j < i; ++j) {
            ands << QStringLiteral("%1 IS ?").arg(e[j]);
            local << key[j];
        }
        const bool greater = desc[std::size_t(i)] == backwards; // moving towards larger values
        const QVariant &k = key[i];
        if (k.isNull()) {
            if (!greater)
                continue; // nothing sorts below NULL
            ands << QStringLiteral("%1 IS NOT NULL").arg(e[i]);
        } else if (greater) {
            ands << QStringLiteral("%1 > ?").arg(e[i]);
            local << k;
        } else if (nullable[std::size_t(i)]) {
            ands << QStringLiteral("(%1 < ? OR %1 IS NULL)").arg(e[i]);
            local << k;
        } else {
            ands << QStringLiteral("%1 < ?").arg(e[i]); // no NULLs: the plain range an index serves
            local << k;
        }
        ors << QLatin1Char('(') + ands.join(QLatin1String(" AND ")) + QLatin1Char(')');
        *binds << local;
    }
    return ors.isEmpty() ? QStringLiteral("0") : ors.join(QLatin1String(" OR "));
}

// The filters, then (when `after` is given) the key predicate: conditions to AND together.
QStringList BrowseSpec::conditions(const QVariantList &after, bool backwards, QVariantList *binds) const
{
    QStringList parts;
    const QString filters = whereFilters(binds);
    if (!filters.isEmpty())
        parts << QLatin1Char('(') + filters + QLatin1Char(')');
    if (keyset() && !after.isEmpty())
        parts << QLatin1Char('(') + afterPredicate(after, backwards, binds) + QLatin1Char(')');
    return parts;
}

namespace {
QString whereClause(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}
} // namespace

QString BrowseSpec::pageSql(const QVariantList &after, bool backwards, QVariantList *binds) const
{
    const QString where = whereClause(conditions(after, backwards, binds));
    return QStringLiteral("SELECT %1 FROM %2%3%4 LIMIT ? OFFSET ?")
        .arg(selectList(), quoteIdentifier(table), where, orderBy(backwards));
}

QString BrowseSpec::keyStepSql(const QVariantList &after, QVariantList *binds) const
{
    const QString where = whereClause(conditions(after, false, binds));
    return QStringLiteral("SELECT %1 FROM %2%3%4 LIMIT 1 OFFSET ?")
        .arg(keyExpressions().join(QLatin1String(", ")), quoteIdentifier(table), where, orderBy(false));
}

QString BrowseSpec::countSql(QVariantList *binds) const
{
    return QStringLiteral("SELECT count(*) FROM %1%2")
        .arg(quoteIdentifier(table), whereClause(conditions({}, false, binds)));
}

QString BrowseSpec::positionSql(const QVariantList &key, QVariantList *binds) const
{
    return QStringLiteral("SELECT count(*) FROM %1%2")
        .arg(quoteIdentifier(table), whereClause(conditions(key, true, binds)));
}

QString BrowseSpec::lookupSql(const QStringList &cols, const QVariantList &values, QVariantList *binds) const
{
    QStringList where = conditions({}, false, binds);
    for (int i = 0; i < cols.size() && i < values.size(); ++i) {
        where << QStringLiteral("%1 IS ?").arg(quoteIdentifier(cols[i]));
        *binds << values[i];
    }
    return QStringLiteral("SELECT %1 FROM %2%3 LIMIT 1")
        .arg(keyExpressions().join(QLatin1String(", ")), quoteIdentifier(table), whereClause(where));
}

QString BrowseSpec::rowidRangeSql() const
{
    return QStringLiteral("SELECT (SELECT min(%1) FROM %2), (SELECT max(%1) FROM %2)")
        .arg(quoteIdentifier(rowidName), quoteIdentifier(table));
}

} // namespace LockLens
