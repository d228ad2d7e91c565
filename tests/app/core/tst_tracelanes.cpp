// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's lanes for a traced program (Trace::Lanes), fed by a trace's model as the Trace
// tab feeds them: a thread's connections in turn on its lane, a thread per request on as many
// lanes as connections were open at once, at most MaxLanes, and a lane for a connection that
// had none once one is free.
#include "app/core/tracelanes.h"
#include "workers/tracemodel.h"

#include <QtTest>

#include <set>
#include <utility>

using namespace LockLens;
using LockTrace::Lock;

namespace {

// A trace's model and its lanes, fed records as a channel gives them.
class Feed
{
public:
    // `ended`: the threads that have ended (pid, thread); the others run.
    Feed()
        : m_model(1)
        , m_lanes(&m_registry, &m_model,
              [this](std::uint32_t pid, std::uint32_t tid) { return !ended.count({ pid, tid }); })
    {
        m_model.setTransitionSink([this](const Trace::Connection &c, const LockTrace::Event &e, std::uint32_t,
                                      std::uint32_t thread) {
            const bool fileLock = e.to < Lock::WalWrite && e.from < Lock::WalWrite;
            if (LockTrace::Recorder *lane
                = m_lanes.laneOf(c, thread, fileLock, c.file != QLatin1String("skip.db"), e.ticks))
                lane->fileLock(e.to, e.busy, e.ticks);
        });
    }

    // Connection `conn` of process `pid` opened by thread `tid`.
    void open(std::uint32_t pid, std::uint32_t tid, std::uint32_t conn, const char *file = "app.db")
    {
        add(Trace::Kind::Open, pid, tid, conn, 0, file);
    }
    void lock(std::uint32_t pid, std::uint32_t tid, std::uint32_t conn, Lock to)
    {
        add(Trace::Kind::FileLock, pid, tid, conn, std::uint8_t(to));
    }
    void close(std::uint32_t pid, std::uint32_t tid, std::uint32_t conn) { add(Trace::Kind::Close, pid, tid, conn); }
    void process(std::uint32_t pid) { add(Trace::Kind::Process, pid, pid, 0, 0, "app"); }
    // A statement's worth: open, read, close.
    void request(std::uint32_t pid, std::uint32_t tid, std::uint32_t conn)
    {
        open(pid, tid, conn);
        lock(pid, tid, conn, Lock::Shared);
        lock(pid, tid, conn, Lock::None);
        close(pid, tid, conn);
    }

    std::set<std::pair<std::uint32_t, std::uint32_t>> ended;

    const Trace::Lanes &lanes() const { return m_lanes; }
    const Trace::Model &model() const { return m_model; }
    // Connection `id`'s lane (its index), -1 if none.
    int laneOf(int id) const
    {
        const QString name = m_lanes.nameOf(id);
        for (std::size_t i = 0; i < m_lanes.lanes().size(); ++i) {
            if (m_lanes.lanes()[i].recorder->name() == name)
                return int(i);
        }
        return -1;
    }

private:
    void add(Trace::Kind kind, std::uint32_t pid, std::uint32_t tid, std::uint32_t conn, std::uint8_t b = 0,
        const char *text = "")
    {
        Trace::TraceRecord r;
        r.kind = kind;
        r.pid = pid;
        r.tid = tid;
        r.conn = conn;
        r.b = b;
        r.t = ++m_t;
        r.text = text;
        m_model.add(r);
    }

    std::uint64_t m_t = 1;
    LockTrace::Registry m_registry;
    Trace::Model m_model;
    Trace::Lanes m_lanes;
};

} // namespace

class TestTraceLanes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aThreadsConnectionsTakeItsLaneInTurn();
    void aThreadPerRequestHasTheLanesOfItsConcurrency();
    void atMostMaxLanesAndALaneOnceOneIsFree();
    void processesShareLanesOnlyWhenAllAreTaken();
    void aDatabaseNotKeptHasNoLane();
    void aLaneTakenOverStartsWithNothingHeld();
    void aLaneOfAProcessThatEndedIsFree();
};

