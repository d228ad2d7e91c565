// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/window.h"

#include "app/core/language.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QIcon>

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
    // The language chosen in the preferences, else the system's (LANGUAGE, LC_ALL, LANG).
    Language::installTranslators(&app);
    // The installed desktop entry's id (installer/packaging.cmake): Wayland compositors match
    // the window to it, and X11 window managers get the icon it names from the theme.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.locklens.LockLens"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.locklens.LockLens")));
    MainWindow window;
    window.show();
    if (!args.isEmpty()) {
        if (!args.value(1).isEmpty())
            window.showTable(args.value(1));
        window.openDatabase(DatabaseLocation::file(args.value(0)));
    }
    return app.exec();
}

} // namespace LockLens
