// SPDX-License-Identifier: MIT
#include "axes.h"

#include <qcustomplot.h>

namespace Widgets {

namespace {

constexpr double kZoomFactor = 0.85; // per wheel step

// Tick labels with a true minus sign (U+2212), as typeset figures have.
class MinusSignTicker : public QCPAxisTicker {
protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override
    {
        QString label = QCPAxisTicker::getTickLabel(tick, locale, formatChar, precision);
        label.replace(u'-', QChar(0x2212));
        return label;
    }
};

} // namespace

void setUpAxes(QCPAxisRect* rect, const QString& yLabel, bool labelX)
{
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    rect->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    rect->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    rect->setRangeDragAxes(x, y);
    rect->setRangeZoomAxes(x, y);
    rect->setRangeZoomFactor(kZoomFactor);
    for (QCPAxis* axis : rect->axes()) {
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new MinusSignTicker));
        axis->setVisible(true);
        axis->setSubTicks(false);
        axis->setTickLengthIn(0);
        axis->setTickLengthOut(4);
        axis->setPadding(4);
        axis->setLabelPadding(4);
        axis->setTickLabelPadding(4);
        axis->grid()->setSubGridVisible(false);
        axis->ticker()->setTickCount(8);
        if (axis != x && axis != y) {
            axis->setTicks(false);
            axis->setTickLabels(false);
            axis->grid()->setVisible(false);
            axis->setPadding(0);
        }
    }
    y->setLabel(yLabel);
    y->ticker()->setTickCount(6);
    if (labelX) {
        x->setLabel(QStringLiteral("x"));
    } else {
        x->setTickLabels(false); // shared x: only the bottom panel is labelled
        x->setPadding(0);
    }
}

void applyAxesTheme(QCPAxisRect* rect, const PlotPalette& p, const QFont& tickFont, const QFont& labelFont)
{
    const QPen gridPen(p.grid, 0, Qt::SolidLine);
    const QPen zeroPen(p.zeroLine, 0, Qt::SolidLine);
    rect->setBackground(QBrush(p.panel));
    for (QCPAxis* axis : rect->axes()) {
        axis->setBasePen(QPen(p.axis, 0));
        axis->setTickPen(QPen(p.axis, 0));
        axis->setSubTickPen(QPen(p.axis, 0));
        axis->setTickLabelColor(p.text);
        axis->setLabelColor(p.text);
        axis->setTickLabelFont(tickFont);
        axis->setLabelFont(labelFont);
        axis->grid()->setPen(gridPen);
        axis->grid()->setZeroLinePen(zeroPen);
    }
}

} // namespace Widgets
