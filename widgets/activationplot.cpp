// SPDX-License-Identifier: MIT
#include "activationplot.h"

#include "aex/core/numberformat.h"

#include <QAction>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScopedValueRollback>
#include <QShowEvent>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Widgets {

namespace {

constexpr double kLineWidth = 1.8;
constexpr double kSelectedLineWidth = 2.7;
constexpr double kMarkerSize = 7.0;
constexpr double kZoomFactor = 0.85; // per wheel step
constexpr double kFitMargin = 0.06;  // y padding around the data, as a fraction of its span
constexpr std::size_t kAdaptiveSamplingAbove = 50'000;
// One sample per device pixel column, plus the exact breakpoints: a smooth curve's chord over one
// pixel is off by far less than a pixel, and this is about what QCustomPlot's own adaptive
// sampling leaves to draw. Two per pixel doubled the stroking cost of every replot for nothing
// visible (bench/bench_latency.cpp).
constexpr double kSamplesPerPixel = 1.0;

// Colours of the plot itself in one theme.
struct PlotPalette {
    QColor background; // around the panels
    QColor panel;      // inside the panels
    QColor text;
    QColor axis;
    QColor grid;
    QColor zeroLine;
    QColor legendBackground;
    QColor legendBorder;
    QColor crosshair;
    QColor tagBackground;
    QColor tagText;
    QColor selectionBorder;
    QColor selectionFill;
};

PlotPalette paletteFor(Theme theme)
{
    if (theme == Theme::Dark) {
        return {.background = QColor(0x1e, 0x1f, 0x22),
            .panel = QColor(0x1e, 0x1f, 0x22),
            .text = QColor(0xdf, 0xe1, 0xe5),
            .axis = QColor(0x8a, 0x8d, 0x93),
            .grid = QColor(0x30, 0x32, 0x37),
            .zeroLine = QColor(0x62, 0x65, 0x6b),
            .legendBackground = QColor(0x2b, 0x2d, 0x30, 235),
            .legendBorder = QColor(0x43, 0x45, 0x4a),
            .crosshair = QColor(0xdf, 0xe1, 0xe5, 150),
            .tagBackground = QColor(0xdf, 0xe1, 0xe5),
            .tagText = QColor(0x1e, 0x1f, 0x22),
            .selectionBorder = QColor(0x8a, 0xb4, 0xf8),
            .selectionFill = QColor(0x8a, 0xb4, 0xf8, 40)};
    }
    return {.background = QColor(0xff, 0xff, 0xff),
        .panel = QColor(0xff, 0xff, 0xff),
        .text = QColor(0x20, 0x21, 0x24),
        .axis = QColor(0x5f, 0x63, 0x68),
        .grid = QColor(0xe6, 0xe7, 0xea),
        .zeroLine = QColor(0xa8, 0xab, 0xb0),
        .legendBackground = QColor(0xff, 0xff, 0xff, 235),
        .legendBorder = QColor(0xd5, 0xd7, 0xdb),
        .crosshair = QColor(0x3c, 0x40, 0x43, 150),
        .tagBackground = QColor(0x3c, 0x40, 0x43),
        .tagText = QColor(0xff, 0xff, 0xff),
        .selectionBorder = QColor(0x1a, 0x73, 0xe8),
        .selectionFill = QColor(0x1a, 0x73, 0xe8, 30)};
}

double finiteOrNaN(double v) { return std::isfinite(v) ? v : std::numeric_limits<double>::quiet_NaN(); }

// What one panel of one curve shows: the line (with NaN gaps at jumps) and the jump markers.
struct PanelData {
    QVector<QCPGraphData> line;
    QVector<double> filledX, filledY, openX, openY;

