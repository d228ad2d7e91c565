// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracewriter.h"

#include "clock.h"
#include "locktrace.h"

#include <QCoreApplication>
#include <QFile>

#include <chrono>
#include <map>
#include <vector>

namespace LockLens::LockTrace {

namespace {
constexpr auto DrainEvery = std::chrono::milliseconds(5);
} // namespace

struct TraceWriter::Cursors
{
    std::map<const Recorder *, std::uint64_t> next; // per recorder, the next event to write
    std::vector<Event> events; // reused between drains
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
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate)
        || m_file->write(csvHeader().toUtf8()) < 0) {
        *error = QCoreApplication::translate("LockLens::TraceWriter", "cannot write %1: %2")
                     .arg(path, m_file->errorString());
        return false;
    }
    m_startTicks = Clock::now();
    m_thread = std::thread([this] {
        while (!m_stop.load()) {
            std::this_thread::sleep_for(DrainEvery);
            drain(false);
        }
    });
    return true;
}

void TraceWriter::drain(bool last)
{
    // Times count from the load's start, like the run's series; the setup's few transitions
    // wait in the rings until it is known (and come out with negative times).
    const std::uint64_t zero = m_zero ? m_zero() : 0;
    if (zero == 0 && !last)
        return;
    if (!m_time.isSet())
        m_time = TimeBase::at(zero ? zero : m_startTicks); // fixed for the file: its rows stay in order
    QByteArray out;
    for (const auto &rec : m_registry.all()) {
        std::uint64_t &next = m_cursors->next[rec.get()];
        std::uint64_t lost = 0;
        m_cursors->events.clear();
        next = rec->read(next, &m_cursors->events, &lost);
        m_lost += lost;
        for (const Event &e : m_cursors->events) {
            if (e.busy)
                continue; // failed attempts are not transitions
            out += csvRow(e, rec->name(), m_time).toUtf8();
            ++m_rows;
        }
    }
    if (!out.isEmpty() && !m_writeFailed && m_file->write(out) != out.size()) {
        m_writeFailed = true;
        m_writeError = m_file->errorString(); // now: closing would reset it
    }
}

bool TraceWriter::finish(std::uint64_t *rows, std::uint64_t *lost, QString *error)
{
    if (!m_thread.joinable())
        return false;
    m_stop = true;
    m_thread.join();
    drain(true); // whatever came after the last pass
    const bool ok = !m_writeFailed && m_file->flush();
    if (!ok)
        *error = QCoreApplication::translate("LockLens::TraceWriter", "cannot write %1: %2")
                     .arg(m_file->fileName(), m_writeFailed ? m_writeError : m_file->errorString());
    m_file->close();
    *rows = m_rows;
    *lost = m_lost;
    return ok;
}

} // namespace LockLens::LockTrace
