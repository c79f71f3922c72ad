// SPDX-License-Identifier: MIT
// The look of a panel's axes: PlotScene's panels and the Depth view's.
#pragma once

#include "plotpalette.h"

#include <QFont>
#include <QString>

class QCPAxis;
class QCPAxisRect;

namespace Widgets {

// Matplotlib-style frame: all four spines, ticks and labels only at the bottom and on the left,
// minus signs as U+2212. The x axis of a panel with another panel below it is unlabelled.
void setUpAxes(QCPAxisRect* rect, const QString& yLabel, bool labelX);
// At most this many ticks on an axis set up by setUpAxes (fewer where the labels would not fit).
void setMostTicks(QCPAxis* axis, int mostTicks);
void applyAxesTheme(QCPAxisRect* rect, const PlotPalette& palette, const QFont& tickFont, const QFont& labelFont);

} // namespace Widgets
