// SPDX-License-Identifier: GPL-3.0-or-later
#include "window.h"

#include "datagrid.h"
#include "mainwindow.h"
#include "tablemodel.h"

#include <QApplication>
#include <QFileInfo>
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

int runWindow(int &argc, char **argv, const QStringList &args)
{
    QApplication app(argc, argv);
    QString screenshot;
    QStringList rest = args;
    if (rest.value(0) == QLatin1String("--screenshot")) {
        screenshot = rest.value(1);
        rest = rest.mid(2);
        if (screenshot.isEmpty()) {
            std::fprintf(stderr, "locklens: --screenshot needs a file name\n");
            return 2;
        }
    }
    MainWindow window;
    window.show();
    if (!rest.isEmpty()) {
        if (!rest.value(1).isEmpty())
            window.showTable(rest.value(1));
        window.openDatabase(DatabaseLocation::file(rest.value(0)));
    }
    if (screenshot.isEmpty())
        return app.exec();

    // Save once the schema is read and the shown table's first page is in.
    int status = 1;
    const auto save = [&] {
        window.grab().save(screenshot);
        status = QFileInfo::exists(screenshot) ? 0 : 1;
        app.quit();
    };
    QObject::connect(&window, &MainWindow::failed, &app, [&] { QTimer::singleShot(300, &app, save); });
    QObject::connect(window.dataGrid()->model(), &TableModel::countChanged, &app,
        [&] { QTimer::singleShot(500, &app, save); });
    QTimer::singleShot(rest.isEmpty() ? 500 : 20000, &app, save);
    app.exec();
    return status;
}

} // namespace LockLens
