// SPDX-License-Identifier: GPL-3.0-or-later
// The trace channel as LockLens reads it when its writers misbehave: a record damaged by a
// process killed while writing it, slots a dead writer left unwritten, a writer stopped
// in the middle of a record; and its counter slots, given back and taken by many writers at once.
#include "workers/recorder/clock.h"
#include "workers/tracechannelfile.h"
#include "workers/tracemodel.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <thread>
#include <vector>

using namespace LockLens;
using namespace LockLens::Trace;
using LockTrace::Lock;

class TestTraceChannel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    // First, before any QProcess: under ThreadSanitizer a process that has forked (Qt's
    // QProcess spawns with vfork semantics) may start no more threads.
    void counterSlotsGivenBackGoToOneOwnerAtATime();
    void damagedRecordsAreSkipped();
    void slotsLeftByADeadWriterAreSkipped();
    void aStoppedWritersSlotIsWaitedFor();
    void theSlotOfAProcessThatEndedIsGivenBack();

private:
    QTemporaryDir m_dir;
};

void TestTraceChannel::damagedRecordsAreSkipped()
{
    // What a process killed in the middle of a record can leave: a head whose text length
    // runs past what was reserved, and a lock record with a lock that does not exist. The
    // reader skips the first (counted as lost) and the model ignores the second.
    QString why;
    auto channel = ChannelFile::create(m_dir.path(), &why, 64, 4);
    QVERIFY2(channel, qPrintable(why));
    const Channel &c = channel->channel();
    Entry open {};
    open.kind = Kind::Open;
    open.pid = 7;
    open.conn = 1;
    QVERIFY(c.push(open, "/tmp/x.db", 9));
    const std::uint64_t at = c.reserve(1); // a head that claims 2^40 bytes of text after it
    c.slot(at).e = open;
    c.slot(at).e.arg = std::uint64_t(1) << 40;
    c.publish(at);
    Entry lock {};
    lock.kind = Kind::FileLock;
    lock.pid = 7;
    lock.conn = 1;
    lock.b = 200;
    QVERIFY(c.push(lock));
    std::vector<TraceRecord> all;
    QCOMPARE(channel->drain(&all, true), std::size_t(2)); // the open and the lock record
    QCOMPARE(channel->lost(), quint64(1));
    Model model(0);
    for (const TraceRecord &r : all)
        model.add(r);
    model.finish(1, c);
    QCOMPARE(model.connections().size(), std::size_t(1));
    QCOMPARE(model.connections()[0].file, QStringLiteral("/tmp/x.db"));
    for (double sec : model.connections()[0].secondsIn)
        QVERIFY(std::isfinite(sec));
}

void TestTraceChannel::slotsLeftByADeadWriterAreSkipped()
{
    // A process killed (gunicorn's timed-out worker gets SIGKILL) while it wrote a record
    // leaves slots reserved and never published. The reader waits for them StuckMs, then
    // skips them and reads on; a record being written when the hold-up began is not skipped.
    QString why;
    auto channel = ChannelFile::create(m_dir.path(), &why, 64, 4);
    QVERIFY2(channel, qPrintable(why));
    std::int64_t now = 0;
    channel->setClock([&now] { return now; });
    std::vector<TraceRecord> all;
    // The pump reads every 50 ms; a step of 100 ms is within what counts as reading on.
    const auto readUntil = [&](std::int64_t until) {
        std::size_t n = 0;
        for (; now < until; now += 100)
            n += channel->drain(&all);
        return n + channel->drain(&all);
    };
    const Channel &c = channel->channel();
    // A record with text whose continuations were published, but not its head.
    const std::size_t more = Channel::continuations(200);
    QVERIFY(more >= 2);
    const std::uint64_t dead = c.reserve(1 + more);
    for (std::size_t i = 0; i < more; ++i)
        c.publishContinuation(dead + 1 + i);
    c.reserve(1); // and a slot of another process that died before it wrote anything
    Entry lock {};
    lock.kind = Kind::FileLock;
    lock.pid = 7;
    lock.conn = 1;
    QVERIFY(c.push(lock));
    QCOMPARE(channel->drain(&all), std::size_t(0)); // held up
    const std::uint64_t live = c.reserve(1); // reserved after the hold-up began: being written
    QCOMPARE(readUntil(ChannelFile::StuckMs - 100), std::size_t(0));
    QCOMPARE(channel->lost(), quint64(0));
    QCOMPARE(readUntil(ChannelFile::StuckMs), std::size_t(1)); // the lock record, not the continuations
    QCOMPARE(all.front().kind, Kind::FileLock);
    QCOMPARE(channel->lost(), quint64(1 + more + 1));
    // The live writer's slot holds the reading up afresh; LockLens itself stopped for a
    // while (Ctrl-Z) does not count as waiting.
    QCOMPARE(readUntil(now + ChannelFile::StuckMs - 100), std::size_t(0));
    now += 10 * ChannelFile::StuckMs;
    QCOMPARE(channel->drain(&all), std::size_t(0));
    c.slot(live).e = lock;
    c.publish(live);
    QCOMPARE(channel->drain(&all), std::size_t(1));
    QCOMPARE(channel->lost(), quint64(1 + more + 1));
}

