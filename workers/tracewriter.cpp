// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/tracewriter.h"

#include "workers/locktrace.h"
#include "workers/outputfile.h"
#include "workers/recorder/clock.h"

#include <chrono>
#include <map>
#include <vector>

namespace LockLens::LockTrace {

namespace {
constexpr auto DrainEvery = std::chrono::milliseconds(5);
} // namespace

struct TraceWriter::Cursors
{
    struct Lane
    {
        std::uint64_t next = 0; // the next event to write
        QByteArray field; // the recorder's name as a CSV field
    };
    std::map<const Recorder *, Lane> lanes;
    std::vector<Event> events; // reused between drains
    QByteArray out; // likewise
};

TraceWriter::TraceWriter(const Registry &registry, std::function<std::uint64_t()> zeroTicks)
    : m_registry(registry)
    , m_zero(std::move(zeroTicks))
    , m_cursors(std::make_unique<Cursors>())
{
}

TraceWriter::~TraceWriter()
{
    std::uint64_t rows = 0, lost = 0;
    QString ignored;
    if (m_thread.joinable())
        finish(&rows, &lost, &ignored);
}

bool TraceWriter::start(const QString &path, QString *error)
{
    m_file = std::make_unique<OutputFile>(path);
    if (!m_file->open(error) || !m_file->write(csvHeader().toUtf8(), error))
        return false;
    m_startTicks = Clock::now();
    m_thread = std::thread([this] {
        while (!m_stop.load()) {
            // A ring that filled by a quarter since the last pass is drained again at once.
            if (!drain(false))
                std::this_thread::sleep_for(DrainEvery);
        }
    });
    return true;
}

bool TraceWriter::drain(bool last)
{
    // Times count from the load's start, like the run's series; the setup's few transitions
    // wait in the rings until it is known (and come out with negative times).
    const std::uint64_t zero = m_zero ? m_zero() : 0;
    if (zero == 0 && !last)
        return false;
    if (!m_time.isSet())
        m_time = TimeBase::at(zero ? zero : m_startTicks); // fixed for the file: its rows stay in order
    QByteArray &out = m_cursors->out;
    out.clear();
    bool behind = false;
    for (const auto &rec : m_registry.all()) {
        Cursors::Lane &lane = m_cursors->lanes[rec.get()];
        if (lane.field.isEmpty())
            lane.field = csvField(rec->name());
        std::uint64_t lost = 0;
        m_cursors->events.clear();
        lane.next = rec->read(lane.next, &m_cursors->events, &lost);
        m_lost += lost;
        behind = behind || m_cursors->events.size() > rec->capacity() / 4;
        for (const Event &e : m_cursors->events) {
            if (e.busy)
                continue; // failed attempts are not transitions
            appendCsvRow(&out, e, lane.field, m_time);
            ++m_rows;
        }
    }
    if (!out.isEmpty() && !m_writeFailed && !m_file->write(out, &m_writeError))
        m_writeFailed = true;
    return behind;
}

bool TraceWriter::finish(std::uint64_t *rows, std::uint64_t *lost, QString *error)
{
    if (!m_thread.joinable())
        return false;
    m_stop = true;
    m_thread.join();
    drain(true); // whatever came after the last pass
    // A regular file replaces the old one only when complete; a failed one leaves it as it was.
    const bool ok = !m_writeFailed && m_file->commit(error);
    if (m_writeFailed)
        *error = m_writeError;
    m_file.reset();
    *rows = m_rows;
    *lost = m_lost;
    return ok;
}

} // namespace LockLens::LockTrace
