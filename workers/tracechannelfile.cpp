// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/tracechannelfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <chrono>
#include <cstring>

namespace LockLens::Trace {

std::unique_ptr<ChannelFile> ChannelFile::create(
    const QString &dir, QString *error, std::uint64_t capacity, std::uint64_t connections)
{
    if (capacity == 0 || (capacity & (capacity - 1)) != 0) {
        *error = tr("the channel's size must be a power of two");
        return nullptr;
    }
    QTemporaryFile temp(QDir(dir).filePath(QStringLiteral("locklens-trace-XXXXXX.channel")));
    temp.setAutoRemove(false);
    if (!temp.open()) {
        *error = tr("cannot create the trace channel in %1: %2").arg(QDir::toNativeSeparators(dir), temp.errorString());
        return nullptr;
    }
    const QString path = temp.fileName();
    temp.close();
    auto file = std::make_unique<QFile>(path);
    const qint64 bytes = qint64(Layout::bytes(capacity, connections));
    uchar *map = nullptr;
    if (file->open(QIODevice::ReadWrite) && file->resize(bytes))
        map = file->map(0, bytes);
    if (!map) {
        *error = tr("cannot map the trace channel %1: %2").arg(QDir::toNativeSeparators(path), file->errorString());
        file->remove();
        return nullptr;
    }
    Channel::initialise(map, capacity, connections); // a resized file reads as zeros
    return std::unique_ptr<ChannelFile>(new ChannelFile(std::move(file), map));
}

ChannelFile::ChannelFile(std::unique_ptr<QFile> file, uchar *map)
    : m_file(std::move(file))
    , m_map(map)
    , m_channel(map, std::size_t(m_file->size()))
{
}

ChannelFile::~ChannelFile()
{
    m_file->unmap(m_map);
    m_file->close();
    m_file->remove();
}

QString ChannelFile::path() const
{
    return m_file->fileName();
}

std::uint64_t ChannelFile::dropped() const
{
    return m_channel.header().dropped.load(std::memory_order_relaxed);
}

void ChannelFile::close()
{
    m_channel.header().closed.store(1, std::memory_order_relaxed);
}

namespace {

// Whether process `pid` is stopped (SIGSTOP, a debugger): a record it is writing is not
// abandoned, however long it takes.
bool processStopped(std::uint32_t pid)
{
#ifdef Q_OS_LINUX
    if (pid == 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.read(512);
    const qsizetype paren = line.lastIndexOf(')'); // the command may hold spaces and brackets
    const char state = paren >= 0 && paren + 2 < line.size() ? line.at(paren + 2) : '?';
    return state == 'T' || state == 't';
#else
    Q_UNUSED(pid)
    return false;
#endif
}

} // namespace

std::int64_t ChannelFile::nowMs() const
{
    using namespace std::chrono;
    return m_msClock ? m_msClock() : duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

bool ChannelFile::abandoned(std::uint64_t r, std::uint64_t w, std::int64_t now)
{
    if (r >= m_heldBelow) { // a new hold-up: every slot before `w` was reserved by now
        m_heldBelow = w;
        m_heldSinceMs = now;
        return false;
    }
    if (now - m_heldSinceMs < StuckMs)
        return false;
    // The writer may have been stopped rather than killed: its pid is in the slot once it began
    // writing (a stale pid from an earlier lap otherwise, which at worst makes this wait).
    std::uint32_t pid = 0;
    std::memcpy(&pid, &m_channel.slot(r).e.pid, sizeof pid);
    return !processStopped(pid);
}

std::size_t ChannelFile::drain(std::vector<TraceRecord> *out, bool final, std::size_t limit)
{
    // A hold-up is timed while LockLens reads: when it was itself stopped or starved for a
    // while (Ctrl-Z stops it with the program), the wait starts again.
    const std::int64_t now = nowMs();
    if (m_drained && now - m_lastDrainMs > StuckMs / 2)
        m_heldSinceMs = now;
    m_lastDrainMs = now;
    m_drained = true;
    Header &h = m_channel.header();
    std::uint64_t r = h.read.load(std::memory_order_relaxed);
    const std::uint64_t w = h.write.load(std::memory_order_acquire);
    std::size_t n = 0;
    while (r < w && n < limit) {
        const Record &slot = m_channel.slot(r);
        const std::uint64_t seq = slot.seq.load(std::memory_order_acquire);
        if (seq != r + 1) {
            // The continuation of a head skipped before, or a slot that its process will not
            // publish: lost. Otherwise it is being written: read on from here next time.
            if (seq != ((r + 1) | Channel::ContinuationMark) && !final && !abandoned(r, w, now))
                break;
            ++m_lost;
            ++r;
            continue;
        }
        const Entry &head = slot.e;
        TraceRecord rec;
        rec.t = head.t;
        rec.pid = head.pid;
        rec.tid = head.tid;
        rec.conn = head.conn;
        rec.stmt = head.stmt;
        rec.kind = head.kind;
        rec.a = head.a;
        rec.b = head.b;
        rec.flags = head.flags;
        rec.rc = head.rc;
        rec.arg = head.arg;
        std::size_t more = 0;
        if (head.kind == Kind::Process || head.kind == Kind::Open || head.kind == Kind::StatementText
            || head.kind == Kind::Counters) {
            const std::uint64_t length = head.arg;
            more = Channel::continuations(length);
            if (more >= w - r) { // longer than what was reserved: a damaged record
                ++m_lost;
                ++r;
                continue;
            }
            rec.text.assign(head.text, std::size_t(std::min<std::uint64_t>(length, HeadTextBytes)));
            for (std::size_t i = 0; i < more; ++i) {
                const std::size_t from = HeadTextBytes + i * TextBytes;
                rec.text.append(Channel::continuation(m_channel.slot(r + 1 + i)),
                    std::size_t(std::min<std::uint64_t>(TextBytes, length - from)));
            }
        }
        out->push_back(std::move(rec));
        ++n;
        r += 1 + more;
        h.read.store(r, std::memory_order_release); // the slots may be reused from here
    }
    if (r > h.read.load(std::memory_order_relaxed))
        h.read.store(r, std::memory_order_release);
    return n;
}

} // namespace LockLens::Trace
