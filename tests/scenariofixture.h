// SPDX-License-Identifier: GPL-3.0-or-later
// A scenario for round trips (JSON, the wizard's pages): shared by the engine's and the
// wizard's tests.
#pragma once

#include "scenario.h"

namespace LockLens::Fixture {

// Every field away from its default, with a description that a text box would normalise
// (\r\n), hostile names and the largest seed a JSON number holds exactly.
inline Scenario everyField()
{
    Scenario s;
    s.name = QStringLiteral("every field");
    s.description = QStringLiteral("ünïcode \"quotes\"\nsecond line\r\nthird");
    s.databasePath = QStringLiteral("/tmp/x y.db");
    s.table = QStringLiteral("we\"ird;table");
    s.foreignKeys = true;
    s.journalMode = QStringLiteral("delete");
    s.synchronous = QStringLiteral("full");
    s.workers = 16;
    s.readers = 3;
    s.splitFiles = 7;
    s.mix = { 10, 20, 30, 40, 50 };
    s.payloadBytes = 0;
    s.batch = 1000;
    s.rangeRows = 7;
    s.prefillRows = 123456;
    s.txMode = TxMode::Exclusive;
    s.readBeforeWrite = true;
    s.busyPolicy = BusyPolicy::Spin;
    s.busyTimeoutMs = 0;
    s.maxTries = 9;
    s.retryBackoff = { RetryBackoff::Kind::Fixed, 7, 100 };
    s.strategy = Strategy::WriterQueue;
    s.driverPath = DriverPath::Qt;
    s.durationS = 2.5;
    s.opsPerWorker = 777;
    s.rate = 1234.5;
    s.seed = 9007199254740991ull;
    s.instrument = false;
    s.recordLocks = false;
    return s;
}

} // namespace LockLens::Fixture
