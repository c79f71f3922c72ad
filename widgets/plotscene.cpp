// SPDX-License-Identifier: MIT
// PlotScene: the panels, the curves' data and the view. The look (theme, styles, legend) is in
// plotscenestyle.cpp, the crosshair and the geometry in plotscenecrosshair.cpp.
#include "plotscene.h"

#include "plotscene/axes.h"
#include "plotscene/panelseries.h"
#include "plotscene/sceneimpl.h"

#include <QScopedValueRollback>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Widgets {

namespace {

constexpr double kFitMargin = 0.06; // y padding around the data, as a fraction of its span
constexpr std::size_t kAdaptiveSamplingAbove = 50'000;
// One sample per device pixel column, plus the exact breakpoints: a smooth curve's chord over one
// pixel is off by far less than a pixel, and this is about what QCustomPlot's own adaptive
// sampling leaves to draw. Two per pixel doubled the stroking cost of every replot for nothing
// visible (bench/bench_latency.cpp).
constexpr double kSamplesPerPixel = 1.0;

bool sameDomain(const Core::Domain& a, const Core::Domain& b)
{
    return a.min == b.min && a.max == b.max && a.samples == b.samples;
}

} // namespace

void PlotScene::Impl::createGraphs(Slot& slot)
{
    for (std::size_t i = 0; i < panels.size(); ++i) {
        const PanelView& p = panels[i];
        Graphs& g = slot.graphs[i];
        g.line = plot->addGraph(p.x(), p.y());
        g.line->setLineStyle(QCPGraph::lsLine);
        g.line->setSelectable(QCP::stNone);
        for (QCPCurve** markers : {&g.filled, &g.open}) {
            *markers = new QCPCurve(p.x(), p.y());
            (*markers)->setLineStyle(QCPCurve::lsNone);
            (*markers)->setSelectable(QCP::stNone);
        }
    }
}

void PlotScene::Impl::destroyGraphs(Slot& slot)
{
    if (!slot.shown())
        return;
    for (std::size_t i = 0; i < panels.size(); ++i) {
        plot->removeGraph(slot.graphs[i].line);
        plot->removePlottable(slot.graphs[i].filled);
        plot->removePlottable(slot.graphs[i].open);
    }
    slot = Slot{};
}

