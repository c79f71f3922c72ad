// SPDX-License-Identifier: MIT
// A QCustomPlot drawn off screen: the figures' raster and vector output, whatever the plot shows
// (PlotScene's curves or LabScene's training run).
#pragma once

#include <QImage>
#include <QSize>

class QCustomPlot;
class QPaintDevice;

namespace Widgets {

// The plot as an image of size × scale pixels (size in logical pixels). It lays the plot out at
// that size: meant for a plot of its own, not one on screen.
QImage renderPlot(QCustomPlot* plot, QSize size, double scale);
// The plot on a vector device (SVG, PDF) whose page is `size` logical pixels: the painter gets the
// screen's resolution, so point-sized fonts keep their proportion to the plot.
void paintPlotVector(QCustomPlot* plot, QPaintDevice* device, QSize size);

} // namespace Widgets
