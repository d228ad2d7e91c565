// SPDX-License-Identifier: GPL-3.0-or-later
// The results store: runs round-trip (the whole JSON document and the listed figures),
// rename/notes/remove, schema version, refusal of files it must not touch, opening read-only
// (a report) without changing a byte, and two instances (threads and processes) writing at
// once. Files are prepared and checked through SQLite's C API (sqlitefixture.h), not
// through the code under test.
#include "app/core/resultsstore.h"
#include "tests/fixtures/sqlitefixture.h"
#include "workers/engine.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <thread>

using namespace LockLens;
using namespace LockLens::Fixture;

namespace {

const char kChildStoreVar[] = "LOCKLENS_TST_STORE_CHILD";
const char kChildReady[] = "LOCKLENS_CHILD_READY";
constexpr int kRunsEach = 50;

// Opens its own store on `path` (in the calling thread), waits at the gate if given,
// then saves `n` copies of `r`; every error, one line each.
QStringList saveMany(const QString &path, const RunResult &r, int n, const QString &prefix,
    std::atomic<int> *gate = nullptr, int parties = 0)
{
    QStringList errors;
    ResultsStore store;
    QString why;
    const bool opened = store.open(path, &why);
    if (gate) {
        ++*gate;
        while (gate->load() < parties)
            std::this_thread::yield();
    }
    if (!opened)
        return { why };
    for (int i = 0; i < n; ++i) {
        if (store.save(r, QStringLiteral("%1 %2").arg(prefix).arg(i), &why) <= 0)
            errors << why;
    }
    return errors;
}

// Whether two JSON documents agree, numbers within `tolerance` (relative, and absolute
// near zero); where they first differ goes to `where`.
bool nearlySame(const QJsonValue &a, const QJsonValue &b, double tolerance, const QString &at, QString *where)
{
    if (a.isDouble() && b.isDouble()) {
        const double x = a.toDouble(), y = b.toDouble();
        if (std::abs(x - y) <= tolerance * std::max({ 1.0, std::abs(x), std::abs(y) }))
            return true;
    } else if (a.isObject() && b.isObject()) {
        const QJsonObject o = a.toObject(), p = b.toObject();
        if (o.keys() == p.keys()) {
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!nearlySame(
                        it.value(), p.value(it.key()), tolerance, at + QLatin1Char('.') + it.key(), where))
                    return false;
            }
            return true;
        }
    } else if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() == y.size()) {
            for (qsizetype i = 0; i < x.size(); ++i) {
                if (!nearlySame(x.at(i), y.at(i), tolerance, at + QStringLiteral("[%1]").arg(i), where))
                    return false;
            }
            return true;
        }
    } else if (a == b) {
        return true;
    }
    *where = at;
    return false;
}

} // namespace

class TestResultsStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void defaultPathIsInTheAppDataFolder();
    void saveLoadRoundTrips_data();
    void saveLoadRoundTrips();
    void schemaVersionIsSet();
    void reopeningKeepsRuns();
    void renameNotesRemove();
    void missingRunsAreReported_data();
    void missingRunsAreReported();
    void closedStoreSaysSo();
    void refusesADocumentThatIsNotARun();
    void refusesFilesItMustNotTouch_data();
    void refusesFilesItMustNotTouch();
    void readOnlyOpenChangesNothing_data();
    void readOnlyOpenChangesNothing();
    void twoInstancesSeeEachOther();
    void twoThreadsSaveConcurrently();
    void twoProcessesSaveConcurrently();
    void helperProcessSaves();

private:
    QString storePath(const QString &file) const { return m_dir.filePath(file); }

    QTemporaryDir m_dir;
    RunResult m_result; // a real (short) load run
};

void TestResultsStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLITE"))); // before any thread
    QStandardPaths::setTestModeEnabled(true);
    Scenario sc;
    sc.name = QStringLiteral("store test");
    sc.databasePath = m_dir.filePath(QStringLiteral("load.sqlite"));
    sc.workers = 2;
    sc.opsPerWorker = 200;
    sc.batch = 4; // ops/s and tx/s differ
    QString why;
    QVERIFY2(LoadEngine::runBlocking(sc, &m_result, &why, 100), qPrintable(why));
    QVERIFY(m_result.ok());
}

