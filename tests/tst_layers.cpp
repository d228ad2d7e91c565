// SPDX-License-Identifier: GPL-3.0-or-later
// The layers (ARCHITECTURE.md): every #include "..." of the product's sources names its
// layer from the source root, and a folder includes only its own layer and those below it.
// CMake keeps Qt's GUI modules out of the lower libraries; this keeps the folders in order,
// which one include root cannot.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <map>
#include <set>

class TestLayers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void includesPointDown();
    void theRuleCatchesAnUpwardInclude();
    void theRecorderNeedsNoQt();

private:
    // The folders each folder may include from (itself included).
    static const std::map<QString, std::set<QString>> &allowed();
    // "widgets/loadlab/x.cpp" includes "app/cli/y.h": what is wrong, or empty.
    static QString problem(const QString &file, const QString &included);
};

const std::map<QString, std::set<QString>> &TestLayers::allowed()
{
    static const std::map<QString, std::set<QString>> layers = [] {
        const QString recorder = QStringLiteral("workers/recorder"), sqlite = QStringLiteral("workers/sqlite"),
                      postgres = QStringLiteral("workers/postgres"), engine = QStringLiteral("workers"),
                      core = QStringLiteral("app/core"), reports = QStringLiteral("app/reports"),
                      cli = QStringLiteral("app/cli"), common = QStringLiteral("widgets/common"),
                      browser = QStringLiteral("widgets/browser"), loadlab = QStringLiteral("widgets/loadlab"),
                      widgets = QStringLiteral("widgets"), exe = QStringLiteral("app");
        std::map<QString, std::set<QString>> m;
        m[recorder] = { recorder };
        m[sqlite] = { recorder, sqlite };
        m[postgres] = { postgres };
        m[engine] = { recorder, sqlite, postgres, engine };
        m[core] = { recorder, sqlite, postgres, engine, core };
        m[reports] = { recorder, sqlite, postgres, engine, core, reports };
        m[cli] = { recorder, sqlite, postgres, engine, core, reports, cli };
        m[common] = { recorder, sqlite, postgres, engine, core, reports, common };
        m[browser] = { recorder, sqlite, postgres, engine, core, reports, common, browser };
        m[loadlab] = { recorder, sqlite, postgres, engine, core, reports, common, loadlab };
        m[widgets] = { recorder, sqlite, postgres, engine, core, reports, common, browser, loadlab, widgets };
        m[exe] = { recorder, sqlite, postgres, engine, core, reports, cli, common, browser, loadlab, widgets, exe };
        return m;
    }();
    return layers;
}

QString TestLayers::problem(const QString &file, const QString &included)
{
    const QString from = file.section(QLatin1Char('/'), 0, -2);
    const auto layer = allowed().find(from);
    if (layer == allowed().end())
        return QStringLiteral("%1: its folder is not a layer").arg(file);
    // Generated files (tst_x.moc, moc_x.cpp) are found by the build, not by path.
    if (included.endsWith(QLatin1String(".moc")) || included.startsWith(QLatin1String("moc_")))
        return {};
    const QString to = included.section(QLatin1Char('/'), 0, -2);
    if (to.isEmpty())
        return QStringLiteral("%1 includes \"%2\" without naming its layer").arg(file, included);
    if (!layer->second.count(to))
        return QStringLiteral("%1 (layer %2) includes %3 from above it").arg(file, from, included);
    return {};
}

void TestLayers::includesPointDown()
{
    const QString root = QStringLiteral(LOCKLENS_SOURCE_DIR);
    const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""),
        QRegularExpression::MultilineOption);
    QStringList problems;
    int files = 0, includes = 0;
    for (const QString &top : { QStringLiteral("app"), QStringLiteral("widgets"), QStringLiteral("workers") }) {
        QDirIterator it(root + QLatin1Char('/') + top, { QStringLiteral("*.cpp"), QStringLiteral("*.h") },
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QString text = QString::fromUtf8(f.readAll());
            const QString relative = path.mid(root.size() + 1);
            ++files;
            for (auto m = include.globalMatch(text); m.hasNext();) {
                ++includes;
                if (const QString p = problem(relative, m.next().captured(1)); !p.isEmpty())
                    problems << p;
            }
        }
    }
    QVERIFY2(files > 150 && includes > 500, qPrintable(QStringLiteral("%1 files, %2 includes").arg(files).arg(includes)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestLayers::theRuleCatchesAnUpwardInclude()
{
    QVERIFY(problem(QStringLiteral("workers/engine.cpp"), QStringLiteral("workers/sqlite/sqlitelink.h")).isEmpty());
    QVERIFY(problem(QStringLiteral("app/main.cpp"), QStringLiteral("widgets/mainwindow.h")).isEmpty());
    QVERIFY(!problem(QStringLiteral("workers/sqlite/sqlitelink.cpp"), QStringLiteral("workers/loadrun.h")).isEmpty());
    QVERIFY(problem(QStringLiteral("workers/sqlite/sqlitelink.cpp"), QStringLiteral("workers/recorder/clock.h")).isEmpty());
    QVERIFY(!problem(QStringLiteral("workers/recorder/lockshim.cpp"), QStringLiteral("workers/sqlite/sqlitelink.h")).isEmpty());
    QVERIFY(!problem(QStringLiteral("app/core/catalog.cpp"), QStringLiteral("app/reports/reportmodel.h")).isEmpty());
    QVERIFY(!problem(QStringLiteral("widgets/browser/datagrid.cpp"), QStringLiteral("widgets/loadlab/loadlab.h")).isEmpty());
    QVERIFY(!problem(QStringLiteral("widgets/loadlab/loadlab.cpp"), QStringLiteral("app/cli/commands.h")).isEmpty());
    QVERIFY(!problem(QStringLiteral("app/core/catalog.cpp"), QStringLiteral("catalog.h")).isEmpty());
    QVERIFY(!problem(QStringLiteral("tools/x.cpp"), QStringLiteral("app/core/catalog.h")).isEmpty());
}

// The recorder's folder is built into the trace library, which is loaded into other
// programs: no Qt header there (CMake links it to no Qt library either).
void TestLayers::theRecorderNeedsNoQt()
{
    const QRegularExpression qtInclude(QStringLiteral("^\\s*#\\s*include\\s+<(Q[^>]*|qt[^>]*)>"),
        QRegularExpression::MultilineOption);
    QDirIterator it(QStringLiteral(LOCKLENS_SOURCE_DIR "/workers/recorder"),
        { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const auto m = qtInclude.match(QString::fromUtf8(f.readAll()));
        QVERIFY2(!m.hasMatch(), qPrintable(path + QStringLiteral(": ") + m.captured(0)));
        ++files;
    }
    QVERIFY(files >= 5);
}

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
