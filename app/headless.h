// SPDX-License-Identifier: MIT
#pragma once

#include "plotexport.h"
#include "session.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace App {

// Before the QApplication exists: with no display to talk to (no DISPLAY or WAYLAND_DISPLAY) and
// no platform chosen, rendering a file needs none, so the offscreen platform is chosen.
void preferOffscreenPlatform();

// Parsers for the window's command line. Each returns nullopt and sets `error` to the problem
// ("--size 10x10: ...; accepted: ...").
std::optional<QSize> parseFigureSize(const QString& text, QString& error);
std::optional<double> parseFigureScale(const QString& text, QString& error);
// "A:B", as the command line's --domain.
std::optional<std::pair<double, double>> parseDomainRange(const QString& text, QString& error);
std::optional<std::size_t> parseSampleCount(const QString& text, QString& error);

// A session made of --curve specs over a domain: default colours, automatic names, the first
// curve selected.
std::optional<Session> sessionFromCurveSpecs(
    const QStringList& specs, const Core::Domain& domain, Core::DType dtype, QString& error);

} // namespace App
