// SPDX-License-Identifier: GPL-3.0-or-later
// A PostgreSQL run's report: its settings and environment in PostgreSQL's terms (no SQLite rows
// where they mean nothing, both side by side in a comparison), its lock waits in the server by
// what they waited for and who held it, in words, and the conclusions drawn from them. The
// documents are built here, shaped as `locklens run --engine postgresql --json` writes them.
#include "app/core/serverwaitwords.h"
#include "app/reports/reportconclusions.h"
#include "app/reports/reportmodel.h"
#include "app/reports/reporttables.h"
#include "app/reports/reportwriters.h"
#include "tests/fixtures/reportfixture.h"
#include "workers/rundocument.h"

#include <QJsonArray>
#include <QTest>

using namespace LockLens;
using namespace LockLens::Report;
using namespace LockLens::ReportFixture;

namespace {

Postgres::LockHolder worker(const char *role)
{
    Postgres::LockHolder h;
    h.role = QLatin1String(role);
    return h;
}

Postgres::LockHolder psql(int pid)
{
    Postgres::LockHolder h;
    h.pid = pid;
    h.application = QStringLiteral("psql");
    h.user = QStringLiteral("alice");
    h.backendType = QStringLiteral("client backend");
    h.state = QStringLiteral("idle in transaction");
    return h;
}

Postgres::LockWaitTotal total(const char *type, std::vector<Postgres::LockHolder> holders, std::uint64_t waits,
    double seconds, const char *relation = "")
{
    Postgres::LockWaitTotal t;
    t.cause.lockType = QLatin1String(type);
    t.cause.mode = QStringLiteral("ShareLock");
    t.cause.relation = QLatin1String(relation);
    t.cause.holders = std::move(holders);
    t.waits = waits;
    t.seconds = seconds;
    return t;
}

// A PostgreSQL run's document: the fixture's run, on a temporary cluster, with these waits
// (absent: `recorded` false, as an uninstrumented run writes it).
QJsonObject pgDoc(const std::vector<Postgres::LockWaitTotal> &waits, double lockWaitShare, bool recorded = true)
{
    Spec spec;
    spec.lockWaitShare = lockWaitShare;
    QJsonObject doc = runDoc(spec);
    QJsonObject sc = doc.value(QStringLiteral("scenario")).toObject();
    sc.insert(QStringLiteral("engine"), QStringLiteral("postgresql"));
    sc.insert(QStringLiteral("isolation"), QStringLiteral("repeatable-read"));
    sc.remove(QStringLiteral("description")); // the report says what ran
    doc.insert(QStringLiteral("scenario"), sc);
    QJsonObject env = doc.value(QStringLiteral("environment")).toObject();
    for (const char *k : { "sqlite_version", "sqlite_source", "compile_options" })
        env.remove(QLatin1String(k));
    env.insert(QStringLiteral("server"),
        QJsonObject { { QStringLiteral("version"), QStringLiteral("15.18") },
            { QStringLiteral("synchronous_commit"), QStringLiteral("off") }, { QStringLiteral("fsync"), QStringLiteral("on") },
            { QStringLiteral("max_connections"), 100 }, { QStringLiteral("shared_buffers"), QStringLiteral("128MB") },
            { QStringLiteral("temporary"), true } });
    doc.insert(QStringLiteral("environment"), env);
    doc.insert(QStringLiteral("database"), QStringLiteral("a temporary PostgreSQL cluster"));
    if (recorded) {
        QJsonArray a;
        for (const Postgres::LockWaitTotal &t : waits)
            a.append(t.toJson());
        doc.insert(QStringLiteral("server_lock_waits"), a);
    }
    return doc;
}

} // namespace

class TestReportServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsAreSaidInWords_data();
    void waitsAreSaidInWords();
    void settingsAndEnvironmentAreThoseOfTheServer();
    void aComparisonKeepsBothEnginesRows();
    void theLockSectionListsTheCauses();
    void manyCausesEndInOneRow();
    void whyThereIsNoTable();
    void outsideHoldersAreAWarning();
    void deadlocksAndSerializationFailuresAreExplained();
    void causesSurviveTheDocument();
    void enginesAreComparedInWords();
};

