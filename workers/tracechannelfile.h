// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/recorder/tracechannel.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

class QFile;

namespace LockLens::Trace {

// A record as LockLens reads it from the channel: its fields, and its text put together
// from the continuation slots.
struct TraceRecord
{
    std::uint64_t t = 0;
    std::uint32_t pid = 0, tid = 0, conn = 0, stmt = 0;
    Kind kind = Kind::Empty;
    std::uint8_t a = 0, b = 0, flags = 0;
    std::int32_t rc = 0;
    std::uint64_t arg = 0;
    std::string text;
};

// LockLens's side of the channel: the file it creates for a trace (named to the traced
// program in LOCKLENS_TRACE), mapped, and read in order. Removed when destroyed.
class ChannelFile
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::Trace::ChannelFile)
public:
    static constexpr std::uint64_t DefaultCapacity = std::uint64_t(1) << 18; // 16 MiB of records
    static constexpr std::uint64_t DefaultConnections = 4096;
    static constexpr std::int64_t StuckMs = 1000;

    // A new channel file in `dir`; nullptr with the reason in *error.
    static std::unique_ptr<ChannelFile> create(const QString &dir, QString *error,
        std::uint64_t capacity = DefaultCapacity, std::uint64_t connections = DefaultConnections);
    ~ChannelFile();
    ChannelFile(const ChannelFile &) = delete;
    ChannelFile &operator=(const ChannelFile &) = delete;

    QString path() const;
    const Channel &channel() const { return m_channel; }

    // Appends the records published since the last call to `out`; returns how many. A slot
    // reserved but not published yet holds the reading up (a record is written in well under
    // a microsecond). Slots that were reserved before a hold-up began and are still not
    // published StuckMs later (of LockLens's reading: not while it was stopped itself) were
    // left by a process that died while it wrote them, unless the slot names a process that is
    // stopped (SIGSTOP, a debugger): they are skipped and counted in lost(), and so, with
    // `final` (every traced process has ended), is every slot not published. At most `limit` records are read at a time.
    std::size_t drain(std::vector<TraceRecord> *out, bool final = false, std::size_t limit = SIZE_MAX);
    // Records the ring had no room for (the traced programs went on without them).
    std::uint64_t dropped() const;
    // Slots reserved by a process that ended before it published them.
    std::uint64_t lost() const { return m_lost; }
    // Tells the traced processes to record nothing more.
    void close();
    // The clock drain() measures hold-ups with, in ms (a test's own; a steady clock by default).
    void setClock(std::function<std::int64_t()> msClock) { m_msClock = std::move(msClock); }

private:
    ChannelFile(std::unique_ptr<QFile> file, uchar *map);
    // Whether slot `r`, not published, is to be skipped (see drain()); `w` the write index.
    bool abandoned(std::uint64_t r, std::uint64_t w, std::int64_t nowMs);
    std::int64_t nowMs() const;

    std::unique_ptr<QFile> m_file;
    uchar *m_map;
    Channel m_channel;
    std::uint64_t m_lost = 0;
    std::function<std::int64_t()> m_msClock;
    std::uint64_t m_heldBelow = 0; // the write index when the last hold-up began
    std::int64_t m_heldSinceMs = 0;
    std::int64_t m_lastDrainMs = 0;
    bool m_drained = false; // drain() was called before
};

} // namespace LockLens::Trace