void TestResultsStore::defaultPathIsInTheAppDataFolder()
{
    const QString path = ResultsStore::defaultPath();
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("runs.sqlite"));
    QVERIFY(QFileInfo(QFileInfo(path).path()).isDir());
}

void TestResultsStore::saveLoadRoundTrips_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expectedName"); // empty: the scenario's name and the time
    QTest::addColumn<bool>("failedRun");
    QTest::addColumn<bool>("fromDocument"); // save(toJson()) rather than save(RunResult)
    QTest::newRow("named") << QStringLiteral("nightly WAL check") << QStringLiteral("nightly WAL check")
                           << false << true;
    QTest::newRow("no name") << QString() << QString() << false << true;
    QTest::newRow("spaces trimmed") << QStringLiteral("  spaced  ") << QStringLiteral("spaced") << false
                                    << true;
    const QString hostile = QStringLiteral("O'Brien's \"run\"; DROP TABLE runs; -- \u00fcn\u00efc\u00f8de");
    QTest::newRow("quotes are bound, not pasted") << hostile << hostile << false << true;
    QTest::newRow("failed run") << QStringLiteral("lost rows") << QStringLiteral("lost rows") << true << true;
    QTest::newRow("RunResult") << QStringLiteral("direct") << QStringLiteral("direct") << false << false;
    QTest::newRow("failed RunResult") << QString() << QString() << true << false;
}