void TestTraceLanes::aThreadsConnectionsTakeItsLaneInTurn()
{
    Feed f;
    // Two threads of one process, a connection per request each, taking turns.
    std::uint32_t conn = 0;
    for (int i = 0; i < 200; ++i) {
        f.request(4242, 4243, ++conn);
        f.request(4242, 4244, ++conn);
    }
    // And the two at once: each still on its own lane.
    f.open(4242, 4243, ++conn);
    f.open(4242, 4244, ++conn);
    f.lock(4242, 4243, conn - 1, Lock::Shared);
    f.lock(4242, 4244, conn, Lock::Shared);
    QCOMPARE(f.lanes().lanes().size(), std::size_t(2));
    for (const Trace::Lanes::Lane &l : f.lanes().lanes()) {
        QCOMPARE(l.connections, 201);
        QVERIFY(!l.threads);
        QVERIFY(!l.processes);
        QCOMPARE(l.pid, 4242U);
    }
    QCOMPARE(f.laneOf(1), 0);
    QCOMPARE(f.laneOf(2), 1);
    QCOMPARE(f.laneOf(int(conn) - 1), 0); // thread 4243's
    QCOMPARE(f.laneOf(int(conn)), 1);
    QCOMPARE(f.lanes().lanes()[0].thread, 4243U);
    QCOMPARE(f.lanes().lanes()[0].connection, int(conn) - 1);
    QCOMPARE(f.lanes().lanes()[0].recorder->name(), Trace::Lanes::laneName(4242, 1)); // its first's name
    // Each lane's events are its connections', in order: taken and released, the last held.
    std::vector<LockTrace::Event> events;
    f.lanes().lanes()[0].recorder->read(0, &events);
    QCOMPARE(events.size(), std::size_t(2 * 200 + 1));
    QCOMPARE(events.back().to, Lock::Shared);
}

void TestTraceLanes::aThreadPerRequestHasTheLanesOfItsConcurrency()
{
    Feed f;
    // A thread per request, two requests at a time: two lanes, shared by all the threads, as
    // each ends after its request.
    std::uint32_t conn = 0, thread = 5000;
    for (int i = 0; i < 300; ++i) {
        const std::uint32_t a = ++conn, b = ++conn, ta = ++thread, tb = ++thread;
        f.open(7, ta, a);
        f.open(7, tb, b);
        f.lock(7, ta, a, Lock::Shared);
        f.lock(7, tb, b, Lock::Shared);
        f.lock(7, ta, a, Lock::None);
        f.lock(7, tb, b, Lock::None);
        f.close(7, ta, a);
        f.close(7, tb, b);
        f.ended.insert({ 7, ta });
        f.ended.insert({ 7, tb });
    }
    QCOMPARE(f.lanes().lanes().size(), std::size_t(2));
    QCOMPARE(f.lanes().lanes()[0].connections + f.lanes().lanes()[1].connections, 600);
    QVERIFY(f.lanes().lanes()[0].threads);
    QVERIFY(!f.lanes().lanes()[0].processes);
}

void TestTraceLanes::atMostMaxLanesAndALaneOnceOneIsFree()
{
    Feed f;
    constexpr auto Max = std::uint32_t(Trace::Lanes::MaxLanes);
    // MaxLanes threads with a connection each, open and reading; one more has no lane.
    for (std::uint32_t i = 1; i <= Max + 1; ++i) {
        f.open(9, 100 + i, i);
        f.lock(9, 100 + i, i, Lock::Shared);
    }
    QCOMPARE(f.lanes().lanes().size(), std::size_t(Max));
    QCOMPARE(f.laneOf(int(Max) + 1), -1);
    f.lock(9, 101 + Max, Max + 1, Lock::None);
    QCOMPARE(f.laneOf(int(Max) + 1), -1); // none free yet
    // The first closes: the last takes its lane at its next change of the file's lock.
    f.lock(9, 101, 1, Lock::None);
    f.close(9, 101, 1);
    f.lock(9, 101 + Max, Max + 1, Lock::Shared);
    QCOMPARE(f.laneOf(int(Max) + 1), 0);
    QCOMPARE(f.lanes().lanes()[0].connections, 2);
    QVERIFY(f.lanes().lanes()[0].threads);
    QCOMPARE(f.lanes().lanes().size(), std::size_t(Max));
}