void TestTraceChannel::aStoppedWritersSlotIsWaitedFor()
{
#ifdef Q_OS_LINUX
    // A writer stopped (SIGSTOP, a debugger) in the middle of a record is not dead: its slot,
    // which names it, holds the reading up for as long as it is stopped.
    QProcess sleeper;
    sleeper.start(QStringLiteral("sleep"), { QStringLiteral("600") });
    QVERIFY(sleeper.waitForStarted());
    const auto pid = std::uint32_t(sleeper.processId());
    QVERIFY(::kill(pid_t(pid), SIGSTOP) == 0);
    QString why;
    auto channel = ChannelFile::create(m_dir.path(), &why, 64, 4);
    QVERIFY2(channel, qPrintable(why));
    std::int64_t now = 0;
    channel->setClock([&now] { return now; });
    const Channel &c = channel->channel();
    const std::uint64_t stopped = c.reserve(1);
    c.slot(stopped).e.pid = pid;
    Entry lock {};
    lock.kind = Kind::FileLock;
    lock.pid = 8;
    QVERIFY(c.push(lock));
    std::vector<TraceRecord> all;
    // /proc says "stopped" once the signal is delivered: waited for, not slept on.
    const auto state = [pid] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        const QByteArray line = stat.open(QIODevice::ReadOnly) ? stat.readAll() : QByteArray();
        const qsizetype paren = line.lastIndexOf(')');
        return paren >= 0 && paren + 2 < line.size() ? line.at(paren + 2) : '?';
    };
    QTRY_COMPARE(state(), 'T');
    for (; now <= 3 * ChannelFile::StuckMs; now += 100)
        QCOMPARE(channel->drain(&all), std::size_t(0));
    QCOMPARE(channel->lost(), quint64(0));
    sleeper.kill(); // now it is gone
    QVERIFY(sleeper.waitForFinished());
    now += 100;
    QCOMPARE(channel->drain(&all), std::size_t(1));
    QCOMPARE(channel->lost(), quint64(1));
#else
    QSKIP("/proc is Linux's");
#endif
}

void TestTraceChannel::counterSlotsGivenBackGoToOneOwnerAtATime()
{
    // Four writers (threads here; processes share the stack the same way) open and close
    // connections as fast as they can through 8 counter slots: each slot has one owner at a
    // time (what an owner wrote into it is still there when it gives it back), no slot is lost,
    // and no more than 8 are ever handed out.
    QString why;
    auto channel = ChannelFile::create(m_dir.path(), &why, 64, 8);
    QVERIFY2(channel, qPrintable(why));
    const Channel &c = channel->channel();
    constexpr int Writers = 4, Rounds = 20000;
    std::atomic<int> wrong { 0 }, none { 0 };
    std::vector<std::thread> writers;
    for (int w = 1; w <= Writers; ++w) {
        writers.emplace_back([&, w] {
            for (std::uint32_t i = 1; i <= Rounds; ++i) {
                ConnCounters *k = c.claimCounters(std::uint32_t(w), 1, i);
                if (!k) {
                    ++none;
                    continue;
                }
                k->steps.fetch_add(i, std::memory_order_relaxed);
                if (!Channel::ownerStill(*k, std::uint32_t(w), 1, i) || k->steps.load() != i)
                    ++wrong;
                c.releaseCounters(k);
            }
        });
    }
    for (std::thread &t : writers)
        t.join();
    QCOMPARE(wrong.load(), 0);
    QCOMPARE(none.load(), 0); // at most 4 held at once, of 8
    QVERIFY(c.header().connUsed.load() <= 8);
    // Every slot handed out is on the free stack again, once.
    std::vector<ConnCounters *> back;
    while (ConnCounters *k = c.claimCounters(9, 1, 1))
        back.push_back(k);
    QCOMPARE(back.size(), std::size_t(8));
    std::sort(back.begin(), back.end());
    QVERIFY(std::adjacent_find(back.begin(), back.end()) == back.end());
}

void TestTraceChannel::theSlotOfAProcessThatEndedIsGivenBack()
{
    // A process killed (or ended by os._exit) with a connection open never gives its counter
    // slot back: LockLens takes its counts as final and gives the slot back itself.
    QString why;
    auto channel = ChannelFile::create(m_dir.path(), &why, 64, 2);
    QVERIFY2(channel, qPrintable(why));
    const Channel &c = channel->channel();
    constexpr std::uint32_t Pid = 4242, Image = 1;
    ConnCounters *k = c.claimCounters(Pid, Image, 1);
    QVERIFY(k);
    k->statements.store(7);
    k->rowsChanged.store(5);
    Model model(Clock::now());
    TraceRecord open {};
    open.kind = Kind::Open;
    open.pid = Pid;
    open.conn = 1;
    open.stmt = Image;
    open.text = "/tmp/x.db";
    model.add(open);
    bool runs = true;
    model.setProcessRuns([&runs](std::uint32_t pid) { return pid != Pid || runs; });
    model.readCounters(c);
    QCOMPARE(model.connections().front().statements, std::uint64_t(7));
    QVERIFY(!model.connections().front().countersFinal); // still running: its slot stays
    QVERIFY(Channel::ownerStill(*k, Pid, Image, 1));
    runs = false;
    model.readCounters(c);
    QVERIFY(model.connections().front().countersFinal);
    QCOMPARE(model.connections().front().rowsChanged, std::uint64_t(5));
    QCOMPARE(k->pid.load(), 0U); // given back
    QCOMPARE(c.claimCounters(99, 1, 1), k); // and taken again, no new slot used
    QCOMPARE(c.header().connUsed.load(), std::uint64_t(1));
    model.readCounters(c); // the new owner's counts are not the ended one's
    QCOMPARE(model.connections().front().statements, std::uint64_t(7));
}

QTEST_GUILESS_MAIN(TestTraceChannel)
#include "tst_tracechannel.moc"
