// SPDX-License-Identifier: MIT
// The plot and its scene, through their public API and the pixels they draw: the data against the
// core, true jumps, the document binding, the view interactions and the crosshair.
#include "activationplot.h"
#include "explorerdocument.h"
#include "makeactivation.h"
#include "widgetlookup.h"

#include "aex/core/analysis.h"
#include "aex/core/numberformat.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;
using Model::ExplorerDocument;
using Model::ViewRanges;
using TestLib::make;
using Widgets::ActivationPlot;
using Widgets::Crosshair;
using Widgets::Panel;
using Widgets::PanelPoints;
using Widgets::PlotScene;

namespace {

constexpr Panel kPanels[] = {Panel::Function, Panel::Derivative};

Model::Curve curve(const Core::Activation& activation, const QString& name, qsizetype colorIndex, bool visible = true)
{
    return Model::Curve{activation, name, Model::defaultCurveColor(colorIndex), visible, false,
        Model::LineStyle::Auto, 0};
}

Model::Curve reluThreshold(double threshold, qsizetype colorIndex = 0)
{
    Core::Activation a = Core::Activation::withDefaults("relu", Core::Framework::Keras);
    a.setParam(*a.function().paramIndex("threshold", Core::Framework::Keras), threshold);
    return curve(a, u"ReLU(threshold)"_s, colorIndex);
}

bool isGap(const QPointF& p) { return std::isnan(p.y()); }

bool sameBits(double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); }

const Core::Breakpoint* breakpointAt(const std::vector<Core::Breakpoint>& bps, double x)
{
    for (const Core::Breakpoint& b : bps) {
        if (b.x == x)
            return &b;
    }
    return nullptr;
}

// Empty when every sample of the series away from a breakpoint is on the line exactly once, bit
// for bit, and the line has no other points away from the breakpoints; else what is wrong.
QString compareWithSeries(
    const QVector<QPointF>& line, const Core::Series& series, const std::vector<Core::Breakpoint>& bps, bool derivative)
{
    std::map<double, double> drawn;
    for (const QPointF& p : line) {
        if (breakpointAt(bps, p.x()))
            continue;
        if (drawn.contains(p.x()))
            return u"x = %1 is drawn twice"_s.arg(p.x());
        drawn[p.x()] = p.y();
    }
    std::size_t matched = 0;
    for (std::size_t i = 0; i < series.x.size(); ++i) {
        const double x = series.x[i];
        if (breakpointAt(bps, x))
            continue;
        const auto it = drawn.find(x);
        if (it == drawn.end())
            return u"x = %1 is not drawn"_s.arg(x);
        const double core = derivative ? series.dy[i] : series.y[i];
        if (!sameBits(it->second, core) && !(std::isnan(core) && std::isnan(it->second)))
            return u"x = %1: drawn %2, Core::sample %3"_s.arg(x).arg(it->second, 0, 'g', 17).arg(core, 0, 'g', 17);
        ++matched;
    }
    if (matched != drawn.size())
        return u"%1 points are drawn off the samples"_s.arg(drawn.size() - matched);
    return {};
}

QList<QPointF> pointsAt(const QVector<QPointF>& points, double x)
{
    QList<QPointF> out;
    for (const QPointF& p : points) {
        if (p.x() == x)
            out << p;
    }
    return out;
}

bool sameLine(const QVector<QPointF>& a, const QVector<QPointF>& b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const QPointF& p, const QPointF& q) {
        return sameBits(p.x(), q.x()) && sameBits(p.y(), q.y());
    });
}

std::pair<double, double> span(const std::optional<std::pair<double, double>>& range)
{
    return range.value_or(
        std::pair{std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()});
}
double width(const std::optional<std::pair<double, double>>& range) { return span(range).second - span(range).first; }

QString describe(const std::optional<std::pair<double, double>>& range)
{
    return range ? u"%1..%2"_s.arg(range->first).arg(range->second) : u"follows"_s;
}

// A view with x set and y following the data.
ViewRanges xView(double min, double max)
{
    ViewRanges view;
    view.x = std::pair{min, max};
    return view;
}

QWidget* customPlotOf(ActivationPlot* plot) { return TestLib::child<QWidget>(plot, u"customPlot"_s); }

// The layers with a paint buffer of their own.
QStringList bufferedLayers(const QCustomPlot* plot)
{
    QStringList names;
    for (int i = 0; i < plot->layerCount(); ++i)
        if (plot->layer(i)->mode() == QCPLayer::lmBuffered)
            names << plot->layer(i)->name();
    return names;
}

void sendMouse(QWidget* target, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons,
    Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, pos, target->mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(target, &event);
}

void drag(
    QWidget* target, QPointF from, QPointF to, Qt::MouseButton button, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    sendMouse(target, QEvent::MouseButtonPress, from, button, button, modifiers);
    sendMouse(target, QEvent::MouseMove, (from + to) / 2, Qt::NoButton, button, modifiers);
    sendMouse(target, QEvent::MouseMove, to, Qt::NoButton, button, modifiers);
    sendMouse(target, QEvent::MouseButtonRelease, to, button, Qt::NoButton, modifiers);
}

void wheel(QWidget* target, QPointF pos, int steps)
{
    QWheelEvent event(pos, target->mapToGlobal(pos), QPoint(), QPoint(0, 120 * steps), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

// Where a panel draws (x, y), in the QCustomPlot's pixels. x is the scene's own mapping; y is mapped
// as QCustomPlot maps a linear axis (up from the panel's bottom pixel row), from the shown range:
// the scene has no y counterpart of xToPixel().
QPointF toPixel(const PlotScene* scene, Panel panel, QPointF p)
{
    const QRect r = scene->panelRect(panel);
    const ViewRanges v = scene->shownView();
    const auto [lo, hi] = span(panel == Panel::Function ? v.f : v.df);
    return {scene->xToPixel(p.x()), r.bottom() - (p.y() - lo) / (hi - lo) * r.height()};
}

QColor pixel(const QImage& image, QPointF pos)
{
    const double dpr = image.devicePixelRatio();
    return image.pixelColor(qRound(pos.x() * dpr), qRound(pos.y() * dpr));
}

int colorDistance(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// A pixel within `radius` logical pixels of pos drawn in the colour (antialiasing blends the edges
// of a line; its middle keeps the colour).
bool drawnNear(const QImage& image, QPointF pos, const QColor& color, int radius = 2)
{
    constexpr int kTolerance = 70;
    const double dpr = image.devicePixelRatio();
    const int cx = qRound(pos.x() * dpr), cy = qRound(pos.y() * dpr), r = qCeil(radius * dpr);
    for (int y = cy - r; y <= cy + r; ++y) {
        for (int x = cx - r; x <= cx + r; ++x) {
            if (image.valid(x, y) && colorDistance(image.pixelColor(x, y), color) <= kTolerance)
                return true;
        }
    }
    return false;
}

// Pixels anywhere in a rectangle drawn in the colour.
int pixelsOfColor(const QImage& image, const QRect& logical, const QColor& color, int tolerance = 40)
{
    const double dpr = image.devicePixelRatio();
    const QRect r(qRound(logical.left() * dpr), qRound(logical.top() * dpr), qRound(logical.width() * dpr),
        qRound(logical.height() * dpr));
    int count = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (image.valid(x, y) && colorDistance(image.pixelColor(x, y), color) <= tolerance)
                ++count;
        }
    }
    return count;
}

// How much coloured (not grey) ink a pixel column holds between two rows: proportional to the width
// of a line of one colour crossing it; the grid and the frame are grey and add nothing.
double colouredInk(const QImage& image, double x, double yFrom, double yTo)
{
    const double dpr = image.devicePixelRatio();
    double ink = 0;
    const int column = qRound(x * dpr);
    for (int y = qRound(std::min(yFrom, yTo) * dpr); y <= qRound(std::max(yFrom, yTo) * dpr); ++y) {
        const QColor c = image.pixelColor(column, y);
        ink += (std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()})) / 255.0;
    }
    return ink / dpr;
}

} // namespace

class TestActivationPlot : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Structure and binding
    void shouldHaveObjectNames();
    void shouldDrawEachVisibleCurveInBothPanels();
    void shouldNotDrawHiddenCurve();
    void shouldFollowTheDocumentItIsGiven();
    // Data
    void shouldPlotCoreValues_data();
    void shouldPlotCoreValues();
    void shouldInsertExactCorner();
    void shouldDrawValueJumpAsTrueJump();
    void shouldDrawDerivativeJumpAtKink();
    void shouldMarkTheSideThatOwnsEachJump_data();
    void shouldMarkTheSideThatOwnsEachJump();
    void shouldDrawJumpsAndMarkersInPixels();
    void shouldKeepSmoothCurvesUnbroken();
    void shouldUpdateOneCurve();
    void shouldFollowDomainAndSampleCount();
    void shouldFollowTheDType();
    // Look
    void shouldDrawEachCurveInItsColourWherePointsSays();
    void shouldDrawTheSelectedCurveThickerAndOnTop();
    void shouldChangeColoursWithTheTheme();
    void shouldSwapBlackCurveInDarkTheme();
    // View
    void shouldAutoFitY();
    void shouldShowTheDocumentsView();
    void shouldZoomOnWheel();
    void shouldPanOnDrag();
    void shouldZoomToRubberBand();
    void shouldRedrawOnlyTheZoomRectangleWhileItIsDrawn();
    void shouldResetViewWithCtrl0AndDoubleClick();
    void shouldZoomWithPlusAndMinus();
    void shouldResampleVisibleRange();
    void shouldSampleAtScreenResolutionOnScreen();
    void shouldDrawTheFirstFrameInOneReplot();
    // Crosshair
    void shouldSnapCrosshairAndReadExactValues();
    void shouldReadFloat32Values();
    void shouldSnapToSelectedCurve();
    void shouldStepCrosshairWithArrowKeys();
    void shouldJumpToTheEndsWithHomeAndEnd();
    void shouldFollowMouseWithCrosshair();
    void shouldReplotOnlyTheCrosshairWhenItMoves();
    void shouldShowHelpTooltipOutsidePanelsOnly();

private:
    void showPlot();
    void setCurves(const QList<Model::Curve>& curves, int selected = 0);
    PlotScene* scene() const { return m_plot->scene(); }

    ExplorerDocument* m_document = nullptr;
    ActivationPlot* m_plot = nullptr;
};

void TestActivationPlot::init()
{
    m_document = new ExplorerDocument;
    m_plot = new ActivationPlot;
    m_plot->resize(800, 600);
    m_plot->setDocument(m_document);
}

void TestActivationPlot::cleanup()
{
    delete m_plot;
    m_plot = nullptr;
    delete m_document;
    m_document = nullptr;
}