void TestReportServer::waitsAreSaidInWords_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<uint>("xid");
    QTest::addColumn<QString>("waitedFor");
    QTest::newRow("row") << "transactionid" << "" << 1234u << "a row changed by transaction 1234, still open";
    QTest::newRow("row, cause") << "transactionid" << "" << 0u << "a row changed by a transaction still open";
    QTest::newRow("tuple") << "tuple" << "locklens_load" << 0u
                           << "a row of locklens_load, behind another session waiting for it";
    QTest::newRow("table") << "relation" << "shop.orders" << 0u << "table shop.orders (ShareLock)";
    QTest::newRow("advisory") << "advisory" << "" << 0u << "an advisory lock (ShareLock)";
    QTest::newRow("other") << "object" << "" << 0u << "a lock of type object (ShareLock)";
    QTest::newRow("not seen") << "" << "" << 0u << "not known (pg_locks did not show it)";
}

void TestReportServer::waitsAreSaidInWords()
{
    QFETCH(QString, type);
    QFETCH(QString, relation);
    QFETCH(uint, xid);
    QFETCH(QString, waitedFor);
    Postgres::LockWait w;
    w.lockType = type;
    w.mode = QStringLiteral("ShareLock");
    w.relation = relation;
    w.transactionId = xid;
    QCOMPARE(ServerWaitWords::waitedFor(w), waitedFor);
    QCOMPARE(ServerWaitWords::heldBy(w), QStringLiteral("not seen"));
    w.holders = { worker("worker3"), psql(4242) };
    QCOMPARE(ServerWaitWords::heldBy(w), QStringLiteral("worker 3, pid 4242 (psql, user alice, idle in transaction)"));
    QVERIFY(ServerWaitWords::heldOutside(w));
    w.holders = { worker("pool2") };
    QVERIFY(!ServerWaitWords::heldOutside(w));
    QCOMPARE(ServerWaitWords::heldBy(w), QStringLiteral("pool thread 2"));
    Postgres::LockHolder prepared;
    w.holders = { prepared };
    QCOMPARE(ServerWaitWords::heldBy(w), QStringLiteral("a prepared transaction"));
    Postgres::LockHolder ahead = worker("worker4");
    ahead.holds = false; // no holder seen: the sessions ahead of it in the queue
    w.holders = { ahead };
    QCOMPARE(ServerWaitWords::heldBy(w), QStringLiteral("worker 4 (ahead in the queue)"));
}

void TestReportServer::settingsAndEnvironmentAreThoseOfTheServer()
{
    const Model m = modelOf({ pgDoc({}, 0) });
    QCOMPARE(m.runs.size(), std::size_t(1));
    const Table settings = settingsTable(m);
    QCOMPARE(cell(settings, QStringLiteral("Journal mode")), QStringLiteral("\u2014"));
    QCOMPARE(cell(settings, QStringLiteral("Synchronous")), QStringLiteral("synchronous_commit off"));
    QCOMPARE(cell(settings, QStringLiteral("Transaction mode")), QStringLiteral("isolation repeatable-read"));
    QCOMPARE(cell(settings, QStringLiteral("Busy policy / timeout / tries")), QStringLiteral("lock_timeout / 5000 ms / 1"));
    QCOMPARE(cell(summaryTable(m), QStringLiteral("Busy-handler calls")), QStringLiteral("\u2014"));
    const Table env = environmentTable(m);
    QCOMPARE(cell(env, QStringLiteral("PostgreSQL server")), QStringLiteral("15.18"));
    QCOMPARE(cell(env, QStringLiteral("Server settings")),
        QStringLiteral("synchronous_commit off, fsync on, max_connections 100, shared_buffers 128MB"));
    QCOMPARE(cell(env, QStringLiteral("Server")), QStringLiteral("a temporary cluster LockLens started"));
    for (const char *sqliteOnly : { "SQLite version", "SQLite compile options", "Busy handler installed",
             "File system of the database" })
        QVERIFY2(cell(env, QLatin1String(sqliteOnly)) == QLatin1String("(no row)"), sqliteOnly);
    // What ran, under the title: no journal.
    const QString html = QString::fromUtf8(toHtml(m));
    QVERIFY(html.contains(QStringLiteral("scenario test: a temporary PostgreSQL cluster for 3.0 s; writers 2, readers 0; isolation "
                                         "repeatable-read transactions")));
    QVERIFY(!html.contains(QStringLiteral("journal,")));
}