    void clear()
    {
        line.clear();
        filledX.clear();
        filledY.clear();
        openX.clear();
        openY.clear();
    }
};

// The series holds each breakpoint as points at the same x (left limit, value, right limit; a
// grid point may coincide). Where the panel is continuous through the breakpoint one point is
// kept; elsewhere the line runs to the left limit, breaks (NaN) and resumes at the right limit, and
// the markers tell which side owns the point.
void buildPanel(const std::vector<double>& xs, const std::vector<double>& ys,
    const std::vector<Core::Breakpoint>& breakpoints, bool derivative, PanelData& out)
{
    out.clear();
    out.line.reserve(static_cast<qsizetype>(xs.size()) + static_cast<qsizetype>(breakpoints.size()));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::size_t b = 0;
    for (std::size_t i = 0; i < xs.size();) {
        const double x = xs[i];
        std::size_t end = i + 1;
        while (end < xs.size() && xs[end] == x)
            ++end;
        while (b < breakpoints.size() && breakpoints[b].x < x)
            ++b;
        if (b < breakpoints.size() && breakpoints[b].x == x) {
            const Core::Breakpoint& bp = breakpoints[b];
            const double left = derivative ? bp.dyLeft : bp.yLeft;
            const double at = derivative ? bp.dyAt : bp.yAt;
            const double right = derivative ? bp.dyRight : bp.yRight;
            const bool continuous = left == right && at == left; // false for any NaN
            if (continuous) {
                out.line.append(QCPGraphData(x, finiteOrNaN(at)));
            } else {
                if (std::isfinite(left))
                    out.line.append(QCPGraphData(x, left));
                out.line.append(QCPGraphData(x, nan));
                if (std::isfinite(right))
                    out.line.append(QCPGraphData(x, right));
                if (std::isfinite(at)) {
                    out.filledX.append(x);
                    out.filledY.append(at);
                }
                if (std::isfinite(left) && left != at) {
                    out.openX.append(x);
                    out.openY.append(left);
                }
                if (std::isfinite(right) && right != at && right != left) {
                    out.openX.append(x);
                    out.openY.append(right);
                }
            }
        } else {
            for (std::size_t k = i; k < end; ++k)
                out.line.append(QCPGraphData(x, finiteOrNaN(ys[k])));
        }
        i = end;
    }
}

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

QCPAxis* xAxisOf(QCPAxisRect* rect) { return rect->axis(QCPAxis::atBottom); }
QCPAxis* yAxisOf(QCPAxisRect* rect) { return rect->axis(QCPAxis::atLeft); }

// The legend and readout name: the curve's own, or the function's title.
QString displayName(const Curve& curve)
{
    if (!curve.name.isEmpty())
        return curve.name;
    const std::string_view title = curve.activation.function().title;
    return QString::fromUtf8(title.data(), static_cast<qsizetype>(title.size()));
}

bool sameDomain(const Core::Domain& a, const Core::Domain& b)
{
    return a.min == b.min && a.max == b.max && a.samples == b.samples;
}

// The points the crosshair can stand on: linspace(domain) as Core::sample computes it (rounded to
// float in float32) merged with the breakpoints. Computed point by point rather than stored: at
// 10^6 samples a stored grid would cost more per slider step than drawing does.
class SnapGrid {
public:
    SnapGrid(const Core::Domain& domain, Core::DType dtype, const std::vector<double>& breakpoints)
        : m_domain(domain)
        , m_float32(dtype == Core::DType::Float32)
        , m_breakpoints(breakpoints)
        , m_step((domain.max - domain.min) / static_cast<double>(domain.samples - 1))
        , m_last(static_cast<std::ptrdiff_t>(domain.samples) - 1)
    {
    }

    double nearest(double x) const
    {
        const std::ptrdiff_t i = indexNear(x);
        double best = at(i);
        const auto consider = [&](double c) {
            const double d = std::abs(c - x), bestD = std::abs(best - x);
            if (d < bestD || (d == bestD && c < best))
                best = c;
        };
        for (const std::ptrdiff_t j : {i - 1, i + 1}) {
            if (j >= 0 && j <= m_last)
                consider(at(j));
        }
        const auto it = std::lower_bound(m_breakpoints.begin(), m_breakpoints.end(), x);
        if (it != m_breakpoints.end())
            consider(*it);
        if (it != m_breakpoints.begin())
            consider(*std::prev(it));
        return best;
    }

    // `steps` distinct points to the right (left when negative) of a point of the grid, stopping
    // at the ends.
    double step(double x, int steps) const
    {
        const std::ptrdiff_t count = m_last + 1 + static_cast<std::ptrdiff_t>(m_breakpoints.size());
        if (steps >= count)
            return std::max(at(m_last), m_breakpoints.empty() ? at(m_last) : m_breakpoints.back());
        if (-static_cast<std::ptrdiff_t>(steps) >= count)
            return std::min(at(0), m_breakpoints.empty() ? at(0) : m_breakpoints.front());
        for (; steps > 0; --steps) {
            const std::optional<double> n = next(x);
            if (!n)
                break;
            x = *n;
        }
        for (; steps < 0; ++steps) {
            const std::optional<double> p = previous(x);
            if (!p)
                break;
            x = *p;
        }
        return x;
    }

private:
    double at(std::ptrdiff_t i) const
    {
        const double x = i == m_last ? m_domain.max : static_cast<double>(i) * m_step + m_domain.min;
        return m_float32 ? static_cast<double>(static_cast<float>(x)) : x;
    }

    std::ptrdiff_t indexNear(double x) const
    {
        const double r = (x - m_domain.min) / m_step;
        if (!(r > 0))
            return 0;
        if (r >= static_cast<double>(m_last))
            return m_last;
        return static_cast<std::ptrdiff_t>(std::llround(r));
    }

    // The smallest point above x, and the largest below.
    std::optional<double> next(double x) const
    {
        std::optional<double> result;
        std::ptrdiff_t i = indexNear(x);
        while (i > 0 && at(i - 1) > x)
            --i;
        while (i <= m_last && at(i) <= x)
            ++i;
        if (i <= m_last)
            result = at(i);
        const auto it = std::upper_bound(m_breakpoints.begin(), m_breakpoints.end(), x);
        if (it != m_breakpoints.end() && (!result || *it < *result))
            result = *it;
        return result;
    }

    std::optional<double> previous(double x) const
    {
        std::optional<double> result;
        std::ptrdiff_t i = indexNear(x);
        while (i < m_last && at(i + 1) < x)
            ++i;
        while (i >= 0 && at(i) >= x)
            --i;
        if (i >= 0)
            result = at(i);
        const auto it = std::lower_bound(m_breakpoints.begin(), m_breakpoints.end(), x);
        if (it != m_breakpoints.begin() && (!result || *std::prev(it) > *result))
            result = *std::prev(it);
        return result;
    }