// Shows the plot and lets it settle: the first layout tells the scene its width, it samples again
// and refits y on the next event loop turn.
void TestActivationPlot::showPlot()
{
    m_plot->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_plot));
    scene()->replotNow();
    QCoreApplication::processEvents();
    scene()->replotNow();
    QCOMPARE(scene()->sampledDomain().samples, scene()->sampleCount());
}

// The curves, as a session brings them: the document is assigned, the plot follows.
void TestActivationPlot::setCurves(const QList<Model::Curve>& curves, int selected)
{
    Model::Session session = m_document->snapshot();
    session.curves = curves;
    session.selected = selected;
    m_document->assign(session);
}

// ---------------------------------------------------------------------------------------------
// Structure and binding

void TestActivationPlot::shouldHaveObjectNames()
{
    QCOMPARE(m_plot->objectName(), u"activationPlot"_s);
    QWidget* customPlot = customPlotOf(m_plot);
    QCOMPARE(customPlot->parentWidget(), m_plot);
    QCOMPARE(m_plot->resetViewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
    QVERIFY(m_plot->actions().contains(m_plot->resetViewAction()));
    QCOMPARE(m_plot->focusPolicy(), Qt::StrongFocus);
    QVERIFY(!customPlot->toolTip().isEmpty());
    QCOMPARE(m_plot->document(), m_document);
    // The screen plot shows both panels, the function above the derivative, sharing x.
    QVERIFY(scene()->hasPanel(Panel::Function));
    QVERIFY(scene()->hasPanel(Panel::Derivative));
    QCOMPARE(scene()->panels(), Model::Panels::Both);
}

void TestActivationPlot::shouldDrawEachVisibleCurveInBothPanels()
{
    setCurves({curve(make("relu", Core::Framework::Keras), u"a"_s, 0),
        curve(make("leaky_relu", Core::Framework::PyTorch), u"b"_s, 1),
        curve(make("gelu", Core::Framework::PyTorch), u"c"_s, 2)});
    QCOMPARE(scene()->curves().size(), 3);
    for (int i = 0; i < 3; ++i) {
        for (const Panel panel : kPanels)
            QVERIFY2(!scene()->points(i, panel).line.isEmpty(), qPrintable(QString::number(i)));
    }
    QCOMPARE(scene()->legend(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QVERIFY(scene()->points(3, Panel::Function).line.isEmpty());
    QVERIFY(scene()->points(-1, Panel::Derivative).line.isEmpty());

    // Fewer curves through the curve model directly: the rest are gone.
    m_document->curveModel()->setCurves({curve(make("relu", Core::Framework::Keras), u"a"_s, 0)});
    QCOMPARE(scene()->legend(), QStringList{u"a"_s});
    QVERIFY(!scene()->points(0, Panel::Function).line.isEmpty());
    QVERIFY(scene()->points(1, Panel::Function).line.isEmpty());

    // A curve added by the document comes with its automatic name and becomes the selected one.
    const int row = m_document->addCurve(make("elu", Core::Framework::PyTorch));
    QCOMPARE(row, 1);
    QCOMPARE(scene()->legend(), (QStringList{u"a"_s, m_document->curve(1).name}));
    QCOMPARE(scene()->selected(), 1);
    QVERIFY(!scene()->points(1, Panel::Derivative).line.isEmpty());
    m_document->removeCurve(0);
    QCOMPARE(scene()->legend(), QStringList{m_document->curve(0).name});

    // No curves: no legend and nothing drawn.
    m_document->curveModel()->setCurves({});
    QVERIFY(scene()->legend().isEmpty());
    QVERIFY(scene()->points(0, Panel::Function).line.isEmpty());
}

void TestActivationPlot::shouldNotDrawHiddenCurve()
{
    // GIVEN a shown curve and a hidden one in a colour nothing else has, which the first would not
    // cover
    Model::Curve hidden = curve(make("tanh", Core::Framework::PyTorch), u"hidden"_s, 1, false);
    hidden.color = 0xffff00ff;
    setCurves({curve(make("relu", Core::Framework::Keras), u"shown"_s, 0), hidden});
    showPlot();
    // THEN it has no points, no markers, no legend entry, no reading, and no pixel
    for (const Panel panel : kPanels) {
        const PanelPoints p = scene()->points(1, panel);
        QVERIFY(p.line.isEmpty() && p.filled.isEmpty() && p.open.isEmpty());
        QVERIFY(!scene()->points(0, panel).line.isEmpty());
    }
    QCOMPARE(scene()->legend(), QStringList{u"shown"_s});
    const QColor magenta = scene()->curveColor(1);
    QCOMPARE(magenta, QColor(Qt::magenta));
    const QRect all(QPoint(0, 0), customPlotOf(m_plot)->size());
    QCOMPARE(pixelsOfColor(scene()->renderImage(all.size(), 1.0), all, magenta), 0);
    scene()->setCrosshair(1.0);
    QCOMPARE(scene()->crosshair()->readings.size(), 1);
    QCOMPARE(scene()->crosshair()->readings.at(0).name, u"shown"_s);
    const PanelPoints shownBefore = scene()->points(0, Panel::Function);

    // WHEN it is shown
    m_document->curveModel()->setCurveVisible(1, true);
    // THEN it is drawn, after the first curve in the legend although its graphs are the newest
    QVERIFY(!scene()->points(1, Panel::Function).line.isEmpty());
    QVERIFY(!scene()->points(1, Panel::Derivative).line.isEmpty());
    QCOMPARE(scene()->legend(), (QStringList{u"shown"_s, u"hidden"_s}));
    QVERIFY(pixelsOfColor(scene()->renderImage(all.size(), 1.0), all, magenta) > 50);
    QCOMPARE(scene()->crosshair()->readings.size(), 2);
    QCOMPARE(scene()->crosshair()->readings.at(1).curve, 1);
    const PanelPoints hiddenShown = scene()->points(1, Panel::Function);

    // WHEN it is hidden again
    m_document->curveModel()->setCurveVisible(1, false);
    QVERIFY(scene()->points(1, Panel::Function).line.isEmpty());
    QCOMPARE(scene()->legend(), QStringList{u"shown"_s});
    QCOMPARE(scene()->crosshair()->readings.size(), 1);
    QCOMPARE(pixelsOfColor(scene()->renderImage(all.size(), 1.0), all, magenta), 0);
    // AND shown once more, it draws exactly what it drew before; the other curve never changed
    m_document->curveModel()->setCurveVisible(1, true);
    QVERIFY(sameLine(scene()->points(1, Panel::Function).line, hiddenShown.line));
    QVERIFY(sameLine(scene()->points(0, Panel::Function).line, shownBefore.line));

    // AND with every curve hidden there is no legend at all
    m_document->curveModel()->setCurveVisible(0, false);
    m_document->curveModel()->setCurveVisible(1, false);
    QVERIFY(scene()->legend().isEmpty());
    QVERIFY(scene()->crosshair()->readings.isEmpty());
}

void TestActivationPlot::shouldFollowTheDocumentItIsGiven()
{
    // GIVEN a plot bound to one document
    setCurves({curve(make("relu", Core::Framework::Keras), u"first"_s, 0)});
    // WHEN it is bound to another one, with its own state
    ExplorerDocument other;
    Model::Session session = other.snapshot();
    session.curves = {curve(make("gelu", Core::Framework::PyTorch), u"second"_s, 1),
        curve(make("elu", Core::Framework::PyTorch), u"third"_s, 2)};
    session.selected = 1;
    session.domain = {-2.0, 3.0, 51};
    session.dtype = Core::DType::Float32;
    session.theme = Model::Theme::Dark;
    session.view.x = std::pair{-1.0, 2.0};
    other.assign(session);
    m_plot->setDocument(&other);
    // THEN it shows that document whole
    QCOMPARE(m_plot->document(), &other);
    QCOMPARE(scene()->legend(), (QStringList{u"second"_s, u"third"_s}));
    QCOMPARE(scene()->selected(), 1);
    QCOMPARE(scene()->domain().samples, std::size_t(51));
    QCOMPARE(scene()->dtype(), Core::DType::Float32);
    QCOMPARE(scene()->theme(), Model::Theme::Dark);
    QVERIFY(scene()->view() == session.view);
    QVERIFY(scene()->shownView().x == std::pair(-1.0, 2.0));
    // AND the one it left no longer drives it: neither its curves, its selection, its domain, its
    // dtype, its theme nor its view
    const ExplorerDocument* left = m_document;
    m_document->curveModel()->setName(0, u"renamed"_s);
    m_document->select(-1);
    QVERIFY(m_document->setDomain({-9.0, 9.0, 31}));
    m_document->setDType(Core::DType::Float32);
    m_document->setDType(Core::DType::Float64);
    m_document->setTheme(Model::Theme::Light);
    m_document->setView(xView(0.0, 0.5));
    QCOMPARE(scene()->legend(), (QStringList{u"second"_s, u"third"_s}));
    QCOMPARE(scene()->selected(), 1);
    QCOMPARE(scene()->domain().samples, std::size_t(51));
    QCOMPARE(scene()->dtype(), Core::DType::Float32);
    QCOMPARE(scene()->theme(), Model::Theme::Dark);
    QVERIFY(scene()->shownView().x == std::pair(-1.0, 2.0));
    // AND the user's pans go to the new document only
    m_plot->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_plot));
    scene()->replotNow();
    const ViewRanges leftView = left->view();
    const QPoint start = scene()->panelRect(Panel::Function).center();
    drag(customPlotOf(m_plot), start, start + QPoint(80, 0), Qt::LeftButton);
    QVERIFY(scene()->shownView().x->first < -1.0);
    QVERIFY(other.view() == scene()->shownView());
    QVERIFY(left->view() == leftView);
    // AND the new one does
    other.select(0);
    QCOMPARE(scene()->selected(), 0);
    other.setTheme(Model::Theme::Light);
    QCOMPARE(scene()->theme(), Model::Theme::Light);
    m_plot->setDocument(nullptr);
    QCOMPARE(m_plot->document(), nullptr);
    other.setTheme(Model::Theme::Dark);
    QCOMPARE(scene()->theme(), Model::Theme::Light);
}

// ---------------------------------------------------------------------------------------------
// Data

void TestActivationPlot::shouldPlotCoreValues_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<int>("framework");
    QTest::addColumn<QStringList>("assignments");
    QTest::newRow("keras relu threshold")
        << u"relu"_s << int(Core::Framework::Keras) << QStringList{u"threshold=2.5"_s};
    QTest::newRow("keras relu all") << u"relu"_s << int(Core::Framework::Keras)
                                    << QStringList{u"max_value=3"_s, u"negative_slope=0.1"_s, u"threshold=1"_s};
    QTest::newRow("keras relu max 6") << u"relu"_s << int(Core::Framework::Keras) << QStringList{u"max_value=6"_s};
    QTest::newRow("pytorch leaky") << u"leaky_relu"_s << int(Core::Framework::PyTorch) << QStringList();
    QTest::newRow("pytorch gelu") << u"gelu"_s << int(Core::Framework::PyTorch) << QStringList();
    QTest::newRow("pytorch relu6") << u"relu6"_s << int(Core::Framework::PyTorch) << QStringList();
    QTest::newRow("pytorch elu") << u"elu"_s << int(Core::Framework::PyTorch) << QStringList();
}

