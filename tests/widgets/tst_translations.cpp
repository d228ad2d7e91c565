// SPDX-License-Identifier: GPL-3.0-or-later
// The translations (resources/translations/*.ts, built into :/i18n by qt_add_translations)
// and the language preference.
#include "app/cli/runfiles.h"
#include "app/core/language.h"
#include "app/core/sqlscript.h"
#include "widgets/loadlab/loadwizardtext.h"
#include "widgets/preferencesdialog.h"
#include "workers/outputfile.h"
#include "workers/scenario.h"
#include "workers/sqlite/filekind.h"
#include "workers/tablegen.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#ifndef LOCKLENS_TS_DIR
#error "LOCKLENS_TS_DIR names resources/translations (tests/CMakeLists.txt)"
#endif

using namespace LockLens;

namespace {

// One <message> of a .ts file: its source and its finished translations (one per plural
// form); unfinished, vanished and obsolete ones are left out.
struct TsMessage
{
    QString context;
    QString source;
    QStringList translations;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QList<TsMessage> out;
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage m;
    bool finished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context"))
                context.clear();
            else if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message"))
                m = TsMessage { context, {}, {} };
            else if (name == QLatin1String("source"))
                m.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                finished = type.isEmpty();
                if (!xml.attributes().hasAttribute(QLatin1String("type")) || type.isEmpty()) {
                    // Either text or <numerusform> children.
                    QString text;
                    while (!xml.atEnd()) {
                        xml.readNext();
                        if (xml.isCharacters())
                            text += xml.text();
                        else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                            m.translations << xml.readElementText();
                        else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                            break;
                    }
                    if (m.translations.isEmpty())
                        m.translations << text;
                }
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (finished && !m.translations.isEmpty())
                out << m;
            finished = false;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

// %1..%99, %L1 and %n: what QString::arg() and tr()'s plural forms fill in.
QSet<QString> markers(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chineseLoads();
    void englishPlurals();
    void commandLineAndReports_data();
    void commandLineAndReports();
    void engineMessagesTranslate();
    void outputFolderMessagesTranslate();
    void runOutputsMessagesTranslate();
    void markersKept_data();
    void markersKept();
    void preferenceRoundTrip_data();
    void preferenceRoundTrip();
    void dialogSaves();
    void installsChosenLanguage();

private:
    QTemporaryDir m_settings;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("LockLensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestTranslations::chineseLoads()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/locklens_zh_CN.qm")));
    QCOMPARE(zh.language(), QStringLiteral("zh_CN"));
    const QString file = zh.translate("LockLens::MainWindow", "&File");
    QCOMPARE(file, QStringLiteral("文件(&F)"));
    const QString page = zh.translate("LockLens::ConcurrencyPage", "Concurrency");
    QVERIFY(!page.isEmpty());
    QVERIFY(page != QLatin1String("Concurrency"));
    QVERIFY(!zh.translate("LockLens::LoadDashboard", "Lock waits").isEmpty());

    // Regression: the wizard's notes asked for them under the context "LockLens::LoadWizard"
    // while lupdate files them under the namespace's, so they stayed English.
    QCoreApplication::installTranslator(&zh);
    const QString note = WizardText::journalNote(QStringLiteral("wal"));
    QVERIFY2(!note.startsWith(QLatin1String("Write-ahead")), qPrintable(note));
    // And ScriptResult::summary()'s plural forms (the SQL console's status line).
    ScriptResult r;
    StatementResult s;
    s.columns = QStringList { QStringLiteral("x") };
    s.rows.resize(2);
    r.statements.push_back(s);
    QVERIFY2(r.summary().startsWith(QStringLiteral("1 条语句, 2 行")), qPrintable(r.summary()));
    QCoreApplication::removeTranslator(&zh);
}

