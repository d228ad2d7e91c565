// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/catalog.h"

#include <QStringList>

#include <vector>

namespace LockLens::SqlText {

// The pieces of SQL text, as far as showing it goes (the SQL console's colours).
enum class Kind { Keyword, Name, QuotedName, String, Blob, Number, Comment, Parameter, Other };
struct Token
{
    Kind kind = Kind::Other;
    int start = 0;
    int length = 0;
};

// Where a line ends up: inside a comment, string or quoted name that goes on to the next.
enum State : int { Normal = 0, InComment, InString, InDoubleQuoted, InBracketed, InBackticked };

// Splits one line of SQL that starts in `state` into tokens (blanks and punctuation are
// left out) and returns the state at its end. Strings, quoted names and /* comments */
// may span lines, as SQLite allows.
State tokenize(const QString &line, State state, std::vector<Token> *tokens);

// Whether `word` is one of the linked SQLite's keywords (sqlite3_keyword_check).
bool isKeyword(const QString &word);
// Every keyword of the linked SQLite, upper case (sqlite3_keyword_name).
const QStringList &keywords();

// A word the console offers: as listed (and matched against what is typed), and as typed
// into the text (a name that needs quotes, quoted).
struct Completion
{
    QString shown;
    QString typed;
    bool operator==(const Completion &o) const { return shown == o.shown && typed == o.typed; }
};
// What the console offers to complete a word with, sorted regardless of case: the
// schema's tables and views, their columns and the keywords, each once; only `table`'s
// columns after "table.".
QList<Completion> completions(const Catalog::Schema &schema, const QString &table = {});
// `name` as it must be typed: as it is when it is a plain identifier and no keyword, else
// in double quotes.
QString typedName(const QString &name);

} // namespace LockLens::SqlText
