// SPDX-License-Identifier: GPL-3.0-or-later
// locklens_shots: the window as a person would see it, saved as a PNG once it has settled
// (the README's pictures, and a look at a change). Built with the tests; not installed and
// not part of locklens.
//
// `locklens_shots OUT.png [--page data|diagram|console|pragmas|loadlab] [--row N]
// [--sql TEXT] [--store FILE] [--run PRESET|SCENARIO.json [--at S] [--zoom FROM,TO]]
// [--tab live|runs|compare] [--compare N] [--wizard PAGE] [--size WxH] [FILE [TABLE]]`
// --run runs a load test on the load lab and saves at S seconds after it started (at its
// end without --at); --compare N compares the newest N runs of the store; --wizard saves
// the load-test wizard at page PAGE (0-3) instead of the window.
#include "app/core/language.h"
#include "app/core/tablemodel.h"
#include "widgets/browser/datagrid.h"
#include "widgets/browser/sqlconsole.h"
#include "widgets/loadlab/loaddashboard.h"
#include "widgets/loadlab/loadlab.h"
#include "widgets/loadlab/loadwizard.h"
#include "widgets/loadlab/locktimelineview.h"
#include "widgets/mainwindow.h"
#include "workers/presets.h"

#include <QApplication>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QSqlDatabase>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace LockLens;

namespace {

struct ShotOptions
{
    QString out;
    MainWindow::Page page = MainWindow::Page::Data;
    int row = -1;
    QString sql;
    QString store;
    QString run;
    double at = -1;
    double zoom[2] = { 0, 0 };
    int tab = -1;
    int compare = 0;
    int wizard = -1;
    QSize size; // the load lab's window (1400x900 when not given)
    QStringList rest; // FILE [TABLE]
};

int fail(const QString &message, int status)
{
    std::fprintf(stderr, "locklens_shots: %s\n", qPrintable(message));
    return status;
}

bool loadScenario(const QString &what, Scenario *sc, QString *error)
{
    if (!QFileInfo(what).isFile())
        return Presets::find(what, sc, error);
    return Scenario::fromFile(what, sc, error);
}

// One option and its value into `o`; false when the option or its value is not known.
bool parseOption(const QString &option, const QString &value, ShotOptions *o)
{
    static const QStringList pages { QStringLiteral("data"), QStringLiteral("diagram"),
        QStringLiteral("console"), QStringLiteral("pragmas"), QStringLiteral("loadlab") };
    static const QStringList tabs { QStringLiteral("live"), QStringLiteral("runs"),
        QStringLiteral("compare") };
    bool ok = true;
    if (option == QLatin1String("--page") && pages.contains(value))
        o->page = MainWindow::Page(pages.indexOf(value));
    else if (option == QLatin1String("--row"))
        o->row = value.toInt(&ok);
    else if (option == QLatin1String("--sql"))
        o->sql = value;
    else if (option == QLatin1String("--store"))
        o->store = value;
    else if (option == QLatin1String("--run"))
        o->run = value;
    else if (option == QLatin1String("--at"))
        o->at = value.toDouble(&ok);
    else if (option == QLatin1String("--zoom")) {
        const QStringList parts = value.split(QLatin1Char(','));
        bool from = false, to = false;
        if (parts.size() == 2) {
            o->zoom[0] = parts[0].toDouble(&from);
            o->zoom[1] = parts[1].toDouble(&to);
        }
        ok = from && to && o->zoom[1] > o->zoom[0];
    } else if (option == QLatin1String("--tab") && tabs.contains(value))
        o->tab = int(tabs.indexOf(value));
    else if (option == QLatin1String("--compare"))
        o->compare = value.toInt(&ok);
    else if (option == QLatin1String("--wizard"))
        o->wizard = value.toInt(&ok);
    else if (option == QLatin1String("--size")) {
        const QStringList parts = value.split(QLatin1Char('x'));
        o->size = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
        ok = o->size.width() > 0 && o->size.height() > 0;
    } else
        ok = false;
    return ok && !value.isEmpty();
}

// `args`: OUT.png, the options, FILE [TABLE].
bool parseArguments(QStringList args, ShotOptions *o, QString *error)
{
    o->out = args.value(0);
    args = args.mid(1);
    if (o->out.isEmpty() || o->out.startsWith(QLatin1String("--"))) {
        *error = QStringLiteral(
            "needs the picture's file name first: locklens_shots OUT.png [options] [FILE [TABLE]]");
        return false;
    }
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        const QString value = args.isEmpty() ? QString() : args.takeFirst();
        if (!parseOption(option, value, o)) {
            *error = QStringLiteral(
                "bad option %1 %2 (--page data|diagram|console|pragmas|loadlab, --row N, "
                "--sql TEXT, --store FILE, --run PRESET, --at S, --zoom FROM,TO, --tab live|runs|compare, "
                "--compare N, --wizard PAGE, --size WxH)")
                         .arg(option, value);
            return false;
        }
    }
    o->rest = args;
    return true;
}

