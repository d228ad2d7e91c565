// SPDX-License-Identifier: GPL-3.0-or-later
// `locklens report RUN_ID|latest [RUN_ID...] --out FILE [--store FILE]`: a report of runs
// kept in the results store; several runs make a comparison.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/core/resultsstore.h"
#include "app/reports/reportformat.h"
#include "app/reports/reportstore.h"
#include "workers/outputfile.h"
#include "workers/sqlite/filekind.h"

#include <QFileInfo>

namespace LockLens::Cli {

namespace {

QString reportUsage()
{
    return Tr::tr("Usage: locklens report RUN_ID|latest [RUN_ID...] --out FILE [--store FILE]\n\n"
                  "Writes a report of runs kept with `locklens run --save`; several runs make a comparison,\n"
                  "side by side. The format comes from the extension of FILE:\n"
                  "  .html  one self-contained page with charts\n"
                  "  .pdf   the same on numbered A4 pages\n"
                  "  .md    Markdown tables for issue trackers\n"
                  "  .csv   the time series, one row per interval per worker and in total\n"
                  "  .json  everything, as `locklens run --json` writes it\n\n"
                  "  --out FILE    the report to write (replaced when it exists; a device or named pipe\n"
                  "                is written into)\n"
                  "  --store FILE  the results store (default: runs.sqlite in the user's application data),\n"
                  "                read only: it is never changed\n");
}

int usageError(const QString &why)
{
    printErr(Tr::tr("locklens report: %1").arg(why));
    return ExitUsage;
}

// What `locklens report` was asked.
struct ReportArgs
{
    QStringList ids;
    QString out, storePath;
    bool haveOut = false, haveStore = false;
};

// Reads the arguments; -1 to go on, else the exit status (--help, or bad input said).
int parseArgs(const QStringList &args, ReportArgs *r)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printOut(reportUsage());
            return ExitOk;
        }
        if (a == QLatin1String("--out") || a == QLatin1String("--store")) {
            if (i + 1 >= args.size())
                return usageError(Tr::tr("%1 needs a file name").arg(a));
            (a == QLatin1String("--out") ? r->out : r->storePath) = args.at(++i);
            (a == QLatin1String("--out") ? r->haveOut : r->haveStore) = true;
        } else if (a.startsWith(QLatin1String("--out="))) {
            r->out = a.mid(6);
            r->haveOut = true;
        } else if (a.startsWith(QLatin1String("--store="))) {
            r->storePath = a.mid(8);
            r->haveStore = true;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return usageError(Tr::tr("unknown option %1 (see locklens report --help)").arg(a));
        } else {
            r->ids << a;
        }
    }
    if (r->ids.isEmpty())
        return usageError(Tr::tr("give the id of a saved run, or latest (see locklens report --help)"));
    if (!r->haveOut || r->out.isEmpty())
        return usageError(Tr::tr("--out FILE is missing: the report to write"));
    if (r->haveStore && r->storePath.isEmpty())
        return usageError(Tr::tr("--store: the file name is empty"));
    return -1;
}

// The report's file and the store, checked before anything is read (the store's default
// filled in; a pipe or device for --out opened now, so that one nobody reads is refused
// before any work). -1 to go on, else ExitUsage (said).
int checkFiles(ReportArgs *r, OutputFile *target)
{
    const QString why = Report::unsupportedReason(Report::formatOf(r->out), r->out);
    if (!why.isEmpty())
        return usageError(why);
    const QString unwritable = OutputFile::check(r->out);
    if (!unwritable.isEmpty())
        return usageError(Tr::tr("--out: %1").arg(unwritable));
    // Never create a store only to find it empty.
    if (!r->haveStore)
        r->storePath = ResultsStore::defaultPath();
    if (r->storePath.isEmpty())
        return usageError(
            Tr::tr("there is no application-data folder holding saved runs; give --store FILE"));
    const QString notAFile = FileKind::readRefusal(r->storePath);
    if (!notAFile.isEmpty())
        return usageError(Tr::tr("--store: %1").arg(notAFile));
    if (!QFileInfo::exists(r->storePath))
        return usageError(Tr::tr("no results store at %1 (save runs with locklens run --save)")
                              .arg(FileKind::shown(r->storePath)));
    for (const QString &suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") }) {
        if (FileKind::sameFile(r->out, r->storePath + suffix))
            return usageError(
                Tr::tr("--out: %1 is the results store or its journal").arg(FileKind::shown(r->out)));
    }
    QString error;
    if (OutputFile::writesInPlace(r->out) && !target->open(&error))
        return usageError(Tr::tr("--out: %1").arg(error));
    return -1;
}

} // namespace

int reportCommand(const QStringList &args)
{
    ReportArgs r;
    int status = parseArgs(args, &r);
    if (status >= 0)
        return status;
    OutputFile target(r.out);
    status = checkFiles(&r, &target);
    if (status >= 0)
        return status;
    // Read-only: a report changes nothing in the store (and needs no write access to it).
    ResultsStore runs;
    QString error;
    if (!runs.openReadOnly(r.storePath, &error))
        return usageError(error);
    Report::RunSet runSet;
    for (const QString &idText : r.ids) {
        qint64 id = 0;
        if (idText == QLatin1String("latest")) {
            id = runs.latestId(&error);
            if (id < 0)
                return usageError(error);
            if (id == 0)
                return usageError(
                    Tr::tr("the results store %1 holds no run").arg(FileKind::shown(r.storePath)));
        } else {
            bool ok = false;
            id = idText.toLongLong(&ok);
            if (!ok || id <= 0)
                return usageError(Tr::tr("'%1' is not a run id (a number, or latest)").arg(idText));
        }
        if (!runSet.addStored(runs, id, &error))
            return usageError(error);
    }
    Report::Model model;
    if (!runSet.toModel(&model, &error))
        return usageError(error);
    if (!Report::writeReport(model, target, &error)) { // a full disk: the output is lost, not the input bad
        printErr(Tr::tr("locklens report: %1").arg(error));
        return ExitFailure;
    }
    printErr(Tr::tr("locklens report: written to %1").arg(FileKind::shown(r.out)));
    return ExitOk;
}

} // namespace LockLens::Cli
