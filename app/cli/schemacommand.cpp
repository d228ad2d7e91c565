// SPDX-License-Identifier: GPL-3.0-or-later
// `locklens schema DATABASE [--json]`: the catalog, read-only, as text or JSON.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/core/catalogjson.h"
#include "app/core/catalogreader.h"
#include "app/core/dbconnection.h"
#include "app/core/demodatabase.h"

#include <QJsonDocument>

namespace LockLens::Cli {

namespace {

QString schemaUsage()
{
    return Tr::tr("Usage: locklens schema DATABASE [--json] [--no-counts] [--no-check]\n\n"
                  "Describes tables and views, their columns, rowids, indexes, triggers and foreign keys,\n"
                  "and the foreign keys that cannot work. Opens the file read-only: it is never changed.\n\n"
                  "  --json        print JSON instead of text\n"
                  "  --no-counts   do not count rows (counting reads every page of every table)\n"
                  "  --no-check    do not run PRAGMA foreign_key_check (it reads every child table)\n");
}

using namespace Catalog;

QString columnLine(const Column &c, int nameWidth)
{
    const QStringList attrs = columnAttributes(c);
    const QString type = c.type.isEmpty() ? Tr::tr("(no type)") : c.type;
    // One arg() call: a name holding "%2" must not receive the next argument.
    return QStringLiteral("    %1  %2  %3  %4\n")
        .arg(c.name.leftJustified(nameWidth), type.leftJustified(12),
            affinityName(c.affinity).toLower().leftJustified(8), attrs.join(QLatin1String(", ")))
        .trimmed()
        .prepend(QLatin1String("    "))
        .append(QLatin1Char('\n'));
}

QString keyText(const QString &table, const QStringList &cols)
{
    return QStringLiteral("%1(%2)").arg(table, cols.join(QLatin1String(", ")));
}

QString tableText(const Schema &s, const Table &t)
{
    QString out;
    QString head = t.view ? Tr::tr("VIEW %1").arg(t.name) : Tr::tr("TABLE %1").arg(t.name);
    if (t.virtualTable)
        head = Tr::tr("VIRTUAL TABLE %1").arg(t.name);
    QStringList facts;
    if (!t.view)
        facts << Tr::tr("rowid: %1").arg(rowidKindKey(t.rowid));
    if (t.autoincrement)
        facts << (t.sequence ? Tr::tr("AUTOINCREMENT, sqlite_sequence %1").arg(*t.sequence)
                             : Tr::tr("AUTOINCREMENT, no sqlite_sequence row yet"));
    if (t.rowCount)
        facts << Tr::tr("rows: %1").arg(*t.rowCount);
    out += head
        + (facts.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(facts.join(QLatin1String("; "))))
        + QLatin1Char('\n');
    if (!t.view)
        out += QStringLiteral("    %1\n").arg(rowidExplanation(t));
    if (!t.problem.isEmpty())
        out += Tr::tr("    PROBLEM: %1\n").arg(t.problem);
    int width = 4;
    for (const Column &c : t.columns)
        width = qMax(width, int(c.name.size()));
    for (const Column &c : t.columns)
        out += columnLine(c, qMin(width, 32));
    for (const ForeignKey &fk : t.foreignKeys) {
        QString line = Tr::tr("    FK #%1 %2 -> %3")
                           .arg(QString::number(fk.id), fk.from.join(QLatin1String(", ")),
                               keyText(fk.parent, fk.parentColumns()));
        const QString actions = foreignKeyActions(fk);
        if (!actions.isEmpty())
            line += QLatin1Char(' ') + actions;
        out += line + QLatin1Char('\n');
        if (fk.problem != FkProblem::None)
            out += Tr::tr("        PROBLEM: %1\n").arg(fk.problemText);
    }
    for (const ForeignKey *fk : s.incoming(t.name))
        out += Tr::tr("    <- %1 FK #%2\n").arg(keyText(fk->table, fk->from), QString::number(fk->id));
    for (const Index *i : s.indexesOf(t.name)) {
        QStringList cols;
        for (const IndexColumn &c : i->columns)
            cols << (c.expression ? Tr::tr("<expression>") : c.name)
                    + (c.descending ? QStringLiteral(" DESC") : QString());
        QStringList kind;
        if (i->unique)
            kind << QStringLiteral("UNIQUE");
        if (i->partial)
            kind << Tr::tr("partial");
        if (i->origin == QLatin1String("pk"))
            kind << Tr::tr("primary key");
        out += Tr::tr("    index %1 (%2)%3\n")
                   .arg(i->name, cols.join(QLatin1String(", ")),
                       kind.isEmpty() ? QString() : QStringLiteral(" ") + kind.join(QLatin1String(", ")));
    }
    return out;
}

QString schemaText(const QString &file, const Schema &s)
{
    QString out = Tr::tr("%1: SQLite %2, journal_mode %3, page_size %4, %5 page(s), %6\n")
                      .arg(file, s.sqliteVersion, s.journalMode, QString::number(s.pageSize),
                          QString::number(s.pageCount), s.encoding);
    out += s.foreignKeysEnabled
        ? Tr::tr("foreign_keys: on for this connection\n")
        : Tr::tr("foreign_keys: off for this connection (SQLite's default: each connection "
                 "must run PRAGMA foreign_keys=ON)\n");
    for (const Table &t : s.tables)
        out += QLatin1Char('\n') + tableText(s, t);
    if (!s.triggers.empty()) {
        out += QLatin1Char('\n');
        for (const Trigger &t : s.triggers)
            out += Tr::tr("TRIGGER %1 ON %2\n").arg(t.name, t.table);
    }
    out += QLatin1Char('\n');
    const int problems = s.problemCount();
    out += problems == 0 ? Tr::tr("Foreign key problems: none\n")
                         : Tr::tr("Foreign key problems: %1 (marked PROBLEM above)\n").arg(problems);
    if (s.violationsChecked) {
        out += Tr::tr("Foreign key violations: %1\n").arg(s.violations.size());
        for (const Violation &v : s.violations)
            out += Tr::tr("    %1 rowid %2 -> %3 (FK #%4)\n")
                       .arg(v.table, v.rowid ? QString::number(*v.rowid) : Tr::tr("(none)"), v.parent,
                           QString::number(v.fkId));
    }
    for (const QString &n : s.notes)
        out += Tr::tr("Note: %1\n").arg(n);
    return out;
}

} // namespace

int schemaCommand(const QStringList &args)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        printOut(schemaUsage());
        return ExitOk;
    }
    bool json = false;
    ReadOptions options;
    QStringList files;
    for (const QString &a : args) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--no-counts"))
            options.countRows = false;
        else if (a == QLatin1String("--no-check"))
            options.checkViolations = false;
        else if (a.startsWith(QLatin1String("--"))) {
            printErr(Tr::tr("locklens schema: unknown option '%1'").arg(a));
            return ExitUsage;
        } else
            files << a;
    }
    if (files.size() != 1) {
        printErr(files.isEmpty()
                ? Tr::tr("locklens schema: name the database file")
                : Tr::tr("locklens schema: one database at a time, got %1").arg(files.size()));
        return ExitUsage;
    }
    SqlFailure failure;
    const DatabaseLocation where = DatabaseLocation::file(files.first());
    Schema schema;
    if (!readSchema(where, options, &schema, &failure)) {
        printErr(Tr::tr("locklens schema: %1").arg(failure.message));
        return ExitUsage;
    }
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(toJson(schema)).toJson(QJsonDocument::Indented)));
    else
        printOut(schemaText(where.displayName(), schema));
    return ExitOk;
}

int demoDatabaseCommand(const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        printOut(
            Tr::tr("Usage: locklens demo-db FILE\n\nWrites the demo shop database to FILE, which must not "
                   "exist yet.\n"));
        return args.size() == 1
                && (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))
            ? ExitOk
            : ExitUsage;
    }
    SqlFailure failure;
    if (!createDemoDatabase(DatabaseLocation::file(args.first()), &failure)) {
        printErr(Tr::tr("locklens demo-db: %1").arg(failure.message));
        return ExitUsage;
    }
    printErr(Tr::tr("locklens: demo database written to %1")
                 .arg(DatabaseLocation::file(args.first()).displayName()));
    return ExitOk;
}

} // namespace LockLens::Cli