PlotScene::PlotScene(QCustomPlot* plot, Model::Panels panels, Resolution resolution, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
    , m_panels(panels)
    , m_resolution(resolution)
{
    d->plot = plot;
    plot->setAutoAddPlottableToLegend(false);
    plot->plotLayout()->clear(); // drop the default axis rect and its legend
    plot->plotLayout()->setRowSpacing(0);
    plot->plotLayout()->setMargins(QMargins(4, 6, 14, 4));

    std::vector<Panel> shown;
    if (panels != Model::Panels::Derivative)
        shown.push_back(Panel::Function);
    if (panels != Model::Panels::Function)
        shown.push_back(Panel::Derivative);
    auto* group = new QCPMarginGroup(plot);
    for (std::size_t i = 0; i < shown.size(); ++i) {
        Impl::PanelView view;
        view.panel = shown[i];
        view.rect = new QCPAxisRect(plot);
        // Its panel colour is painted on its layer: the background one, so that the lens's layer
        // (below the curves') is not painted over.
        view.rect->setLayer(u"background"_s);
        plot->plotLayout()->addElement(int(i), 0, view.rect);
        view.rect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
        setUpAxes(view.rect, shown[i] == Panel::Function ? u"f(x)"_s : u"f\u2032(x)"_s, i + 1 == shown.size());
        d->panels.push_back(view);
    }
    if (shown.size() == 2)
        plot->plotLayout()->setRowStretchFactors({1.25, 1.0});

    plot->addLayer(u"markers"_s, plot->layer(u"main"_s), QCustomPlot::limAbove);
    d->markerLayer = plot->layer(u"markers"_s);
    plot->addLayer(u"selected"_s, d->markerLayer, QCustomPlot::limAbove);
    d->selectedLayer = plot->layer(u"selected"_s);
    // The crosshair is drawn above everything, the legend and the zoom rectangle included. Every
    // buffered layer is a plot-sized image that each replot clears and blends onto the widget
    // again; with four of them, a drag step of one curve took 1.5 times a bare QCustomPlot's
    // replot, with one 1.05 times (bench_latency). So the layers share one buffer, and the two
    // that move on their own have one only while they show something: the crosshair
    // (updateCrosshairItems) and QCustomPlot's overlay, where the zoom rectangle is drawn, so
    // that each mouse move redraws that layer alone.
    QCPLayer* overlay = plot->layer(u"overlay"_s);
    overlay->setMode(QCPLayer::lmLogical);
    const auto overlayBuffered
        = [overlay](bool buffered) { overlay->setMode(buffered ? QCPLayer::lmBuffered : QCPLayer::lmLogical); };
    connect(plot->selectionRect(), &QCPSelectionRect::started, this, [=] { overlayBuffered(true); });
    connect(plot->selectionRect(), &QCPSelectionRect::accepted, this, [=] { overlayBuffered(false); });
    connect(plot->selectionRect(), &QCPSelectionRect::canceled, this, [=] { overlayBuffered(false); });
    plot->addLayer(u"crosshair"_s, overlay, QCustomPlot::limAbove);
    d->crosshairLayer = plot->layer(u"crosshair"_s);

    // The legend sits in the top panel, off its frame.
    QCPAxisRect* top = d->panels.front().rect;
    auto* legend = new QCPLegend;
    top->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignLeft);
    top->insetLayout()->setAutoMargins(QCP::msNone);
    top->insetLayout()->setMargins(QMargins(8, 8, 8, 8));
    legend->setLayer(u"legend"_s);
    legend->setObjectName(u"plotLegend"_s);
    legend->setIconSize(22, 10);
    legend->setIconTextPadding(6);
    legend->setRowSpacing(0);
    legend->setMargins(QMargins(8, 5, 10, 5));
    legend->setVisible(false);
    plot->legend = legend;

    createCrosshairItems();
    for (const Impl::PanelView& p : d->panels) {
        const Panel panel = p.panel;
        connect(p.x(), qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this, panel](const QCPRange&) { onRangeChanged(panel, true); });
        connect(p.y(), qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this, panel](const QCPRange&) { onRangeChanged(panel, false); });
    }
    connect(plot, &QCustomPlot::afterLayout, this, &PlotScene::onAfterLayout);
    connect(plot, &QCustomPlot::beforeReplot, this, [this] { m_replotOwed = false; });

    m_sampled = m_domain;
    applyTheme();
    setView({});
}

PlotScene::~PlotScene() = default;

// ---------------------------------------------------------------------------------------------
// Curves and data

void PlotScene::setCurves(const QList<Model::Curve>& curves)
{
    m_curves = curves;
    while (d->curveGraphs.size() > std::size_t(m_curves.size())) {
        d->destroyGraphs(d->curveGraphs.back());
        d->curveGraphs.pop_back();
    }
    d->curveGraphs.resize(std::size_t(m_curves.size()));
    if (m_selected >= m_curves.size())
        m_selected = m_curves.isEmpty() ? -1 : int(m_curves.size()) - 1;
    resampleAll();
    rebuildLegend();
    fitY();
    crosshairDataChanged();
    replotLater();
}

void PlotScene::updateCurve(int index, const Model::Curve& curve)
{
    if (index < 0 || index >= m_curves.size())
        return;
    const Model::Curve old = m_curves[index];
    m_curves[index] = curve;
    resample(index);
    if (index == m_lensCurve)
        updateLens();
    // A new name needs no new legend item: an item draws its graph's name, which resample() set.
    // (An automatic name changes on every step of a drag.)
    if (old.visible != curve.visible)
        rebuildLegend();
    restyleCoincident();
    fitY();
    crosshairDataChanged();
    replotLater();
}

void PlotScene::setSelected(int index)
{
    if (index < -1 || index >= m_curves.size())
        index = -1;
    if (index == m_selected)
        return;
    const int old = m_selected;
    m_selected = index;
    if (old >= 0 && old < m_curves.size())
        styleCurve(old);
    if (m_selected >= 0)
        styleCurve(m_selected);
    crosshairDataChanged();
    replotLater();
}

