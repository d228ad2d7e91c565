// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace LockLens {

// Whether a window can be shown: a display on X11/Wayland, always on Windows and macOS.
bool displayAvailable();
// `locklens [FILE [TABLE]]` with a display: the main window, opening FILE (and showing
// TABLE) if given. (The README's pictures are taken by tests/tools/locklens_shots.)
int runWindow(int &argc, char **argv, const QStringList &args);

} // namespace LockLens