void TestResultsStore::saveLoadRoundTrips()
{
    QFETCH(QString, name);
    QFETCH(QString, expectedName);
    QFETCH(bool, failedRun);
    QFETCH(bool, fromDocument);
    RunResult r = m_result;
    if (failedRun) {
        r.verification.lostRows = 3;
        r.verification.integrity = QStringLiteral("row 5 missing from index");
        r.fatalError = QStringLiteral("disk full");
    }
    const QString path
        = storePath(QStringLiteral("roundtrip-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag())));
    ResultsStore store;
    QString why;
    QVERIFY2(store.open(path, &why), qPrintable(why));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QJsonObject document = r.toJson();
    const qint64 id = fromDocument ? store.save(document, name, &why) : store.save(r, name, &why);
    QVERIFY2(id > 0, qPrintable(why));
    QCOMPARE(store.latestId(&why), id);

    QJsonObject loaded;
    RunSummary summary;
    QVERIFY2(store.load(id, &loaded, &summary, &why), qPrintable(why));
    if (fromDocument) {
        QCOMPARE(loaded, document);
    } else {
        // save(RunResult) calls toJson() itself; its timings move with the clock's ongoing
        // calibration (workers/clock.h) in the 4th decimal.
        QString where;
        QVERIFY2(nearlySame(loaded, document, 1e-3, QStringLiteral("$"), &where), qPrintable(where));
        QCOMPARE(loaded.value(QLatin1String("scenario")).toObject(), r.scenario.toJson());
    }

    const std::vector<RunSummary> runs = store.list(&why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(runs.size(), std::size_t(1));
    const QJsonObject s = loaded.value(QLatin1String("summary")).toObject(); // what was saved
    for (const RunSummary &listed : { summary, runs.front() }) {
        QCOMPARE(listed.id, id);
        if (expectedName.isEmpty())
            QVERIFY2(listed.name.startsWith(QStringLiteral("store test, ")), qPrintable(listed.name));
        else
            QCOMPARE(listed.name, expectedName);
        QCOMPARE(listed.notes, QString());
        QVERIFY(listed.startedAt.isValid());
        QVERIFY(listed.startedAt >= before.addMSecs(-qint64(r.durationS * 1000) - 1000));
        QVERIFY(listed.startedAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(listed.scenarioName, QStringLiteral("store test"));
        QCOMPARE(listed.journalMode, r.journalMode);
        QCOMPARE(listed.workers, 2);
        QCOMPARE(listed.durationS, s.value(QLatin1String("duration_s")).toDouble());
        QCOMPARE(listed.opsPerS, s.value(QLatin1String("ops_per_s")).toDouble());
        QVERIFY(listed.opsPerS > 0);
        QCOMPARE(listed.txPerS, s.value(QLatin1String("tx_per_s")).toDouble());
        QCOMPARE(listed.lockWaitShare, s.value(QLatin1String("lock_wait_share")).toDouble());
        QCOMPARE(listed.lostRows, failedRun ? qint64(3) : qint64(0));
        QCOMPARE(listed.integrity, r.verification.integrity);
        QCOMPARE(listed.ok, !failedRun);
    }
    // The JSON sits in the file as one text column, readable without LockLens.
    QCOMPARE(column(path, QStringLiteral("SELECT json_extract(result_json, '$.scenario.name') FROM runs")),
        QStringList { QStringLiteral("store test") });
}

void TestResultsStore::schemaVersionIsSet()
{
    const QString path = storePath(QStringLiteral("version.sqlite"));
    ResultsStore store;
    QString why;
    QVERIFY2(store.open(path, &why), qPrintable(why));
    QCOMPARE(ResultsStore::schemaVersion(), 1);
    QCOMPARE(column(path, QStringLiteral("PRAGMA user_version")), QStringList { QStringLiteral("1") });
    QCOMPARE(column(path, QStringLiteral("PRAGMA application_id")),
        QStringList { QString::number(ResultsStore::kApplicationId) });
    QCOMPARE(column(path, QStringLiteral("PRAGMA journal_mode")), QStringList { QStringLiteral("wal") });
    QCOMPARE(
        column(path, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'runs'")),
        QStringList { QStringLiteral("runs") });
}

void TestResultsStore::reopeningKeepsRuns()
{
    const QString path = storePath(QStringLiteral("reopen.sqlite"));
    QString why;
    qint64 id = 0;
    {
        ResultsStore store;
        QVERIFY2(store.open(path, &why), qPrintable(why));
        id = store.save(m_result, QStringLiteral("kept"), &why);
        QVERIFY2(id > 0, qPrintable(why));
    }
    ResultsStore again;
    QVERIFY2(again.open(path, &why), qPrintable(why));
    const std::vector<RunSummary> runs = again.list(&why);
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(runs.front().name, QStringLiteral("kept"));
    QCOMPARE(column(path, QStringLiteral("PRAGMA user_version")), QStringList { QStringLiteral("1") });
}

void TestResultsStore::renameNotesRemove()
{
    ResultsStore store;
    QString why;
    QVERIFY2(store.open(storePath(QStringLiteral("edit.sqlite")), &why), qPrintable(why));
    const qint64 a = store.save(m_result, QStringLiteral("a"), &why);
    const qint64 b = store.save(m_result, QStringLiteral("b"), &why);
    const qint64 c = store.save(m_result, QStringLiteral("c"), &why);
    QVERIFY2(a > 0 && b > a && c > b, qPrintable(why));
    QCOMPARE(store.latestId(&why), c);

    QVERIFY2(store.rename(b, QStringLiteral("renamed"), &why), qPrintable(why));
    QVERIFY2(store.setNotes(b, QStringLiteral("line one\nline two"), &why), qPrintable(why));
    RunSummary s;
    QVERIFY2(store.load(b, nullptr, &s, &why), qPrintable(why));
    QCOMPARE(s.name, QStringLiteral("renamed"));
    QCOMPARE(s.notes, QStringLiteral("line one\nline two"));
    QVERIFY(!store.rename(b, QStringLiteral("   "), &why)); // a run keeps a name
    QVERIFY2(store.load(b, nullptr, &s, &why), qPrintable(why));
    QCOMPARE(s.name, QStringLiteral("renamed"));

    QVERIFY2(store.remove({ a, c, c }, &why), qPrintable(why));
    const std::vector<RunSummary> runs = store.list(&why);
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(runs.front().id, b);
    QCOMPARE(store.latestId(&why), b);
    QVERIFY(!store.load(a, nullptr, nullptr, &why));

    // A removed run's id is not given to the next run.
    const qint64 d = store.save(m_result, QStringLiteral("d"), &why);
    QVERIFY2(d > c, qPrintable(QStringLiteral("%1 after %2: %3").arg(d).arg(c).arg(why)));
    QVERIFY2(store.remove({ b, d }, &why), qPrintable(why));
    QCOMPARE(store.latestId(&why), qint64(0));
    QVERIFY(store.list(&why).empty());
}

void TestResultsStore::missingRunsAreReported_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("load") << QStringLiteral("load");
    QTest::newRow("rename") << QStringLiteral("rename");
    QTest::newRow("notes") << QStringLiteral("notes");
    QTest::newRow("remove") << QStringLiteral("remove");
    QTest::newRow("remove one present, one missing") << QStringLiteral("remove both");
}

void TestResultsStore::missingRunsAreReported()
{
    QFETCH(QString, operation);
    ResultsStore store;
    QString why;
    QVERIFY2(
        store.open(
            storePath(QStringLiteral("missing-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()))),
            &why),
        qPrintable(why));
    const qint64 present = store.save(m_result, QStringLiteral("present"), &why);
    QVERIFY2(present > 0, qPrintable(why));
    const qint64 missing = present + 998;
    why.clear();
    bool ok = true;
    if (operation == QLatin1String("load"))
        ok = store.load(missing, nullptr, nullptr, &why);
    else if (operation == QLatin1String("rename"))
        ok = store.rename(missing, QStringLiteral("x"), &why);
    else if (operation == QLatin1String("notes"))
        ok = store.setNotes(missing, QStringLiteral("x"), &why);
    else if (operation == QLatin1String("remove"))
        ok = store.remove({ missing }, &why);
    else
        ok = store.remove({ present, missing }, &why);
    QVERIFY(!ok);
    QVERIFY2(why.contains(QStringLiteral("no run %1").arg(missing)), qPrintable(why));
    // Nothing changed, and the store still takes writes (no transaction left open).
    const std::vector<RunSummary> runs = store.list(&why);
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(runs.front().name, QStringLiteral("present"));
    QVERIFY2(store.rename(present, QStringLiteral("still writable"), &why), qPrintable(why));
}

void TestResultsStore::closedStoreSaysSo()
{
    ResultsStore store;
    QString why;
    QCOMPARE(store.save(m_result, {}, &why), qint64(-1));
    QVERIFY2(why.contains(QStringLiteral("not open")), qPrintable(why));
    QCOMPARE(store.latestId(&why), qint64(-1));
    QVERIFY(!store.open(QString(), &why));
    QVERIFY(!store.isOpen());
}

void TestResultsStore::refusesADocumentThatIsNotARun()
{
    ResultsStore store;
    QString why;
    QVERIFY2(store.open(storePath(QStringLiteral("notarun.sqlite")), &why), qPrintable(why));
    QCOMPARE(
        store.save(QJsonObject { { QStringLiteral("hello"), 1 } }, QStringLiteral("x"), &why), qint64(-1));
    QVERIFY2(why.contains(QStringLiteral("not a LockLens run result")), qPrintable(why));
    QCOMPARE(store.latestId(&why), qint64(0));
}

void TestResultsStore::refusesFilesItMustNotTouch_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("readOnly"); // openReadOnly(), as `locklens report` opens it
    const std::pair<const char *, const char *> kinds[]
        = { { "future", "newer LockLens" }, { "text", "not an SQLite database" },
              { "tables", "not a LockLens results store" }, { "appid", "not a LockLens results store" } };
    for (const bool readOnly : { false, true })
        for (const auto &[kind, expected] : kinds)
            QTest::addRow("%s%s", kind, readOnly ? ", read-only" : "")
                << QString::fromLatin1(kind) << QString::fromLatin1(expected) << readOnly;
    // Regression: `locklens report` made an empty file a store (open() may: a new store).
    QTest::newRow("empty, read-only")
        << QStringLiteral("empty") << QStringLiteral("the file is empty") << true;
}

namespace {

// Makes at `path` a file of `kind` that a store must refuse; false when it could not.
bool makeRefusedFile(const QString &kind, const QString &path, const RunResult &run)
{
    QString why;
    if (kind == QLatin1String("future")) {
        {
            ResultsStore store;
            if (!store.open(path, &why) || store.save(run, QStringLiteral("old"), &why) <= 0)
                return false;
        }
        return exec(path, QStringLiteral("PRAGMA user_version = 99")).isEmpty();
    }
    if (kind == QLatin1String("text") || kind == QLatin1String("empty")) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly)
            && (kind == QLatin1String("empty") || f.write(QByteArray(4096, 'x')) == 4096);
    }
    if (kind == QLatin1String("tables"))
        return exec(path,
            QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);"
                           "INSERT INTO customers (name) VALUES ('Ada')"))
            .isEmpty();
    return exec(path, QStringLiteral("PRAGMA application_id = 1234")).isEmpty();
}

} // namespace

void TestResultsStore::refusesFilesItMustNotTouch()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QFETCH(bool, readOnly);
    const QString path = storePath(QStringLiteral("refuse-%1-%2.sqlite").arg(kind).arg(readOnly));
    QVERIFY(makeRefusedFile(kind, path, m_result));
    const QByteArray hash = sha1Of(path);
    const qint64 size = QFileInfo(path).size();

    QString why;
    ResultsStore store;
    QVERIFY(!(readOnly ? store.openReadOnly(path, &why) : store.open(path, &why)));
    QVERIFY(!store.isOpen());
    QVERIFY2(why.contains(expected), qPrintable(why));
    QVERIFY2(why.contains(QDir::toNativeSeparators(path)), qPrintable(why));
    QVERIFY2(!why.contains(QLatin1Char('\n')), qPrintable(why));
    QCOMPARE(sha1Of(path), hash);
    QCOMPARE(QFileInfo(path).size(), size);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) || kind == QLatin1String("future"));
}

