// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "preferencesdialog.h"
#include "window.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace {

// Command-line commands run without a window; anything else (nothing, or a file) opens
// the window when there is a display.
bool isCommand(const QString &a)
{
    static const QStringList commands { QStringLiteral("run"), QStringLiteral("presets"),
        QStringLiteral("schema"), QStringLiteral("demo-db"), QStringLiteral("help"), QStringLiteral("--help"),
        QStringLiteral("-h"), QStringLiteral("--version") };
    return commands.contains(a);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("LockLens"));
    QCoreApplication::setOrganizationName(QStringLiteral("LockLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOCKLENS_VERSION));
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    // The driver registry is not safe to start from several threads at once (Qt 6.4).
    const bool haveSqlite = QSqlDatabase::drivers().contains(QLatin1String("QSQLITE"));
    if (!haveSqlite) {
        fprintf(stderr, "locklens: error: Qt's SQLite driver (QSQLITE) is not installed\n");
        return 2;
    }
    const bool window = args.value(0) == QLatin1String("--screenshot")
        || ((args.isEmpty() || !isCommand(args.first())) && LockLens::displayAvailable());
    if (window)
        return LockLens::runWindow(argc, argv, args);
    QCoreApplication app(argc, argv);
    LockLens::Language::installTranslators(&app); // as in the window (a few messages have no translation yet)
    return LockLens::Cli::dispatch(args);
}