    Core::Domain m_domain;
    bool m_float32;
    const std::vector<double>& m_breakpoints;
    double m_step;
    std::ptrdiff_t m_last;
};

} // namespace

ActivationPlot::ActivationPlot(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"activationPlot"_s);
    setFocusPolicy(Qt::StrongFocus);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(u"customPlot"_s);
    m_plot->setFocusPolicy(Qt::NoFocus); // a click focuses this widget, which takes the keys
    m_plot->setMouseTracking(true);
    const QString help = tr("<b>Wheel</b>: zoom around the cursor (x in both panels, y in this one)<br>"
                            "<b>Drag</b>: pan &nbsp;·&nbsp; drag an axis: pan or zoom only that axis<br>"
                            "<b>Shift+drag</b> or <b>right-drag</b>: zoom to a rectangle<br>"
                            "<b>Ctrl+0</b> or <b>double-click</b>: reset the view<br>"
                            "<b>←/→</b>: step the crosshair one sample (Shift: ten), <b>Esc</b>: hide it");
    m_plot->setToolTip(help); // shown over the axes and margins only, see eventFilter()
    m_plot->setWhatsThis(help);
    m_plot->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    setupPlot();

    m_resetAction = new QAction(tr("Reset View"), this);
    m_resetAction->setObjectName(u"resetViewAction"_s);
    m_resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_resetAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_resetAction->setToolTip(tr("Back to the domain with y fitted to the curves (Ctrl+0)"));
    addAction(m_resetAction);
    connect(m_resetAction, &QAction::triggered, this, &ActivationPlot::resetView);

    m_sampled = m_domain;
    applyTheme();
    resetView();
}

ActivationPlot::~ActivationPlot() = default;

void ActivationPlot::setupPlot()
{
    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setSelectionRectMode(QCP::srmNone);
    m_plot->setNoAntialiasingOnDrag(false);

    m_plot->plotLayout()->clear(); // drop the default axis rect and its legend
    m_valueRect = new QCPAxisRect(m_plot);
    m_derivRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(0, 0, m_valueRect);
    m_plot->plotLayout()->addElement(1, 0, m_derivRect);
    m_plot->plotLayout()->setRowStretchFactors({1.25, 1.0});
    m_plot->plotLayout()->setRowSpacing(0);
    m_plot->plotLayout()->setMargins(QMargins(4, 6, 14, 4));

    auto* group = new QCPMarginGroup(m_plot);
    for (QCPAxisRect* rect : {m_valueRect, m_derivRect})
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    setupPanel(m_valueRect, true);
    setupPanel(m_derivRect, false);

    m_plot->addLayer(u"markers"_s, m_plot->layer(u"main"_s), QCustomPlot::limAbove);
    m_markerLayer = m_plot->layer(u"markers"_s);
    m_plot->addLayer(u"selected"_s, m_markerLayer, QCustomPlot::limAbove);
    m_selectedLayer = m_plot->layer(u"selected"_s);
    m_plot->addLayer(u"crosshair"_s, m_plot->layer(u"axes"_s), QCustomPlot::limAbove);
    m_crosshairLayer = m_plot->layer(u"crosshair"_s);
    m_crosshairLayer->setMode(QCPLayer::lmBuffered); // the crosshair moves without a full replot

    auto* legend = new QCPLegend;
    m_valueRect->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignLeft);
    m_valueRect->insetLayout()->setAutoMargins(QCP::msNone);
    m_valueRect->insetLayout()->setMargins(QMargins(8, 8, 8, 8)); // keep the legend off the frame
    legend->setLayer(u"legend"_s);
    legend->setObjectName(u"plotLegend"_s);
    legend->setIconSize(22, 10);
    legend->setIconTextPadding(6);
    legend->setRowSpacing(0);
    legend->setMargins(QMargins(8, 5, 10, 5));
    legend->setVisible(false);
    m_plot->legend = legend;

    // Crosshair: a vertical line through both panels, a tracer on the selected curve in each and a
    // tag on the x axis with the exact x.
    const auto makeLine = [this](QCPAxisRect* rect) {
        auto* line = new QCPItemStraightLine(m_plot);
        line->setLayer(m_crosshairLayer);
        line->setClipAxisRect(rect);
        for (QCPItemPosition* p : {line->point1, line->point2}) {
            p->setAxes(xAxisOf(rect), yAxisOf(rect));
            p->setAxisRect(rect);
            p->setTypeX(QCPItemPosition::ptPlotCoords);
            p->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        line->setSelectable(false);
        line->setVisible(false);
        return line;
    };
    m_valueLine = makeLine(m_valueRect);
    m_derivLine = makeLine(m_derivRect);
    const auto makeTracer = [this](QCPAxisRect* rect) {
        auto* tracer = new QCPItemTracer(m_plot);
        tracer->setLayer(m_crosshairLayer);
        tracer->setClipAxisRect(rect);
        tracer->position->setAxes(xAxisOf(rect), yAxisOf(rect));
        tracer->setStyle(QCPItemTracer::tsCircle);
        tracer->setSize(11);
        tracer->setSelectable(false);
        tracer->setVisible(false);
        return tracer;
    };
    m_valueTracer = makeTracer(m_valueRect);
    m_derivTracer = makeTracer(m_derivRect);
    m_xTag = new QCPItemText(m_plot);
    m_xTag->setLayer(m_crosshairLayer);
    m_xTag->setClipToAxisRect(false);
    m_xTag->position->setAxes(xAxisOf(m_derivRect), yAxisOf(m_derivRect));
    m_xTag->position->setAxisRect(m_derivRect);
    m_xTag->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_xTag->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_xTag->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_xTag->setPadding(QMargins(5, 2, 5, 2));
    m_xTag->setSelectable(false);
    m_xTag->setVisible(false);

    for (QCPAxisRect* rect : {m_valueRect, m_derivRect}) {
        connect(xAxisOf(rect), qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this, rect](const QCPRange& range) { onXRangeChanged(rect, range); });
        connect(yAxisOf(rect), qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange&) { onYRangeChanged(); });
    }
    connect(m_plot, &QCustomPlot::afterLayout, this, &ActivationPlot::onAfterLayout);
    connect(m_plot, &QCustomPlot::mousePress, this, &ActivationPlot::onMousePress);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ActivationPlot::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent* event) {
        if (event->button() == Qt::LeftButton)
            resetView();
    });
}

