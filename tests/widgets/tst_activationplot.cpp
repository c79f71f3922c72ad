// SPDX-License-Identifier: MIT
// The plot: its data against the core, true jumps, the view interactions and the readout.
#include "activationplot.h"

#include "aex/core/analysis.h"
#include "aex/core/numberformat.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Widgets::ActivationPlot;
using Widgets::Curve;

namespace {

Core::Activation make(
    const char* function, Core::Framework framework, std::initializer_list<const char*> assignments = {})
{
    Core::Activation a = Core::Activation::withDefaults(function, framework);
    for (const char* assignment : assignments)
        a.setParam(assignment);
    return a;
}

Curve curve(Core::Activation activation, const QString& name, qsizetype colorIndex, bool visible = true)
{
    return Curve{activation, name, Widgets::defaultCurveColor(colorIndex), visible};
}

Curve reluThreshold(double threshold)
{
    Core::Activation a = Core::Activation::withDefaults("relu", Core::Framework::Keras);
    a.setParam(*a.function().paramIndex("threshold", Core::Framework::Keras), threshold);
    return curve(a, u"ReLU(threshold)"_s, 0);
}

struct Point {
    double x, y;
};

std::vector<Point> points(const QCPGraph* graph)
{
    std::vector<Point> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out.push_back({it->key, it->value});
    return out;
}

std::vector<Point> points(const QCPCurve* curve)
{
    std::vector<Point> out;
    for (auto it = curve->data()->constBegin(); it != curve->data()->constEnd(); ++it)
        out.push_back({it->key, it->value});
    return out;
}

const Core::Breakpoint* breakpointAt(const std::vector<Core::Breakpoint>& bps, double x)
{
    for (const Core::Breakpoint& b : bps) {
        if (b.x == x)
            return &b;
    }
    return nullptr;
}

QString fmt(double v) { return QString::fromStdString(Core::formatNumber(v)); }

void sendMouse(QWidget* target, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons,
    Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, pos, target->mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(target, &event);
}

} // namespace

class TestActivationPlot : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldHaveObjectNames();
    void shouldCreateTwoGraphsPerVisibleCurve();
    void shouldNotDrawHiddenCurve();
    void shouldPlotCoreValues_data();
    void shouldPlotCoreValues();
    void shouldInsertExactCorner();
    void shouldDrawValueJumpAsTrueJump();
    void shouldDrawDerivativeJumpAtKink();
    void shouldKeepSmoothCurvesUnbroken();
    void shouldUpdateOneCurve();
    void shouldFollowDomainAndSampleCount();
    void shouldAutoFitY();
    void shouldChangeBackgroundWithTheme();
    void shouldSwapBlackCurveInDarkTheme();
    void shouldSnapCrosshairAndFormatReadout();
    void shouldFormatReadoutInFloat32();
    void shouldSnapToSelectedCurve();
    void shouldStepCrosshairWithArrowKeys();
    void shouldFollowMouseWithCrosshair();
    void shouldZoomOnWheel();
    void shouldPanOnDrag();
    void shouldZoomToRubberBand();
    void shouldResetViewWithCtrl0();
    void shouldResampleVisibleRange();
    void shouldSampleAtScreenResolutionOnScreen();
    void shouldShowHelpTooltipOutsidePanelsOnly();

private:
    void showPlot();
    ActivationPlot* m_plot = nullptr;
};

void TestActivationPlot::init()
{
    m_plot = new ActivationPlot;
    m_plot->resize(800, 600);
}

void TestActivationPlot::cleanup()
{
    delete m_plot;
    m_plot = nullptr;
}

void TestActivationPlot::showPlot()
{
    m_plot->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_plot));
    m_plot->customPlot()->replot(); // lays out the axis rects so pixels map to coordinates
}