void TestActivationPlot::shouldPlotCoreValues()
{
    QFETCH(QString, function);
    QFETCH(int, framework);
    QFETCH(QStringList, assignments);
    Core::Activation a = Core::Activation::withDefaults(function.toStdString(), Core::Framework(framework));
    for (const QString& assignment : assignments)
        a.setParam(assignment.toStdString());
    const Core::Domain domain{-4.0, 4.0, 97};
    QVERIFY(m_document->setDomain(domain));
    setCurves({curve(a, u"f"_s, 0)});
    // Fewer samples than the scene's minimum: the scene holds exactly the domain's.
    QCOMPARE(scene()->sampledDomain().min, domain.min);
    QCOMPARE(scene()->sampledDomain().max, domain.max);
    QCOMPARE(scene()->sampledDomain().samples, domain.samples);
    const std::vector<Core::Breakpoint> bps = Core::breakpoints(a);
    const Core::Series series = Core::sample(a, domain, Core::DType::Float64, {.breakpoints = true});

    for (const Panel panel : kPanels) {
        const bool derivative = panel == Panel::Derivative;
        const PanelPoints drawn = scene()->points(0, panel);
        int finite = 0;
        for (const QPointF& p : drawn.line) {
            QVERIFY(p.x() >= domain.min && p.x() <= domain.max);
            if (isGap(p))
                continue;
            ++finite;
            const Core::PointValue v = Core::evaluateAt(a, p.x());
            const double exact = derivative ? v.dy : v.y;
            if (p.y() == exact)
                continue;
            const Core::Breakpoint* b = breakpointAt(bps, p.x());
            QVERIFY2(b != nullptr, qPrintable(u"x = %1: plotted %2, core %3"_s.arg(p.x()).arg(p.y()).arg(exact)));
            // NOLINTNEXTLINE(clang-analyzer-core.NullDereference): QVERIFY2 above returns when b is null
            const double left = derivative ? b->dyLeft : b->yLeft;
            const double right = derivative ? b->dyRight : b->yRight;
            QVERIFY2(p.y() == left || p.y() == right, qPrintable(u"x = %1"_s.arg(p.x())));
        }
        QVERIFY(finite >= 97);
        QVERIFY(std::is_sorted(
            drawn.line.begin(), drawn.line.end(), [](const QPointF& l, const QPointF& r) { return l.x() < r.x(); }));
        // Every grid point is there, bit for bit what Core::sample() computes.
        const QString mismatch = compareWithSeries(drawn.line, series, bps, derivative);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        for (const double x : Core::linspace(domain))
            QVERIFY(!pointsAt(drawn.line, x).isEmpty());
        // Every marker sits on a breakpoint's limit or value; the filled dot is the value at x.
        for (const QVector<QPointF>* markers : {&drawn.filled, &drawn.open}) {
            for (const QPointF& p : *markers) {
                const Core::Breakpoint* b = breakpointAt(bps, p.x());
                QVERIFY(b != nullptr);
                // NOLINTNEXTLINE(clang-analyzer-core.NullDereference): QVERIFY above returns when b is null
                if (derivative)
                    QVERIFY(p.y() == b->dyLeft || p.y() == b->dyAt || p.y() == b->dyRight);
                else
                    QVERIFY(p.y() == b->yLeft || p.y() == b->yAt || p.y() == b->yRight);
            }
        }
        for (const QPointF& p : drawn.filled) {
            const Core::PointValue v = Core::evaluateAt(a, p.x());
            QVERIFY(sameBits(p.y(), derivative ? v.dy : v.y));
        }
    }
}

void TestActivationPlot::shouldInsertExactCorner()
{
    // 0 is not on this grid: the corner must still be there, exactly.
    QVERIFY(m_document->setDomain({-1.0, 1.3, 10}));
    setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    const QVector<QPointF> pts = scene()->points(0, Panel::Function).line;
    QCOMPARE(pointsAt(pts, 0.0), QList<QPointF>{QPointF(0.0, 0.0)});
    // No gap and no marker: the value is continuous at the corner.
    QVERIFY(std::none_of(pts.begin(), pts.end(), isGap));
    QVERIFY(scene()->points(0, Panel::Function).filled.isEmpty());
    QVERIFY(scene()->points(0, Panel::Function).open.isEmpty());
    QCOMPARE(pts.size(), 10 + 1);
    QVERIFY(std::is_sorted(pts.begin(), pts.end(), [](const QPointF& l, const QPointF& r) { return l.x() < r.x(); }));
}

void TestActivationPlot::shouldDrawValueJumpAsTrueJump()
{
    const double t = 2.5;
    setCurves({reluThreshold(t)});
    const QVector<QPointF> pts = scene()->points(0, Panel::Function).line;

    // At x = threshold: the left limit 0, a NaN gap, then the right limit 2.5.
    const QList<QPointF> at = pointsAt(pts, t);
    QCOMPARE(at.size(), 3);
    QCOMPARE(at[0].y(), 0.0);
    QVERIFY(isGap(at[1]));
    QCOMPARE(at[2].y(), t);

    // No segment crosses the jump: consecutive finite points never straddle x = t, and none joins
    // the two limits at x = t.
    const Core::Domain sampled = scene()->sampledDomain();
    const double step = (sampled.max - sampled.min) / double(sampled.samples - 1);
    for (qsizetype i = 0; i + 1 < pts.size(); ++i) {
        const QPointF& p = pts[i];
        const QPointF& q = pts[i + 1];
        if (isGap(p) || isGap(q))
            continue;
        QVERIFY2(!(p.x() < t && q.x() > t), qPrintable(u"segment %1 -> %2"_s.arg(p.x()).arg(q.x())));
        QVERIFY(!(p.x() == t && q.x() == t && p.y() != q.y()));
        QVERIFY(std::abs(q.y() - p.y()) <= 1.01 * step); // a slope-1 curve, sampled every `step`
    }
    QCOMPARE(std::count_if(pts.begin(), pts.end(), isGap), 1);

    // Keras masks with x > threshold: f(t) = 0 is owned by the left piece.
    const PanelPoints markers = scene()->points(0, Panel::Function);
    QCOMPARE(markers.filled, QVector<QPointF>{QPointF(t, 0.0)});
    QCOMPARE(markers.open, QVector<QPointF>{QPointF(t, t)});
}

void TestActivationPlot::shouldDrawDerivativeJumpAtKink()
{
    const Core::Activation relu = make("relu", Core::Framework::Keras);
    setCurves({curve(relu, u"relu"_s, 0)});
    const PanelPoints derivative = scene()->points(0, Panel::Derivative);
    const QList<QPointF> atZero = pointsAt(derivative.line, 0.0);
    QCOMPARE(atZero.size(), 3);
    QCOMPARE(atZero[0].y(), 0.0);
    QVERIFY(isGap(atZero[1]));
    QCOMPARE(atZero[2].y(), 1.0);

    const Core::PointValue v0 = Core::evaluateAt(relu, 0.0);
    QCOMPARE(derivative.filled, QVector<QPointF>{QPointF(0.0, v0.dy)});
    QCOMPARE(derivative.open, QVector<QPointF>{QPointF(0.0, v0.dy == 0.0 ? 1.0 : 0.0)});

    // The value panel is continuous at the kink: no gap, no markers.
    const PanelPoints value = scene()->points(0, Panel::Function);
    QVERIFY(std::none_of(value.line.begin(), value.line.end(), isGap));
    QVERIFY(value.filled.isEmpty());
    QVERIFY(value.open.isEmpty());
}

void TestActivationPlot::shouldMarkTheSideThatOwnsEachJump_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<int>("framework");
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<double>("x");             // a breakpoint to look at
    QTest::addColumn<bool>("valueJumps");      // at x
    QTest::addColumn<QList<double>>("slopes"); // the derivative's two limits at x, left first
    QTest::newRow("keras relu kink") << u"relu"_s << int(Core::Framework::Keras) << QStringList() << 0.0 << false
                                     << QList<double>{0.0, 1.0};
    QTest::newRow("keras relu threshold") << u"relu"_s << int(Core::Framework::Keras) << QStringList{u"threshold=2.5"_s}
                                          << 2.5 << true << QList<double>{0.0, 1.0};
    QTest::newRow("keras relu max 6 at 0") << u"relu"_s << int(Core::Framework::Keras) << QStringList{u"max_value=6"_s}
                                           << 0.0 << false << QList<double>{0.0, 1.0};
    QTest::newRow("keras relu max 6 at 6") << u"relu"_s << int(Core::Framework::Keras) << QStringList{u"max_value=6"_s}
                                           << 6.0 << false << QList<double>{1.0, 0.0};
    QTest::newRow("keras relu max 3 leaky threshold 1")
        << u"relu"_s << int(Core::Framework::Keras)
        << QStringList{u"max_value=3"_s, u"negative_slope=0.1"_s, u"threshold=1"_s} << 1.0 << true
        << QList<double>{0.1, 1.0};
    QTest::newRow("pytorch relu6 at 6") << u"relu6"_s << int(Core::Framework::PyTorch) << QStringList() << 6.0 << false
                                        << QList<double>{1.0, 0.0};
    QTest::newRow("pytorch leaky") << u"leaky_relu"_s << int(Core::Framework::PyTorch) << QStringList() << 0.0 << false
                                   << QList<double>{0.01, 1.0};
}