void PlotScene::setDomain(const Core::Domain& domain)
{
    try {
        Core::validate(domain);
    } catch (const Core::InputError&) {
        return; // the document never holds an invalid domain
    }
    m_domain = domain;
    if (!m_view.x) {
        const QScopedValueRollback guard(m_programmatic, m_programmatic + 1);
        d->x()->setRange(domain.min, domain.max);
    }
    followView();
    fitY();
    crosshairDataChanged();
    replotLater();
}

void PlotScene::setDType(Core::DType dtype)
{
    if (dtype == m_dtype)
        return;
    m_dtype = dtype;
    resampleAll();
    fitY();
    crosshairDataChanged();
    replotLater();
}

void PlotScene::resample(int index)
{
    Impl::Slot& slot = d->curveGraphs[std::size_t(index)];
    const Model::Curve& curve = m_curves[index];
    if (!curve.visible) {
        d->destroyGraphs(slot);
        return;
    }
    if (!slot.shown())
        d->createGraphs(slot);
    styleCurve(index);

    Core::Series series;
    std::vector<Core::Breakpoint> bps;
    try {
        series = Core::sample(curve.activation, m_sampled, m_dtype, {.breakpoints = true});
        bps = Core::breakpoints(curve.activation, m_dtype);
    } catch (const std::exception&) {
        series = {}; // an activation the core cannot sample draws nothing
        bps.clear();
    }
    slot.sampled = !series.x.empty();
    slot.breakpointXs.clear();
    for (const Core::Breakpoint& b : bps) {
        if (b.x >= m_sampled.min && b.x <= m_sampled.max)
            slot.breakpointXs.push_back(b.x);
    }

    PanelData data;
    // Only a figure holds more points than pixels.
    const bool adaptive = m_sampled.samples > kAdaptiveSamplingAbove;
    for (std::size_t i = 0; i < d->panels.size(); ++i) {
        const bool derivative = d->panels[i].panel == Panel::Derivative;
        buildPanel(series.x, derivative ? series.dy : series.y, bps, derivative, data);
        Impl::Graphs& g = slot.graphs[i];
        g.line->data()->set(data.line, true);
        g.line->setAdaptiveSampling(adaptive);
        g.filled->setData(data.filledX, data.filledY);
        g.open->setData(data.openX, data.openY);
    }
}

void PlotScene::resampleAll()
{
    for (int i = 0; i < m_curves.size(); ++i)
        resample(i);
    restyleCoincident();
    updateLens(); // over the new range, or for the new curves
    updateOverlay();
}

std::size_t PlotScene::sampleCount() const
{
    if (m_resolution == Resolution::Full)
        return m_domain.samples;
    if (!onScreen())
        return std::min(m_domain.samples, kMinScreenSamples);
    // Before the first layout the panel has no size yet; the plot's width is close enough until
    // onAfterLayout() corrects it.
    const QCPAxisRect* rect = d->panels.front().rect;
    const int width = rect->width() > 0 ? rect->width() : d->plot->width();
    const double pixels = static_cast<double>(std::max(width, 1)) * d->plot->devicePixelRatioF();
    const auto wanted = static_cast<std::size_t>(std::ceil(kSamplesPerPixel * pixels));
    return std::min(m_domain.samples, std::max(kMinScreenSamples, wanted));
}

// Whether the plot is shown, or being shown, at the size it is laid out at. Its first layout comes
// in the replot of its first resize event, while the window shows it, before it counts as visible
// itself: sampled at its width there, the first frame needs no second replot.
bool PlotScene::onScreen() const
{
    const QWidget* window = d->plot->window();
    return d->plot->isVisibleTo(window) && window->isVisible();
}

void PlotScene::followWidth()
{
    if (!followView())
        return;
    fitY();
    crosshairDataChanged();
    replotLater();
}

// Samples every curve again when the visible range or the sample count changed; true if it did.
bool PlotScene::followView()
{
    const QCPRange range = d->x()->range();
    const Core::Domain wanted{range.lower, range.upper, sampleCount()};
    if (!std::isfinite(wanted.min) || !std::isfinite(wanted.max) || !(wanted.min < wanted.max)
        || sameDomain(wanted, m_sampled))
        return false;
    m_sampled = wanted;
    resampleAll();
    return true;
}

