// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/resultsstore.h"

#include "app/core/dbconnection.h"
#include "workers/rundocument.h"
#include "workers/tracedocument.h"
#include "workers/sqlite/driverconnection.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>
#include <climits>
#include <iterator>

namespace LockLens {

namespace {

constexpr int kBusyTimeoutMs = 5000;

// One step of the schema's history: brings a store at version N (its index) to N + 1.
// Each runs inside open()'s IMMEDIATE transaction. To change the schema, append a step;
// never edit one that has shipped.
using MigrationStep = bool (*)(const DbConnection &db, SqlFailure *failure);

bool execAll(const DbConnection &db, std::initializer_list<const char *> statements, SqlFailure *failure)
{
    // One statement per call: the Qt driver runs only the first statement of a text.
    for (const char *sql : statements) {
        if (!db.exec(QString::fromLatin1(sql), failure))
            return false;
    }
    return true;
}

bool createVersion1(const DbConnection &db, SqlFailure *failure)
{
    return execAll(db,
        { "CREATE TABLE runs ("
          " id INTEGER PRIMARY KEY AUTOINCREMENT," // a removed run's id never comes back
          " name TEXT NOT NULL,"
          " notes TEXT NOT NULL DEFAULT '',"
          " started_at TEXT NOT NULL," // UTC, ISO 8601 with milliseconds: sorts as text
          " scenario_name TEXT NOT NULL DEFAULT '',"
          " journal_mode TEXT NOT NULL DEFAULT '',"
          " workers INTEGER NOT NULL DEFAULT 0,"
          " duration_s REAL NOT NULL DEFAULT 0,"
          " ops_per_s REAL NOT NULL DEFAULT 0,"
          " tx_per_s REAL NOT NULL DEFAULT 0,"
          " lock_wait_share REAL NOT NULL DEFAULT 0,"
          " lost_rows INTEGER NOT NULL DEFAULT 0,"
          " integrity TEXT NOT NULL DEFAULT '',"
          " ok INTEGER NOT NULL DEFAULT 0,"
          " result_json TEXT NOT NULL)", // RunResult::toJson(): the source of truth
            "CREATE INDEX runs_by_start ON runs (started_at)" },
        failure);
}

const MigrationStep kMigrations[] = { &createVersion1 };
constexpr int kVersion = int(std::size(kMigrations));

// What open() finds in a file before it changes anything.
struct Shape
{
    qint64 applicationId = 0;
    int version = 0;
    int objects = 0; // tables, indexes, views, triggers
};

bool readShape(const DbConnection &db, Shape *shape, SqlFailure *failure)
{
    std::vector<SqlRow> rows;
    if (!db.select(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id),"
                                  " (SELECT user_version FROM pragma_user_version),"
                                  " (SELECT count(*) FROM sqlite_schema)"),
            {}, &rows, failure))
        return false;
    shape->applicationId = rows.at(0).at(0).toLongLong();
    shape->version = rows.at(0).at(1).toInt();
    shape->objects = rows.at(0).at(2).toInt();
    return true;
}

bool report(const SqlFailure &f, QString *error)
{
    if (error)
        *error = f.text();
    return false;
}

// Opens `path` (ReadWrite creates it) and reads its shape, changing nothing; nullptr with
// one line in *error when it cannot be opened or read.
std::unique_ptr<DbConnection> lookAt(
    const QString &path, DbConnection::Access access, Shape *shape, QString *error)
{
    if (path.isEmpty()) {
        report({ 0, ResultsStore::tr("no results store given") }, error);
        return nullptr;
    }
    const DatabaseLocation where = DatabaseLocation::file(path);
    SqlFailure f;
    std::unique_ptr<DbConnection> db = DbConnection::open(where, access, QStringLiteral("results-store"), &f,
        access == DbConnection::Access::ReadWrite, kBusyTimeoutMs);
    if (db && !readShape(*db, shape, &f)) {
        db.reset();
        f = describeFailure(where, Stage::Reading, f);
    }
    if (!db)
        report(f, error);
    return db;
}

// Empty when a store of this shape can be used (perhaps after migrating it).
QString refusal(const QString &path, const Shape &s)
{
    const QString name = QDir::toNativeSeparators(path);
    const bool fresh = s.applicationId == 0 && s.version == 0 && s.objects == 0;
    if (!fresh && s.applicationId != ResultsStore::kApplicationId)
        return ResultsStore::tr("%1 is not a LockLens results store (it holds other data)").arg(name);
    if (s.version > kVersion)
        return ResultsStore::tr("%1 was written by a newer LockLens (results store version %2; this "
                                "version of LockLens reads up to %3)")
            .arg(name, QString::number(s.version), QString::number(kVersion));
    return {};
}

// Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back when anything fails.
template<typename Body> bool writeTransaction(const DbConnection &db, SqlFailure *failure, Body body)
{
    if (!db.exec(QStringLiteral("BEGIN IMMEDIATE"), failure))
        return false;
    if (body(failure) && db.exec(QStringLiteral("COMMIT"), failure))
        return true;
    SqlFailure ignored; // the first failure is the one to report
    db.exec(QStringLiteral("ROLLBACK"), &ignored);
    return false;
}

// Switching a file into WAL loses to another connection doing the same at once (two windows
// creating the store): tried again for as long as the busy timeout would wait.
bool switchToWal(const DbConnection &db, SqlFailure *failure)
{
    return Sqlite::retryWhileBusy([&] { return db.exec(QStringLiteral("PRAGMA journal_mode=WAL"), failure); },
        [&] { return failure->isBusy(); }, std::chrono::milliseconds(kBusyTimeoutMs));
}

// Rows changed by the last statement on this connection.
qint64 changes(const DbConnection &db, SqlFailure *failure)
{
    const QVariant n = db.value(QStringLiteral("SELECT changes()"), {}, failure);
    return n.isValid() ? n.toLongLong() : -1;
}

SqlFailure noSuchRun(const QString &ids)
{
    return { 0, ResultsStore::tr("no run %1 in the results store").arg(ids) };
}

// The last column is the document's summary (one parse for the three paths).
QString summaryColumns()
{
    return QStringLiteral("id, name, notes, started_at, scenario_name, journal_mode, workers, duration_s, "
                          "ops_per_s, tx_per_s, lock_wait_share, lost_rows, integrity, ok, "
                          "json_extract(result_json, '%1')")
        .arg(RunDocument::summaryPath());
}

RunSummary summaryFrom(const SqlRow &row)
{
    RunSummary s;
    s.id = row.at(0).toLongLong();
    s.name = row.at(1).toString();
    s.notes = row.at(2).toString();
    s.startedAt = QDateTime::fromString(row.at(3).toString(), Qt::ISODateWithMs).toUTC();
    s.scenarioName = row.at(4).toString();
    s.journalMode = row.at(5).toString();
    s.workers = row.at(6).toInt();
    s.durationS = row.at(7).toDouble();
    s.opsPerS = row.at(8).toDouble();
    s.txPerS = row.at(9).toDouble();
    s.lockWaitShare = row.at(10).toDouble();
    s.lostRows = row.at(11).toLongLong();
    s.integrity = row.at(12).toString();
    s.ok = row.at(13).toBool();
    const StatsFigures totals
        = RunDocument::summaryFromJson(QJsonDocument::fromJson(row.at(14).toString().toUtf8()).object()).totals;
    s.committedTx = qint64(totals.tx);
    s.failedTx = qint64(totals.failedTx);
    s.errors = qint64(totals.errorTotal());
    return s;
}

} // namespace

ResultsStore::ResultsStore() = default;
ResultsStore::~ResultsStore() = default;

QString ResultsStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return {};
    return QDir(dir).filePath(QStringLiteral("runs.sqlite"));
}

int ResultsStore::schemaVersion()
{
    return kVersion;
}

void ResultsStore::close()
{
    m_db.reset();
    m_path.clear();
    m_readOnly = false;
}

