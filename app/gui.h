// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QApplication>

#include <memory>

namespace App {

// The QApplication the window and the figures need: Fusion style, the icon, the names and the
// translations for the system locale (installTranslations). Qt is
// given no arguments of ours (the command line is already read). With offscreen, the platform is
// offscreen whatever the environment says: figures never need or touch a display.
std::unique_ptr<QApplication> makeApplication(bool offscreen);

// Opens the window (Action::Window) and runs it; returns the exit code. Throws Failure when
// there is no display.
int runWindow(const Invocation& invocation);
// Writes --export and --screenshot (Action::Figures), offscreen. Throws UsageError or Failure.
int runFigures(const Invocation& invocation);

} // namespace App
