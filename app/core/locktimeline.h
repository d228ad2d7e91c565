// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/locktrace.h"
#include "workers/postgres/lockwait.h"
#include "workers/statements.h"
#include "workers/waitlog.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <map>
#include <memory>
#include <vector>

namespace LockLens {

// What the window and the reports call the connection a lock recorder names (the names of
// the run's JSON "lock_timeline", which stay as they are): the name the run gives the same
// client, "worker3" as "worker 3", "pool3" as "pool thread 3", "reader2" as "reader 2";
// "control" is LockLens's own connection (setup and verification), "shared" the connection
// the shared strategy's workers take turns on; a traced program's "pid 4242 conn3" is
// "conn3 · 4242". Other names are kept as they are.
QString connectionName(const QString &recorder);
// The order lanes and tables list connections in: "control" first, then by name with
// numbers compared as numbers ("worker2" before "worker10").
bool connectionBefore(const QString &a, const QString &b);

// What the lock timeline draws: per connection, the intervals it held each lock and the
// intervals it waited for one, in seconds from the load's start. Built from the events
// of the run's recorders (LockTrace::Recorder), read a batch at a time, so a view can
// follow a live run at ~10 Hz; GUI-free.
class LockTimeline
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::LockTimeline)
public:
    struct Interval
    {
        double startS = 0;
        double endS = 0; // == startS while still open (see Lane::openSince)
        LockTrace::Lock lock = LockTrace::Lock::None;
        // The statement running when it began (LockTrace::Event::statement; 0: none).
        std::uint8_t statement = 0;
        // A wait on PostgreSQL: what it was for (see waitCause(); 0: not known).
        std::uint32_t cause = 0;
    };
    struct Lane
    {
        QString worker;
        std::vector<Interval> file; // SHARED..EXCLUSIVE held on the database file (NONE is the gaps)
        std::vector<Interval> walWrite; // the WAL write lock held
        std::vector<Interval> walCheckpoint; // the checkpoint lock held
        std::vector<Interval> waits; // from a refused lock request until the next change
        std::uint64_t lostEvents = 0; // overwritten in the ring before they were read
    };
    // Intervals kept per kind and lane: a ten-minute run at full speed is thinned from the
    // start (Lane::file.front() tells from when the history is complete).
    static constexpr std::size_t MaxIntervals = 200000;

    // Time zero in Clock ticks (the load's start); nothing is read before it is set. Set
    // it once: intervals already built keep the origin they were built with.
    void setOrigin(std::uint64_t ticks);
    // Reads what the recorders recorded since the last call and extends the lanes; open
    // intervals are drawn up to nowTicks.
    void update(const std::vector<std::shared_ptr<LockTrace::Recorder>> &recorders, std::uint64_t nowTicks);
    // Where locks are not recorded: the waits the engine measured (WaitLog), a lane per
    // worker, as Lane::waits with lock None (which lock is not known). A call of the busy
    // handler that begins within MergeGapS of the previous one's end extends its interval:
    // one interval per wait, not per sleep. Waits show when each call of the handler returns.
    void updateWaits(const std::vector<std::shared_ptr<WaitLog>> &logs, std::uint64_t nowTicks);
    static constexpr double MergeGapS = 0.002;
    // Whether lanes came from measured waits (updateWaits): they hold no lock states.
    bool measuredWaits() const { return m_measuredWaits; }
    // The waits were sampled (PostgreSQL's, from pg_stat_activity) this many times a second;
    // 0: measured where they happened (SQLite's busy handler).
    void setWaitsSampledHz(int hz) { m_sampledHz = hz; }
    int waitsSampledHz() const { return m_sampledHz; }
    // What the sampled waits were for (Interval::cause): the run's table of causes.
    void setWaitCauses(std::shared_ptr<const Postgres::WaitCauses> causes) { m_causes = std::move(causes); }
    // The cause numbered `cause`; one whose lockType is "" when it is not known.
    Postgres::LockWait waitCause(std::uint32_t cause) const;
    const std::vector<Lane> &lanes() const { return m_lanes; }
    double endS() const { return m_endS; }
    // The run ended at `endS`: the timeline ends there, not when its last events were read
    // (after the verification). What was recorded later is kept.
    void setEnd(double endS) { m_endS = endS; }

    // What lane `lane` held at `t` (seconds) on the file and whether it was waiting, for a
    // tooltip: the interval found (or nullptr).
    const Interval *fileAt(int lane, double t) const;
    const Interval *waitAt(int lane, double t) const;
    const Interval *walWriteAt(int lane, double t) const;

    // The SQL the run's connections step (StatementTexts::sql), for statementText().
    void setStatementTexts(const StatementTexts &texts);
    // Interval::statement in short: the start of its SQL (about MaxStatementChars, cut
    // with "…"), or without texts its kind ("INSERT", "COMMIT"); "" for none.
    QString statementText(std::uint8_t statement) const;
    static constexpr int MaxStatementChars = 60;

private:
    struct Follow
    {
        std::uint64_t cursor = 0;
        int lane = 0;
        // Open intervals: index into the lane's vectors, or -1.
        long file = -1;
        long wal[2] = { -1, -1 }; // write, checkpoint
        long wait = -1;
    };
    double seconds(std::uint64_t ticks) const;
    void apply(Lane &lane, Follow &f, const LockTrace::Event &e);
    static void append(std::vector<Interval> &v, long *open, Interval i);

    LockTrace::TimeBase m_time; // set by setOrigin()
    double m_endS = 0;
    std::vector<Lane> m_lanes;
    std::map<const LockTrace::Recorder *, Follow> m_follow;
    std::vector<LockTrace::Event> m_batch;
    std::map<const WaitLog *, Follow> m_followWaits; // Follow::wait: the last interval
    std::vector<WaitLog::Wait> m_waitBatch;
    bool m_measuredWaits = false;
    int m_sampledHz = 0;
    std::shared_ptr<const Postgres::WaitCauses> m_causes;
    std::array<QString, std::size_t(Stmt::NUM_STATEMENTS)> m_statementTexts; // shortened
};

} // namespace LockLens
