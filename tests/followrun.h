// SPDX-License-Identifier: GPL-3.0-or-later
// Runs scenarios for the engine's tests: to their end (mustRun), or following their locks
// into a LockTimeline every 30 ms, as the dashboard's timeline does (followRun).
#pragma once

#include "clock.h"
#include "engine.h"
#include "locktimeline.h"

#include <QSignalSpy>
#include <QTimer>

namespace LockLens::Fixture {

// The result of running `s` to its end, sampled every 100 ms; a run that could not start
// says why in a warning and gives an empty result (not ok()), for the test to check.
inline RunResult mustRun(const Scenario &s)
{
    RunResult r;
    QString why;
    if (!LoadEngine::runBlocking(s, &r, &why, 100))
        qWarning("run failed: %s", qPrintable(why));
    return r;
}

// Runs a scenario and follows its locks, with a last read from the ended run's recorders.
// False (with the reason) when the run could not start, did not end within a minute, or
// never reached its load.
inline bool followRun(const Scenario &sc, LockTimeline *timeline, RunResult *result, QString *why)
{
    LoadEngine engine;
    bool originSet = false;
    const auto sample = [&] {
        if (!originSet && engine.loadStartTicks()) {
            timeline->setOrigin(engine.loadStartTicks());
            originSet = true;
        }
        timeline->update(engine.lockRecorders(), Clock::now());
        timeline->updateWaits(engine.waitLogs(), Clock::now()); // where locks are not recorded
    };
    QTimer timer;
    timer.setInterval(30);
    QObject::connect(&timer, &QTimer::timeout, &engine, sample);
    QSignalSpy done(&engine, &LoadEngine::finished);
    if (!engine.start(sc, why))
        return false;
    timer.start();
    if (!done.wait(60000)) {
        *why = QStringLiteral("the run did not end within a minute");
        return false;
    }
    timer.stop();
    sample(); // the last events, from the ended run's recorders
    *result = done.first().first().value<RunResult>();
    if (!originSet)
        *why = QStringLiteral("the load never started");
    return originSet;
}

} // namespace LockLens::Fixture
