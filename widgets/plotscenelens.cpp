// SPDX-License-Identifier: MIT
// PlotScene: the distribution lens drawn over the panels (issue #12).
#include "plotscene.h"

#include "plotpalette.h"
#include "plotscene/sceneimpl.h"
#include "qtext.h"

#include "aex/core/analysis.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Widgets {

namespace {

constexpr int kDensityPoints = 400;
constexpr int kHistogramBins = 60;
// The band's tallest point reaches this fraction of the panel's height.
constexpr double kBandHeight = 0.22;

QCPGraph* makeLensGraph(QCustomPlot* plot, QCPAxisRect* rect, QCPLayer* layer)
{
    QCPAxis* right = rect->axis(QCPAxis::atRight);
    QCPGraph* g = plot->addGraph(rect->axis(QCPAxis::atBottom), right);
    g->setLayer(layer);
    g->setSelectable(QCP::stNone);
    g->setAdaptiveSampling(false);
    return g;
}

// The density over [lo, hi]: the analytic one at kDensityPoints, or a histogram of the numbers
// drawn as steps (bins over the range of the numbers that fall in view).
QVector<QCPGraphData> densityPoints(const Core::Distribution& input, double lo, double hi)
{
    QVector<QCPGraphData> out;
    if (input.kind() != Core::DistributionKind::Empirical) {
        out.reserve(kDensityPoints + 1);
        for (int i = 0; i <= kDensityPoints; ++i) {
            const double x = lo + (hi - lo) * i / kDensityPoints;
            out.append({x, input.density(x)});
        }
        return out;
    }
    const std::vector<double>& v = input.values();
    if (v.empty())
        return out;
    const double width = (hi - lo) / kHistogramBins;
    std::vector<double> counts(kHistogramBins, 0.0);
    for (double x : v) {
        if (x < lo || x > hi)
            continue;
        const auto bin = std::min<std::size_t>(kHistogramBins - 1, static_cast<std::size_t>((x - lo) / width));
        counts[bin] += 1;
    }
    const double scale = 1.0 / (static_cast<double>(v.size()) * width);
    for (int b = 0; b < kHistogramBins; ++b) {
        const double x0 = lo + b * width;
        out.append({x0, counts[std::size_t(b)] * scale});
        out.append({x0 + width, counts[std::size_t(b)] * scale});
    }
    return out;
}

} // namespace

void PlotScene::setLens(const Model::Lens& lens, int curve)
{
    if (lens == m_lens && curve == m_lensCurve)
        return;
    m_lens = lens;
    m_lensCurve = curve;
    updateLens();
    rebuildLegend();
    replotLater();
}

void PlotScene::updateLens()
{
    QCustomPlot* plot = d->plot;
    const Impl::PanelView* f = d->find(Panel::Function);
    const Impl::PanelView* df = d->find(Panel::Derivative);
    const bool density = m_lens.shown && f;
    const bool zero
        = m_lens.shown && df && m_lensCurve >= 0 && m_lensCurve < m_curves.size() && m_curves[m_lensCurve].visible;
    if (!d->lensLayer) {
        plot->addLayer(u"lens"_s, plot->layer(u"main"_s), QCustomPlot::limBelow);
        d->lensLayer = plot->layer(u"lens"_s);
    }
    if (!density && d->density) {
        plot->removeGraph(d->density);
        d->density = nullptr;
    }
    if (!zero && d->zeroGradient) {
        plot->removeGraph(d->zeroGradient);
        d->zeroGradient = nullptr;
    }
    const PlotPalette palette = plotPalette(m_theme);
    const bool dark = m_theme == Model::Theme::Dark;
    const double lo = m_sampled.min, hi = m_sampled.max;

    if (density) {
        if (!d->density)
            d->density = makeLensGraph(plot, f->rect, d->lensLayer);
        const QVector<QCPGraphData> points = densityPoints(m_lens.input, lo, hi);
        double top = 0;
        for (const QCPGraphData& p : points)
            top = std::max(top, p.value);
        d->density->data()->set(points, true);
        d->density->setName(tr("input density: %1").arg(Model::toQString(m_lens.input.describe())));
        QColor line = palette.text;
        line.setAlpha(110);
        QColor fill = dark ? QColor(150, 160, 220) : QColor(70, 90, 170);
        fill.setAlpha(dark ? 70 : 45);
        d->density->setPen(QPen(line, 1));
        d->density->setBrush(QBrush(fill));
        f->rect->axis(QCPAxis::atRight)->setRange(0, top > 0 ? top / kBandHeight : 1);
    }
    if (zero) {
        if (!d->zeroGradient)
            d->zeroGradient = makeLensGraph(plot, df->rect, d->lensLayer);
        QVector<QCPGraphData> points;
        const auto& intervals = Core::properties(m_curves[m_lensCurve].activation, m_dtype).zeroGradient;
        for (const Core::Interval& i : intervals) {
            const double a = std::max(i.lo, lo), b = std::min(i.hi, hi);
            if (!(a < b))
                continue;
            if (!points.isEmpty())
                points.append({a, std::numeric_limits<double>::quiet_NaN()}); // a gap between intervals
            points.append({a, 1});
            points.append({b, 1});
        }
        d->zeroGradient->data()->set(points, true);
        d->zeroGradient->setName(tr("f′ = 0: %1").arg(m_curves[m_lensCurve].name));
        QColor fill = dark ? QColor(240, 140, 90) : QColor(213, 94, 0);
        fill.setAlpha(dark ? 60 : 38);
        d->zeroGradient->setPen(Qt::NoPen);
        d->zeroGradient->setBrush(QBrush(fill));
        df->rect->axis(QCPAxis::atRight)->setRange(0, 1);
    }
}

QVector<QPointF> PlotScene::lensDensity() const
{
    QVector<QPointF> out;
    if (d->density)
        for (auto it = d->density->data()->constBegin(); it != d->density->data()->constEnd(); ++it)
            out.append({it->key, it->value});
    return out;
}

QList<std::pair<double, double>> PlotScene::lensZeroGradient() const
{
    QList<std::pair<double, double>> out;
    if (!d->zeroGradient)
        return out;
    const auto* data = d->zeroGradient->data().data();
    for (auto it = data->constBegin(); it != data->constEnd(); ++it) {
        if (std::isnan(it->value))
            continue;
        auto next = it + 1;
        if (next != data->constEnd() && !std::isnan(next->value)) {
            out.append({it->key, next->key});
            it = next;
        }
    }
    return out;
}

} // namespace Widgets
