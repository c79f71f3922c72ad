// SPDX-License-Identifier: MIT
#include "comparepanel.h"

#include "explorerdocument.h"
#include "plotpalette.h"
#include "plotscene/axes.h"
#include "plotscene/panelseries.h"
#include "refreshthrottle.h"

#include "aex/core/analysis.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Widgets {

namespace {

constexpr std::size_t kDifferenceSamples = 801;

// f and f′ of one curve at x: its breakpoint's limits there, or the value on both sides.
Core::Breakpoint limitsAt(const Core::Activation& a, const std::vector<Core::Breakpoint>& bps, double x, Core::DType dtype)
{
    for (const Core::Breakpoint& b : bps)
        if (b.x == x)
            return b;
    const Core::PointValue v = Core::evaluateAt(a, x, dtype);
    return {x, v.y, v.y, v.y, v.dy, v.dy, v.dy};
}

// f1 − f2 and f1′ − f2′ over the domain: a grid plus, at every breakpoint of either curve, the
// differences of their left limits, values and right limits, which is what buildPanel reads as a
// jump or an isolated point.
struct Difference {
    std::vector<double> x, y, dy;
    std::vector<Core::Breakpoint> breakpoints;
};
Difference difference(const Core::Activation& a, const Core::Activation& b, Core::Domain domain, Core::DType dtype)
{
    const std::vector<Core::Breakpoint> bpa = Core::breakpoints(a, dtype), bpb = Core::breakpoints(b, dtype);
    std::vector<double> cuts;
    for (const auto* bps : {&bpa, &bpb})
        for (const Core::Breakpoint& bp : *bps)
            if (bp.x >= domain.min && bp.x <= domain.max)
                cuts.push_back(bp.x);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    Difference d;
    for (const double x : cuts) {
        const Core::Breakpoint l = limitsAt(a, bpa, x, dtype), r = limitsAt(b, bpb, x, dtype);
        d.breakpoints.push_back({x, l.yLeft - r.yLeft, l.yAt - r.yAt, l.yRight - r.yRight, l.dyLeft - r.dyLeft,
            l.dyAt - r.dyAt, l.dyRight - r.dyRight});
    }
    domain.samples = kDifferenceSamples;
    std::size_t next = 0; // the next breakpoint to insert
    const auto insertUpTo = [&](double x) {
        for (; next < d.breakpoints.size() && d.breakpoints[next].x <= x; ++next) {
            const Core::Breakpoint& bp = d.breakpoints[next];
            d.x.insert(d.x.end(), {bp.x, bp.x, bp.x});
            d.y.insert(d.y.end(), {bp.yLeft, bp.yAt, bp.yRight});
            d.dy.insert(d.dy.end(), {bp.dyLeft, bp.dyAt, bp.dyRight});
        }
    };
    for (const double x : Core::linspace(domain)) {
        insertUpTo(x);
        if (!d.x.empty() && d.x.back() == x)
            continue; // the breakpoint's triple stands for it
        const Core::PointValue va = Core::evaluateAt(a, x, dtype), vb = Core::evaluateAt(b, x, dtype);
        d.x.push_back(x);
        d.y.push_back(va.y - vb.y);
        d.dy.push_back(va.dy - vb.dy);
    }
    insertUpTo(domain.max);
    return d;
}

QString partIcon(const Core::PartVerdict& part) { return part.identical() ? u"✓"_s : u"≠"_s; }

} // namespace

ComparePanel::ComparePanel(QWidget* parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"compareTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    for (std::size_t i = 0; i < m_verdicts.size(); ++i) {
        m_verdicts[i] = new QLabel(this);
        m_verdicts[i]->setObjectName(u"compareVerdict_%1"_s.arg(i));
        m_verdicts[i]->setWordWrap(true);
        m_verdicts[i]->setTextFormat(Qt::PlainText);
        m_verdicts[i]->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        layout->addWidget(m_verdicts[i]);
    }
    m_toggle = new QCheckBox(tr("Show the &difference plot (f₁ − f₂ and f₁′ − f₂′)"), this);
    m_toggle->setObjectName(u"differenceToggle"_s);
    m_toggle->setChecked(true);
    m_toggle->setToolTip(tr("A third plot: where the two curves differ, and by how much"));
    layout->addWidget(m_toggle);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(u"differencePlot"_s);
    m_plot->setAccessibleName(tr("Difference plot"));
    m_plot->setMinimumHeight(220);
    m_plot->plotLayout()->clear();
    auto* group = new QCPMarginGroup(m_plot);
    for (int i = 0; i < 2; ++i) {
        auto* rect = new QCPAxisRect(m_plot);
        m_plot->plotLayout()->addElement(i, 0, rect);
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
        setUpAxes(rect, i == 0 ? u"f₁ − f₂"_s : u"f₁′ − f₂′"_s, i == 1);
        setMostTicks(rect->axis(QCPAxis::atLeft), 3); // short panels: few labels
    }
    connect(m_plot->axisRect(0)->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::rangeChanged),
        m_plot->axisRect(1)->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::setRange));
    layout->addWidget(m_plot, 1);
    layout->addStretch(0);
    connect(m_toggle, &QCheckBox::toggled, m_plot, &QWidget::setVisible);
    m_throttle = new RefreshThrottle(RefreshThrottle::kPanelInterval, [this] { refresh(); }, this);
    applyTheme();
    m_throttle->flush();
}

