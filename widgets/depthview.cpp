// SPDX-License-Identifier: MIT
#include "depthview.h"

#include "explorerdocument.h"
#include "plotpalette.h"
#include "plotscene/axes.h"
#include "qtext.h"
#include "refreshthrottle.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Widgets {

namespace {

QCPAxisRect* addRect(QCustomPlot* plot, const QString& yLabel, bool labelX)
{
    auto* rect = new QCPAxisRect(plot);
    plot->plotLayout()->addElement(plot->plotLayout()->rowCount(), 0, rect);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    y->setScaleType(QCPAxis::stLogarithmic);
    auto ticker = QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog);
    ticker->setTickCount(4); // decades: a few labels, whatever the span
    ticker->setSubTickCount(0);
    y->setTicker(ticker);
    y->setSubTicks(false);
    y->setNumberFormat(u"eb"_s);
    y->setNumberPrecision(0);
    y->setLabel(yLabel);
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    x->setLabel(labelX ? QObject::tr("layer") : QString());
    x->setTickLabels(labelX);
    return rect;
}

} // namespace

DepthView::DepthView(QWidget* parent)
    : QWidget(parent)
{
    m_caption = new QLabel(this);
    m_caption->setObjectName(u"depthCaption"_s);
    m_caption->setWordWrap(true);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(u"depthPlot"_s);
    m_plot->setMinimumHeight(180);
    m_plot->setToolTip(tr("A wide random network, layer by layer. Above: the variance q of the pre-activations. "
                          "Below: the gradient gain ∏χ through the layers so far, which vanishes below 1 and "
                          "explodes above."));
    m_plot->plotLayout()->clear();
    addRect(m_plot, tr("q"), false);
    addRect(m_plot, tr("∏χ"), true);
    // One x range for both panels.
    QCPAxis* top = m_plot->axisRect(0)->axis(QCPAxis::atBottom);
    QCPAxis* bottom = m_plot->axisRect(1)->axis(QCPAxis::atBottom);
    connect(top, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), bottom,
        qOverload<const QCPRange&>(&QCPAxis::setRange));
    auto* group = new QCPMarginGroup(m_plot);
    for (int i = 0; i < 2; ++i)
        m_plot->axisRect(i)->setMarginGroup(QCP::msLeft | QCP::msRight, group);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_caption);
    layout->addWidget(m_plot, 1);
    m_throttle = new RefreshThrottle(
        RefreshThrottle::kPanelInterval, [this] { refresh(); }, this);
    applyTheme();
}

void DepthView::setDocument(Model::ExplorerDocument* document)
{
    if (m_document)
        m_document->disconnectView(this);
    m_document = document;
    if (!m_document)
        return;
    followCurvesAndLens(m_document, m_throttle, this);
    connect(m_document, &Model::ExplorerDocument::themeChanged, this, [this] {
        applyTheme();
        m_throttle->flush();
    });
    applyTheme();
    m_throttle->flush();
}

void DepthView::applyTheme()
{
    const Model::Theme theme = m_document ? m_document->theme() : Model::Theme::Light;
    const PlotPalette p = plotPalette(theme);
    m_plot->setBackground(QBrush(p.background));
    QFont tickFont = font();
    QFont labelFont = font();
    for (int i = 0; i < m_plot->axisRectCount(); ++i)
        applyAxesTheme(m_plot->axisRect(i), p, tickFont, labelFont);
}

void DepthView::refresh()
{
    if (!m_document)
        return;
    const Model::Lens& lens = m_document->lens();
    const Core::DType dtype = m_document->dtype();
    const double q0 = lens.input.secondMoment();
    m_caption->setText(tr("%1 layers, %2 weights, q₀ = E[x²] = %3")
                           .arg(lens.depth)
                           .arg(Model::toQString(Core::initName(lens.init.scheme)), QString::number(q0, 'g', 6)));
    m_plot->clearGraphs();
    m_shown.clear();
    m_shownCurves.clear();
    double lo[2] = {1, 1}, hi[2] = {1, 1};
    for (int i = 0; i < m_document->curveCount(); ++i) {
        const Model::Curve& curve = m_document->curve(i);
        if (!curve.visible)
            continue;
        const std::vector<Core::DepthRow> rows = Core::propagate(curve.activation, lens.init, lens.depth, q0, dtype);
        QVector<double> layer, q, chi;
        for (const Core::DepthRow& r : rows) {
            layer << r.layer;
            q << r.q;
            chi << r.chiProduct;
            for (auto [k, v] : {std::pair{0, r.q}, std::pair{1, r.chiProduct}}) {
                if (v > 0 && std::isfinite(v)) {
                    lo[k] = std::min(lo[k], v);
                    hi[k] = std::max(hi[k], v);
                }
            }
        }
        const QPen pen(displayColor(curve.color, m_document->theme()), i == m_document->selected() ? 2.5 : 1.6);
        for (int k = 0; k < 2; ++k) {
            QCPAxisRect* rect = m_plot->axisRect(k);
            QCPGraph* g = m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            g->setName(curve.name);
            g->setPen(pen);
            g->setData(layer, k == 0 ? q : chi, true);
        }
        m_shown.append(rows);
        m_shownCurves.append(i);
    }
    m_plot->axisRect(0)->axis(QCPAxis::atBottom)->setRange(0, lens.depth);
    for (int k = 0; k < 2; ++k) {
        // At least a decade around 1, at most 300 decades (a curve that dies goes to 0, off the log scale).
        const double low = std::max(lo[k], 1e-300), high = std::min(hi[k], 1e300);
        m_plot->axisRect(k)->axis(QCPAxis::atLeft)->setRange(std::min(low, 0.1) / 2, std::max(high, 10.0) * 2);
    }
    m_plot->replot();
}

} // namespace Widgets
