// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlscript.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace LockLens {

namespace {

// Skips blanks and comments from byte i; returns the index of the next meaningful byte.
qsizetype skipBlank(const QByteArray &s, qsizetype i)
{
    while (i < s.size()) {
        const char c = s.at(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == ';') {
            ++i;
        } else if (c == '-' && i + 1 < s.size() && s.at(i + 1) == '-') {
            const qsizetype nl = s.indexOf('\n', i);
            i = nl < 0 ? s.size() : nl + 1;
        } else if (c == '/' && i + 1 < s.size() && s.at(i + 1) == '*') {
            const qsizetype end = s.indexOf("*/", i + 2);
            i = end < 0 ? s.size() : end + 2;
        } else {
            break;
        }
    }
    return i;
}

} // namespace

std::vector<ScriptStatement> splitStatements(const QString &sql)
{
    const QByteArray text = sql.toUtf8();
    std::vector<ScriptStatement> out;
    qsizetype start = skipBlank(text, 0);
    qsizetype searchFrom = start;
    while (start < text.size()) {
        const qsizetype semi = text.indexOf(';', searchFrom);
        const qsizetype end = semi < 0 ? text.size() : semi + 1;
        const QByteArray candidate = text.mid(start, end - start);
        if (semi >= 0 && !sqlite3_complete(candidate.constData())) {
            searchFrom = end; // the semicolon sits inside a string, comment or trigger body
            continue;
        }
        const int line = int(text.left(start).count('\n')) + 1;
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
    const auto tr = [](const char *s, int n = -1) {
        return QCoreApplication::translate("LockLens::SqlScript", s, nullptr, n);
    };
    if (statements.empty())
        return cancelled ? tr("Cancelled before any statement ran.") : tr("Nothing to run.");
    const StatementResult &last = statements.back();
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
    QString s
        = tr("%n statement(s)", int(statements.size())) + QStringLiteral(", ") + tr("%n row(s)", int(rows));
    if (last.rowsAffected >= 0 && last.columns.isEmpty())
        s += QStringLiteral(", ") + tr("%n row(s) changed", int(last.rowsAffected));
    s += QStringLiteral(", ") + QLocale().toString(ms, 'f', ms < 10 ? 2 : 0) + QStringLiteral(" ms");
    if (cancelled)
        s += QStringLiteral(" ") + tr("(cancelled)");
    if (last.truncated)
        s += QStringLiteral(" ")
            + tr("(first %1 rows shown)").arg(QLocale().toString(qint64(last.rows.size())));
    if (inTransaction == 1)
        s += QStringLiteral(" ") + tr("- a transaction is open: COMMIT or ROLLBACK to release its locks");
    return s;
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
            } else if (r.ok) {
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
