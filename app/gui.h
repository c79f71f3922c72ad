// SPDX-License-Identifier: MIT
#pragma once

namespace App {
// Runs the window: creates the QApplication, handles the window's own options (--screenshot)
// and returns the exit code.
int runGui(int argc, char** argv);
} // namespace App