void TestResultsStore::readOnlyOpenChangesNothing_data()
{
    QTest::addColumn<QString>("journalMode"); // the store's, which must stay
    QTest::addColumn<bool>("readOnlyFile");
    QTest::newRow("wal store") << QStringLiteral("wal") << false;
    QTest::newRow("rollback-journal store") << QStringLiteral("delete") << false;
    QTest::newRow("read-only file") << QStringLiteral("wal") << true;
}

// Regression: `locklens report` needed write access, and switched a store to WAL.
void TestResultsStore::readOnlyOpenChangesNothing()
{
    QFETCH(QString, journalMode);
    QFETCH(bool, readOnlyFile);
    const QString path = storePath(QStringLiteral("ro-%1-%2.sqlite").arg(journalMode).arg(readOnlyFile));
    QString why;
    qint64 id = 0;
    {
        ResultsStore store;
        QVERIFY2(store.open(path, &why), qPrintable(why));
        id = store.save(m_result, QStringLiteral("kept"), &why);
        QVERIFY2(id > 0, qPrintable(why));
    }
    QCOMPARE(exec(path, QStringLiteral("PRAGMA journal_mode = %1").arg(journalMode)), QString());
    if (readOnlyFile) // (root may still write: the read-only flag is what keeps the file as it is)
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray hash = sha1Of(path);
    {
        ResultsStore store;
        QVERIFY2(store.openReadOnly(path, &why), qPrintable(why));
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.latestId(&why), id);
        QJsonObject doc;
        QVERIFY2(store.load(id, &doc, nullptr, &why), qPrintable(why));
        QCOMPARE(store.list(&why).size(), std::size_t(1));
        QCOMPARE(store.save(m_result, QString(), &why), qint64(-1));
        QVERIFY2(why.contains(QLatin1String("read-only")), qPrintable(why));
        QVERIFY(!store.rename(id, QStringLiteral("x"), &why));
        QVERIFY(!store.remove({ id }, &why));
    }
    QCOMPARE(sha1Of(path), hash);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(column(path, QStringLiteral("PRAGMA journal_mode")), QStringList { journalMode });
}

