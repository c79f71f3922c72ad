// SPDX-License-Identifier: MIT
#include "activationplot.h"

#include "explorerdocument.h"
#include "focusframe.h"
#include "plotpalette.h"

#include <QAction>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <memory>

#include <qcustomplot.h>

using namespace Qt::StringLiterals;

namespace Widgets {

namespace {
constexpr double kKeyZoomFactor = 0.85;
} // namespace

ActivationPlot::ActivationPlot(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"activationPlot"_s);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Plot"));
    setAccessibleDescription(tr("f(x) above and f′(x) below for the visible curves; ←/→ step the crosshair, "
                                "+/− zoom, Ctrl+0 resets the view"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    createScene(Model::Panels::Both);
    new FocusFrame(this);

    m_resetAction = new QAction(tr("Reset View"), this);
    m_resetAction->setObjectName(u"resetViewAction"_s);
    m_resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_resetAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_resetAction->setToolTip(tr("Back to the domain with y fitted to the curves (Ctrl+0)"));
    addAction(m_resetAction);
    connect(m_resetAction, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        if (m_document->view().followsData())
            m_scene->setView({}); // refits y to the data as it is now
        else
            m_document->resetView();
    });
    applyPalette();
}

ActivationPlot::~ActivationPlot() = default;

void ActivationPlot::createScene(Model::Panels panels)
{
    // A scene lays out its QCustomPlot once: other panels are a new plot and a new scene.
    m_plot = new QCustomPlot(this);
    // QCustomPlot's constructor queues a replot of its own (rpQueuedReplot). It would run after the
    // replot of the first resize, redrawing the same: the scene schedules the replots
    // (PlotScene::replotLater). Until the plot's first replot, QCustomPlot still counts that one
    // as queued and ignores another rpQueuedReplot (nothing here asks for one). This comes before
    // layout()->addWidget, which, in a window already shown (showPanels), posts the event that
    // shows the new plot.
    QCoreApplication::removePostedEvents(m_plot, QEvent::MetaCall);
    m_plot->setObjectName(u"customPlot"_s);
    m_plot->setFont(font());
    m_plot->setFocusPolicy(Qt::NoFocus); // a click focuses this widget, which takes the keys
    m_plot->setMouseTracking(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setSelectionRectMode(QCP::srmNone);
    m_plot->setNoAntialiasingOnDrag(false);
    const QString help = tr("<b>Wheel</b>: zoom around the cursor (x in both panels, y in this one)<br>"
                            "<b>Drag</b>: pan &nbsp;·&nbsp; drag an axis: pan or zoom only that axis<br>"
                            "<b>Shift+drag</b> or <b>right-drag</b>: zoom to a rectangle<br>"
                            "<b>Ctrl+0</b> or <b>double-click</b>: reset the view<br>"
                            "<b>←/→</b>: step the crosshair one sample (Shift: ten), <b>Esc</b>: hide it");
    m_plot->setToolTip(help); // shown over the axes and margins only, see eventFilter()
    m_plot->setWhatsThis(help);
    m_plot->installEventFilter(this);
    layout()->addWidget(m_plot);

    m_scene = new PlotScene(m_plot, panels, PlotScene::Resolution::Screen, this);
    m_scene->setLineScale(m_lineScale);
    connect(m_scene, &PlotScene::crosshairChanged, this, &ActivationPlot::crosshairChanged);
    connect(m_scene, &PlotScene::viewChangedByUser, this, [this](const Model::ViewRanges& view) {
        if (m_document)
            m_document->setView(view);
    });
    connect(m_plot, &QCustomPlot::mousePress, this, &ActivationPlot::onMousePress);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ActivationPlot::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent* event) {
        if (event->button() == Qt::LeftButton)
            m_resetAction->trigger();
    });
}

void ActivationPlot::setLineScale(double scale)
{
    m_lineScale = scale;
    m_scene->setLineScale(scale);
}

void ActivationPlot::showPanels(Model::Panels panels)
{
    if (panels == m_scene->panels())
        return;
    const std::optional<Core::Activation> overlay = m_scene->overlay();
    const QColor overlayColor = m_scene->overlayColor();
    const bool hadCrosshair = m_scene->crosshair().has_value();
    // The scene goes before its plot.
    std::unique_ptr<QCustomPlot> oldPlot(m_plot);
    std::unique_ptr<PlotScene> oldScene(m_scene);
    oldScene->disconnect(this);
    createScene(panels);
    if (auto* frame = findChild<FocusFrame*>(QString(), Qt::FindDirectChildrenOnly))
        frame->raise(); // over the new plot
    if (m_document)
        showDocument();
    m_scene->setOverlay(overlay, overlayColor);
    m_scene->replotNow();
    if (hadCrosshair)
        emit crosshairChanged(std::nullopt);
}