void TestReportServer::aComparisonKeepsBothEnginesRows()
{
    const Model m = modelOf({ runDoc(Spec()), pgDoc({}, 0) });
    QCOMPARE(m.runs.size(), std::size_t(2));
    const Table env = environmentTable(m);
    const auto row = [&env](const QString &label) {
        for (const QStringList &r : env.rows)
            if (r.value(0) == label)
                return r;
        return QStringList();
    };
    QCOMPARE(row(QStringLiteral("SQLite version")), (QStringList { QStringLiteral("SQLite version"),
                                                        QStringLiteral("3.40.1"), QStringLiteral("\u2014") }));
    QCOMPARE(row(QStringLiteral("PostgreSQL server")), (QStringList { QStringLiteral("PostgreSQL server"),
                                                           QStringLiteral("\u2014"), QStringLiteral("15.18") }));
    QCOMPARE(cell(settingsTable(m), QStringLiteral("Journal mode")), QStringLiteral("wal"));
}

void TestReportServer::theLockSectionListsTheCauses()
{
    const Model m = modelOf({ pgDoc({ total("transactionid", { psql(4242) }, 3, 2.5),
                                        total("tuple", { worker("worker1") }, 1, 0.5, "locklens_load") },
        0.4) });
    const LockSection s = lockSection(m.runs.front());
    QCOMPARE(s.title, QStringLiteral("Lock waits in the server"));
    QCOMPARE(s.table.textColumns, 2);
    QCOMPARE(s.table.rows.size(), 2);
    // The states are not kept with a cause: only who held it.
    QCOMPARE(s.table.rows.at(0),
        (QStringList { QStringLiteral("a row changed by a transaction still open"),
            QStringLiteral("pid 4242 (psql, user alice)"), QStringLiteral("3"), QStringLiteral("2.500"),
            QStringLiteral("83.3%") }));
    QCOMPARE(s.table.rows.at(1).value(1), QStringLiteral("worker 1"));
    const QString md = QString::fromUtf8(toMarkdown(m));
    QVERIFY(md.contains(QStringLiteral("## Lock waits in the server")));
    QVERIFY(md.contains(QStringLiteral("| a row changed by a transaction still open | pid 4242 (psql, user alice) | 3 |")));
    QVERIFY(md.contains(QStringLiteral("| --- | --- | ---: |")));
    QVERIFY(!md.contains(QStringLiteral("Seconds in each lock")));
}

void TestReportServer::manyCausesEndInOneRow()
{
    std::vector<Postgres::LockWaitTotal> waits;
    for (int i = 0; i < MaxWaitCauses + 3; ++i)
        waits.push_back(total("relation", { psql(100 + i) }, 2, 1.0, "t"));
    const Table t = serverWaitsTable(modelOf({ pgDoc(waits, 0.3) }).runs.front());
    QCOMPARE(t.rows.size(), MaxWaitCauses + 1);
    QCOMPARE(t.rows.back(), (QStringList { QStringLiteral("3 other causes"), QString(), QStringLiteral("6"),
                                QStringLiteral("3.000"), QStringLiteral("20.0%") }));
}

void TestReportServer::whyThereIsNoTable()
{
    const LockSection none = lockSection(modelOf({ pgDoc({}, 0) }).runs.front());
    QVERIFY(none.table.rows.isEmpty());
    QCOMPARE(none.note, QStringLiteral("No session of the run was seen waiting for a lock in the server."));
    const LockSection old = lockSection(modelOf({ pgDoc({}, 0, false) }).runs.front());
    QVERIFY(old.note.startsWith(QStringLiteral("What the lock waits were for was not recorded")));
    const LockSection sqlite = lockSection(modelOf({ runDoc(Spec()) }).runs.front());
    QCOMPARE(sqlite.title, QStringLiteral("Seconds in each lock"));
    QCOMPARE(sqlite.note, QStringLiteral("Locks were not recorded in this run."));
}

