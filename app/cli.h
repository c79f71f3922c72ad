// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"
#include "fileio.h"

#include <QString>

#include <string_view>

namespace App {

// The actions that need no Q*Application at all. Each throws UsageError or Failure.
void runList(const Invocation& invocation); // --list
void runData(const Invocation& invocation); // --eval, --domain, --output
void runLens(const Invocation& invocation); // --stats, --depth
// --compare: the verdict, one line per part; returns kExitOk when identical, kExitFailure when not.
int runCompare(const Invocation& invocation);
void runFrameworkTable(const Invocation& invocation); // --compare-frameworks

void runTrain(const Invocation& invocation); // --train (clitrain.cpp)
void runCode(const Invocation& invocation);  // --code

// Throws for a file that was not written: UsageError for bad input (an unknown suffix, a directory),
// Failure otherwise, the message naming the option and the file ("--export "a.png": ...").
void checkWritten(const Model::FileError& error, const QString& option, const QString& path);
// `text` to the --output file (through Model::writeFile), or to standard output when it is empty.
void writeOutput(const QString& output, const std::string& text);
// Writes to standard output; throws Failure naming the system's reason when that fails (a closed
// pipe, /dev/full).
void writeStdout(std::string_view text);
// One line on stderr.
void printLine(const QString& line);

} // namespace App
