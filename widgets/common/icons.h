// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/catalog.h"

#include <QColor>
#include <QIcon>

namespace LockLens::Icons {

// Icons drawn as vectors at whatever size and device pixel ratio they are asked for, so
// they stay sharp on high-DPI screens without an image plugin.
QIcon forTable(const Catalog::Table &t); // the rowid kind at a glance
QIcon key();
QIcon link(); // an outgoing reference: this row points at a parent
QIcon incomingLink(); // rows of another table point here
QIcon warning();
QIcon padlock(); // a database another connection has locked
QIcon back(); // navigation: where the data grid was before
QIcon forward();
QColor warningColor();

} // namespace LockLens::Icons
