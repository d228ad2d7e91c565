// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/liveseries.h"
#include "workers/runresult.h"
#include "workers/scenario.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <vector>

namespace LockLens {

// How the load dashboard words, numbers and colours what it shows: the scenario's title,
// the header's figures, the banner at the end of a run, the names and colours of the
// lines.
class DashboardText
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::DashboardText)
public:
    // Colours of the totals (Okabe-Ito: distinct for the common colour-vision deficiencies).
    static constexpr QRgb Blue = 0x0072b2, Vermillion = 0xd55e00, Green = 0x009e73, Purple = 0x8e44ad,
                          Grey = 0x666666;
    // A worker's lines and check box; clear of the totals' colours.
    static QColor workerColor(int worker);
    static QColor errorColor(ErrorClass c);
    static QString errorName(ErrorClass c); // "SQLITE_BUSY at BEGIN", ...

    // "<b>name</b>  WAL · 4 workers · a connection per thread · BEGIN IMMEDIATE" (rich text).
    static QString title(const Scenario &sc);
    // Why a run of `sc` records no lock states ("" when it does).
    static QString locksMissing(const Scenario &sc);
    // "552 ms", "1.51 s", "12.3 s".
    static QString duration(double s);
    // The live header: elapsed time and the last second's rates, p99 and time waiting, and
    // the transactions that failed so far.
    static QString liveFigures(double elapsedS, const LiveSeries::Recent &r, int workers);
    // The header once the run is over: the whole run's figures.
    static QString runFigures(const RunResult &r);
    // "1,234 failed (82.3 %)": transactions abandoned after their last try, and their share
    // of the transactions tried; "" when none failed.
    static QString failures(std::uint64_t failed, std::uint64_t committed);

    // How the banner is coloured: green, amber, red.
    enum class Tone { Good, Warning, Bad };
    // One thing the banner says about an ended run. A Warning's `lead` follows "verified"
    // in the banner's bold opening ("verified, with failed transactions").
    struct Finding
    {
        Tone tone = Tone::Good;
        QString html;
        QString lead;
    };
    // What the ended run's banner says, in order: whether it was verified (every committed
    // row present, the integrity check ok) or what went wrong, its failed transactions.
    // Another outcome is another Finding.
    static std::vector<Finding> findings(const RunResult &r);
    // The end-of-run banner (rich text): its findings under one bold opening, in the
    // worst finding's tone; then the run's warnings.
    struct Banner
    {
        QString html;
        Tone tone = Tone::Bad;
    };
    static Banner banner(const RunResult &r);
};

} // namespace LockLens