void TestActivationPlot::shouldHaveObjectNames()
{
    QCOMPARE(m_plot->objectName(), u"activationPlot"_s);
    QCOMPARE(m_plot->customPlot()->objectName(), u"customPlot"_s);
    QVERIFY(m_plot->findChild<QCustomPlot*>(u"customPlot"_s) != nullptr);
    QCOMPARE(m_plot->resetViewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
    QCOMPARE(m_plot->focusPolicy(), Qt::StrongFocus);
    QVERIFY(!m_plot->customPlot()->toolTip().isEmpty());
}

void TestActivationPlot::shouldCreateTwoGraphsPerVisibleCurve()
{
    m_plot->setCurves({curve(make("relu", Core::Framework::Keras), u"a"_s, 0),
        curve(make("leaky_relu", Core::Framework::PyTorch), u"b"_s, 1),
        curve(make("gelu", Core::Framework::PyTorch), u"c"_s, 2)});
    QCOMPARE(m_plot->customPlot()->graphCount(), 6);
    QCOMPARE(m_plot->valueRect()->graphs().size(), 3);
    QCOMPARE(m_plot->derivativeRect()->graphs().size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        QVERIFY(m_plot->valueGraph(i) != nullptr);
        QVERIFY(m_plot->derivativeGraph(i) != nullptr);
        QCOMPARE(m_plot->valueGraph(i)->valueAxis(), m_plot->valueRect()->axis(QCPAxis::atLeft));
        QCOMPARE(m_plot->derivativeGraph(i)->valueAxis(), m_plot->derivativeRect()->axis(QCPAxis::atLeft));
    }
    QCOMPARE(m_plot->valueGraph(1)->name(), u"b"_s);
    QCOMPARE(m_plot->customPlot()->legend->itemCount(), 3);
    QVERIFY(m_plot->valueGraph(3) == nullptr);

    m_plot->setCurves({curve(make("relu", Core::Framework::Keras), u"a"_s, 0)});
    QCOMPARE(m_plot->customPlot()->graphCount(), 2);
    QCOMPARE(m_plot->customPlot()->legend->itemCount(), 1);
    m_plot->setCurves({});
    QCOMPARE(m_plot->customPlot()->graphCount(), 0);
    QVERIFY(!m_plot->customPlot()->legend->visible());
}

void TestActivationPlot::shouldNotDrawHiddenCurve()
{
    Curve hidden = curve(make("relu6", Core::Framework::PyTorch), u"hidden"_s, 1, false);
    m_plot->setCurves({curve(make("relu", Core::Framework::Keras), u"shown"_s, 0), hidden});
    QCOMPARE(m_plot->customPlot()->graphCount(), 2);
    QVERIFY(m_plot->valueGraph(1) == nullptr);
    QVERIFY(m_plot->derivativeGraph(1) == nullptr);
    QVERIFY(m_plot->filledMarkers(1, false) == nullptr);
    QCOMPARE(m_plot->customPlot()->legend->itemCount(), 1);

    hidden.visible = true;
    m_plot->updateCurve(1, hidden);
    QCOMPARE(m_plot->customPlot()->graphCount(), 4);
    QVERIFY(m_plot->valueGraph(1) != nullptr);
    QCOMPARE(m_plot->customPlot()->legend->itemCount(), 2);
    // The legend keeps the curve order even though the graph was created last.
    QCOMPARE(
        m_plot->customPlot()->legend->itemWithPlottable(m_plot->valueGraph(1)), m_plot->customPlot()->legend->item(1));

    hidden.visible = false;
    m_plot->updateCurve(1, hidden);
    QCOMPARE(m_plot->customPlot()->graphCount(), 2);
    QVERIFY(!m_plot->readoutText().contains(u"hidden"_s));
}

void TestActivationPlot::shouldPlotCoreValues_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<int>("framework");
    QTest::addColumn<QString>("assignment");
    QTest::newRow("keras relu threshold") << u"relu"_s << int(Core::Framework::Keras) << u"threshold=2.5"_s;
    QTest::newRow("keras relu all") << u"relu"_s << int(Core::Framework::Keras) << u"max_value=3"_s;
    QTest::newRow("pytorch leaky") << u"leaky_relu"_s << int(Core::Framework::PyTorch) << QString();
    QTest::newRow("pytorch gelu") << u"gelu"_s << int(Core::Framework::PyTorch) << QString();
    QTest::newRow("pytorch relu6") << u"relu6"_s << int(Core::Framework::PyTorch) << QString();
    QTest::newRow("pytorch elu") << u"elu"_s << int(Core::Framework::PyTorch) << QString();
}

void TestActivationPlot::shouldPlotCoreValues()
{
    QFETCH(QString, function);
    QFETCH(int, framework);
    QFETCH(QString, assignment);
    Core::Activation a = Core::Activation::withDefaults(function.toStdString(), Core::Framework(framework));
    if (!assignment.isEmpty())
        a.setParam(assignment.toStdString());
    if (function == u"relu"_s && assignment == u"max_value=3"_s) {
        a.setParam("negative_slope=0.1");
        a.setParam("threshold=1");
    }
    m_plot->setDomain({-4.0, 4.0, 97});
    m_plot->setCurves({curve(a, u"f"_s, 0)});
    const std::vector<Core::Breakpoint> bps = Core::breakpoints(a);

    for (bool derivative : {false, true}) {
        const QCPGraph* graph = derivative ? m_plot->derivativeGraph(0) : m_plot->valueGraph(0);
        QVERIFY(graph != nullptr);
        int finite = 0;
        for (const Point& p : points(graph)) {
            QVERIFY(p.x >= -4.0 && p.x <= 4.0);
            if (std::isnan(p.y))
                continue;
            ++finite;
            const Core::PointValue v = Core::evaluateAt(a, p.x);
            const double exact = derivative ? v.dy : v.y;
            if (p.y == exact)
                continue;
            const Core::Breakpoint* b = breakpointAt(bps, p.x);
            QVERIFY2(b != nullptr, qPrintable(u"x = %1: plotted %2, core %3"_s.arg(p.x).arg(p.y).arg(exact)));
            // NOLINTNEXTLINE(clang-analyzer-core.NullDereference): QVERIFY2 above returns when b is null
            const double left = derivative ? b->dyLeft : b->yLeft;
            const double right = derivative ? b->dyRight : b->yRight;
            QVERIFY2(p.y == left || p.y == right, qPrintable(u"x = %1"_s.arg(p.x)));
        }
        QVERIFY(finite >= 97);
        // Every grid point is there.
        const std::vector<double> grid = Core::linspace({-4.0, 4.0, 97});
        const std::vector<Point> pts = points(graph);
        for (double x : grid) {
            QVERIFY(std::any_of(pts.begin(), pts.end(), [x](const Point& p) { return p.x == x; }));
        }
        // Every marker sits on a breakpoint limit or value.
        for (const QCPCurve* markers : {m_plot->filledMarkers(0, derivative), m_plot->openMarkers(0, derivative)}) {
            for (const Point& p : points(markers)) {
                const Core::Breakpoint* b = breakpointAt(bps, p.x);
                QVERIFY(b != nullptr);
                if (derivative)
                    QVERIFY(p.y == b->dyLeft || p.y == b->dyAt || p.y == b->dyRight);
                else
                    QVERIFY(p.y == b->yLeft || p.y == b->yAt || p.y == b->yRight);
            }
        }
        for (const Point& p : points(m_plot->filledMarkers(0, derivative))) {
            const Core::PointValue v = Core::evaluateAt(a, p.x);
            QCOMPARE(p.y, derivative ? v.dy : v.y); // the filled dot is the value at x
        }
    }
}