void TestReportServer::outsideHoldersAreAWarning()
{
    // A psql session held the row for most of the waiting: a warning that names it.
    const RunFigures outside
        = modelOf({ pgDoc({ total("transactionid", { psql(4242) }, 1, 0.9), total("tuple", { worker("worker2") }, 1, 0.1) },
                      0.5) })
              .runs.front();
    const std::vector<Conclusion> c = runConclusions(outside);
    QVERIFY(keys(c).contains(QStringLiteral("outside_holder")));
    const auto it = std::find_if(c.begin(), c.end(), [](const Conclusion &x) { return x.key == QLatin1String("outside_holder"); });
    QVERIFY(it->warning);
    QVERIFY2(it->text.contains(QStringLiteral("90.0% of the waiting in the server")), qPrintable(it->text));
    QVERIFY2(it->text.contains(QStringLiteral("pid 4242 (psql, user alice)")), qPrintable(it->text));
    // The run's own workers held them: the biggest cause, in words, and no warning of outsiders.
    const RunFigures own
        = modelOf({ pgDoc({ total("tuple", { worker("worker2") }, 4, 3, "t"), total("transactionid", { psql(4242) }, 1, 0.2) },
                      0.5) })
              .runs.front();
    const std::vector<Conclusion> d = runConclusions(own);
    QVERIFY(!keys(d).contains(QStringLiteral("outside_holder")));
    const auto cause = std::find_if(d.begin(), d.end(), [](const Conclusion &x) { return x.key == QLatin1String("server_wait_cause"); });
    QVERIFY(cause != d.end());
    QCOMPARE(cause->text, QStringLiteral("93.8% of the time waiting in the server was for a row of t, behind another "
                                         "session waiting for it, held by worker 2."));
    // Outsiders only ahead in the queue did not hold the locks; a short wait behind one is no warning.
    Postgres::LockHolder queued = psql(4243);
    queued.holds = false;
    const RunFigures ahead
        = modelOf({ pgDoc({ total("relation", { queued }, 1, 0.9, "t"), total("tuple", { worker("worker2") }, 1, 0.1, "t") },
                      0.5) })
              .runs.front();
    QVERIFY(!keys(runConclusions(ahead)).contains(QStringLiteral("outside_holder")));
    const RunFigures brief
        = modelOf({ pgDoc({ total("transactionid", { psql(4242) }, 1, 0.05), total("tuple", { worker("worker2") }, 1, 0.05, "t") },
                      0.5) })
              .runs.front();
    QVERIFY(!keys(runConclusions(brief)).contains(QStringLiteral("outside_holder")));
    // The largest cause known is the one said, not waits whose cause was not seen.
    const RunFigures unknown = modelOf({ pgDoc({ total("", {}, 9, 5.0), total("tuple", { worker("worker2") }, 1, 1.0, "t") }, 0.5) })
                                   .runs.front();
    const std::vector<Conclusion> u = runConclusions(unknown);
    const auto main = std::find_if(u.begin(), u.end(), [](const Conclusion &x) { return x.key == QLatin1String("server_wait_cause"); });
    QVERIFY(main != u.end());
    QVERIFY2(main->text.startsWith(QStringLiteral("16.7% of the time waiting in the server was for a row of t")), qPrintable(main->text));
    // Little waiting: nothing to say.
    const RunFigures idle = modelOf({ pgDoc({ total("tuple", { worker("worker2") }, 1, 0.01, "t") }, 0.01) }).runs.front();
    QVERIFY(!keys(runConclusions(idle)).contains(QStringLiteral("server_wait_cause")));
}

void TestReportServer::deadlocksAndSerializationFailuresAreExplained()
{
    QJsonObject doc = pgDoc({}, 0);
    QJsonObject summary = doc.value(QStringLiteral("summary")).toObject();
    QJsonObject errors = summary.value(QStringLiteral("errors")).toObject();
    errors.insert(QStringLiteral("deadlock"), 3);
    errors.insert(QStringLiteral("serialization"), 2);
    summary.insert(QStringLiteral("errors"), errors);
    doc.insert(QStringLiteral("summary"), summary);
    const std::vector<Conclusion> c = runConclusions(modelOf({ doc }).runs.front());
    QVERIFY(keys(c).contains(QStringLiteral("deadlock")));
    QVERIFY(keys(c).contains(QStringLiteral("serialization")));
    for (const Conclusion &x : c)
        if (x.key == QLatin1String("serialization"))
            QVERIFY2(x.text.contains(QStringLiteral("under isolation repeatable-read")), qPrintable(x.text));
}