// Saves `what` to the picture's file and ends the event loop.
int saveShot(QApplication &app, QWidget *what, const QString &out)
{
    const bool saved = what->grab().save(out);
    app.quit();
    return saved ? 0 : 1;
}

// The load-test wizard at page `shot.wizard`, filled from --run when given.
int shootWizard(QApplication &app, MainWindow &window, const ShotOptions &shot)
{
    LoadWizard wizard(window.loadLab()->context(), &window); // the database open in the window, if any
    if (!shot.run.isEmpty()) {
        Scenario sc;
        QString error;
        if (!loadScenario(shot.run, &sc, &error))
            return fail(error, 2);
        wizard.setScenario(sc);
    }
    wizard.resize(900, 680);
    wizard.show();
    for (int i = 0; i < shot.wizard; ++i)
        wizard.next();
    int status = 1;
    QTimer::singleShot(500, &app, [&] { status = saveShot(app, &wizard, shot.out); });
    app.exec();
    return status;
}

// Shows the newest `count` runs of the lab's store compared, the oldest as the baseline.
bool compareNewest(LoadLab *lab, int count)
{
    QString why;
    ResultsStore *store = lab->store();
    QList<qint64> ids;
    if (store) {
        const std::vector<RunSummary> runs = store->list(&why);
        for (std::size_t i = 0; i < runs.size() && ids.size() < count; ++i)
            ids.prepend(runs[i].id); // oldest first: the baseline
    }
    if (!store || !lab->compare(ids, &why)) {
        fail(QStringLiteral("cannot compare: %1").arg(why), 1);
        return false;
    }
    return true;
}

// Runs `shot.run` on the load lab and saves the window at --at seconds, or at its end.
int shootRun(QApplication &app, MainWindow &window, const ShotOptions &shot)
{
    LoadLab *lab = window.loadLab();
    Scenario sc;
    QString error;
    if (!loadScenario(shot.run, &sc, &error) || !lab->run(sc, &error))
        return fail(error, 1);
    int status = 1;
    // A run that fails after it started (its setup refuses the table, say) is saved as the
    // window shows it, with the failure's banner, and the error goes to stderr.
    bool failed = false;
    QObject::connect(lab->dashboard(), &LoadDashboard::failed, &app, [&](const QString &why) {
        fail(QStringLiteral("the run failed: %1").arg(why), 1);
        failed = true;
        if (shot.at < 0)
            QTimer::singleShot(300, &app, [&] { saveShot(app, &window, shot.out); });
    });
    const auto zoom = [&] {
        if (shot.zoom[1] > shot.zoom[0])
            lab->dashboard()->timelineView()->setRange(shot.zoom[0], shot.zoom[1]);
    };
    if (shot.at >= 0) {
        QTimer::singleShot(int(shot.at * 1000), &app, [&] {
            zoom();
            QTimer::singleShot(150, &app, [&] {
                status = window.grab().save(shot.out) ? 0 : 1;
                if (!lab->dashboard()->isRunning()) {
                    app.quit();
                    return;
                }
                // End the run before quitting, or closing the window would ask about it.
                QObject::connect(lab, &LoadLab::runSaved, &app, &QCoreApplication::quit);
                lab->stop();
            });
        });
    } else {
        QObject::connect(lab, &LoadLab::runSaved, &app, [&] {
            zoom();
            QTimer::singleShot(500, &app, [&] { status = saveShot(app, &window, shot.out); });
        });
    }
    app.exec();
    return failed ? 1 : status;
}