void ActivationPlot::setupPanel(QCPAxisRect* rect, bool top)
{
    rect->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    rect->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    rect->setRangeDragAxes(xAxisOf(rect), yAxisOf(rect));
    rect->setRangeZoomAxes(xAxisOf(rect), yAxisOf(rect));
    rect->setRangeZoomFactor(kZoomFactor);
    // Matplotlib-style frame: all four spines, ticks and labels only bottom and left.
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
        const bool primary = axis->axisType() == QCPAxis::atBottom || axis->axisType() == QCPAxis::atLeft;
        if (!primary) {
            axis->setTicks(false);
            axis->setTickLabels(false);
            axis->grid()->setVisible(false);
            axis->setPadding(0);
        }
    }
    QCPAxis* x = xAxisOf(rect);
    QCPAxis* y = yAxisOf(rect);
    y->setLabel(top ? u"f(x)"_s : u"f\u2032(x)"_s);
    y->ticker()->setTickCount(6);
    if (top) {
        x->setTickLabels(false); // shared x: only the bottom panel is labelled
        x->setPadding(0);
    } else {
        x->setLabel(u"x"_s);
    }
    QCPAxis* y2 = rect->axis(QCPAxis::atRight);
    y2->setPadding(0);
}

// ---------------------------------------------------------------------------------------------
// Curves and data

void ActivationPlot::setCurves(const QList<Curve>& curves)
{
    m_curves = curves;
    while (m_slots.size() > static_cast<std::size_t>(m_curves.size())) {
        destroyGraphs(m_slots.back());
        m_slots.pop_back();
    }
    m_slots.resize(static_cast<std::size_t>(m_curves.size()));
    if (m_selected >= m_curves.size())
        m_selected = m_curves.isEmpty() ? -1 : m_curves.size() - 1;
    resampleAll();
    rebuildLegend();
    if (m_autoFit)
        fitY();
    if (m_crosshairX)
        m_crosshairX = snapX(*m_crosshairX);
    updateCrosshair(true);
    replotLater();
}

void ActivationPlot::updateCurve(qsizetype index, const Curve& curve)
{
    if (index < 0 || index >= m_curves.size())
        return;
    const Curve old = m_curves[index];
    m_curves[index] = curve;
    resample(index);
    if (old.visible != curve.visible || old.name != curve.name)
        rebuildLegend();
    if (m_autoFit)
        fitY();
    if (m_crosshairX && index == snapCurve())
        m_crosshairX = snapX(*m_crosshairX);
    updateCrosshair(true);
    replotLater();
}

void ActivationPlot::setSelectedCurve(qsizetype index)
{
    if (index < -1 || index >= m_curves.size())
        index = -1;
    if (index == m_selected)
        return;
    const qsizetype old = m_selected;
    m_selected = index;
    if (old >= 0 && old < m_curves.size())
        styleSlot(old);
    if (m_selected >= 0)
        styleSlot(m_selected);
    if (m_crosshairX)
        m_crosshairX = snapX(*m_crosshairX);
    updateCrosshair(true);
    replotLater();
}

void ActivationPlot::setDomain(const Core::Domain& domain)
{
    try {
        Core::validate(domain);
    } catch (const std::exception& e) {
        qWarning("ActivationPlot::setDomain: %s", e.what());
        return;
    }
    m_domain = domain;
    resetView();
}

void ActivationPlot::setDType(Core::DType dtype)
{
    if (dtype == m_dtype)
        return;
    m_dtype = dtype;
    resampleAll();
    if (m_autoFit)
        fitY();
    if (m_crosshairX)
        m_crosshairX = snapX(*m_crosshairX);
    updateCrosshair(true);
    replotLater();
}

QCPGraph* ActivationPlot::valueGraph(qsizetype curve) const
{
    if (curve < 0 || curve >= static_cast<qsizetype>(m_slots.size()))
        return nullptr;
    return m_slots[static_cast<std::size_t>(curve)].value;
}

