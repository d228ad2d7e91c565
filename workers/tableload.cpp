// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an existing table at setup: its columns, keys, children and a sample of the parent
// keys its foreign keys refer to, through a short read-only connection of its own.
#include "workers/tablegen.h"

#include "workers/readonlyconnection.h"
#include "workers/sqlite/sqlident.h"
#include "workers/sqlite/sqlitefile.h"
#include "workers/sqlite/sqlitelink.h"
#include "workers/sqlite/tablekey.h"

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
QString statementProblem(ReadOnlyConnection &db, const Scenario &sc, const TableModel &model)
{
    QString why;
    std::vector<QVariantList> rows;
    if (sc.foreignKeys && !db.rows(QStringLiteral("PRAGMA foreign_keys=ON"), {}, &rows, &why))
        return Tr::tr("cannot enforce foreign keys: %1").arg(why);
    static const char *const names[]
        = { "BEGIN", "COMMIT", "ROLLBACK", "INSERT", "UPDATE", "DELETE", "SELECT", "SELECT" };
    static_assert(std::size(names) == std::size_t(Stmt::NUM_STATEMENTS));
    const StatementTexts texts = model.statementTexts(sc);
    const QString table = quoteIdentifier(model.table);
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

std::shared_ptr<const TableModel> TableModel::load(const Scenario &sc, QString *error, const StopFlag *abort)
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
    auto model = std::make_shared<TableModel>();
    model->runSalt = QRandomGenerator::global()->generate64();
    std::vector<QVariantList> rows;
    QString why;
    const auto failed = [&](const QString &what) {
        *error = Tr::tr("cannot read the table %1 of %2 (%3): %4").arg(sc.table, sc.databasePath, what, why);
        return nullptr;
    };

    // The table itself.
    if (!db.rows(QStringLiteral("SELECT name, type, coalesce(sql, '') FROM sqlite_schema WHERE name = ? "
                                "COLLATE NOCASE AND type IN ('table', 'view')"),
            { sc.table }, &rows, &why))
        return failed(QStringLiteral("sqlite_schema"));
    if (rows.empty()) {
        *error = Tr::tr("there is no table named %1 in %2").arg(quoteIdentifier(sc.table), sc.databasePath);
        return nullptr;
    }
    model->table = rows[0][0].toString();
    const QString table = quoteIdentifier(model->table);
    if (rows[0][1].toString() == QLatin1String("view")) {
        *error = Tr::tr("%1 is a view: a load needs a table to write into").arg(table);
        return nullptr;
    }
    if (rows[0][2].toString().simplified().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive)) {
        *error = Tr::tr("%1 is a virtual table: a load needs an ordinary table").arg(table);
        return nullptr;
    }
    if (model->table.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive)) {
        *error = Tr::tr("%1 is one of SQLite's internal tables").arg(table);
        return nullptr;
    }
    // WITHOUT ROWID and shadow tables: PRAGMA table_list (SQLite 3.37+); an older library
    // tells a WITHOUT ROWID table by its refusing to name a rowid.
    if (db.rows(QStringLiteral("SELECT type, wr FROM pragma_table_list WHERE schema = 'main' AND name = ?"),
            { model->table }, &rows, &why)
        && !rows.empty()) {
        if (rows[0][0].toString() == QLatin1String("shadow")) {
            *error = Tr::tr("%1 is a shadow table that a virtual table keeps: a load would corrupt it")
                         .arg(table);
            return nullptr;
        }
        if (rows[0][1].toInt() != 0) {
            *error = Tr::tr(
                "%1 is a WITHOUT ROWID table: loads on existing tables need a rowid to update, delete "
                "and read by (LockLens does not support WITHOUT ROWID tables yet)")
                         .arg(table);
            return nullptr;
        }
    }

    // Columns.
    if (!db.rows(QStringLiteral("SELECT cid, name, type, \"notnull\", dflt_value, pk, hidden "
                                "FROM pragma_table_xinfo(?) ORDER BY cid"),
            { model->table }, &rows, &why))
        return failed(QStringLiteral("PRAGMA table_xinfo"));
    struct Info
    {
        int cid;
        QString name, type;
        bool notNull, hasDefault;
        int pk, hidden;
    };
    std::vector<Info> infos;
    for (const auto &r : rows)
        infos.push_back({ r[0].toInt(), r[1].toString(), r[2].toString(), r[3].toInt() != 0, !r[4].isNull(),
            r[5].toInt(), r[6].toInt() });
    if (infos.empty())
        return failed(QStringLiteral("PRAGMA table_xinfo"));

    // The rowid: the INTEGER PRIMARY KEY that aliases it (TableKey's rule), or a name of it
    // no column hides.
    std::optional<QString> aliasColumn;
    const ReadRows read = [&db](const QString &sql, const QVariantList &binds, std::vector<QVariantList> *out,
                              QString *reason) { return db.rows(sql, binds, out, reason); };
    if (!TableKey::rowidColumn(read, model->table, &aliasColumn, &why))
        return failed(QStringLiteral("PRAGMA index_list"));
    if (aliasColumn) {
        model->rowid = quoteIdentifier(*aliasColumn);
    } else {
        for (const char *candidate : { "rowid", "_rowid_", "oid" }) {
            const bool hidden = std::any_of(infos.begin(), infos.end(), [candidate](const Info &c) {
                return c.name.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0;
            });
            if (!hidden) {
                model->rowid = quoteIdentifier(QLatin1String(candidate));
                break;
            }
        }
    }
    if (model->rowid.isEmpty()) {
        *error = Tr::tr(
            "%1 has columns named rowid, _rowid_ and oid and no INTEGER PRIMARY KEY: its rows cannot "
            "be addressed")
                     .arg(table);
        return nullptr;
    }
    // A WITHOUT ROWID table on a library without PRAGMA table_list.
    if (!db.rows(QStringLiteral("SELECT %1 FROM %2 LIMIT 0").arg(model->rowid, table), {}, &rows, &why)) {
        *error = Tr::tr("%1 has no rowid (a WITHOUT ROWID table?): %2").arg(table, why);
        return nullptr;
    }

    // Columns in a UNIQUE index (or the primary key) get values from a large space.
    std::set<QString> wide;
    if (!db.rows(QStringLiteral("SELECT ii.name FROM pragma_index_list(?1) il, pragma_index_info(il.name) ii "
                                "WHERE il.\"unique\" = 1 AND ii.name IS NOT NULL"),
            { model->table }, &rows, &why))
        return failed(QStringLiteral("PRAGMA index_list"));
    for (const auto &r : rows)
        wide.insert(r[0].toString().toLower());
    for (const Info &c : infos)
        if (c.pk > 0)
            wide.insert(c.name.toLower());

    // Foreign keys of this table, and a sample of each parent's keys.
    if (!db.rows(QStringLiteral("SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) "
                                "ORDER BY id, seq"),
            { model->table }, &rows, &why))
        return failed(QStringLiteral("PRAGMA foreign_key_list"));
    std::map<int, std::size_t> fkById;
    std::vector<QStringList> explicitTo;
    for (const auto &r : rows) {
        const int id = r[0].toInt();
        if (!fkById.count(id)) {
            fkById[id] = model->foreignKeys.size();
            model->foreignKeys.push_back({ r[1].toString(), {}, {}, {} });
            explicitTo.emplace_back();
        }
        const std::size_t k = fkById[id];
        model->foreignKeys[k].columns << r[2].toString();
        explicitTo[k] << (r[3].isNull() ? QString() : r[3].toString());
    }
    std::map<QString, std::pair<int, int>> fkOfColumn; // lower-case column -> (key, position)
    for (std::size_t k = 0; k < model->foreignKeys.size(); ++k) {
        ForeignKey &fk = model->foreignKeys[k];
        const QString parent = quoteIdentifier(fk.parentTable);
        std::vector<QVariantList> parentRows;
        if (!db.rows(
                QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name = ? COLLATE "
                               "NOCASE"),
                { fk.parentTable }, &parentRows, &why))
            return failed(QStringLiteral("sqlite_schema"));
        if (parentRows.empty()) {
            *error = Tr::tr("the foreign key %1 of %2 refers to %3, which does not exist")
                         .arg(fk.columns.join(QLatin1String(", ")), table, parent);
            return nullptr;
        }
        if (explicitTo[k].contains(QString())) { // REFERENCES parent: its primary key
            if (!db.rows(QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"),
                    { fk.parentTable }, &parentRows, &why))
                return failed(QStringLiteral("PRAGMA table_info"));
            for (const auto &r : parentRows)
                fk.parentColumns << r[0].toString();
            if (fk.parentColumns.size() != fk.columns.size()) {
                *error = Tr::tr(
                    "the foreign key %1 of %2 refers to the primary key of %3, which does not match it")
                             .arg(fk.columns.join(QLatin1String(", ")), table, parent);
                return nullptr;
            }
        } else {
            fk.parentColumns = explicitTo[k];
        }
        QStringList select, notNull;
        for (const QString &c : fk.parentColumns) {
            select << quoteIdentifier(c);
            notNull << QStringLiteral("%1 IS NOT NULL").arg(quoteIdentifier(c));
        }
        if (!db.rows(QStringLiteral("SELECT %1 FROM %2 WHERE %3 LIMIT %4")
                         .arg(select.join(QLatin1String(", ")), parent, notNull.join(QLatin1String(" AND ")),
                             QString::number(MaxParentKeys)),
                {}, &parentRows, &why))
            return failed(Tr::tr("the keys of %1").arg(parent));
        fk.keys.reserve(parentRows.size() * std::size_t(fk.columns.size()));
        for (const auto &r : parentRows) {
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
                    model->storage.push_back(v.toByteArray());
                    break;
                default:
                    value.type = Value::Text;
                    model->storage.push_back(v.toString().toUtf8());
                    break;
                }
                if (value.type == Value::Text || value.type == Value::Blob) {
                    value.p = model->storage.back().constData();
                    value.n = int(model->storage.back().size());
                }
                fk.keys.push_back(value);
            }
        }
        for (int pos = 0; pos < fk.columns.size(); ++pos)
            fkOfColumn[fk.columns[pos].toLower()] = { int(k), pos };
    }

    // Children: a delete that cascades would change other tables (or rows of this one that
    // no operation counted); the columns they refer to are not updated.
    std::set<QString> referenced;
    if (!db.rows(
            QStringLiteral("SELECT m.name, f.\"to\", f.on_delete FROM sqlite_schema m, "
                           "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.\"table\" = ? "
                           "COLLATE NOCASE"),
            { model->table }, &rows, &why))
        return failed(QStringLiteral("PRAGMA foreign_key_list"));
    QStringList children;
    for (const auto &r : rows) {
        if (r[1].isNull()) {
            for (const Info &c : infos)
                if (c.pk > 0)
                    referenced.insert(c.name.toLower());
        } else {
            referenced.insert(r[1].toString().toLower());
        }
        // Enforced, a delete would cascade (or set NULL or DEFAULT) into rows no operation
        // counts: refused. Not enforced, SQLite runs no ON DELETE action at all: the delete
        // leaves those rows referring to nothing, as the application would (warned below).
        if (sc.foreignKeys && sc.mix.remove > 0 && isCascading(r[2].toString())) {
            *error = Tr::tr(
                "with foreign keys enforced, deleting rows of %1 would change %2 too (ON DELETE %3): take "
                "deletes out of the mix or choose another table")
                         .arg(table, quoteIdentifier(r[0].toString()), r[2].toString().toUpper());
            return nullptr;
        }
        children << quoteIdentifier(r[0].toString());
    }
    children.removeDuplicates();
    if (sc.mix.remove > 0 && !children.isEmpty())
        model->warnings << (sc.foreignKeys
                ? Tr::tr("rows of %1 that %2 refer to cannot be deleted: those deletes fail as constraint "
                         "errors")
                : Tr::tr(
                    "foreign keys are not enforced: deleting rows of %1 leaves the rows of %2 that refer "
                    "to them referring to nothing (as in an application that does not enforce them)"))
                               .arg(table, children.join(QLatin1String(", ")));
    if (db.rows(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? "
                               "COLLATE NOCASE"),
            { model->table }, &rows, &why)
        && !rows.empty() && rows[0][0].toInt() > 0) {
        const int triggers = rows[0][0].toInt(); // lupdate skips a message whose count is rows[0][0]...
        model->warnings << Tr::tr(
            "%1 has %n trigger(s): they run for every operation and may write elsewhere", nullptr, triggers)
                               .arg(table);
    }

    // What each column gets.
    std::vector<Column> defaulted;
    for (const Info &info : infos) {
        const QString lower = info.name.toLower();
        const auto fk = fkOfColumn.find(lower);
        if (info.hidden != 0 || (aliasColumn && info.name == *aliasColumn && fk == fkOfColumn.end())) {
            ++model->skippedColumns; // generated, hidden, or the rowid SQLite assigns
            continue;
        }
        Column c;
        c.name = info.name;
        c.declaredType = info.type;
        c.affinity = affinityOf(info.type);
        c.notNull = info.notNull || info.pk > 0;
        c.wide = wide.count(lower) > 0;
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
        if (fk != fkOfColumn.end()) {
            c.kind = Column::Kind::ForeignKey;
            c.foreignKey = fk->second.first;
            c.keyPosition = fk->second.second;
            const ForeignKey &key = model->foreignKeys[std::size_t(c.foreignKey)];
            // Enforced or not: the values come from the parent's keys either way (the load
            // keeps its references valid where SQLite would not check them), and an empty
            // parent has none to give a NOT NULL column.
            if (key.keys.empty() && c.notNull) {
                *error = Tr::tr("%1.%2 must refer to a row of %3, which is empty: add rows to %3 first")
                             .arg(table, quoteIdentifier(c.name), quoteIdentifier(key.parentTable));
                return nullptr;
            }
        }
        c.salt = info.cid + 1;
        const int textBytes = c.wide ? std::max(sc.payloadBytes, WideBytes) : sc.payloadBytes;
        c.scratchBytes = c.kind == Column::Kind::Text ? textBytes
            : c.kind == Column::Kind::Blob && c.wide  ? textBytes
            : c.kind == Column::Kind::Timestamp       ? 20
                                                      : 0;
        const bool keyish = c.wide || c.kind == Column::Kind::ForeignKey || info.pk > 0;
        if (info.hasDefault && !keyish) {
            ++model->skippedColumns; // SQLite fills in its DEFAULT, as the application would
            defaulted.push_back(c);
            continue;
        }
        model->insertColumns.push_back(c);
        if (info.pk == 0 && c.kind != Column::Kind::ForeignKey && !referenced.count(lower))
            model->updateColumns.push_back(c);
    }
    if (model->updateColumns.empty())
        for (const Column &c : defaulted)
            if (!referenced.count(c.name.toLower()))
                model->updateColumns.push_back(c);
    if (sc.mix.update > 0 && model->updateColumns.empty()) {
        *error = Tr::tr(
            "%1 has no column an update could change (every column is a key, a foreign key, referred "
            "to or generated): take updates out of the mix")
                     .arg(table);
        return nullptr;
    }
    if (const QString problem = statementProblem(db, sc, *model); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    return model;
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
