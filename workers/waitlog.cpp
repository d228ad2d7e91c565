// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/waitlog.h"

namespace LockLens {

WaitLog::WaitLog(QString name)
    : m_name(std::move(name))
{
}

void WaitLog::push(std::uint64_t start, std::uint64_t end, std::uint32_t cause) noexcept
{
    m_ring.push(start, end, cause);
}

std::uint64_t WaitLog::read(std::uint64_t cursor, std::vector<Wait> *out, std::uint64_t *lost) const
{
    return m_ring.read(cursor, out, lost, [](std::uint64_t start, std::uint64_t end, std::uint32_t cause) {
        return Wait { start, end, cause };
    });
}

} // namespace LockLens