QCPGraph* ActivationPlot::derivativeGraph(qsizetype curve) const
{
    if (curve < 0 || curve >= static_cast<qsizetype>(m_slots.size()))
        return nullptr;
    return m_slots[static_cast<std::size_t>(curve)].derivative;
}

QCPCurve* ActivationPlot::filledMarkers(qsizetype curve, bool derivative) const
{
    if (curve < 0 || curve >= static_cast<qsizetype>(m_slots.size()))
        return nullptr;
    const Slot& s = m_slots[static_cast<std::size_t>(curve)];
    return derivative ? s.derivFilled : s.valueFilled;
}

QCPCurve* ActivationPlot::openMarkers(qsizetype curve, bool derivative) const
{
    if (curve < 0 || curve >= static_cast<qsizetype>(m_slots.size()))
        return nullptr;
    const Slot& s = m_slots[static_cast<std::size_t>(curve)];
    return derivative ? s.derivOpen : s.valueOpen;
}

void ActivationPlot::createGraphs(Slot& slot)
{
    const auto makeGraph = [this](QCPAxisRect* rect) {
        QCPGraph* graph = m_plot->addGraph(xAxisOf(rect), yAxisOf(rect));
        graph->setLineStyle(QCPGraph::lsLine);
        graph->setSelectable(QCP::stNone);
        return graph;
    };
    const auto makeMarkers = [](QCPAxisRect* rect) {
        auto* markers = new QCPCurve(xAxisOf(rect), yAxisOf(rect));
        markers->setLineStyle(QCPCurve::lsNone);
        markers->setSelectable(QCP::stNone);
        return markers;
    };
    slot.value = makeGraph(m_valueRect);
    slot.derivative = makeGraph(m_derivRect);
    slot.valueFilled = makeMarkers(m_valueRect);
    slot.valueOpen = makeMarkers(m_valueRect);
    slot.derivFilled = makeMarkers(m_derivRect);
    slot.derivOpen = makeMarkers(m_derivRect);
}

void ActivationPlot::destroyGraphs(Slot& slot)
{
    if (!slot.hasGraphs())
        return;
    m_plot->removeGraph(slot.value);
    m_plot->removeGraph(slot.derivative);
    for (QCPCurve* c : {slot.valueFilled, slot.valueOpen, slot.derivFilled, slot.derivOpen})
        m_plot->removePlottable(c);
    slot = Slot{};
}

void ActivationPlot::styleSlot(qsizetype index)
{
    Slot& slot = m_slots[static_cast<std::size_t>(index)];
    if (!slot.hasGraphs())
        return;
    const Curve& curve = m_curves[index];
    const bool selected = index == m_selected;
    const QColor color = displayColor(curve.color);
    QPen pen(color, selected ? kSelectedLineWidth : kLineWidth);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    const QString name = displayName(curve);
    for (QCPGraph* g : {slot.value, slot.derivative}) {
        g->setPen(pen);
        g->setName(name);
        g->setLayer(selected ? m_selectedLayer : m_plot->layer(u"main"_s));
    }
    const double size = selected ? kMarkerSize + 1 : kMarkerSize;
    const QCPScatterStyle filled(QCPScatterStyle::ssDisc, color, size);
    const QCPScatterStyle open(
        QCPScatterStyle::ssCircle, QPen(color, selected ? 2.0 : 1.6), QBrush(paletteFor(m_theme).panel), size);
    for (QCPCurve* c : {slot.valueFilled, slot.derivFilled}) {
        c->setScatterStyle(filled);
        c->setPen(QPen(color));
        c->setLayer(selected ? m_selectedLayer : m_markerLayer);
    }
    for (QCPCurve* c : {slot.valueOpen, slot.derivOpen}) {
        c->setScatterStyle(open);
        c->setPen(QPen(color));
        c->setLayer(selected ? m_selectedLayer : m_markerLayer);
    }
}

void ActivationPlot::resample(qsizetype index)
{
    Slot& slot = m_slots[static_cast<std::size_t>(index)];
    const Curve& curve = m_curves[index];
    if (!curve.visible) {
        destroyGraphs(slot);
        return;
    }
    if (!slot.hasGraphs())
        createGraphs(slot);
    styleSlot(index);

    Core::Series series;
    std::vector<Core::Breakpoint> bps;
    try {
        Core::SampleOptions options;
        options.breakpoints = true;
        series = Core::sample(curve.activation, m_sampled, m_dtype, options);
        bps = Core::breakpoints(curve.activation, m_dtype);
    } catch (const std::exception& e) {
        qWarning("ActivationPlot: cannot sample curve %lld: %s", static_cast<long long>(index), e.what());
        series = {};
        bps.clear();
    }

    slot.sampled = !series.x.empty();
    slot.breakpointXs.clear();
    for (const Core::Breakpoint& b : bps) {
        if (b.x >= m_sampled.min && b.x <= m_sampled.max)
            slot.breakpointXs.push_back(b.x);
    }

    PanelData panel;
    // Only an off-screen plot (a figure being exported) holds more points than pixels.
    const bool adaptive = m_sampled.samples > kAdaptiveSamplingAbove;
    buildPanel(series.x, series.y, bps, false, panel);
    slot.value->data()->set(panel.line, true);
    slot.value->setAdaptiveSampling(adaptive);
    slot.valueFilled->setData(panel.filledX, panel.filledY);
    slot.valueOpen->setData(panel.openX, panel.openY);
    buildPanel(series.x, series.dy, bps, true, panel);
    slot.derivative->data()->set(panel.line, true);
    slot.derivative->setAdaptiveSampling(adaptive);
    slot.derivFilled->setData(panel.filledX, panel.filledY);
    slot.derivOpen->setData(panel.openX, panel.openY);
}

