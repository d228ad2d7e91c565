// SPDX-License-Identifier: GPL-3.0-or-later
// `locklens report RUN_ID|latest [RUN_ID...] --out FILE [--store FILE]`: a report of runs
// kept in the results store; several runs make a comparison.
#include "commands.h"
#include "output.h"
#include "reportformat.h"
#include "reportstore.h"
#include "resultsstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace LockLens::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LockLens::Cli", text);
}

QString reportUsage()
{
    return tr("Usage: locklens report RUN_ID|latest [RUN_ID...] --out FILE [--store FILE]\n\n"
              "Writes a report of runs kept with `locklens run --save`; several runs make a comparison,\n"
              "side by side. The format comes from the extension of FILE:\n"
              "  .html  one self-contained page with charts\n"
              "  .md    Markdown tables for issue trackers\n"
              "  .csv   the time series, one row per interval per worker and in total\n"
              "  .json  everything, as `locklens run --json` writes it\n\n"
              "  --out FILE    the report to write (replaced when it exists)\n"
              "  --store FILE  the results store (default: runs.sqlite in the user's application data)\n");
}

int usageError(const QString &why)
{
    printErr(tr("locklens report: %1").arg(why));
    return ExitUsage;
}

} // namespace

int reportCommand(const QStringList &args)
{
    QStringList ids;
    QString out, storePath;
    bool haveOut = false, haveStore = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printOut(reportUsage());
            return ExitOk;
        }
        if (a == QLatin1String("--out") || a == QLatin1String("--store")) {
            if (i + 1 >= args.size())
                return usageError(tr("%1 needs a file name").arg(a));
            (a == QLatin1String("--out") ? out : storePath) = args.at(++i);
            (a == QLatin1String("--out") ? haveOut : haveStore) = true;
        } else if (a.startsWith(QLatin1String("--out="))) {
            out = a.mid(6);
            haveOut = true;
        } else if (a.startsWith(QLatin1String("--store="))) {
            storePath = a.mid(8);
            haveStore = true;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return usageError(tr("unknown option %1 (see locklens report --help)").arg(a));
        } else {
            ids << a;
        }
    }
    if (ids.isEmpty())
        return usageError(tr("give the id of a saved run, or latest (see locklens report --help)"));
    if (!haveOut || out.isEmpty())
        return usageError(tr("--out FILE is missing: the report to write"));
    if (haveStore && storePath.isEmpty())
        return usageError(tr("--store: the file name is empty"));
    const QString why = Report::unsupportedReason(Report::formatOf(out), out);
    if (!why.isEmpty())
        return usageError(why);
    if (QFileInfo(out).isDir())
        return usageError(tr("--out: %1 is a folder; give a file name").arg(QDir::toNativeSeparators(out)));
    if (QFileInfo::exists(out) && !QFileInfo(out).isWritable())
        return usageError(tr("--out: %1 cannot be written").arg(QDir::toNativeSeparators(out)));
    const QFileInfo dir(QFileInfo(out).absolutePath());
    if (!dir.isDir() || !dir.isWritable())
        return usageError(tr("--out: cannot write into %1").arg(QDir::toNativeSeparators(dir.filePath())));

    // Never create a store only to find it empty.
    if (!haveStore)
        storePath = ResultsStore::defaultPath();
    if (storePath.isEmpty() || !QFileInfo(storePath).isFile())
        return usageError(storePath.isEmpty()
                ? tr("there is no application-data folder holding saved runs; give --store FILE")
                : tr("no results store at %1 (save runs with locklens run --save)")
                      .arg(QDir::toNativeSeparators(storePath)));
    const QString store = QFileInfo(storePath).absoluteFilePath();
    const QString target = QFileInfo(out).absoluteFilePath();
    for (const QString &suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") }) {
        if (target == store + suffix)
            return usageError(
                tr("--out: %1 is the results store or its journal").arg(QDir::toNativeSeparators(out)));
    }

    ResultsStore runs;
    QString error;
    if (!runs.open(storePath, &error))
        return usageError(error);
    Report::RunSet runSet;
    for (const QString &idText : ids) {
        qint64 id = 0;
        if (idText == QLatin1String("latest")) {
            id = runs.latestId(&error);
            if (id < 0)
                return usageError(error);
            if (id == 0)
                return usageError(
                    tr("the results store %1 holds no run").arg(QDir::toNativeSeparators(storePath)));
        } else {
            bool ok = false;
            id = idText.toLongLong(&ok);
            if (!ok || id <= 0)
                return usageError(tr("'%1' is not a run id (a number, or latest)").arg(idText));
        }
        if (!runSet.addStored(runs, id, &error))
            return usageError(error);
    }
    Report::Model model;
    if (!runSet.toModel(&model, &error))
        return usageError(error);
    if (!Report::writeReport(model, out, &error))
        return usageError(error);
    printErr(tr("locklens report: written to %1").arg(QDir::toNativeSeparators(out)));
    return ExitOk;
}

} // namespace LockLens::Cli
