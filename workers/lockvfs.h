// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace LockLens::LockTrace {

class Recorder;

// A VFS shim on the linked SQLite: it wraps the default VFS and reports every lock
// transition of the database files it opens (xLock, xUnlock, xShmLock) to a Recorder.
// Connections use it by opening "file:PATH?vfs=<vfsName()>" with QSQLITE_OPEN_URI.
namespace Vfs {

// Registers the shim once (not as the default). False where it cannot be used: Qt's
// driver carries its own SQLite (the shim would live in the other copy), or registering
// failed.
bool install();
const char *name();

// The recorder that database files opened by this thread from now on report to (nullptr:
// none). Set it around opening a connection: the file keeps its recorder for its life,
// whichever thread uses the connection later.
void setOpeningRecorder(Recorder *recorder);

} // namespace Vfs

} // namespace LockLens::LockTrace
