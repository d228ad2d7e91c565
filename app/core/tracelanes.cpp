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

LockTrace::Recorder *Lanes::laneOf(const Connection &c, std::uint32_t thread, bool fileLock, bool kept)
{
    const auto [it, isNew] = m_laneOf.try_emplace(c.id, -1);
    if (it->second >= 0)
        return m_lanes[std::size_t(it->second)].recorder.get();
    if (!kept)
        return nullptr;
    // A connection without a lane takes one at its first lock, or later at a change of its file
    // lock (a lane that began in the middle would not know that state), once one is free.
    if (!isNew && !fileLock)
        return nullptr;
    int lane = -1;
    const std::uint64_t closed = m_model->closedCount();
    if (closed != m_closedAtLastLook) { // only a closed connection frees a lane
        lane = freeLane(c.pid, thread);
        if (lane < 0 && int(m_lanes.size()) >= MaxLanes)
            m_closedAtLastLook = closed;
    }
    if (lane < 0 && int(m_lanes.size()) < MaxLanes) {
        m_lanes.push_back(Lane { m_registry->add(laneName(c.pid, c.id)) });
        lane = int(m_lanes.size()) - 1;
    }
    if (lane < 0)
        return nullptr;
    take(lane, c, thread);
    it->second = lane;
    return m_lanes[std::size_t(lane)].recorder.get();
}

int Lanes::freeLane(std::uint32_t pid, std::uint32_t thread)
{
    // The lanes whose connection has closed: the thread's own first, then one whose thread has
    // ended (a server that starts a thread or a process per request has about as many lanes
    // as requests at once), then a new one; when all are taken, one of the same process, then any.
    const auto &connections = m_model->connections();
    std::vector<int> free;
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        const Lane &l = m_lanes[i];
        if (connections[std::size_t(l.connection - 1)].closedS < 0)
            continue; // still open
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

bool Lanes::threadRuns(std::uint32_t pid, std::uint32_t thread)
{
#ifdef Q_OS_LINUX
    return QFileInfo::exists(QStringLiteral("/proc/%1/task/%2").arg(pid).arg(thread));
#else
    Q_UNUSED(pid);
    Q_UNUSED(thread);
    return true;
#endif
}

void Lanes::take(int lane, const Connection &c, std::uint32_t thread)
{
    Lane &l = m_lanes[std::size_t(lane)];
    if (l.connections > 0) {
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
    const auto it = m_laneOf.find(id);
    if (it == m_laneOf.end() || it->second < 0)
        return {};
    return m_lanes[std::size_t(it->second)].recorder->name();
}

} // namespace LockLens::Trace