void TestActivationPlot::shouldInsertExactCorner()
{
    // 0 is not on this grid: the corner must still be there, exactly.
    m_plot->setDomain({-1.0, 1.3, 10});
    m_plot->setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    const std::vector<Point> pts = points(m_plot->valueGraph(0));
    QVERIFY(std::any_of(pts.begin(), pts.end(), [](const Point& p) { return p.x == 0.0 && p.y == 0.0; }));
    // No NaN: the value is continuous at the corner.
    QVERIFY(std::none_of(pts.begin(), pts.end(), [](const Point& p) { return std::isnan(p.y); }));
    // Sorted keys.
    QVERIFY(std::is_sorted(pts.begin(), pts.end(), [](const Point& l, const Point& r) { return l.x < r.x; }));
}

void TestActivationPlot::shouldDrawValueJumpAsTrueJump()
{
    const double t = 2.5;
    m_plot->setDomain({-5.0, 5.0, 1001});
    m_plot->setCurves({reluThreshold(t)});
    const std::vector<Point> pts = points(m_plot->valueGraph(0));

    // At x = threshold: the left limit 0, a NaN gap, then the right limit 2.5.
    std::vector<std::size_t> at;
    for (std::size_t i = 0; i < pts.size(); ++i) {
        if (pts[i].x == t)
            at.push_back(i);
    }
    QCOMPARE(at.size(), std::size_t(3));
    QCOMPARE(pts[at[0]].y, 0.0);
    QVERIFY(std::isnan(pts[at[1]].y));
    QCOMPARE(pts[at[2]].y, t);

    // No segment crosses the jump: consecutive finite points never straddle x = t, and none joins
    // the two limits at x = t.
    for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
        const Point& p = pts[i];
        const Point& q = pts[i + 1];
        if (std::isnan(p.y) || std::isnan(q.y))
            continue;
        QVERIFY2(!(p.x < t && q.x > t), qPrintable(u"segment %1 -> %2"_s.arg(p.x).arg(q.x)));
        QVERIFY(!(p.x == t && q.x == t && p.y != q.y));
        QVERIFY(std::abs(q.y - p.y) <= 0.02); // a slope-1 curve sampled every 0.01
    }
    QCOMPARE(std::count_if(pts.begin(), pts.end(), [](const Point& p) { return std::isnan(p.y); }), 1);

    // Keras masks with x > threshold: f(t) = 0 is owned by the left piece.
    const std::vector<Point> filled = points(m_plot->filledMarkers(0, false));
    const std::vector<Point> open = points(m_plot->openMarkers(0, false));
    QCOMPARE(filled.size(), std::size_t(1));
    QCOMPARE(filled[0].x, t);
    QCOMPARE(filled[0].y, 0.0);
    QCOMPARE(open.size(), std::size_t(1));
    QCOMPARE(open[0].x, t);
    QCOMPARE(open[0].y, t);
    QCOMPARE(m_plot->filledMarkers(0, false)->lineStyle(), QCPCurve::lsNone);
    QCOMPARE(m_plot->filledMarkers(0, false)->scatterStyle().shape(), QCPScatterStyle::ssDisc);
    QCOMPARE(m_plot->openMarkers(0, false)->scatterStyle().shape(), QCPScatterStyle::ssCircle);
}

void TestActivationPlot::shouldDrawDerivativeJumpAtKink()
{
    const Core::Activation relu = make("relu", Core::Framework::Keras);
    m_plot->setCurves({curve(relu, u"relu"_s, 0)});
    const std::vector<Point> pts = points(m_plot->derivativeGraph(0));
    std::vector<Point> atZero;
    for (const Point& p : pts) {
        if (p.x == 0.0)
            atZero.push_back(p);
    }
    QCOMPARE(atZero.size(), std::size_t(3));
    QCOMPARE(atZero[0].y, 0.0);
    QVERIFY(std::isnan(atZero[1].y));
    QCOMPARE(atZero[2].y, 1.0);

    const Core::PointValue v0 = Core::evaluateAt(relu, 0.0);
    const std::vector<Point> filled = points(m_plot->filledMarkers(0, true));
    const std::vector<Point> open = points(m_plot->openMarkers(0, true));
    QCOMPARE(filled.size(), std::size_t(1));
    QCOMPARE(filled[0].y, v0.dy);
    QCOMPARE(open.size(), std::size_t(1));
    QCOMPARE(open[0].y, v0.dy == 0.0 ? 1.0 : 0.0);

    // The value panel is continuous at the kink: no gap, no markers.
    const std::vector<Point> value = points(m_plot->valueGraph(0));
    QVERIFY(std::none_of(value.begin(), value.end(), [](const Point& p) { return std::isnan(p.y); }));
    QCOMPARE(m_plot->filledMarkers(0, false)->dataCount(), 0);
    QCOMPARE(m_plot->openMarkers(0, false)->dataCount(), 0);
}