// At each breakpoint: a gap exactly where a panel is discontinuous, a filled dot at the value the
// framework computes at x, and an open circle at each limit that is not that value.
void TestActivationPlot::shouldMarkTheSideThatOwnsEachJump()
{
    QFETCH(QString, function);
    QFETCH(int, framework);
    QFETCH(QStringList, assignments);
    QFETCH(double, x);
    QFETCH(bool, valueJumps);
    QFETCH(QList<double>, slopes);
    Core::Activation a = Core::Activation::withDefaults(function.toStdString(), Core::Framework(framework));
    for (const QString& assignment : assignments)
        a.setParam(assignment.toStdString());
    QVERIFY(m_document->setDomain({-8.0, 8.0, 161}));
    setCurves({curve(a, u"f"_s, 0)});
    const std::vector<Core::Breakpoint> bps = Core::breakpoints(a);
    const Core::Breakpoint* b = breakpointAt(bps, x);
    QVERIFY(b != nullptr);
    // NOLINTBEGIN(clang-analyzer-core.NullDereference): QVERIFY above returns when b is null
    QCOMPARE(b->valueJumps(), valueJumps);
    QCOMPARE(b->dyLeft, slopes[0]);
    QCOMPARE(b->dyRight, slopes[1]);
    const Core::PointValue v = Core::evaluateAt(a, x);
    for (const Panel panel : kPanels) {
        const bool derivative = panel == Panel::Derivative;
        const double left = derivative ? b->dyLeft : b->yLeft;
        const double right = derivative ? b->dyRight : b->yRight;
        const double own = derivative ? v.dy : v.y;
        QCOMPARE(own, derivative ? b->dyAt : b->yAt);
        const PanelPoints drawn = scene()->points(0, panel);
        const QList<QPointF> line = pointsAt(drawn.line, x);
        const QList<QPointF> filled = pointsAt(drawn.filled, x);
        const QList<QPointF> open = pointsAt(drawn.open, x);
        if (left == right && own == left) {
            QCOMPARE(line, QList<QPointF>{QPointF(x, own)});
            QVERIFY(filled.isEmpty() && open.isEmpty());
            continue;
        }
        // The line runs to the left limit, breaks, and resumes at the right one.
        QCOMPARE(line.size(), 3);
        QCOMPARE(line[0].y(), left);
        QVERIFY(isGap(line[1]));
        QCOMPARE(line[2].y(), right);
        QCOMPARE(filled, QList<QPointF>{QPointF(x, own)});
        QList<double> expectedOpen;
        if (left != own)
            expectedOpen << left;
        if (right != own && right != left)
            expectedOpen << right;
        QList<double> openY;
        for (const QPointF& p : open)
            openY << p.y();
        QCOMPARE(openY, expectedOpen);
        // The owner named by the core is the side the filled dot is on.
        const Core::Side owner = derivative ? b->slopeOwner() : b->valueOwner();
        if (owner == Core::Side::Left)
            QCOMPARE(own, left);
        else if (owner == Core::Side::Right)
            QCOMPARE(own, right);
        else
            QVERIFY(own != left && own != right);
    }
    // NOLINTEND(clang-analyzer-core.NullDereference)
}

// The same in pixels: no stroke joins the two limits of a jump, the filled dot is solid and the
// open circle is hollow.
void TestActivationPlot::shouldDrawJumpsAndMarkersInPixels()
{
    const double t = 2.5;
    setCurves({reluThreshold(t)});
    showPlot();
    const QColor color = scene()->curveColor(0);
    const QColor panel = scene()->backgroundColor();
    const QImage image = scene()->renderImage(customPlotOf(m_plot)->size(), 1.0);

    // The lines on either side are drawn
    QVERIFY(drawnNear(image, toPixel(scene(), Panel::Function, {t - 0.4, 0.0}), color));
    QVERIFY(drawnNear(image, toPixel(scene(), Panel::Function, {t + 0.4, t + 0.4}), color));
    // but nothing between the limits at x = t
    const QPointF from = toPixel(scene(), Panel::Function, {t, 0.3 * t});
    const QPointF to = toPixel(scene(), Panel::Function, {t, 0.7 * t});
    QVERIFY2(to.y() + 20 < from.y(), "the panel is too short to tell");
    for (double y = to.y(); y <= from.y(); y += 1.0) {
        QVERIFY2(!drawnNear(image, QPointF(from.x(), y), color, 1), qPrintable(u"at y pixel %1"_s.arg(y)));
    }
    // The filled dot at (t, f(t)) = (t, 0) is solid; the open circle at (t, t) shows the panel
    // through its middle, inside a ring of the curve's colour.
    const QPointF dot = toPixel(scene(), Panel::Function, {t, 0.0});
    QVERIFY(drawnNear(image, dot, color, 0));
    QVERIFY(drawnNear(image, dot + QPointF(0, -2), color, 0)); // above the line: the disc
    const QPointF ring = toPixel(scene(), Panel::Function, {t, t});
    QVERIFY2(colorDistance(pixel(image, ring), panel) < 40, qPrintable(pixel(image, ring).name()));
    QVERIFY(drawnNear(image, ring + QPointF(0, -3.5), color, 1));
    QVERIFY(drawnNear(image, ring + QPointF(0, 3.5), color, 1));
    QVERIFY(drawnNear(image, ring + QPointF(-3.5, 0), color, 1));

    // In the derivative panel (0 up to t, then 1) the same jump: 0 is owned, 1 is open.
    QVERIFY(drawnNear(image, toPixel(scene(), Panel::Derivative, {t, 0.0}), color, 0));
    const QPointF openSlope = toPixel(scene(), Panel::Derivative, {t, 1.0});
    QVERIFY(colorDistance(pixel(image, openSlope), panel) < 40);
    const QPointF mid = toPixel(scene(), Panel::Derivative, {t, 0.5});
    QVERIFY(!drawnNear(image, mid, color, 1));
}

void TestActivationPlot::shouldKeepSmoothCurvesUnbroken()
{
    setCurves({curve(make("gelu", Core::Framework::PyTorch), u"gelu"_s, 0)});
    // Hidden, the plot does not know its width: it samples coarsely, at most kMinScreenSamples.
    QCOMPARE(m_document->domain().samples, std::size_t(1001));
    QCOMPARE(scene()->sampleCount(), PlotScene::kMinScreenSamples);
    QCOMPARE(scene()->sampledDomain().samples, PlotScene::kMinScreenSamples);
    for (const Panel panel : kPanels) {
        const PanelPoints pts = scene()->points(0, panel);
        QCOMPARE(std::size_t(pts.line.size()), PlotScene::kMinScreenSamples);
        QVERIFY(std::none_of(pts.line.begin(), pts.line.end(), isGap));
        QVERIFY(pts.filled.isEmpty() && pts.open.isEmpty());
    }
}

void TestActivationPlot::shouldUpdateOneCurve()
{
    setCurves({reluThreshold(1.0), curve(make("relu6", Core::Framework::PyTorch), u"relu6"_s, 1)});
    const PanelPoints before = scene()->points(1, Panel::Function);
    QSignalSpy modified(m_document, &ExplorerDocument::modified);

    // A new threshold moves the jump of that curve only.
    Core::Activation moved = m_document->curve(0).activation;
    moved.setParam("threshold=2");
    m_document->setActivation(0, moved);
    const QVector<QPointF> pts = scene()->points(0, Panel::Function).line;
    QVERIFY(std::any_of(pts.begin(), pts.end(), [](const QPointF& p) { return p.x() == 2.0 && isGap(p); }));
    QVERIFY(std::none_of(pts.begin(), pts.end(), [](const QPointF& p) { return p.x() == 1.0 && isGap(p); }));
    QCOMPARE(scene()->points(0, Panel::Function).open, QVector<QPointF>{QPointF(2.0, 2.0)});
    const PanelPoints after = scene()->points(1, Panel::Function);
    QVERIFY(sameLine(after.line, before.line));
    QCOMPARE(after.filled, before.filled);
    QCOMPARE(after.open, before.open);

    // Renaming or recolouring shows at once.
    m_document->curveModel()->setName(0, u"renamed"_s);
    QCOMPARE(scene()->legend(), (QStringList{u"renamed"_s, u"relu6"_s}));
    m_document->curveModel()->setColor(0, 0xffff0000);
    QCOMPARE(scene()->curveColor(0), QColor(Qt::red));
    QCOMPARE(scene()->curveColor(1), QColor::fromRgba(Model::defaultCurveColor(1)));
    const QImage image = scene()->renderImage(QSize(800, 600), 1.0);
    QVERIFY(pixelsOfColor(image, image.rect(), QColor(Qt::red)) > 50);
    QVERIFY(modified.count() >= 3); // the plot only follows: the edits are the document's

    // An update for a row the scene does not have is ignored.
    scene()->updateCurve(5, reluThreshold(3.0));
    QCOMPARE(scene()->curves().size(), 2);
    QCOMPARE(scene()->legend(), (QStringList{u"renamed"_s, u"relu6"_s}));
}

void TestActivationPlot::shouldFollowDomainAndSampleCount()
{
    setCurves({curve(make("gelu", Core::Framework::Keras), u"gelu"_s, 0)});
    QSignalSpy spy(m_document, &ExplorerDocument::viewChanged);
    QVERIFY(m_document->setDomain({-2.0, 3.0, 51}));
    QCOMPARE(scene()->domain().samples, std::size_t(51));
    QVERIFY(scene()->shownView().x == std::pair(-2.0, 3.0));
    QVERIFY(scene()->view().followsData());
    QCOMPARE(scene()->points(0, Panel::Function).line.size(), 51);
    QCOMPARE(scene()->points(0, Panel::Derivative).line.size(), 51);
    // The plot took the new domain without writing a view back: the document still follows the data.
    QCOMPARE(spy.count(), 0);
    QVERIFY(m_document->view().followsData());

    const std::vector<double> grid = Core::linspace({-2.0, 3.0, 51});
    const QVector<QPointF> pts = scene()->points(0, Panel::Function).line;
    for (std::size_t i = 0; i < grid.size(); ++i)
        QCOMPARE(pts[qsizetype(i)].x(), grid[i]);

    // Same range, new sample count: resampled.
    QVERIFY(m_document->setDomain({-2.0, 3.0, 11}));
    QCOMPARE(scene()->points(0, Panel::Function).line.size(), 11);

    // An invalid domain never reaches the plot, and the scene refuses one too.
    QVERIFY(!m_document->setDomain({3.0, -2.0, 11}));
    scene()->setDomain({3.0, -2.0, 11});
    scene()->setDomain({-1.0, 1.0, 1});
    QCOMPARE(scene()->domain().min, -2.0);
    QCOMPARE(scene()->domain().samples, std::size_t(11));
    QCOMPARE(scene()->points(0, Panel::Function).line.size(), 11);
}

void TestActivationPlot::shouldFollowTheDType()
{
    // 0.1 × x in float32 is not 0.1 × x in double: the scene samples in the document's dtype.
    const Core::Activation leaky = make("leaky_relu", Core::Framework::Keras, {"negative_slope=0.1"});
    QVERIFY(m_document->setDomain({-5.0, 5.0, 101}));
    setCurves({curve(leaky, u"Leaky"_s, 0)});
    const QVector<QPointF> asDouble = scene()->points(0, Panel::Function).line;
    QSignalSpy spy(m_document, &ExplorerDocument::dtypeChanged);
    m_document->setDType(Core::DType::Float32);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(scene()->dtype(), Core::DType::Float32);
    const Core::Series series
        = Core::sample(leaky, scene()->sampledDomain(), Core::DType::Float32, {.breakpoints = true});
    const std::vector<Core::Breakpoint> bps = Core::breakpoints(leaky, Core::DType::Float32);
    for (const Panel panel : kPanels) {
        const QVector<QPointF> line = scene()->points(0, panel).line;
        const QString mismatch = compareWithSeries(line, series, bps, panel == Panel::Derivative);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        for (const QPointF& p : line) {
            QVERIFY(double(float(p.x())) == p.x());
            QVERIFY2(
                double(float(p.y())) == p.y() || isGap(p), qPrintable(u"(%1, %2)"_s.arg(p.x()).arg(p.y(), 0, 'g', 17)));
        }
    }
    const QVector<QPointF> asFloat = scene()->points(0, Panel::Function).line;
    QVERIFY(sameBits(asFloat.front().y(), Core::evaluateAt(leaky, -5.0, Core::DType::Float32).y));
    QVERIFY(!sameLine(asFloat, asDouble));
    m_document->setDType(Core::DType::Float64);
    QVERIFY(sameLine(scene()->points(0, Panel::Function).line, asDouble));
}