void TestTranslations::englishPlurals()
{
    QTranslator en;
    QVERIFY(en.load(QStringLiteral(":/i18n/locklens_en.qm")));
    // QTranslator picks the plural form; QCoreApplication::translate() fills in %n.
    QCOMPARE(en.translate("LockLens::ScriptResult", "%n row(s)", nullptr, 1), QStringLiteral("%n row"));
    QCOMPARE(en.translate("LockLens::ScriptResult", "%n row(s)", nullptr, 2), QStringLiteral("%n rows"));
    QCoreApplication::installTranslator(&en);
    QCOMPARE(QCoreApplication::translate("LockLens::ScriptResult", "%n row(s)", nullptr, 1),
        QStringLiteral("1 row"));
    QCOMPARE(QCoreApplication::translate("LockLens::ScriptResult", "%n row(s)", nullptr, 2),
        QStringLiteral("2 rows"));
    QCOMPARE(QCoreApplication::translate("LockLens::RunsView", "Deleted %n run(s).", nullptr, 1),
        QStringLiteral("Deleted 1 run."));
    const char *cutShort = "cut short: %n transaction(s) open when the run ended, rolled back\n";
    QCOMPARE(QCoreApplication::translate("LockLens::Cli", cutShort, nullptr, 1),
        QStringLiteral("cut short: 1 transaction open when the run ended, rolled back\n"));
    QCOMPARE(QCoreApplication::translate("LockLens::Cli", cutShort, nullptr, 3),
        QStringLiteral("cut short: 3 transactions open when the run ended, rolled back\n"));
    const char *extra = "extra rows: %n row(s) more than the run committed: another connection wrote to the table "
                        "during the run (they are not lost rows, but could hide as many)\n";
    QVERIFY(QCoreApplication::translate("LockLens::Cli", extra, nullptr, 1).startsWith(QLatin1String("extra rows: 1 row more")));
    QVERIFY(QCoreApplication::translate("LockLens::Cli", extra, nullptr, 2).startsWith(QLatin1String("extra rows: 2 rows more")));
    ScriptResult r;
    StatementResult s;
    s.columns = QStringList { QStringLiteral("x") };
    s.rows.resize(1);
    r.statements.push_back(s);
    r.statements.push_back(s);
    QVERIFY2(r.summary().startsWith(QLatin1String("2 statements, 2 rows")), qPrintable(r.summary()));
    r.statements.pop_back();
    QVERIFY2(r.summary().startsWith(QLatin1String("1 statement, 1 row,")), qPrintable(r.summary()));
    QCoreApplication::removeTranslator(&en);
}

void TestTranslations::commandLineAndReports_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("report heading") << QStringLiteral("LockLens::Report") << QStringLiteral("Conclusions")
                                    << QStringLiteral("结论");
    QTest::newRow("report conclusion")
        << QStringLiteral("LockLens::Report") << QStringLiteral("Keep the database on a local disk.")
        << QStringLiteral("请将数据库放在本地磁盘上。");
    QTest::newRow("command-line error")
        << QStringLiteral("LockLens::Cli") << QStringLiteral("locklens: error: %1")
        << QStringLiteral("locklens: 错误：%1");
    // The option help texts: looked up as tr(o.help), shown to lupdate by QT_TRANSLATE_NOOP.
    QTest::newRow("run option help") << QStringLiteral("LockLens::Cli")
                                     << QStringLiteral("worker threads (default 4)")
                                     << QStringLiteral("工作线程数（默认 4）");
}

// The command line and the reports (translated after the window): a message of each, under
// the context their tr() helpers look up.
void TestTranslations::commandLineAndReports()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, chinese);
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/locklens_zh_CN.qm")));
    QCOMPARE(zh.translate(context.toLatin1().constData(), source.toUtf8().constData()), chinese);
}

// Regression: the messages of TablePlan::load (then named TableModel) and OpMix::parse were
// filed by lupdate under "TableModel" and "LockLens::OpMix" but looked up under
// "LockLens::TableGen" and "LockLens::Scenario", so they stayed English. Asked through the
// engine's own code here.
void TestTranslations::engineMessagesTranslate()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/locklens_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    QString error;
    OpMix mix;
    QVERIFY(!OpMix::parse(QStringLiteral("insert=x"), &mix, &error));
    QVERIFY2(error.startsWith(QStringLiteral("操作组合项“insert=x”有误")), qPrintable(error));
    error.clear();
    QVERIFY(!OpMix::parse(QStringLiteral("insert=0"), &mix, &error));
    QCOMPARE(error, QStringLiteral("操作组合中没有大于 0 的权重"));
    Scenario sc;
    sc.databasePath.clear();
    error.clear();
    QVERIFY(!TableGen::TablePlan::load(sc, &error));
    QCOMPARE(error, QStringLiteral("现有表需要一个已存在的数据库文件"));
    QCoreApplication::removeTranslator(&zh);
}

