// SPDX-License-Identifier: MIT
// Monkey test: thousands of random but seeded user actions on the main window. After every burst
// the window must still answer its event loop, every plotted point must be the core's value (or a
// breakpoint limit), and the editors, the plot and the model must describe the same curves.
//
//   AEX_MONKEY_SEED=<n>    replays another sequence (the seed is printed at the start)
//   AEX_MONKEY_EVENTS=<n>  number of events (default 10000)
#include "activationplot.h"
#include "curveeditor.h"
#include "curvelist.h"
#include "curvelistmodel.h"
#include "domaineditor.h"
#include "examples.h"
#include "mainwindow.h"
#include "parametereditor.h"
#include "parameterpanel.h"
#include "session.h"
#include "valuestable.h"
#include "widgetlookup.h"

#include "aex/core/analysis.h"
#include "aex/core/framework.h"

#include <qcustomplot.h>

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QSlider>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <map>
#include <random>

using App::MainWindow;
using namespace Qt::StringLiterals;

namespace {

constexpr quint64 kDefaultSeed = 20240613;
constexpr int kDefaultEvents = 10'000;
constexpr int kBurst = 200;
constexpr int kMaxCurves = 10;

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
    void valuesInput();
    void domainEdit();
    void samplesEdit();
    void dtypeSwitch();
    void theme();
    void sessionSaveLoad();
    void sessionBadFile();

    // The checks after each burst; empty when everything agrees.
    QString checkResponsive();
    QString checkPlotMatchesCore();
    QString checkEditorsMatchCurve();
    QString recentEvents() const;

    template <class T> QList<T*> editorChildren() const { return m_window->curveEditor()->findChildren<T*>(); }

    std::mt19937_64 m_rng;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    std::deque<QString> m_recent; // the last events, for the failure message
    std::map<Kind, int> m_counts;
    std::map<Kind, qint64> m_nanoseconds;
    int m_sessionsSaved = 0;
    int m_sessionsLoaded = 0;
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
        "domain edit", "samples edit", "dtype switch", "theme", "session save+load", "session bad file"};
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
    // actions (examples, sessions, themes) are rarer.
    static constexpr std::array<std::pair<Kind, int>, static_cast<std::size_t>(Kind::Count)> weights{{
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
    // is meant to open one.
    QTimer watchdog;
    watchdog.setInterval(100);
    connect(&watchdog, &QTimer::timeout, this, [this] {
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
            for (const QString& problem : {checkResponsive(), checkPlotMatchesCore(), checkEditorsMatchCurve()}) {
                if (!problem.isEmpty())
                    m_failures << u"after event %1: %2\nlast events:\n%3"_s.arg(i).arg(problem, recentEvents());
            }
            if (!g_unexpectedMessages.isEmpty()) {
                m_failures << u"after event %1: unexpected messages: %2\nlast events:\n%3"_s.arg(i).arg(
                    g_unexpectedMessages.join(u" | "_s), recentEvents());
                g_unexpectedMessages.clear();
            }
            if (m_failures.size() > 5)
                break;
        }
    }
    const qint64 elapsed = clock.elapsed();
    watchdog.stop();

    QStringList counts;
    for (const auto& [kind, n] : m_counts)
        counts
            << u"%1 %2 (%3 ms)"_s.arg(QString::fromLatin1(kindName(kind))).arg(n).arg(m_nanoseconds[kind] / 1'000'000);
    qInfo("monkey: %d events in %d bursts, %.1f s (seed %llu)", events, bursts, static_cast<double>(elapsed) / 1000.0,
        static_cast<unsigned long long>(seed));
    qInfo("monkey: %s", qPrintable(counts.join(u", "_s)));
    qInfo("monkey: %d sessions saved, %d loaded back", m_sessionsSaved, m_sessionsLoaded);

    QVERIFY2(m_modalsClosed == 0, qPrintable(u"dialogs opened: "_s + m_modalNames.join(u", "_s)));
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(u"\n\n"_s)));
    m_window->close();
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
    case Kind::ValuesInput: valuesInput(); break;
    case Kind::DomainEdit: domainEdit(); break;
    case Kind::SamplesEdit: samplesEdit(); break;
    case Kind::DTypeSwitch: dtypeSwitch(); break;
    case Kind::Theme: theme(); break;
    case Kind::SessionSaveLoad: sessionSaveLoad(); break;
    case Kind::SessionBadFile: sessionBadFile(); break;
    case Kind::Count: break;
    }
}

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
    if (m_window->curveModel()->rowCount() >= kMaxCurves) {
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
    if (m_window->curveModel()->rowCount() <= 1 && chance(0.7))
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
    const int rows = m_window->curveModel()->rowCount();
    if (rows == 0)
        return;
    const int row = uniform(0, rows - 1);
    if (chance(0.5)) {
        m_window->selectCurve(row);
        return;
    }
    auto* list = m_window->findChild<QListView*>(u"curveList"_s);
    const QRect rect = list->visualRect(m_window->curveModel()->index(row));
    if (!rect.isValid() || !list->viewport()->rect().contains(rect.center())) {
        m_window->selectCurve(row);
        return;
    }
    // Away from the check box, which would toggle visibility instead.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(rect.right() - 8, rect.center().y()));
}

