// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/pragmas.h"

#include <QLocale>

#include <sqlite3.h>

namespace LockLens::Pragmas {

namespace {

const QString kJournalMode = QStringLiteral("journal_mode");
const QString kSynchronous = QStringLiteral("synchronous");
const QString kBusyTimeout = QStringLiteral("busy_timeout");
const QString kLockingMode = QStringLiteral("locking_mode");
const QString kWalAutocheckpoint = QStringLiteral("wal_autocheckpoint");
const QString kPageSize = QStringLiteral("page_size");
const QString kCacheSize = QStringLiteral("cache_size");
const QString kForeignKeys = QStringLiteral("foreign_keys");

QString on()
{
    return QStringLiteral("ON");
}
QString off()
{
    return QStringLiteral("OFF");
}

// Reads one pragma; false with *failure when SQLite fails or returns no row.
bool read(const DbConnection &db, const QString &name, QVariant *value, SqlFailure *failure)
{
    std::vector<SqlRow> rows;
    if (!db.select(QStringLiteral("PRAGMA %1").arg(name), {}, &rows, failure))
        return false;
    if (rows.empty() || rows.front().isEmpty()) {
        *failure = { 0, Tr::tr("SQLite returned no value for %1").arg(name) };
        return false;
    }
    *value = rows.front().front();
    return true;
}

// Why SQLite reports `now` after being asked for `wanted`, in one or two sentences.
QString whyKept(const DbConnection &db, const Definition &def, const QString &now, const QString &wanted)
{
    if (def.name == kJournalMode && wanted == QLatin1String("WAL")
        && (db.location().isMemory() || now == QLatin1String("MEMORY")))
        return Tr::tr("journal_mode stays %1: an in-memory database has no file to keep a WAL "
                      "next to, so SQLite keeps its journal in memory.")
            .arg(now);
    if (def.name == kPageSize) {
        QVariant mode;
        SqlFailure ignored;
        if (read(db, kJournalMode, &mode, &ignored)
            && mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return Tr::tr("page_size stays %1 bytes: in WAL mode the page size cannot change, "
                          "not even with VACUUM. Switch journal_mode away from WAL, set "
                          "page_size, then run VACUUM.")
                .arg(now);
        return Tr::tr("page_size stays %1 bytes for now: SQLite uses %2-byte pages from the next "
                      "VACUUM on this connection (VACUUM rewrites the whole file; run it in the "
                      "SQL console).")
            .arg(now, wanted);
    }
    if (def.name == kForeignKeys) {
        const bool inTransaction = db.native() && !sqlite3_get_autocommit(db.native());
        return inTransaction
            ? Tr::tr("foreign_keys stays %1: it cannot change inside an open transaction. Set "
                     "it again after COMMIT or ROLLBACK.")
                  .arg(now)
            : Tr::tr("foreign_keys stays %1: SQLite ignores the change inside an open "
                     "transaction, or when built without foreign key support.")
                  .arg(now);
    }
    return Tr::tr("SQLite kept %1=%2 (asked for %3).").arg(def.name, now, wanted);
}

} // namespace

std::vector<Definition> definitions()
{
    std::vector<Definition> d;
    d.push_back({ kJournalMode, Scope::File, Kind::Keyword,
        { QStringLiteral("DELETE"), QStringLiteral("TRUNCATE"), QStringLiteral("PERSIST"),
            QStringLiteral("MEMORY"), QStringLiteral("WAL"), QStringLiteral("OFF") },
        0, 0, {}, true,
        Tr::tr("How commits are made undoable, and so whether others can read during a write. "
               "WAL is kept in the file; the other modes hold per connection.") });
    d.push_back({ kSynchronous, Scope::Connection, Kind::Keyword,
        { QStringLiteral("OFF"), QStringLiteral("NORMAL"), QStringLiteral("FULL"), QStringLiteral("EXTRA") },
        0, 0, {}, false,
        Tr::tr("How often SQLite waits for the disk (fsync), so that commits survive a power "
               "loss.") });
    d.push_back({ kBusyTimeout, Scope::Connection, Kind::Integer, {}, 0, 3600000, Tr::tr(" ms"), false,
        Tr::tr("How long a statement waits for another connection's lock before it fails with "
               "\"database is locked\".") });
    d.push_back({ kLockingMode, Scope::Connection, Kind::Keyword,
        { QStringLiteral("NORMAL"), QStringLiteral("EXCLUSIVE") }, 0, 0, {}, false,
        Tr::tr("Whether this connection gives its lock on the file back after each "
               "transaction.") });
    d.push_back(
        { kWalAutocheckpoint, Scope::Connection, Kind::Integer, {}, 0, 1000000, Tr::tr(" pages"), false,
            Tr::tr("How large the WAL file may grow before a commit copies it back into the database "
                   "(a checkpoint). Used in WAL mode only.") });
    QStringList sizes;
    for (int s = 512; s <= 65536; s *= 2)
        sizes << QString::number(s);
    d.push_back({ kPageSize, Scope::File, Kind::Integer, sizes, 512, 65536, Tr::tr(" bytes"), true,
        Tr::tr("The size of each page of the file. A new size applies only to an empty file, or "
               "when VACUUM rewrites it (never in WAL mode).") });
    d.push_back({ kCacheSize, Scope::Connection, Kind::Integer, {}, -4194304, 1000000, {}, false,
        Tr::tr("How much of the file this connection keeps in memory: a negative number is KiB, "
               "a positive one is pages.") });
    d.push_back({ kForeignKeys, Scope::Connection, Kind::Boolean, {}, 0, 1, {}, false,
        Tr::tr("Whether this connection enforces FOREIGN KEY constraints. SQLite leaves them off "
               "unless a program turns them on.") });
    return d;
}

std::optional<Definition> find(const QString &name)
{
    for (Definition &d : definitions())
        if (d.name == name)
            return std::move(d);
    return std::nullopt;
}

QString displayText(const Definition &def, const QVariant &reported)
{
    if (!reported.isValid() || reported.isNull())
        return {};
    switch (def.kind) {
    case Kind::Boolean:
        return reported.toLongLong() != 0 ? on() : off();
    case Kind::Integer:
        return QString::number(reported.toLongLong());
    case Kind::Keyword:
        break;
    }
    // synchronous comes back as 0–3; show it by name.
    bool isNumber = false;
    const qint64 n = reported.toString().toLongLong(&isNumber);
    if (def.name == kSynchronous && isNumber && n >= 0 && n < def.keywords.size())
        return def.keywords.at(int(n));
    return reported.toString().toUpper();
}

QString explain(const QString &name, const QString &value, const QString &journalMode)
{
    const QString v = value.toUpper();
    const bool wal = journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    bool isNumber = false;
    const qint64 n = value.toLongLong(&isNumber);
    if (name == kJournalMode) {
        if (v == QLatin1String("WAL"))
            return Tr::tr("Readers and one writer at once: readers see the last commit made before "
                          "they started.");
        if (v == QLatin1String("DELETE"))
            return Tr::tr("A writer blocks readers while it commits; the journal file is deleted "
                          "after each transaction.");
        if (v == QLatin1String("TRUNCATE"))
            return Tr::tr("A writer blocks readers while it commits; the journal file is emptied "
                          "after each transaction.");
        if (v == QLatin1String("PERSIST"))
            return Tr::tr("A writer blocks readers while it commits; the journal file stays, its "
                          "header zeroed.");
        if (v == QLatin1String("MEMORY"))
            return Tr::tr("A writer blocks readers while it commits; the journal is in memory, so a "
                          "crash mid-commit can corrupt the file.");
        if (v == QLatin1String("OFF"))
            return Tr::tr("No journal: ROLLBACK does not work and a crash mid-commit can corrupt the "
                          "file; a writer still blocks readers.");
    } else if (name == kSynchronous) {
        if (v == QLatin1String("OFF"))
            return Tr::tr("Never waits for the disk: fastest, but a power loss or OS crash can "
                          "corrupt the database.");
        if (v == QLatin1String("NORMAL"))
            return wal ? Tr::tr("Safe from corruption in WAL mode; the last commits may be lost on a "
                                "power loss.")
                       : Tr::tr("Fewer waits for the disk: outside WAL mode a power loss at the "
                                "wrong moment can, rarely, corrupt the file.");
        if (v == QLatin1String("FULL"))
            return wal ? Tr::tr("Waits for the disk at every commit: commits survive a power loss "
                                "(in WAL mode NORMAL is usually enough).")
                       : Tr::tr("Waits for the disk at every commit: commits survive a power loss.");
        if (v == QLatin1String("EXTRA"))
            return Tr::tr("Like FULL, and also waits for the directory after the journal is "
                          "deleted.");
    } else if (name == kBusyTimeout && isNumber) {
        return n == 0 ? Tr::tr("\"database is locked\" at once whenever another connection holds "
                               "the lock.")
                      : Tr::tr("Waits up to %1 ms; a transaction that read first and then writes "
                               "can still fail at once (BEGIN IMMEDIATE avoids that).")
                            .arg(QLocale().toString(n));
    } else if (name == kLockingMode) {
        if (v == QLatin1String("EXCLUSIVE"))
            return Tr::tr("This connection keeps its lock after its first read or write: others "
                          "get \"database is locked\" until it closes.");
        if (v == QLatin1String("NORMAL"))
            return Tr::tr("Locks are given back at the end of each transaction.");
    } else if (name == kWalAutocheckpoint && isNumber) {
        return n <= 0 ? Tr::tr("No automatic checkpoints: the WAL file grows until someone runs "
                               "PRAGMA wal_checkpoint.")
                      : Tr::tr("A commit that leaves more than %1 pages in the WAL checkpoints it; "
                               "a long read holds the WAL from being reset.")
                            .arg(QLocale().toString(n));
    } else if (name == kPageSize && isNumber) {
        return Tr::tr("Every read and write moves whole %1-byte pages.").arg(QLocale().toString(n));
    } else if (name == kCacheSize && isNumber) {
        return n < 0 ? Tr::tr("About %1 KiB of page cache on this connection.").arg(QLocale().toString(-n))
                     : Tr::tr("%1 pages of page cache on this connection.").arg(QLocale().toString(n));
    } else if (name == kForeignKeys) {
        if (v == on())
            return Tr::tr("Changes that break a FOREIGN KEY fail on this connection.");
        if (v == off())
            return Tr::tr("FOREIGN KEY constraints are not checked on this connection.");
    }
    return {};
}

bool validate(const QString &name, const QString &value, QString *sqlValue, QString *message)
{
    QString localMessage;
    QString &why = message ? *message : localMessage;
    const std::optional<Definition> def = find(name);
    if (!def) {
        why = Tr::tr("%1 is not one of the pragmas LockLens changes.").arg(name);
        return false;
    }
    const QString typed = value.trimmed();
    if (typed.isEmpty()) {
        why = Tr::tr("No value given for %1.").arg(name);
        return false;
    }
    QString accepted;
    switch (def->kind) {
    case Kind::Keyword: {
        const QString upper = typed.toUpper();
        if (def->keywords.contains(upper))
            accepted = upper;
        else if (def->name == kSynchronous && typed.size() == 1 && typed.at(0) >= QLatin1Char('0')
            && typed.at(0) <= QLatin1Char('3'))
            accepted = def->keywords.at(typed.at(0).unicode() - '0');
        else {
            why = Tr::tr("%1 must be one of %2, not \"%3\".")
                      .arg(name, def->keywords.join(QLatin1String(", ")), typed);
            return false;
        }
        break;
    }
    case Kind::Boolean: {
        const QString upper = typed.toUpper();
        if (upper == on() || upper == QLatin1String("1") || upper == QLatin1String("TRUE")
            || upper == QLatin1String("YES"))
            accepted = on();
        else if (upper == off() || upper == QLatin1String("0") || upper == QLatin1String("FALSE")
            || upper == QLatin1String("NO"))
            accepted = off();
        else {
            why = Tr::tr("%1 must be ON or OFF, not \"%2\".").arg(name, typed);
            return false;
        }
        break;
    }
    case Kind::Integer: {
        bool isNumber = false;
        const qint64 n = typed.toLongLong(&isNumber, 10);
        if (!isNumber) {
            why = Tr::tr("%1 needs a whole number, not \"%2\".").arg(name, typed);
            return false;
        }
        if (!def->keywords.isEmpty() && !def->keywords.contains(QString::number(n))) {
            why = Tr::tr("%1 must be a power of two from %2 to %3, not %4.")
                      .arg(name, def->keywords.first(), def->keywords.last(), typed);
            return false;
        }
        if (n < def->minimum || n > def->maximum) {
            why = Tr::tr("%1 must be from %2 to %3, not %4.")
                      .arg(name, QString::number(def->minimum), QString::number(def->maximum), typed);
            return false;
        }
        accepted = QString::number(n);
        break;
    }
    }
    if (sqlValue)
        *sqlValue = accepted;
    return true;
}

std::vector<PragmaValue> readAll(const DbConnection &db)
{
    std::vector<PragmaValue> out;
    QVariant mode;
    SqlFailure ignored;
    const QString journalMode = read(db, kJournalMode, &mode, &ignored) ? mode.toString() : QString();
    for (const Definition &def : definitions()) {
        PragmaValue v;
        v.name = def.name;
        v.ok = read(db, def.name, &v.value, &v.failure);
        if (v.ok) {
            v.text = displayText(def, v.value);
            v.note = explain(def.name, v.text, journalMode);
        }
        v.editable = v.ok && !(def.writesFile && db.readOnly());
        out.push_back(std::move(v));
    }
    return out;
}

bool set(const DbConnection &db, const QString &name, const QString &value, QString *message)
{
    QString localMessage;
    QString &what = message ? *message : localMessage;
    QString sqlValue;
    if (!validate(name, value, &sqlValue, &what))
        return false;
    const Definition def = *find(name);
    if (def.writesFile && db.readOnly()) {
        what = Tr::tr("%1 cannot change: the database is open read-only, and %1 is kept in the file.")
                   .arg(name);
        return false;
    }
    // Only the table's own name and a validated keyword or integer reach the SQL text:
    // pragmas cannot take bound values.
    SqlFailure failure;
    std::vector<SqlRow> ignoredRows;
    if (!db.select(QStringLiteral("PRAGMA %1=%2").arg(def.name, sqlValue), {}, &ignoredRows, &failure)) {
        what = Tr::tr("SQLite refused %1=%2: %3.").arg(name, sqlValue, failure.text());
        if (failure.isBusy() && def.name == kJournalMode)
            what += QLatin1Char(' ')
                + Tr::tr("Another connection has the database open; leaving WAL needs every other "
                         "connection closed.");
        return false;
    }
    QVariant after;
    if (!read(db, def.name, &after, &failure)) {
        what = Tr::tr("%1=%2 ran, but reading it back failed: %3").arg(name, sqlValue, failure.text());
        return false;
    }
    const QString now = displayText(def, after);
    if (now != sqlValue) {
        what = whyKept(db, def, now, sqlValue);
        return false;
    }
    QVariant mode;
    const QString journalMode = read(db, kJournalMode, &mode, &failure) ? mode.toString() : QString();
    const QString note = explain(def.name, now, journalMode);
    what = note.isEmpty() ? Tr::tr("%1 is now %2.").arg(name, now)
                          : Tr::tr("%1 is now %2. %3").arg(name, now, note);
    return true;
}

} // namespace LockLens::Pragmas
