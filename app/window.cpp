// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/window.h"

#include "app/core/language.h"
#include "app/core/tablemodel.h"
#include "widgets/browser/datagrid.h"
#include "widgets/browser/sqlconsole.h"
#include "widgets/loadlab/loaddashboard.h"
#include "widgets/loadlab/loadlab.h"
#include "widgets/loadlab/locktimelineview.h"
#include "widgets/mainwindow.h"
#include "workers/presets.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace LockLens {

bool displayAvailable()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return true;
#else
    // offscreen and minimal draw nowhere a person could see: that is headless.
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.startsWith("offscreen") || platform.startsWith("minimal"))
        return false;
    return !qgetenv("DISPLAY").isEmpty() || !qgetenv("WAYLAND_DISPLAY").isEmpty() || !platform.isEmpty();
#endif
}

namespace {

// `locklens --screenshot OUT.png [--page data|diagram|console|pragmas|loadlab] [--row N]
// [--sql TEXT] [--store FILE] [--run PRESET|SCENARIO.json [--at S] [--zoom FROM,TO]]
// [--tab live|runs|compare] [--compare N] [--wizard PAGE] [--size WxH] [FILE [TABLE]]`: the window as a
// person would see it, saved once it has settled (for the README and for looking at a
// change). --run runs a load test on the load lab and saves at S seconds after it started
// (at its end without --at); --compare N compares the newest N runs of the store; --wizard
// saves the load-test wizard at page PAGE (0-3) instead of the window.
struct ScreenshotOptions
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
    QStringList rest;
};

bool loadScenario(const QString &what, Scenario *sc, QString *error)
{
    if (!QFileInfo(what).isFile())
        return Presets::find(what, sc, error);
    return Scenario::fromFile(what, sc, error);
}

bool parseScreenshot(QStringList args, ScreenshotOptions *o, QString *error)
{
    o->out = args.value(1);
    args = args.mid(2);
    if (o->out.isEmpty() || o->out.startsWith(QLatin1String("--"))) {
        *error = QStringLiteral("--screenshot needs a file name");
        return false;
    }
    const QStringList pages { QStringLiteral("data"), QStringLiteral("diagram"), QStringLiteral("console"),
        QStringLiteral("pragmas"), QStringLiteral("loadlab") };
    const QStringList tabs { QStringLiteral("live"), QStringLiteral("runs"), QStringLiteral("compare") };
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        const QString value = args.isEmpty() ? QString() : args.takeFirst();
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
        if (!ok || value.isEmpty()) {
            *error = QStringLiteral(
                "--screenshot: bad option %1 %2 (--page data|diagram|console|pragmas|loadlab, --row N, "
                "--sql TEXT, --store FILE, --run PRESET, --at S, --zoom FROM,TO, --tab live|runs|compare, "
                "--compare N, --wizard PAGE, --size WxH)")
                         .arg(option, value);
            return false;
        }
    }
    o->rest = args;
    return true;
}

// Saves `what` to the screenshot file and ends the event loop.
int saveShot(QApplication &app, QWidget *what, const QString &out)
{
    const bool saved = what->grab().save(out);
    app.quit();
    return saved ? 0 : 1;
}

int screenshotLoadLab(QApplication &app, MainWindow &window, const ScreenshotOptions &shot)
{
    LoadLab *lab = window.loadLab();
    window.resize(shot.size.isValid() ? shot.size : QSize(1400, 900)); // the charts and timeline need room
    int status = 1;
    QString error;
    if (shot.wizard >= 0) {
        LoadWizard wizard(lab->context(), &window); // the database open in the window, if any
        Scenario sc;
        if (!shot.run.isEmpty() && !loadScenario(shot.run, &sc, &error)) {
            std::fprintf(stderr, "locklens: %s\n", qPrintable(error));
            return 2;
        }
        if (!shot.run.isEmpty())
            wizard.setScenario(sc);
        wizard.resize(900, 680);
        wizard.show();
        for (int i = 0; i < shot.wizard; ++i)
            wizard.next();
        QTimer::singleShot(500, &app, [&] { status = saveShot(app, &wizard, shot.out); });
        app.exec();
        return status;
    }
    if (shot.compare > 0) {
        QString why;
        ResultsStore *store = lab->store();
        QList<qint64> ids;
        if (store) {
            const std::vector<RunSummary> runs = store->list(&why);
            for (std::size_t i = 0; i < runs.size() && ids.size() < shot.compare; ++i)
                ids.prepend(runs[i].id); // oldest first: the baseline
        }
        if (!store || !lab->compare(ids, &why)) {
            std::fprintf(stderr, "locklens: cannot compare: %s\n", qPrintable(why));
            return 1;
        }
    }
    if (shot.tab >= 0)
        lab->showTab(LoadLab::Tab(shot.tab));
    if (shot.run.isEmpty()) {
        QTimer::singleShot(800, &app, [&] { status = saveShot(app, &window, shot.out); });
        app.exec();
        return status;
    }
    Scenario sc;
    if (!loadScenario(shot.run, &sc, &error) || !lab->run(sc, &error)) {
        std::fprintf(stderr, "locklens: %s\n", qPrintable(error));
        return 1;
    }
    // A run that fails after it started (its setup refuses the table, say) is saved as the
    // window shows it, with the failure's banner, and the error goes to stderr.
    bool failed = false;
    QObject::connect(lab->dashboard(), &LoadDashboard::failed, &app, [&](const QString &why) {
        std::fprintf(stderr, "locklens: the run failed: %s\n", qPrintable(why));
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

} // namespace

int runWindow(int &argc, char **argv, const QStringList &args)
{
    QApplication app(argc, argv);
    // The language chosen in the preferences, else the system's (LANGUAGE, LC_ALL, LANG).
    Language::installTranslators(&app);
    // The installed desktop entry's id (installer/packaging.cmake): Wayland compositors match
    // the window to it, and X11 window managers get the icon it names from the theme.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.locklens.LockLens"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.locklens.LockLens")));
    ScreenshotOptions shot;
    if (args.value(0) == QLatin1String("--screenshot")) {
        QString error;
        if (!parseScreenshot(args, &shot, &error)) {
            std::fprintf(stderr, "locklens: %s\n", qPrintable(error));
            return 2;
        }
    } else {
        shot.rest = args;
    }
    const QStringList &rest = shot.rest;
    MainWindow window;
    if (shot.size.isValid())
        window.resize(shot.size);
    window.show();
    if (!rest.isEmpty()) {
        if (!rest.value(1).isEmpty())
            window.showTable(rest.value(1));
        window.openDatabase(DatabaseLocation::file(rest.value(0)));
    }
    if (shot.out.isEmpty())
        return app.exec();

    window.showPage(shot.page);
    if (!shot.store.isEmpty())
        window.loadLab()->setStorePath(shot.store);
    if (shot.page == MainWindow::Page::LoadLab)
        return screenshotLoadLab(app, window, shot);
    if (!shot.sql.isEmpty()) {
        window.console()->editor()->setPlainText(shot.sql);
        QObject::connect(
            &window, &MainWindow::schemaLoaded, window.console(), &SqlConsole::run, Qt::SingleShotConnection);
    }
    // Save once the schema is read and the shown table's first page is in.
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
    QTimer::singleShot(rest.isEmpty() ? 500 : 20000, &app, save);
    app.exec();
    return status;
}

} // namespace LockLens
