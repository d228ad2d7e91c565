// SPDX-License-Identifier: GPL-3.0-or-later
// Load Lab ▸ Trace a Program… as a user meets it: the dialog refuses what cannot run; a
// Python program that gets "database is locked" is traced live on the Trace tab, its blocked
// step listed with the connection that held the lock, choosing it highlights the holder's
// lane, Stop asks before it ends a program, and the trace is kept in the run history.
#include "app/core/resultsstore.h"
#include "tests/fixtures/tracefixture.h"
#include "widgets/loadlab/loadlab.h"
#include "widgets/loadlab/locktimelinepanel.h"
#include "widgets/loadlab/dashboardtext.h"
#include "widgets/loadlab/locktimelineview.h"
#include "widgets/loadlab/serieschart.h"
#include "widgets/loadlab/tracedialog.h"
#include "widgets/loadlab/tracepanel.h"

#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace LockLens;

class TestTracePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theDialogRefusesWhatCannotRun_data();
    void theDialogRefusesWhatCannotRun();
    void showsWhoBlockedAndKeepsTheTrace();
    void stopAsksFirst();
    void everyConnectionHasALaneOfThisTrace();
    void aSharedConnectionsLaneCountsItsThreads();
    void aThreadsConnectionsInTurnShareItsLane();

private:
    // Traces `python3 -c script` in the test's folder to its end, the run kept in `store`.
    bool traceToTheEnd(LoadLab *lab, const QString &store, const QString &script);

    QTemporaryDir m_dir;
    bool m_python = false;
};

void TestTracePanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_python = !QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty();
    qputenv("LOCKLENS_TRACE_LIBRARY", LOCKLENS_TRACE_LIBRARY);
}

void TestTracePanel::theDialogRefusesWhatCannotRun_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no command") << QString() << QString() << QString() << QStringLiteral("no command to trace");
    QTest::newRow("no such folder") << QStringLiteral("true") << QStringLiteral("/no/such/folder") << QString()
                                    << QStringLiteral("the folder /no/such/folder does not exist");
    QTest::newRow("not NAME=VALUE") << QStringLiteral("true") << QString() << QStringLiteral("DEBUG=1\nverbose")
                                    << QStringLiteral("the environment line \"verbose\" is not NAME=VALUE");
    QTest::newRow("fine") << QStringLiteral("python3 \"my worker.py\" --jobs 4") << QString()
                          << QStringLiteral("DEBUG=1") << QString();
}

void TestTracePanel::theDialogRefusesWhatCannotRun()
{
    QFETCH(QString, command);
    QFETCH(QString, folder);
    QFETCH(QString, environment);
    QFETCH(QString, problem);
    TraceDialog dialog;
    TraceRequest r;
    r.command = QProcess::splitCommand(command);
    r.folder = folder.isEmpty() ? m_dir.path() : folder;
    r.environment = environment.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    dialog.setRequest(r);
    QCOMPARE(dialog.problem(), problem);
    dialog.show();
    dialog.accept();
    QCOMPARE(dialog.result() == QDialog::Accepted, problem.isEmpty());
    QCOMPARE(dialog.isVisible(), !problem.isEmpty()); // a refused request keeps the dialog open
    if (problem.isEmpty()) // the command line is read back as it was quoted
        QCOMPARE(dialog.request().command, QProcess::splitCommand(command));
}

