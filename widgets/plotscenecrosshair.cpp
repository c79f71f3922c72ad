// SPDX-License-Identifier: MIT
// PlotScene: the crosshair, and where things are in pixels.
#include "plotscene.h"

#include "pixelnumber.h"
#include "plotpalette.h"
#include "plotscene/sceneimpl.h"
#include "plotscene/snapgrid.h"
#include "qtext.h"

#include <cmath>
#include <limits>

namespace Widgets {

void PlotScene::createCrosshairItems()
{
    // A vertical line through every panel, a dot on the selected curve in each, and a tag with x
    // just above the bottom x axis, so that it never covers the tick labels.
    QCustomPlot* plot = d->plot;
    for (Impl::PanelView& p : d->panels) {
        p.line = new QCPItemStraightLine(plot);
        p.line->setLayer(d->crosshairLayer);
        p.line->setClipAxisRect(p.rect);
        for (QCPItemPosition* pos : {p.line->point1, p.line->point2}) {
            pos->setAxes(p.x(), p.y());
            pos->setAxisRect(p.rect);
            pos->setTypeX(QCPItemPosition::ptPlotCoords);
            pos->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        p.line->setSelectable(false);
        p.line->setVisible(false);
        p.tracer = new QCPItemTracer(plot);
        p.tracer->setLayer(d->crosshairLayer);
        p.tracer->setClipAxisRect(p.rect);
        p.tracer->position->setAxes(p.x(), p.y());
        p.tracer->setStyle(QCPItemTracer::tsCircle);
        p.tracer->setSize(11);
        p.tracer->setSelectable(false);
        p.tracer->setVisible(false);
    }
    const Impl::PanelView& bottom = d->panels.back();
    d->xTag = new QCPItemText(plot);
    d->xTag->setLayer(d->crosshairLayer);
    d->xTag->setClipToAxisRect(false);
    d->xTag->position->setAxes(bottom.x(), bottom.y());
    d->xTag->position->setAxisRect(bottom.rect);
    d->xTag->position->setTypeX(QCPItemPosition::ptPlotCoords);
    d->xTag->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    d->xTag->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
    d->xTag->setPadding(QMargins(5, 2, 5, 2));
    d->xTag->setSelectable(false);
    d->xTag->setVisible(false);
}

int PlotScene::snapCurve() const
{
    const auto usable = [this](int i) {
        return i >= 0 && i < int(d->curveGraphs.size()) && d->curveGraphs[std::size_t(i)].shown()
            && d->curveGraphs[std::size_t(i)].sampled;
    };
    if (usable(m_selected))
        return m_selected;
    for (int i = 0; i < int(d->curveGraphs.size()); ++i)
        if (usable(i))
            return i;
    return -1;
}

double PlotScene::snapX(double x) const
{
    const int curve = snapCurve();
    if (curve < 0)
        return x;
    const Core::Domain grid{m_sampled.min, m_sampled.max, m_domain.samples};
    return SnapGrid(grid, m_dtype, d->curveGraphs[std::size_t(curve)].breakpointXs).nearest(x);
}

void PlotScene::setCrosshair(std::optional<double> x)
{
    if (x && !std::isfinite(*x))
        return;
    m_crosshairX = x ? std::optional(snapX(*x)) : std::nullopt;
    crosshairDataChanged();
    if (d->plot->isVisible())
        d->crosshairLayer->replot();
    else
        replotLater();
}

void PlotScene::stepCrosshair(int steps)
{
    const int curve = snapCurve();
    if (curve < 0)
        return;
    const Core::Domain domain{m_sampled.min, m_sampled.max, m_domain.samples};
    const SnapGrid grid(domain, m_dtype, d->curveGraphs[std::size_t(curve)].breakpointXs);
    if (m_crosshairX)
        setCrosshair(grid.step(grid.nearest(*m_crosshairX), steps));
    else // the first step puts the crosshair in the middle of the view
        setCrosshair(grid.nearest(d->x()->range().center()));
}

void PlotScene::crosshairToEnd(bool last)
{
    const int curve = snapCurve();
    if (curve < 0)
        return;
    const Core::Domain domain{m_sampled.min, m_sampled.max, m_domain.samples};
    const SnapGrid grid(domain, m_dtype, d->curveGraphs[std::size_t(curve)].breakpointXs);
    setCrosshair(grid.nearest(last ? m_sampled.max : m_sampled.min));
}

std::optional<Crosshair> PlotScene::crosshair() const
{
    if (!m_crosshairX)
        return std::nullopt;
    Crosshair c{*m_crosshairX, m_dtype, {}};
    for (int i = 0; i < m_curves.size(); ++i) {
        const Model::Curve& curve = m_curves[i];
        if (!curve.visible)
            continue;
        const Core::PointValue v = Core::evaluateAt(curve.activation, c.x, m_dtype);
        c.readings.append(
            {i, curve.name.isEmpty() ? Model::toQString(curve.activation.function().title) : curve.name, v.y, v.dy});
    }
    return c;
}

// The data under the crosshair changed (or the crosshair moved): snap it again, move its items,
// and tell.
void PlotScene::crosshairDataChanged()
{
    if (m_crosshairX)
        m_crosshairX = snapX(*m_crosshairX);
    updateCrosshairItems();
    std::optional<Crosshair> now = crosshair();
    if (now != m_shownCrosshair) {
        m_shownCrosshair = now;
        emit crosshairChanged(now);
    }
}

void PlotScene::updateCrosshairItems()
{
    const PlotPalette p = plotPalette(m_theme);
    const bool show = m_crosshairX.has_value();
    // Its own buffer while shown: a move replots that layer alone (setCrosshair).
    d->crosshairLayer->setMode(show ? QCPLayer::lmBuffered : QCPLayer::lmLogical);
    for (const Impl::PanelView& panel : d->panels) {
        panel.line->setVisible(show);
        panel.tracer->setVisible(false);
    }
    d->xTag->setVisible(show);
    if (!show)
        return;
    const double x = *m_crosshairX;
    for (const Impl::PanelView& panel : d->panels) {
        panel.line->point1->setCoords(x, 0);
        panel.line->point2->setCoords(x, 1);
    }
    d->xTag->position->setCoords(x, 1);
    const QCPAxis* axis = d->x();
    const int width = axis->axisRect()->width();
    d->xTag->setText(pixelRounded(x, width > 0 ? axis->range().size() / width : 0.0));
    const int curve = snapCurve();
    if (curve < 0)
        return;
    const Core::PointValue v = Core::evaluateAt(m_curves[curve].activation, x, m_dtype);
    const QColor color = curveColor(curve);
    for (const Impl::PanelView& panel : d->panels) {
        const double y = panel.panel == Panel::Function ? v.y : v.dy;
        // A filled dot with a halo: unlike the open and filled jump markers.
        panel.tracer->setPen(QPen(p.panel, 2.5));
        panel.tracer->setBrush(QBrush(color));
        panel.tracer->position->setCoords(x, y);
        panel.tracer->setVisible(std::isfinite(y));
    }
}

QRect PlotScene::panelRect(Panel panel) const
{
    const Impl::PanelView* p = d->find(panel);
    return p ? p->rect->rect() : QRect();
}

std::optional<Panel> PlotScene::panelAt(QPoint pixel) const
{
    for (const Impl::PanelView& p : d->panels)
        if (p.rect->rect().contains(pixel))
            return p.panel;
    return std::nullopt;
}

double PlotScene::pixelToX(double pixel) const { return d->x()->pixelToCoord(pixel); }

double PlotScene::xToPixel(double x) const { return d->x()->coordToPixel(x); }

} // namespace Widgets
