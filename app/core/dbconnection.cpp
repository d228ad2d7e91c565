// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/dbconnection.h"

#include "workers/sqlite/driverconnection.h"
#include "workers/sqlite/filekind.h"
#include "workers/sqlite/sqlitefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace LockLens {

QString DatabaseLocation::displayName() const
{
    if (isMemory())
        return DbConnection::tr("in-memory database \"%1\"").arg(memoryName);
    return QDir::toNativeSeparators(path);
}

QString explainCode(int code)
{
    switch (code) {
    case 261: // SQLITE_BUSY_RECOVERY
        return DbConnection::tr("SQLITE_BUSY_RECOVERY: another connection is recovering the WAL file");
    case 264: // SQLITE_READONLY_RECOVERY
        return DbConnection::tr(
            "SQLITE_READONLY_RECOVERY: the WAL file needs recovery, which a read-only connection cannot do");
    case 517: // SQLITE_BUSY_SNAPSHOT
        return DbConnection::tr("SQLITE_BUSY_SNAPSHOT: another connection wrote since this transaction "
                                "began reading; only a new transaction can write");
    case 520: // SQLITE_READONLY_CANTLOCK
        return DbConnection::tr("SQLITE_READONLY_CANTLOCK: the WAL index (-shm file) is read-only");
    case 776: // SQLITE_READONLY_ROLLBACK
        return DbConnection::tr("SQLITE_READONLY_ROLLBACK: a hot journal left by a crash must be rolled "
                                "back, and this connection cannot write");
    case 1032: // SQLITE_READONLY_DBMOVED
        return DbConnection::tr("SQLITE_READONLY_DBMOVED: the file was renamed or deleted while open");
    case 1288: // SQLITE_READONLY_CANTINIT
        return DbConnection::tr(
            "SQLITE_READONLY_CANTINIT: the WAL index (-shm file) cannot be set up read-only");
    case 1544: // SQLITE_READONLY_DIRECTORY
        return DbConnection::tr("SQLITE_READONLY_DIRECTORY: the folder is read-only, so SQLite cannot "
                                "create the journal file a write needs");
    default:
        return {};
    }
}

QString SqlFailure::text() const
{
    if (code == 0)
        return message;
    if (const QString why = explainCode(code); !why.isEmpty())
        return DbConnection::tr("%1 (SQLite code %2, %3)").arg(message, QString::number(code), why);
    return DbConnection::tr("%1 (SQLite code %2)").arg(message, QString::number(code));
}

SqlFailure sqlFailureFrom(const QSqlError &e)
{
    SqlFailure f;
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    f.code = ok ? code : 0;
    f.message = Sqlite::messageOf(e);
    return f;
}

SqlFailure describeFailure(const DatabaseLocation &where, Stage stage, SqlFailure f)
{
    const QString name = where.displayName();
    if (f.isHotJournal())
        f.message = DbConnection::tr("%1 has a hot journal (%2): a write was cut short (a crash or power "
                                     "loss) and must be rolled back before the file can be read, which a "
                                     "read-only connection cannot do; open the file read-write once "
                                     "(sqlite3, or File ▸ Open in LockLens) to roll it back")
                        .arg(name, QDir::toNativeSeparators(where.path + QStringLiteral("-journal")));
    else if (f.isNotADatabase())
        f.message = DbConnection::tr("%1 is not an SQLite database (SQLite: %2)").arg(name, f.message);
    else if (f.isCorrupt())
        f.message = DbConnection::tr("%1 is corrupt (SQLite: %2)").arg(name, f.message);
    else if (f.isBusy())
        f.message = DbConnection::tr("%1 is locked by another connection (SQLite: %2)").arg(name, f.message);
    else if (stage == Stage::Opening)
        f.message = DbConnection::tr("cannot open %1: %2").arg(name, f.message);
    else
        f.message = DbConnection::tr("cannot read %1: %2").arg(name, f.message);
    return f;
}