void PlotScene::onAfterLayout()
{
    // The panel width is only known once QCustomPlot has laid out: on the first show, on a
    // resize, or when the margins follow new tick labels.
    if (m_resolution != Resolution::Screen || !onScreen() || sampleCount() == m_sampled.samples)
        return;
    m_sampled.samples = sampleCount();
    resampleAll();
    // This frame's ticks are laid out for the current y ranges, so a refit waits for the next
    // frame; the extremes barely move with the sample count anyway.
    // If the fit stays (as the ends of a piecewise linear curve do), this frame is already right.
    QMetaObject::invokeMethod(
        this,
        [this] {
            const Model::ViewRanges drawn = shownView();
            fitY();
            if (shownView() != drawn)
                replotLater();
        },
        Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------------------------
// View

Model::ViewRanges PlotScene::shownView() const
{
    const auto range = [](const QCPAxis* axis) { return std::pair{axis->range().lower, axis->range().upper}; };
    Model::ViewRanges v;
    v.x = range(d->x());
    if (const Impl::PanelView* f = d->find(Panel::Function))
        v.f = range(f->y());
    if (const Impl::PanelView* df = d->find(Panel::Derivative))
        v.df = range(df->y());
    return v;
}

void PlotScene::setView(const Model::ViewRanges& view)
{
    m_view = view;
    {
        const QScopedValueRollback guard(m_programmatic, m_programmatic + 1);
        const std::pair<double, double> x = view.x.value_or(std::pair{m_domain.min, m_domain.max});
        d->x()->setRange(x.first, x.second);
        for (const Impl::PanelView& p : d->panels) {
            const auto& y = p.panel == Panel::Function ? view.f : view.df;
            if (y)
                p.y()->setRange(y->first, y->second);
        }
    }
    followView();
    fitY();
    crosshairDataChanged();
    replotLater();
}

void PlotScene::onRangeChanged(Panel source, bool xAxis)
{
    if (xAxis) {
        if (d->syncingX > 0)
            return; // one sync per change, whichever panel it started in
        const QScopedValueRollback guard(d->syncingX, d->syncingX + 1);
        const QCPRange range = d->panels[d->indexOf(source)].x()->range();
        for (const Impl::PanelView& p : d->panels)
            p.x()->setRange(range);
        if (followView())
            crosshairDataChanged();
    }
    if (m_programmatic == 0) {
        m_view = shownView();
        emit viewChangedByUser(m_view);
    }
    replotLater();
}

void PlotScene::fitY()
{
    const QScopedValueRollback guard(m_programmatic, m_programmatic + 1);
    for (std::size_t i = 0; i < d->panels.size(); ++i) {
        const Impl::PanelView& p = d->panels[i];
        if (p.panel == Panel::Function ? m_view.f.has_value() : m_view.df.has_value())
            continue;
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        const auto take = [&](double v) {
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        };
        for (const Impl::Slot& slot : d->curveGraphs) {
            if (!slot.shown())
                continue;
            const Impl::Graphs& g = slot.graphs[i];
            for (auto it = g.line->data()->constBegin(); it != g.line->data()->constEnd(); ++it)
                take(it->value);
            for (const QCPCurve* markers : {g.filled, g.open})
                for (auto it = markers->data()->constBegin(); it != markers->data()->constEnd(); ++it)
                    take(it->value);
        }
        if (lo > hi) {
            lo = -1;
            hi = 1;
        } else if (hi - lo <= 1e-12 * std::max(1.0, std::abs(hi))) {
            const double pad = std::max(0.5, 0.1 * std::abs(hi));
            lo -= pad;
            hi += pad;
        } else {
            const double pad = kFitMargin * (hi - lo);
            lo -= pad;
            hi += pad;
        }
        p.y()->setRange(lo, hi);
    }
}

void PlotScene::zoomX(double factor, double center)
{
    d->x()->scaleRange(factor, center);
    replotLater();
}

void PlotScene::replotLater()
{
    // Not QCustomPlot's rpQueuedReplot: its queued replot runs even when another replot came
    // first (a resize replots at once), which at startup was one whole replot more before the
    // first frame. Any replot pays what was asked.
    if (m_replotOwed)
        return;
    m_replotOwed = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_replotOwed)
                d->plot->replot();
        },
        Qt::QueuedConnection);
}

void PlotScene::replotNow() { d->plot->replot(); }

} // namespace Widgets
