// SPDX-License-Identifier: MIT
// Monkey test: thousands of random but seeded user actions on the main window. After every burst
// the window must still answer its event loop, every plotted point must be the core's value (or a
// breakpoint limit), the editors, the plot and the document must describe the same curves, every
// view must show the document's snapshot, the document must stay within its limits, and the
// snapshot must survive a session file.
//
//   AEX_MONKEY_SEED=<n>    replays another sequence (the seed is printed at the start)
//   AEX_MONKEY_EVENTS=<n>  number of events (default 10000)
#include "activationplot.h"
#include "codepanel.h"
#include "curveeditor.h"
#include "curvelist.h"
#include "curvelistmodel.h"
#include "domaineditor.h"
#include "examples.h"
#include "explorerdocument.h"
#include "formulapanel.h"
#include "mainwindow.h"
#include "parametereditor.h"
#include "parameterpanel.h"
#include "plotscene.h"
#include "session.h"
#include "sessioncontroller.h"
#include "valuestable.h"
#include "widgetlookup.h"

#include "aex/core/analysis.h"
#include "aex/core/codegen.h"
#include "aex/core/framework.h"
#include "aex/core/numberformat.h"
#include "aex/core/sampling.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <deque>
#include <limits>
#include <map>
#include <optional>
#include <random>

using App::MainWindow;
using Widgets::Panel;
using namespace Qt::StringLiterals;

