// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace LockLens::StatementText {

// A statement's SQL as a trace shows it: comments dropped, each run of white space one
// space, and (unless `keepLiterals`) every string, blob and number literal a `?`, so that
// the values a program writes stay out of the trace and statements that differ only in
// their values read as one. At most MaxBytes, cut at a character boundary and marked "…".
constexpr std::size_t MaxBytes = 2000;
std::string normalise(const char *sql, bool keepLiterals);

} // namespace LockLens::StatementText
