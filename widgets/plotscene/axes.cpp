// SPDX-License-Identifier: MIT
#include "axes.h"

#include <qcustomplot.h>

#include <algorithm>

namespace Widgets {

namespace {

constexpr double kZoomFactor = 0.85; // per wheel step

// Tick labels with a true minus sign (U+2212), as typeset figures have, and no more of them than
// fit: presentation mode's large text on a short panel would otherwise print them on top of each
// other.
class PlotTicker : public QCPAxisTicker {
public:
    PlotTicker(QCPAxis* axis, int mostTicks)
        : m_axis(axis)
        , m_mostTicks(mostTicks)
    {
        setTickCount(mostTicks);
    }

    void setMostTicks(int mostTicks) { m_mostTicks = mostTicks; }

protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override
    {
        QString label = QCPAxisTicker::getTickLabel(tick, locale, formatChar, precision);
        label.replace(u'-', QChar(0x2212));
        return label;
    }

    double getTickStep(const QCPRange& range) override
    {
        // The step rounds to 1, 2, 2.5 or 5 times a power of ten, so up to about 1.5 times the
        // count can be drawn: each label gets room for itself and a gap on top of that.
        const QFontMetricsF metrics(m_axis->tickLabelFont());
        const bool horizontal = m_axis->orientation() == Qt::Horizontal;
        const double length = horizontal ? m_axis->axisRect()->width() : m_axis->axisRect()->height();
        const double perLabel
            = horizontal ? metrics.horizontalAdvance(QStringLiteral("\u22120.00")) * 1.6 : metrics.height() * 1.6;
        if (length > 0 && perLabel > 0)
            setTickCount(std::clamp(static_cast<int>(length / perLabel), 2, m_mostTicks));
        return QCPAxisTicker::getTickStep(range);
    }

private:
    QCPAxis* m_axis;
    int m_mostTicks;
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
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new PlotTicker(axis, axis == y ? 6 : 8)));
        axis->setVisible(true);
        axis->setSubTicks(false);
        axis->setTickLengthIn(0);
        axis->setTickLengthOut(4);
        axis->setPadding(4);
        axis->setLabelPadding(4);
        axis->setTickLabelPadding(4);
        axis->grid()->setSubGridVisible(false);
        if (axis != x && axis != y) {
            axis->setTicks(false);
            axis->setTickLabels(false);
            axis->grid()->setVisible(false);
            axis->setPadding(0);
        }
    }
    y->setLabel(yLabel);
    if (labelX) {
        x->setLabel(QStringLiteral("x"));
    } else {
        x->setTickLabels(false); // shared x: only the bottom panel is labelled
        x->setPadding(0);
    }
}

void setMostTicks(QCPAxis* axis, int mostTicks)
{
    if (auto* ticker = dynamic_cast<PlotTicker*>(axis->ticker().data()))
        ticker->setMostTicks(mostTicks);
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
