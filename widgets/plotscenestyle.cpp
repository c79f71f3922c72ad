// SPDX-License-Identifier: MIT
// PlotScene: the look — theme, curve styles, legend — and reading the drawing back.
#include "plotscene.h"

#include "plotpaint.h"
#include "plotscene/axes.h"
#include "plotscene/panelseries.h"
#include "plotscene/sceneimpl.h"
#include "qtext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

#include <array>
#include <cmath>

namespace Widgets {

namespace {

constexpr double kLineWidth = 1.8;
constexpr double kSelectedLineWidth = 2.7;
constexpr double kMarkerSize = 7.0;

} // namespace

void PlotScene::setTheme(Model::Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    applyTheme();
}

void PlotScene::applyTheme()
{
    const PlotPalette p = plotPalette(m_theme);
    QCustomPlot* plot = d->plot;
    plot->setBackground(QBrush(p.background));

    const QFont base = plot->font();
    QFont tickFont = base;
    tickFont.setPointSizeF(std::max(8.0, base.pointSizeF() * 0.95));
    QFont labelFont = base;
    labelFont.setPointSizeF(std::max(8.0, base.pointSizeF() * 1.05));
    labelFont.setItalic(true);
    for (const Impl::PanelView& panel : d->panels)
        applyAxesTheme(panel.rect, p, tickFont, labelFont);

    QCPLegend* legend = plot->legend;
    legend->setBrush(QBrush(p.legendBackground));
    legend->setBorderPen(QPen(p.legendBorder, 0));
    legend->setTextColor(p.text);
    legend->setFont(tickFont);
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (QCPAbstractLegendItem* item = legend->item(i)) {
            item->setFont(tickFont);
            item->setTextColor(p.text);
        }
    }

    const QPen crossPen(p.crosshair, 1, Qt::DashLine);
    for (const Impl::PanelView& panel : d->panels)
        panel.line->setPen(crossPen);
    d->xTag->setColor(p.tagText);
    d->xTag->setBrush(QBrush(p.tagBackground));
    d->xTag->setPen(QPen(p.tagBackground));
    d->xTag->setFont(tickFont);

    plot->selectionRect()->setPen(QPen(p.selectionBorder, 1, Qt::DashLine));
    plot->selectionRect()->setBrush(QBrush(p.selectionFill));

    for (int i = 0; i < int(d->curveGraphs.size()); ++i)
        styleCurve(i);
    updateLens();
    updateCrosshairItems();
    replotLater();
}

void PlotScene::styleCurve(int index)
{
    Impl::Slot& slot = d->curveGraphs[std::size_t(index)];
    if (!slot.shown())
        return;
    const Model::Curve& curve = m_curves[index];
    const bool selected = index == m_selected;
    const QColor color = curveColor(index);
    QPen pen(color, lineWidth(index));
    pen.setStyle(dashStyle(index));
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    const double size = selected ? kMarkerSize + 1 : kMarkerSize;
    const QCPScatterStyle filled(QCPScatterStyle::ssDisc, color, size);
    const QCPScatterStyle open(
        QCPScatterStyle::ssCircle, QPen(color, selected ? 2.0 : 1.6), QBrush(plotPalette(m_theme).panel), size);
    for (std::size_t i = 0; i < d->panels.size(); ++i) {
        const Impl::Graphs& g = slot.graphs[i];
        g.line->setPen(pen);
        g.line->setName(Model::displayName(curve));
        g.line->setLayer(selected ? d->selectedLayer : d->plot->layer(u"main"_s));
        g.filled->setScatterStyle(filled);
        g.open->setScatterStyle(open);
        for (QCPCurve* markers : {g.filled, g.open}) {
            markers->setPen(QPen(color));
            markers->setLayer(selected ? d->selectedLayer : d->markerLayer);
        }
    }
}

void PlotScene::rebuildLegend()
{
    QCPLegend* legend = d->plot->legend;
    legend->clearItems();
    bool any = false;
    for (const Impl::Slot& slot : d->curveGraphs) {
        if (!slot.shown())
            continue;
        slot.graphs[0].line->addToLegend(legend);
        // Items clip to their outer rect: room below the text keeps underscores visible.
        if (QCPAbstractLegendItem* item = legend->itemWithPlottable(slot.graphs[0].line))
            item->setMargins(QMargins(0, 1, 0, 3));
        any = true;
    }
    for (QCPGraph* lens : {d->density, d->zeroGradient}) {
        if (lens && any)
            lens->addToLegend(legend);
    }
    legend->setVisible(any && m_legendPlace != Model::LegendPlace::Hidden);
}

void PlotScene::setLegendPlace(Model::LegendPlace place)
{
    if (place == m_legendPlace)
        return;
    m_legendPlace = place;
    QCPLayoutInset* inset = d->panels.front().rect->insetLayout();
    const Qt::Alignment vertical
        = place == Model::LegendPlace::BottomLeft || place == Model::LegendPlace::BottomRight ? Qt::AlignBottom : Qt::AlignTop;
    const Qt::Alignment horizontal
        = place == Model::LegendPlace::TopRight || place == Model::LegendPlace::BottomRight ? Qt::AlignRight : Qt::AlignLeft;
    for (int i = 0; i < inset->elementCount(); ++i)
        if (inset->elementAt(i) == d->plot->legend)
            inset->setInsetAlignment(i, vertical | horizontal);
    rebuildLegend();
    replotLater();
}

QColor PlotScene::curveColor(int curve) const
{
    if (curve < 0 || curve >= m_curves.size())
        return {};
    return displayColor(m_curves[curve].color, m_theme);
}