void TestActivationPlot::shouldKeepSmoothCurvesUnbroken()
{
    m_plot->setCurves({curve(make("gelu", Core::Framework::PyTorch), u"gelu"_s, 0)});
    for (const QCPGraph* g : {m_plot->valueGraph(0), m_plot->derivativeGraph(0)}) {
        const std::vector<Point> pts = points(g);
        QCOMPARE(pts.size(), std::size_t(1001));
        QVERIFY(std::none_of(pts.begin(), pts.end(), [](const Point& p) { return std::isnan(p.y); }));
    }
}

void TestActivationPlot::shouldUpdateOneCurve()
{
    m_plot->setCurves({reluThreshold(1.0), curve(make("relu6", Core::Framework::PyTorch), u"relu6"_s, 1)});
    QCPGraph* first = m_plot->valueGraph(0);
    QCPGraph* second = m_plot->valueGraph(1);
    const std::vector<Point> before = points(second);
    const double at2 = points(first).front().y;
    Q_UNUSED(at2);

    m_plot->updateCurve(0, reluThreshold(2.0));
    QCOMPARE(m_plot->valueGraph(0), first); // graphs are reused
    QCOMPARE(m_plot->valueGraph(1), second);
    const std::vector<Point> pts = points(first);
    QVERIFY(std::any_of(pts.begin(), pts.end(), [](const Point& p) { return p.x == 2.0 && std::isnan(p.y); }));
    QVERIFY(std::none_of(pts.begin(), pts.end(), [](const Point& p) { return p.x == 1.0 && std::isnan(p.y); }));
    const std::vector<Point> after = points(second);
    QCOMPARE(after.size(), before.size());
    QCOMPARE(m_plot->openMarkers(0, false)->data()->begin()->value, 2.0);

    // Renaming or recolouring shows at once.
    Curve renamed = reluThreshold(2.0);
    renamed.name = u"renamed"_s;
    renamed.color = QColor(Qt::red);
    m_plot->updateCurve(0, renamed);
    QCOMPARE(m_plot->valueGraph(0)->name(), u"renamed"_s);
    QCOMPARE(m_plot->valueGraph(0)->pen().color(), QColor(Qt::red));
    m_plot->updateCurve(5, renamed); // out of range: ignored
    QCOMPARE(m_plot->customPlot()->graphCount(), 4);
}

void TestActivationPlot::shouldFollowDomainAndSampleCount()
{
    m_plot->setCurves({curve(make("gelu", Core::Framework::Keras), u"gelu"_s, 0)});
    QSignalSpy spy(m_plot, &ActivationPlot::viewRangeChanged);
    m_plot->setDomain({-2.0, 3.0, 51});
    QCOMPARE(m_plot->domain().samples, std::size_t(51));
    QCOMPARE(m_plot->viewMin(), -2.0);
    QCOMPARE(m_plot->viewMax(), 3.0);
    QCOMPARE(m_plot->derivativeRect()->axis(QCPAxis::atBottom)->range().lower, -2.0);
    QCOMPARE(m_plot->valueGraph(0)->dataCount(), 51);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDouble(), -2.0);
    QCOMPARE(spy.at(0).at(1).toDouble(), 3.0);

    const std::vector<double> grid = Core::linspace({-2.0, 3.0, 51});
    const std::vector<Point> pts = points(m_plot->valueGraph(0));
    for (std::size_t i = 0; i < grid.size(); ++i)
        QCOMPARE(pts[i].x, grid[i]);

    // Same range, new sample count: resampled.
    m_plot->setDomain({-2.0, 3.0, 11});
    QCOMPARE(m_plot->valueGraph(0)->dataCount(), 11);

    // An invalid domain is ignored.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"setDomain"_s));
    m_plot->setDomain({3.0, -2.0, 11});
    QCOMPARE(m_plot->domain().min, -2.0);
}

void TestActivationPlot::shouldAutoFitY()
{
    m_plot->setDomain({-8.0, 8.0, 161});
    m_plot->setCurves({curve(make("relu6", Core::Framework::PyTorch), u"relu6"_s, 0)});
    const QCPRange y = m_plot->valueRect()->axis(QCPAxis::atLeft)->range();
    QVERIFY(y.lower < 0.0 && y.lower > -1.0);
    QVERIFY(y.upper > 6.0 && y.upper < 7.0);
    const QCPRange dy = m_plot->derivativeRect()->axis(QCPAxis::atLeft)->range();
    QVERIFY(dy.lower < 0.0 && dy.upper > 1.0 && dy.upper < 1.2);

    // While the view was not touched, y follows the data.
    m_plot->updateCurve(0, curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0));
    QVERIFY(m_plot->valueRect()->axis(QCPAxis::atLeft)->range().upper > 8.0);
    QVERIFY(m_plot->valueRect()->axis(QCPAxis::atLeft)->range().upper < 9.0);

    // Once the user zoomed, it stays put until a reset.
    m_plot->valueRect()->axis(QCPAxis::atLeft)->setRange(-10, 10);
    m_plot->updateCurve(0, curve(make("relu6", Core::Framework::PyTorch), u"relu6"_s, 0));
    QCOMPARE(m_plot->valueRect()->axis(QCPAxis::atLeft)->range().upper, 10.0);
    m_plot->resetView();
    QVERIFY(m_plot->valueRect()->axis(QCPAxis::atLeft)->range().upper < 7.0);
}

