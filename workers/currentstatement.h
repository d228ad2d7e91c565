// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/locktrace.h"
#include "workers/statements.h"

namespace LockLens::LockTrace {

// Marks the statement the calling thread steps for as long as it lives, so that the lock
// transitions the VFS records meanwhile (on this same thread) name it. One plain store to
// a thread_local each way: no atomics, nothing shared. Every StatementSet::run() opens one.
class StatementScope
{
public:
    explicit StatementScope(Stmt s)
        : m_previous(currentStatement)
    {
        currentStatement = statementCode(s);
    }
    ~StatementScope() { currentStatement = m_previous; }
    StatementScope(const StatementScope &) = delete;
    StatementScope &operator=(const StatementScope &) = delete;

    // The code a recorded event carries for `s` (0 stands for "no statement").
    static constexpr std::uint8_t statementCode(Stmt s) { return std::uint8_t(int(s) + 1); }
    // The statement a code names; false for 0 (or a code out of range).
    static bool statementOf(std::uint8_t code, Stmt *s)
    {
        if (code == 0 || code > std::uint8_t(Stmt::NUM_STATEMENTS))
            return false;
        *s = Stmt(code - 1);
        return true;
    }

private:
    std::uint8_t m_previous;
};

} // namespace LockLens::LockTrace
