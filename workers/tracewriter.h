// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/locktrace.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <thread>

namespace LockLens {
class OutputFile;
}

namespace LockLens::LockTrace {

// Writes every lock transition a run's connections record to a CSV file
// ("t_s,worker,from,to,statement", see appendCsvRow), draining their rings every few milliseconds in its
// own thread so that none is overwritten before it is written. The file is an OutputFile: a
// regular file appears whole at finish(), a pipe or device is written as the run goes.
class TraceWriter
{
public:
    // zeroTicks gives the run's time zero (the load's start; 0 while it has not started,
    // when the writer's own start is used).
    TraceWriter(const Registry &registry, std::function<std::uint64_t()> zeroTicks);
    ~TraceWriter();
    TraceWriter(const TraceWriter &) = delete;
    TraceWriter &operator=(const TraceWriter &) = delete;

    bool start(const QString &path, QString *error);
    // Writes what is left and closes the file. rows: transitions written; lost: events
    // overwritten before they could be written (0 unless the disk could not keep up).
    bool finish(std::uint64_t *rows, std::uint64_t *lost, QString *error);

private:
    // Writes what the rings hold; true when a ring was a quarter full (drain again at once).
    bool drain(bool last);

    const Registry &m_registry;
    std::function<std::uint64_t()> m_zero;
    std::uint64_t m_startTicks = 0;
    std::unique_ptr<OutputFile> m_file;
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    std::uint64_t m_rows = 0, m_lost = 0;
    TimeBase m_time; // set with the first rows written
    bool m_writeFailed = false;
    QString m_writeError;
    struct Cursors;
    std::unique_ptr<Cursors> m_cursors;
};

} // namespace LockLens::LockTrace