double PlotScene::lineWidth(int curve) const
{
    const double chosen = curve >= 0 && curve < m_curves.size() ? m_curves[curve].width : 0;
    // The selected curve stands out by the same margin whatever width was chosen.
    const double width = chosen > 0 ? chosen + (curve == m_selected ? kSelectedLineWidth - kLineWidth : 0)
                                    : (curve == m_selected ? kSelectedLineWidth : kLineWidth);
    return m_lineScale * width;
}

void PlotScene::setLineScale(double scale)
{
    if (scale == m_lineScale || !(scale > 0))
        return;
    m_lineScale = scale;
    for (int i = 0; i < m_curves.size(); ++i)
        styleCurve(i);
    replotLater();
}

Qt::PenStyle PlotScene::dashStyle(int curve) const
{
    // Solid first; a curve drawn exactly over earlier ones gets the next dash, so all stay visible.
    static constexpr std::array kStyles{Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
    if (curve >= 0 && curve < m_curves.size() && m_curves[curve].line != Model::LineStyle::Auto)
        return Model::penStyle(m_curves[curve].line);
    const int rank = curve >= 0 && std::size_t(curve) < m_coincident.size() ? m_coincident[std::size_t(curve)] : 0;
    return kStyles[std::size_t(rank) % kStyles.size()];
}

void PlotScene::restyleCoincident()
{
    // Two curves coincide when their function panel holds the very same points (the same grid, the
    // same breakpoints, the same values): "Leaky vs Parametric" draws three curves as one line.
    const auto data = [this](int i) -> const QCPGraphDataContainer* {
        const Impl::Slot& slot = d->curveGraphs[std::size_t(i)];
        return slot.shown() && slot.sampled ? slot.graphs[0].line->data().data() : nullptr;
    };
    const auto same = [](const QCPGraphDataContainer& a, const QCPGraphDataContainer& b) {
        if (a.size() != b.size())
            return false;
        for (auto i = a.constBegin(), j = b.constBegin(); i != a.constEnd(); ++i, ++j) {
            const bool bothNaN = std::isnan(i->value) && std::isnan(j->value);
            if (i->key != j->key || (i->value != j->value && !bothNaN))
                return false;
        }
        return true;
    };
    std::vector<int> ranks(std::size_t(m_curves.size()), 0);
    for (int i = 0; i < m_curves.size(); ++i) {
        const QCPGraphDataContainer* mine = data(i);
        if (!mine || mine->isEmpty())
            continue;
        for (int j = i - 1; j >= 0; --j)
            if (const QCPGraphDataContainer* other = data(j); other && same(*mine, *other)) {
                ranks[std::size_t(i)] = ranks[std::size_t(j)] + 1;
                break;
            }
    }
    if (ranks == m_coincident)
        return;
    std::swap(ranks, m_coincident);
    for (int i = 0; i < m_curves.size(); ++i)
        if (std::size_t(i) >= ranks.size() || ranks[std::size_t(i)] != m_coincident[std::size_t(i)])
            styleCurve(i);
    rebuildLegend(); // the legend's icons show the dashes
}

QColor PlotScene::backgroundColor() const { return plotPalette(m_theme).background; }

QStringList PlotScene::legend() const
{
    QStringList names;
    const QCPLegend* legend = d->plot->legend;
    if (!legend->visible())
        return names;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)))
            names << item->plottable()->name();
    return names;
}

bool PlotScene::hasPanel(Panel panel) const { return d->find(panel) != nullptr; }

PanelPoints PlotScene::points(int curve, Panel panel) const
{
    PanelPoints out;
    const std::size_t i = d->indexOf(panel);
    if (curve < 0 || curve >= int(d->curveGraphs.size()) || i == d->panels.size()
        || !d->curveGraphs[std::size_t(curve)].shown())
        return out;
    const Impl::Graphs& g = d->curveGraphs[std::size_t(curve)].graphs[i];
    for (auto it = g.line->data()->constBegin(); it != g.line->data()->constEnd(); ++it)
        out.line.append(QPointF(it->key, it->value));
    for (auto it = g.filled->data()->constBegin(); it != g.filled->data()->constEnd(); ++it)
        out.filled.append(QPointF(it->key, it->value));
    for (auto it = g.open->data()->constBegin(); it != g.open->data()->constEnd(); ++it)
        out.open.append(QPointF(it->key, it->value));
    return out;
}

void PlotScene::clipForUnclippedDevice()
{
    for (const Impl::Slot& slot : d->curveGraphs)
        for (std::size_t i = 0; slot.shown() && i < d->panels.size(); ++i)
            clipToValueRange(slot.graphs[i].line);
    if (QCPLegend* legend = d->plot->legend) {
        // QCustomPlot draws the legend's line icons 5 px too long and clips them.
        constexpr int kOverhang = 5;
        legend->setIconSize(legend->iconSize().width() - kOverhang, legend->iconSize().height());
        legend->setIconTextPadding(legend->iconTextPadding() + kOverhang);
        // Viewers lay <text> out again with their own metrics, a few percent wider than Qt's
        // hinted ones: room for that keeps the names inside the legend's frame.
        const int slack = qCeil(0.04 * legend->minimumOuterSizeHint().width());
        legend->setMargins(legend->margins() + QMargins(0, 0, slack, 0));
    }
}

QImage PlotScene::renderImage(QSize size, double scale) { return renderPlot(d->plot, size, scale); }

void PlotScene::paintVector(QPaintDevice* device, QSize size) { paintPlotVector(d->plot, device, size); }

} // namespace Widgets