void TestActivationPlot::shouldChangeBackgroundWithTheme()
{
    m_plot->setCurves({curve(make("relu", Core::Framework::Keras), u"relu"_s, 0)});
    QCOMPARE(m_plot->theme(), Widgets::Theme::Light);
    const QColor light = m_plot->valueRect()->backgroundBrush().color();
    QVERIFY(light.lightness() > 200);
    m_plot->setTheme(Widgets::Theme::Dark);
    QCOMPARE(m_plot->theme(), Widgets::Theme::Dark);
    const QColor dark = m_plot->valueRect()->backgroundBrush().color();
    QVERIFY(dark.lightness() < 60);
    QCOMPARE(m_plot->derivativeRect()->backgroundBrush().color(), dark);
    QCOMPARE(m_plot->backgroundColor(), m_plot->palette().color(QPalette::Window));
    QVERIFY(m_plot->valueRect()->axis(QCPAxis::atBottom)->tickLabelColor().lightness() > 180);
    QVERIFY(m_plot->customPlot()->legend->brush().color().lightness() < 80);
    QVERIFY(m_plot->customPlot()->legend->textColor().lightness() > 180);

    // The rendered plot is dark too.
    const QImage image = m_plot->customPlot()->toPixmap(400, 300).toImage();
    QVERIFY(image.pixelColor(5, 5).lightness() < 60);
    QVERIFY(image.pixelColor(200, 100).lightness() < 80);

    m_plot->setTheme(Widgets::Theme::Light);
    QCOMPARE(m_plot->valueRect()->backgroundBrush().color(), light);
    QVERIFY(m_plot->customPlot()->toPixmap(400, 300).toImage().pixelColor(5, 5).lightness() > 200);
}

void TestActivationPlot::shouldSwapBlackCurveInDarkTheme()
{
    Curve black = curve(make("relu", Core::Framework::Keras), u"relu"_s, 0);
    black.color = QColor(Qt::black);
    Curve blue = curve(make("relu6", Core::Framework::Keras), u"relu6"_s, 0);
    m_plot->setCurves({black, blue});
    QCOMPARE(m_plot->valueGraph(0)->pen().color(), QColor(Qt::black));
    m_plot->setTheme(Widgets::Theme::Dark);
    QVERIFY(m_plot->valueGraph(0)->pen().color().lightness() > 150);
    QCOMPARE(m_plot->valueGraph(1)->pen().color(), Widgets::defaultCurveColor(0)); // colours stay
}

void TestActivationPlot::shouldSnapCrosshairAndFormatReadout()
{
    const Core::Activation leaky = make("leaky_relu", Core::Framework::Keras, {"negative_slope=0.1"});
    const Core::Activation relu = make("relu", Core::Framework::Keras);
    m_plot->setDomain({-5.0, 5.0, 11}); // a sample every 1
    m_plot->setCurves({curve(leaky, u"Leaky"_s, 0), curve(relu, u"ReLU"_s, 1)});
    m_plot->setSelectedCurve(0);
    QVERIFY(!m_plot->crosshairX());
    QVERIFY(m_plot->readoutText().isEmpty());

    QSignalSpy spy(m_plot, &ActivationPlot::readoutChanged);
    m_plot->setCrosshairX(-2.7);
    QCOMPARE(m_plot->crosshairX(), std::optional<double>(-3.0));
    QCOMPARE(spy.count(), 1);
    const QString text = m_plot->readoutText();
    QCOMPARE(spy.at(0).at(0).toString(), text);

    const Core::PointValue l = Core::evaluateAt(leaky, -3.0);
    const Core::PointValue r = Core::evaluateAt(relu, -3.0);
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], u"x = -3"_s);
    QCOMPARE(lines[1], u"Leaky: f = "_s + fmt(l.y) + u", f\u2032 = "_s + fmt(l.dy));
    QCOMPARE(lines[2], u"ReLU: f = "_s + fmt(r.y) + u", f\u2032 = "_s + fmt(r.dy));
    // 0.1 * -3 in double is not -0.3: the readout shows the exact value.
    QCOMPARE(fmt(l.y), u"-0.30000000000000004"_s);

    // The tracers sit on the selected curve at the exact values.
    auto* tracer = m_plot->customPlot()->findChild<QCPItemTracer*>();
    QVERIFY(tracer != nullptr);

    // Snaps to the inserted breakpoint too, and to the nearest end outside the range.
    m_plot->setCrosshairX(0.2);
    QCOMPARE(*m_plot->crosshairX(), 0.0);
    m_plot->setCrosshairX(99);
    QCOMPARE(*m_plot->crosshairX(), 5.0);
    // Unchanged text: no signal.
    const int count = int(spy.count());
    m_plot->setCrosshairX(98);
    QCOMPARE(spy.count(), count);
    // A data change updates the readout.
    m_plot->updateCurve(1, curve(make("relu", Core::Framework::Keras, {"max_value=1"}), u"ReLU"_s, 1));
    QCOMPARE(spy.count(), count + 1);
    QVERIFY(m_plot->readoutText().endsWith(u"ReLU: f = 1, f\u2032 = 0"_s));

    m_plot->clearCrosshair();
    QVERIFY(!m_plot->crosshairX());
    QCOMPARE(spy.last().at(0).toString(), QString());
}

void TestActivationPlot::shouldFormatReadoutInFloat32()
{
    const Core::Activation leaky = make("leaky_relu", Core::Framework::Keras, {"negative_slope=0.1"});
    m_plot->setDomain({-5.0, 5.0, 11});
    m_plot->setCurves({curve(leaky, u"Leaky"_s, 0)});
    m_plot->setDType(Core::DType::Float32);
    QCOMPARE(m_plot->dtype(), Core::DType::Float32);
    m_plot->setCrosshairX(-3.0);
    const Core::PointValue v = Core::evaluateAt(leaky, -3.0, Core::DType::Float32);
    const QString expected = QString::fromStdString(Core::formatNumber(static_cast<float>(v.y)));
    QVERIFY2(m_plot->readoutText().contains(u"f = "_s + expected + u","_s), qPrintable(m_plot->readoutText()));
    const std::vector<Point> pts = points(m_plot->valueGraph(0));
    QCOMPARE(pts.front().y, Core::evaluateAt(leaky, -5.0, Core::DType::Float32).y);
}