void ActivationPlot::resampleAll()
{
    for (qsizetype i = 0; i < m_curves.size(); ++i)
        resample(i);
}

std::size_t ActivationPlot::screenSampleCount() const
{
    if (!isVisible())
        return m_domain.samples;
    // Before the first layout the panel has no size yet; the widget's width is close enough until
    // onAfterLayout() corrects it.
    const int width = m_valueRect->width() > 0 ? m_valueRect->width() : m_plot->width();
    const double pixels = static_cast<double>(std::max(width, 1)) * m_plot->devicePixelRatioF();
    const auto wanted = static_cast<std::size_t>(std::ceil(kSamplesPerPixel * pixels));
    return std::min(m_domain.samples, std::max(kMinScreenSamples, wanted));
}

Core::Series ActivationPlot::fullSeries(qsizetype curve, Core::SampleOptions options) const
{
    if (curve < 0 || curve >= m_curves.size())
        return {};
    return Core::sample(m_curves[curve].activation, m_domain, m_dtype, options);
}

bool ActivationPlot::followView()
{
    const Core::Domain wanted{viewMin(), viewMax(), screenSampleCount()};
    if (!std::isfinite(wanted.min) || !std::isfinite(wanted.max) || !(wanted.min < wanted.max)
        || sameDomain(wanted, m_sampled))
        return false;
    m_sampled = wanted;
    resampleAll();
    return true;
}

Core::Domain ActivationPlot::snapDomain() const { return {m_sampled.min, m_sampled.max, m_domain.samples}; }

void ActivationPlot::onAfterLayout()
{
    // The panel width is only known once QCustomPlot has laid out: on the first show, on a
    // resize, or when the margins follow new tick labels.
    if (!isVisible() || screenSampleCount() == m_sampled.samples)
        return;
    m_sampled.samples = screenSampleCount();
    resampleAll();
    // The ticks of this frame are already laid out for the current y ranges, so a refit waits for
    // the next frame; the extremes barely move with the sample count anyway.
    if (m_autoFit) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_autoFit) {
                    fitY();
                    replotLater();
                }
            },
            Qt::QueuedConnection);
    }
}

void ActivationPlot::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (followView()) {
        if (m_autoFit)
            fitY();
        replotLater();
    }
}

void ActivationPlot::rebuildLegend()
{
    QCPLegend* legend = m_plot->legend;
    legend->clearItems();
    bool any = false;
    for (const Slot& slot : m_slots) {
        if (slot.hasGraphs()) {
            slot.value->addToLegend(legend);
            // Items clip to their outer rect: room below the text keeps underscores visible.
            if (QCPAbstractLegendItem* item = legend->itemWithPlottable(slot.value))
                item->setMargins(QMargins(0, 1, 0, 3));
            any = true;
        }
    }
    legend->setVisible(any);
}

// ---------------------------------------------------------------------------------------------
// View

double ActivationPlot::viewMin() const { return xAxisOf(m_valueRect)->range().lower; }
double ActivationPlot::viewMax() const { return xAxisOf(m_valueRect)->range().upper; }

void ActivationPlot::resetView()
{
    m_autoFit = true;
    {
        const QScopedValueRollback guard(m_programmatic, m_programmatic + 1);
        xAxisOf(m_valueRect)->setRange(m_domain.min, m_domain.max);
    }
    followView();
    fitY();
    if (m_crosshairX)
        m_crosshairX = snapX(*m_crosshairX);
    updateCrosshair(true);
    replotLater();
}

void ActivationPlot::onXRangeChanged(QCPAxisRect* source, const QCPRange& range)
{
    if (m_syncingX > 0)
        return; // one sync per change, whichever panel it started in
    const QScopedValueRollback guard(m_syncingX, m_syncingX + 1);
    QCPAxisRect* other = source == m_valueRect ? m_derivRect : m_valueRect;
    xAxisOf(other)->setRange(range);
    if (m_programmatic == 0)
        m_autoFit = false;

    if (followView()) {
        if (m_crosshairX)
            m_crosshairX = snapX(*m_crosshairX);
        updateCrosshair(true);
    }
    emit viewRangeChanged(range.lower, range.upper);
    replotLater();
}

void ActivationPlot::onYRangeChanged()
{
    if (m_programmatic == 0)
        m_autoFit = false;
}

void ActivationPlot::fitY()
{
    const QScopedValueRollback guard(m_programmatic, m_programmatic + 1);
    fitYPanel(m_valueRect, false);
    fitYPanel(m_derivRect, true);
}

