// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/sqlite/sqlitefile.h"

#include "workers/sqlite/filekind.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace LockLens::SqliteFile {

QString uri(const QString &path, const QString &query)
{
    // '/' stays, and a Windows path is written with forward slashes.
    const QString clean = QDir::fromNativeSeparators(path);
    const QByteArray encoded = QUrl::toPercentEncoding(clean, "/:");
    // An empty authority: "file:" + "//x" would name a host x (a UNC path, or "//tmp" on
    // Linux); "file://" + "/tmp/x" or "file:///" + "C:/x" is the path itself.
    const QString prefix = clean.startsWith(QLatin1Char('/')) ? QStringLiteral("file://")
        : QDir::isAbsolutePath(clean)                         ? QStringLiteral("file:///")
                                                              : QStringLiteral("file:");
    QString out = prefix + QString::fromLatin1(encoded);
    if (!query.isEmpty())
        out += QLatin1Char('?') + query;
    return out;
}

bool readsAsImmutable(const QString &path)
{
    if (path.isEmpty() || FileKind::of(path).kind != FileKind::Kind::Regular)
        return false;
    if (QFileInfo::exists(path + QStringLiteral("-shm"))
        || QFileInfo::exists(path + QStringLiteral("-journal"))
        || QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return false;
    const QString dir = QFileInfo(QFileInfo(path).absoluteFilePath()).absolutePath();
#ifdef Q_OS_UNIX
    return ::access(QFile::encodeName(dir).constData(), W_OK) != 0;
#else
    return !QFileInfo(dir).isWritable();
#endif
}

QString databaseName(const QString &path, bool *uri)
{
    *uri = readsAsImmutable(path);
    return *uri ? SqliteFile::uri(path, QStringLiteral("immutable=1")) : path;
}

QString immutableNote(const QString &path)
{
    return Tr::tr("%1 is in a folder that cannot be written (read-only media): read as immutable "
                  "(SQLite's immutable=1), without locks, as nobody can change it there")
        .arg(FileKind::shown(path));
}

} // namespace LockLens::SqliteFile