void TestReportServer::causesSurviveTheDocument()
{
    Postgres::LockHolder queued = worker("worker3");
    queued.holds = false;
    const QJsonObject doc = pgDoc({ total("transactionid", { psql(4242), queued }, 7, 1.25) }, 0.2);
    RunDocument d;
    QString why;
    QVERIFY2(RunDocument::fromJson(doc, &d, &why), qPrintable(why));
    QVERIFY(d.recorded.serverLockWaits);
    QCOMPARE(d.serverLockWaits.size(), std::size_t(1));
    const Postgres::LockWaitTotal &t = d.serverLockWaits.front();
    QCOMPARE(t.waits, std::uint64_t(7));
    QCOMPARE(t.seconds, 1.25);
    QCOMPARE(t.cause.holders.size(), std::size_t(2));
    QCOMPARE(t.cause.holders[0].pid, 4242);
    QVERIFY(t.cause.holders[0].state.isEmpty()); // a cause keeps who, not in what state
    QCOMPARE(t.cause.holders[1].role, QStringLiteral("worker3"));
    QVERIFY(t.cause.holders[0].holds);
    QVERIFY(!t.cause.holders[1].holds);
    // Written back the same.
    const QJsonObject again = d.toJson();
    QCOMPARE(again.value(QStringLiteral("server_lock_waits")), doc.value(QStringLiteral("server_lock_waits")));
    // A SQLite run writes no such key.
    RunDocument s;
    QVERIFY(RunDocument::fromJson(runDoc(Spec()), &s, &why));
    QVERIFY(!s.recorded.serverLockWaits);
    QVERIFY(!s.toJson().contains(QStringLiteral("server_lock_waits")));
}

void TestReportServer::enginesAreComparedInWords()
{
    // The fixture's SQLite run (1666.7 ops/s, 2 workers) beside the same load on PostgreSQL.
    QJsonObject pg = pgDoc({}, 0);
    QJsonObject summary = pg.value(QStringLiteral("summary")).toObject();
    summary.insert(QStringLiteral("ops_per_s"), 5000.1);
    pg.insert(QStringLiteral("summary"), summary);
    std::vector<Conclusion> c = comparisonConclusions(modelOf({ runDoc(Spec()), pg }).runs);
    QVERIFY(!c.empty());
    QCOMPARE(c.front().key, QStringLiteral("engine"));
    QCOMPARE(c.front().text, QStringLiteral("With 2 writers, PostgreSQL committed 3.0\u00d7 the operations per second of "
                                            "SQLite (5,000 against 1,667 operations per second; run 2 against run 1)."));
    QVERIFY(keys(c).contains(QStringLiteral("throughput"))); // the run-by-run rules still apply
    // SQLite faster, one writer.
    Spec one;
    one.workers = 1;
    QJsonObject slow = pgDoc({}, 0);
    QJsonObject sc = slow.value(QStringLiteral("scenario")).toObject();
    sc.insert(QStringLiteral("workers"), 1);
    slow.insert(QStringLiteral("scenario"), sc);
    summary.insert(QStringLiteral("ops_per_s"), 416.7);
    slow.insert(QStringLiteral("summary"), summary);
    c = engineConclusions(modelOf({ runDoc(one), slow }).runs);
    QCOMPARE(c.size(), std::size_t(1));
    QVERIFY2(c.front().text.startsWith(QStringLiteral("With one writer, SQLite committed 4.0\u00d7 the operations per second "
                                                      "of PostgreSQL")),
        qPrintable(c.front().text));
    // Loads that differ are not set against each other by engine; runs on one engine neither.
    QVERIFY(engineConclusions(modelOf({ runDoc(one), pg }).runs).empty());
    QVERIFY(engineConclusions(modelOf({ runDoc(Spec()), runDoc(Spec()) }).runs).empty());
}

QTEST_GUILESS_MAIN(TestReportServer)
#include "tst_reportserver.moc"