void TestActivationPlot::shouldSnapToSelectedCurve()
{
    // Two curves whose breakpoints differ: the crosshair snaps to the selected one's samples.
    m_plot->setDomain({-5.0, 5.0, 11});
    m_plot->setCurves({reluThreshold(0.4), reluThreshold(2.6)});
    m_plot->setSelectedCurve(0);
    m_plot->setCrosshairX(0.45);
    QCOMPARE(*m_plot->crosshairX(), 0.4);
    m_plot->setSelectedCurve(1);
    m_plot->setCrosshairX(2.55);
    QCOMPARE(*m_plot->crosshairX(), 2.6);
    QCOMPARE(m_plot->selectedCurve(), 1);
    QCOMPARE(m_plot->valueGraph(1)->pen().widthF() > m_plot->valueGraph(0)->pen().widthF(), true);
}

void TestActivationPlot::shouldStepCrosshairWithArrowKeys()
{
    m_plot->setDomain({-5.0, 5.0, 11});
    m_plot->setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    m_plot->setSelectedCurve(0);
    showPlot();
    m_plot->setFocus();
    m_plot->setCrosshairX(2.0);
    QSignalSpy spy(m_plot, &ActivationPlot::readoutChanged);
    QTest::keyClick(m_plot, Qt::Key_Right);
    QCOMPARE(*m_plot->crosshairX(), 3.0);
    QTest::keyClick(m_plot, Qt::Key_Left);
    QTest::keyClick(m_plot, Qt::Key_Left);
    QCOMPARE(*m_plot->crosshairX(), 1.0);
    QCOMPARE(spy.count(), 3);
    QVERIFY(spy.last().at(0).toString().startsWith(u"x = 1\n"_s));
    QTest::keyClick(m_plot, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(*m_plot->crosshairX(), -5.0); // ten steps, clamped at the end
    QTest::keyClick(m_plot, Qt::Key_End);
    QCOMPARE(*m_plot->crosshairX(), 5.0);
    QTest::keyClick(m_plot, Qt::Key_Escape);
    QVERIFY(!m_plot->crosshairX());
    QTest::keyClick(m_plot, Qt::Key_Right); // starts in the middle of the view
    QCOMPARE(*m_plot->crosshairX(), 0.0);
}

void TestActivationPlot::shouldFollowMouseWithCrosshair()
{
    m_plot->setDomain({-5.0, 5.0, 11});
    m_plot->setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    showPlot();
    QCustomPlot* cp = m_plot->customPlot();
    const QCPAxis* x = m_plot->derivativeRect()->axis(QCPAxis::atBottom);
    const QPointF pos(x->coordToPixel(2.2), m_plot->derivativeRect()->center().y());
    sendMouse(cp, QEvent::MouseMove, pos, Qt::NoButton, Qt::NoButton);
    QVERIFY(m_plot->crosshairX());
    QCOMPARE(*m_plot->crosshairX(), 2.0);
    QVERIFY(m_plot->readoutText().contains(u"relu: f = 2, f\u2032 = 1"_s));
    // Outside the panels the crosshair stays where it was.
    sendMouse(cp, QEvent::MouseMove, QPointF(2, 2), Qt::NoButton, Qt::NoButton);
    QCOMPARE(*m_plot->crosshairX(), 2.0);
}

void TestActivationPlot::shouldZoomOnWheel()
{
    m_plot->setDomain({-5.0, 5.0, 101});
    m_plot->setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    showPlot();
    QSignalSpy spy(m_plot, &ActivationPlot::viewRangeChanged);
    const QCPRange yBefore = m_plot->valueRect()->axis(QCPAxis::atLeft)->range();
    const QCPRange dyBefore = m_plot->derivativeRect()->axis(QCPAxis::atLeft)->range();
    const QPointF pos = m_plot->valueRect()->center();
    QWheelEvent wheel(pos, m_plot->customPlot()->mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_plot->customPlot(), &wheel);

    QVERIFY(m_plot->viewMax() - m_plot->viewMin() < 10.0);
    QVERIFY(m_plot->viewMin() > -5.0 && m_plot->viewMax() < 5.0);
    QCOMPARE(spy.count(), 1);
    // Both panels share x; y zooms only in the panel under the cursor.
    QCOMPARE(m_plot->derivativeRect()->axis(QCPAxis::atBottom)->range().lower, m_plot->viewMin());
    QCOMPARE(m_plot->derivativeRect()->axis(QCPAxis::atBottom)->range().upper, m_plot->viewMax());
    QVERIFY(m_plot->valueRect()->axis(QCPAxis::atLeft)->range().size() < yBefore.size());
    QCOMPARE(m_plot->derivativeRect()->axis(QCPAxis::atLeft)->range().lower, dyBefore.lower);
}

void TestActivationPlot::shouldPanOnDrag()
{
    m_plot->setDomain({-5.0, 5.0, 101});
    m_plot->setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    showPlot();
    QCustomPlot* cp = m_plot->customPlot();
    const QPoint start = m_plot->derivativeRect()->center();
    const QPoint end = start + QPoint(100, 0);
    sendMouse(cp, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    sendMouse(cp, QEvent::MouseMove, end, Qt::NoButton, Qt::LeftButton);
    sendMouse(cp, QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton);
    QVERIFY(m_plot->viewMin() < -5.0);
    QCOMPARE(m_plot->viewMax() - m_plot->viewMin(), 10.0);
    QCOMPARE(m_plot->valueRect()->axis(QCPAxis::atBottom)->range().lower, m_plot->viewMin());
}

void TestActivationPlot::shouldZoomToRubberBand()
{
    m_plot->setDomain({-5.0, 5.0, 101});
    m_plot->setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    showPlot();
    QCustomPlot* cp = m_plot->customPlot();
    const QCPAxis* x = m_plot->valueRect()->axis(QCPAxis::atBottom);
    const QCPAxis* y = m_plot->valueRect()->axis(QCPAxis::atLeft);
    const QPoint from(int(x->coordToPixel(-1.0)), int(y->coordToPixel(3.0)));
    const QPoint to(int(x->coordToPixel(2.0)), int(y->coordToPixel(0.5)));
    sendMouse(cp, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, Qt::ShiftModifier);
    sendMouse(cp, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
    sendMouse(cp, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, Qt::ShiftModifier);
    QVERIFY2(std::abs(m_plot->viewMin() + 1.0) < 0.05, qPrintable(QString::number(m_plot->viewMin())));
    QVERIFY(std::abs(m_plot->viewMax() - 2.0) < 0.05);
    QVERIFY(std::abs(y->range().upper - 3.0) < 0.1);
    QVERIFY(std::abs(y->range().lower - 0.5) < 0.1);

    // A right-button drag zooms too; a plain drag afterwards pans again.
    const QPoint a(int(x->coordToPixel(0.0)), int(y->coordToPixel(2.0)));
    const QPoint b(int(x->coordToPixel(1.0)), int(y->coordToPixel(1.0)));
    sendMouse(cp, QEvent::MouseButtonPress, a, Qt::RightButton, Qt::RightButton);
    sendMouse(cp, QEvent::MouseMove, b, Qt::NoButton, Qt::RightButton);
    sendMouse(cp, QEvent::MouseButtonRelease, b, Qt::RightButton, Qt::NoButton);
    QVERIFY(std::abs(m_plot->viewMin() - 0.0) < 0.05);
    QVERIFY(std::abs(m_plot->viewMax() - 1.0) < 0.05);
    const double width = m_plot->viewMax() - m_plot->viewMin();
    sendMouse(cp, QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton);
    sendMouse(cp, QEvent::MouseMove, b, Qt::NoButton, Qt::LeftButton);
    sendMouse(cp, QEvent::MouseButtonRelease, b, Qt::LeftButton, Qt::NoButton);
    QVERIFY(std::abs((m_plot->viewMax() - m_plot->viewMin()) - width) < 1e-12);
}

void TestActivationPlot::shouldResetViewWithCtrl0()
{
    m_plot->setDomain({-3.0, 4.0, 101});
    m_plot->setCurves({curve(make("relu", Core::Framework::PyTorch), u"relu"_s, 0)});
    showPlot();
    QApplication::setActiveWindow(m_plot);
    m_plot->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_plot));
    m_plot->valueRect()->axis(QCPAxis::atBottom)->setRange(0.5, 1.0);
    m_plot->derivativeRect()->axis(QCPAxis::atLeft)->setRange(-7, 9);
    QCOMPARE(m_plot->viewMin(), 0.5);

    QTest::keyClick(m_plot, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_plot->viewMin(), -3.0);
    QCOMPARE(m_plot->viewMax(), 4.0);
    const QCPRange dy = m_plot->derivativeRect()->axis(QCPAxis::atLeft)->range();
    QVERIFY(dy.lower > -1.0 && dy.upper < 2.0);

    m_plot->valueRect()->axis(QCPAxis::atBottom)->setRange(0.5, 1.0);
    const QPoint pos = m_plot->valueRect()->center();
    QTest::mouseDClick(m_plot->customPlot(), Qt::LeftButton, Qt::NoModifier, pos);
    QCOMPARE(m_plot->viewMin(), -3.0);
}

void TestActivationPlot::shouldResampleVisibleRange()
{
    // Zoomed in, the curve is sampled over the visible range with the domain's sample count, so
    // the grid gets finer and corners stay exact.
    m_plot->setDomain({-5.0, 5.0, 101});
    m_plot->setCurves({reluThreshold(0.123)});
    m_plot->valueRect()->axis(QCPAxis::atBottom)->setRange(0.0, 0.5);
    QCOMPARE(m_plot->sampledDomain().min, 0.0);
    QCOMPARE(m_plot->sampledDomain().max, 0.5);
    QCOMPARE(m_plot->sampledDomain().samples, std::size_t(101));
    const std::vector<Point> pts = points(m_plot->valueGraph(0));
    QCOMPARE(pts.front().x, 0.0);
    QCOMPARE(pts.back().x, 0.5);
    QVERIFY(std::any_of(pts.begin(), pts.end(), [](const Point& p) { return p.x == 0.123 && std::isnan(p.y); }));
    // The domain itself is unchanged.
    QCOMPARE(m_plot->domain().min, -5.0);
    m_plot->resetView();
    QCOMPARE(m_plot->sampledDomain().min, -5.0);
    QCOMPARE(m_plot->valueGraph(0)->dataCount(), 101 + 3); // left limit, gap, right limit
}

void TestActivationPlot::shouldSampleAtScreenResolutionOnScreen()
{
    // GIVEN a domain with far more samples than the panel has pixels
    const Core::Domain domain{-5.0, 5.0, 100'001};
    m_plot->setDomain(domain);
    m_plot->setCurves({reluThreshold(0.123), curve(make("gelu", Core::Framework::PyTorch), u"gelu"_s, 1)});
    // THEN off screen every sample is drawn
    QCOMPARE(m_plot->sampledDomain().samples, domain.samples);
    QVERIFY(m_plot->valueGraph(1)->dataCount() >= 100'001);

    // WHEN the plot is shown
    showPlot();
    // THEN the graphs hold one point per device pixel of the panel, plus the exact breakpoints
    const double pixels = m_plot->valueRect()->width() * m_plot->customPlot()->devicePixelRatioF();
    const auto expected = static_cast<std::size_t>(std::ceil(pixels));
    QVERIFY2(expected >= ActivationPlot::kMinScreenSamples && expected < 2'000, qPrintable(QString::number(expected)));
    QCOMPARE(m_plot->screenSampleCount(), expected);
    QCOMPARE(m_plot->sampledDomain().samples, expected);
    const auto checkAgainstCore = [this](qsizetype row, std::size_t grid) {
        const Core::Activation& a = m_plot->curves().at(row).activation;
        const std::vector<Core::Breakpoint> bps = Core::breakpoints(a);
        for (const bool derivative : {false, true}) {
            const QCPGraph* g = derivative ? m_plot->derivativeGraph(row) : m_plot->valueGraph(row);
            QVERIFY(static_cast<std::size_t>(g->dataCount()) <= grid + 3 * bps.size());
            QVERIFY(static_cast<std::size_t>(g->dataCount()) >= grid);
            for (const Point& p : points(g)) {
                QVERIFY(p.x >= m_plot->viewMin() && p.x <= m_plot->viewMax());
                if (breakpointAt(bps, p.x))
                    continue;
                const Core::PointValue v = Core::evaluateAt(a, p.x);
                QCOMPARE(p.y, derivative ? v.dy : v.y);
            }
        }
    };
    checkAgainstCore(0, expected);
    checkAgainstCore(1, expected);
    // AND the jump is still a true jump at its exact x
    const std::vector<Point> relu = points(m_plot->valueGraph(0));
    QVERIFY(std::any_of(relu.begin(), relu.end(), [](const Point& p) { return p.x == 0.123 && std::isnan(p.y); }));

    // AND the full data is there for export
    const Core::Series full = m_plot->fullSeries(1);
    QCOMPARE(full.x, Core::linspace(domain));
    QCOMPARE(full.y.size(), domain.samples);
    QVERIFY(m_plot->fullSeries(5).x.empty());

    // AND the crosshair still steps through the domain's samples, not the drawn ones
    const std::vector<double> grid = Core::linspace(domain);
    m_plot->setSelectedCurve(1);
    m_plot->setCrosshairX(1.00004);
    const auto at = std::find(grid.begin(), grid.end(), *m_plot->crosshairX());
    QVERIFY(at != grid.end());
    QVERIFY(std::abs(*at - 1.0) < 1e-9);
    m_plot->stepCrosshair(1);
    QCOMPARE(*m_plot->crosshairX(), *std::next(at));
    m_plot->stepCrosshair(-10);
    QCOMPARE(*m_plot->crosshairX(), *std::prev(at, 9));

    // WHEN zoomed in: the visible range at the same resolution, the breakpoint still exact
    m_plot->valueRect()->axis(QCPAxis::atBottom)->setRange(0.0, 0.5);
    QCOMPARE(m_plot->sampledDomain().min, 0.0);
    QCOMPARE(m_plot->sampledDomain().samples, expected);
    checkAgainstCore(0, expected);
    const std::vector<Point> zoomed = points(m_plot->valueGraph(0));
    QVERIFY(std::any_of(zoomed.begin(), zoomed.end(), [](const Point& p) { return p.x == 0.123 && std::isnan(p.y); }));

    // WHEN the plot gets wider: more points, once QCustomPlot has laid it out
    m_plot->resize(m_plot->width() + 300, m_plot->height());
    m_plot->customPlot()->replot();
    QVERIFY(m_plot->screenSampleCount() > expected);
    QCOMPARE(m_plot->sampledDomain().samples, m_plot->screenSampleCount());
    checkAgainstCore(1, m_plot->screenSampleCount());

    // AND a domain with fewer samples than pixels is drawn with exactly those
    m_plot->setDomain({-5.0, 5.0, 51});
    QCOMPARE(m_plot->sampledDomain().samples, std::size_t(51));
    QCOMPARE(m_plot->valueGraph(1)->dataCount(), 51);
}

void TestActivationPlot::shouldShowHelpTooltipOutsidePanelsOnly()
{
    showPlot();
    QCustomPlot* cp = m_plot->customPlot();
    const QPoint inside = m_plot->valueRect()->center();
    QHelpEvent insideEvent(QEvent::ToolTip, inside, cp->mapToGlobal(inside));
    QApplication::sendEvent(cp, &insideEvent);
    QVERIFY(!QToolTip::isVisible());
    const QPoint margin(2, cp->height() / 2);
    QHelpEvent marginEvent(QEvent::ToolTip, margin, cp->mapToGlobal(margin));
    QApplication::sendEvent(cp, &marginEvent);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u"Shift+drag"_s));
    QToolTip::hideText();
}

QTEST_MAIN(TestActivationPlot)
#include "tst_activationplot.moc"
