// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace LockLens {

// Whether a window can be shown: a display on X11/Wayland, always on Windows and macOS.
bool displayAvailable();
// `locklens [FILE]` with a display: the main window, opening FILE if given.
// `locklens --screenshot OUT.png [FILE [TABLE]]`: opens, waits for the table's first
// page, saves the window as OUT.png and exits (for the README and for looking at it).
int runWindow(int &argc, char **argv, const QStringList &args);

} // namespace LockLens
