// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QIconEngine>
#include <QPalette>

namespace App {

// Toolbar icons drawn as vectors in the palette's text colour, so both themes get crisp icons
// that match them.
enum class IconKind { Add, Duplicate, Remove, Examples, ResetView, Theme, Quit, Help, Export, Lens };
QIcon makeIcon(IconKind kind, const QPalette& palette);

// The application's icon, its SVG drawn by QSvgRenderer at the size asked. QIcon's own reading of
// an .svg file first finds, reads and loads the SVG icon engine plugin: half a millisecond before
// the first frame.
QIcon applicationIcon();

// What an icon engine that draws vectors (these icons, CrispStyle's) returns from scaledPixmap:
// its paint() into a transparent pixmap of `size` device pixels, at device pixel ratio `scale`.
QPixmap paintedPixmap(QIconEngine& engine, const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale);

} // namespace App
