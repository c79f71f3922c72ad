// SPDX-License-Identifier: MIT
#include "plotpaint.h"

#include <qcustomplot.h>

namespace Widgets {

QImage renderPlot(QCustomPlot* plot, QSize size, double scale)
{
    return plot->toPixmap(size.width(), size.height(), scale).toImage();
}

void paintPlotVector(QCustomPlot* plot, QPaintDevice* device, QSize size)
{
    QCPPainter painter(device);
    painter.setMode(QCPPainter::pmVectorized);
    // Cosmetic (zero-width) pens become one logical pixel, which a viewer would otherwise draw as
    // thin as the display allows at any zoom.
    painter.setMode(QCPPainter::pmNonCosmetic);
    painter.setWindow(QRect(QPoint(0, 0), size));
    plot->toPainter(&painter, size.width(), size.height());
    painter.end();
}

} // namespace Widgets