// ---------------------------------------------------------------------------------------------
// Look

// What points() reports is what is on screen: in the curve's colour, at the place the axes say.
void TestActivationPlot::shouldDrawEachCurveInItsColourWherePointsSays()
{
    // Two curves that stay apart in both panels, so that neither hides the other.
    QVERIFY(m_document->setDomain({1.0, 5.0, 401}));
    setCurves({curve(make("relu6", Core::Framework::PyTorch), u"relu6"_s, 0),
        curve(make("sigmoid", Core::Framework::PyTorch), u"sigmoid"_s, 1)});
    showPlot();
    // The scene maps x as QCustomPlot lays out the panel: left edge to right edge.
    const QRect value = scene()->panelRect(Panel::Function);
    const QRect derivative = scene()->panelRect(Panel::Derivative);
    QVERIFY(value.width() > 400 && value.height() > 100 && derivative.height() > 100);
    QVERIFY(value.bottom() < derivative.top());
    QCOMPARE(value.left(), derivative.left());
    QCOMPARE(value.width(), derivative.width());
    const ViewRanges shown = scene()->shownView();
    QCOMPARE(scene()->xToPixel(shown.x->first), double(value.left()));
    QCOMPARE(scene()->xToPixel(shown.x->second), double(value.left() + value.width()));
    QCOMPARE(scene()->pixelToX(scene()->xToPixel(1.25)), 1.25);
    QVERIFY(scene()->panelAt(value.center()) == Panel::Function);
    QVERIFY(scene()->panelAt(derivative.center()) == Panel::Derivative);
    QVERIFY(!scene()->panelAt(QPoint(1, 1)));

    for (const QImage& image :
        {scene()->renderImage(customPlotOf(m_plot)->size(), 1.0), customPlotOf(m_plot)->grab().toImage()}) {
        for (int c = 0; c < 2; ++c) {
            const QColor color = scene()->curveColor(c);
            QCOMPARE(color, QColor::fromRgba(Model::defaultCurveColor(c)));
            for (const Panel panel : kPanels) {
                const QVector<QPointF> line = scene()->points(c, panel).line;
                int checked = 0;
                // The right half: the legend covers part of the left.
                for (qsizetype i = line.size() / 2; i < line.size(); i += 13) {
                    if (isGap(line[i]))
                        continue;
                    const QPointF at = toPixel(scene(), panel, line[i]);
                    QVERIFY2(drawnNear(image, at, color),
                        qPrintable(u"curve %1 at (%2, %3): pixel %4"_s.arg(c)
                                       .arg(line[i].x())
                                       .arg(line[i].y())
                                       .arg(pixel(image, at).name())));
                    ++checked;
                }
                QVERIFY(checked >= 5);
            }
        }
    }
}

void TestActivationPlot::shouldDrawTheSelectedCurveThickerAndOnTop()
{
    // GIVEN two curves that coincide for x > 0 only (ReLU and a leaky ReLU), the first selected
    setCurves({curve(make("relu", Core::Framework::Keras), u"relu"_s, 0),
                  curve(make("leaky_relu", Core::Framework::PyTorch, {"negative_slope=0.5"}), u"leaky"_s, 1)},
        0);
    showPlot();
    QCOMPARE(scene()->selected(), 0);
    QVERIFY(scene()->lineWidth(0) > scene()->lineWidth(1));
    const QPointF shared = toPixel(scene(), Panel::Function, {3.0, 3.0});
    QImage image = scene()->renderImage(customPlotOf(m_plot)->size(), 1.0);
    // THEN the selected curve is the one seen where they overlap
    QVERIFY(drawnNear(image, shared, scene()->curveColor(0), 0));
    // and its stroke carries more ink than when it is not selected (measured across its flat
    // part, where the other curve is far below)
    const double column = scene()->xToPixel(-3.7);
    const QPointF zero = toPixel(scene(), Panel::Function, {-3.7, 0.0});
    const double thick = colouredInk(image, column, zero.y() - 6, zero.y() + 6);

    // WHEN the document selects the other one
    m_document->select(1);
    QCOMPARE(scene()->selected(), 1);
    QVERIFY(scene()->lineWidth(1) > scene()->lineWidth(0));
    image = scene()->renderImage(customPlotOf(m_plot)->size(), 1.0);
    QVERIFY(drawnNear(image, shared, scene()->curveColor(1), 0));
    QVERIFY(!drawnNear(image, shared, scene()->curveColor(0), 0));
    const double thin = colouredInk(image, column, zero.y() - 6, zero.y() + 6);
    QVERIFY2(thick > 1.2 * thin, qPrintable(u"selected %1, unselected %2"_s.arg(thick).arg(thin)));

    // AND with nothing selected both are drawn alike
    m_document->select(-1);
    QCOMPARE(scene()->selected(), -1);
    QCOMPARE(scene()->lineWidth(0), scene()->lineWidth(1));
}

void TestActivationPlot::shouldChangeColoursWithTheTheme()
{
    setCurves({curve(make("relu", Core::Framework::Keras), u"relu"_s, 0)});
    showPlot();
    QCOMPARE(scene()->theme(), Model::Theme::Light);
    const QColor light = scene()->backgroundColor();
    QVERIFY(light.lightness() > 200);
    QCOMPARE(m_plot->palette().color(QPalette::Window), light);
    const QSize size = customPlotOf(m_plot)->size();
    const QRect margin(1, scene()->panelRect(Panel::Derivative).top(), scene()->panelRect(Panel::Derivative).left() - 2,
        scene()->panelRect(Panel::Derivative).height());
    QImage image = scene()->renderImage(size, 1.0);
    QVERIFY(pixel(image, {2, 2}).lightness() > 200);
    // The tick labels are dark on light.
    QVERIFY(pixelsOfColor(image, margin, QColor(0x20, 0x21, 0x24), 120) > 10);

    m_document->setTheme(Model::Theme::Dark);
    QCOMPARE(scene()->theme(), Model::Theme::Dark);
    const QColor dark = scene()->backgroundColor();
    QVERIFY(dark.lightness() < 60);
    // The widget around the plot takes the same colour, so no light frame shows.
    QCOMPARE(m_plot->palette().color(QPalette::Window), dark);
    // The rendered plot is dark: outside and inside the panels, with light tick labels.
    image = scene()->renderImage(size, 1.0);
    QVERIFY(pixel(image, {2, 2}).lightness() < 60);
    const QPointF empty = toPixel(scene(), Panel::Derivative, {-2.5, 0.5}); // f′ is 0 there
    QVERIFY2(pixel(image, empty).lightness() < 80, qPrintable(pixel(image, empty).name()));
    QVERIFY(pixel(image, scene()->panelRect(Panel::Function).center() + QPoint(0, -40)).lightness() < 80);
    QVERIFY(pixelsOfColor(image, margin, QColor(0xdf, 0xe1, 0xe5), 120) > 10);
    // And so is what the screen shows.
    scene()->replotNow();
    QVERIFY(pixel(customPlotOf(m_plot)->grab().toImage(), {2, 2}).lightness() < 60);
    QVERIFY(pixel(m_plot->grab().toImage(), {2, 2}).lightness() < 60);

    m_document->setTheme(Model::Theme::Light);
    QCOMPARE(scene()->backgroundColor(), light);
    QVERIFY(pixel(scene()->renderImage(size, 1.0), {2, 2}).lightness() > 200);
}

void TestActivationPlot::shouldSwapBlackCurveInDarkTheme()
{
    Model::Curve black = curve(make("relu", Core::Framework::Keras), u"relu"_s, 0);
    black.color = 0xff000000;
    setCurves({black, curve(make("tanh", Core::Framework::Keras), u"tanh"_s, 0)});
    showPlot();
    QCOMPARE(scene()->curveColor(0), QColor(Qt::black));
    const QPointF on = toPixel(scene(), Panel::Function, {3.0, 3.0});
    QVERIFY(drawnNear(scene()->renderImage(customPlotOf(m_plot)->size(), 1.0), on, QColor(Qt::black), 0));

    m_document->setTheme(Model::Theme::Dark);
    const QColor swapped = scene()->curveColor(0);
    QVERIFY(swapped.lightness() > 150);
    // The colour stays the curve's own: only the drawing swaps it.
    QCOMPARE(m_document->curve(0).color, Model::Rgba(0xff000000));
    QCOMPARE(scene()->curveColor(1), QColor::fromRgba(Model::defaultCurveColor(0))); // colours stay
    const QImage image = scene()->renderImage(customPlotOf(m_plot)->size(), 1.0);
    QVERIFY(drawnNear(image, toPixel(scene(), Panel::Function, {3.0, 3.0}), swapped, 0));
    QVERIFY(!drawnNear(image, toPixel(scene(), Panel::Function, {3.0, 3.0}), QColor(Qt::black), 1));
}

// ---------------------------------------------------------------------------------------------
// View

void TestActivationPlot::shouldAutoFitY()
{
    QVERIFY(m_document->setDomain({-8.0, 8.0, 161}));
    setCurves({curve(make("relu6", Core::Framework::PyTorch), u"relu6"_s, 0)});
    const ViewRanges fitted = scene()->shownView();
    QVERIFY2(fitted.f->first < 0.0 && fitted.f->first > -1.0, qPrintable(describe(fitted.f)));
    QVERIFY(fitted.f->second > 6.0 && fitted.f->second < 7.0);
    QVERIFY2(
        fitted.df->first < 0.0 && fitted.df->second > 1.0 && fitted.df->second < 1.2, qPrintable(describe(fitted.df)));
    QVERIFY(scene()->view().followsData());

    // While the view was not touched, y follows the data.
    m_document->setActivation(0, make("relu", Core::Framework::PyTorch));
    QVERIFY(scene()->shownView().f->second > 8.0);
    QVERIFY(scene()->shownView().f->second < 9.0);

    // Once the user zoomed, it stays put until a reset.
    ViewRanges zoomed = scene()->shownView();
    zoomed.f = std::pair{-10.0, 10.0};
    m_document->setView(zoomed);
    m_document->setActivation(0, make("relu6", Core::Framework::PyTorch));
    QVERIFY(scene()->shownView().f == std::pair(-10.0, 10.0));
    QVERIFY(scene()->shownView().df == zoomed.df);
    m_plot->resetViewAction()->trigger();
    QVERIFY(m_document->view().followsData());
    QVERIFY(scene()->shownView().f->second < 7.0);

    // A view that sets x only still fits y, to what is visible.
    m_document->setView(xView(-8.0, -1.0));
    QVERIFY2(scene()->shownView().f->second < 1.0, qPrintable(describe(scene()->shownView().f)));
}

