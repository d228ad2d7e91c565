// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

struct sqlite3;

namespace LockLens {

namespace Sqlite {
class DriverConnection;
} // namespace Sqlite

// Where a database lives: a file, or a named in-memory database that several connections
// of this process share (file:NAME?mode=memory&cache=shared).
struct DatabaseLocation
{
    QString path;
    QString memoryName;

    static DatabaseLocation file(const QString &path) { return { path, {} }; }
    static DatabaseLocation memory(const QString &name) { return { {}, name }; }
    bool isMemory() const { return !memoryName.isEmpty(); }
    bool isValid() const { return isMemory() || !path.isEmpty(); }
    // What to call it in messages and title bars.
    QString displayName() const;
    bool operator==(const DatabaseLocation &o) const { return path == o.path && memoryName == o.memoryName; }
};

// A failed statement: SQLite's extended result code (0 when the failure is not SQLite's)
// and its message.
struct SqlFailure
{
    int code = 0;
    QString message;
    bool isCorrupt() const { return (code & 0xff) == 11; } // SQLITE_CORRUPT
    bool isNotADatabase() const { return (code & 0xff) == 26; } // SQLITE_NOTADB
    bool isBusy() const { return (code & 0xff) == 5 || (code & 0xff) == 6; }
    bool isInterrupted() const { return (code & 0xff) == 9; }
    // SQLITE_READONLY_ROLLBACK: a hot journal that a read-only connection cannot roll back.
    bool isHotJournal() const { return code == 776; }
    // "message (SQLITE code N)" for people.
    QString text() const;
};

using SqlRow = QVariantList;

// One QSqlDatabase connection owned by the thread that opened it, with a name no other
// connection uses; removed from Qt's registry when destroyed (in the same thread).
class DbConnection
{
    Q_DECLARE_TR_FUNCTIONS(DbConnection)
public:
    enum class Access { ReadOnly, ReadWrite };

    // Opens and proves the file is a database SQLite can read (reads the schema).
    // A missing file is created only for ReadWrite with create set. What is not a regular
    // file (a named pipe, a device) is refused unopened (FileKind::readRefusal).
    static std::unique_ptr<DbConnection> open(const DatabaseLocation &where, Access access,
        const QString &role, SqlFailure *error, bool create = false, int busyTimeoutMs = 2000);
    ~DbConnection();
    DbConnection(const DbConnection &) = delete;
    DbConnection &operator=(const DbConnection &) = delete;

    QSqlDatabase database() const;
    const DatabaseLocation &location() const { return m_where; }
    bool readOnly() const { return m_access == Access::ReadOnly; }
    // Opened read-only with SQLite's immutable=1: a WAL file on read-only media (see
    // SqliteFile::readsAsImmutable), read without locks.
    bool immutable() const;
    // The driver's handle when it shares LockLens's SQLite (for sqlite3_interrupt and the
    // like); nullptr otherwise.
    sqlite3 *native() const;

    // Runs one statement with bound values; rows (if asked) receive every result row.
    bool select(
        const QString &sql, const QVariantList &binds, std::vector<SqlRow> *rows, SqlFailure *error) const;
    // The first column of the first row, or an invalid QVariant.
    QVariant value(const QString &sql, const QVariantList &binds = {}, SqlFailure *error = nullptr) const;
    bool exec(const QString &sql, SqlFailure *error = nullptr) const
    {
        return select(sql, {}, nullptr, error);
    }

private:
    DbConnection() = default;

    std::unique_ptr<Sqlite::DriverConnection> m_driver;
    DatabaseLocation m_where;
    Access m_access = Access::ReadOnly;
};

// One line naming the database and saying what is wrong with it (not a database, corrupt,
// locked), for a failure while opening it or while reading it.
enum class Stage { Opening, Reading };
SqlFailure describeFailure(const DatabaseLocation &where, Stage stage, SqlFailure f);

// What an extended result code means where SQLite's message alone misleads (e.g. 1544,
// SQLITE_READONLY_DIRECTORY: "attempt to write a readonly database" about a writable file in
// a read-only folder); empty for the others. SqlFailure::text() adds it.
QString explainCode(int code);

// What stops writes through a read-write connection that SQLite opens without complaint.
enum class WriteBlock {
    None,
    ReadOnlyFile, // SQLite opens the file read-only: writes fail with SQLITE_READONLY (8)
    // The file is writable but its folder is not, so SQLite cannot create the rollback
    // journal a write needs: writes fail with SQLITE_READONLY_DIRECTORY (1544).
    ReadOnlyFolder,
};
// For a file in `journalMode` (as PRAGMA journal_mode says it). None for an in-memory
// database, journal_mode MEMORY or OFF, WAL (whose -wal and -shm files must then exist for
// the file to open at all), and TRUNCATE or PERSIST with a writable journal already there.
WriteBlock writeBlock(const DatabaseLocation &where, const QString &journalMode);
// The rule behind it, on the facts given (permissions as access() sees them: root's too).
WriteBlock writeBlock(
    const QString &journalMode, bool fileWritable, bool folderWritable, bool journalWritable);

// The failure Qt reports for a query or a database, with SQLite's code when it gave one.
SqlFailure sqlFailureFrom(const class QSqlError &e);

} // namespace LockLens
Q_DECLARE_METATYPE(LockLens::SqlFailure)
