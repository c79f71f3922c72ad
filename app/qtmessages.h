// SPDX-License-Identifier: MIT
#pragma once

namespace App {

// The command line, the figures and bad input promise exactly one line on stderr, so Qt's own
// notices ("QStandardPaths: XDG_RUNTIME_DIR not set", "QFSFileEngine::open: No file name
// specified") are dropped until the window is up. A fatal one, which Qt would end with abort()
// (a platform plugin that cannot start: a stale DISPLAY, QT_QPA_PLATFORM=bogus), becomes that
// one line instead, naming the notice before it, and the program exits with code 1.
void quietQtMessages();
// Qt's default handling again, for the running window.
void restoreQtMessages();

} // namespace App
