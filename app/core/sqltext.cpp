// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/sqltext.h"

#include "workers/sqlite/sqlident.h"

#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <cctype>

namespace LockLens::SqlText {

namespace {

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c.unicode() > 0x7f;
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || c.isDigit() || c == QLatin1Char('$');
}

// The index just past the quote that closes a quoted piece starting at `from` (a doubled
// quote inside does not close it), or -1 when the line ends first.
int closing(const QString &line, int from, QChar quote)
{
    for (int i = from; i < line.size(); ++i) {
        if (line.at(i) != quote)
            continue;
        if (quote != QLatin1Char(']') && i + 1 < line.size() && line.at(i + 1) == quote) {
            ++i; // doubled: a quote inside
            continue;
        }
        return i + 1;
    }
    return -1;
}

struct Quoted
{
    QChar open;
    QChar close;
    State state;
    Kind kind;
};
constexpr Quoted quotes[] = {
    { u'\'', u'\'', InString, Kind::String },
    { u'"', u'"', InDoubleQuoted, Kind::QuotedName },
    { u'[', u']', InBracketed, Kind::QuotedName },
    { u'`', u'`', InBackticked, Kind::QuotedName },
};

// A piece that began on an earlier line (state != Normal): where it ends on this one.
State continueFrom(const QString &line, State state, int *i, std::vector<Token> *tokens)
{
    if (state == InComment) {
        const int end = int(line.indexOf(QLatin1String("*/")));
        tokens->push_back({ Kind::Comment, 0, end < 0 ? int(line.size()) : end + 2 });
        *i = end < 0 ? int(line.size()) : end + 2;
        return end < 0 ? InComment : Normal;
    }
    for (const Quoted &q : quotes) {
        if (q.state != state)
            continue;
        const int end = closing(line, 0, q.close);
        tokens->push_back({ q.kind, 0, end < 0 ? int(line.size()) : end });
        *i = end < 0 ? int(line.size()) : end;
        return end < 0 ? state : Normal;
    }
    return Normal;
}

int numberEnd(const QString &line, int i)
{
    if (line.mid(i, 2).compare(QLatin1String("0x"), Qt::CaseInsensitive) == 0) {
        i += 2;
        while (i < line.size() && isxdigit(line.at(i).toLatin1()))
            ++i;
        return i;
    }
    while (i < line.size() && (line.at(i).isDigit() || line.at(i) == QLatin1Char('.')))
        ++i;
    if (i < line.size() && (line.at(i) == QLatin1Char('e') || line.at(i) == QLatin1Char('E'))) {
        int j = i + 1;
        if (j < line.size() && (line.at(j) == QLatin1Char('+') || line.at(j) == QLatin1Char('-')))
            ++j;
        if (j < line.size() && line.at(j).isDigit()) {
            i = j;
            while (i < line.size() && line.at(i).isDigit())
                ++i;
        }
    }
    return i;
}

} // namespace

State tokenize(const QString &line, State state, std::vector<Token> *tokens)
{
    int i = 0;
    if (state != Normal && (state = continueFrom(line, state, &i, tokens)) != Normal)
        return state;
    while (i < line.size()) {
        const QChar c = line.at(i);
        const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            tokens->push_back({ Kind::Comment, i, int(line.size()) - i });
            return Normal;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const int end = int(line.indexOf(QLatin1String("*/"), i + 2));
            tokens->push_back({ Kind::Comment, i, (end < 0 ? int(line.size()) : end + 2) - i });
            if (end < 0)
                return InComment;
            i = end + 2;
            continue;
        }
        const bool blob = (c == QLatin1Char('x') || c == QLatin1Char('X')) && next == QLatin1Char('\'');
        const auto quote = std::find_if(std::begin(quotes), std::end(quotes),
            [&](const Quoted &q) { return q.open == (blob ? next : c); });
        if (quote != std::end(quotes)) {
            const int from = i + (blob ? 2 : 1);
            const int end = closing(line, from, quote->close);
            tokens->push_back({ blob ? Kind::Blob : quote->kind, i, (end < 0 ? int(line.size()) : end) - i });
            if (end < 0)
                return quote->state;
            i = end;
        } else if (c.isDigit() || (c == QLatin1Char('.') && next.isDigit())) {
            const int end = numberEnd(line, i);
            tokens->push_back({ Kind::Number, i, end - i });
            i = end;
        } else if (isNameStart(c)) {
            int end = i + 1;
            while (end < line.size() && isNameChar(line.at(end)))
                ++end;
            const QString word = line.mid(i, end - i);
            tokens->push_back({ isKeyword(word) ? Kind::Keyword : Kind::Name, i, end - i });
            i = end;
        } else if (c == QLatin1Char('?') || c == QLatin1Char(':') || c == QLatin1Char('@')
            || c == QLatin1Char('$')) {
            int end = i + 1;
            while (end < line.size() && isNameChar(line.at(end)))
                ++end;
            tokens->push_back({ Kind::Parameter, i, end - i });
            i = end;
        } else {
            ++i;
        }
    }
    return Normal;
}

bool isKeyword(const QString &word)
{
    const QByteArray w = word.toUtf8();
    return !w.isEmpty() && sqlite3_keyword_check(w.constData(), int(w.size())) != 0;
}

const QStringList &keywords()
{
    static const QStringList all = [] {
        QStringList out;
        for (int i = 0; i < sqlite3_keyword_count(); ++i) {
            const char *name = nullptr;
            int length = 0;
            if (sqlite3_keyword_name(i, &name, &length) == SQLITE_OK)
                out << QString::fromLatin1(name, length).toUpper();
        }
        out.sort();
        return out;
    }();
    return all;
}

QString typedName(const QString &name)
{
    const bool plain = !name.isEmpty() && isNameStart(name.front())
        && std::all_of(name.begin(), name.end(), isNameChar) && !isKeyword(name);
    return plain ? name : quoteIdentifier(name);
}

QList<Completion> completions(const Catalog::Schema &schema, const QString &table)
{
    QList<Completion> out;
    QSet<QString> seen;
    const auto add = [&](const QString &shown, const QString &typed) {
        if (!seen.contains(shown)) {
            seen.insert(shown);
            out.append({ shown, typed });
        }
    };
    if (!table.isEmpty()) {
        if (const Catalog::Table *t = schema.table(table))
            for (const Catalog::Column &c : t->columns)
                add(c.name, typedName(c.name));
        return out;
    }
    for (const Catalog::Table &t : schema.tables) {
        add(t.name, typedName(t.name));
        for (const Catalog::Column &c : t.columns)
            add(c.name, typedName(c.name));
    }
    for (const QString &k : keywords())
        add(k, k);
    std::sort(out.begin(), out.end(), [](const Completion &a, const Completion &b) {
        return a.shown.compare(b.shown, Qt::CaseInsensitive) < 0;
    });
    return out;
}

} // namespace LockLens::SqlText
