// SPDX-License-Identifier: MIT
// Startup to the first painted frame, for aex-bench-latency: the program starts itself with
// --startup-child=window or =bare and times each child from before its spawn.
#pragma once

class QString;

namespace Bench {

// The child: shows the default window (or a bare QCustomPlot window with the same graphs) and
// prints the monotonic clock when its plot was first painted with its data ("painted NS"); the
// window's child then also prints when its formula and values panels were first painted filled
// ("filled NS"). Returns the exit code.
int startupChild(const char* kind, int argc, char** argv);

// Runs `runs` window and bare children in turn and prints the medians and the ratio.
void reportStartup(const QString& program, int runs);

} // namespace Bench
