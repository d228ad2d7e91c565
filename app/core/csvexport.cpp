// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/csvexport.h"

#include "app/core/cellformat.h"
#include "app/core/rowcursor.h"

#include <QFileInfo>
#include <QSaveFile>

#include <sqlite3.h>

#include <memory>

namespace LockLens::CsvExport {

namespace {

class Writer
{
public:
    explicit Writer(const QString &path)
    {
        const QFileInfo target(path);
        if (target.exists() && !target.isFile())
            m_file = std::make_unique<QFile>(path); // a pipe or a device: never replaced
        else
            m_file = std::make_unique<QSaveFile>(path);
    }
    bool open() { return m_file->open(QIODevice::WriteOnly); }
    bool record(const QVariantList &values)
    {
        const QByteArray line = (delimitedRecord(values, QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        return m_file->write(line) == line.size();
    }
    bool commit()
    {
        if (auto *save = qobject_cast<QSaveFile *>(m_file.get()))
            return save->commit();
        m_file->close();
        return m_file->error() == QFileDevice::NoError;
    }
    void discard()
    {
        if (auto *save = qobject_cast<QSaveFile *>(m_file.get()))
            save->cancelWriting(); // the destructor then leaves the target as it was
    }
    QString errorString() const { return m_file->errorString(); }

private:
    std::unique_ptr<QFileDevice> m_file;
};

QVariantList names(const QStringList &columns)
{
    QVariantList out;
    for (const QString &c : columns)
        out << c;
    return out;
}

// Writes the rows a cursor reads: the header first (a statement's columns are known once
// it ran), then chunk after chunk until the end, a failure or a cancel.
bool writeRows(const Source &source, Writer &out, Progress *progress, QString *error)
{
    SqlFailure opening;
    const auto db
        = DbConnection::open(source.where, DbConnection::Access::ReadOnly, QStringLiteral("csv"), &opening);
    if (!db) {
        *error = opening.text();
        return false;
    }
    progress->setConnection(db->native());
    RowCursor cursor = source.sql.isEmpty() ? RowCursor(source.spec) : RowCursor::forStatement(source.sql);
    bool header = false;
    bool ok = true;
    while (ok && !cursor.atEnd() && !progress->cancelled()) {
        std::vector<QVariantList> rows;
        SqlFailure f;
        if (!cursor.next(*db, ChunkRows, &rows, &f)) {
            *error = progress->cancelled() ? QString() : f.text();
            ok = false;
            break;
        }
        if (!header) {
            ok = out.record(names(source.sql.isEmpty() ? source.spec.columns : cursor.columns()));
            header = true;
        }
        for (std::size_t i = 0; ok && i < rows.size(); ++i) {
            QVariantList row = std::move(rows[i]);
            if (source.sql.isEmpty() && source.spec.hasRowid())
                row.removeFirst(); // the rowid the grid reads ahead of the columns
            ok = out.record(row);
        }
        if (!ok && error->isEmpty())
            *error = out.errorString();
        progress->addRows(qint64(rows.size()));
    }
    progress->setConnection(nullptr);
    return ok;
}

} // namespace

void Progress::cancel()
{
    m_cancel.store(true);
    std::lock_guard lock(m_mutex);
    if (m_native)
        sqlite3_interrupt(m_native);
}

void Progress::setConnection(sqlite3 *native)
{
    std::lock_guard lock(m_mutex);
    m_native = native;
}

Outcome write(const Source &source, const QString &path, Progress *progress)
{
    Outcome result;
    Writer out(path);
    if (!out.open()) {
        result.error = Tr::tr("cannot write %1: %2").arg(path, out.errorString());
        return result;
    }
    QString error;
    bool ok = true;
    if (source.inMemory) {
        ok = out.record(names(source.columns));
        for (std::size_t i = 0; ok && i < source.rows.size() && !progress->cancelled(); ++i)
            ok = out.record(source.rows[i]);
        progress->addRows(qint64(source.rows.size()));
        if (!ok)
            error = out.errorString();
    } else {
        ok = writeRows(source, out, progress, &error);
    }
    result.rows = progress->rows();
    result.cancelled = progress->cancelled();
    if (!ok || result.cancelled) {
        out.discard();
        if (!result.cancelled)
            result.error = Tr::tr("cannot export to %1: %2").arg(path, error);
        return result;
    }
    if (!out.commit()) {
        result.error = Tr::tr("cannot write %1: %2").arg(path, out.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace LockLens::CsvExport