void ActivationPlot::fitYPanel(QCPAxisRect* rect, bool derivative)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    const auto take = [&](double v) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    };
    for (const Slot& slot : m_slots) {
        if (!slot.hasGraphs())
            continue;
        const QCPGraph* graph = derivative ? slot.derivative : slot.value;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
            take(it->value);
        for (const QCPCurve* markers :
            {derivative ? slot.derivFilled : slot.valueFilled, derivative ? slot.derivOpen : slot.valueOpen}) {
            for (auto it = markers->data()->constBegin(); it != markers->data()->constEnd(); ++it)
                take(it->value);
        }
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
    yAxisOf(rect)->setRange(lo, hi);
}

void ActivationPlot::replotLater() { m_plot->replot(QCustomPlot::rpQueuedReplot); }

// ---------------------------------------------------------------------------------------------
// Theme

QColor ActivationPlot::backgroundColor() const { return paletteFor(m_theme).background; }

QColor ActivationPlot::displayColor(const QColor& color) const
{
    QColor c = color.isValid() ? color : defaultCurveColor(0);
    const float lightness = c.lightnessF();
    const float hue = std::max(0.0f, c.hslHueF());
    if (m_theme == Theme::Dark && lightness < 0.3f)
        return QColor::fromHslF(hue, c.hslSaturationF(), 0.88f - lightness, c.alphaF());
    if (m_theme == Theme::Light && lightness > 0.85f)
        return QColor::fromHslF(hue, c.hslSaturationF(), 1.1f - lightness, c.alphaF());
    return c;
}

void ActivationPlot::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    applyTheme();
}

void ActivationPlot::applyTheme()
{
    const PlotPalette p = paletteFor(m_theme);

    QPalette pal = palette();
    pal.setColor(QPalette::Window, p.background);
    setPalette(pal);
    setAutoFillBackground(true);
    m_plot->setBackground(QBrush(p.background));

    QFont tickFont = font();
    tickFont.setPointSizeF(std::max(8.0, font().pointSizeF() * 0.95));
    QFont labelFont = font();
    labelFont.setPointSizeF(std::max(8.0, font().pointSizeF() * 1.05));
    labelFont.setItalic(true);

    QPen gridPen(p.grid, 0, Qt::SolidLine);
    QPen zeroPen(p.zeroLine, 0, Qt::SolidLine);
    for (QCPAxisRect* rect : {m_valueRect, m_derivRect}) {
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

    QCPLegend* legend = m_plot->legend;
    legend->setBrush(QBrush(p.legendBackground));
    legend->setBorderPen(QPen(p.legendBorder, 0));
    legend->setTextColor(p.text);
    QFont legendFont = font();
    legendFont.setPointSizeF(std::max(8.0, font().pointSizeF() * 0.95));
    legend->setFont(legendFont);
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (QCPAbstractLegendItem* item = legend->item(i)) {
            item->setFont(legendFont);
            item->setTextColor(p.text);
        }
    }

    QPen crossPen(p.crosshair, 1, Qt::DashLine);
    m_valueLine->setPen(crossPen);
    m_derivLine->setPen(crossPen);
    m_xTag->setColor(p.tagText);
    m_xTag->setBrush(QBrush(p.tagBackground));
    m_xTag->setPen(QPen(p.tagBackground));
    m_xTag->setFont(tickFont);

    m_plot->selectionRect()->setPen(QPen(p.selectionBorder, 1, Qt::DashLine));
    m_plot->selectionRect()->setBrush(QBrush(p.selectionFill));

    for (qsizetype i = 0; i < static_cast<qsizetype>(m_slots.size()); ++i)
        styleSlot(i);
    updateCrosshair(false);
    replotLater();
}

bool ActivationPlot::eventFilter(QObject* watched, QEvent* event)
{
    // Inside the panels a tooltip would cover the curves the user is reading off.
    if (watched == m_plot && event->type() == QEvent::ToolTip) {
        const QPoint pos = static_cast<QHelpEvent*>(event)->pos();
        if (m_valueRect->rect().contains(pos) || m_derivRect->rect().contains(pos))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ActivationPlot::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_plot != nullptr)
        applyTheme();
}

// ---------------------------------------------------------------------------------------------
// Mouse and keyboard

void ActivationPlot::onMousePress(QMouseEvent* event)
{
    // QCustomPlot decides at press time whether a drag pans or draws a zoom rectangle.
    const bool rubberBand = event->button() == Qt::RightButton
        || (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ShiftModifier));
    m_plot->setSelectionRectMode(rubberBand ? QCP::srmZoom : QCP::srmNone);
}

void ActivationPlot::onMouseMove(QMouseEvent* event)
{
    if (event->buttons() != Qt::NoButton)
        return; // panning or drawing a zoom rectangle
    const QPointF pos = event->position();
    const bool inside = m_valueRect->rect().contains(pos.toPoint()) || m_derivRect->rect().contains(pos.toPoint());
    if (!inside)
        return;
    setCrosshairX(xAxisOf(m_valueRect)->pixelToCoord(pos.x()));
}

