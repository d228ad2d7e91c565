// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace LockLens::StatementText {

// A statement's SQL as a trace shows it: comments dropped, each run of white space one
// space, and (unless `keepLiterals`) every string, blob and number literal a `?`, so that
// the values a program writes stay out of the trace and statements that differ only in
// their values read as one. At most MaxBytes, cut at a character boundary and marked "…".
constexpr std::size_t MaxBytes = 2000;
std::string normalise(const char *sql, bool keepLiterals);

// A process's statement texts and their ids (from 1), safe to use from any thread. Bounded
// whatever the program runs: past MaxTexts distinct texts (values written into the SQL, kept
// with `keepLiterals`), a new text is kept without its values, and past twice that, as one
// text that says so.
class Ids
{
public:
    static constexpr std::size_t MaxTexts = 5000;
    explicit Ids(bool keepLiterals = false) : m_literals(keepLiterals) {}
    void setKeepLiterals(bool keep) { m_literals = keep; }
    // The id of `sql`'s text, and whether the text is new: then *text is set to it (to be
    // sent once; "" for a statement SQLite prepares itself).
    std::uint32_t idOf(const char *sql, bool *isNew, std::string *text);

private:
    bool m_literals;
    std::mutex m_mutex;
    std::unordered_map<std::string, std::uint32_t> m_ids;
};

} // namespace LockLens::StatementText
