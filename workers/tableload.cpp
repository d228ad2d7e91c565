// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an existing table at setup: its columns, keys, children and a sample of the parent
// keys its foreign keys refer to, through a short read-only connection of its own.
#include "workers/tablegen.h"

#include "workers/readonlyconnection.h"
#include "workers/sqlite/sqlident.h"
#include "workers/sqlite/sqlitefile.h"
#include "workers/sqlite/sqlitelink.h"
#include "workers/sqlite/tablekey.h"
#include "workers/sqlite/tableshape.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

namespace LockLens::TableGen {

namespace {

bool isCascading(const QString &action)
{
    const QString a = action.toUpper();
    return a == QLatin1String("CASCADE") || a == QLatin1String("SET NULL")
        || a == QLatin1String("SET DEFAULT");
}

// Compiles every statement the run will prepare, on the read-only connection and with the
// run's foreign_keys setting: SQLite finds a broken foreign key ("foreign key mismatch")
// only when it compiles a statement that has to check it, which would otherwise be in the
// workers, after the run started. Empty when they all compile; else the refusal.
QString statementProblem(ReadOnlyConnection &db, const Scenario &sc, const TablePlan &plan)
{
    QString why;
    std::vector<QVariantList> rows;
    if (sc.foreignKeys && !db.rows(QStringLiteral("PRAGMA foreign_keys=ON"), {}, &rows, &why))
        return Tr::tr("cannot enforce foreign keys: %1").arg(why);
    static const char *const names[]
        = { "BEGIN", "COMMIT", "ROLLBACK", "INSERT", "UPDATE", "DELETE", "SELECT", "SELECT" };
    static_assert(std::size(names) == std::size_t(Stmt::NUM_STATEMENTS));
    const StatementTexts texts = plan.statementTexts(sc);
    const QString table = quoteIdentifier(plan.table);
    for (std::size_t i = 0; i < texts.sql.size(); ++i) {
        if (texts.sql[i].isEmpty() || db.prepares(texts.sql[i], &why))
            continue;
        const QString statement = QString::fromLatin1(names[i]);
        static const QRegularExpression mismatch(
            QStringLiteral("foreign key mismatch - \"(.*)\" referencing \"(.*)\""));
        const QRegularExpressionMatch m = mismatch.match(why);
        if (!m.hasMatch())
            return Tr::tr("SQLite cannot prepare the run's %1 statement on %2: %3")
                .arg(statement, table, why);
        return Tr::tr(
            "with foreign keys enforced, SQLite cannot prepare the run's %1 statement on %2 (%3): the "
            "foreign key of %4 that refers to %5 does not name the PRIMARY KEY or a UNIQUE index of %5, "
            "so every write that has to check it fails. Fix that foreign key (or give %5 a UNIQUE "
            "index on the columns it names), or run without enforcing foreign keys")
            .arg(statement, table, why, quoteIdentifier(m.captured(1)), quoteIdentifier(m.captured(2)));
    }
    return {};
}

} // namespace

namespace {

// Reads an existing table into a TablePlan, one step at a time; a step that finds the table
// unfit (or cannot read it) sets *error and returns false.
class TableReader
{
public:
    TableReader(const Scenario &sc, ReadOnlyConnection &db, TablePlan &plan, QString *error)
        : m_sc(sc)
        , m_db(db)
        , m_plan(plan)
        , m_error(error)
        , m_read([&db](const QString &sql, const QVariantList &binds, std::vector<QVariantList> *out,
                     QString *why) { return db.rows(sql, binds, out, why); })
    {
    }

    bool read()
    {
        return checkKind() && readColumns() && findRowid() && readUniqueColumns() && readForeignKeys()
            && readChildren() && planColumns();
    }

private:
    bool checkKind();
    bool readColumns();
    bool findRowid();
    bool readUniqueColumns();
    bool readForeignKeys();
    bool sampleParentKeys(ForeignKey &fk, const QString &parent);
    bool readChildren();
    void warnOfTriggers();
    bool planColumns();
    Column columnFor(const TableShape::ColumnShape &info) const;

    // "cannot read the table ..." with the step that failed and SQLite's reason.
    bool failed(const QString &what)
    {
        *m_error = Tr::tr("cannot read the table %1 of %2 (%3): %4")
                       .arg(m_sc.table, m_sc.databasePath, what, m_why);
        return false;
    }
    bool refuse(const QString &message)
    {
        *m_error = message;
        return false;
    }

