// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

namespace LockLens {

class DbConnection;
struct RunResult;

// One run as the runs view lists it. The figures are copies of the run's summary (the
// stored JSON document is the source of truth).
struct RunSummary
{
    qint64 id = 0;
    QString name;
    QString notes;
    QDateTime startedAt; // UTC
    QString scenarioName;
    QString journalMode;
    int workers = 0;
    double durationS = 0;
    double opsPerS = 0;
    double txPerS = 0;
    double lockWaitShare = 0; // 0 to 1
    qint64 lostRows = 0;
    QString integrity;
    bool ok = false;
    // From the run's document (not columns of their own: older stores have them too).
    qint64 committedTx = 0, failedTx = 0; // transactions committed / abandoned after the last try
    qint64 errors = 0; // statements that failed, every class
};

// LockLens's own record of past runs: an SQLite file (WAL, busy timeout) that several
// LockLens processes may use at once. Its schema version is PRAGMA user_version and its
// owner mark PRAGMA application_id; open() migrates older stores and refuses, untouched,
// a newer store or a file that is not a store. Each write is one short IMMEDIATE
// transaction; no statement stays open between calls.
// A ResultsStore belongs to the thread that opened it (its connection does).
class ResultsStore
{
    Q_DECLARE_TR_FUNCTIONS(ResultsStore)
public:
    static constexpr int kApplicationId = 0x4c4b4c53; // "LKLS"

    ResultsStore();
    ~ResultsStore();
    ResultsStore(const ResultsStore &) = delete;
    ResultsStore &operator=(const ResultsStore &) = delete;

    // runs.sqlite in the user's application-data folder (created); "" when there is none.
    static QString defaultPath();
    // The schema version this build writes (and the newest it can read).
    static int schemaVersion();

    // Creates or opens the store at `path`. False, with one line saying why, when the file
    // cannot be used; the store is then closed.
    bool open(const QString &path, QString *error);
    // Opens an existing store only to read it (a report): SQLite's read-only flag, no
    // migration, no journal-mode change, nothing written; a store on read-only media is read
    // as immutable. Refuses, unchanged, a file that is not a store of this version or older
    // (an empty file too). Writes then fail with one line.
    bool openReadOnly(const QString &path, QString *error);
    bool isReadOnly() const { return m_readOnly; }
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    // The new run's id, or -1. An empty name becomes the scenario's name and the time.
    // Stores r.toJson() as it is at this moment (its timings depend on the clock's
    // calibration, which goes on for the life of the process).
    qint64 save(const RunResult &r, const QString &name, QString *error);
    // The same for a document RunResult::toJson() made (say the one also written with
    // --json, so both agree); the listed figures come from its "scenario" and "summary".
    qint64 save(const QJsonObject &result, const QString &name, QString *error);
    // Every run, newest first.
    std::vector<RunSummary> list(QString *error) const;
    // The whole RunResult::toJson() document of run `id` and/or its summary.
    bool load(qint64 id, QJsonObject *result, RunSummary *summary, QString *error) const;
    bool rename(qint64 id, const QString &name, QString *error);
    bool setNotes(qint64 id, const QString &notes, QString *error);
    // All or nothing: when an id is not in the store, nothing is removed and the error
    // names the missing ids.
    bool remove(const QList<qint64> &ids, QString *error);
    // The id of the run saved last; 0 when the store is empty, -1 on error.
    qint64 latestId(QString *error) const;

private:
    bool checkOpen(QString *error) const;
    bool checkWritable(QString *error) const;
    // Runs `sql` (an UPDATE binding value, then id) on exactly one run.
    bool updateRun(qint64 id, const QString &sql, const QVariant &value, QString *error);

    std::unique_ptr<DbConnection> m_db;
    QString m_path;
    bool m_readOnly = false;
};

} // namespace LockLens

Q_DECLARE_METATYPE(LockLens::RunSummary)
