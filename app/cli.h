// SPDX-License-Identifier: MIT
#pragma once

namespace App {
// True when the arguments ask for the command line (--list, --eval, --help, ...) rather than the
// window. A plain scan, so that it can run before any QCoreApplication exists.
bool wantsCli(int argc, char** argv);

// Runs the command line on a QCoreApplication (no display needed) and returns the exit code:
// 0 on success, 2 on bad input (one line on stderr, nothing on stdout, no file touched), 1 when
// writing fails for another reason.
int runCli(int argc, char** argv);
} // namespace App