std::unique_ptr<DbConnection> DbConnection::open(const DatabaseLocation &where, Access access,
    const QString &role, SqlFailure *error, bool create, int busyTimeoutMs)
{
    SqlFailure local;
    SqlFailure &err = error ? *error : local;
    if (!where.isValid()) {
        err = { 0, tr("no database given") };
        return nullptr;
    }
    if (!where.isMemory()) {
        const QFileInfo info(where.path);
        // A named pipe or a device would block or never end: refused before SQLite opens it.
        const QString refused = FileKind::readRefusal(where.path);
        if (!refused.isEmpty()) {
            err = { 0, refused };
            return nullptr;
        }
        if (!info.exists() && !(create && access == Access::ReadWrite)) {
            err = { 0, tr("%1: no such file").arg(where.displayName()) };
            return nullptr;
        }
        if (info.exists() && !info.isReadable()) {
            err = { 0, tr("cannot open %1: permission denied").arg(where.displayName()) };
            return nullptr;
        }
    }

    std::unique_ptr<DbConnection> c(new DbConnection);
    c->m_where = where;
    c->m_access = access;
    Sqlite::OpenSpec spec;
    spec.role = role;
    spec.path = where.path;
    spec.memoryName = where.memoryName;
    spec.access = access == Access::ReadOnly ? Sqlite::Access::ReadOnly : Sqlite::Access::ReadWrite;
    spec.busyTimeoutMs = busyTimeoutMs;
    spec.immutableOnReadOnlyMedia = access == Access::ReadOnly; // a read-write open must write
    QSqlError failure;
    c->m_driver = Sqlite::DriverConnection::open(spec, &failure);
    if (!c->m_driver) {
        err = describeFailure(where, Stage::Opening, sqlFailureFrom(failure));
        return nullptr;
    }
    SqlFailure why;
    // SQLite opens lazily: reading the schema is what proves the file is a database.
    if (!c->exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"), &why)) {
        err = describeFailure(where, Stage::Opening, why);
        return nullptr;
    }
    return c;
}

WriteBlock writeBlock(
    const QString &journalMode, bool fileWritable, bool folderWritable, bool journalWritable)
{
    if (!fileWritable)
        return WriteBlock::ReadOnlyFile;
    const QString mode = journalMode.toLower();
    if (mode == QLatin1String("memory") || mode == QLatin1String("off") || mode == QLatin1String("wal"))
        return WriteBlock::None; // no journal file; WAL's files must exist for the file to open at all
    if (folderWritable)
        return WriteBlock::None;
    // DELETE creates and deletes the journal for every transaction; TRUNCATE and PERSIST
    // reuse one that is already there.
    const bool reuses = mode == QLatin1String("truncate") || mode == QLatin1String("persist");
    return reuses && journalWritable ? WriteBlock::None : WriteBlock::ReadOnlyFolder;
}

WriteBlock writeBlock(const DatabaseLocation &where, const QString &journalMode)
{
    if (where.isMemory())
        return WriteBlock::None;
    const QFileInfo file(where.path);
    const QFileInfo journal(where.path + QStringLiteral("-journal"));
    return writeBlock(journalMode, file.isWritable(), QFileInfo(file.absolutePath()).isWritable(),
        journal.isFile() && journal.isWritable());
}

bool DbConnection::immutable() const
{
    return m_driver->immutable();
}

sqlite3 *DbConnection::native() const
{
    return m_driver->native();
}

QSqlDatabase DbConnection::database() const
{
    return m_driver->database();
}

DbConnection::~DbConnection() = default;

bool DbConnection::select(
    const QString &sql, const QVariantList &binds, std::vector<SqlRow> *rows, SqlFailure *error) const
{
    QSqlError failure;
    const bool ok = Sqlite::selectRows(m_driver->database(), sql, binds, rows, &failure);
    if (!ok && error)
        *error = sqlFailureFrom(failure);
    return ok;
}

QVariant DbConnection::value(const QString &sql, const QVariantList &binds, SqlFailure *error) const
{
    std::vector<SqlRow> rows;
    if (!select(sql, binds, &rows, error) || rows.empty() || rows.front().isEmpty())
        return {};
    return rows.front().front();
}

} // namespace LockLens