void TestTraceLanes::processesShareLanesOnlyWhenAllAreTaken()
{
    const auto Max = std::uint32_t(Trace::Lanes::MaxLanes);
    {
        // A process per request (a forking server), each ending after it: one lane.
        Feed f;
        for (std::uint32_t pid = 1000; pid < 1000 + 3 * Max; ++pid) {
            f.request(pid, pid, 1);
            f.ended.insert({ pid, pid });
        }
        QCOMPARE(f.lanes().lanes().size(), std::size_t(1));
        QCOMPARE(f.lanes().lanes()[0].connections, int(3 * Max));
        QVERIFY(f.lanes().lanes()[0].processes);
    }
    // Processes that go on running after their connection closed: a lane each until all are
    // taken, then those that closed connections left.
    Feed f;
    for (std::uint32_t pid = 1000; pid < 1000 + 3 * Max; ++pid)
        f.request(pid, pid, 1);
    QCOMPARE(f.lanes().lanes().size(), std::size_t(Max));
    int shown = 0;
    for (const Trace::Lanes::Lane &l : f.lanes().lanes())
        shown += l.connections;
    QCOMPARE(shown, int(3 * Max));
    QVERIFY(f.lanes().lanes()[0].processes);
    QCOMPARE(f.lanes().lanes()[Max - 1].connections, 1); // the last new lane, not taken again
}

void TestTraceLanes::aDatabaseNotKeptHasNoLane()
{
    Feed f;
    f.open(3, 3, 1, "skip.db");
    f.lock(3, 3, 1, Lock::Shared);
    f.open(3, 3, 2);
    f.lock(3, 3, 2, Lock::Shared);
    QCOMPARE(f.laneOf(1), -1);
    QCOMPARE(f.laneOf(2), 0);
    QCOMPARE(f.lanes().lanes().size(), std::size_t(1));
}

void TestTraceLanes::aLaneTakenOverStartsWithNothingHeld()
{
    // A connection closes without its releases seen (records dropped, a close with a statement
    // unfinished): the next one on the lane does not seem to hold its lock.
    Feed f;
    f.open(5, 5, 1);
    f.lock(5, 5, 1, Lock::Shared);
    f.close(5, 5, 1);
    f.open(5, 5, 2);
    f.lock(5, 5, 2, Lock::Shared);
    QCOMPARE(f.laneOf(2), 0);
    std::vector<LockTrace::Event> events;
    f.lanes().lanes()[0].recorder->read(0, &events);
    QCOMPARE(events.size(), std::size_t(3));
    QCOMPARE(events[1].from, Lock::Shared);
    QCOMPARE(events[1].to, Lock::None); // released as the second took the lane
    QCOMPARE(events[2].to, Lock::Shared);
}

void TestTraceLanes::aLaneOfAProcessThatEndedIsFree()
{
    // Every lane taken by a connection of a process killed before it closed them: a new
    // process's connection takes one of them.
    Feed f;
    const auto Max = std::uint32_t(Trace::Lanes::MaxLanes);
    f.process(9);
    for (std::uint32_t i = 1; i <= Max; ++i) {
        f.open(9, 100 + i, i);
        f.lock(9, 100 + i, i, Lock::Shared);
    }
    f.process(10);
    f.open(10, 10, 1);
    f.lock(10, 10, 1, Lock::Shared);
    QCOMPARE(f.laneOf(int(Max) + 1), -1); // process 9 still runs
    f.ended.insert({ 9, 0 });
    f.process(11);
    f.open(11, 11, 1);
    f.lock(11, 11, 1, Lock::Shared);
    QCOMPARE(f.laneOf(int(Max) + 2), 0);
    QVERIFY(f.lanes().lanes()[0].processes);
}

QTEST_GUILESS_MAIN(TestTraceLanes)
#include "tst_tracelanes.moc"