void TestActivationPlot::shouldShowTheDocumentsView()
{
    setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    QSignalSpy spy(m_document, &ExplorerDocument::viewChanged);
    // A view from a session, every range set: shown exactly, and not echoed back.
    Model::Session session = m_document->snapshot();
    session.view = {.x = std::pair{-1.0, 2.0}, .f = std::pair{0.0, 3.0}, .df = std::pair{-0.5, 1.5}};
    m_document->assign(session);
    QVERIFY(scene()->view() == session.view);
    QVERIFY(scene()->shownView() == session.view);
    QCOMPARE(scene()->sampledDomain().min, -1.0);
    QCOMPARE(scene()->sampledDomain().max, 2.0);
    QCOMPARE(spy.count(), 1);
    QVERIFY(m_document->view() == session.view);
    // Reset: the domain, y fitted.
    m_document->resetView();
    QVERIFY(scene()->view().followsData());
    QVERIFY(scene()->shownView().x == std::pair(-5.0, 5.0));
    QVERIFY(scene()->shownView().f->second > 5.0);
    QCOMPARE(spy.count(), 2);
}

void TestActivationPlot::shouldZoomOnWheel()
{
    QVERIFY(m_document->setDomain({-5.0, 5.0, 101}));
    setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    showPlot();
    QWidget* cp = customPlotOf(m_plot);
    QSignalSpy spy(m_document, &ExplorerDocument::viewChanged);
    const ViewRanges before = scene()->shownView();
    wheel(cp, scene()->panelRect(Panel::Function).center(), 1);

    // x zooms in around the cursor, y only in the panel under it.
    const ViewRanges after = scene()->shownView();
    QVERIFY(width(after.x) < 10.0);
    QVERIFY(after.x->first > -5.0 && after.x->second < 5.0);
    QVERIFY(width(after.f) < width(before.f));
    QVERIFY(after.df == before.df);
    // The zoom is the document's view now: every range set, as the user sees it.
    QVERIFY(!spy.isEmpty());
    for (const QList<QVariant>& args : std::as_const(spy))
        QVERIFY(args.at(0).value<ViewRanges>().x == after.x);
    QVERIFY(spy.last().at(0).value<ViewRanges>() == after);
    QVERIFY(m_document->view() == after);
    QVERIFY(scene()->view() == after);
    // Both panels share x: the derivative's step at 0 is drawn where x = 0 is.
    scene()->replotNow();
    const QImage image = cp->grab().toImage();
    const QColor color = scene()->curveColor(0);
    const double step = 8.0 / (scene()->xToPixel(1.0) - scene()->xToPixel(0.0)); // 8 pixels in x
    QVERIFY(drawnNear(image, toPixel(scene(), Panel::Derivative, {-step, 0.0}), color, 1));
    QVERIFY(drawnNear(image, toPixel(scene(), Panel::Derivative, {step, 1.0}), color, 1));
    QVERIFY(!drawnNear(image, toPixel(scene(), Panel::Derivative, {-step, 1.0}), color, 1));

    // Over the derivative panel: its y zooms, the function's stays.
    wheel(cp, scene()->panelRect(Panel::Derivative).center(), -1);
    const ViewRanges out = scene()->shownView();
    QVERIFY(width(out.x) > width(after.x));
    QVERIFY(width(out.df) > width(after.df));
    QVERIFY(out.f == after.f);
    QVERIFY(m_document->view() == out);
}

void TestActivationPlot::shouldPanOnDrag()
{
    QVERIFY(m_document->setDomain({-5.0, 5.0, 101}));
    setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    showPlot();
    QSignalSpy spy(m_document, &ExplorerDocument::viewChanged);
    const ViewRanges before = scene()->shownView();
    const QPoint start = scene()->panelRect(Panel::Derivative).center();
    drag(customPlotOf(m_plot), start, start + QPoint(100, 0), Qt::LeftButton);
    const ViewRanges after = scene()->shownView();
    QVERIFY(after.x->first < -5.0);
    QCOMPARE(width(after.x), 10.0);
    QVERIFY(after.f == before.f && after.df == before.df);
    QVERIFY(!spy.isEmpty());
    QVERIFY(m_document->view() == after);
    // The crosshair does not follow a drag.
    QVERIFY(!scene()->crosshair());
    // The newly visible range is sampled.
    QCOMPARE(scene()->sampledDomain().min, after.x->first);
    QCOMPARE(scene()->points(0, Panel::Function).line.front().x(), after.x->first);
}

void TestActivationPlot::shouldZoomToRubberBand()
{
    QVERIFY(m_document->setDomain({-5.0, 5.0, 101}));
    setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    showPlot();
    QWidget* cp = customPlotOf(m_plot);
    const QPointF from = toPixel(scene(), Panel::Function, {-1.0, 3.0});
    const QPointF to = toPixel(scene(), Panel::Function, {2.0, 0.5});
    drag(cp, from.toPoint(), to.toPoint(), Qt::LeftButton, Qt::ShiftModifier);
    ViewRanges v = scene()->shownView();
    QVERIFY2(std::abs(span(v.x).first + 1.0) < 0.05, qPrintable(describe(v.x)));
    QVERIFY(std::abs(span(v.x).second - 2.0) < 0.05);
    QVERIFY2(std::abs(span(v.f).second - 3.0) < 0.1, qPrintable(describe(v.f)));
    QVERIFY(std::abs(span(v.f).first - 0.5) < 0.1);
    QVERIFY(m_document->view() == v);

    // A right-button drag zooms too; a plain drag afterwards pans again.
    const QPointF a = toPixel(scene(), Panel::Function, {0.0, 2.0});
    const QPointF b = toPixel(scene(), Panel::Function, {1.0, 1.0});
    drag(cp, a.toPoint(), b.toPoint(), Qt::RightButton);
    v = scene()->shownView();
    QVERIFY2(std::abs(span(v.x).first - 0.0) < 0.05, qPrintable(describe(v.x)));
    QVERIFY(std::abs(span(v.x).second - 1.0) < 0.05);
    const double zoomed = width(v.x);
    const double start = span(v.x).first;
    drag(cp, a.toPoint(), b.toPoint(), Qt::LeftButton);
    v = scene()->shownView();
    QVERIFY(std::abs(width(v.x) - zoomed) < 1e-12);
    // moved by as many pixels as the mouse
    const double moved = (b.toPoint().x() - a.toPoint().x()) * zoomed / scene()->panelRect(Panel::Function).width();
    QVERIFY2(std::abs(span(v.x).first - (start - moved)) < 1e-9, qPrintable(describe(v.x)));
    QVERIFY(m_document->view() == v);
}

// Like the crosshair, QCustomPlot's overlay has a buffer of its own only while the zoom rectangle
// is drawn there.
void TestActivationPlot::shouldRedrawOnlyTheZoomRectangleWhileItIsDrawn()
{
    setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    showPlot();
    auto* cp = qobject_cast<QCustomPlot*>(customPlotOf(m_plot));
    QVERIFY(cp);
    const QPointF a = toPixel(scene(), Panel::Function, {0.0, 2.0});
    const QPointF b = toPixel(scene(), Panel::Function, {1.0, 1.0});
    sendMouse(cp, QEvent::MouseButtonPress, a, Qt::RightButton, Qt::RightButton);
    sendMouse(cp, QEvent::MouseMove, (a + b) / 2, Qt::NoButton, Qt::RightButton);
    QCOMPARE(bufferedLayers(cp), QStringList{u"overlay"_s});
    QSignalSpy replots(cp, &QCustomPlot::afterReplot);
    sendMouse(cp, QEvent::MouseMove, b, Qt::NoButton, Qt::RightButton);
    QCoreApplication::processEvents();
    QCOMPARE(replots.count(), 0);
    sendMouse(cp, QEvent::MouseButtonRelease, b, Qt::RightButton, Qt::NoButton);
    QCOMPARE(bufferedLayers(cp), QStringList());
    QVERIFY(std::abs(span(scene()->shownView().x).second - 1.0) < 0.05);
}

void TestActivationPlot::shouldResetViewWithCtrl0AndDoubleClick()
{
    QVERIFY(m_document->setDomain({-3.0, 4.0, 101}));
    setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    showPlot();
    m_plot->activateWindow();
    m_plot->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_plot));
    ViewRanges zoomed = xView(0.5, 1.0);
    zoomed.df = std::pair{-7.0, 9.0};
    m_document->setView(zoomed);
    QVERIFY(scene()->shownView().x == std::pair(0.5, 1.0));

    QTest::keyClick(m_plot, Qt::Key_0, Qt::ControlModifier);
    QVERIFY(m_document->view().followsData());
    QVERIFY(scene()->shownView().x == std::pair(-3.0, 4.0));
    const ViewRanges reset = scene()->shownView();
    QVERIFY2(reset.df->first > -1.0 && reset.df->second < 2.0, qPrintable(describe(reset.df)));

    m_document->setView(xView(0.5, 1.0));
    QTest::mouseDClick(
        customPlotOf(m_plot), Qt::LeftButton, Qt::NoModifier, scene()->panelRect(Panel::Function).center());
    QVERIFY(m_document->view().followsData());
    QVERIFY(scene()->shownView().x == std::pair(-3.0, 4.0));

    // Following the data already, a reset leaves the document alone and y fitted.
    QSignalSpy modified(m_document, &ExplorerDocument::modified);
    const ViewRanges fitted = scene()->shownView();
    m_plot->resetViewAction()->trigger();
    QCOMPARE(modified.count(), 0);
    QVERIFY(m_document->view().followsData());
    QVERIFY(scene()->shownView() == fitted);
}

void TestActivationPlot::shouldZoomWithPlusAndMinus()
{
    QVERIFY(m_document->setDomain({-5.0, 5.0, 101}));
    setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    showPlot();
    // Around the middle of the view without a crosshair
    QTest::keyClick(m_plot, Qt::Key_Plus);
    ViewRanges v = scene()->shownView();
    QVERIFY2(width(v.x) < 10.0, qPrintable(describe(v.x)));
    QCOMPARE(width(v.x), 10.0 * 0.85);
    QCOMPARE((v.x->first + v.x->second) / 2, 0.0);
    QVERIFY(m_document->view() == v);
    // and around the crosshair with one
    scene()->setCrosshair(3.0);
    const double c = scene()->crosshair()->x;
    QVERIFY(std::abs(c - 3.0) < 0.1);
    const double before = width(v.x);
    const double leftOfCrosshair = c - span(v.x).first;
    QTest::keyClick(m_plot, Qt::Key_Minus);
    v = scene()->shownView();
    QCOMPARE(width(v.x), before / 0.85);
    QCOMPARE((c - span(v.x).first) / width(v.x), leftOfCrosshair / before);
    QVERIFY(m_document->view() == v);
}