bool ResultsStore::open(const QString &path, QString *error)
{
    close();
    // Look before changing anything: a file this build cannot use stays as it is.
    Shape shape;
    std::unique_ptr<DbConnection> db = lookAt(path, DbConnection::Access::ReadWrite, &shape, error);
    if (!db)
        return false;
    const DatabaseLocation where = db->location();
    SqlFailure f;
    QString refused = refusal(path, shape);
    if (!refused.isEmpty())
        return report({ 0, refused }, error);

    // WAL lets readers and one writer work at once; the busy timeout makes concurrent
    // writers (other LockLens windows or `locklens run --save`) wait for each other.
    if (!switchToWal(*db, &f) || !db->exec(QStringLiteral("PRAGMA synchronous=NORMAL"), &f))
        return report(describeFailure(where, Stage::Opening, f), error);

    if (shape.version < kVersion) {
        const bool migrated = writeTransaction(*db, &f, [&](SqlFailure *failure) {
            // Another process may have created or migrated the store since the first look.
            if (!readShape(*db, &shape, failure))
                return false;
            refused = refusal(path, shape);
            if (!refused.isEmpty()) {
                *failure = { 0, refused };
                return false;
            }
            for (int v = shape.version; v < kVersion; ++v) {
                if (!kMigrations[v](*db, failure))
                    return false;
            }
            // PRAGMA takes no bound values; both numbers are this build's constants.
            return db->exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId), failure)
                && db->exec(QStringLiteral("PRAGMA user_version=%1").arg(kVersion), failure);
        });
        if (!migrated) {
            if (f.code != 0)
                f.message = tr("cannot update the results store %1 to version %2: %3")
                                .arg(QDir::toNativeSeparators(path), QString::number(kVersion), f.message);
            return report(f, error);
        }
    }
    // A store this process cannot write to (a read-only file) is found out now, not when
    // a run that took an hour is to be saved: a write that is rolled back (BEGIN IMMEDIATE
    // alone succeeds on a read-only file).
    SqlFailure probe, ignored;
    const bool writable = db->exec(QStringLiteral("BEGIN IMMEDIATE"), &probe)
        && db->exec(QStringLiteral("PRAGMA user_version=%1").arg(kVersion), &probe);
    db->exec(QStringLiteral("ROLLBACK"), &ignored);
    if (!writable)
        return report({ probe.code,
                          tr("cannot write to the results store %1: %2")
                              .arg(QDir::toNativeSeparators(path), probe.text()) },
            error);
    m_db = std::move(db);
    m_path = path;
    return true;
}

bool ResultsStore::openReadOnly(const QString &path, QString *error)
{
    close();
    Shape shape;
    std::unique_ptr<DbConnection> db = lookAt(path, DbConnection::Access::ReadOnly, &shape, error);
    if (!db)
        return false;
    const QString name = QDir::toNativeSeparators(path);
    if (shape.applicationId != kApplicationId) // open() would make a store of a fresh file
        return report({ 0,
                          QFileInfo(path).size() == 0
                              ? tr("%1 is not a LockLens results store (the file is empty)").arg(name)
                              : tr("%1 is not a LockLens results store").arg(name) },
            error);
    QString refused = refusal(path, shape);
    if (refused.isEmpty() && shape.version < kVersion)
        refused = tr("%1 is a results store of an older LockLens (version %2): save a run into it to update "
                     "it, then report")
                      .arg(name, QString::number(shape.version));
    if (!refused.isEmpty())
        return report({ 0, refused }, error);
    m_db = std::move(db);
    m_path = path;
    m_readOnly = true;
    return true;
}

bool ResultsStore::checkOpen(QString *error) const
{
    return m_db ? true : report({ 0, tr("the results store is not open") }, error);
}

bool ResultsStore::checkWritable(QString *error) const
{
    if (!checkOpen(error))
        return false;
    return !m_readOnly
        || report(
            { 0, tr("the results store %1 is open read-only").arg(QDir::toNativeSeparators(m_path)) }, error);
}

qint64 ResultsStore::save(const RunResult &r, const QString &name, QString *error)
{
    return save(r.toJson(), name, error);
}

