// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/relatedrows.h"

#include "app/core/browsespec.h"
#include "app/core/cellformat.h"

namespace LockLens::Related {

using namespace Catalog;

namespace {

constexpr int LabelColumns = 3;

int columnIndex(const BrowseSpec &spec, const QString &name)
{
    for (int i = 0; i < spec.columns.size(); ++i)
        if (spec.columns.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

// Whether some index of `table` starts with `columns` (in any order), so that an equality
// lookup on them is a search rather than a scan.
bool leadsAnIndex(const Schema &schema, const Table &t, const QStringList &columns)
{
    const auto covers = [&](const QStringList &lead) {
        if (lead.size() < columns.size())
            return false;
        for (const QString &c : columns) {
            bool in = false;
            for (int i = 0; i < columns.size(); ++i)
                in = in || lead.at(i).compare(c, Qt::CaseInsensitive) == 0;
            if (!in)
                return false;
        }
        return true;
    };
    if (t.hasRowid() && columns.size() == 1 && t.rowid == RowidKind::Alias
        && columns.front().compare(t.rowidColumn, Qt::CaseInsensitive) == 0)
        return true;
    if (!t.hasRowid() && covers(t.primaryKey()))
        return true;
    for (const Index *i : schema.indexesOf(t.name)) {
        QStringList lead;
        for (const IndexColumn &c : i->columns)
            lead << (c.expression ? QString() : c.name);
        if (!i->partial && covers(lead))
            return true;
    }
    return false;
}

QString label(const BrowseSpec &spec, const QVariantList &row)
{
    QStringList parts;
    if (spec.hasRowid())
        parts << QStringLiteral("%1 %2").arg(
            spec.rowidName, cellData(row.value(0), Qt::DisplayRole).toString());
    for (int c = 0; c < spec.columns.size() && parts.size() < LabelColumns + 1; ++c) {
        if (spec.hasRowid() && spec.columns.at(c) == spec.rowidName)
            continue; // the alias is already shown as the rowid
        QString v = cellData(row.value(spec.fieldOf(c)), Qt::DisplayRole).toString();
        if (v.size() > 40)
            v = v.left(40) + QChar(0x2026);
        parts << QStringLiteral("%1 %2").arg(spec.columns.at(c), v);
    }
    return parts.join(QStringLiteral(" · "));
}

// Fills keys/labels/more/count of `ref` from `other` filtered on otherColumns = values.
void readMatches(DbConnection &db, const Schema &schema, const Table &other, Reference &ref, int limit,
    qint64 countWithoutIndexUpTo)
{
    BrowseSpec spec = BrowseSpec::forTable(other);
    ref.keyColumns = spec.uniqueKey();
    for (int i = 0; i < ref.otherColumns.size(); ++i) {
        const int c = columnIndex(spec, ref.otherColumns.at(i));
        if (c < 0) {
            ref.error = Tr::tr("%1 has no column %2").arg(other.name, ref.otherColumns.at(i));
            return;
        }
        spec.filters.push_back({ c, BrowseSpec::Op::Equal, ref.values.at(i) });
    }
    QVariantList binds;
    const QString sql = spec.pageSql({}, false, &binds);
    binds << (limit + 1) << 0;
    std::vector<SqlRow> rows;
    SqlFailure f;
    if (!db.select(sql, binds, &rows, &f)) {
        ref.error = f.text();
        return;
    }
    ref.more = int(rows.size()) > limit;
    if (ref.more)
        rows.resize(std::size_t(limit));
    const std::vector<int> keyFields = spec.keyFields();
    for (const SqlRow &r : rows) {
        QVariantList key;
        for (int k : keyFields)
            key << r.value(k);
        ref.keys.push_back(key);
        ref.labels << label(spec, r);
    }
    ref.indexed = leadsAnIndex(schema, other, ref.otherColumns);
    const bool small = other.rowCount && *other.rowCount <= countWithoutIndexUpTo;
    if (!ref.more) {
        ref.count = qint64(rows.size());
    } else if (ref.indexed || small) {
        QVariantList countBinds;
        const QVariant n = db.value(spec.countSql(&countBinds), countBinds, &f);
        if (n.isValid())
            ref.count = n.toLongLong();
    }
}

} // namespace

QString Reference::describe() const
{
    QStringList shown;
    for (const QVariant &v : values)
        shown << cellData(v, Qt::DisplayRole).toString();
    const QString cols = otherColumns.join(QLatin1String(", "));
    const QString vals
        = shown.size() == 1 ? shown.front() : QStringLiteral("(%1)").arg(shown.join(QLatin1String(", ")));
    return QStringLiteral("%1(%2) = %3").arg(otherTable, cols, vals);
}

QVariant valueOf(const QVariantMap &row, const QString &column, bool *found)
{
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.key().compare(column, Qt::CaseInsensitive) == 0) {
            if (found)
                *found = true;
            return it.value();
        }
    }
    if (found)
        *found = false;
    return {};
}

std::vector<Reference> lookUp(DbConnection &db, const Schema &schema, const QString &table,
    const QVariantMap &row, int limit, qint64 countWithoutIndexUpTo)
{
    std::vector<Reference> out;
    const Table *self = schema.table(table);
    if (!self)
        return out;
    const auto fill = [&](Reference &ref, const QStringList &ownColumns) {
        for (const QString &c : ownColumns) {
            bool found = false;
            const QVariant v = valueOf(row, c, &found);
            if (!found)
                ref.error = Tr::tr("the row has no column %1").arg(c);
            ref.nullKey = ref.nullKey || v.isNull();
            ref.values << v;
        }
        const Table *other = schema.table(ref.otherTable);
        if (!ref.error.isEmpty() || ref.nullKey)
            return;
        if (!other || other->view)
            ref.error = Tr::tr("there is no table %1").arg(ref.otherTable);
        else
            readMatches(db, schema, *other, ref, limit, countWithoutIndexUpTo);
    };
    for (const ForeignKey &fk : self->foreignKeys) {
        Reference ref;
        ref.outgoing = true;
        ref.fk = fk;
        ref.otherTable = fk.parent;
        ref.otherColumns = fk.parentColumns();
        if (ref.otherColumns.size() != fk.from.size()) {
            ref.error = fk.problemText.isEmpty() ? Tr::tr("the key's columns do not match") : fk.problemText;
            out.push_back(ref);
            continue;
        }
        fill(ref, fk.from);
        out.push_back(ref);
    }
    for (const ForeignKey *fk : schema.incoming(self->name)) {
        Reference ref;
        ref.outgoing = false;
        ref.fk = *fk;
        ref.otherTable = fk->table;
        ref.otherColumns = fk->from;
        if (fk->parentColumns().size() != fk->from.size()) {
            ref.error
                = fk->problemText.isEmpty() ? Tr::tr("the key's columns do not match") : fk->problemText;
            out.push_back(ref);
            continue;
        }
        fill(ref, fk->parentColumns());
        out.push_back(ref);
    }
    return out;
}

} // namespace LockLens::Related