namespace {

constexpr quint64 kDefaultSeed = 20240613;
constexpr int kDefaultEvents = 10'000;
constexpr int kBurst = 200;
// The monkey's own cap on curves, to keep its pace; the document's limits (Core::kMaxCurves,
// Core::kMaxTotalSamples) are pushed by the rare curve flood.
constexpr int kMonkeyCurves = 10;
// About three floods in 10,000 events: each adds curves up to the document's limit.
constexpr double kFloodChance = 0.0003;
// The values table, the formula and the code follow an edit through a 60 ms throttle.
constexpr int kThrottleWaitMs = 1000;

quint64 envNumber(const char* name, quint64 fallback)
{
    bool ok = false;
    const quint64 v = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? v : fallback;
}

// Warnings the monkey may legitimately cause; anything else fails the test.
QStringList g_unexpectedMessages;
QtMessageHandler g_previousHandler = nullptr;
void recordMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const bool harmless = message.startsWith(u"Keyboard event not accepted"_s)
        || message.startsWith(u"QStandardPaths:"_s) || message == u"This plugin does not support propagateSizeHints()"_s
        || message.contains(u"QFont::setPointSizeF"_s);
    if (harmless)
        return;
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_unexpectedMessages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

void sendMouse(QWidget* target, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons,
    Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, pos, target->mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(target, &event);
}

double finiteOrNaN(double v) { return std::isfinite(v) ? v : std::numeric_limits<double>::quiet_NaN(); }

bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

// The same double, -0 told from 0 (a session must keep the sign); any NaN equals any NaN.
bool identical(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

QString number(double v) { return QString::fromStdString(Core::formatNumber(v)); } // "-0" stays -0

QString toQ(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString describe(const Core::Domain& d)
{
    return u"%1:%2 (%3 samples)"_s.arg(number(d.min), number(d.max)).arg(d.samples);
}

bool sameDomain(const Core::Domain& a, const Core::Domain& b)
{
    return identical(a.min, b.min) && identical(a.max, b.max) && a.samples == b.samples;
}

QString describe(const std::optional<std::pair<double, double>>& range)
{
    return range ? u"[%1, %2]"_s.arg(number(range->first), number(range->second)) : u"follows the data"_s;
}

bool sameRange(const std::optional<std::pair<double, double>>& a, const std::optional<std::pair<double, double>>& b)
{
    return a.has_value() == b.has_value() && (!a || (identical(a->first, b->first) && identical(a->second, b->second)));
}

// Where two views differ, or empty.
QString viewDiff(const Model::ViewRanges& a, const Model::ViewRanges& b)
{
    if (!sameRange(a.x, b.x))
        return u"x %1 vs %2"_s.arg(describe(a.x), describe(b.x));
    if (!sameRange(a.f, b.f))
        return u"f %1 vs %2"_s.arg(describe(a.f), describe(b.f));
    if (!sameRange(a.df, b.df))
        return u"f′ %1 vs %2"_s.arg(describe(a.df), describe(b.df));
    return {};
}

// Where two curves differ, or empty.
QString curveDiff(const Model::Curve& a, const Model::Curve& b)
{
    if (!(a.activation == b.activation))
        return u"the activation"_s;
    if (a.name != b.name)
        return u"the name (%1 vs %2)"_s.arg(a.name, b.name);
    if (a.color != b.color)
        return u"the colour (#%1 vs #%2)"_s.arg(a.color, 8, 16, QChar(u'0')).arg(b.color, 8, 16, QChar(u'0'));
    if (a.visible != b.visible)
        return u"the visibility (%1 vs %2)"_s.arg(a.visible).arg(b.visible);
    if (a.autoNamed != b.autoNamed)
        return u"autoNamed (%1 vs %2)"_s.arg(a.autoNamed).arg(b.autoNamed);
    return {};
}

// Where two snapshots differ, or empty. `values`: compare the values-table input too.
QString snapshotDiff(const Model::Session& a, const Model::Session& b, bool values = true)
{
    if (a.curves.size() != b.curves.size())
        return u"%1 curves vs %2"_s.arg(a.curves.size()).arg(b.curves.size());
    for (qsizetype i = 0; i < a.curves.size(); ++i) {
        if (const QString d = curveDiff(a.curves[i], b.curves[i]); !d.isEmpty())
            return u"curve %1 differs in %2"_s.arg(i).arg(d);
    }
    if (a.selected != b.selected)
        return u"selected %1 vs %2"_s.arg(a.selected).arg(b.selected);
    if (!sameDomain(a.domain, b.domain))
        return u"domain %1 vs %2"_s.arg(describe(a.domain), describe(b.domain));
    if (a.dtype != b.dtype)
        return u"dtype %1 vs %2"_s.arg(toQ(Core::dtypeName(a.dtype)), toQ(Core::dtypeName(b.dtype)));
    if (const QString d = viewDiff(a.view, b.view); !d.isEmpty())
        return u"view: "_s + d;
    if (a.theme != b.theme)
        return u"theme %1 vs %2"_s.arg(Model::themeName(a.theme), Model::themeName(b.theme));
    if (a.panels != b.panels)
        return u"panels %1 vs %2"_s.arg(Model::panelsName(a.panels), Model::panelsName(b.panels));
    if (values && a.valuesInput != b.valuesInput)
        return u"values input \"%1\" vs \"%2\""_s.arg(a.valuesInput, b.valuesInput);
    return {};
}

// The plot's legend shows a curve by its name, or its function's title without one.
QString legendName(const Model::Curve& curve)
{
    return curve.name.isEmpty() ? toQ(curve.activation.function().title) : curve.name;
}

// The values table's CSV for these inputs, as the command line prints it.
QString expectedValuesCsv(const Core::Activation& a, const std::vector<double>& inputs, Core::DType dtype)
{
    QStringList header{u"x"_s, u"y"_s, u"dy"_s};
    const std::vector<std::size_t> trainable = a.trainableParams();
    for (const std::size_t p : trainable)
        header << u"d_"_s + toQ(a.function().params[p].name);
    QStringList lines{header.join(u',')};
    for (const double input : inputs) {
        const double x = dtype == Core::DType::Float32 ? static_cast<double>(static_cast<float>(input)) : input;
        const Core::PointValue v = Core::evaluateAt(a, x, dtype);
        std::string row;
        Core::appendNumber(row, x, dtype);
        for (const double cell : {v.y, v.dy}) {
            row += ',';
            Core::appendNumber(row, cell, dtype);
        }
        for (std::size_t t = 0; t < trainable.size(); ++t) {
            row += ',';
            Core::appendNumber(row, v.dparam[t], dtype);
        }
        lines << QString::fromStdString(row);
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace

class TestMonkey : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void shouldSurviveRandomUse();

private:
    enum class Kind {
        SliderSet,
        SliderDrag,
        SliderKeys,
        SpinTyping,
        SpinGarbage,
        NoneToggle,
        BoolToggle,
        ResetParam,
        AddCurve,
        DuplicateCurve,
        RemoveCurve,
        SelectCurve,
        ToggleVisible,
        FunctionSwitch,
        FrameworkSwitch,
        Zoom,
        Pan,
        RubberBand,
        ResetView,
        Crosshair,
        Example,
        ValuesInput,
        DomainEdit,
        SamplesEdit,
        DTypeSwitch,
        Theme,
        SessionSaveLoad,
        SessionBadFile,
        UndoRedo,
        CurveFlood,
        Count
    };
    static const char* kindName(Kind kind);

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    double uniformReal(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }
    template <class T> T pick(const QList<T>& list) { return list.at(uniform(0, static_cast<int>(list.size()) - 1)); }

    Kind nextKind();
    void perform(Kind kind);
    QString randomText(bool numeric);
    QPoint randomPointIn(const QRect& rect);
    void fail(const QString& problem);

    void sliderSet();
    void sliderDrag();
    void sliderKeys();
    void spinTyping(bool garbage);
    void noneToggle();
    void boolToggle();
    void resetParam();
    void addCurve(bool duplicate);
    void removeCurve();
    void selectCurve();
    void toggleVisible();
    void functionSwitch();
    void frameworkSwitch();
    void zoom();
    void pan(bool rubberBand);
    void resetView();
    void crosshair();
    void example();
    void undoRedo();
    void valuesInput();
    void domainEdit();
    void samplesEdit();
    void dtypeSwitch();
    void theme();
    void sessionSaveLoad();
    void sessionBadFile();
    void curveFlood();

    // The checks after each burst; empty when everything agrees.
    QString checkResponsive();
    QString checkLimits();
    QString checkPlotMatchesCore();
    QString checkEditorsMatchCurve();
    QString checkViewsShowSnapshot();
    QString checkThrottledViews();
    QString checkSessionRoundTrip();
    QString recentEvents() const;

    Model::ExplorerDocument* document() const { return m_window->document(); }
    Widgets::PlotScene* scene() const { return m_window->plot()->scene(); }
    // The plot's QCustomPlot, as a widget that takes the mouse.
    QWidget* canvas() const { return TestLib::child<QWidget>(m_window->plot(), u"customPlot"_s); }
    QRect randomPanelRect() { return scene()->panelRect(chance(0.5) ? Panel::Function : Panel::Derivative); }
    template <class T> QList<T*> editorChildren() const { return m_window->curveEditor()->findChildren<T*>(); }

    std::mt19937_64 m_rng;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    std::deque<QString> m_recent; // the last events, for the failure message
    std::map<Kind, int> m_counts;
    std::map<Kind, qint64> m_nanoseconds;
    qint64 m_checkNanoseconds = 0;
    int m_sessionsSaved = 0;
    int m_sessionsLoaded = 0;
    int m_floodPeak = 0;
    int m_limitRefusals = 0;
    int m_modalsClosed = 0;
    QStringList m_modalNames;
    QStringList m_failures;
};

const char* TestMonkey::kindName(Kind kind)
{
    static constexpr std::array<const char*, static_cast<std::size_t>(Kind::Count)> names{"slider setValue",
        "slider mouse drag", "slider keys", "spin typing", "spin garbage", "None toggle", "bool toggle", "reset param",
        "add curve", "duplicate curve", "remove curve", "select curve", "toggle visible", "function switch",
        "framework switch", "wheel zoom", "pan drag", "rubber band", "Ctrl+0", "crosshair", "example", "values input",
        "domain edit", "samples edit", "dtype switch", "theme", "session save+load", "session bad file", "undo/redo", "curve flood"};
    return names[static_cast<std::size_t>(kind)];
}

void TestMonkey::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(u"Fusion"_s);
    QApplication::setOrganizationName(u"ActivationExplorerTests"_s);
    QVERIFY(m_dir.isValid());
    g_previousHandler = qInstallMessageHandler(recordMessages);
}

void TestMonkey::cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

TestMonkey::Kind TestMonkey::nextKind()
{
    // Weights: parameter edits dominate, as they do in real use; the expensive, whole-window
    // actions (examples, sessions, themes) are rarer, and a flood of curves up to the document's
    // limits rarest.
    if (chance(kFloodChance))
        return Kind::CurveFlood;
    static constexpr std::array<std::pair<Kind, int>, static_cast<std::size_t>(Kind::CurveFlood)> weights{{
        {Kind::SliderSet, 10},
        {Kind::SliderDrag, 5},
        {Kind::SliderKeys, 4},
        {Kind::SpinTyping, 6},
        {Kind::SpinGarbage, 5},
        {Kind::NoneToggle, 3},
        {Kind::BoolToggle, 2},
        {Kind::ResetParam, 2},
        {Kind::AddCurve, 3},
        {Kind::DuplicateCurve, 2},
        {Kind::RemoveCurve, 4},
        {Kind::SelectCurve, 5},
        {Kind::ToggleVisible, 4},
        {Kind::FunctionSwitch, 4},
        {Kind::FrameworkSwitch, 4},
        {Kind::Zoom, 6},
        {Kind::Pan, 8},
        {Kind::RubberBand, 2},
        {Kind::ResetView, 3},
        {Kind::Crosshair, 7},
        {Kind::Example, 1},
        {Kind::ValuesInput, 3},
        {Kind::DomainEdit, 3},
        {Kind::SamplesEdit, 2},
        {Kind::DTypeSwitch, 1},
        {Kind::Theme, 1},
        {Kind::SessionSaveLoad, 1},
        {Kind::SessionBadFile, 1},
        {Kind::UndoRedo, 4},
    }};
    int total = 0;
    for (const auto& [kind, w] : weights)
        total += w;
    int r = uniform(0, total - 1);
    for (const auto& [kind, w] : weights) {
        if (r < w)
            return kind;
        r -= w;
    }
    return Kind::SliderSet;
}

void TestMonkey::shouldSurviveRandomUse()
{
    const quint64 seed = envNumber("AEX_MONKEY_SEED", kDefaultSeed);
    const int events = static_cast<int>(envNumber("AEX_MONKEY_EVENTS", kDefaultEvents));
    m_rng.seed(seed);
    qInfo("monkey: seed %llu (AEX_MONKEY_SEED), %d events (AEX_MONKEY_EVENTS)", static_cast<unsigned long long>(seed),
        events);

    m_window = std::make_unique<MainWindow>();
    m_window->resize(MainWindow::defaultSize());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // A dialog would block the monkey inside exec(): close it, and fail, since no event kind here
    // is meant to open one, except the unsaved-changes prompt before an example, which is answered
    // Discard.
    QTimer watchdog;
    watchdog.setInterval(100);
    connect(&watchdog, &QTimer::timeout, this, [this] {
        if (auto* prompt = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            prompt && prompt->objectName() == u"unsavedChangesBox"_s) {
            prompt->button(QMessageBox::Discard)->click();
            return;
        }
        if (QWidget* modal = QApplication::activeModalWidget()) {
            m_modalNames << modal->objectName() + u" ("_s + QString::fromLatin1(modal->metaObject()->className())
                    + u')';
            ++m_modalsClosed;
            if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
            else
                modal->close();
        }
    });
    watchdog.start();

    QElapsedTimer clock;
    clock.start();
    int bursts = 0;
    for (int i = 0; i < events; ++i) {
        const Kind kind = nextKind();
        ++m_counts[kind];
        m_recent.push_back(u"#%1 %2"_s.arg(i).arg(QString::fromLatin1(kindName(kind))));
        if (m_recent.size() > 25)
            m_recent.pop_front();
        QElapsedTimer timer;
        timer.start();
        perform(kind);
        // Let queued replots and repaints run now and then, as they would between mouse events
        // (not after every event: painting the whole window would dominate the runtime).
        if (chance(0.06))
            QApplication::processEvents();
        m_nanoseconds[kind] += timer.nsecsElapsed();

        if ((i + 1) % kBurst == 0 || i + 1 == events) {
            ++bursts;
            QElapsedTimer checking;
            checking.start();
            for (const QString& problem :
                {checkResponsive(), checkLimits(), checkPlotMatchesCore(), checkEditorsMatchCurve(),
                    checkViewsShowSnapshot(), checkThrottledViews(), checkSessionRoundTrip()}) {
                if (!problem.isEmpty())
                    m_failures << u"after event %1: %2\nlast events:\n%3"_s.arg(i).arg(problem, recentEvents());
            }
            if (!g_unexpectedMessages.isEmpty()) {
                m_failures << u"after event %1: unexpected messages: %2\nlast events:\n%3"_s.arg(i).arg(
                    g_unexpectedMessages.join(u" | "_s), recentEvents());
                g_unexpectedMessages.clear();
            }
            m_checkNanoseconds += checking.nsecsElapsed();
            if (m_failures.size() > 5)
                break;
        }
    }
    const qint64 elapsed = clock.elapsed();
    // Closed while the watchdog still runs: with unsaved changes to a session file the window asks
    // first, and the watchdog answers Discard (with it stopped, the prompt waited for ever).
    m_window->close();
    watchdog.stop();

    QStringList counts;
    for (const auto& [kind, n] : m_counts)
        counts
            << u"%1 %2 (%3 ms)"_s.arg(QString::fromLatin1(kindName(kind))).arg(n).arg(m_nanoseconds[kind] / 1'000'000);
    qInfo("monkey: %d events in %d bursts, %.1f s, of which the checks %.1f s (seed %llu)", events, bursts,
        static_cast<double>(elapsed) / 1000.0, static_cast<double>(m_checkNanoseconds) / 1e9,
        static_cast<unsigned long long>(seed));
    qInfo("monkey: %s", qPrintable(counts.join(u", "_s)));
    qInfo("monkey: %d sessions saved, %d loaded back; floods reached %d curves, %d adds refused at the limits",
        m_sessionsSaved, m_sessionsLoaded, m_floodPeak, m_limitRefusals);

    QVERIFY2(m_modalsClosed == 0, qPrintable(u"dialogs opened: "_s + m_modalNames.join(u", "_s)));
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(u"\n\n"_s)));
    m_window.reset();
}

void TestMonkey::perform(Kind kind)
{
    switch (kind) {
    case Kind::SliderSet: sliderSet(); break;
    case Kind::SliderDrag: sliderDrag(); break;
    case Kind::SliderKeys: sliderKeys(); break;
    case Kind::SpinTyping: spinTyping(false); break;
    case Kind::SpinGarbage: spinTyping(true); break;
    case Kind::NoneToggle: noneToggle(); break;
    case Kind::BoolToggle: boolToggle(); break;
    case Kind::ResetParam: resetParam(); break;
    case Kind::AddCurve: addCurve(false); break;
    case Kind::DuplicateCurve: addCurve(true); break;
    case Kind::RemoveCurve: removeCurve(); break;
    case Kind::SelectCurve: selectCurve(); break;
    case Kind::ToggleVisible: toggleVisible(); break;
    case Kind::FunctionSwitch: functionSwitch(); break;
    case Kind::FrameworkSwitch: frameworkSwitch(); break;
    case Kind::Zoom: zoom(); break;
    case Kind::Pan: pan(false); break;
    case Kind::RubberBand: pan(true); break;
    case Kind::ResetView: resetView(); break;
    case Kind::Crosshair: crosshair(); break;
    case Kind::Example: example(); break;
    case Kind::UndoRedo: undoRedo(); break;
    case Kind::ValuesInput: valuesInput(); break;
    case Kind::DomainEdit: domainEdit(); break;
    case Kind::SamplesEdit: samplesEdit(); break;
    case Kind::DTypeSwitch: dtypeSwitch(); break;
    case Kind::Theme: theme(); break;
    case Kind::SessionSaveLoad: sessionSaveLoad(); break;
    case Kind::SessionBadFile: sessionBadFile(); break;
    case Kind::CurveFlood: curveFlood(); break;
    case Kind::Count: break;
    }
}

void TestMonkey::fail(const QString& problem) { m_failures << problem + u"\nlast events:\n"_s + recentEvents(); }

QString TestMonkey::randomText(bool numeric)
{
    static const QStringList numbers{u"0"_s, u"1"_s, u"2"_s, u"0.5"_s, u"-1"_s, u"-0"_s, u"3.25"_s, u"1e-3"_s, u"100"_s,
        u"-2.5"_s, u"0.01"_s, u"6"_s, u"7e2"_s, u"-0.125"_s};
    static const QStringList pieces{u"-"_s, u"+"_s, u"."_s, u"e"_s, u"E"_s, u"inf"_s, u"nan"_s, u"1e308"_s, u"-1e999"_s,
        u" "_s, u"abc"_s, u","_s, u"0x1p3"_s, u"--"_s, u"9999999999"_s, u"1e"_s, u"."_s, u"e-"_s, u"None"_s, u"%"_s,
        u"\\"_s};
    if (numeric)
        return pick(numbers);
    QString text;
    const int n = uniform(1, 4);
    for (int k = 0; k < n; ++k)
        text += chance(0.5) ? pick(numbers) : pick(pieces);
    return text;
}

QPoint TestMonkey::randomPointIn(const QRect& rect)
{
    if (rect.width() < 3 || rect.height() < 3)
        return rect.center();
    return {uniform(rect.left() + 1, rect.right() - 1), uniform(rect.top() + 1, rect.bottom() - 1)};
}

void TestMonkey::sliderSet()
{
    const QList<QSlider*> sliders = editorChildren<QSlider>();
    if (sliders.isEmpty())
        return;
    QSlider* slider = pick(sliders);
    if (!slider->isEnabled())
        return;
    if (chance(0.5)) {
        slider->setValue(uniform(slider->minimum(), slider->maximum()));
        return;
    }
    // A drag as QSlider sees it: the handle held down, several positions, then released.
    const QPointer<QSlider> alive = slider;
    slider->setSliderDown(true);
    const int steps = uniform(2, 4);
    for (int k = 0; k < steps && alive; ++k)
        slider->setSliderPosition(uniform(slider->minimum(), slider->maximum()));
    if (alive)
        slider->setSliderDown(false);
}

void TestMonkey::sliderDrag()
{
    const QList<QSlider*> sliders = editorChildren<QSlider>();
    if (sliders.isEmpty())
        return;
    QSlider* slider = pick(sliders);
    if (!slider->isEnabled())
        return;
    const QPointer<QSlider> alive = slider; // an edit can rebuild the editors
    const QRect handle = TestLib::sliderHandleRect(slider);
    // Mostly on the handle; sometimes on the groove, which pages.
    const QPoint start = chance(0.8) ? handle.center() : randomPointIn(slider->rect());
    sendMouse(slider, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    QPoint at = start;
    const int moves = uniform(1, 4);
    for (int k = 0; k < moves && alive; ++k) {
        at += QPoint(uniform(-40, 40), uniform(-3, 3));
        sendMouse(slider, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton);
    }
    if (alive)
        sendMouse(slider, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
}

void TestMonkey::sliderKeys()
{
    const QList<QSlider*> sliders = editorChildren<QSlider>();
    if (sliders.isEmpty())
        return;
    QSlider* slider = pick(sliders);
    static const QList<Qt::Key> keys{Qt::Key_Left, Qt::Key_Right, Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Home,
        Qt::Key_End, Qt::Key_Up, Qt::Key_Down};
    slider->setFocus();
    QTest::keyClick(slider, pick(keys));
}

void TestMonkey::spinTyping(bool garbage)
{
    const QList<QAbstractSpinBox*> spins = editorChildren<QAbstractSpinBox>();
    if (spins.isEmpty())
        return;
    QAbstractSpinBox* spin = pick(spins);
    if (!spin->isEnabled())
        return;
    const QPointer<QAbstractSpinBox> alive = spin; // an edit can rebuild the editors
    spin->setFocus();
    if (chance(0.7))
        spin->selectAll();
    else
        QTest::keyClick(spin, chance(0.5) ? Qt::Key_End : Qt::Key_Home);
    const int backspaces = chance(0.3) ? uniform(1, 4) : 0;
    for (int k = 0; k < backspaces && alive; ++k)
        QTest::keyClick(spin, Qt::Key_Backspace);
    if (!alive)
        return;
    if (garbage && chance(0.15)) {
        // Not Latin-1, which keyClicks cannot send: a minus sign, an Arabic-Indic digit, infinity.
        static const QStringList unicode{u"\u2212"_s, u"\u0661"_s, u"\u221e"_s, u"\u00bd"_s};
        QTest::sendKeyEvent(QTest::Click, spin, Qt::Key_unknown, pick(unicode), Qt::NoModifier);
    } else {
        QTest::keyClicks(spin, randomText(!garbage));
    }
    if (alive && chance(0.6))
        QTest::keyClick(spin, chance(0.5) ? Qt::Key_Return : Qt::Key_Enter);
    if (alive && chance(0.2))
        QTest::keyClick(spin, chance(0.5) ? Qt::Key_Up : Qt::Key_Down);
    if (alive && chance(0.3))
        m_window->plot()->setFocus(); // focus leaves: the spin box fixes up its text
}

void TestMonkey::noneToggle()
{
    QList<QCheckBox*> checks;
    for (QCheckBox* c : editorChildren<QCheckBox>()) {
        if (c->objectName().endsWith(u"NoneCheck"_s))
            checks << c;
    }
    if (checks.isEmpty())
        return;
    QCheckBox* check = pick(checks);
    if (chance(0.5))
        check->click();
    else
        QTest::mouseClick(check, Qt::LeftButton, {}, check->rect().center());
}

void TestMonkey::boolToggle()
{
    QList<QCheckBox*> checks;
    for (QCheckBox* c : editorChildren<QCheckBox>()) {
        if (c->objectName().endsWith(u"CheckBox"_s))
            checks << c;
    }
    if (!checks.isEmpty())
        pick(checks)->click();
}

void TestMonkey::resetParam()
{
    QList<QToolButton*> resets;
    for (QToolButton* b : editorChildren<QToolButton>()) {
        if (b->objectName().endsWith(u"Reset"_s))
            resets << b;
    }
    if (!resets.isEmpty())
        pick(resets)->click();
}

void TestMonkey::addCurve(bool duplicate)
{
    if (document()->curveCount() >= kMonkeyCurves) {
        removeCurve();
        return;
    }
    const QString name = duplicate ? u"duplicateCurveAction"_s : u"addCurveAction"_s;
    if (chance(0.3)) {
        // The keyboard shortcut, from the curve list.
        auto* list = m_window->findChild<QListView*>(u"curveList"_s);
        list->setFocus();
        QTest::keyClick(list, duplicate ? Qt::Key_D : Qt::Key_N, Qt::ControlModifier);
        return;
    }
    m_window->findChild<QAction*>(name)->trigger();
}

void TestMonkey::removeCurve()
{
    if (document()->curveCount() <= 1 && chance(0.7))
        return; // keep something to edit most of the time
    if (chance(0.3)) {
        auto* list = m_window->findChild<QListView*>(u"curveList"_s);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        return;
    }
    m_window->findChild<QAction*>(u"removeCurveAction"_s)->trigger();
}

void TestMonkey::selectCurve()
{
    const int rows = document()->curveCount();
    if (rows == 0)
        return;
    const int row = uniform(0, rows - 1);
    if (chance(0.5)) {
        document()->select(row);
        return;
    }
    auto* list = m_window->findChild<QListView*>(u"curveList"_s);
    const QRect rect = list->visualRect(document()->curveModel()->index(row));
    if (!rect.isValid() || !list->viewport()->rect().contains(rect.center())) {
        document()->select(row);
        return;
    }
    // Away from the check box, which would toggle visibility instead.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(rect.right() - 8, rect.center().y()));
}

void TestMonkey::toggleVisible()
{
    Model::CurveListModel* model = document()->curveModel();
    if (model->rowCount() == 0)
        return;
    const QModelIndex index = model->index(uniform(0, model->rowCount() - 1));
    const bool visible = model->data(index, Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
    model->setData(index, visible ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

void TestMonkey::functionSwitch()
{
    auto* combo = m_window->curveEditor()->findChild<QComboBox*>(u"functionCombo"_s);
    if (!combo || !combo->isEnabled() || combo->count() == 0)
        return;
    if (chance(0.3)) {
        combo->setFocus();
        QTest::keyClick(combo, chance(0.5) ? Qt::Key_Down : Qt::Key_Up);
        return;
    }
    combo->setCurrentIndex(uniform(0, combo->count() - 1));
}

void TestMonkey::frameworkSwitch()
{
    auto* combo = m_window->curveEditor()->findChild<QComboBox*>(u"frameworkCombo"_s);
    if (!combo || !combo->isEnabled() || combo->count() == 0)
        return;
    combo->setCurrentIndex(uniform(0, combo->count() - 1));
}

void TestMonkey::zoom()
{
    Widgets::ActivationPlot* plot = m_window->plot();
    QWidget* cp = canvas();
    const QRect rect = randomPanelRect();
    const QPointF pos = randomPointIn(chance(0.9) ? rect : cp->rect());
    const int notches = uniform(1, 3) * (chance(0.5) ? 1 : -1);
    QWheelEvent wheel(pos, cp->mapToGlobal(pos), QPoint(), QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(cp, &wheel);
    if (chance(0.1)) {
        plot->setFocus();
        QTest::keyClick(plot, chance(0.5) ? Qt::Key_Plus : Qt::Key_Minus);
    }
}

void TestMonkey::pan(bool rubberBand)
{
    QWidget* cp = canvas();
    const QRect rect = randomPanelRect();
    QPoint at = randomPointIn(chance(0.9) ? rect : cp->rect()); // sometimes on an axis
    const Qt::MouseButton button = rubberBand && chance(0.5) ? Qt::RightButton : Qt::LeftButton;
    const Qt::KeyboardModifiers modifiers = rubberBand && button == Qt::LeftButton ? Qt::ShiftModifier : Qt::NoModifier;
    sendMouse(cp, QEvent::MouseButtonPress, at, button, button, modifiers);
    const int moves = uniform(1, 8);
    for (int k = 0; k < moves; ++k) {
        at += QPoint(uniform(-60, 60), uniform(-40, 40));
        sendMouse(cp, QEvent::MouseMove, at, Qt::NoButton, button, modifiers);
    }
    sendMouse(cp, QEvent::MouseButtonRelease, at, button, Qt::NoButton, modifiers);
}

void TestMonkey::resetView()
{
    Widgets::ActivationPlot* plot = m_window->plot();
    if (chance(0.2)) {
        const QPoint pos = scene()->panelRect(Panel::Function).center();
        QTest::mouseDClick(canvas(), Qt::LeftButton, Qt::NoModifier, pos);
        return;
    }
    plot->setFocus();
    QTest::keyClick(plot, Qt::Key_0, Qt::ControlModifier);
}

void TestMonkey::crosshair()
{
    Widgets::ActivationPlot* plot = m_window->plot();
    if (chance(0.5)) {
        sendMouse(canvas(), QEvent::MouseMove, randomPointIn(randomPanelRect()), Qt::NoButton, Qt::NoButton);
        return;
    }
    static const QList<Qt::Key> keys{Qt::Key_Left, Qt::Key_Right, Qt::Key_Home, Qt::Key_End, Qt::Key_Escape};
    plot->setFocus();
    QTest::keyClick(plot, pick(keys), chance(0.3) ? Qt::ShiftModifier : Qt::NoModifier);
}

void TestMonkey::undoRedo()
{
    // Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y, from the window (a line edit with focus keeps its own undo).
    const int which = uniform(0, 2);
    const Qt::Key key = which == 2 ? Qt::Key_Y : Qt::Key_Z;
    const Qt::KeyboardModifiers modifiers
        = which == 1 ? Qt::ControlModifier | Qt::ShiftModifier : Qt::KeyboardModifiers(Qt::ControlModifier);
    QTest::keyClick(m_window.get(), key, modifiers);
}

void TestMonkey::example()
{
    QList<QString> ids;
    for (const App::Example& e : App::examples())
        ids << e.id;
    auto* action = m_window->findChild<QAction*>(u"exampleAction_"_s + pick(ids));
    QVERIFY(action);
    action->trigger();
}

void TestMonkey::valuesInput()
{
    auto* input = m_window->valuesTable()->findChild<QLineEdit*>(u"valuesInput"_s);
    input->setFocus();
    if (chance(0.5))
        input->selectAll();
    const int backspaces = chance(0.3) ? uniform(1, 6) : 0;
    for (int k = 0; k < backspaces; ++k)
        QTest::keyClick(input, Qt::Key_Backspace);
    QString text;
    const int n = uniform(1, 5);
    for (int k = 0; k < n; ++k)
        text += randomText(chance(0.6)) + (chance(0.7) ? u", "_s : u" "_s);
    QTest::keyClicks(input, text);
    if (chance(0.5))
        QTest::keyClick(input, Qt::Key_Return);
}

void TestMonkey::domainEdit()
{
    const QString name = chance(0.5) ? u"xMinSpin"_s : u"xMaxSpin"_s;
    auto* spin = m_window->domainEditor()->findChild<QAbstractSpinBox*>(name);
    spin->setFocus();
    spin->selectAll();
    static const QStringList values{u"-5"_s, u"5"_s, u"-10"_s, u"10"_s, u"0"_s, u"-1"_s, u"1"_s, u"2.5"_s, u"-0.001"_s,
        u"100"_s, u"-100"_s, u"1e6"_s, u"-1e9"_s, u"3"_s, u"-3"_s};
    QTest::keyClicks(spin, chance(0.75) ? pick(values) : randomText(false)); // may make min >= max
    if (chance(0.5))
        QTest::keyClick(spin, Qt::Key_Return);
    if (chance(0.3))
        m_window->plot()->setFocus();
}

void TestMonkey::samplesEdit()
{
    auto* spin = m_window->domainEditor()->findChild<QAbstractSpinBox*>(u"samplesSpin"_s);
    spin->setFocus();
    spin->selectAll();
    // Up to Core::kMaxSamples: with more than one curve the larger counts pass the document's
    // Core::kMaxTotalSamples, which the field and the document must refuse.
    static const QStringList values{
        u"2"_s, u"11"_s, u"101"_s, u"1001"_s, u"4000"_s, u"100000"_s, u"1000000"_s, u"2000000"_s, u"10000000"_s};
    QTest::keyClicks(spin, chance(0.8) ? pick(values) : randomText(false));
    if (chance(0.5))
        QTest::keyClick(spin, Qt::Key_Return);
}

void TestMonkey::dtypeSwitch()
{
    auto* combo = m_window->domainEditor()->findChild<QComboBox*>(u"dtypeCombo"_s);
    combo->setCurrentIndex(uniform(0, combo->count() - 1));
}

void TestMonkey::theme()
{
    static const QStringList actions{u"darkThemeAction"_s, u"lightThemeAction"_s, u"toggleThemeAction"_s};
    m_window->findChild<QAction*>(pick(actions))->trigger();
}

void TestMonkey::sessionSaveLoad()
{
    const QString path = m_dir.filePath(u"monkey-%1.json"_s.arg(uniform(0, 3)));
    App::SessionController* sessions = m_window->sessions();
    const Model::Session before = document()->snapshot();
    const QString saveError = sessions->saveSessionAs(path);
    if (!saveError.isEmpty()) {
        fail(u"saving %1 failed: %2"_s.arg(path, saveError));
        return;
    }
    ++m_sessionsSaved;
    // The file holds the whole snapshot.
    const Model::SessionResult written = Model::loadSession(path);
    if (!written) {
        fail(u"the session just saved is refused: %1"_s.arg(written.error.message()));
        return;
    }
    if (const QString diff = snapshotDiff(before, *written.session); !diff.isEmpty()) {
        fail(u"the session file differs from the snapshot saved: %1"_s.arg(diff));
        return;
    }
    // Something else in between, so that the load has to change the window back.
    if (chance(0.5))
        example();
    const QString loadError = sessions->openSession(path);
    if (!loadError.isEmpty()) {
        fail(u"loading the session just saved failed: %1"_s.arg(loadError));
        return;
    }
    ++m_sessionsLoaded;
    // Everything comes back, but a session without a values input keeps the current one
    // (ExplorerDocument::assign).
    const bool values = !before.valuesInput.trimmed().isEmpty();
    QString problem = snapshotDiff(before, document()->snapshot(), values);
    if (!problem.isEmpty())
        problem = u"the document differs after a save and load: "_s + problem;
    const Core::Domain d = m_window->domainEditor()->domain();
    if (problem.isEmpty() && !sameDomain(d, before.domain))
        problem = u"the domain editor shows %1 after a save and load of %2"_s.arg(describe(d), describe(before.domain));
    if (problem.isEmpty() && m_window->domainEditor()->dtype() != before.dtype)
        problem = u"the dtype differs after a save and load"_s;
    if (problem.isEmpty() && sessions->sessionPath() != QFileInfo(path).absoluteFilePath())
        problem = u"the session opened is not the current file (%1)"_s.arg(sessions->sessionPath());
    if (!problem.isEmpty())
        fail(problem);
}

void TestMonkey::sessionBadFile()
{
    // Garbage, truncated JSON or a missing file: an error, and the window unchanged.
    const QString path = m_dir.filePath(u"bad.json"_s);
    QByteArray bytes;
    switch (uniform(0, 3)) {
    case 0:
        for (int k = uniform(0, 300); k > 0; --k)
            bytes.append(static_cast<char>(uniform(0, 255)));
        break;
    case 1: {
        const QByteArray good = Model::sessionToJson(document()->snapshot());
        bytes = good.left(uniform(0, static_cast<int>(good.size()) - 1));
        break;
    }
    case 2: {
        bytes = Model::sessionToJson(document()->snapshot());
        // A wrong type somewhere: a number where a string belongs, or the reverse.
        const qsizetype at = bytes.indexOf(chance(0.5) ? "\"relu\"" : "\"samples\": ");
        if (at >= 0)
            bytes.insert(at, "[");
        break;
    }
    default: QFile::remove(path); break;
    }
    if (!bytes.isEmpty() || QFile::exists(path)) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(bytes);
    }
    const Model::Session before = document()->snapshot();
    const QString pathBefore = m_window->sessions()->sessionPath();
    const QString error = m_window->sessions()->openSession(path);
    if (error.isEmpty()) {
        // A truncated file can still be a complete document (cut after the last brace).
        if (!Model::sessionFromJson(bytes))
            fail(u"a bad session file was accepted"_s);
        return;
    }
    if (const QString diff = snapshotDiff(before, document()->snapshot()); !diff.isEmpty())
        fail(u"a refused session file changed the document (%1): %2"_s.arg(error, diff));
    else if (m_window->sessions()->sessionPath() != pathBefore)
        fail(u"a refused session file became the current file (%1)"_s.arg(error));
}

void TestMonkey::curveFlood()
{
    // Add and Duplicate as fast as the user can press them, until the document says no: it must
    // never hold more than Core::kMaxCurves curves or Core::kMaxTotalSamples points, the actions
    // must turn off at its limit, and the list's slots, which go straight to the document, must
    // be refused there.
    Model::ExplorerDocument* doc = document();
    auto* add = TestLib::child<QAction>(m_window.get(), u"addCurveAction"_s);
    auto* duplicate = TestLib::child<QAction>(m_window.get(), u"duplicateCurveAction"_s);
    auto* remove = TestLib::child<QAction>(m_window.get(), u"removeCurveAction"_s);
    const auto withinLimits = [doc] {
        const auto curves = static_cast<std::size_t>(doc->curveCount());
        return curves <= Core::kMaxCurves && curves * doc->domain().samples <= Core::kMaxTotalSamples;
    };
    bool refused = false;
    for (int k = 0; k <= static_cast<int>(Core::kMaxCurves); ++k) {
        const int before = doc->curveCount();
        if (!doc->addLimit().isEmpty()) {
            if (add->isEnabled() || duplicate->isEnabled()) {
                fail(u"at %1 curves the document refuses another (%2), but Add or Duplicate is enabled"_s.arg(before)
                         .arg(doc->addLimit()));
                return;
            }
            const int row = chance(0.5) ? m_window->curveList()->addCurve() : m_window->curveList()->duplicateCurve();
            if (row != -1 || doc->curveCount() != before || !withinLimits()) {
                fail(u"the document took curve %1 past its limit (%2)"_s.arg(doc->curveCount()).arg(doc->addLimit()));
                return;
            }
            ++m_limitRefusals;
            refused = true;
            break;
        }
        if (before > 0 && chance(0.5))
            duplicate->trigger();
        else
            add->trigger();
        if (doc->curveCount() != before + 1) {
            fail(u"at %1 curves (%2 samples) the document had room, but Add or Duplicate added nothing"_s.arg(before)
                     .arg(doc->domain().samples));
            return;
        }
        if (!withinLimits()) {
            fail(u"the document holds %1 curves at %2 samples"_s.arg(doc->curveCount()).arg(doc->domain().samples));
            return;
        }
        m_floodPeak = std::max(m_floodPeak, doc->curveCount());
    }
    if (!refused) {
        fail(u"the document still takes curves at %1"_s.arg(doc->curveCount()));
        return;
    }
    // Back to the monkey's pace.
    while (doc->curveCount() > kMonkeyCurves) {
        const int before = doc->curveCount();
        remove->trigger();
        if (doc->curveCount() != before - 1) {
            fail(u"Remove did nothing at %1 curves (selected %2)"_s.arg(before).arg(doc->selected()));
            return;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Checks

QString TestMonkey::checkResponsive()
{
    QApplication::processEvents();
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] { answered = true; });
    QElapsedTimer waited;
    waited.start();
    while (!answered && waited.elapsed() < 10'000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!answered)
        return u"the event loop did not run a zero timer within 10 s"_s;
    // The queued replot ran: nothing is left waiting for the next event.
    return {};
}

QString TestMonkey::checkLimits()
{
    const Model::ExplorerDocument* doc = document();
    const auto curves = static_cast<std::size_t>(doc->curveCount());
    const std::size_t samples = doc->domain().samples;
    if (curves > Core::kMaxCurves)
        return u"the document holds %1 curves, more than %2"_s.arg(curves).arg(Core::kMaxCurves);
    if (curves * samples > Core::kMaxTotalSamples)
        return u"the document holds %1 curves × %2 samples, more than %3 points"_s.arg(curves).arg(samples).arg(
            Core::kMaxTotalSamples);
    // Another curve is refused exactly when it would pass a limit, and Add says so.
    const bool full = curves + 1 > Core::kMaxCurves || (curves + 1) * samples > Core::kMaxTotalSamples;
    if (doc->addLimit().isEmpty() == full)
        return u"at %1 curves × %2 samples addLimit() says \"%3\""_s.arg(curves).arg(samples).arg(doc->addLimit());
    if (TestLib::child<QAction>(m_window.get(), u"addCurveAction"_s)->isEnabled() == full)
        return u"at %1 curves × %2 samples Add is %3"_s.arg(curves).arg(samples).arg(
            full ? u"enabled"_s : u"disabled"_s);
    if (doc->maxSamples() * std::max<std::size_t>(curves, 1) > Core::kMaxTotalSamples)
        return u"maxSamples() %1 at %2 curves passes the limit"_s.arg(doc->maxSamples()).arg(curves);
    return {};
}

QString TestMonkey::checkPlotMatchesCore()
{
    const Model::ExplorerDocument* doc = document();
    const Widgets::PlotScene* plot = scene();
    const Core::DType dtype = plot->dtype();
    if (plot->curves().size() != doc->curveCount())
        return u"the plot has %1 curves, the document %2"_s.arg(plot->curves().size()).arg(doc->curveCount());
    // On screen the graphs hold the screen sample count over the x range shown, plus the
    // breakpoint triples (a NaN gap each), and never more.
    const Core::Domain sampled = plot->sampledDomain();
    if (sampled.samples != plot->sampleCount())
        return u"sampled with %1 points, the screen shows %2"_s.arg(sampled.samples).arg(plot->sampleCount());
    const Model::ViewRanges shown = plot->shownView();
    if (!shown.x || !identical(shown.x->first, sampled.min) || !identical(shown.x->second, sampled.max))
        return u"the plot shows x %1 but sampled %2"_s.arg(describe(shown.x), describe(sampled));
    for (int row = 0; row < doc->curveCount(); ++row) {
        const Model::Curve& curve = doc->curve(row);
        const Model::Curve& drawn = plot->curves().at(row);
        if (!(curve.activation == drawn.activation) || curve.visible != drawn.visible)
            return u"curve %1: the plot's copy differs from the document's"_s.arg(row);
        const std::array<Widgets::PanelPoints, 2> panels{
            plot->points(row, Panel::Function), plot->points(row, Panel::Derivative)};
        if (!curve.visible) {
            for (const Widgets::PanelPoints& p : panels) {
                if (!p.line.isEmpty() || !p.filled.isEmpty() || !p.open.isEmpty())
                    return u"curve %1 is hidden but has points"_s.arg(row);
            }
            continue;
        }
        const std::vector<Core::Breakpoint> bps = Core::breakpoints(curve.activation, dtype);
        const auto breakpointAt = [&bps](double x) -> const Core::Breakpoint* {
            const auto bp = std::lower_bound(
                bps.begin(), bps.end(), x, [](const Core::Breakpoint& b, double v) { return b.x < v; });
            return bp != bps.end() && bp->x == x ? &*bp : nullptr;
        };
        const std::size_t limit = sampled.samples + 4 * bps.size();
        // In float32 the grid itself is float32: its ends are the range's ends rounded to float.
        const auto inDType = [dtype](double v) {
            return dtype == Core::DType::Float32 ? static_cast<double>(static_cast<float>(v)) : v;
        };
        const double lowest = inDType(sampled.min);
        const double highest = inDType(sampled.max);
        for (int panel = 0; panel < 2; ++panel) {
            const bool derivative = panel == 1;
            const QString which = derivative ? u"f'"_s : u"f"_s;
            const Widgets::PanelPoints& p = panels[static_cast<std::size_t>(panel)];
            const auto limits = [derivative](const Core::Breakpoint& bp) {
                return derivative ? std::array{bp.dyLeft, bp.dyAt, bp.dyRight}
                                  : std::array{bp.yLeft, bp.yAt, bp.yRight};
            };
            if (static_cast<std::size_t>(p.line.size()) > limit)
                return u"curve %1: %2 points plotted, the screen shows %3"_s.arg(row).arg(p.line.size()).arg(limit);
            if (p.line.isEmpty())
                return u"curve %1: nothing plotted"_s.arg(row);
            for (const QPointF& point : p.line) {
                const double x = point.x();
                const double y = point.y();
                if (!(x >= lowest && x <= highest))
                    return u"curve %1 %2: x=%3 plotted outside the sampled range %4"_s.arg(row).arg(
                        which, number(x), describe(sampled));
                if (const Core::Breakpoint* bp = breakpointAt(x)) {
                    const std::array<double, 3> l = limits(*bp);
                    if (!std::isnan(y) && std::none_of(l.begin(), l.end(), [y](double v) { return v == y; }))
                        return u"curve %1 %2: at breakpoint x=%3 plotted %4, not a limit"_s.arg(row).arg(
                            which, number(x), number(y));
                    continue;
                }
                const Core::PointValue v = Core::evaluateAt(curve.activation, x, dtype);
                const double expected = finiteOrNaN(derivative ? v.dy : v.y);
                if (!same(expected, y)) {
                    return u"curve %1 (%2) %3: x=%4 plotted %5, core %6"_s.arg(row).arg(
                        curve.name, which, number(x), number(y), number(expected));
                }
            }
            // A filled dot is the value a breakpoint owns; an open circle a limit that differs from it.
            for (const QPointF& point : p.filled) {
                const Core::Breakpoint* bp = breakpointAt(point.x());
                if (!bp || point.y() != limits(*bp)[1])
                    return u"curve %1 %2: a filled dot at (%3, %4) is not a breakpoint's value"_s.arg(row).arg(
                        which, number(point.x()), number(point.y()));
            }
            for (const QPointF& point : p.open) {
                const Core::Breakpoint* bp = breakpointAt(point.x());
                const std::array<double, 3> l = bp ? limits(*bp) : std::array<double, 3>{};
                if (!bp || point.y() == l[1] || (point.y() != l[0] && point.y() != l[2]))
                    return u"curve %1 %2: an open circle at (%3, %4) is not a breakpoint's other limit"_s.arg(row).arg(
                        which, number(point.x()), number(point.y()));
            }
        }
    }
    return {};
}

QString TestMonkey::checkEditorsMatchCurve()
{
    const Model::ExplorerDocument* doc = document();
    const int row = doc->selected();
    Widgets::CurveEditor* editor = m_window->curveEditor();
    if (row < 0) {
        if (doc->curveCount() > 0)
            return u"curves but no selection"_s;
        if (editor->activation() || editor->parameterPanel()->activation())
            return u"no curve, but the editor edits one"_s;
        return {};
    }
    if (row >= doc->curveCount())
        return u"selected row %1 of %2"_s.arg(row).arg(doc->curveCount());
    if (scene()->selected() != row)
        return u"the plot highlights curve %1, the document selects %2"_s.arg(scene()->selected()).arg(row);
    const Core::Activation& a = doc->curve(row).activation;
    // The editors edit the selected curve itself, not a copy or another row.
    if (editor->activation() != &a || !(*editor->activation() == a))
        return u"the editor does not edit curve %1's activation"_s.arg(row);
    Widgets::ParameterPanel* panel = editor->parameterPanel();
    if (panel->activation() != &a || !(*panel->activation() == a))
        return u"the parameter panel does not edit curve %1's activation"_s.arg(row);
    const auto* function = editor->findChild<QComboBox*>(u"functionCombo"_s);
    if (function->currentData().toString() != toQ(a.function().name))
        return u"the function combo shows %1"_s.arg(function->currentText());
    const auto* framework = editor->findChild<QComboBox*>(u"frameworkCombo"_s);
    if (framework->currentData().toString() != toQ(Core::frameworkName(a.framework())))
        return u"the framework combo shows %1"_s.arg(framework->currentText());
    const std::vector<std::size_t> available = a.availableParams();
    if (static_cast<std::size_t>(panel->editors().size()) != available.size())
        return u"%1 editors for %2 parameters"_s.arg(panel->editors().size()).arg(available.size());
    for (const std::size_t index : available) {
        const QString name = toQ(a.function().params[index].name);
        Widgets::ParameterEditor* e = panel->editor(name);
        if (!e)
            return u"no editor for %1"_s.arg(name);
        const bool none = a.params().none[index];
        if (e->isNone() != none || (!none && e->value() != a.params().value[index]))
            return u"editor %1 shows %2%3, the curve has %4%5"_s.arg(e->paramName(), number(e->value()))
                .arg(e->isNone() ? u" (None)"_s : QString())
                .arg(number(a.params().value[index]))
                .arg(none ? u" (None)"_s : QString());
    }
    return {};
}

QString TestMonkey::checkViewsShowSnapshot()
{
    const Model::ExplorerDocument* doc = document();
    const Model::Session s = doc->snapshot();

    // The plot draws the document's curves, selection, domain, dtype, theme and view.
    const Widgets::PlotScene* plot = scene();
    if (plot->curves().size() != s.curves.size())
        return u"the plot has %1 curves, the snapshot %2"_s.arg(plot->curves().size()).arg(s.curves.size());
    QStringList legend;
    for (qsizetype i = 0; i < s.curves.size(); ++i) {
        if (const QString d = curveDiff(plot->curves()[i], s.curves[i]); !d.isEmpty())
            return u"the plot's curve %1 differs from the document's in %2"_s.arg(i).arg(d);
        if (s.curves[i].visible)
            legend << legendName(s.curves[i]);
        if (static_cast<int>(i) != s.selected && s.selected >= 0
            && !(plot->lineWidth(static_cast<int>(i)) < plot->lineWidth(s.selected)))
            return u"curve %1 is drawn as thick as the selected curve %2"_s.arg(i).arg(s.selected);
    }
    if (plot->legend() != legend)
        return u"the legend shows [%1], the visible curves are [%2]"_s.arg(
            plot->legend().join(u", "_s), legend.join(u", "_s));
    if (plot->selected() != s.selected)
        return u"the plot highlights curve %1, the snapshot selects %2"_s.arg(plot->selected()).arg(s.selected);
    if (!sameDomain(plot->domain(), s.domain))
        return u"the plot's domain is %1, the snapshot's %2"_s.arg(describe(plot->domain()), describe(s.domain));
    if (plot->dtype() != s.dtype)
        return u"the plot computes in %1"_s.arg(toQ(Core::dtypeName(plot->dtype())));
    if (plot->theme() != s.theme)
        return u"the plot's theme is %1, the snapshot's %2"_s.arg(
            Model::themeName(plot->theme()), Model::themeName(s.theme));
    if (const QString d = viewDiff(plot->view(), s.view); !d.isEmpty())
        return u"the plot's view differs from the snapshot's: "_s + d;
    // Where the view is set, the plot shows exactly it; where it follows, x is the domain.
    const Model::ViewRanges shown = plot->shownView();
    const auto wantX = s.view.x.value_or(std::pair{s.domain.min, s.domain.max});
    if (!sameRange(shown.x, wantX))
        return u"the plot shows x %1, the snapshot's view is %2"_s.arg(describe(shown.x), describe(wantX));
    if ((s.view.f && !sameRange(shown.f, s.view.f)) || (s.view.df && !sameRange(shown.df, s.view.df)))
        return u"the plot shows y %1 and %2, the snapshot's view is %3 and %4"_s.arg(
            describe(shown.f), describe(shown.df), describe(s.view.f), describe(s.view.df));

    // The domain editor: its fields show the document's domain unless they hold an invalid one,
    // which the error then explains.
    Widgets::DomainEditor* domainEditor = m_window->domainEditor();
    if (!sameDomain(domainEditor->domain(), s.domain) || domainEditor->dtype() != s.dtype)
        return u"the domain editor has %1 in %2, the snapshot %3 in %4"_s.arg(describe(domainEditor->domain()),
            toQ(Core::dtypeName(domainEditor->dtype())), describe(s.domain), toQ(Core::dtypeName(s.dtype)));
    const Core::Domain fields{TestLib::child<QDoubleSpinBox>(domainEditor, u"xMinSpin"_s)->value(),
        TestLib::child<QDoubleSpinBox>(domainEditor, u"xMaxSpin"_s)->value(),
        static_cast<std::size_t>(TestLib::child<QSpinBox>(domainEditor, u"samplesSpin"_s)->value())};
    if (domainEditor->error().isEmpty()) {
        if (fields.min != s.domain.min || fields.max != s.domain.max || fields.samples != s.domain.samples)
            return u"the domain fields show %1, the snapshot has %2"_s.arg(describe(fields), describe(s.domain));
    } else {
        bool valid = true;
        try {
            Core::validate(fields);
        } catch (const Core::InputError&) {
            valid = false;
        }
        if (valid)
            return u"the domain fields show the valid %1 (the snapshot has %2) with the error \"%3\""_s.arg(
                describe(fields), describe(s.domain), domainEditor->error());
    }
    const auto* dtypeCombo = TestLib::child<QComboBox>(domainEditor, u"dtypeCombo"_s);
    if (dtypeCombo->currentData().toInt() != static_cast<int>(s.dtype))
        return u"the dtype combo shows %1"_s.arg(dtypeCombo->currentText());

    // The curve list is the document's model, its current row the selection.
    QListView* list = m_window->curveList()->view();
    if (list->model() != doc->curveModel())
        return u"the curve list shows another model"_s;
    if (list->currentIndex().isValid() ? list->currentIndex().row() != s.selected : s.selected != -1)
        return u"the curve list's current row is %1, the snapshot selects %2"_s.arg(list->currentIndex().row())
            .arg(s.selected);

    // The editors edit the selected curve.
    const Core::Activation* selected = s.selected >= 0 ? &s.curves[s.selected].activation : nullptr;
    for (const auto& [who, a] : {std::pair{u"curve editor"_s, m_window->curveEditor()->activation()},
             std::pair{u"parameter panel"_s, m_window->curveEditor()->parameterPanel()->activation()}}) {
        if ((a == nullptr) != (selected == nullptr) || (a && !(*a == *selected)))
            return u"the %1 edits %2, the snapshot selects curve %3"_s
                .arg(who, a ? toQ(a->function().name) : u"nothing"_s)
                .arg(s.selected);
    }

    // The values table's input is the document's; the theme actions show the theme.
    if (m_window->valuesTable()->inputText() != s.valuesInput)
        return u"the values input shows \"%1\", the snapshot has \"%2\""_s.arg(
            m_window->valuesTable()->inputText(), s.valuesInput);
    const bool dark = s.theme == Model::Theme::Dark;
    if (TestLib::child<QAction>(m_window.get(), u"darkThemeAction"_s)->isChecked() != dark
        || TestLib::child<QAction>(m_window.get(), u"lightThemeAction"_s)->isChecked() == dark
        || TestLib::child<QAction>(m_window.get(), u"toggleThemeAction"_s)->isChecked() != dark)
        return u"the theme actions do not show the %1 theme"_s.arg(Model::themeName(s.theme));
    return {};
}

// The views that follow an edit through a throttle: the values table, the code and the formula.
// They must catch up with the document within kThrottleWaitMs.
QString TestMonkey::checkThrottledViews()
{
    const auto problem = [this]() -> QString {
        const Model::ExplorerDocument* doc = document();
        const int row = doc->selected();
        const Core::Activation* a = row >= 0 ? &doc->curve(row).activation : nullptr;

        // The values table evaluates the selected curve at the document's input.
        Widgets::ValuesTable* values = m_window->valuesTable();
        std::optional<std::vector<double>> inputs;
        try {
            inputs = Core::parseNumberList(doc->valuesInput().toStdString());
        } catch (const std::exception&) {
        }
        if (!inputs) {
            if (values->error().isEmpty())
                return u"the values input \"%1\" is refused by the core, but the table shows no error"_s.arg(
                    doc->valuesInput());
        } else {
            if (!values->error().isEmpty())
                return u"the values input \"%1\" is good, but the table says \"%2\""_s.arg(
                    doc->valuesInput(), values->error());
            const QString expected = a ? expectedValuesCsv(*a, *inputs, doc->dtype()) : QString();
            if (values->csv() != expected)
                return u"the values table shows\n%1\nwhere the selected curve %2 gives\n%3"_s.arg(values->csv())
                    .arg(row)
                    .arg(expected);
        }

        // The code panel shows the selected curve's code for every framework.
        for (const Core::Framework fw : Core::kFrameworks) {
            const std::optional<Core::CodeSnippet> shown = m_window->codePanel()->snippet(fw);
            if (!a) {
                if (shown)
                    return u"no curve, but the code panel shows %1"_s.arg(QString::fromStdString(shown->code));
                continue;
            }
            const Core::CodeSnippet want = Core::codeFor(*a, fw);
            if (!shown || shown->code != want.code || shown->composition != want.composition
                || shown->caveat != want.caveat || shown->framework != want.framework)
                return u"the %1 code shows\n%2\nwhere the selected curve gives\n%3"_s.arg(toQ(Core::frameworkName(fw)),
                    shown ? QString::fromStdString(shown->code) : u"nothing"_s, QString::fromStdString(want.code));
        }

        // The formula names the selected curve's call.
        if (a) {
            const QString call = Widgets::FormulaPanel::callSignature(*a);
            QString formula = m_window->formulaPanel()->plainText();
            formula.replace(QChar(0x00a0), u' ');
            if (!formula.contains(call))
                return u"the formula does not show %1:\n%2"_s.arg(call, formula);
        }
        return {};
    };
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QString found = problem();
        if (found.isEmpty() || waited.elapsed() > kThrottleWaitMs)
            return found;
        QTest::qWait(20);
    }
}

// A session saved now loads back to the same snapshot.
QString TestMonkey::checkSessionRoundTrip()
{
    const Model::Session s = document()->snapshot();
    const Model::SessionResult back = Model::sessionFromJson(Model::sessionToJson(s));
    if (!back)
        return u"the snapshot saved as a session is refused: "_s + back.error.message();
    if (const QString diff = snapshotDiff(s, *back.session); !diff.isEmpty())
        return u"the snapshot changes through a session file: "_s + diff;
    return {};
}

QString TestMonkey::recentEvents() const
{
    QStringList lines;
    for (const QString& e : m_recent)
        lines << u"  "_s + e;
    return lines.join(u'\n');
}

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
