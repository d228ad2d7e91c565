// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/catalogreader.h"

#include "workers/sqlite/sqlident.h"
#include "workers/sqlite/sqlitefile.h"
#include "workers/sqlite/tablekey.h"
#include "workers/sqlite/tableshape.h"

#include <QHash>

namespace LockLens::Catalog {

namespace {

// Failures that say the database as a whole cannot be read: stop, rather than describe
// every table as broken.
bool isFatal(const SqlFailure &f)
{
    switch (f.code & 0xff) {
    case 5: // BUSY
    case 6: // LOCKED
    case 7: // NOMEM
    case 9: // INTERRUPT
    case 10: // IOERR
    case 11: // CORRUPT
    case 14: // CANTOPEN
    case 26: // NOTADB
        return true;
    default:
        return false;
    }
}

class Reader
{
public:
    Reader(const DbConnection &db, const ReadOptions &opt, Schema &s)
        : m_db(db)
        , m_opt(opt)
        , m_s(s)
    {
    }

    bool run(SqlFailure *error);

private:
    // rows() as a ReadRows for the shared readers: a failure is fatal unless it is soft.
    ReadRows softReader();
    // A query whose failure is fatal unless `soft` receives it.
    bool rows(
        const QString &sql, const QVariantList &binds, std::vector<SqlRow> *out, QString *soft = nullptr);
    bool readHeader();
    bool readObjects();
    bool readTable(Table &t);
    bool readColumns(Table &t);
    QString collationOf(const Table &t, const Column &c);
    bool readIndexes(Table &t, QStringList *pkOrigin);
    bool readForeignKeys(Table &t);
    bool readAutoincrement(Table &t);
    bool checkViolations();

