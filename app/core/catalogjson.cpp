// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/catalogjson.h"

#include <QJsonArray>

namespace LockLens::Catalog {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue orNull(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

QString hiddenKey(Hidden h)
{
    switch (h) {
    case Hidden::No:
        return QString();
    case Hidden::VirtualTableHidden:
        return QStringLiteral("hidden");
    case Hidden::GeneratedVirtual:
        return QStringLiteral("generated_virtual");
    case Hidden::GeneratedStored:
        return QStringLiteral("generated_stored");
    }
    return QString();
}

QJsonObject columnJson(const Column &c)
{
    return {
        { QStringLiteral("name"), c.name },
        { QStringLiteral("type"), c.type },
        { QStringLiteral("affinity"), affinityName(c.affinity) },
        { QStringLiteral("notnull"), c.notNull },
        { QStringLiteral("default"),
            c.defaultValue.isNull() ? QJsonValue() : QJsonValue(c.defaultValue.toString()) },
        { QStringLiteral("pk"), c.pkPosition },
        { QStringLiteral("collation"), c.collation },
        { QStringLiteral("hidden"), orNull(hiddenKey(c.hidden)) },
    };
}

QJsonObject foreignKeyJson(const ForeignKey &fk)
{
    return {
        { QStringLiteral("id"), fk.id },
        { QStringLiteral("from"), QJsonArray::fromStringList(fk.from) },
        { QStringLiteral("table"), fk.parent },
        { QStringLiteral("to"), QJsonArray::fromStringList(fk.parentColumns()) },
        { QStringLiteral("to_primary_key"), fk.to.isEmpty() },
        { QStringLiteral("on_update"), fk.onUpdate },
        { QStringLiteral("on_delete"), fk.onDelete },
        { QStringLiteral("match"), fk.match },
        { QStringLiteral("problem"),
            fk.problem == FkProblem::None ? QJsonValue() : QJsonValue(fk.problemText) },
    };
}

QJsonObject tableJson(const Schema &s, const Table &t)
{
    QJsonArray columns;
    for (const Column &c : t.columns)
        columns << columnJson(c);
    QJsonArray fks;
    for (const ForeignKey &fk : t.foreignKeys)
        fks << foreignKeyJson(fk);
    QJsonArray incoming;
    for (const ForeignKey *fk : s.incoming(t.name))
        incoming << QJsonObject { { QStringLiteral("table"), fk->table }, { QStringLiteral("id"), fk->id },
            { QStringLiteral("from"), QJsonArray::fromStringList(fk->from) } };
    QJsonObject o {
        { QStringLiteral("name"), t.name },
        { QStringLiteral("type"), t.view ? QStringLiteral("view") : QStringLiteral("table") },
        { QStringLiteral("virtual"), t.virtualTable },
        { QStringLiteral("rowid"), t.view ? QJsonValue() : QJsonValue(rowidKindKey(t.rowid)) },
        { QStringLiteral("rowid_column"),
            t.rowid == RowidKind::Alias ? QJsonValue(t.rowidColumn) : QJsonValue() },
        { QStringLiteral("autoincrement"), t.autoincrement },
        { QStringLiteral("sqlite_sequence"), orNull(t.sequence) },
        { QStringLiteral("row_count"), orNull(t.rowCount) },
        { QStringLiteral("columns"), columns },
        { QStringLiteral("foreign_keys"), fks },
        { QStringLiteral("referenced_by"), incoming },
        { QStringLiteral("sql"), t.sql },
        { QStringLiteral("problem"), t.problem.isEmpty() ? QJsonValue() : QJsonValue(t.problem) },
    };
    if (t.shadow)
        o.insert(QStringLiteral("shadow"), true);
    return o;
}

} // namespace

QJsonObject toJson(const Schema &s)
{
    QJsonArray tables;
    for (const Table &t : s.tables)
        tables << tableJson(s, t);
    QJsonArray indexes;
    for (const Index &i : s.indexes) {
        QJsonArray cols;
        for (const IndexColumn &c : i.columns)
            cols << QJsonObject { { QStringLiteral("name"),
                                      c.expression ? QJsonValue() : QJsonValue(c.name) },
                { QStringLiteral("expression"), c.expression }, { QStringLiteral("desc"), c.descending },
                { QStringLiteral("collation"), c.collation } };
        indexes << QJsonObject { { QStringLiteral("name"), i.name }, { QStringLiteral("table"), i.table },
            { QStringLiteral("unique"), i.unique }, { QStringLiteral("origin"), i.origin },
            { QStringLiteral("partial"), i.partial }, { QStringLiteral("columns"), cols },
            { QStringLiteral("sql"), i.sql.isEmpty() ? QJsonValue() : QJsonValue(i.sql) } };
    }
    QJsonArray triggers;
    for (const Trigger &t : s.triggers)
        triggers << QJsonObject { { QStringLiteral("name"), t.name }, { QStringLiteral("table"), t.table },
            { QStringLiteral("sql"), t.sql } };
    QJsonArray violations;
    for (const Violation &v : s.violations)
        violations << QJsonObject { { QStringLiteral("table"), v.table },
            { QStringLiteral("rowid"), orNull(v.rowid) }, { QStringLiteral("parent"), v.parent },
            { QStringLiteral("fk_id"), v.fkId } };
    return {
        { QStringLiteral("sqlite_version"), s.sqliteVersion },
        { QStringLiteral("journal_mode"), s.journalMode },
        { QStringLiteral("page_size"), s.pageSize },
        { QStringLiteral("page_count"), double(s.pageCount) },
        { QStringLiteral("encoding"), s.encoding },
        { QStringLiteral("foreign_keys_enabled"), s.foreignKeysEnabled },
        { QStringLiteral("tables"), tables },
        { QStringLiteral("indexes"), indexes },
        { QStringLiteral("triggers"), triggers },
        { QStringLiteral("fk_violations"), s.violationsChecked ? QJsonValue(violations) : QJsonValue() },
        { QStringLiteral("foreign_key_problems"), s.problemCount() },
        { QStringLiteral("notes"), QJsonArray::fromStringList(s.notes) },
    };
}

} // namespace LockLens::Catalog
