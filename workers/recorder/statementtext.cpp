// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/recorder/statementtext.h"

#include <cctype>
#include <cstring>

namespace LockLens::StatementText {

namespace {

bool isWordChar(unsigned char c)
{
    return std::isalnum(c) || c == '_' || c == '$' || c >= 0x80;
}

// The end of a quoted run that starts at `p` with `open` and ends with `close` (a doubled
// closing quote inside it is part of the text).
const char *skipQuoted(const char *p, char close)
{
    for (++p; *p; ++p) {
        if (*p == close) {
            if (p[1] == close && close != ']') {
                ++p;
                continue;
            }
            return p + 1;
        }
    }
    return p;
}

// The end of a numeric literal starting at `p`: digits, a point, an exponent, hex digits.
const char *skipNumber(const char *p)
{
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        p += 2;
        while (std::isxdigit(static_cast<unsigned char>(*p)))
            ++p;
        return p;
    }
    while (std::isdigit(static_cast<unsigned char>(*p)) || *p == '.')
        ++p;
    if (*p == 'e' || *p == 'E') {
        const char *q = p + 1;
        if (*q == '+' || *q == '-')
            ++q;
        if (std::isdigit(static_cast<unsigned char>(*q))) {
            p = q;
            while (std::isdigit(static_cast<unsigned char>(*p)))
                ++p;
        }
    }
    return p;
}

void cut(std::string *out)
{
    if (out->size() <= MaxBytes)
        return;
    std::size_t n = MaxBytes;
    while (n > 0 && (static_cast<unsigned char>((*out)[n]) & 0xc0) == 0x80)
        --n; // not inside a UTF-8 sequence
    out->resize(n);
    out->append("\xe2\x80\xa6");
}

} // namespace

std::string normalise(const char *sql, bool keepLiterals)
{
    std::string out;
    bool space = false;
    const auto emit = [&](const char *from, const char *to) {
        if (space && !out.empty())
            out.push_back(' ');
        space = false;
        out.append(from, std::size_t(to - from));
    };
    for (const char *p = sql; *p && out.size() <= MaxBytes;) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (std::isspace(c)) {
            space = true;
            ++p;
        } else if (c == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                ++p;
            space = true;
        } else if (c == '/' && p[1] == '*') {
            const char *end = std::strstr(p + 2, "*/");
            p = end ? end + 2 : p + std::strlen(p);
            space = true;
        } else if (c == '"' || c == '`' || c == '[') {
            const char *end = skipQuoted(p, c == '[' ? ']' : char(c));
            emit(p, end);
            p = end;
        } else if (c == '\'' || ((c == 'x' || c == 'X') && p[1] == '\'' && (p == sql || !isWordChar(p[-1])))) {
            const char *end = skipQuoted(c == '\'' ? p : p + 1, '\'');
            if (keepLiterals)
                emit(p, end);
            else
                emit("?", "?" + 1);
            p = end;
        } else if ((std::isdigit(c) || (c == '.' && std::isdigit(static_cast<unsigned char>(p[1]))))
            && (p == sql || !isWordChar(static_cast<unsigned char>(p[-1])))) {
            const char *end = skipNumber(p);
            if (keepLiterals)
                emit(p, end);
            else
                emit("?", "?" + 1);
            p = end;
        } else {
            const char *end = p + 1;
            if (isWordChar(c))
                while (*end && isWordChar(static_cast<unsigned char>(*end)))
                    ++end;
            emit(p, end);
            p = end;
        }
    }
    cut(&out);
    return out;
}

std::uint32_t Ids::idOf(const char *sql, bool *isNew, std::string *fresh)
{
    static const char *const NotKept = "(a statement not kept: the program ran more than 10,000 distinct SQL texts)";
    std::string text = normalise(sql ? sql : "", m_literals);
    std::lock_guard lock(m_mutex);
    if (m_ids.size() >= MaxTexts && m_ids.find(text) == m_ids.end()) {
        if (m_literals)
            text = normalise(sql ? sql : "", false);
        if (m_ids.size() >= 2 * MaxTexts && m_ids.find(text) == m_ids.end())
            text = NotKept;
    }
    const auto [it, inserted] = m_ids.try_emplace(text, std::uint32_t(m_ids.size() + 1));
    *isNew = inserted;
    if (inserted)
        *fresh = std::move(text);
    return it->second;
}

} // namespace LockLens::StatementText