void TestMonkey::toggleVisible()
{
    Widgets::CurveListModel* model = m_window->curveModel();
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
    QCustomPlot* cp = plot->customPlot();
    const QRect rect = chance(0.5) ? plot->valueRect()->rect() : plot->derivativeRect()->rect();
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
    Widgets::ActivationPlot* plot = m_window->plot();
    QCustomPlot* cp = plot->customPlot();
    const QRect rect = chance(0.5) ? plot->valueRect()->rect() : plot->derivativeRect()->rect();
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
        const QPoint pos = plot->valueRect()->center();
        QTest::mouseDClick(plot->customPlot(), Qt::LeftButton, Qt::NoModifier, pos);
        return;
    }
    plot->setFocus();
    QTest::keyClick(plot, Qt::Key_0, Qt::ControlModifier);
}

void TestMonkey::crosshair()
{
    Widgets::ActivationPlot* plot = m_window->plot();
    if (chance(0.5)) {
        const QRect rect = chance(0.5) ? plot->valueRect()->rect() : plot->derivativeRect()->rect();
        sendMouse(plot->customPlot(), QEvent::MouseMove, randomPointIn(rect), Qt::NoButton, Qt::NoButton);
        return;
    }
    static const QList<Qt::Key> keys{Qt::Key_Left, Qt::Key_Right, Qt::Key_Home, Qt::Key_End, Qt::Key_Escape};
    plot->setFocus();
    QTest::keyClick(plot, pick(keys), chance(0.3) ? Qt::ShiftModifier : Qt::NoModifier);
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
    auto* input = m_window->findChild<QLineEdit*>(u"valuesInput"_s);
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
    static const QStringList values{u"2"_s, u"11"_s, u"101"_s, u"1001"_s, u"4000"_s, u"100000"_s, u"1000000"_s};
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
    const App::Session before = m_window->session();
    const QString saveError = m_window->saveSessionAs(path);
    if (!saveError.isEmpty()) {
        m_failures << u"saving %1 failed: %2\nlast events:\n%3"_s.arg(path, saveError, recentEvents());
        return;
    }
    ++m_sessionsSaved;
    // Something else in between, so that the load has to change the window back.
    if (chance(0.5))
        example();
    const QString loadError = m_window->openSession(path);
    if (!loadError.isEmpty()) {
        m_failures << u"loading the session just saved failed: %1\nlast events:\n%2"_s.arg(loadError, recentEvents());
        return;
    }
    ++m_sessionsLoaded;
    const Widgets::CurveListModel* model = m_window->curveModel();
    QString problem;
    if (model->rowCount() != before.curves.size())
        problem = u"%1 curves saved, %2 loaded"_s.arg(before.curves.size()).arg(model->rowCount());
    for (int row = 0; problem.isEmpty() && row < model->rowCount(); ++row) {
        const Widgets::Curve& c = model->curve(row);
        const Widgets::Curve& s = before.curves.at(row);
        if (!(c.activation == s.activation) || c.visible != s.visible || c.name != s.name)
            problem = u"curve %1 differs after a save and load: %2 vs %3"_s.arg(row).arg(s.name, c.name);
    }
    const Core::Domain d = m_window->domainEditor()->domain();
    if (problem.isEmpty()
        && (d.min != before.domain.min || d.max != before.domain.max || d.samples != before.domain.samples))
        problem = u"the domain differs after a save and load"_s;
    if (problem.isEmpty() && m_window->domainEditor()->dtype() != before.dtype)
        problem = u"the dtype differs after a save and load"_s;
    if (problem.isEmpty() && m_window->theme() != before.theme)
        problem = u"the theme differs after a save and load"_s;
    if (!problem.isEmpty())
        m_failures << problem + u"\nlast events:\n"_s + recentEvents();
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
        const QByteArray good = App::sessionToJson(m_window->session());
        bytes = good.left(uniform(0, static_cast<int>(good.size()) - 1));
        break;
    }
    case 2: {
        bytes = App::sessionToJson(m_window->session());
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
    const QList<Widgets::Curve> before = m_window->curveModel()->curves();
    const QString error = m_window->openSession(path);
    if (error.isEmpty()) {
        // A truncated file can still be a complete document (cut after the last brace).
        if (!App::sessionFromJson(bytes))
            m_failures << u"a bad session file was accepted\nlast events:\n"_s + recentEvents();
        return;
    }
    const QList<Widgets::Curve> after = m_window->curveModel()->curves();
    bool same = before.size() == after.size();
    for (qsizetype i = 0; same && i < before.size(); ++i)
        same = before[i].activation == after[i].activation;
    if (!same)
        m_failures << u"a refused session file changed the curves (%1)\nlast events:\n%2"_s.arg(error, recentEvents());
}

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

