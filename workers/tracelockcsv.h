// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/locktrace.h"
#include "workers/tracedocument.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace LockLens {
class OutputFile;
}

namespace LockLens::Trace {

// A traced program's lock changes as `--lock-trace FILE` writes a lab run's: CSV rows
// "t_s,worker,from,to,statement", the worker its connection ("conn3"), the statement the SQL
// it was running. Fed by Model's transition sink as the records are read, and written as it
// goes: a regular file appears whole at finish(), a pipe or device is written as the trace runs.
class LockCsv
{
public:
    // `databases`: only these files (--db).
    explicit LockCsv(const QStringList &databases);
    ~LockCsv();
    LockCsv(const LockCsv &) = delete;
    LockCsv &operator=(const LockCsv &) = delete;

    bool open(const QString &path, QString *error);
    // The trace's time zero (Clock ticks), before the first row.
    void setOrigin(std::uint64_t ticks) { m_time = LockTrace::TimeBase::at(ticks); }
    void add(const Connection &c, const LockTrace::Event &e, const QString &statement);
    // Writes the rows gathered so far (a failure is kept for finish()).
    void flush();
    // Writes the rest and closes the file; rows: those written. False with one line.
    bool finish(std::uint64_t *rows, QString *error);
    // Writes nothing more: a regular file's target stays as it was.
    void discard();

private:
    LockTrace::TimeBase m_time;
    FileFilter m_filter;
    std::unique_ptr<OutputFile> m_file;
    QByteArray m_pending;
    std::uint64_t m_rows = 0;
    QString m_error; // the first write that failed
};

} // namespace LockLens::Trace
