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

// An icon engine that draws (these icons, the application's, CrispStyle's): a pixmap is its
// paint() into a transparent pixmap of `size` device pixels, at device pixel ratio `scale`.
class PaintedIconEngine : public QIconEngine {
public:
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    // `size` is in device pixels already (QIcon::pixmap multiplies it by the scale).
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
};

} // namespace App