QString TestMonkey::checkPlotMatchesCore()
{
    const Widgets::CurveListModel* model = m_window->curveModel();
    Widgets::ActivationPlot* plot = m_window->plot();
    const Core::DType dtype = plot->dtype();
    if (plot->curves().size() != model->rowCount())
        return u"the plot has %1 curves, the model %2"_s.arg(plot->curves().size()).arg(model->rowCount());
    int visible = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Widgets::Curve& curve = model->curve(row);
        const Widgets::Curve& shown = plot->curves().at(row);
        if (!(curve.activation == shown.activation) || curve.visible != shown.visible)
            return u"curve %1: the plot's copy differs from the model's"_s.arg(row);
        if (!curve.visible) {
            if (plot->valueGraph(row) || plot->derivativeGraph(row))
                return u"curve %1 is hidden but has graphs"_s.arg(row);
            continue;
        }
        ++visible;
        QCPGraph* graphs[2] = {plot->valueGraph(row), plot->derivativeGraph(row)};
        if (!graphs[0] || !graphs[1])
            return u"visible curve %1 has no graphs"_s.arg(row);
        const std::vector<Core::Breakpoint> bps = Core::breakpoints(curve.activation, dtype);
        // On screen the graphs hold the screen sample count, plus the breakpoint triples (a NaN
        // gap each), and never more.
        if (plot->sampledDomain().samples != plot->screenSampleCount())
            return u"sampled with %1 points, the screen shows %2"_s.arg(plot->sampledDomain().samples)
                .arg(plot->screenSampleCount());
        const std::size_t limit = plot->screenSampleCount() + 4 * bps.size();
        for (int panel = 0; panel < 2; ++panel) {
            const bool derivative = panel == 1;
            const QSharedPointer<QCPGraphDataContainer> data = graphs[panel]->data();
            if (static_cast<std::size_t>(data->size()) > limit)
                return u"curve %1: %2 points plotted, the screen shows %3"_s.arg(row).arg(data->size()).arg(limit);
            if (data->isEmpty())
                return u"curve %1: nothing plotted"_s.arg(row);
            for (auto it = data->constBegin(); it != data->constEnd(); ++it) {
                const double x = it->key;
                const double y = it->value;
                const auto bp = std::lower_bound(
                    bps.begin(), bps.end(), x, [](const Core::Breakpoint& b, double v) { return b.x < v; });
                if (bp != bps.end() && bp->x == x) {
                    const std::array<double, 3> limits = derivative ? std::array{bp->dyLeft, bp->dyAt, bp->dyRight}
                                                                    : std::array{bp->yLeft, bp->yAt, bp->yRight};
                    if (!std::isnan(y) && std::none_of(limits.begin(), limits.end(), [y](double l) { return l == y; }))
                        return u"curve %1 %2: at breakpoint x=%3 plotted %4, not a limit"_s.arg(row)
                            .arg(derivative ? u"f'"_s : u"f"_s)
                            .arg(x, 0, 'g', 17)
                            .arg(y, 0, 'g', 17);
                    continue;
                }
                const Core::PointValue v = Core::evaluateAt(curve.activation, x, dtype);
                const double expected = finiteOrNaN(derivative ? v.dy : v.y);
                if (!same(expected, y)) {
                    return u"curve %1 (%2) %3: x=%4 plotted %5, core %6"_s.arg(row)
                        .arg(curve.name, derivative ? u"f'"_s : u"f"_s)
                        .arg(x, 0, 'g', 17)
                        .arg(y, 0, 'g', 17)
                        .arg(expected, 0, 'g', 17);
                }
            }
        }
    }
    if (plot->customPlot()->graphCount() != 2 * visible)
        return u"%1 graphs for %2 visible curves"_s.arg(plot->customPlot()->graphCount()).arg(visible);
    return {};
}

