// SPDX-License-Identifier: GPL-3.0-or-later
// `locklens run`'s options and a scenario file (--scenario) hold a number to the same limit:
// the one in workers/scenariolimits.h. (The options themselves: tst_cli.)
#include "app/cli/runoptions.h"
#include "workers/scenariolimits.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LockLens;

namespace {

QString integer(double v)
{
    return QString::number(qint64(v));
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace

class TestCliLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void optionAndFileRefuseTheSameValue_data();
    void optionAndFileRefuseTheSameValue();
    void optionAndFileTakeTheSameEdges_data();
    void optionAndFileTakeTheSameEdges();

private:
    // parseRunOptions on `args`, or on a scenario file holding `key: value` with `args`.
    static bool parse(const QStringList &args, QString *why);
    bool parseFile(const QString &key, const QJsonValue &value, QString *why);
    QTemporaryDir m_dir;
};

bool TestCliLimits::parse(const QStringList &args, QString *why)
{
    Cli::RunOptions o;
    return Cli::parseRunOptions(args, &o, why);
}

bool TestCliLimits::parseFile(const QString &key, const QJsonValue &value, QString *why)
{
    const QString path = m_dir.filePath(QStringLiteral("limit.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(QJsonDocument(QJsonObject { { key, value } }).toJson());
    f.close();
    return parse({ QStringLiteral("--scenario"), path }, why);
}

// One value past each limit, as an option and as the key of a scenario file; what each
// message must name (the option, the key).
void TestCliLimits::optionAndFileRefuseTheSameValue_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("optionSays");
    QTest::addColumn<QString>("fileSays");
    auto row = [](const char *option, const QString &text, const char *key, const QJsonValue &value,
                   const char *optionSays = nullptr) {
        const QString o = QStringLiteral("--") + QLatin1String(option);
        QTest::addRow("%s %s", option, qPrintable(text))
            << QStringList { o, text } << QString::fromLatin1(key) << value
            << (optionSays ? QString::fromLatin1(optionSays) : o) << QString::fromLatin1(key);
    };
    row("workers", integer(Limits::workers.hi + 1), "workers", Limits::workers.hi + 1);
    row("readers", integer(Limits::readers.hi + 1), "readers", Limits::readers.hi + 1);
    row("split-files", integer(Limits::splitFiles.lo - 1), "split_files", Limits::splitFiles.lo - 1);
    row("payload", integer(Limits::payloadBytes.hi + 1), "payload_bytes", Limits::payloadBytes.hi + 1);
    row("batch", integer(Limits::batch.hi + 1), "batch", Limits::batch.hi + 1);
    row("range-rows", integer(Limits::rangeRows.hi + 1), "range_rows", Limits::rangeRows.hi + 1);
    row("prefill", integer(Limits::prefillRows.hi + 1), "prefill_rows", Limits::prefillRows.hi + 1);
    row("busy-timeout", integer(Limits::busyTimeoutMs.hi + 1), "busy_timeout_ms",
        Limits::busyTimeoutMs.hi + 1);
    row("max-tries", integer(Limits::maxTries.lo - 1), "max_tries", Limits::maxTries.lo - 1);
    row("ops", integer(Limits::opsPerWorker.hi + 1), "ops_per_worker", Limits::opsPerWorker.hi + 1);
    row("duration", number(Limits::durationS.hi + 1), "duration_s", Limits::durationS.hi + 1);
    // Regression: a scenario file ran a duration the command line refuses (0 < d < 0.001).
    row("duration", number(Limits::durationS.lo / 2), "duration_s", Limits::durationS.lo / 2);
    row("rate", number(Limits::rate.hi * 2), "rate", Limits::rate.hi * 2);
    row("seed", integer(Limits::seed.hi + 1), "seed", Limits::seed.hi + 1);
    const QString weight = QStringLiteral("insert=%1").arg(integer(Limits::mixWeight.hi + 1));
    row("mix", weight, "mix", weight);
    const QString backoff = QStringLiteral("fixed:%1").arg(integer(Limits::backoffMs.hi + 1));
    row("retry-backoff", backoff, "retry_backoff", backoff, "retry back-off"); // its message names no option
    // Below the least positive rate: validate() refuses it, for both, in the same words.
    QTest::addRow("rate below the least")
        << QStringList { QStringLiteral("--rate"), number(Limits::minRate / 2) } << QStringLiteral("rate")
        << QJsonValue(Limits::minRate / 2) << number(Limits::minRate) << number(Limits::minRate);
}

void TestCliLimits::optionAndFileRefuseTheSameValue()
{
    QFETCH(QStringList, args);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, optionSays);
    QFETCH(QString, fileSays);
    QString why;
    QVERIFY2(!parse(args, &why), qPrintable(args.join(QLatin1Char(' '))));
    QVERIFY2(why.contains(optionSays), qPrintable(why));
    QVERIFY2(!parseFile(key, value, &why), qPrintable(key));
    QVERIFY2(why.contains(fileSays), qPrintable(why));
    QVERIFY(!why.contains(QLatin1Char('\n')));
}

// The edges of the limits where the option and the file disagreed: each takes what the
// other takes.
void TestCliLimits::optionAndFileTakeTheSameEdges_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    auto row = [](const char *option, const QString &text, const char *key, const QJsonValue &value) {
        QTest::addRow("%s %s", option, qPrintable(text))
            << QStringList { QStringLiteral("--") + QLatin1String(option), text } << QString::fromLatin1(key)
            << value;
    };
    // Regression: a file refused more than 10^15 operations and 10^12 prefilled rows.
    row("ops", integer(Limits::opsPerWorker.hi), "ops_per_worker", Limits::opsPerWorker.hi);
    row("prefill", integer(Limits::prefillRows.hi), "prefill_rows", Limits::prefillRows.hi);
    row("duration", number(Limits::durationS.lo), "duration_s", Limits::durationS.lo);
    row("seed", integer(Limits::seed.hi), "seed", Limits::seed.hi);
    row("workers", integer(Limits::workers.hi), "workers", Limits::workers.hi);
}

void TestCliLimits::optionAndFileTakeTheSameEdges()
{
    QFETCH(QStringList, args);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QString why;
    QVERIFY2(parse(args, &why), qPrintable(why));
    QVERIFY2(parseFile(key, value, &why), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestCliLimits)
#include "tst_clilimits.moc"
