// SPDX-License-Identifier: GPL-3.0-or-later
// LoadStrategy::create: each Scenario::strategy makes its own strategy, and the statistics
// blocks of a run follow from it: the strategy's clients, then the readers.
#include "workers/connection.h"
#include "workers/loadrun.h"
#include "workers/loadstrategy.h"
#include "workers/lockvfs.h"
#include "workers/runcontext.h"
#include "workers/runsetup.h"
#include "workers/strategies.h"

#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;

Q_DECLARE_METATYPE(LockLens::Strategy)

class TestLoadStrategy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blocksFollowTheStrategy_data();
    void blocksFollowTheStrategy();
    void aPoolShortOfThreadsGivesUpCleanly();
};

void TestLoadStrategy::blocksFollowTheStrategy_data()
{
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<QStringList>("clients");
    const QStringList workers { QStringLiteral("worker 1"), QStringLiteral("worker 2") };
    QTest::newRow("per-thread") << Strategy::PerThread << workers;
    QTest::newRow("shared") << Strategy::Shared << workers;
    QTest::newRow("split") << Strategy::Split << workers;
    QTest::newRow("writer-queue") << Strategy::WriterQueue
                                  << (workers + QStringList { QStringLiteral("writer") });
    QTest::newRow("pool") << Strategy::Pool
                          << QStringList { QStringLiteral("pool thread 1"), QStringLiteral("pool thread 2") };
}

void TestLoadStrategy::blocksFollowTheStrategy()
{
    QFETCH(Strategy, strategy);
    QFETCH(QStringList, clients);
    QCOMPARE(LoadStrategy::create(strategy)->clientNames(2), clients);

    Scenario sc;
    sc.strategy = strategy;
    sc.workers = 2;
    sc.readers = 1;
    sc.databasePath = QStringLiteral("never-opened.db"); // a run that is constructed only
    const LoadRun run(sc);
    QCOMPARE(run.statNames(), clients + QStringList { QStringLiteral("reader 1") });
    QStringList roles(clients.size(), QStringLiteral("writer"));
    roles << QStringLiteral("reader");
    QCOMPARE(run.statRoles(), roles);
    QCOMPARE(run.snapshot().size(), std::size_t(clients.size() + 1));
}

// A pool whose threads do not all start (here: one thread for two workers, so the second
// warm-up task cannot start while the first waits at the gate) gives the run up with the
// reason, and once run() returns no warm-up task opens a connection or touches the run: the
// task still queued is dropped, and the one that ran closes its connection on its thread.
void TestLoadStrategy::aPoolShortOfThreadsGivesUpCleanly()
{
    QVERIFY(LockTrace::Vfs::install());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Scenario sc;
    sc.strategy = Strategy::Pool;
    sc.workers = 2;
    sc.opsPerWorker = 10;
    sc.databasePath = dir.filePath(QStringLiteral("pool.db"));
    RunContext ctx(sc);
    for (int i = 0; i < sc.workers; ++i)
        ctx.stats.push_back(std::make_unique<WorkerStats>());
    RunSetup setup(ctx, false);
    QVERIFY2(setup.run(), qPrintable(setup.error()));

    PoolStrategy pool({ 1, std::chrono::milliseconds(100) });
    pool.run(ctx);
    QCOMPARE(ctx.fatalError(), QStringLiteral("only 1 of 2 pool threads started"));
    QStringList opened;
    for (const auto &recorder : ctx.locks.all()) {
        if (recorder->name() != QLatin1String("control"))
            opened << recorder->name();
    }
    QCOMPARE(opened, QStringList { QStringLiteral("pool1") }); // pool2's task was dropped
}

QTEST_GUILESS_MAIN(TestLoadStrategy)
#include "tst_loadstrategy.moc"