void TestResultsStore::twoInstancesSeeEachOther()
{
    const QString path = storePath(QStringLiteral("two.sqlite"));
    ResultsStore a, b;
    QString why;
    QVERIFY2(a.open(path, &why), qPrintable(why));
    QVERIFY2(b.open(path, &why), qPrintable(why));
    const qint64 id = a.save(m_result, QStringLiteral("from a"), &why);
    QVERIFY2(id > 0, qPrintable(why));
    QCOMPARE(b.latestId(&why), id);
    QVERIFY2(b.rename(id, QStringLiteral("renamed by b"), &why), qPrintable(why));
    RunSummary s;
    QVERIFY2(a.load(id, nullptr, &s, &why), qPrintable(why));
    QCOMPARE(s.name, QStringLiteral("renamed by b"));
    QVERIFY2(a.remove({ id }, &why), qPrintable(why));
    QVERIFY(!b.load(id, nullptr, nullptr, &why));
}

// Both threads open the fresh file at the same moment (both create and migrate it) and
// then save at the same time.
void TestResultsStore::twoThreadsSaveConcurrently()
{
    const QString path = storePath(QStringLiteral("threads.sqlite"));
    std::atomic<int> gate { 0 };
    QStringList errorsA, errorsB;
    std::thread ta([&] { errorsA = saveMany(path, m_result, kRunsEach, QStringLiteral("A"), &gate, 2); });
    std::thread tb([&] { errorsB = saveMany(path, m_result, kRunsEach, QStringLiteral("B"), &gate, 2); });
    ta.join();
    tb.join();
    QVERIFY2(errorsA.isEmpty(), qPrintable(errorsA.join(QLatin1Char('\n'))));
    QVERIFY2(errorsB.isEmpty(), qPrintable(errorsB.join(QLatin1Char('\n'))));

    ResultsStore store;
    QString why;
    QVERIFY2(store.open(path, &why), qPrintable(why));
    const std::vector<RunSummary> runs = store.list(&why);
    QCOMPARE(runs.size(), std::size_t(2 * kRunsEach));
    QSet<QString> names;
    for (const RunSummary &r : runs)
        names.insert(r.name);
    QCOMPARE(names.size(), 2 * kRunsEach);
}