void TestTracePanel::showsWhoBlockedAndKeepsTheTrace()
{
    if (!m_python)
        QSKIP("python3 is not installed (.ci/run installs it)");
    LoadLab lab;
    lab.setStorePath(QDir(m_dir.path()).filePath(QStringLiteral("runs.sqlite")));
    lab.resize(1280, 800);
    lab.show();
    QSignalSpy saved(&lab, &LoadLab::runSaved);
    TraceRequest r;
    r.command = QStringList { QStringLiteral("python3"), QStringLiteral("-c"), LockLens::Fixture::blockedProgram() };
    r.folder = m_dir.path();
    QString why;
    QVERIFY2(lab.startTrace(r, &why), qPrintable(why));
    QVERIFY(!lab.traceAction()->isEnabled());
    QVERIFY(!lab.canReport()); // not while it runs
    QVERIFY(saved.wait(60000));
    QVERIFY(saved.first().first().toLongLong() > 0);
    QVERIFY(lab.traceAction()->isEnabled());

    TracePanel *panel = lab.tracePanel();
    QVERIFY2(panel->headerText().contains(QLatin1String("exited with status 0")), qPrintable(panel->headerText()));
    QTreeWidget *list = panel->blockedList();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("INSERT INTO jobs(n) VALUES (?)"));
    QVERIFY2(list->topLevelItem(0)->text(6).contains(QLatin1String("UPDATE jobs SET n = n + ? WHERE id = ?")),
        qPrintable(list->topLevelItem(0)->text(6)));
    // Choosing it highlights the lane of the connection that held the write lock.
    panel->showBlocked(0);
    const int lane = panel->timelinePanel()->view()->highlightedLane();
    QVERIFY(lane >= 0);
    const Trace::Blocked &b = lab.traceSession()->program().blocked.front();
    QCOMPARE(lab.traceSession()->timeline().lanes()[std::size_t(lane)].worker,
        Trace::Lanes::laneName(b.holder.pid, b.holder.connection));
    QVERIFY(lab.traceSession()->timeline().lanes().size() >= 2);
    // Its label says the thread that held it, as the blocked list does.
    QCOMPARE(panel->timelinePanel()->view()->laneLabel(lane),
        QStringLiteral("conn%1 · %2 · thread %3").arg(b.holder.connection).arg(b.holder.pid).arg(b.holder.thread));

    // The charts add up to the trace's own figures: the statements of its connections, and
    // its one BUSY result in the line of its class.
    const Trace::Program &program = lab.traceSession()->program();
    const LiveSeries &series = panel->series();
    const auto integral = [](const QList<QPointF> &points) {
        double sum = 0, before = 0;
        for (const QPointF &p : points) {
            sum += p.y() * (p.x() - before);
            before = p.x();
        }
        return sum;
    };
    double statements = 0;
    for (const Trace::Connection &c : program.connections)
        statements += double(c.statements);
    QVERIFY(statements > 0);
    QCOMPARE(qRound(integral(series.points(LiveSeries::Metric::Ops))), qRound(statements));
    QCOMPARE(qRound(integral(series.errorPoints(b.errorClass))), 1);
    SeriesChart *results = panel->chart(TracePanel::Chart::Results);
    QCOMPARE(results->title(), QStringLiteral("BUSY/LOCKED results"));
    QCOMPARE(results->seriesCount(), 1);
    QCOMPARE(results->seriesName(0), DashboardText::errorName(b.errorClass));
    QCOMPARE(panel->chart(TracePanel::Chart::Statements)->points(0), series.points(LiveSeries::Metric::Ops));
    QCoreApplication::processEvents(); // the charts' layout, before a picture of them
    if (const QByteArray shot = qgetenv("LOCKLENS_TRACE_SHOT"); !shot.isEmpty())
        lab.grab().save(QString::fromLocal8Bit(shot));

    // Kept in the run history, as a report reads it.
    QVERIFY(lab.canReport());
    ResultsStore *store = lab.store();
    QVERIFY(store);
    QJsonObject doc;
    QVERIFY(store->load(saved.first().first().toLongLong(), &doc, nullptr, &why));
    QVERIFY(doc.contains(QLatin1String("blocked")));
}

void TestTracePanel::stopAsksFirst()
{
    LoadLab lab;
    lab.setStorePath(QDir(m_dir.path()).filePath(QStringLiteral("stop.sqlite")));
    QSignalSpy saved(&lab, &LoadLab::runSaved);
    TraceRequest r;
    r.command = QStringList { QStringLiteral("sleep"), QStringLiteral("600") };
    QString why;
    QVERIFY2(lab.startTrace(r, &why), qPrintable(why));
    QStringList asked;
    bool answer = false;
    lab.tracePanel()->setConfirm([&](const QString &q) {
        asked << q;
        return answer;
    });
    lab.tracePanel()->stop(); // "no": it goes on
    QCOMPARE(asked.size(), 1);
    QVERIFY(lab.traceSession()->isRunning());
    answer = true;
    lab.tracePanel()->stop();
    QVERIFY(saved.wait(30000));
    QVERIFY(!lab.traceSession()->isRunning());
    QCOMPARE(lab.traceSession()->program().signal, 15); // SIGTERM
    QVERIFY2(lab.tracePanel()->headerText().contains(QLatin1String("ended by signal 15")),
        qPrintable(lab.tracePanel()->headerText()));
}