void TestActivationPlot::shouldResampleVisibleRange()
{
    // Zoomed in, the curve is sampled over the visible range with the same sample count, so the
    // grid gets finer and corners stay exact.
    QVERIFY(m_document->setDomain({-5.0, 5.0, 101}));
    setCurves({reluThreshold(0.123)});
    m_document->setView(xView(0.0, 0.5));
    QCOMPARE(scene()->sampledDomain().min, 0.0);
    QCOMPARE(scene()->sampledDomain().max, 0.5);
    QCOMPARE(scene()->sampledDomain().samples, std::size_t(101));
    const QVector<QPointF> pts = scene()->points(0, Panel::Function).line;
    QCOMPARE(pts.front().x(), 0.0);
    QCOMPARE(pts.back().x(), 0.5);
    QVERIFY(std::any_of(pts.begin(), pts.end(), [](const QPointF& p) { return p.x() == 0.123 && isGap(p); }));
    // The domain itself is unchanged.
    QCOMPARE(scene()->domain().min, -5.0);
    QCOMPARE(m_document->domain().min, -5.0);
    m_document->resetView();
    QCOMPARE(scene()->sampledDomain().min, -5.0);
    QCOMPARE(scene()->points(0, Panel::Function).line.size(), 101 + 3); // left limit, gap, right limit
}

void TestActivationPlot::shouldSampleAtScreenResolutionOnScreen()
{
    // GIVEN a domain with far more samples than the panel has pixels
    const Core::Domain domain{-5.0, 5.0, 100'001};
    QVERIFY(m_document->setDomain(domain));
    setCurves({reluThreshold(0.123), curve(make("gelu", Core::Framework::PyTorch), u"gelu"_s, 1)});
    // THEN hidden, the plot samples coarsely: it does not know its width yet
    QCOMPARE(scene()->sampleCount(), PlotScene::kMinScreenSamples);
    QCOMPARE(scene()->sampledDomain().samples, PlotScene::kMinScreenSamples);

    // WHEN the plot is shown
    showPlot();
    // THEN the graphs hold one point per device pixel of the panel, plus the exact breakpoints
    const double pixels = scene()->panelRect(Panel::Function).width() * customPlotOf(m_plot)->devicePixelRatioF();
    const auto expected = static_cast<std::size_t>(std::ceil(pixels));
    QVERIFY2(expected >= PlotScene::kMinScreenSamples && expected < 2'000, qPrintable(QString::number(expected)));
    QCOMPARE(scene()->sampleCount(), expected);
    QCOMPARE(scene()->sampledDomain().samples, expected);
    const auto checkAgainstCore = [this](int row, std::size_t grid) {
        const Core::Activation& a = scene()->curves().at(row).activation;
        const std::vector<Core::Breakpoint> bps = Core::breakpoints(a);
        const ViewRanges shown = scene()->shownView();
        for (const Panel panel : kPanels) {
            const QVector<QPointF> line = scene()->points(row, panel).line;
            QVERIFY(std::size_t(line.size()) <= grid + 3 * bps.size());
            QVERIFY(std::size_t(line.size()) >= grid);
            for (const QPointF& p : line) {
                QVERIFY(p.x() >= shown.x->first && p.x() <= shown.x->second);
                if (breakpointAt(bps, p.x()))
                    continue;
                const Core::PointValue v = Core::evaluateAt(a, p.x());
                QVERIFY2(p.y() == (panel == Panel::Derivative ? v.dy : v.y), qPrintable(QString::number(p.x())));
            }
        }
    };
    checkAgainstCore(0, expected);
    checkAgainstCore(1, expected);
    // AND the jump is still a true jump at its exact x
    const QVector<QPointF> relu = scene()->points(0, Panel::Function).line;
    QVERIFY(std::any_of(relu.begin(), relu.end(), [](const QPointF& p) { return p.x() == 0.123 && isGap(p); }));

    // AND the crosshair still steps through the domain's samples, not the drawn ones
    const std::vector<double> grid = Core::linspace(domain);
    m_document->select(1);
    scene()->setCrosshair(1.00004);
    const auto at = std::find(grid.begin(), grid.end(), scene()->crosshair()->x);
    QVERIFY(at != grid.end());
    QVERIFY(std::abs(*at - 1.0) < 1e-9);
    scene()->stepCrosshair(1);
    QCOMPARE(scene()->crosshair()->x, *std::next(at));
    scene()->stepCrosshair(-10);
    QCOMPARE(scene()->crosshair()->x, *std::prev(at, 9));

    // WHEN zoomed in: the visible range at the same resolution, the breakpoint still exact
    m_document->setView(xView(0.0, 0.5));
    QCOMPARE(scene()->sampledDomain().min, 0.0);
    QCOMPARE(scene()->sampledDomain().samples, expected);
    checkAgainstCore(0, expected);
    const QVector<QPointF> zoomed = scene()->points(0, Panel::Function).line;
    QVERIFY(std::any_of(zoomed.begin(), zoomed.end(), [](const QPointF& p) { return p.x() == 0.123 && isGap(p); }));

    // WHEN the plot gets wider: more points, once it has been laid out
    m_plot->resize(m_plot->width() + 300, m_plot->height());
    QCoreApplication::processEvents(); // the layout resizes the QCustomPlot
    scene()->replotNow();
    QVERIFY(scene()->sampleCount() > expected);
    QCOMPARE(scene()->sampledDomain().samples, scene()->sampleCount());
    checkAgainstCore(1, scene()->sampleCount());

    // AND a domain with fewer samples than pixels is drawn with exactly those
    QVERIFY(m_document->setDomain({-5.0, 5.0, 51}));
    QCOMPARE(scene()->sampledDomain().samples, std::size_t(51));
    QCOMPARE(scene()->points(1, Panel::Function).line.size(), 51);
}

// ---------------------------------------------------------------------------------------------
// Crosshair

// Startup: the plot is sampled at its width inside the replot of its first resize, and neither
// QCustomPlot's own queued replot nor the show event draws that frame again.
void TestActivationPlot::shouldDrawTheFirstFrameInOneReplot()
{
    setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    auto* cp = qobject_cast<QCustomPlot*>(customPlotOf(m_plot));
    QVERIFY(cp);
    QSignalSpy replots(cp, &QCustomPlot::afterReplot);
    std::size_t drawnAt = 0; // the sample count of the first frame's graphs
    connect(cp, &QCustomPlot::afterReplot, this, [&] {
        if (drawnAt == 0)
            drawnAt = scene()->sampledDomain().samples;
    });
    m_plot->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_plot));
    QTest::qWait(50);
    QCOMPARE(replots.count(), 1);
    QVERIFY(scene()->sampleCount() > PlotScene::kMinScreenSamples);
    QCOMPARE(drawnAt, scene()->sampleCount());
}

