// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"
#include "app/core/language.h"
#include "app/window.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlDatabase>

#include <algorithm>
#include <memory>

namespace {

// Command-line commands run without a window; anything else (nothing, or a file) opens
// the window when there is a display.
bool isCommand(const QString &a)
{
    static const QStringList commands { QStringLiteral("run"), QStringLiteral("presets"),
        QStringLiteral("schema"), QStringLiteral("report"), QStringLiteral("demo-db"), QStringLiteral("help"),
        QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--version") };
    return commands.contains(a);
}

// An option the command line does not know (`--screenshot`, say, which moved to the
// locklens_shots tool) is not a file to open in the window: the command line refuses it.
bool isUnknownOption(const QString &a)
{
    return a.startsWith(QLatin1Char('-')) && !QFileInfo::exists(a);
}

// A command that writes a PDF report needs fonts, which come with a QGuiApplication.
// (A traced program's own arguments, after "--", are not LockLens's.)
bool writesPdf(const QStringList &args)
{
    const QString command = args.value(0);
    if (command != QLatin1String("run") && command != QLatin1String("report") && command != QLatin1String("trace"))
        return false;
    const auto end = command == QLatin1String("trace") ? std::find(args.cbegin(), args.cend(), QStringLiteral("--"))
                                                       : args.cend();
    return std::any_of(args.cbegin(), end,
        [](const QString &a) { return a.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive); });
}

// Headless, the offscreen platform warns once that XDG_RUNTIME_DIR is unset: nothing for
// someone writing a report from a shell or a scheduled job to act on.
QtMessageHandler g_previousHandler = nullptr;
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    g_previousHandler(type, context, message);
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
    const bool window = (args.isEmpty() || !(isCommand(args.first()) || isUnknownOption(args.first())))
        && LockLens::displayAvailable();
    if (window)
        return LockLens::runWindow(argc, argv, args);
    std::unique_ptr<QCoreApplication> app;
    if (writesPdf(args)) {
        // Nothing is shown: without a display the offscreen platform gives fonts all the same.
        const bool setHere = !LockLens::displayAvailable() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
        if (!LockLens::displayAvailable()) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            g_previousHandler = qInstallMessageHandler(quietRuntimeDirWarning);
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
        if (setHere) // for LockLens alone, not for a program it starts (locklens trace)
            qunsetenv("QT_QPA_PLATFORM");
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    LockLens::Language::installTranslators(app.get());
    return LockLens::Cli::dispatch(args);
}
