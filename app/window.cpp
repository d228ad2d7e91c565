// SPDX-License-Identifier: GPL-3.0-or-later
#include "window.h"

#include "datagrid.h"
#include "mainwindow.h"
#include "sqlconsole.h"
#include "tablemodel.h"

#include <QApplication>
#include <QFileInfo>
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

// `locklens --screenshot OUT.png [--page data|diagram|console|pragmas] [--row N]
// [--sql TEXT] FILE [TABLE]`: the window as a person would see it, saved once it has
// settled (for the README and for looking at a change).
struct ScreenshotOptions
{
    QString out;
    MainWindow::Page page = MainWindow::Page::Data;
    int row = -1;
    QString sql;
    QStringList rest;
};

bool parseScreenshot(QStringList args, ScreenshotOptions *o, QString *error)
{
    o->out = args.value(1);
    args = args.mid(2);
    if (o->out.isEmpty() || o->out.startsWith(QLatin1String("--"))) {
        *error = QStringLiteral("--screenshot needs a file name");
        return false;
    }
    const QStringList pages { QStringLiteral("data"), QStringLiteral("diagram"), QStringLiteral("console"),
        QStringLiteral("pragmas") };
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
        else
            ok = false;
        if (!ok || value.isEmpty()) {
            *error = QStringLiteral(
                "--screenshot: bad option %1 %2 (--page data|diagram|console|pragmas, --row N, --sql TEXT)")
                         .arg(option, value);
            return false;
        }
    }
    o->rest = args;
    return true;
}

} // namespace

int runWindow(int &argc, char **argv, const QStringList &args)
{
    QApplication app(argc, argv);
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
    window.show();
    if (!rest.isEmpty()) {
        if (!rest.value(1).isEmpty())
            window.showTable(rest.value(1));
        window.openDatabase(DatabaseLocation::file(rest.value(0)));
    }
    if (shot.out.isEmpty())
        return app.exec();

    window.showPage(shot.page);
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
