// SPDX-License-Identifier: MIT
// PlotScene: the overlay curve (the learning lab's trained unit), dashed over both panels.
#include "plotscene.h"
#include "plotscene/panelseries.h"
#include "plotscene/sceneimpl.h"

namespace Widgets {

void PlotScene::setOverlay(const std::optional<Core::Activation>& activation, QColor color)
{
    if (activation == m_overlay && color == m_overlayColor)
        return;
    m_overlay = activation;
    m_overlayColor = color;
    updateOverlay();
    replotLater();
}

void PlotScene::updateOverlay()
{
    for (QCPGraph*& graph : d->overlay) {
        if (graph && !m_overlay) {
            d->plot->removeGraph(graph);
            graph = nullptr;
        }
    }
    if (!m_overlay)
        return;
    Core::Series series;
    std::vector<Core::Breakpoint> bps;
    try {
        series = Core::sample(*m_overlay, m_sampled, m_dtype, {.breakpoints = true});
        bps = Core::breakpoints(*m_overlay, m_dtype);
    } catch (const std::exception&) {
        return; // a unit the core cannot sample draws nothing
    }
    for (std::size_t i = 0; i < d->panels.size() && i < d->overlay.size(); ++i) {
        const Impl::PanelView& panel = d->panels[i];
        QCPGraph*& graph = d->overlay[i];
        if (!graph) {
            graph = d->plot->addGraph(panel.x(), panel.y());
            graph->setLayer(d->selectedLayer);
            graph->setAdaptiveSampling(false); // it would merge a jump's points and lose the NaN between
        }
        QPen pen(m_overlayColor, 2.5, Qt::DashLine);
        pen.setCapStyle(Qt::FlatCap);
        graph->setPen(pen);
        PanelData data;
        const bool derivative = panel.panel == Panel::Derivative;
        buildPanel(series.x, derivative ? series.dy : series.y, bps, derivative, data);
        graph->data()->set(data.line, true);
    }
}

PanelPoints PlotScene::overlayPoints(Panel panel) const
{
    PanelPoints points;
    const std::size_t i = d->indexOf(panel);
    if (i >= d->overlay.size() || !d->overlay[i])
        return points;
    for (auto it = d->overlay[i]->data()->constBegin(); it != d->overlay[i]->data()->constEnd(); ++it)
        points.line.append({it->key, it->value});
    return points;
}

} // namespace Widgets