    const Scenario &m_sc;
    ReadOnlyConnection &m_db;
    TablePlan &m_plan;
    QString *m_error;
    const ReadRows m_read;
    QString m_why;
    std::vector<QVariantList> m_rows;
    QString m_quoted; // the table's name, quoted
    std::vector<TableShape::ColumnShape> m_columns;
    std::optional<QString> m_aliasColumn; // the INTEGER PRIMARY KEY that is the rowid
    std::set<QString> m_wide; // lower-case columns in a UNIQUE index or the primary key
    std::map<QString, std::pair<int, int>> m_fkOfColumn; // lower-case column -> (key, position)
    std::set<QString> m_referenced; // lower-case columns that other tables' keys refer to
};

bool TableReader::checkKind()
{
    if (!m_db.rows(QStringLiteral("SELECT name, type, coalesce(sql, '') FROM sqlite_schema WHERE name = ? "
                                  "COLLATE NOCASE AND type IN ('table', 'view')"),
            { m_sc.table }, &m_rows, &m_why))
        return failed(QStringLiteral("sqlite_schema"));
    if (m_rows.empty())
        return refuse(
            Tr::tr("there is no table named %1 in %2").arg(quoteIdentifier(m_sc.table), m_sc.databasePath));
    m_plan.table = m_rows[0][0].toString();
    m_quoted = quoteIdentifier(m_plan.table);
    if (m_rows[0][1].toString() == QLatin1String("view"))
        return refuse(Tr::tr("%1 is a view: a load needs a table to write into").arg(m_quoted));
    if (m_rows[0][2].toString().simplified().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
        return refuse(Tr::tr("%1 is a virtual table: a load needs an ordinary table").arg(m_quoted));
    if (m_plan.table.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
        return refuse(Tr::tr("%1 is one of SQLite's internal tables").arg(m_quoted));
    // WITHOUT ROWID and shadow tables: PRAGMA table_list (SQLite 3.37+); an older library
    // tells a WITHOUT ROWID table by its refusing to name a rowid (findRowid).
    if (!m_db.rows(
            QStringLiteral("SELECT type, wr FROM pragma_table_list WHERE schema = 'main' AND name = ?"),
            { m_plan.table }, &m_rows, &m_why)
        || m_rows.empty())
        return true;
    if (m_rows[0][0].toString() == QLatin1String("shadow"))
        return refuse(
            Tr::tr("%1 is a shadow table that a virtual table keeps: a load would corrupt it").arg(m_quoted));
    if (m_rows[0][1].toInt() != 0)
        return refuse(
            Tr::tr("%1 is a WITHOUT ROWID table: loads on existing tables need a rowid to update, delete "
                   "and read by (LockLens does not support WITHOUT ROWID tables yet)")
                .arg(m_quoted));
    return true;
}

bool TableReader::readColumns()
{
    if (!TableShape::readColumns(m_read, m_plan.table, &m_columns, &m_why) || m_columns.empty())
        return failed(QStringLiteral("PRAGMA table_xinfo"));
    return true;
}

bool TableReader::findRowid()
{
    // The rowid: the INTEGER PRIMARY KEY that aliases it (TableKey's rule), or a name of it
    // no column hides.
    if (!TableKey::rowidColumn(m_read, m_plan.table, &m_aliasColumn, &m_why))
        return failed(QStringLiteral("PRAGMA index_list"));
    const std::optional<QString> rowid
        = m_aliasColumn ? m_aliasColumn : TableKey::freeRowidName(TableShape::namesOf(m_columns));
    if (!rowid)
        return refuse(
            Tr::tr("%1 has columns named rowid, _rowid_ and oid and no INTEGER PRIMARY KEY: its rows cannot "
                   "be addressed")
                .arg(m_quoted));
    m_plan.rowid = quoteIdentifier(*rowid);
    // A WITHOUT ROWID table on a library without PRAGMA table_list.
    if (!m_db.rows(
            QStringLiteral("SELECT %1 FROM %2 LIMIT 0").arg(m_plan.rowid, m_quoted), {}, &m_rows, &m_why))
        return refuse(Tr::tr("%1 has no rowid (a WITHOUT ROWID table?): %2").arg(m_quoted, m_why));
    return true;
}

bool TableReader::readUniqueColumns()
{
    // Columns in a UNIQUE index (or the primary key) get values from a large space.
    std::vector<TableShape::IndexShape> indexes;
    if (!TableShape::readIndexes(m_read, m_plan.table, &indexes, &m_why))
        return failed(QStringLiteral("PRAGMA index_list"));
    for (const TableShape::IndexShape &index : indexes)
        for (const TableShape::IndexColumnShape &c : index.columns)
            if (index.unique && !c.expression)
                m_wide.insert(c.name.toLower());
    for (const TableShape::ColumnShape &c : m_columns)
        if (c.pkPosition > 0)
            m_wide.insert(c.name.toLower());
    return true;
}

bool TableReader::readForeignKeys()
{
    // Foreign keys of this table, and a sample of each parent's keys.
    std::vector<TableShape::ForeignKeyShape> shapes;
    if (!TableShape::readForeignKeys(m_read, m_plan.table, &shapes, &m_why))
        return failed(QStringLiteral("PRAGMA foreign_key_list"));
    for (const TableShape::ForeignKeyShape &shape : shapes) {
        const int k = int(m_plan.foreignKeys.size());
        m_plan.foreignKeys.push_back({ shape.parent, shape.from, {}, {} });
        ForeignKey &fk = m_plan.foreignKeys.back();
        const QString parent = quoteIdentifier(fk.parentTable);
        if (!m_db.rows(QStringLiteral(
                           "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = ? COLLATE NOCASE"),
                { fk.parentTable }, &m_rows, &m_why))
            return failed(QStringLiteral("sqlite_schema"));
        if (m_rows.empty())
            return refuse(Tr::tr("the foreign key %1 of %2 refers to %3, which does not exist")
                              .arg(fk.columns.join(QLatin1String(", ")), m_quoted, parent));
        if (shape.to.isEmpty()) { // REFERENCES parent: its primary key
            if (!m_db.rows(QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"),
                    { fk.parentTable }, &m_rows, &m_why))
                return failed(QStringLiteral("PRAGMA table_info"));
            for (const auto &r : m_rows)
                fk.parentColumns << r[0].toString();
            if (fk.parentColumns.size() != fk.columns.size())
                return refuse(Tr::tr(
                    "the foreign key %1 of %2 refers to the primary key of %3, which does not match it")
                                  .arg(fk.columns.join(QLatin1String(", ")), m_quoted, parent));
        } else {
            fk.parentColumns = shape.to;
        }
        if (!sampleParentKeys(fk, parent))
            return false;
        for (int pos = 0; pos < fk.columns.size(); ++pos)
            m_fkOfColumn[fk.columns[pos].toLower()] = { k, pos };
    }
    return true;
}

bool TableReader::sampleParentKeys(ForeignKey &fk, const QString &parent)
{
    QStringList select, notNull;
    for (const QString &c : fk.parentColumns) {
        select << quoteIdentifier(c);
        notNull << QStringLiteral("%1 IS NOT NULL").arg(quoteIdentifier(c));
    }
    if (!m_db.rows(QStringLiteral("SELECT %1 FROM %2 WHERE %3 LIMIT %4")
                       .arg(select.join(QLatin1String(", ")), parent, notNull.join(QLatin1String(" AND ")),
                           QString::number(MaxParentKeys)),
            {}, &m_rows, &m_why))
        return failed(Tr::tr("the keys of %1").arg(parent));
    fk.keys.reserve(m_rows.size() * std::size_t(fk.columns.size()));
    for (const auto &r : m_rows) {
        for (const QVariant &v : r) {
            Value value;
            switch (v.typeId()) {
            case QMetaType::LongLong:
            case QMetaType::Int:
                value.type = Value::Int;
                value.i = v.toLongLong();
                break;
            case QMetaType::Double:
                value.type = Value::Real;
                value.d = v.toDouble();
                break;
            case QMetaType::QByteArray:
                value.type = Value::Blob;
                m_plan.storage.push_back(v.toByteArray());
                break;
            default:
                value.type = Value::Text;
                m_plan.storage.push_back(v.toString().toUtf8());
                break;
            }
            if (value.type == Value::Text || value.type == Value::Blob) {
                value.p = m_plan.storage.back().constData();
                value.n = int(m_plan.storage.back().size());
            }
            fk.keys.push_back(value);
        }
    }
    return true;
}

bool TableReader::readChildren()
{
    // Children: a delete that cascades would change other tables (or rows of this one that
    // no operation counted); the columns they refer to are not updated.
    if (!m_db.rows(
            QStringLiteral("SELECT m.name, f.\"to\", f.on_delete FROM sqlite_schema m, "
                           "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.\"table\" = ? "
                           "COLLATE NOCASE"),
            { m_plan.table }, &m_rows, &m_why))
        return failed(QStringLiteral("PRAGMA foreign_key_list"));
    QStringList children;
    for (const auto &r : m_rows) {
        if (r[1].isNull()) {
            for (const TableShape::ColumnShape &c : m_columns)
                if (c.pkPosition > 0)
                    m_referenced.insert(c.name.toLower());
        } else {
            m_referenced.insert(r[1].toString().toLower());
        }
        // Enforced, a delete would cascade (or set NULL or DEFAULT) into rows no operation
        // counts: refused. Not enforced, SQLite runs no ON DELETE action at all: the delete
        // leaves those rows referring to nothing, as the application would (warned below).
        if (m_sc.foreignKeys && m_sc.mix.remove > 0 && isCascading(r[2].toString()))
            return refuse(Tr::tr(
                "with foreign keys enforced, deleting rows of %1 would change %2 too (ON DELETE %3): take "
                "deletes out of the mix or choose another table")
                              .arg(m_quoted, quoteIdentifier(r[0].toString()), r[2].toString().toUpper()));
        children << quoteIdentifier(r[0].toString());
    }
    children.removeDuplicates();
    if (m_sc.mix.remove > 0 && !children.isEmpty())
        m_plan.warnings << (m_sc.foreignKeys
                ? Tr::tr("rows of %1 that %2 refer to cannot be deleted: those deletes fail as constraint "
                         "errors")
                : Tr::tr(
                    "foreign keys are not enforced: deleting rows of %1 leaves the rows of %2 that refer "
                    "to them referring to nothing (as in an application that does not enforce them)"))
                               .arg(m_quoted, children.join(QLatin1String(", ")));
    warnOfTriggers();
    return true;
}

void TableReader::warnOfTriggers()
{
    if (m_db.rows(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? "
                                 "COLLATE NOCASE"),
            { m_plan.table }, &m_rows, &m_why)
        && !m_rows.empty() && m_rows[0][0].toInt() > 0) {
        const int triggers = m_rows[0][0].toInt(); // lupdate skips a message whose count is m_rows[0][0]...
        m_plan.warnings << Tr::tr(
            "%1 has %n trigger(s): they run for every operation and may write elsewhere", nullptr, triggers)
                               .arg(m_quoted);
    }
}

// What column `info` gets: its kind from its affinity (or the foreign key it is part of),
// the room its values need.
Column TableReader::columnFor(const TableShape::ColumnShape &info) const
{
    Column c;
    c.name = info.name;
    c.declaredType = info.type;
    c.affinity = affinityOf(info.type);
    c.notNull = info.notNull || info.pkPosition > 0;
    c.wide = m_wide.count(info.name.toLower()) > 0;
    const QString upper = info.type.toUpper();
    switch (c.affinity) {
    case Affinity::Integer:
        c.kind = Column::Kind::Integer;
        break;
    case Affinity::Real:
        c.kind = Column::Kind::Real;
        break;
    case Affinity::Text:
        c.kind = Column::Kind::Text;
        break;
    case Affinity::Blob:
        c.kind = Column::Kind::Blob;
        break;
    case Affinity::Numeric:
        c.kind = upper.contains(QLatin1String("BOOL")) ? Column::Kind::Boolean
            : upper.contains(QLatin1String("DATE")) || upper.contains(QLatin1String("TIME"))
            ? Column::Kind::Timestamp
            : Column::Kind::Numeric;
        break;
    }
    if (const auto fk = m_fkOfColumn.find(info.name.toLower()); fk != m_fkOfColumn.end()) {
        c.kind = Column::Kind::ForeignKey;
        c.foreignKey = fk->second.first;
        c.keyPosition = fk->second.second;
    }
    c.salt = info.cid + 1;
    const int textBytes = c.wide ? std::max(m_sc.payloadBytes, WideBytes) : m_sc.payloadBytes;
    c.scratchBytes = c.kind == Column::Kind::Text ? textBytes
        : c.kind == Column::Kind::Blob && c.wide  ? textBytes
        : c.kind == Column::Kind::Timestamp       ? 20
                                                  : 0;
    return c;
}

bool TableReader::planColumns()
{
    std::vector<Column> defaulted;
    for (const TableShape::ColumnShape &info : m_columns) {
        const QString lower = info.name.toLower();
        const bool inForeignKey = m_fkOfColumn.count(lower) > 0;
        if (info.hidden != 0 || (m_aliasColumn && info.name == *m_aliasColumn && !inForeignKey)) {
            ++m_plan.skippedColumns; // generated, hidden, or the rowid SQLite assigns
            continue;
        }
        const Column c = columnFor(info);
        if (c.kind == Column::Kind::ForeignKey) {
            const ForeignKey &key = m_plan.foreignKeys[std::size_t(c.foreignKey)];
            // Enforced or not: the values come from the parent's keys either way (the load
            // keeps its references valid where SQLite would not check them), and an empty
            // parent has none to give a NOT NULL column.
            if (key.keys.empty() && c.notNull)
                return refuse(Tr::tr("%1.%2 must refer to a row of %3, which is empty: add rows to %3 first")
                                  .arg(m_quoted, quoteIdentifier(c.name), quoteIdentifier(key.parentTable)));
        }
        const bool keyish = c.wide || c.kind == Column::Kind::ForeignKey || info.pkPosition > 0;
        if (!info.defaultValue.isNull() && !keyish) {
            ++m_plan.skippedColumns; // SQLite fills in its DEFAULT, as the application would
            defaulted.push_back(c);
            continue;
        }
        m_plan.insertColumns.push_back(c);
        if (info.pkPosition == 0 && c.kind != Column::Kind::ForeignKey && !m_referenced.count(lower))
            m_plan.updateColumns.push_back(c);
    }
    if (m_plan.updateColumns.empty())
        for (const Column &c : defaulted)
            if (!m_referenced.count(c.name.toLower()))
                m_plan.updateColumns.push_back(c);
    if (m_sc.mix.update > 0 && m_plan.updateColumns.empty())
        return refuse(
            Tr::tr("%1 has no column an update could change (every column is a key, a foreign key, referred "
                   "to or generated): take updates out of the mix")
                .arg(m_quoted));
    return true;
}

} // namespace

std::shared_ptr<const TablePlan> TablePlan::load(const Scenario &sc, QString *error, const StopFlag *abort)
{
    if (sc.isMemory() || sc.databasePath.isEmpty()) {
        *error = Tr::tr("an existing table needs an existing database file");
        return nullptr;
    }
    if (!QFileInfo(sc.databasePath).isFile()) {
        *error = Tr::tr("the database %1 does not exist: an existing table needs an existing database file")
                     .arg(sc.databasePath);
        return nullptr;
    }
    ReadOnlyConnection db(sc.databasePath, sc.busyTimeoutMs, abort);
    if (!db.ok()) {
        *error = Tr::tr("cannot open %1: %2").arg(sc.databasePath, db.error());
        return nullptr;
    }
    auto plan = std::make_shared<TablePlan>();
    plan->runSalt = QRandomGenerator::global()->generate64();
    if (!TableReader(sc, db, *plan, error).read())
        return nullptr;
    if (const QString problem = statementProblem(db, sc, *plan); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    return plan;
}

QStringList userTables(const QString &path, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        *error = Tr::tr("%1 is not a database file").arg(path);
        return {};
    }
    ReadOnlyConnection db(path, 250); // on the GUI thread: a locked file is not waited for long
    if (!db.ok()) {
        *error = db.error();
        return {};
    }
    std::vector<QVariantList> rows;
    QString why;
    // PRAGMA table_list (SQLite 3.37+) also tells WITHOUT ROWID and shadow tables apart.
    if (!db.rows(QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                                "AND wr = 0 AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"),
            {}, &rows, &why)
        && !db.rows(
            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                           "'sqlite\\_%' ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"),
            {}, &rows, &why)) {
        *error = why;
        return {};
    }
    QStringList names;
    for (const auto &r : rows)
        names << r[0].toString();
    return names;
}

} // namespace LockLens::TableGen
