// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/tracelockcsv.h"

#include "workers/outputfile.h"

namespace LockLens::Trace {

namespace {
constexpr qsizetype FlushBytes = 1 << 16;
}

LockCsv::LockCsv(const QStringList &databases)
    : m_filter(databases)
{
}

LockCsv::~LockCsv() = default;

bool LockCsv::open(const QString &path, QString *error)
{
    m_file = std::make_unique<OutputFile>(path);
    if (!m_file->isOpen() && !m_file->open(error))
        return false;
    m_pending = LockTrace::csvHeader().toUtf8();
    return true;
}

void LockCsv::add(const Connection &c, const LockTrace::Event &e, const QString &statement)
{
    // Refused requests are left out, as a lab run's trace leaves them out.
    if (!m_file || !m_error.isEmpty() || e.busy || !m_filter.keeps(c.file))
        return;
    LockTrace::appendCsvRow(&m_pending, e, QByteArrayLiteral("conn") + QByteArray::number(c.id), m_time,
        LockTrace::csvField(statement));
    ++m_rows;
    if (m_pending.size() >= FlushBytes)
        flush();
}

void LockCsv::flush()
{
    if (!m_file || !m_error.isEmpty() || m_pending.isEmpty())
        return;
    QString why;
    if (!m_file->write(m_pending, &why))
        m_error = why;
    m_pending.clear();
}

void LockCsv::discard()
{
    if (m_file)
        m_file->discard();
    m_file.reset();
}

bool LockCsv::finish(std::uint64_t *rows, QString *error)
{
    flush();
    *rows = m_rows;
    QString why;
    if (m_error.isEmpty() && m_file && !m_file->commit(&why))
        m_error = why;
    if (!m_error.isEmpty()) {
        if (m_file)
            m_file->discard();
        *error = m_error;
        return false;
    }
    return true;
}

} // namespace LockLens::Trace
