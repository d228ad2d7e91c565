// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LockLens {

// SQLite's column affinity, by the rules of its documentation ("Determination Of Column
// Affinity", section 3.1 of datatype3): the one definition for the catalog and the
// existing-table load.
enum class Affinity { Integer, Real, Text, Blob, Numeric };
Affinity affinityOf(const QString &declaredType);
QString affinityName(Affinity a); // "INTEGER", "REAL", "TEXT", "BLOB", "NUMERIC"

} // namespace LockLens
