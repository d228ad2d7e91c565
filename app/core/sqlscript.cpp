// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/sqlscript.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <cctype>

namespace LockLens {

namespace {

// If a comment starts at byte i, the index just after it; otherwise i.
qsizetype afterComment(const QByteArray &s, qsizetype i)
{
    if (i + 1 >= s.size())
        return i;
    if (s.at(i) == '-' && s.at(i + 1) == '-') {
        const qsizetype nl = s.indexOf('\n', i);
        return nl < 0 ? s.size() : nl + 1;
    }
    if (s.at(i) == '/' && s.at(i + 1) == '*') {
        const qsizetype end = s.indexOf("*/", i + 2);
        return end < 0 ? s.size() : end + 2;
    }
    return i;
}

// Skips blanks, semicolons and comments from byte i; returns the index of the next
// meaningful byte.
qsizetype skipBlank(const QByteArray &s, qsizetype i)
{
    while (i < s.size()) {
        const char c = s.at(i);
        const qsizetype next = afterComment(s, i);
        if (next != i)
            i = next;
        else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == ';')
            ++i;
        else
            break;
    }
    return i;
}

// The index of the next semicolon from i that is not inside a string, a quoted name or a
// comment (-1: none). One pass over the text: only the semicolons it finds are offered to
// sqlite3_complete, which decides about trigger bodies.
qsizetype nextSemicolon(const QByteArray &s, qsizetype i)
{
    while (i < s.size()) {
        const char c = s.at(i);
        char close = 0;
        if (c == ';')
            return i;
        if (c == '\'' || c == '"' || c == '`')
            close = c;
        else if (c == '[')
            close = ']';
        if (close) {
            const qsizetype end = s.indexOf(close, i + 1); // a doubled quote reopens at once
            i = end < 0 ? s.size() : end + 1;
        } else {
            const qsizetype next = afterComment(s, i);
            i = next != i ? next : i + 1;
        }
    }
    return -1;
}

// Whether a statement that returns no rows reports a row count of its own (DDL and
// pragmas leave sqlite3_changes() at the last INSERT/UPDATE/DELETE's count).
bool changesRows(const QString &sql)
{
    const QByteArray t = sql.toUtf8();
    const qsizetype i = skipBlank(t, 0);
    qsizetype j = i;
    while (j < t.size() && std::isalpha(static_cast<unsigned char>(t.at(j))))
        ++j;
    const QByteArray word = t.mid(i, j - i).toUpper();
    return word == "INSERT" || word == "UPDATE" || word == "DELETE" || word == "REPLACE" || word == "WITH";
}

// "850 ms", "4.2 s": how long a statement ran.
QString formatDuration(double ms)
{
    if (ms < 1000)
        return QLocale().toString(ms, 'f', ms < 10 ? 2 : 0) + QStringLiteral(" ms");
    return QLocale().toString(ms / 1000, 'f', 1) + QStringLiteral(" s");
}

// The start of a statement on one line, for a status line.
QString excerpt(const QString &sql)
{
    constexpr int MaxChars = 60;
    const QString flat = sql.simplified();
    return flat.size() > MaxChars ? flat.left(MaxChars - 1) + QChar(0x2026) : flat;
}

} // namespace

std::vector<ScriptStatement> splitStatements(const QString &sql)
{
    const QByteArray text = sql.toUtf8();
    std::vector<ScriptStatement> out;
    qsizetype start = skipBlank(text, 0);
    qsizetype searchFrom = start;
    qsizetype counted = 0; // newlines before `counted` are in `line`
    int line = 1;
    while (start < text.size()) {
        const qsizetype semi = nextSemicolon(text, searchFrom);
        const qsizetype end = semi < 0 ? text.size() : semi + 1;
        const QByteArray candidate = text.mid(start, end - start);
        if (semi >= 0 && !sqlite3_complete(candidate.constData())) {
            searchFrom = end; // the semicolon sits inside a trigger body
            continue;
        }
        line += int(QByteArrayView(text).sliced(counted, start - counted).count('\n'));
        counted = start;
        out.push_back({ QString::fromUtf8(candidate).trimmed(), line });
        start = skipBlank(text, end);
        searchFrom = start;
    }
    return out;
}

bool ScriptResult::ok() const
{
    return statements.empty() || statements.back().ok;
}

