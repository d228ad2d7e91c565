// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/browsespec.h"
#include "app/core/dbconnection.h"

#include <QCoreApplication>

#include <atomic>
#include <mutex>
#include <vector>

struct sqlite3;

namespace LockLens::CsvExport {

// The translation context of this namespace's messages: Tr::tr("...") (see
// ARCHITECTURE.md, "Translations").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::CsvExport)
};

// What to write: the rows of a table or view as a grid shows them (its filter and order),
// the rows of an SQL statement (run again on a read-only connection), or rows in memory.
struct Source
{
    DatabaseLocation where;
    BrowseSpec spec; // a table or view (its columns, without a hidden rowid)...
    QString sql; // ...or a statement...
    bool inMemory = false; // ...or these:
    QStringList columns;
    std::vector<QVariantList> rows;
};

// Shared between the thread that writes and the one that watches: the rows written so far
// and a request to stop.
class Progress
{
public:
    qint64 rows() const { return m_rows.load(); }
    bool cancelled() const { return m_cancel.load(); }
    // Stops the export at its next chunk; a statement running now is interrupted
    // (sqlite3_interrupt) where the driver shares LockLens's SQLite. Any thread.
    void cancel();

    // For the writing thread.
    void addRows(qint64 n) { m_rows.fetch_add(n); }
    void setConnection(sqlite3 *native);

private:
    std::atomic<qint64> m_rows { 0 };
    std::atomic<bool> m_cancel { false };
    std::mutex m_mutex; // guards m_native: the connection closes only after it is cleared
    sqlite3 *m_native = nullptr;
};

struct Outcome
{
    bool ok = false;
    bool cancelled = false;
    qint64 rows = 0;
    QString error; // one line, when !ok and not cancelled
};

constexpr int ChunkRows = 1024;

// Writes `source` to `path` as CSV: RFC 4180 (comma-separated, CRLF line ends, a field in
// double quotes when it holds a comma, a quote or a line break), UTF-8 without a byte-order
// mark, a header row of column names, NULL as an empty field, a BLOB as X'hex'. A regular
// file, or a new one, is written through QSaveFile: it appears (or is replaced) only once
// every row is written, and stays as it was on a failure or a cancel. Anything else that
// exists (a pipe, a device, a symlink to one) is written as a stream. A table is read
// ChunkRows rows per statement (see RowCursor). Runs in the calling thread, on a read-only
// connection of its own.
Outcome write(const Source &source, const QString &path, Progress *progress);

} // namespace LockLens::CsvExport

Q_DECLARE_METATYPE(LockLens::CsvExport::Outcome)
