// SPDX-License-Identifier: GPL-3.0-or-later
// LoadStrategy::create: each Scenario::strategy makes its own strategy, and the statistics
// blocks of a run follow from it: the strategy's clients, then the readers.
#include "workers/loadrun.h"
#include "workers/loadstrategy.h"

#include <QTest>

using namespace LockLens;

Q_DECLARE_METATYPE(LockLens::Strategy)

class TestLoadStrategy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blocksFollowTheStrategy_data();
    void blocksFollowTheStrategy();
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

QTEST_GUILESS_MAIN(TestLoadStrategy)
#include "tst_loadstrategy.moc"
