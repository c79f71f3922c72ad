// SPDX-License-Identifier: MIT
#pragma once

#include "curve.h"

#include <QColor>

namespace Widgets {

// Colours of the plot itself in one theme.
struct PlotPalette {
    QColor background; // around the panels
    QColor panel;      // inside the panels
    QColor text;
    QColor axis;
    QColor grid;
    QColor zeroLine;
    QColor legendBackground;
    QColor legendBorder;
    QColor crosshair;
    QColor tagBackground;
    QColor tagText;
    QColor selectionBorder;
    QColor selectionFill;
};
PlotPalette plotPalette(Model::Theme theme);

// The colour a curve of this colour is drawn with in the theme: kept, except that a colour too
// close to the background (black on dark, near-white on light) is swapped for a visible one.
QColor displayColor(Model::Rgba color, Model::Theme theme);

} // namespace Widgets
