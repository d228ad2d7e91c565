// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/dbconnection.h"

namespace LockLens {

// Builds the demo database: a small shop (customers, orders, order items, products) with
// cascades, an AUTOINCREMENT table, a WITHOUT ROWID table, an INT PRIMARY KEY table that
// is not a rowid alias, a table whose rowid is shadowed, a deliberate foreign key
// mismatch and a violation to find. Refuses to touch a file that already has content.
bool createDemoDatabase(const DatabaseLocation &where, SqlFailure *error);

} // namespace LockLens