qint64 ResultsStore::save(const QJsonObject &result, const QString &name, QString *error)
{
    if (!checkWritable(error))
        return -1;
    RunDocument doc;
    QString why;
    if (!RunDocument::fromJson(result, &doc, &why) || !(doc.hasScenario || doc.program)) {
        report({ 0, tr("not a LockLens run result (%1)").arg(why.isEmpty() ? tr("it has no scenario") : why) },
            error);
        return -1;
    }
    const RunDocument::Summary &s = doc.summary;
    // A traced program's run is named after its program ("trace: worker.py").
    const QString scenarioName = doc.program ? tr("trace: %1").arg(Trace::programName(*doc.program)) : doc.scenario.name;
    const int workers = doc.program ? int(std::min<std::uint64_t>(Trace::connectionCount(*doc.program), INT_MAX))
                                    : doc.scenario.workers;
    const double durationS = s.durationS;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime started = doc.startedAt.isValid() ? doc.startedAt : now.addMSecs(-qint64(durationS * 1000));
    QString runName = name.trimmed();
    if (runName.isEmpty()) {
        const QString scenario = scenarioName.isEmpty() ? tr("run") : scenarioName;
        runName
            = tr("%1, %2").arg(scenario, now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    // As RunResult::ok(): verified, and no error ended the run early; a traced program: it
    // exited with status 0.
    const bool ok = doc.program ? doc.program->exitStatus == 0 : s.verified && s.fatalError.isEmpty();
    const QVariantList binds { runName, started.toString(Qt::ISODateWithMs), scenarioName, s.journalMode,
        workers, durationS, s.totals.opsPerS, s.totals.txPerS, s.lockWaitShare,
        qint64(s.lostRows), s.integrity, ok,
        QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) };

    qint64 id = -1;
    SqlFailure f;
    const bool saved = writeTransaction(*m_db, &f, [&](SqlFailure *failure) {
        if (!m_db->select(QStringLiteral("INSERT INTO runs (name, started_at, scenario_name, journal_mode, "
                                         "workers, duration_s, ops_per_s, tx_per_s, lock_wait_share, "
                                         "lost_rows, integrity, ok, result_json) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                binds, nullptr, failure))
            return false;
        const QVariant v = m_db->value(QStringLiteral("SELECT last_insert_rowid()"), {}, failure);
        id = v.isValid() ? v.toLongLong() : -1;
        return id > 0;
    });
    if (!saved) {
        report(f, error);
        return -1;
    }
    return id;
}

std::vector<RunSummary> ResultsStore::list(QString *error) const
{
    std::vector<RunSummary> out;
    std::vector<SqlRow> rows;
    SqlFailure f;
    if (!checkOpen(error))
        return out;
    if (!m_db->select(QStringLiteral("SELECT %1 FROM runs ORDER BY started_at DESC, id DESC")
                          .arg(summaryColumns()),
            {}, &rows, &f)) {
        report(f, error);
        return out;
    }
    out.reserve(rows.size());
    for (const SqlRow &row : rows)
        out.push_back(summaryFrom(row));
    return out;
}

bool ResultsStore::load(qint64 id, QJsonObject *result, RunSummary *summary, QString *error) const
{
    if (!checkOpen(error))
        return false;
    std::vector<SqlRow> rows;
    SqlFailure f;
    if (!m_db->select(QStringLiteral("SELECT %1, result_json FROM runs WHERE id = ?")
                          .arg(summaryColumns()),
            { id }, &rows, &f))
        return report(f, error);
    if (rows.empty())
        return report(noSuchRun(QString::number(id)), error);
    const SqlRow &row = rows.front();
    if (result) {
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(row.last().toString().toUtf8(), &parse);
        if (!doc.isObject())
            return report(
                { 0, tr("run %1 in the results store is damaged: %2").arg(id).arg(parse.errorString()) },
                error);
        *result = doc.object();
    }
    if (summary)
        *summary = summaryFrom(row);
    return true;
}

bool ResultsStore::rename(qint64 id, const QString &name, QString *error)
{
    const QString newName = name.trimmed();
    if (newName.isEmpty())
        return report({ 0, tr("a run needs a name") }, error);
    return updateRun(id, QStringLiteral("UPDATE runs SET name = ? WHERE id = ?"), newName, error);
}

bool ResultsStore::setNotes(qint64 id, const QString &notes, QString *error)
{
    return updateRun(id, QStringLiteral("UPDATE runs SET notes = ? WHERE id = ?"), notes, error);
}

bool ResultsStore::updateRun(qint64 id, const QString &sql, const QVariant &value, QString *error)
{
    if (!checkWritable(error))
        return false;
    SqlFailure f;
    const bool ok = writeTransaction(*m_db, &f, [&](SqlFailure *failure) {
        if (!m_db->select(sql, { value, id }, nullptr, failure))
            return false;
        if (changes(*m_db, failure) == 1)
            return true;
        *failure = noSuchRun(QString::number(id));
        return false;
    });
    return ok || report(f, error);
}

bool ResultsStore::remove(const QList<qint64> &ids, QString *error)
{
    if (!checkWritable(error))
        return false;
    QList<qint64> unique = ids;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    if (unique.isEmpty())
        return true;
    SqlFailure f;
    const bool ok = writeTransaction(*m_db, &f, [&](SqlFailure *failure) {
        QStringList missing;
        for (qint64 id : unique) {
            if (!m_db->select(QStringLiteral("DELETE FROM runs WHERE id = ?"), { id }, nullptr, failure))
                return false;
            const qint64 n = changes(*m_db, failure);
            if (n < 0)
                return false;
            if (n == 0)
                missing << QString::number(id);
        }
        if (missing.isEmpty())
            return true;
        *failure = {
            0,
            tr("no run %1 in the results store; nothing was removed").arg(missing.join(QLatin1String(", ")))
        };
        return false;
    });
    return ok || report(f, error);
}

qint64 ResultsStore::latestId(QString *error) const
{
    if (!checkOpen(error))
        return -1;
    std::vector<SqlRow> rows;
    SqlFailure f;
    if (!m_db->select(QStringLiteral("SELECT max(id) FROM runs"), {}, &rows, &f)) {
        report(f, error);
        return -1;
    }
    return rows.empty() || rows.front().at(0).isNull() ? 0 : rows.front().at(0).toLongLong();
}

} // namespace LockLens
