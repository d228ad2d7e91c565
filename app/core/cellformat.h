// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>

namespace LockLens {

// How a value SQLite returned is shown in a grid cell, for the roles every grid shares
// (display, tooltip, alignment). NULL reads "NULL", a BLOB its size, long text is cut and
// its line breaks shown as ↵. Other roles: an invalid QVariant.
QVariant cellData(const QVariant &value, int role);

} // namespace LockLens