QString ScriptResult::summary() const
{
    if (statements.empty())
        return cancelled ? tr("Cancelled before any statement ran.") : tr("Nothing to run.");
    const StatementResult &last = statements.back();
    const QString open = inTransaction == 1
        ? QStringLiteral(" ") + tr("- a transaction is open: COMMIT or ROLLBACK to release its locks")
        : QString();
    if (last.cancelled) {
        // Say what ran: the statement stopped, for how long it had run, and what came before.
        QString s = tr("Statement %1 (line %2) cancelled after %3: %4")
                        .arg(QString::number(statements.size()), QString::number(last.statement.line),
                            formatDuration(last.elapsedMs), excerpt(last.statement.sql));
        if (statements.size() > 1)
            s += QStringLiteral(" ")
                + tr("(%n statement(s) before it had run)", nullptr, int(statements.size() - 1));
        if (!last.rows.empty())
            s += QStringLiteral(" ")
                + tr("- %n row(s) read before it stopped", nullptr, int(last.rows.size()));
        return s + open;
    }
    if (!last.ok) {
        return tr("Statement %1 (line %2): %3")
            .arg(statements.size())
            .arg(last.statement.line)
            .arg(last.cancelled ? tr("cancelled") : last.failure.text());
    }
    double ms = 0;
    qint64 rows = 0;
    for (const StatementResult &r : statements) {
        ms += r.elapsedMs;
        rows += qint64(r.rows.size());
    }
    QString s = tr("%n statement(s)", nullptr, int(statements.size())) + QStringLiteral(", ")
        + tr("%n row(s)", nullptr, int(rows));
    if (last.rowsAffected >= 0 && last.columns.isEmpty())
        s += QStringLiteral(", ") + tr("%n row(s) changed", nullptr, int(last.rowsAffected));
    s += QStringLiteral(", ") + QLocale().toString(ms, 'f', ms < 10 ? 2 : 0) + QStringLiteral(" ms");
    if (cancelled)
        s += QStringLiteral(" ") + tr("(cancelled: the statements after these did not run)");
    if (last.truncated)
        s += QStringLiteral(" ")
            + tr("(first %1 rows shown)").arg(QLocale().toString(qint64(last.rows.size())));
    return s + open;
}

ScriptResult runScript(DbConnection &db, const QString &sql, const ScriptOptions &options,
    const std::function<bool()> &cancelled)
{
    ScriptResult result;
    for (const ScriptStatement &st : splitStatements(sql)) {
        if (cancelled()) {
            result.cancelled = true;
            break;
        }
        StatementResult r;
        r.statement = st;
        QElapsedTimer clock;
        clock.start();
        {
            QSqlQuery q(db.database());
            q.setForwardOnly(true);
            r.ok = q.exec(st.sql);
            if (r.ok && q.isSelect()) {
                const QSqlRecord rec = q.record();
                for (int i = 0; i < rec.count(); ++i)
                    r.columns << rec.fieldName(i);
                while (q.next()) {
                    if (int(r.rows.size()) >= options.rowLimit) {
                        r.truncated = true;
                        break;
                    }
                    QVariantList row;
                    row.reserve(rec.count());
                    for (int i = 0; i < rec.count(); ++i)
                        row << q.value(i);
                    r.rows.push_back(std::move(row));
                    if ((r.rows.size() & 255) == 0 && cancelled()) {
                        r.cancelled = true;
                        break;
                    }
                }
                if (q.lastError().isValid())
                    r.ok = false; // a step failed part-way (interrupted, corrupt, busy)
            } else if (r.ok && changesRows(st.sql)) {
                r.rowsAffected = q.numRowsAffected();
            }
            if (!r.ok) {
                r.failure = sqlFailureFrom(q.lastError());
                r.cancelled = r.failure.isInterrupted();
            }
            q.finish(); // no statement stays open: it would hold a read lock
        }
        r.elapsedMs = double(clock.nsecsElapsed()) / 1e6;
        const bool stop = !r.ok || r.cancelled;
        result.cancelled = result.cancelled || r.cancelled;
        result.statements.push_back(std::move(r));
        if (stop)
            break;
    }
    if (sqlite3 *h = db.native())
        result.inTransaction = sqlite3_get_autocommit(h) ? 0 : 1;
    return result;
}

} // namespace LockLens