QString TestMonkey::checkEditorsMatchCurve()
{
    const int row = m_window->currentCurve();
    Widgets::CurveEditor* editor = m_window->curveEditor();
    if (row < 0) {
        if (m_window->curveModel()->rowCount() > 0)
            return u"curves but no selection"_s;
        return {};
    }
    if (row >= m_window->curveModel()->rowCount())
        return u"selected row %1 of %2"_s.arg(row).arg(m_window->curveModel()->rowCount());
    if (m_window->plot()->selectedCurve() != row)
        return u"the plot highlights curve %1, the list selects %2"_s.arg(m_window->plot()->selectedCurve()).arg(row);
    const Core::Activation& a = m_window->curveModel()->curve(row).activation;
    if (!editor->activation() || !(*editor->activation() == a))
        return u"the editor does not show curve %1's activation"_s.arg(row);
    const auto* function = editor->findChild<QComboBox*>(u"functionCombo"_s);
    if (function->currentData().toString()
        != QString::fromUtf8(a.function().name.data(), static_cast<qsizetype>(a.function().name.size())))
        return u"the function combo shows %1"_s.arg(function->currentText());
    const auto* framework = editor->findChild<QComboBox*>(u"frameworkCombo"_s);
    const std::string_view fw = Core::frameworkName(a.framework());
    if (framework->currentData().toString() != QString::fromUtf8(fw.data(), static_cast<qsizetype>(fw.size())))
        return u"the framework combo shows %1"_s.arg(framework->currentText());
    Widgets::ParameterPanel* panel = editor->parameterPanel();
    const std::vector<std::size_t> available = a.availableParams();
    if (static_cast<std::size_t>(panel->editors().size()) != available.size())
        return u"%1 editors for %2 parameters"_s.arg(panel->editors().size()).arg(available.size());
    for (const std::size_t index : available) {
        const std::string_view name = a.function().params[index].name;
        Widgets::ParameterEditor* e
            = panel->editor(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
        if (!e)
            return u"no editor for %1"_s.arg(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
        const bool none = a.params().none[index];
        if (e->isNone() != none || (!none && e->value() != a.params().value[index]))
            return u"editor %1 shows %2%3, the curve has %4%5"_s.arg(e->paramName())
                .arg(e->value(), 0, 'g', 17)
                .arg(e->isNone() ? u" (None)"_s : QString())
                .arg(a.params().value[index], 0, 'g', 17)
                .arg(none ? u" (None)"_s : QString());
    }
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