void ActivationPlot::keyPressEvent(QKeyEvent* event)
{
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    switch (event->key()) {
    case Qt::Key_Left: stepCrosshair(shift ? -10 : -1); return;
    case Qt::Key_Right: stepCrosshair(shift ? 10 : 1); return;
    case Qt::Key_Home: stepCrosshair(std::numeric_limits<int>::min() / 2); return;
    case Qt::Key_End: stepCrosshair(std::numeric_limits<int>::max() / 2); return;
    case Qt::Key_Escape:
        if (m_crosshairX) {
            clearCrosshair();
            return;
        }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus: {
        const double factor = event->key() == Qt::Key_Minus ? 1.0 / kZoomFactor : kZoomFactor;
        QCPAxis* x = xAxisOf(m_valueRect);
        x->scaleRange(factor, m_crosshairX.value_or(x->range().center()));
        replotLater();
        return;
    }
    default: break;
    }
    QWidget::keyPressEvent(event);
}

// ---------------------------------------------------------------------------------------------
// Crosshair

qsizetype ActivationPlot::snapCurve() const
{
    const auto usable = [this](qsizetype i) {
        return i >= 0 && i < static_cast<qsizetype>(m_slots.size()) && m_slots[static_cast<std::size_t>(i)].hasGraphs()
            && m_slots[static_cast<std::size_t>(i)].sampled;
    };
    if (usable(m_selected))
        return m_selected;
    for (qsizetype i = 0; i < static_cast<qsizetype>(m_slots.size()); ++i) {
        if (usable(i))
            return i;
    }
    return -1;
}

double ActivationPlot::snapX(double x) const
{
    const qsizetype ci = snapCurve();
    if (ci < 0)
        return x;
    return SnapGrid(snapDomain(), m_dtype, m_slots[static_cast<std::size_t>(ci)].breakpointXs).nearest(x);
}

void ActivationPlot::setCrosshairX(double x)
{
    if (!std::isfinite(x))
        return;
    m_crosshairX = snapX(x);
    updateCrosshair(true);
    if (m_plot->isVisible())
        m_crosshairLayer->replot();
    else
        replotLater();
}

void ActivationPlot::clearCrosshair()
{
    if (!m_crosshairX)
        return;
    m_crosshairX.reset();
    updateCrosshair(true);
    replotLater();
}

void ActivationPlot::stepCrosshair(int steps)
{
    const qsizetype ci = snapCurve();
    if (ci < 0)
        return;
    const SnapGrid grid(snapDomain(), m_dtype, m_slots[static_cast<std::size_t>(ci)].breakpointXs);
    if (m_crosshairX) {
        setCrosshairX(grid.step(grid.nearest(*m_crosshairX), steps));
    } else {
        // The first step puts the crosshair in the middle of the view.
        setCrosshairX(grid.nearest(xAxisOf(m_valueRect)->range().center()));
    }
}

QString ActivationPlot::formatValue(double v) const
{
    const std::string text
        = m_dtype == Core::DType::Float32 ? Core::formatNumber(static_cast<float>(v)) : Core::formatNumber(v);
    return QString::fromStdString(text);
}

QString ActivationPlot::readoutText() const
{
    if (!m_crosshairX)
        return {};
    const double x = *m_crosshairX;
    QString text = u"x = "_s + formatValue(x);
    for (const auto& curve : m_curves) {
        if (!curve.visible)
            continue;
        const QString name = displayName(curve);
        QString values;
        try {
            const Core::PointValue v = Core::evaluateAt(curve.activation, x, m_dtype);
            values = u"f = "_s + formatValue(v.y) + u", f\u2032 = "_s + formatValue(v.dy);
        } catch (const std::exception& e) {
            values = QString::fromUtf8(e.what());
        }
        text += u'\n' + name + u": "_s + values;
    }
    return text;
}

void ActivationPlot::updateCrosshair(bool emitReadout)
{
    const PlotPalette p = paletteFor(m_theme);
    const bool show = m_crosshairX.has_value();
    m_valueLine->setVisible(show);
    m_derivLine->setVisible(show);
    m_xTag->setVisible(show);
    m_valueTracer->setVisible(false);
    m_derivTracer->setVisible(false);
    if (show) {
        const double x = *m_crosshairX;
        for (QCPItemStraightLine* line : {m_valueLine, m_derivLine}) {
            line->point1->setCoords(x, 0);
            line->point2->setCoords(x, 1);
        }
        m_xTag->position->setCoords(x, 1);
        m_xTag->setText(formatValue(x));
        const qsizetype ci = snapCurve();
        if (ci >= 0) {
            const Curve& curve = m_curves[ci];
            try {
                const Core::PointValue v = Core::evaluateAt(curve.activation, x, m_dtype);
                const QColor color = displayColor(curve.color);
                for (auto [tracer, y] : {std::pair{m_valueTracer, v.y}, std::pair{m_derivTracer, v.dy}}) {
                    // A filled dot with a halo: unlike the open and filled jump markers.
                    tracer->setPen(QPen(p.panel, 2.5));
                    tracer->setBrush(QBrush(color));
                    tracer->position->setCoords(x, y);
                    tracer->setVisible(std::isfinite(y));
                }
            } catch (const std::exception&) {
                // evaluateAt does not throw for a valid activation; the readout shows the message
            }
        }
    }
    if (emitReadout) {
        QString text = readoutText();
        if (text != m_lastReadout) {
            m_lastReadout = text;
            emit readoutChanged(m_lastReadout);
        }
    }
}

QSize ActivationPlot::sizeHint() const { return {760, 560}; }
QSize ActivationPlot::minimumSizeHint() const { return {320, 260}; }

} // namespace Widgets
