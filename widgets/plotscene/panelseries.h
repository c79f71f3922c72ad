// SPDX-License-Identifier: MIT
// Private to PlotScene: what a panel of a curve draws, in QCustomPlot's own data types.
#pragma once

#include "aex/core/analysis.h"

#include <qcustomplot.h>

#include <vector>

namespace Widgets {

// What one panel of one curve shows: the line (with NaN gaps at jumps) and the jump markers.
struct PanelData {
    QVector<QCPGraphData> line;
    QVector<double> filledX, filledY, openX, openY;
    void clear();
};

// The series holds each breakpoint as points at the same x (left limit, value, right limit; a
// grid point may coincide). Where the panel is continuous through the breakpoint one point is
// kept; elsewhere the line runs to the left limit, breaks (NaN) and resumes at the right limit, and
// the markers tell which side owns the point.
void buildPanel(const std::vector<double>& xs, const std::vector<double>& ys,
    const std::vector<Core::Breakpoint>& breakpoints, bool derivative, PanelData& out);

// QSvgGenerator ignores the painter's clip, so what QCustomPlot leaves to clipping must not be
// drawn at all: the line segments beyond the graph's y range are cut at its edge.
void clipToValueRange(QCPGraph* graph);

} // namespace Widgets
