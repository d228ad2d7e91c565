// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include <QCoreApplication>
#include <QSqlDatabase>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("LockLens"));
    QCoreApplication::setOrganizationName(QStringLiteral("LockLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOCKLENS_VERSION));
    // The driver registry is not safe to start from several threads at once (Qt 6.4).
    if (!QSqlDatabase::drivers().contains(QLatin1String("QSQLITE"))) {
        fprintf(stderr, "locklens: error: Qt's SQLite driver (QSQLITE) is not installed\n");
        return 2;
    }
    return LockLens::Cli::dispatch(app.arguments().mid(1));
}