    const DbConnection &m_db;
    const ReadOptions &m_opt;
    Schema &m_s;
    SqlFailure m_fatal;
    bool m_failed = false;
    QHash<QString, QString> m_indexSql; // index name -> CREATE INDEX text
    bool m_hasSequence = false;
};

ReadRows Reader::softReader()
{
    return [this](const QString &sql, const QVariantList &binds, std::vector<QVariantList> *out, QString *soft) {
        return rows(sql, binds, out, soft);
    };
}

bool Reader::rows(const QString &sql, const QVariantList &binds, std::vector<SqlRow> *out, QString *soft)
{
    SqlFailure f;
    if (m_db.select(sql, binds, out, &f))
        return true;
    if (soft && !isFatal(f)) {
        *soft = f.message;
        return false;
    }
    m_fatal = f;
    m_failed = true;
    return false;
}

bool Reader::readHeader()
{
    std::vector<SqlRow> r;
    if (!rows(QStringLiteral(
                  "SELECT sqlite_version(), (SELECT journal_mode FROM pragma_journal_mode), "
                  "(SELECT page_size FROM pragma_page_size), (SELECT page_count FROM pragma_page_count), "
                  "(SELECT encoding FROM pragma_encoding), (SELECT foreign_keys FROM pragma_foreign_keys), "
                  "(SELECT schema_version FROM pragma_schema_version)"),
            {}, &r))
        return false;
    const SqlRow &h = r.front();
    m_s.sqliteVersion = h.value(0).toString();
    m_s.journalMode = h.value(1).toString().toLower();
    m_s.pageSize = h.value(2).toInt();
    m_s.pageCount = h.value(3).toLongLong();
    m_s.encoding = h.value(4).toString();
    m_s.foreignKeysEnabled = h.value(5).toInt() != 0;
    m_s.schemaVersion = h.value(6).toLongLong();
    if (m_s.pageCount == 0)
        m_s.notes << Tr::tr("The file is empty: SQLite treats it as a database with no tables.");
    return true;
}

bool Reader::readObjects()
{
    std::vector<SqlRow> objects;
    if (!rows(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name"), {},
            &objects))
        return false;
    QHash<QString, QString> tableSql;
    for (const SqlRow &o : objects) {
        const QString type = o.value(0).toString();
        if (type == QLatin1String("index"))
            m_indexSql.insert(o.value(1).toString(), o.value(3).toString());
        else if (type == QLatin1String("trigger"))
            m_s.triggers.push_back({ o.value(1).toString(), o.value(2).toString(), o.value(3).toString() });
        else
            tableSql.insert(o.value(1).toString(), o.value(3).toString());
    }

    // pragma_table_list (SQLite 3.37) tells WITHOUT ROWID, virtual and shadow tables apart.
    std::vector<SqlRow> list;
    QString missing;
    const bool haveList
        = rows(QStringLiteral("SELECT name, type, wr FROM pragma_table_list WHERE schema = 'main' "
                              "AND name NOT IN ('sqlite_schema', 'sqlite_master')"),
            {}, &list, &missing);
    if (!haveList) {
        if (m_failed)
            return false;
        m_s.notes << Tr::tr("SQLite %1 has no pragma_table_list: WITHOUT ROWID and virtual "
                            "tables were recognised from their CREATE statements.")
                         .arg(m_s.sqliteVersion);
        for (const SqlRow &o : objects) {
            const QString type = o.value(0).toString();
            if (type != QLatin1String("table") && type != QLatin1String("view"))
                continue;
            const QString sql = o.value(3).toString().simplified().toUpper();
            const QString kind
                = sql.startsWith(QLatin1String("CREATE VIRTUAL")) ? QStringLiteral("virtual") : type;
            list.push_back({ o.value(1), kind, sql.endsWith(QLatin1String("WITHOUT ROWID")) ? 1 : 0 });
        }
    }
    for (const SqlRow &l : list) {
        Table t;
        t.name = l.value(0).toString();
        const QString type = l.value(1).toString();
        t.view = type == QLatin1String("view");
        t.virtualTable = type == QLatin1String("virtual");
        t.shadow = type == QLatin1String("shadow");
        t.rowid = t.view         ? RowidKind::None
            : l.value(2).toInt() ? RowidKind::WithoutRowid
                                 : RowidKind::Implicit;
        t.sql = tableSql.value(t.name);
        m_hasSequence = m_hasSequence || t.name == QLatin1String("sqlite_sequence");
        m_s.tables.push_back(std::move(t));
    }
    std::sort(m_s.tables.begin(), m_s.tables.end(), [](const Table &a, const Table &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    return true;
}

QString Reader::collationOf(const Table &t, const Column &c)
{
    // The comparison SQLite compiles for `c < c` carries the column's collating sequence
    // as P4 ("NOCASE-8"); an INTEGER PRIMARY KEY compares as the rowid, without one.
    const QString q = quoteIdentifier(c.name);
    std::vector<SqlRow> code;
    QString soft;
    if (!rows(QStringLiteral("EXPLAIN SELECT 1 FROM %1 WHERE %2 < %2").arg(quoteIdentifier(t.name), q), {},
            &code, &soft))
        return QStringLiteral("BINARY");
    static const QStringList compares { QStringLiteral("Lt"), QStringLiteral("Le"), QStringLiteral("Gt"),
        QStringLiteral("Ge"), QStringLiteral("Eq"), QStringLiteral("Ne") };
    for (const SqlRow &op : code) {
        if (!compares.contains(op.value(1).toString()))
            continue;
        const QString p4 = op.value(5).toString();
        if (p4.isEmpty())
            break;
        const int dash = p4.lastIndexOf(QLatin1Char('-'));
        return dash > 0 ? p4.left(dash) : p4;
    }
    return QStringLiteral("BINARY");
}

bool Reader::readColumns(Table &t)
{
    std::vector<TableShape::ColumnShape> shapes;
    QString soft;
    if (!TableShape::readColumns(softReader(), t.name, &shapes, &soft)) {
        t.problem = soft;
        return !m_failed;
    }
    for (TableShape::ColumnShape &shape : shapes) {
        Column c;
        c.name = std::move(shape.name);
        c.type = std::move(shape.type);
        c.affinity = affinityOf(c.type);
        c.notNull = shape.notNull;
        c.defaultValue = std::move(shape.defaultValue);
        c.pkPosition = shape.pkPosition;
        c.hidden = static_cast<Hidden>(qBound(0, shape.hidden, 3));
        t.columns.push_back(std::move(c));
    }
    if (!t.virtualTable)
        for (Column &c : t.columns)
            c.collation = collationOf(t, c);
    else
        for (Column &c : t.columns)
            c.collation = QStringLiteral("BINARY");
    return !m_failed;
}

bool Reader::readIndexes(Table &t, QStringList *pkOrigin)
{
    std::vector<TableShape::IndexShape> shapes;
    QString soft;
    if (!TableShape::readIndexes(softReader(), t.name, &shapes, &soft))
        return !m_failed;
    for (TableShape::IndexShape &shape : shapes) {
        Index idx;
        idx.name = std::move(shape.name);
        idx.table = t.name;
        idx.unique = shape.unique;
        idx.origin = std::move(shape.origin);
        idx.partial = shape.partial;
        idx.sql = m_indexSql.value(idx.name);
        if (idx.origin == QLatin1String("pk"))
            *pkOrigin << idx.name;
        for (TableShape::IndexColumnShape &c : shape.columns)
            idx.columns.push_back({ std::move(c.name), c.expression, c.descending, std::move(c.collation) });
        m_s.indexes.push_back(std::move(idx));
    }
    return true;
}

bool Reader::readForeignKeys(Table &t)
{
    std::vector<TableShape::ForeignKeyShape> shapes;
    QString soft;
    if (!TableShape::readForeignKeys(softReader(), t.name, &shapes, &soft))
        return !m_failed;
    for (TableShape::ForeignKeyShape &shape : shapes) {
        ForeignKey fk;
        fk.id = shape.id;
        fk.table = t.name;
        fk.parent = std::move(shape.parent);
        fk.from = std::move(shape.from);
        fk.to = std::move(shape.to);
        fk.onUpdate = std::move(shape.onUpdate);
        fk.onDelete = std::move(shape.onDelete);
        fk.match = std::move(shape.match);
        t.foreignKeys.push_back(std::move(fk));
    }
    return true;
}

bool Reader::readAutoincrement(Table &t)
{
    // Only an INTEGER PRIMARY KEY can be AUTOINCREMENT; SQLite then compiles every INSERT
    // with a MemMax that keeps sqlite_sequence ahead of the largest rowid ever used.
    std::vector<SqlRow> code;
    QString soft;
    if (!rows(QStringLiteral("EXPLAIN INSERT INTO %1 DEFAULT VALUES").arg(quoteIdentifier(t.name)), {}, &code,
            &soft))
        return !m_failed;
    t.autoincrement = std::any_of(code.begin(), code.end(),
        [](const SqlRow &op) { return op.value(1).toString() == QLatin1String("MemMax"); });
    if (t.autoincrement && m_hasSequence) {
        std::vector<SqlRow> seq;
        if (!rows(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"), { t.name }, &seq, &soft))
            return !m_failed;
        if (!seq.empty())
            t.sequence = seq.front().value(0).toLongLong();
    }
    return true;
}

bool Reader::readTable(Table &t)
{
    if (!readColumns(t))
        return false;
    if (t.view || !t.problem.isEmpty())
        return true;
    QStringList pkOrigin;
    if (!readIndexes(t, &pkOrigin) || !readForeignKeys(t))
        return false;
    if (t.virtualTable)
        return true;
    if (t.rowid == RowidKind::Implicit) {
        // A rowid table whose PRIMARY KEY needs no index of its own: the key is the rowid
        // (TableKey's rule, the engine's too).
        if (const auto alias = TableKey::rowidColumnOf(t.primaryKey(), !pkOrigin.isEmpty())) {
            t.rowid = RowidKind::Alias;
            t.rowidColumn = t.column(*alias)->name;
        } else if (!TableKey::freeRowidName(t.columnNames())) {
            t.rowid = RowidKind::Shadowed;
        }
    }
    if (t.rowid == RowidKind::Alias && !readAutoincrement(t))
        return false;
    if (m_opt.countRows) {
        std::vector<SqlRow> n;
        QString soft;
        if (!rows(QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(t.name)), {}, &n, &soft)) {
            if (m_failed)
                return false;
            t.problem = soft;
        } else {
            t.rowCount = n.front().value(0).toLongLong();
        }
    }
    return true;
}

bool Reader::checkViolations()
{
    m_s.violationsChecked = true;
    for (const Table &t : m_s.tables) {
        if (t.foreignKeys.empty())
            continue;
        std::vector<SqlRow> v;
        QString soft;
        if (!rows(QStringLiteral(
                      "SELECT \"table\", rowid, parent, fkid FROM pragma_foreign_key_check(?) LIMIT ?"),
                { t.name, m_opt.maxViolationsPerTable + 1 }, &v, &soft)) {
            if (m_failed)
                return false;
            // "foreign key mismatch": the problems above say which key and why.
            m_s.notes << Tr::tr("\"%1\" could not be checked: %2").arg(t.name, soft);
            continue;
        }
        if (int(v.size()) > m_opt.maxViolationsPerTable) {
            v.resize(m_opt.maxViolationsPerTable);
            m_s.notes << Tr::tr("\"%1\" has more than %2 foreign key violations; the first %2 "
                                "are listed.")
                             .arg(t.name, QString::number(m_opt.maxViolationsPerTable));
        }
        for (const SqlRow &r : v) {
            Violation x;
            x.table = r.value(0).toString();
            if (!r.value(1).isNull())
                x.rowid = r.value(1).toLongLong();
            x.parent = r.value(2).toString();
            x.fkId = r.value(3).toInt();
            m_s.violations.push_back(std::move(x));
        }
    }
    return true;
}

bool Reader::run(SqlFailure *error)
{
    const auto fail = [&] {
        if (error)
            *error = m_fatal;
        return false;
    };
    if (!readHeader() || !readObjects())
        return fail();
    for (Table &t : m_s.tables) {
        if (!readTable(t))
            return fail();
    }
    findForeignKeyProblems(m_s);
    if (m_opt.checkViolations && !checkViolations())
        return fail();
    return true;
}

} // namespace

bool readSchema(const DbConnection &db, const ReadOptions &options, Schema *out, SqlFailure *error)
{
    Schema s;
    Reader reader(db, options, s);
    if (!reader.run(error))
        return false;
    *out = std::move(s);
    return true;
}

bool readSchema(const DatabaseLocation &where, const ReadOptions &options, Schema *out, SqlFailure *error,
    int busyTimeoutMs)
{
    SqlFailure f;
    const auto db = DbConnection::open(
        where, DbConnection::Access::ReadOnly, QStringLiteral("catalog"), &f, false, busyTimeoutMs);
    const bool ok = db && readSchema(*db, options, out, &f);
    if (!ok && error)
        *error = db ? describeFailure(where, Stage::Reading, f) : f;
    if (ok && db->immutable())
        out->notes.prepend(SqliteFile::immutableNote(where.path));
    return ok;
}

} // namespace LockLens::Catalog
