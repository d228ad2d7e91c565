// SPDX-License-Identifier: GPL-3.0-or-later
// `locklens run --engine postgresql` as a user runs it: with no server named it starts a
// temporary cluster, loads it, verifies, records the server, and leaves nothing behind; a
// server it cannot use is one line and exit 2, without the password. (The engine's runs on
// a server: tst_pgrun.)
#include "tests/fixtures/clifixture.h"
#include "workers/postgres/serverconnection.h"
#include "workers/postgres/tempcluster.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;
using LockLens::Fixture::locklens;
using LockLens::Fixture::Outcome;

class TestPgCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aTemporaryClusterIsLoadedAndGone();
    void unusableServersExitTwoWithOneLine_data();
    void unusableServersExitTwoWithOneLine();
};

void TestPgCli::aTemporaryClusterIsLoadedAndGone()
{
    QString why;
    if (!Postgres::ServerConnection::driverAvailable(&why))
        QSKIP(qPrintable(why));
    if (!Postgres::TemporaryCluster::findPrograms())
        QSKIP(qPrintable(Postgres::TemporaryCluster::installHint() + QLatin1String(" (.ci/run installs it)")));
    // The cluster's folder goes where TMPDIR says: this folder, which must be empty again after.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QFile::setPermissions(tmp.path(), QFile::permissions(tmp.path()) | QFile::ExeOther | QFile::ReadOther);
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", tmp.path().toUtf8());
    const Outcome o = locklens({ QStringLiteral("run"), QStringLiteral("--engine"), QStringLiteral("postgresql"),
                                   QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--ops"),
                                   QStringLiteral("50"), QStringLiteral("--batch"), QStringLiteral("5"),
                                   QStringLiteral("--quiet"), QStringLiteral("--json"), QStringLiteral("-") },
        120000);
    qputenv("TMPDIR", oldTmp);
    QVERIFY2(o.status == 0, o.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(o.out).object();
    QCOMPARE(doc.value(QLatin1String("scenario")).toObject().value(QLatin1String("engine")).toString(),
        QStringLiteral("postgresql"));
    const QJsonObject server
        = doc.value(QLatin1String("environment")).toObject().value(QLatin1String("server")).toObject();
    QCOMPARE(server.value(QLatin1String("temporary")), QJsonValue(true));
    QVERIFY(server.value(QLatin1String("version_num")).toInt() >= 100000);
    QVERIFY(!server.value(QLatin1String("synchronous_commit")).toString().isEmpty());
    const QJsonObject summary = doc.value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.value(QLatin1String("integrity")).toString(), QStringLiteral("ok"));
    QCOMPARE(summary.value(QLatin1String("integrity_check")).toString(), QStringLiteral("amcheck"));
    QCOMPARE(summary.value(QLatin1String("rows_present")).toDouble(), 100.0);
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestPgCli::unusableServersExitTwoWithOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("said");
    QTest::newRow("nothing listens")
        << QStringList { QStringLiteral("--server"), QStringLiteral("postgresql://load:s3cret@127.0.0.1:1/db") }
        << QStringLiteral("cannot connect to postgresql://load:***@127.0.0.1:1/db");
    QTest::newRow("bad port") << QStringList { QStringLiteral("--server"), QStringLiteral("postgresql://h:0/db") }
                              << QStringLiteral("port");
    QTest::newRow("split") << QStringList { QStringLiteral("--engine"), QStringLiteral("postgresql"),
        QStringLiteral("--strategy"), QStringLiteral("split") } << QStringLiteral("on PostgreSQL choose");
    QTest::newRow("database file") << QStringList { QStringLiteral("--engine"), QStringLiteral("postgres"),
        QStringLiteral("some.db") } << QStringLiteral("no database file");
    QTest::newRow("isolation on sqlite")
        << QStringList { QStringLiteral("--isolation"), QStringLiteral("serializable") }
        << QStringLiteral("always serializable");
    QTest::newRow("server on sqlite") << QStringList { QStringLiteral("--engine"), QStringLiteral("sqlite"),
        QStringLiteral("--server"), QStringLiteral("postgresql://h/db") } << QStringLiteral("add --engine postgresql");
    QTest::newRow("unknown engine") << QStringList { QStringLiteral("--engine"), QStringLiteral("mysql") }
                                    << QStringLiteral("--engine: unknown value 'mysql'");
}

void TestPgCli::unusableServersExitTwoWithOneLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, said);
    if (args.contains(QStringLiteral("--server")) && said.startsWith(QLatin1String("cannot connect"))) {
        QString why;
        if (!Postgres::ServerConnection::driverAvailable(&why))
            QSKIP(qPrintable(why));
    }
    const Outcome o = locklens(QStringList { QStringLiteral("run"), QStringLiteral("--ops"), QStringLiteral("10") } + args);
    QCOMPARE(o.status, 2);
    const QString err = QString::fromUtf8(o.err).trimmed();
    QVERIFY2(err.contains(said), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("s3cret")), qPrintable(err));
    QVERIFY(o.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestPgCli)
#include "tst_pgcli.moc"
