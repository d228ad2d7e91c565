// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/rundocument.h"
#include "workers/tracefacts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

namespace LockLens::Trace {

class Model;

// The database files a trace keeps (locklens trace --db GLOB): a glob matches the file's path
// as opened or its name; no globs keep every file.
class FileFilter
{
public:
    explicit FileFilter(const QStringList &globs);
    bool keeps(const QString &file) const;

private:
    QList<QRegularExpression> m_patterns;
};

// An in-memory database, as a connection's file names it (no file locks). ("" is a temporary
// database: a file of its own, which no other connection shares.)
bool isMemoryFile(const QString &file);

// How many connections a program's entries stand for (a summed entry counts as many as it sums).
std::uint64_t connectionCount(const Program &p);
// "connection 12", or "connections 1001 and on (18,999 closed ones of pid 4242, summed)".
QString connectionWords(const Connection &c);
// Its name as a worker of the run document: "conn12", "conn1001+" for a summed entry.
QString workerName(const Connection &c);

// How a traced command ran: what Program says besides the model's findings.
struct Ending
{
    QStringList command;
    QString folder;
    QStringList databases; // --db
    std::uint32_t pid = 0; // the command's own process
    bool crashed = false;
    int exitCode = 0; // the signal's number when crashed
    std::uint64_t dropped = 0, lost = 0;
};

// What the model found, kept to the databases asked for: their connections, the blocked
// steps on them, and the processes that opened them (all of them when none did).
Program programOf(const Model &model, const Ending &ending);

// What a traced program is called in lists and titles: its file's name, or for a program that
// runs a script (python3 worker.py, sh -c ..., node app.js) the script's: "worker.py".
QString programName(const Program &p);

// What follows from a trace's figures, in plain words, with the thresholds stated. `key`
// names the rule ("shared_connection", "never_committed", "in_memory", "busy_upgrade",
// "long_transaction"; "nothing_recorded" when no process used SQLite through the recorder;
// "model_the_fix": the built-in preset that models the fix of one of those, to compare).
struct Finding
{
    QString key;
    QString text;
};
std::vector<Finding> conclusions(const Program &p);
// That the channel dropped or lost records, and what that means; "" when it did not.
QString droppedWarning(const Program &p);

// A traced program's run as a run document: the summary's figures and one "worker" per
// connection from its figures, the lock timeline's seconds in each lock, the series given, and
// the program itself. No scenario: RunDocument::program says what ran.
struct DocumentParts
{
    QDateTime startedAt;
    double durationS = 0;
    bool stopped = false; // ended from LockLens (the window's Stop)
    Environment environment;
    std::vector<SeriesPoint> series;
};
RunDocument document(const Program &p, const DocumentParts &parts);

// Where a trace ran: the machine, and the file system of the first database kept. The
// program's SQLite is its own: LockLens's version and options are not stated as its.
Environment environmentOf(const Program &p);

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::Trace)
};

} // namespace LockLens::Trace
