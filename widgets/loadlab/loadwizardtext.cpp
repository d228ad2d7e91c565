// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/loadwizardtext.h"

#include "workers/readonlyconnection.h"
#include "workers/sqlite/filekind.h"

#include <QFileInfo>

#include <vector>

namespace LockLens::WizardText {

QStringList journalModes()
{
    return { QStringLiteral("wal"), QStringLiteral("delete"), QStringLiteral("truncate"),
        QStringLiteral("persist"), QStringLiteral("memory"), QStringLiteral("off") };
}

QStringList syncModes()
{
    return { QStringLiteral("off"), QStringLiteral("normal"), QStringLiteral("full"),
        QStringLiteral("extra") };
}

QString journalNote(const QString &mode)
{
    if (mode == QLatin1String("wal"))
        return Tr::tr(
            "Write-ahead log: readers keep reading while a writer writes; writers still take turns.");
    if (mode == QLatin1String("delete"))
        return Tr::tr(
            "Rollback journal, deleted at commit: a writer waits for every reader to finish before it "
            "commits, and new readers wait while it does.");
    if (mode == QLatin1String("truncate"))
        return Tr::tr("Rollback journal, truncated at commit: locks as delete does, with a cheaper commit.");
    if (mode == QLatin1String("persist"))
        return Tr::tr("Rollback journal, kept with its header zeroed at commit: locks as delete does.");
    if (mode == QLatin1String("memory"))
        return Tr::tr("Rollback journal in memory: locks as delete does; a crash in mid-transaction can "
                      "corrupt the database.");
    if (mode == QLatin1String("off"))
        return Tr::tr(
            "No journal: locks as delete does; ROLLBACK is undefined and a crash in mid-transaction "
            "can corrupt the database.");
    return Tr::tr("Not a journal mode SQLite knows.");
}

QString syncNote(const QString &mode)
{
    if (mode == QLatin1String("off"))
        return Tr::tr(
            "No fsync: the write lock is held shortest, but a power loss can lose commits or corrupt "
            "the database.");
    if (mode == QLatin1String("normal"))
        return Tr::tr(
            "Fewer fsyncs: in WAL a commit is not synced (a power loss may lose the last commits, not "
            "the database); with a rollback journal close to full.");
    if (mode == QLatin1String("full"))
        return Tr::tr(
            "An fsync at every commit, inside the write lock: durable, and the lock is held for it.");
    if (mode == QLatin1String("extra"))
        return Tr::tr("As full, and the journal's folder is synced too: the most durable, the longest write "
                      "lock.");
    return Tr::tr("Not a synchronous setting SQLite knows.");
}

QString fileJournalMode(const QString &path, QString *notADatabase)
{
    // Asked of SQLite, never read with a file of our own: closing a descriptor of a database
    // file drops the locks this process's connections hold on it (the window's console may
    // be inside a transaction).
    if (path.isEmpty() || QFileInfo(path).size() == 0 || !FileKind::readRefusal(path).isEmpty())
        return {};
    ReadOnlyConnection db(path, 250); // on the GUI thread: a locked file is not waited for long
    std::vector<QVariantList> rows;
    QString why;
    if (!db.ok() || !db.rows(QStringLiteral("PRAGMA journal_mode"), {}, &rows, &why) || rows.empty()) {
        if (notADatabase && !db.lastWasBusy())
            *notADatabase = db.ok() ? why : db.error();
        return {};
    }
    return rows.front().value(0).toString().toLower() == QLatin1String("wal") ? QStringLiteral("wal")
                                                                                : QStringLiteral("delete");
}

QString journalChange(const QString &mode, const QString &fileMode)
{
    if (fileMode.isEmpty())
        return {};
    if (mode == fileMode)
        return Tr::tr("the file's current mode, kept");
    const QString now = Tr::tr("the file is in %1 mode now").arg(fileMode.toUpper());
    // Entering or leaving WAL is written into the file's header and outlasts the run; the
    // rollback modes hold for the connections that set them.
    if (mode == QLatin1String("wal") || mode == QLatin1String("delete"))
        return Tr::tr("%1; %2 stays after the run").arg(now, mode.toUpper());
    if (fileMode == QLatin1String("wal"))
        return Tr::tr("%1; the run takes it out of WAL for good: afterwards it opens in DELETE mode")
            .arg(now);
    return Tr::tr("%1; %2 holds for the run's connections only, the file keeps its mode")
        .arg(now, mode.toUpper());
}

QString label(TxMode m)
{
    switch (m) {
    case TxMode::Autocommit:
        return Tr::tr("Autocommit (no BEGIN)");
    case TxMode::Deferred:
        return Tr::tr("BEGIN DEFERRED");
    case TxMode::Immediate:
        return Tr::tr("BEGIN IMMEDIATE");
    case TxMode::Exclusive:
        return Tr::tr("BEGIN EXCLUSIVE");
    }
    return {};
}

QString note(TxMode m)
{
    switch (m) {
    case TxMode::Autocommit:
        return Tr::tr("Every statement is its own transaction: one row per transaction.");
    case TxMode::Deferred:
        return Tr::tr("Locks on first use: a read lock at the first read, the write lock at the first write. "
                      "Upgrading can fail with SQLITE_BUSY at once.");
    case TxMode::Immediate:
        return Tr::tr(
            "Takes the write lock at BEGIN and waits there, instead of failing in mid-transaction.");
    case TxMode::Exclusive:
        return Tr::tr("As immediate; outside WAL it also keeps readers out until the commit.");
    }
    return {};
}

QString label(Strategy s)
{
    switch (s) {
    case Strategy::PerThread:
        return Tr::tr("A connection per thread");
    case Strategy::Shared:
        return Tr::tr("One shared connection + application mutex");
    case Strategy::WriterQueue:
        return Tr::tr("Single writer fed by a queue");
    case Strategy::Pool:
        return Tr::tr("Connection pool (QtConcurrent tasks)");
    case Strategy::Split:
        return Tr::tr("Tables split across attached files");
    }
    return {};
}

QString note(Strategy s)
{
    switch (s) {
    case Strategy::PerThread:
        return Tr::tr(
            "Each worker opens its own connection: SQLite's locks and busy handler decide who waits.");
    case Strategy::Shared:
        return Tr::tr(
            "All workers use one connection behind the application's mutex: they queue on the mutex "
            "and SQLite sees one client.");
    case Strategy::WriterQueue:
        return Tr::tr(
            "Workers hand their writes to one writer thread that commits them in groups of up to the "
            "batch size; reads use the workers' own connections.");
    case Strategy::Pool:
        return Tr::tr(
            "Each transaction is a task on a thread pool whose threads hold a connection each, as web "
            "back ends do.");
    case Strategy::Split:
        return Tr::tr("The load table lives in several database files (the database and siblings named "
                      "NAME-split2…); worker i writes file i mod N on a connection that attaches the others. "
                      "Each file has its own lock; use DEFERRED transactions.");
    }
    return {};
}

QString label(DriverPath d)
{
    switch (d) {
    case DriverPath::Auto:
        return Tr::tr("Automatic");
    case DriverPath::Native:
        return Tr::tr("Native (sqlite3_stmt)");
    case DriverPath::Qt:
        return Tr::tr("Qt (QSqlQuery)");
    }
    return {};
}

QString note(DriverPath d)
{
    switch (d) {
    case DriverPath::Auto:
        return Tr::tr(
            "sqlite3_stmt on the Qt driver's handle when the driver uses LockLens's SQLite, QSqlQuery "
            "otherwise.");
    case DriverPath::Native:
        return Tr::tr(
            "sqlite3_stmt on the Qt driver's handle; refused when the driver carries its own SQLite.");
    case DriverPath::Qt:
        return Tr::tr("QSqlQuery for every statement, as an ordinary Qt program does.");
    }
    return {};
}

QString label(BusyPolicy p)
{
    switch (p) {
    case BusyPolicy::Sqlite:
        return Tr::tr("SQLite busy timeout");
    case BusyPolicy::Spin:
        return Tr::tr("Spin (retry every 1 ms)");
    case BusyPolicy::None:
        return Tr::tr("None (fail at once)");
    }
    return {};
}

QString note(BusyPolicy p)
{
    switch (p) {
    case BusyPolicy::Sqlite:
        return Tr::tr("SQLite's own schedule: retries with growing sleeps (up to 100 ms) until the timeout.");
    case BusyPolicy::Spin:
        return Tr::tr("Retries every millisecond until the timeout: takes a freed lock sooner, costs CPU.");
    case BusyPolicy::None:
        return Tr::tr(
            "No waiting: a locked database fails at once with SQLITE_BUSY; the timeout is not used.");
    }
    return {};
}

QString label(RetryBackoff::Kind k)
{
    switch (k) {
    case RetryBackoff::Kind::Exponential:
        return Tr::tr("Doubling delay");
    case RetryBackoff::Kind::Fixed:
        return Tr::tr("Fixed delay");
    case RetryBackoff::Kind::None:
        return Tr::tr("At once (as pgbench)");
    }
    return {};
}

QString note(const RetryBackoff &b)
{
    switch (b.kind) {
    case RetryBackoff::Kind::Exponential:
        return Tr::tr("Waits %1 ms, then twice as long each time up to %2 ms (x0.5-1.5 at random), as "
                      "applications retrying SQLITE_BUSY do.")
            .arg(QString::number(b.minMs), QString::number(b.maxMs));
    case RetryBackoff::Kind::Fixed:
        return Tr::tr("Waits %1 ms before each retry (x0.5-1.5 at random).").arg(QString::number(b.minMs));
    case RetryBackoff::Kind::None:
        return Tr::tr(
            "Retries at once, as pgbench --max-tries: while another writer holds the lock, the tries are "
            "spent in milliseconds.");
    }
    return {};
}

} // namespace LockLens::WizardText