void TestActivationPlot::shouldSnapCrosshairAndReadExactValues()
{
    const Core::Activation leaky = make("leaky_relu", Core::Framework::Keras, {"negative_slope=0.1"});
    const Core::Activation relu = make("relu", Core::Framework::Keras);
    QVERIFY(m_document->setDomain({-5.0, 5.0, 11})); // a sample every 1
    setCurves({curve(leaky, u"Leaky"_s, 0), curve(relu, u"ReLU"_s, 1)}, 0);
    QVERIFY(!scene()->crosshair());

    QSignalSpy spy(m_plot, &ActivationPlot::crosshairChanged);
    QSignalSpy sceneSpy(scene(), &PlotScene::crosshairChanged);
    scene()->setCrosshair(-2.7);
    QVERIFY(scene()->crosshair());
    QCOMPARE(scene()->crosshair()->x, -3.0);
    QCOMPARE(scene()->crosshair()->dtype, Core::DType::Float64);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(sceneSpy.count(), 1);
    const auto told = spy.at(0).at(0).value<std::optional<Crosshair>>();
    QVERIFY(told == scene()->crosshair());

    // Every visible curve, in order, read exactly from the core at x.
    const Core::PointValue l = Core::evaluateAt(leaky, -3.0);
    const Core::PointValue r = Core::evaluateAt(relu, -3.0);
    const QList<Widgets::CrosshairReading> readings = scene()->crosshair()->readings;
    QCOMPARE(readings.size(), 2);
    QVERIFY(readings[0] == (Widgets::CrosshairReading{0, u"Leaky"_s, l.y, l.dy}));
    QVERIFY(readings[1] == (Widgets::CrosshairReading{1, u"ReLU"_s, r.y, r.dy}));
    // 0.1 * -3 in double is not -0.3: the reading is the exact value, not a rounded one.
    QCOMPARE(QString::fromStdString(Core::formatNumber(readings[0].y)), u"-0.30000000000000004"_s);
    QVERIFY(sameBits(readings[0].y, l.y));

    // Snaps to the nearest sample, and to the nearest end outside the range.
    scene()->setCrosshair(0.2);
    QCOMPARE(scene()->crosshair()->x, 0.0);
    scene()->setCrosshair(99);
    QCOMPARE(scene()->crosshair()->x, 5.0);
    scene()->setCrosshair(-1e300);
    QCOMPARE(scene()->crosshair()->x, -5.0);
    scene()->setCrosshair(99);
    // A non-finite x is ignored.
    scene()->setCrosshair(std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(scene()->crosshair()->x, 5.0);
    // Unchanged reading: no signal.
    const qsizetype count = spy.count();
    scene()->setCrosshair(98);
    QCOMPARE(spy.count(), count);
    // A data change updates the readings.
    m_document->setActivation(1, make("relu", Core::Framework::Keras, {"max_value=1"}));
    QCOMPARE(spy.count(), count + 1);
    QCOMPARE(scene()->crosshair()->readings.at(1).y, 1.0);
    QCOMPARE(scene()->crosshair()->readings.at(1).dy, 0.0);
    QCOMPARE(spy.last().at(0).value<std::optional<Crosshair>>()->readings.at(1).y, 1.0);
    // So does a new name.
    m_document->curveModel()->setName(0, u"Leaky 0.1"_s);
    QCOMPARE(spy.count(), count + 2);
    QCOMPARE(scene()->crosshair()->readings.at(0).name, u"Leaky 0.1"_s);

    scene()->setCrosshair(std::nullopt);
    QVERIFY(!scene()->crosshair());
    QCOMPARE(spy.count(), count + 3);
    QVERIFY(!spy.last().at(0).value<std::optional<Crosshair>>());
}

void TestActivationPlot::shouldReadFloat32Values()
{
    const Core::Activation leaky = make("leaky_relu", Core::Framework::Keras, {"negative_slope=0.1"});
    const Core::Domain domain{-1.0, 1.0, 21}; // steps of 0.1, which float32 rounds
    QVERIFY(m_document->setDomain(domain));
    setCurves({curve(leaky, u"Leaky"_s, 0)});
    m_document->setDType(Core::DType::Float32);
    QCOMPARE(scene()->dtype(), Core::DType::Float32);
    scene()->setCrosshair(-0.3);
    const std::optional<Crosshair> c = scene()->crosshair();
    QVERIFY(c);
    QCOMPARE(c->dtype, Core::DType::Float32);
    // The crosshair stands on a float32 sample, as Core::sample computes them.
    const Core::Series series = Core::sample(leaky, domain, Core::DType::Float32);
    QVERIFY(std::find(series.x.begin(), series.x.end(), c->x) != series.x.end());
    QCOMPARE(c->x, double(-0.3f));
    // The reading is the float32 value, widened exactly.
    const Core::PointValue v = Core::evaluateAt(leaky, c->x, Core::DType::Float32);
    QVERIFY(sameBits(c->readings.at(0).y, v.y));
    QVERIFY(sameBits(c->readings.at(0).dy, v.dy));
    QCOMPARE(double(float(c->readings.at(0).y)), c->readings.at(0).y);
    // It reads short as a float32 (what a readout shows for this dtype), and back to the same
    // float; as a double the widened value would show all its digits.
    const std::string asFloat = Core::formatNumber(static_cast<float>(c->readings.at(0).y));
    const std::string asDouble = Core::formatNumber(c->readings.at(0).y);
    QVERIFY2(asFloat.size() < asDouble.size(), (asFloat + " vs " + asDouble).c_str());
    QCOMPARE(float(*Core::parseNumber(asFloat)), float(c->readings.at(0).y));
    QCOMPARE(QString::fromStdString(Core::formatNumber(static_cast<float>(c->x))), u"-0.3"_s);
    // The drawn data is float32 as well.
    QCOMPARE(
        scene()->points(0, Panel::Function).line.front().y(), Core::evaluateAt(leaky, -1.0, Core::DType::Float32).y);

    // Switching back reads double again, at once.
    QSignalSpy spy(m_plot, &ActivationPlot::crosshairChanged);
    m_document->setDType(Core::DType::Float64);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(scene()->crosshair()->dtype, Core::DType::Float64);
}

void TestActivationPlot::shouldSnapToSelectedCurve()
{
    // Two curves whose breakpoints differ: the crosshair snaps to the selected one's.
    QVERIFY(m_document->setDomain({-5.0, 5.0, 11}));
    setCurves({reluThreshold(0.4, 0), reluThreshold(2.6, 1)}, 0);
    scene()->setCrosshair(0.45);
    QCOMPARE(scene()->crosshair()->x, 0.4);
    scene()->setCrosshair(2.55);
    QCOMPARE(scene()->crosshair()->x, 3.0); // 2.6 is not the selected curve's
    m_document->select(1);
    QCOMPARE(scene()->selected(), 1);
    scene()->setCrosshair(2.55);
    QCOMPARE(scene()->crosshair()->x, 2.6);
    QVERIFY(scene()->lineWidth(1) > scene()->lineWidth(0));
    // The selected curve hidden: the first visible one's.
    m_document->curveModel()->setCurveVisible(1, false);
    scene()->setCrosshair(0.45);
    QCOMPARE(scene()->crosshair()->x, 0.4);
}

void TestActivationPlot::shouldStepCrosshairWithArrowKeys()
{
    QVERIFY(m_document->setDomain({-5.0, 5.0, 11}));
    setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)}, 0);
    showPlot();
    m_plot->setFocus();
    scene()->setCrosshair(2.0);
    QSignalSpy spy(m_plot, &ActivationPlot::crosshairChanged);
    QTest::keyClick(m_plot, Qt::Key_Right);
    QCOMPARE(scene()->crosshair()->x, 3.0);
    QTest::keyClick(m_plot, Qt::Key_Left);
    QTest::keyClick(m_plot, Qt::Key_Left);
    QCOMPARE(scene()->crosshair()->x, 1.0);
    QCOMPARE(spy.count(), 3);
    const auto last = spy.last().at(0).value<std::optional<Crosshair>>();
    QVERIFY(last);
    QCOMPARE(last->x, 1.0);
    QCOMPARE(last->readings.at(0).y, 1.0);
    QTest::keyClick(m_plot, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(scene()->crosshair()->x, -5.0); // ten steps, clamped at the end
    QTest::keyClick(m_plot, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(scene()->crosshair()->x, 5.0);
    QTest::keyClick(m_plot, Qt::Key_Escape);
    QVERIFY(!scene()->crosshair());
    QVERIFY(!spy.last().at(0).value<std::optional<Crosshair>>());
    QTest::keyClick(m_plot, Qt::Key_Right); // starts in the middle of the view
    QCOMPARE(scene()->crosshair()->x, 0.0);
}

// Home and End go to the ends of the view, whether or not the crosshair is shown yet
// (ActivationPlot: "Home/End: ends"; the shortcuts dialog: "Crosshair to the first / last sample").
void TestActivationPlot::shouldJumpToTheEndsWithHomeAndEnd()
{
    QVERIFY(m_document->setDomain({-5.0, 5.0, 11}));
    setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)}, 0);
    showPlot();
    scene()->setCrosshair(2.0);
    QTest::keyClick(m_plot, Qt::Key_Home);
    QCOMPARE(scene()->crosshair()->x, -5.0);
    QTest::keyClick(m_plot, Qt::Key_End);
    QCOMPARE(scene()->crosshair()->x, 5.0);
    // Zoomed, the ends are the view's.
    m_document->setView(xView(-2.0, 3.0));
    QTest::keyClick(m_plot, Qt::Key_Home);
    QCOMPARE(scene()->crosshair()->x, -2.0);
    // Without a crosshair
    QTest::keyClick(m_plot, Qt::Key_Escape);
    QVERIFY(!scene()->crosshair());
    QTest::keyClick(m_plot, Qt::Key_End);
    QVERIFY(scene()->crosshair());
    QCOMPARE(scene()->crosshair()->x, 3.0);
    QTest::keyClick(m_plot, Qt::Key_Escape);
    QTest::keyClick(m_plot, Qt::Key_Home);
    QCOMPARE(scene()->crosshair()->x, -2.0);
}

void TestActivationPlot::shouldFollowMouseWithCrosshair()
{
    QVERIFY(m_document->setDomain({-5.0, 5.0, 11}));
    setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    showPlot();
    QWidget* cp = customPlotOf(m_plot);
    QSignalSpy spy(m_plot, &ActivationPlot::crosshairChanged);
    const QPointF pos(scene()->xToPixel(2.2), scene()->panelRect(Panel::Derivative).center().y());
    sendMouse(cp, QEvent::MouseMove, pos, Qt::NoButton, Qt::NoButton);
    QVERIFY(scene()->crosshair());
    QCOMPARE(scene()->crosshair()->x, 2.0);
    QCOMPARE(spy.count(), 1);
    const Widgets::CrosshairReading reading = scene()->crosshair()->readings.at(0);
    QCOMPARE(reading.name, u"relu"_s);
    QCOMPARE(reading.y, 2.0);
    QCOMPARE(reading.dy, 1.0);
    // In the function panel too.
    sendMouse(cp, QEvent::MouseMove, QPointF(scene()->xToPixel(-0.9), scene()->panelRect(Panel::Function).center().y()),
        Qt::NoButton, Qt::NoButton);
    QCOMPARE(scene()->crosshair()->x, -1.0);
    // Outside the panels the crosshair stays where it was.
    sendMouse(cp, QEvent::MouseMove, QPointF(2, 2), Qt::NoButton, Qt::NoButton);
    QCOMPARE(scene()->crosshair()->x, -1.0);
    QCOMPARE(spy.count(), 2);
}

// A hidden crosshair costs a replot nothing: every layer shares one paint buffer (each buffer is
// cleared and blended again on every replot). Shown, it has a buffer of its own above everything,
// so that moving it redraws that layer alone.
void TestActivationPlot::shouldReplotOnlyTheCrosshairWhenItMoves()
{
    QVERIFY(m_document->setDomain({-5.0, 5.0, 11}));
    setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    showPlot();
    auto* cp = qobject_cast<QCustomPlot*>(customPlotOf(m_plot));
    QVERIFY(cp);
    QCOMPARE(bufferedLayers(cp), QStringList());

    const QRect panel = scene()->panelRect(Panel::Derivative);
    const auto moveTo = [&](double x) {
        sendMouse(cp, QEvent::MouseMove, QPointF(scene()->xToPixel(x), panel.center().y()), Qt::NoButton, Qt::NoButton);
        QCoreApplication::processEvents();
    };
    moveTo(2.0);
    QCOMPARE(bufferedLayers(cp), QStringList{u"crosshair"_s});
    QCOMPARE(cp->layer(cp->layerCount() - 1)->name(), u"crosshair"_s);
    const QImage before = cp->grab().toImage();

    QSignalSpy replots(cp, &QCustomPlot::afterReplot);
    moveTo(-3.0);
    QCOMPARE(scene()->crosshair()->x, -3.0);
    QCOMPARE(replots.count(), 0);
    // The widget shows the layer's new picture: the line left x = 2 and is drawn at x = -3.
    const QImage after = cp->grab().toImage();
    const int y = panel.top() + 5;
    for (const double x : {2.0, -3.0}) {
        const QPointF at(scene()->xToPixel(x), y);
        QVERIFY2(pixel(before, at) != pixel(after, at), qPrintable(u"no change at x = %1"_s.arg(x)));
    }

    scene()->setCrosshair(std::nullopt);
    QCOMPARE(bufferedLayers(cp), QStringList());
}

void TestActivationPlot::shouldShowHelpTooltipOutsidePanelsOnly()
{
    showPlot();
    QWidget* cp = customPlotOf(m_plot);
    const QPoint inside = scene()->panelRect(Panel::Function).center();
    QVERIFY(scene()->panelAt(inside));
    QHelpEvent insideEvent(QEvent::ToolTip, inside, cp->mapToGlobal(inside));
    QApplication::sendEvent(cp, &insideEvent);
    QVERIFY(!QToolTip::isVisible());
    const QPoint margin(2, cp->height() / 2);
    QVERIFY(!scene()->panelAt(margin));
    QHelpEvent marginEvent(QEvent::ToolTip, margin, cp->mapToGlobal(margin));
    QApplication::sendEvent(cp, &marginEvent);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u"Shift+drag"_s));
    QToolTip::hideText();
}

QTEST_MAIN(TestActivationPlot)
#include "tst_activationplot.moc"