void ActivationPlot::setDocument(Model::ExplorerDocument* document)
{
    if (m_document)
        m_document->disconnectView(this);
    m_document = document;
    if (!document)
        return;
    // Every connection has this plot as its context, so the next setDocument() cuts them all.
    using Model::ExplorerDocument;
    const auto showCurves = [this] {
        m_scene->setCurves(m_document->curves());
        m_scene->setSelected(m_document->selected());
        m_scene->setLens(m_document->lens(), m_document->selected());
    };
    Model::CurveListModel* curves = document->curveModel();
    connect(curves, &QAbstractItemModel::modelReset, this, showCurves);
    connect(curves, &QAbstractItemModel::rowsInserted, this, showCurves);
    connect(curves, &QAbstractItemModel::rowsRemoved, this, showCurves);
    connect(curves, &Model::CurveListModel::curveChanged, this,
        [this](int row) { m_scene->updateCurve(row, m_document->curve(row)); });
    connect(document, &ExplorerDocument::selectionChanged, this, [this](int row) {
        m_scene->setSelected(row);
        m_scene->setLens(m_document->lens(), row); // the lens shades the selected curve's zero gradient
    });
    connect(document, &ExplorerDocument::lensChanged, this,
        [this](const Model::Lens& lens) { m_scene->setLens(lens, m_document->selected()); });
    connect(document, &ExplorerDocument::domainChanged, this,
        [this](const Core::Domain& domain) { m_scene->setDomain(domain); });
    connect(document, &ExplorerDocument::dtypeChanged, this, [this](Core::DType dtype) { m_scene->setDType(dtype); });
    connect(document, &ExplorerDocument::themeChanged, this, [this](Model::Theme theme) {
        m_scene->setTheme(theme);
        applyPalette();
    });
    connect(document, &ExplorerDocument::legendChanged, this,
        [this](Model::LegendPlace place) { m_scene->setLegendPlace(place); });
    connect(document, &ExplorerDocument::viewChanged, this, [this](const Model::ViewRanges& view) {
        if (view != m_scene->view())
            m_scene->setView(view);
    });

    connect(document, &ExplorerDocument::panelsChanged, this, &ActivationPlot::showPanels);
    showPanels(document->panels());
    showDocument();
}

void ActivationPlot::showDocument()
{
    m_scene->setTheme(m_document->theme());
    m_scene->setLegendPlace(m_document->legend());
    m_scene->setDType(m_document->dtype());
    m_scene->setDomain(m_document->domain());
    m_scene->setView(m_document->view());
    m_scene->setCurves(m_document->curves());
    m_scene->setSelected(m_document->selected());
    m_scene->setLens(m_document->lens(), m_document->selected());
    applyPalette();
}

void ActivationPlot::applyPalette()
{
    QPalette pal = palette();
    pal.setColor(QPalette::Window, m_scene->backgroundColor());
    setPalette(pal);
    setAutoFillBackground(true);
}

void ActivationPlot::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Hidden, the scene sampled coarsely; now it knows its width (usually the resize that came
    // before this event already told it).
    m_scene->followWidth();
}

bool ActivationPlot::eventFilter(QObject* watched, QEvent* event)
{
    // Inside the panels a tooltip would cover the curves the user is reading off.
    if (watched == m_plot && event->type() == QEvent::ToolTip
        && m_scene->panelAt(static_cast<QHelpEvent*>(event)->pos()))
        return true;
    return QWidget::eventFilter(watched, event);
}

void ActivationPlot::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The plot's text follows this widget's font (presentation mode scales the application's).
    if (event->type() == QEvent::FontChange && m_scene != nullptr) {
        m_plot->setFont(font());
        m_scene->refreshStyle();
    }
}

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
    if (m_scene->panelAt(event->position().toPoint()))
        m_scene->setCrosshair(m_scene->pixelToX(event->position().x()));
}

void ActivationPlot::keyPressEvent(QKeyEvent* event)
{
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    switch (event->key()) {
    case Qt::Key_Left: m_scene->stepCrosshair(shift ? -10 : -1); return;
    case Qt::Key_Right: m_scene->stepCrosshair(shift ? 10 : 1); return;
    case Qt::Key_Home: m_scene->crosshairToEnd(false); return;
    case Qt::Key_End: m_scene->crosshairToEnd(true); return;
    case Qt::Key_Escape:
        if (m_scene->crosshair()) {
            m_scene->setCrosshair(std::nullopt);
            return;
        }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus: {
        const Model::ViewRanges shown = m_scene->shownView();
        const double center = m_scene->crosshair() ? m_scene->crosshair()->x : (shown.x->first + shown.x->second) / 2;
        m_scene->zoomX(event->key() == Qt::Key_Minus ? 1.0 / kKeyZoomFactor : kKeyZoomFactor, center);
        return;
    }
    default: break;
    }
    QWidget::keyPressEvent(event);
}

QSize ActivationPlot::sizeHint() const { return {760, 560}; }
QSize ActivationPlot::minimumSizeHint() const { return {320, 260}; }

} // namespace Widgets