void TestTracePanel::everyConnectionHasALaneOfThisTrace()
{
    if (!m_python)
        QSKIP("python3 is not installed (.ci/run installs it)");
    LoadLab lab;
    lab.setStorePath(QDir(m_dir.path()).filePath(QStringLiteral("lanes.sqlite")));
    QSignalSpy saved(&lab, &LoadLab::runSaved);
    TraceRequest first;
    first.command = QStringList { QStringLiteral("python3"), QStringLiteral("-c"), LockLens::Fixture::blockedProgram() };
    first.folder = m_dir.path();
    QString why;
    QVERIFY2(lab.startTrace(first, &why), qPrintable(why));
    QVERIFY(saved.wait(60000));
    // Three connections opened in turn, the last one the first to take a lock.
    TraceRequest second;
    second.command = QStringList { QStringLiteral("python3"), QStringLiteral("-c"),
        QStringLiteral("import sqlite3\n"
                       "cs = [sqlite3.connect('lanes%d.db' % i, isolation_level=None) for i in range(3)]\n"
                       "for c in reversed(cs): c.execute('CREATE TABLE IF NOT EXISTS t(x)')\n") };
    second.folder = m_dir.path();
    QVERIFY2(lab.startTrace(second, &why), qPrintable(why));
    QVERIFY(saved.wait(60000));
    const TraceSession *session = lab.traceSession();
    QCOMPARE(session->program().connections.size(), std::size_t(3));
    QStringList lanes;
    for (const LockTimeline::Lane &lane : session->timeline().lanes())
        lanes << lane.worker;
    QStringList expected;
    for (const Trace::Connection &c : session->program().connections)
        expected << Trace::Lanes::laneName(c.pid, c.id);
    lanes.sort();
    expected.sort();
    QCOMPARE(lanes, expected); // each of its connections, and none of the first trace's
}

void TestTracePanel::aSharedConnectionsLaneCountsItsThreads()
{
    if (!m_python)
        QSKIP("python3 is not installed (.ci/run installs it)");
    LoadLab lab;
    // Three threads take turns on one connection.
    QVERIFY(traceToTheEnd(&lab, QStringLiteral("shared.sqlite"),
        QStringLiteral("import sqlite3, threading\n"
                       "c = sqlite3.connect('shared.db', isolation_level=None, check_same_thread=False)\n"
                       "def work(i): c.execute('CREATE TABLE IF NOT EXISTS t%d(x)' % i)\n"
                       "for i in range(3):\n"
                       "    t = threading.Thread(target=work, args=(i,)); t.start(); t.join()\n")));
    const Trace::Program &p = lab.traceSession()->program();
    QCOMPARE(p.connections.size(), std::size_t(1));
    QCOMPARE(p.connections.front().threads.size(), std::size_t(3));
    QCOMPARE(lab.traceSession()->timeline().lanes().size(), std::size_t(1));
    QCOMPARE(lab.tracePanel()->timelinePanel()->view()->laneLabel(0),
        QStringLiteral("conn1 · %1 · 3 threads").arg(p.connections.front().pid));
}

void TestTracePanel::aThreadsConnectionsInTurnShareItsLane()
{
    if (!m_python)
        QSKIP("python3 is not installed (.ci/run installs it)");
    LoadLab lab;
    // A connection per request, in one thread: one lane, whose label says so.
    QVERIFY(traceToTheEnd(&lab, QStringLiteral("turns.sqlite"),
        QStringLiteral("import sqlite3, threading\n"
                       "def work():\n"
                       "    for i in range(5):\n"
                       "        c = sqlite3.connect('turns.db', isolation_level=None)\n"
                       "        c.execute('CREATE TABLE IF NOT EXISTS t(x)'); c.execute('INSERT INTO t VALUES (1)')\n"
                       "        c.close()\n"
                       "t = threading.Thread(target=work); t.start(); t.join()\n")));
    const Trace::Program &p = lab.traceSession()->program();
    QCOMPARE(p.connections.size(), std::size_t(5));
    QCOMPARE(lab.traceSession()->timeline().lanes().size(), std::size_t(1));
    const std::uint32_t thread = *p.connections.back().threads.begin();
    // (Untranslated here: the English plural comes with the English translation.)
    QCOMPARE(lab.tracePanel()->timelinePanel()->view()->laneLabel(0),
        QStringLiteral("thread %1 · 5 connection(s)").arg(thread));
    QCOMPARE(lab.traceSession()->lanes()->nameOf(5), Trace::Lanes::laneName(p.connections.front().pid, 1));
}

bool TestTracePanel::traceToTheEnd(LoadLab *lab, const QString &store, const QString &script)
{
    lab->setStorePath(QDir(m_dir.path()).filePath(store));
    QSignalSpy saved(lab, &LoadLab::runSaved);
    TraceRequest r;
    r.command = QStringList { QStringLiteral("python3"), QStringLiteral("-c"), script };
    r.folder = m_dir.path();
    QString why;
    if (!lab->startTrace(r, &why)) {
        qWarning("cannot trace: %s", qPrintable(why));
        return false;
    }
    return saved.wait(60000);
}

QTEST_MAIN(TestTracePanel)
#include "tst_tracepanel.moc"
