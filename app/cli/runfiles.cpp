// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/runfiles.h"

#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/core/resultsstore.h"
#include "app/reports/reportformat.h"
#include "workers/outputfile.h"
#include "workers/sqlite/filekind.h"
#include "workers/sqlite/sqlitefile.h"

#include <QDir>
#include <QJsonDocument>

namespace LockLens::Cli {

namespace {

// A database file and what SQLite keeps beside it.
QStringList withJournals(const QString &path)
{
    return { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
        path + QStringLiteral("-journal") };
}


bool anySame(const QStringList &as, const QStringList &bs)
{
    for (const QString &a : as)
        for (const QString &b : bs)
            if (FileKind::sameFile(a, b))
                return true;
    return false;
}

QString storeRefusal(const RunOptions &opt)
{
    const QString store = storePathOf(opt);
    if (store.isEmpty())
        return {};
    const QString why = FileKind::readRefusal(store);
    if (!why.isEmpty())
        return Tr::tr("--save: %1").arg(why);
    if (anySame(withJournals(store), databaseFiles(opt.scenario)))
        return Tr::tr(
            "--store: %1 is a file of the database this run loads; keep runs in a file of their own")
            .arg(FileKind::shown(store));
    return {};
}

} // namespace

std::vector<std::pair<QString, QString>> outputsOf(const RunOptions &opt)
{
    std::vector<std::pair<QString, QString>> out;
    if (!opt.jsonPath.isEmpty() && opt.jsonPath != QLatin1String("-"))
        out.emplace_back(QStringLiteral("--json"), opt.jsonPath);
    if (!opt.lockTracePath.isEmpty())
        out.emplace_back(QStringLiteral("--lock-trace"), opt.lockTracePath);
    if (!opt.reportPath.isEmpty())
        out.emplace_back(QStringLiteral("--report"), opt.reportPath);
    return out;
}

QStringList databaseFiles(const Scenario &sc)
{
    QStringList files;
    if (sc.isMemory() || sc.databasePath.isEmpty())
        return files;
    for (const QString &path : sc.splitPaths())
        files << withJournals(path);
    return files;
}

QString storePathOf(const RunOptions &opt)
{
    if (!opt.save)
        return {};
    return opt.storePath.isEmpty() ? ResultsStore::defaultPath() : opt.storePath;
}

QString inputRefusal(const RunOptions &opt)
{
    const Scenario &sc = opt.scenario;
    if (!sc.isMemory() && !sc.databasePath.isEmpty()) {
        for (const QString &path : sc.splitPaths()) {
            const QString why = FileKind::readRefusal(path);
            if (!why.isEmpty())
                return why;
        }
        if (SqliteFile::readsAsImmutable(sc.databasePath) && (sc.mix.hasWrites() || sc.prefillRows > 0))
            return Tr::tr("%1 is on read-only media (its folder cannot be written): only a run that does not "
                          "write can read it (--mix read=100)")
                .arg(FileKind::shown(sc.databasePath));
    }
    return storeRefusal(opt);
}

RunOutputs::RunOutputs(const RunOptions &opt)
    : m_opt(opt)
{
}

RunOutputs::~RunOutputs() = default;

QString RunOutputs::prepare()
{
    if (m_opt.lockTracePath == QLatin1String("-"))
        return tr("--lock-trace: give a file name (the trace does not go to standard output)");
    for (const auto &[option, path] : outputsOf(m_opt)) {
        const QString why = OutputFile::check(path);
        if (!why.isEmpty())
            return tr("%1: %2").arg(option, why);
    }
    const QString why = checkCollisions();
    return why.isEmpty() ? openStreams() : why;
}

QString RunOutputs::checkCollisions() const
{
    // Files the run reads or writes anyway: an output must not be one of them.
    QStringList taken = databaseFiles(m_opt.scenario);
    const QString store = storePathOf(m_opt);
    if (!store.isEmpty())
        taken << withJournals(store);
    for (const auto &[option, path] : outputsOf(m_opt)) {
        if (anySame({ path }, taken))
            return tr("%1: %2 is a file this run already uses (the database, its journal, the store or "
                      "another output)")
                .arg(option, FileKind::shown(path));
        // Devices (/dev/null) and the process's own output take several outputs in turn.
        if (!OutputFile::writesInPlace(path) || FileKind::of(path).kind == FileKind::Kind::Fifo)
            taken << path;
    }
    return {};
}

QString RunOutputs::openStreams()
{
    // A pipe or device is opened now: a pipe that nobody reads is refused before the load.
    const auto open = [](const QString &option, const QString &path, std::unique_ptr<OutputFile> *out) {
        if (path.isEmpty() || path == QLatin1String("-"))
            return QString();
        *out = std::make_unique<OutputFile>(path);
        QString why;
        if (OutputFile::writesInPlace(path) && !(*out)->open(&why))
            return tr("%1: %2").arg(option, why);
        return QString();
    };
    QString why = open(QStringLiteral("--json"), m_opt.jsonPath, &m_json);
    if (why.isEmpty())
        why = open(QStringLiteral("--report"), m_opt.reportPath, &m_report);
    return why;
}

bool RunOutputs::writeJson(const QJsonObject &doc, QString *error)
{
    if (m_opt.jsonPath.isEmpty())
        return true;
    const QByteArray data = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    if (m_opt.jsonPath == QLatin1String("-")) {
        printOut(QString::fromUtf8(data)); // a loss there is reported once, by withOutputChecked()
        return true;
    }
    QString why;
    if ((m_json->isOpen() || m_json->open(&why)) && m_json->write(data, &why) && m_json->commit(&why))
        return true;
    *error = tr("--json: %1").arg(why);
    return false;
}

bool RunOutputs::writeReport(const QJsonObject &doc, QString *error)
{
    if (!m_report)
        return true;
    Report::Model model;
    QString why;
    if (Report::modelFromJson({ doc }, { QString() }, &model, &why)
        && Report::writeReport(model, *m_report, &why))
        return true;
    *error = tr("--report: %1").arg(why);
    return false;
}

// What is checked before anything runs: inputs, outputs, the store. The exit status of a
// refusal, or ExitOk.
int prepareRun(const RunOptions &opt, RunOutputs &outputs, ResultsStore &store)
{
    QString why = inputRefusal(opt);
    if (why.isEmpty())
        why = outputs.prepare();
    if (!why.isEmpty()) {
        printErr(Tr::tr("locklens: error: %1").arg(why));
        return ExitUsage;
    }
    if (opt.save) { // opened now: a store that cannot be used is found out before the load
        const QString path = storePathOf(opt);
        if (path.isEmpty() || !store.open(path, &why)) {
            printErr(Tr::tr("locklens: error: --save: %1")
                         .arg(path.isEmpty() ? Tr::tr("there is no application-data folder to keep runs in")
                                             : why));
            return ExitUsage;
        }
    }
    if (!opt.quiet && SqliteFile::readsAsImmutable(opt.scenario.databasePath))
        printErr(Tr::tr("locklens: note: %1").arg(SqliteFile::immutableNote(opt.scenario.databasePath)));
    return ExitOk;
}

bool writeRunOutputs(const QJsonObject &doc, const RunOptions &opt, RunOutputs &outputs, ResultsStore &store)
{
    bool ok = true;
    QString why;
    if (!outputs.writeJson(doc, &why)) {
        printErr(Tr::tr("locklens: error: %1").arg(why));
        ok = false;
    }
    if (!outputs.writeReport(doc, &why)) {
        printErr(Tr::tr("locklens: error: %1").arg(why));
        ok = false;
    } else if (!opt.reportPath.isEmpty() && !opt.quiet) {
        printErr(Tr::tr("locklens: report written to %1").arg(FileKind::shown(opt.reportPath)));
    }
    if (store.isOpen()) {
        const qint64 id = store.save(doc, QString(), &why);
        if (id < 0) {
            printErr(Tr::tr("locklens: error: the run was not saved: %1").arg(why));
            ok = false;
        } else if (!opt.quiet) {
            printErr(Tr::tr("locklens: saved as run %1 in %2")
                         .arg(QString::number(id), QDir::toNativeSeparators(store.path())));
        }
    }
    return ok;
}

} // namespace LockLens::Cli