void TestResultsStore::twoProcessesSaveConcurrently()
{
    const QString path = storePath(QStringLiteral("processes.sqlite"));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kChildStoreVar), path);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("helperProcessSaves") });
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    QByteArray output;
    while (!output.contains(kChildReady) && child.state() == QProcess::Running) {
        child.waitForReadyRead(100);
        output += child.readAll();
    }
    QVERIFY2(output.contains(kChildReady), output.constData());

    const QStringList errors = saveMany(path, m_result, kRunsEach, QStringLiteral("parent"));
    QVERIFY(child.waitForFinished(60000));
    output += child.readAll();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TestResultsStore::helperProcessSaves"), output.constData());

    ResultsStore store;
    QString why;
    QVERIFY2(store.open(path, &why), qPrintable(why));
    QCOMPARE(store.list(&why).size(), std::size_t(2 * kRunsEach));
}

// The other process of twoProcessesSaveConcurrently (this binary, started by it).
void TestResultsStore::helperProcessSaves()
{
    const QString path = qEnvironmentVariable(kChildStoreVar);
    if (path.isEmpty())
        QSKIP("run by twoProcessesSaveConcurrently in a second process");
    ResultsStore store;
    QString why;
    QVERIFY2(store.open(path, &why), qPrintable(why));
    std::printf("%s\n", kChildReady);
    std::fflush(stdout);
    QStringList errors;
    for (int i = 0; i < kRunsEach; ++i) {
        if (store.save(m_result, QStringLiteral("child %1").arg(i), &why) <= 0)
            errors << why;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestResultsStore)
#include "tst_resultsstore.moc"