// Regression: OutputFile's messages about the folder of an output were filed by lupdate under
// "LockLens" (a free function of the namespace) but looked up under "LockLens::OutputFile",
// so they stayed English.
void TestTranslations::outputFolderMessagesTranslate()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/locklens_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing"));
    QCOMPARE(OutputFile::check(missing + QStringLiteral("/out.json")),
        QStringLiteral("无法在 %1 中写入文件：文件夹不存在").arg(FileKind::shown(missing)));
    QCoreApplication::removeTranslator(&zh);
}

// Regression: the checks of a run's --json, --report and --lock-trace were filed by lupdate
// under "LockLens::Cli::RunOutputs" (they are RunOutputs' members) but looked up under
// "LockLens::Cli", so they stayed English.
void TestTranslations::runOutputsMessagesTranslate()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/locklens_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    Cli::RunOptions opt;
    opt.lockTracePath = QStringLiteral("-");
    Cli::RunOutputs outputs(opt);
    QCOMPARE(outputs.prepare(), QStringLiteral("--lock-trace：请给出文件名（锁跟踪不能写到标准输出）"));
    QCoreApplication::removeTranslator(&zh);
}

void TestTranslations::markersKept_data()
{
    QTest::addColumn<QString>("file");
    QDirIterator it(QStringLiteral(LOCKLENS_TS_DIR), { QStringLiteral("*.ts") });
    int n = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::newRow(qPrintable(it.fileName())) << path;
        ++n;
    }
    QVERIFY(n >= 2);
}

// Every finished translation keeps the source's %-markers, and &-accelerators where the
// source has one (outside HTML entities).
void TestTranslations::markersKept()
{
    QFETCH(QString, file);
    QString error;
    const QList<TsMessage> messages = readTs(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    static const QRegularExpression accel(QStringLiteral("&(?!nbsp;|amp;|lt;|gt;)"));
    for (const TsMessage &m : messages) {
        for (const QString &t : m.translations) {
            const QString where = m.context + QStringLiteral(": ") + m.source + QStringLiteral(" → ") + t;
            QVERIFY2(markers(t) == markers(m.source), qPrintable(where));
            QVERIFY2(m.source.contains(accel) == t.contains(accel), qPrintable(where));
            QVERIFY2(!t.trimmed().isEmpty() || m.source.trimmed().isEmpty(), qPrintable(where));
        }
    }
}

void TestTranslations::preferenceRoundTrip_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("system") << QString() << QString();
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("unknown") << QStringLiteral("tlh") << QString();
    QTest::newRow("wrong case") << QStringLiteral("ZH_cn") << QString();
}

void TestTranslations::preferenceRoundTrip()
{
    QFETCH(QString, stored);
    QFETCH(QString, chosen);
    Language::choose(stored);
    QCOMPARE(Language::chosen(), chosen);
    // A bad value written by hand (or an older version) falls back to the system language.
    QSettings().setValue(QLatin1String(Language::settingsKey), stored);
    QCOMPARE(Language::chosen(), chosen);
    QCOMPARE(
        Language::locale().name(), QLocale(chosen.isEmpty() ? Language::systemLanguage() : chosen).name());
}

void TestTranslations::dialogSaves()
{
    Language::choose(QStringLiteral("en"));
    PreferencesDialog dialog;
    QComboBox *box = dialog.languageBox();
    QCOMPARE(box->count(), 3);
    QCOMPARE(box->currentData().toString(), QStringLiteral("en"));
    QVERIFY(box->itemText(0).contains(Language::nativeName(Language::systemLanguage())));
    QCOMPARE(box->itemText(1), QStringLiteral("English"));
    QCOMPARE(box->itemText(2), QStringLiteral("简体中文"));
    box->setCurrentIndex(box->findData(QStringLiteral("zh_CN")));
    dialog.save();
    QCOMPARE(Language::chosen(), QStringLiteral("zh_CN"));
    QCOMPARE(QSettings().value(QLatin1String(Language::settingsKey)).toString(), QStringLiteral("zh_CN"));
    box->setCurrentIndex(0);
    dialog.save();
    QCOMPARE(Language::chosen(), QString());
}

void TestTranslations::installsChosenLanguage()
{
    Language::choose(QStringLiteral("zh_CN"));
    QVERIFY(Language::installTranslators(QCoreApplication::instance()));
    QCOMPARE(QCoreApplication::translate("LockLens::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    const QList<QTranslator *> installed = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *t : installed) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QCOMPARE(QCoreApplication::translate("LockLens::MainWindow", "&File"), QStringLiteral("&File"));
    Language::choose(QString());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