void ComparePanel::setDocument(Model::ExplorerDocument* document)
{
    if (m_document)
        m_document->disconnectView(this);
    m_document = document;
    if (!m_document)
        return;
    const auto later = [this] { m_throttle->request(); };
    connect(m_document, &Model::ExplorerDocument::comparedChanged, this, [this] { m_throttle->flush(); });
    connect(m_document, &Model::ExplorerDocument::domainChanged, this, later);
    connect(m_document, &Model::ExplorerDocument::dtypeChanged, this, later);
    connect(m_document, &Model::ExplorerDocument::assigned, this, later);
    connect(m_document->curveModel(), &Model::CurveListModel::curveChanged, this, [this](int row) {
        if (m_document->compared().contains(row))
            m_throttle->request();
    });
    connect(m_document, &Model::ExplorerDocument::themeChanged, this, [this] {
        applyTheme();
        m_throttle->flush();
    });
    applyTheme();
    m_throttle->flush();
}

QStringList ComparePanel::verdictLines() const
{
    m_throttle->catchUp();
    QStringList lines;
    if (m_comparison)
        for (const Core::PartVerdict& part : m_comparison->parts)
            lines << QString::fromStdString(Core::verdictLine(part, *m_comparison));
    return lines;
}

QVector<QPointF> ComparePanel::differenceLine(bool derivative) const
{
    m_throttle->catchUp();
    QVector<QPointF> points;
    if (m_plot->graphCount() < 2)
        return points;
    const QCPGraph* graph = m_plot->graph(derivative ? 1 : 0);
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        points.append({it->key, it->value});
    return points;
}

void ComparePanel::applyTheme()
{
    const PlotPalette p = plotPalette(m_document ? m_document->theme() : Model::Theme::Light);
    m_plot->setBackground(QBrush(p.background));
    for (int i = 0; i < m_plot->axisRectCount(); ++i)
        applyAxesTheme(m_plot->axisRect(i), p, font(), font());
}

void ComparePanel::refresh()
{
    m_comparison.reset();
    const QList<int> rows = m_document ? m_document->compared() : QList<int>{};
    if (rows.size() != 2) {
        m_title->setText(tr("Nothing compared yet. Select two curves in the list (Ctrl+click the second) and choose "
                            "Compare (Ctrl+K): the answer covers every float of the domain where it can be proved."));
        for (QLabel* label : m_verdicts)
            label->clear();
        m_plot->clearPlottables();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const Model::Curve& first = m_document->curve(rows[0]);
    const Model::Curve& second = m_document->curve(rows[1]);
    const Core::Domain domain = m_document->domain();
    const Core::DType dtype = m_document->dtype();
    try {
        m_comparison = Core::compare(first.activation, second.activation, domain.min, domain.max, dtype);
    } catch (const Core::InputError& e) {
        m_title->setText(tr("Cannot compare over [%1, %2] in %3: %4")
                .arg(QString::number(domain.min, 'g', 6), QString::number(domain.max, 'g', 6),
                    QString::fromUtf8(Core::dtypeName(dtype).data()), QString::fromUtf8(e.what())));
        for (QLabel* label : m_verdicts)
            label->clear();
        m_plot->clearPlottables();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    m_title->setText(tr("f₁ = %1\nf₂ = %2\n%3 over [%4, %5] in %6")
                         .arg(first.name, second.name,
                             m_comparison->identical() ? tr("The same function") : tr("Not the same function"),
                             QString::number(domain.min, 'g', 6), QString::number(domain.max, 'g', 6),
                             QString::fromUtf8(Core::dtypeName(dtype).data())));
    const QStringList lines = verdictLines();
    for (std::size_t i = 0; i < m_verdicts.size(); ++i) {
        m_verdicts[i]->setText(partIcon(m_comparison->parts[i]) + u"  "_s + lines[qsizetype(i)]);
        m_verdicts[i]->setAccessibleName(lines[qsizetype(i)]);
    }
    drawDifference();
}

void ComparePanel::drawDifference()
{
    const QList<int> rows = m_document->compared();
    const Model::Theme theme = m_document->theme();
    const Difference d = difference(m_document->curve(rows[0]).activation, m_document->curve(rows[1]).activation,
        m_document->domain(), m_document->dtype());
    m_plot->clearPlottables();
    const QColor color = displayColor(m_document->curve(rows[0]).color, theme);
    for (int i = 0; i < 2; ++i) {
        QCPAxisRect* rect = m_plot->axisRect(i);
        PanelData series;
        buildPanel(d.x, i == 0 ? d.y : d.dy, d.breakpoints, i == 1, series);
        auto* line = m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        line->data()->set(series.line, true);
        line->setAdaptiveSampling(false); // it would merge a jump's points and lose the NaN between
        line->setPen(QPen(color, 2));
        for (const bool filled : {true, false}) {
            auto* markers = new QCPCurve(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            markers->setData(filled ? series.filledX : series.openX, filled ? series.filledY : series.openY);
            markers->setLineStyle(QCPCurve::lsNone);
            markers->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(color, 1.5),
                filled ? QBrush(color) : QBrush(plotPalette(theme).panel), 7));
        }
        bool found = false;
        const QCPRange y = line->getValueRange(found);
        double lo = found ? y.lower : -1, hi = found ? y.upper : 1;
        for (const double v : series.filledY + series.openY)
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        const double pad = hi - lo > 1e-300 ? 0.08 * (hi - lo) : std::max(0.5, std::abs(hi) * 0.1);
        rect->axis(QCPAxis::atLeft)->setRange(lo - pad, hi + pad);
        rect->axis(QCPAxis::atBottom)->setRange(m_document->domain().min, m_document->domain().max);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace Widgets
