// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/tracelanes.h"

#include "workers/tracemodel.h"

#include <QFileInfo>

namespace LockLens::Trace {

Lanes::Lanes(LockTrace::Registry *registry, const Model *model, ThreadRuns runs)
    : m_registry(registry)
    , m_model(model)
    , m_alive(runs ? std::move(runs) : ThreadRuns(&Lanes::threadRuns))
{
}

QString Lanes::laneName(std::uint32_t pid, int connection)
{
    return QStringLiteral("pid %1 conn%2").arg(pid).arg(connection);
}

LockTrace::Recorder *Lanes::laneOf(
    const Connection &c, std::uint32_t thread, bool fileLock, bool kept, std::uint64_t ticks)
{
    // A byte per connection, however many a program opens (at most MaxLanes lanes).
    static_assert(MaxLanes <= 127);
    if (m_laneOf.size() < std::size_t(c.id))
        m_laneOf.resize(std::size_t(c.id), -2);
    std::int8_t &at = m_laneOf[std::size_t(c.id - 1)];
    const bool isNew = at == -2;
    if (isNew)
        at = -1;
    if (at >= 0)
        return m_lanes[std::size_t(at)].recorder.get();
    if (!kept)
        return nullptr;
    // A connection without a lane takes one at its first lock, or later at a change of its file
    // lock (a lane that began in the middle would not know that state), once one is free.
    if (!isNew && !fileLock)
        return nullptr;
    int lane = -1;
    // Only a connection that closed frees a lane, or a process that ended (looked for when
    // another began): not looked for again until one of those happened.
    const auto changes = std::make_pair(m_model->closedCount(), m_model->processes().size());
    if (changes != m_lookedAt) {
        lane = freeLane(c.pid, thread);
        if (lane < 0 && int(m_lanes.size()) >= MaxLanes)
            m_lookedAt = changes;
    }
    if (lane < 0 && int(m_lanes.size()) < MaxLanes) {
        m_lanes.push_back(Lane { m_registry->add(laneName(c.pid, c.id)) });
        lane = int(m_lanes.size()) - 1;
    }
    if (lane < 0)
        return nullptr;
    take(lane, c, thread, ticks);
    at = std::int8_t(lane);
    return m_lanes[std::size_t(lane)].recorder.get();
}

int Lanes::freeLane(std::uint32_t pid, std::uint32_t thread)
{
    // The lanes whose connection has closed: the thread's own first, then one whose thread has
    // ended (a server that starts a thread or a process per request has about as many lanes
    // as requests at once), then a new one; when all are taken, one of the same process, then any.
    std::vector<int> free;
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        const Lane &l = m_lanes[i];
        if (!isFree(l))
            continue;
        if (l.pid == pid && l.thread == thread)
            return int(i);
        free.push_back(int(i));
    }
    for (int i : free) {
        Lane &l = m_lanes[std::size_t(i)];
        l.ended = l.ended || !m_alive(l.pid, l.thread);
        if (l.ended)
            return i;
    }
    if (int(m_lanes.size()) < MaxLanes)
        return -1;
    for (int i : free) {
        if (m_lanes[std::size_t(i)].pid == pid)
            return i;
    }
    return free.empty() ? -1 : free.front();
}

bool Lanes::isFree(const Lane &l) const
{
    // Still open, unless its process ended without closing it (killed, os._exit): looked at
    // only when every lane is taken.
    const Connection *c = m_model->connection(l.connection); // (one the model has summed has closed)
    return !c || c->closedS >= 0 || (int(m_lanes.size()) >= MaxLanes && !m_alive(l.pid, 0));
}

bool Lanes::threadRuns(std::uint32_t pid, std::uint32_t thread)
{
#ifdef Q_OS_LINUX
    if (thread == 0)
        return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
    return QFileInfo::exists(QStringLiteral("/proc/%1/task/%2").arg(pid).arg(thread));
#else
    Q_UNUSED(pid);
    Q_UNUSED(thread);
    return true;
#endif
}

void Lanes::take(int lane, const Connection &c, std::uint32_t thread, std::uint64_t ticks)
{
    Lane &l = m_lanes[std::size_t(lane)];
    if (l.connections > 0) {
        l.recorder->releaseAll(ticks); // what the last one's lost releases left

        l.processes = l.processes || l.pid != c.pid;
        l.threads = l.threads || l.thread != thread || l.pid != c.pid;
    }
    l.pid = c.pid;
    l.thread = thread;
    l.ended = false;
    l.connection = c.id;
    ++l.connections;
}

QString Lanes::nameOf(int id) const
{
    if (id < 1 || std::size_t(id) > m_laneOf.size() || m_laneOf[std::size_t(id - 1)] < 0)
        return {};
    return m_lanes[std::size_t(m_laneOf[std::size_t(id - 1)])].recorder->name();
}

} // namespace LockLens::Trace