int shootLoadLab(QApplication &app, MainWindow &window, const ShotOptions &shot)
{
    LoadLab *lab = window.loadLab();
    window.resize(shot.size.isValid() ? shot.size : QSize(1400, 900)); // the charts and timeline need room
    if (shot.wizard >= 0)
        return shootWizard(app, window, shot);
    if (shot.compare > 0 && !compareNewest(lab, shot.compare))
        return 1;
    if (shot.tab >= 0)
        lab->showTab(LoadLab::Tab(shot.tab));
    if (!shot.run.isEmpty())
        return shootRun(app, window, shot);
    int status = 1;
    QTimer::singleShot(800, &app, [&] { status = saveShot(app, &window, shot.out); });
    app.exec();
    return status;
}

// The data, diagram, console or pragmas page, once the schema is read and the shown
// table's first page is in (after --sql has run, when given).
int shootBrowser(QApplication &app, MainWindow &window, const ShotOptions &shot)
{
    if (!shot.sql.isEmpty()) {
        window.console()->editor()->setPlainText(shot.sql);
        QObject::connect(
            &window, &MainWindow::schemaLoaded, window.console(), &SqlConsole::run, Qt::SingleShotConnection);
    }
    int status = 1;
    const auto save = [&] {
        window.grab().save(shot.out);
        status = QFileInfo::exists(shot.out) ? 0 : 1;
        app.quit();
    };
    QObject::connect(&window, &MainWindow::failed, &app, [&] { QTimer::singleShot(300, &app, save); });
    QObject::connect(window.dataGrid()->model(), &TableModel::countChanged, &app, [&] {
        if (shot.row >= 0 && shot.row < window.dataGrid()->model()->rowCount()) {
            const QModelIndex index = window.dataGrid()->model()->index(shot.row, 0);
            window.dataGrid()->view()->setCurrentIndex(index);
            window.dataGrid()->view()->scrollTo(index);
        }
        QTimer::singleShot(800, &app, save);
    });
    QTimer::singleShot(shot.rest.isEmpty() ? 500 : 20000, &app, save);
    app.exec();
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    // Bad arguments are refused before anything needs a display.
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    ShotOptions shot;
    QString error;
    if (!parseArguments(args, &shot, &error))
        return fail(error, 2);

    // The settings (language, preferences) and version locklens has (app/main.cpp).
    QCoreApplication::setApplicationName(QStringLiteral("LockLens"));
    QCoreApplication::setOrganizationName(QStringLiteral("LockLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOCKLENS_VERSION));
    // The driver registry is not safe to start from several threads at once (Qt 6.4).
    QSqlDatabase::drivers();
    QApplication app(argc, argv);
    Language::installTranslators(&app);

    MainWindow window;
    if (shot.size.isValid())
        window.resize(shot.size);
    window.show();
    if (!shot.rest.isEmpty()) {
        if (!shot.rest.value(1).isEmpty())
            window.showTable(shot.rest.value(1));
        window.openDatabase(DatabaseLocation::file(shot.rest.value(0)));
    }
    window.showPage(shot.page);
    if (!shot.store.isEmpty())
        window.loadLab()->setStorePath(shot.store);
    if (shot.page == MainWindow::Page::LoadLab)
        return shootLoadLab(app, window, shot);
    return shootBrowser(app, window, shot);
}
