// SPDX-License-Identifier: MIT
#include "activationplot.h"
#include "comparepanel.h"
#include "curveeditor.h"
#include "curvelist.h"
#include "domaineditor.h"
#include "examples.h"
#include "explorerdocument.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "fileio.h"
#include "formulapanel.h"
#include "frameworksview.h"
#include "mainwindow.h"
#include "makeactivation.h"
#include "sessioncontroller.h"
#include "settings.h"
#include "valuestable.h"
#include "widgetlookup.h"

#include "aex/core/analysis.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <memory>

using App::MainWindow;
using Core::Activation;
using Core::Framework;
using namespace Qt::StringLiterals;

namespace {

using TestLib::child;

using TestLib::make;

struct Comparison {
    int checked = 0;
    int mismatches = 0;
    QString first;
};

// Compares every plotted point with the core's value at that x. Points at a breakpoint x hold the
// left/right limits by design, and NaN points break the line at jumps: both are skipped.
Comparison compareWithCore(const QVector<QPointF>& line, const Activation& a, bool derivative, Core::DType dtype)
{
    Comparison c;
    std::vector<double> bps;
    for (const Core::Breakpoint& b : Core::breakpoints(a, dtype))
        bps.push_back(b.x);
    for (const QPointF& p : line) {
        if (std::isnan(p.y()) || std::find(bps.begin(), bps.end(), p.x()) != bps.end())
            continue;
        const Core::PointValue v = Core::evaluateAt(a, p.x(), dtype);
        const double expected = derivative ? v.dy : v.y;
        ++c.checked;
        if (!(expected == p.y() || (std::isnan(expected) && std::isnan(p.y())))) {
            if (c.mismatches++ == 0)
                c.first = u"x=%1 plotted %2 core %3"_s.arg(p.x(), 0, 'g', 17)
                              .arg(p.y(), 0, 'g', 17)
                              .arg(expected, 0, 'g', 17);
        }
    }
    return c;
}

bool drawn(const MainWindow& window, int row)
{
    return !window.plot()->scene()->points(row, Widgets::Panel::Function).line.isEmpty();
}

#define VERIFY_PLOT_MATCHES_CORE(window, row)                                                                          \
    do {                                                                                                               \
        const Activation& act_ = (window).document()->curve(row).activation;                                           \
        const Widgets::PlotScene* scene_ = (window).plot()->scene();                                                   \
        const Comparison cv_                                                                                           \
            = compareWithCore(scene_->points(row, Widgets::Panel::Function).line, act_, false, scene_->dtype());       \
        const Comparison cd_                                                                                           \
            = compareWithCore(scene_->points(row, Widgets::Panel::Derivative).line, act_, true, scene_->dtype());      \
        QVERIFY2(cv_.checked > 100 && cv_.mismatches == 0, qPrintable(u"f: "_s + cv_.first));                          \
        QVERIFY2(cd_.checked > 100 && cd_.mismatches == 0, qPrintable(u"f': "_s + cd_.first));                         \
    } while (false)

void typeInto(QAbstractSpinBox* spin, const QString& text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Never read or write the user's settings: every window here has none or a temporary file.
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setOrganizationName(u"ActivationExplorerTests"_s);
    }

    void shouldOpenWithTheDefaultView()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), u"Activation Explorer"_s);
        QVERIFY(QFile::exists(u":/icons/activation-explorer.svg"_s));
        const QImage icon = window.windowIcon().pixmap(32, 32).toImage();
        QCOMPARE(icon.size(), QSize(32, 32));
        int inked = 0; // the SVG drawn, not an empty pixmap
        for (int y = 0; y < icon.height(); ++y)
            for (int x = 0; x < icon.width(); ++x)
                inked += qAlpha(icon.pixel(x, y)) > 0;
        QVERIFY2(inked > 32 * 32 / 2, qPrintable(QString::number(inked)));
        QCOMPARE(window.document()->curveModel()->rowCount(), 6);
        QVERIFY(window.document()->selected() >= 0);
        QCOMPARE(window.document()->theme(), Model::Theme::Light);
        // The formula and values arrive right after the first frame, without anyone asking.
        QTRY_VERIFY(window.findChild<Widgets::FormulaPanel*>() && window.findChild<Widgets::ValuesTable*>());
        for (const QString& name : {u"curveList"_s, u"functionCombo"_s, u"frameworkCombo"_s, u"valuesInput"_s,
                 u"valuesTable"_s, u"formulaView"_s, u"xMinSpin"_s, u"samplesSpin"_s})
            QVERIFY2(window.findChild<QWidget*>(name), qPrintable(name));
        for (const QString& name :
            {u"addCurveAction"_s, u"duplicateCurveAction"_s, u"removeCurveAction"_s, u"resetViewAction"_s,
                u"darkThemeAction"_s, u"lightThemeAction"_s, u"quitAction"_s, u"aboutAction"_s, u"shortcutsAction"_s})
            QVERIFY2(window.findChild<QAction*>(name), qPrintable(name));
    }

    void shouldLoadTheSeedFigureInOneClick()
    {
        // GIVEN a window showing something else
        MainWindow window;
        window.show();
        window.loadExample(u"framework-defaults"_s);
        // WHEN the user picks "ReLU vs LeakyReLU"
        child<QAction>(&window, u"exampleAction_relu-vs-leaky"_s)->trigger();
        // THEN it is the figure of seed 000: six tf.keras curves over -5 .. 5
        const Model::CurveListModel* m = window.document()->curveModel();
        QCOMPARE(m->rowCount(), 6);
        const QList<Activation> expected{
            make("relu", Framework::TfKeras),
            make("relu", Framework::TfKeras, {"negative_slope=0.5"}),
            make("relu", Framework::TfKeras, {"negative_slope=0.1"}),
            make("relu", Framework::TfKeras, {"negative_slope=0.1", "threshold=2"}),
            make("leaky_relu", Framework::TfKeras, {"alpha=0.5"}),
            make("leaky_relu", Framework::TfKeras, {"alpha=0.1"}),
        };
        for (int i = 0; i < 6; ++i) {
            QVERIFY2(m->curve(i).activation == expected[i], qPrintable(m->curve(i).name));
            QVERIFY(m->curve(i).visible);
            QVERIFY(drawn(window, i));
            VERIFY_PLOT_MATCHES_CORE(window, i);
        }
        QCOMPARE(window.document()->domain().min, -5.0);
        QCOMPARE(window.document()->domain().max, 5.0);
        QCOMPARE(m->curve(3).name, u"ReLU · tf.keras 2 · negative_slope=0.1, threshold=2"_s);
        // AND ReLU(negative_slope=0.5) and LeakyReLU(alpha=0.5) draw the same curve
        const QVector<QPointF> relu = window.plot()->scene()->points(1, Widgets::Panel::Function).line;
        const QVector<QPointF> leaky = window.plot()->scene()->points(4, Widgets::Panel::Function).line;
        QCOMPARE(relu.size(), leaky.size());
        for (qsizetype i = 0; i < relu.size(); ++i)
            QCOMPARE(relu[i].y(), leaky[i].y());
    }

    void shouldLoadEveryExample_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("selectedValues"); // f(x) column for the selected curve
        QTest::newRow("framework defaults") << u"framework-defaults"_s << 2 << u"-1.5 -0.3 0 1"_s;
        QTest::newRow("leaky vs parametric") << u"leaky-vs-parametric"_s << 3 << u"-0.5 -0.125 0 1"_s;
        QTest::newRow("relu arguments") << u"relu-arguments"_s << 4 << u"-0 -0 0 3"_s;
    }

    void shouldLoadEveryExample()
    {
        QFETCH(QString, id);
        QFETCH(int, count);
        QFETCH(QString, selectedValues);
        MainWindow window;
        window.show();
        child<QAction>(&window, u"exampleAction_"_s + id)->trigger();
        const App::Example* example = App::findExample(id);
        QVERIFY(example);
        const QList<Model::Curve> curves = App::exampleSession(*example, {}).curves;
        QCOMPARE(window.document()->curveModel()->rowCount(), count);
        for (int i = 0; i < count; ++i) {
            QVERIFY(window.document()->curveModel()->curve(i).activation == curves[i].activation);
            VERIFY_PLOT_MATCHES_CORE(window, i);
        }
        QCOMPARE(window.document()->selected(), example->selected);
        QTableWidget* table = window.valuesTable()->table();
        QStringList values;
        for (int r = 0; r < table->rowCount(); ++r)
            values << table->item(r, 1)->text();
        QCOMPARE(values.join(u' '), selectedValues);
    }

    void shouldShowTheFrameworkDefaultsSideBySide()
    {
        MainWindow window;
        window.loadExample(u"framework-defaults"_s);
        const Model::CurveListModel* m = window.document()->curveModel();
        QCOMPARE(m->curve(0).activation.framework(), Framework::Keras);
        QCOMPARE(m->curve(0).activation.params().value[0], 0.3);
        QCOMPARE(m->curve(1).activation.framework(), Framework::PyTorch);
        QCOMPARE(m->curve(1).activation.params().value[0], 0.01);
    }

    void shouldShowDAlphaForPRelu()
    {
        MainWindow window;
        window.loadExample(u"leaky-vs-parametric"_s);
        // Through the getter: the window is not shown, so the table fills when it is read.
        QTableWidget* table = window.valuesTable()->table();
        QCOMPARE(table->columnCount(), 4);
        QCOMPARE(table->horizontalHeaderItem(3)->text(), u"∂f/∂alpha"_s);
        window.document()->select(0); // LeakyReLU: nothing to learn
        QCOMPARE(window.valuesTable()->table()->columnCount(), 3);
    }

    void shouldRedrawOnEverySliderStepWhileDragging()
    {
        // GIVEN the seed figure with ReLU(negative_slope=0.5) selected
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadExample(u"relu-vs-leaky"_s);
        window.document()->select(1);
        auto* slider = child<QSlider>(&window, u"negative_slopeSlider"_s);
        auto* spin = child<QDoubleSpinBox>(&window, u"negative_slopeSpinBox"_s);
        QSignalSpy changed(window.document()->curveModel(), &Model::CurveListModel::curveChanged);
        // WHEN the user drags the handle and has not released it yet
        slider->setSliderDown(true);
        for (int tick = 0; tick <= slider->maximum(); tick += 7) {
            slider->setSliderPosition(tick);
            // THEN at every step the curve, the spin box and the plotted data follow at once
            const double expected = QString::number(tick * 0.01, 'f', 2).toDouble();
            QCOMPARE(spin->value(), expected);
            QCOMPARE(window.document()->curveModel()->curve(1).activation.params().value[1], expected);
            VERIFY_PLOT_MATCHES_CORE(window, 1);
        }
        QVERIFY(changed.count() >= slider->maximum() / 7);
        slider->setSliderDown(false);
        // AND the other curves were left alone
        QVERIFY(window.document()->curveModel()->curve(2).activation
            == make("relu", Framework::TfKeras, {"negative_slope=0.1"}));
    }

    void shouldRedrawWhenDraggingTheHandleWithTheMouse()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadExample(u"framework-defaults"_s);
        window.document()->select(0);
        auto* slider = child<QSlider>(&window, u"alphaSlider"_s);
        const QRect handle = TestLib::sliderHandleRect(slider);
        const QPoint start = handle.center();
        QTest::mousePress(slider, Qt::LeftButton, {}, start);
        const double before = window.document()->curveModel()->curve(0).activation.params().value[0];
        for (int dx = 10; dx <= 60; dx += 10) {
            QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(dx, 0)),
                slider->mapToGlobal(QPointF(start + QPoint(dx, 0))), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(slider, &move);
            VERIFY_PLOT_MATCHES_CORE(window, 0);
        }
        QTest::mouseRelease(slider, Qt::LeftButton, {}, start + QPoint(60, 0));
        QVERIFY(window.document()->curveModel()->curve(0).activation.params().value[0] > before);
        VERIFY_PLOT_MATCHES_CORE(window, 0);
    }

    void shouldApplyATypedValue()
    {
        MainWindow window;
        window.show();
        window.loadExample(u"relu-arguments"_s);
        window.document()->select(0);
        typeInto(child<QDoubleSpinBox>(&window, u"thresholdSpinBox"_s), u"1.25"_s);
        QCOMPARE(window.document()->curveModel()->curve(0).activation.params().value[2], 1.25);
        QCOMPARE(window.document()->curveModel()->curve(0).name, u"ReLU · tf.keras 2 · threshold=1.25"_s);
        VERIFY_PLOT_MATCHES_CORE(window, 0);
        QTRY_VERIFY(window.formulaPanel()->plainText().contains(u"threshold=1.25"_s));
    }

    void shouldShowTheFrameworksMessageAndStayResponsive()
    {
        // GIVEN Keras ReLU
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadExample(u"relu-arguments"_s);
        window.document()->select(0);
        child<QComboBox>(&window, u"frameworkCombo"_s)->setCurrentIndex(0); // Keras 3
        QCOMPARE(window.document()->curveModel()->curve(0).activation.framework(), Framework::Keras);
        // WHEN the user types a negative threshold, which keras.layers.ReLU rejects
        typeInto(child<QDoubleSpinBox>(&window, u"thresholdSpinBox"_s), u"-1"_s);
        // THEN Keras' own text is beside the editor and in the formula panel
        const QString message
            = u"threshold of a ReLU layer cannot be None or a negative value. Received: threshold=-1.0"_s;
        auto* error = child<QLabel>(&window, u"thresholdError"_s);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), message);
        QTRY_VERIFY(window.formulaPanel()->plainText().contains(message));
        // AND the curve shows what the function form computes
        QCOMPARE(window.document()->curveModel()->curve(0).activation.params().value[2], -1.0);
        VERIFY_PLOT_MATCHES_CORE(window, 0);
        // AND the window still responds
        const int rows = window.document()->curveModel()->rowCount();
        child<QAction>(&window, u"addCurveAction"_s)->trigger();
        QCOMPARE(window.document()->curveModel()->rowCount(), rows + 1);
        window.document()->select(0);
        QVERIFY(child<QLabel>(&window, u"thresholdError"_s)->isVisible());
        QTest::mouseClick(child<QToolButton>(&window, u"thresholdReset"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(&window, u"thresholdError"_s)->isHidden());
        QCOMPARE(window.document()->curveModel()->curve(0).activation.params().value[2], 0.0);
    }

    void shouldToggleMaxValueNone()
    {
        MainWindow window;
        window.show();
        window.loadExample(u"relu-arguments"_s);
        window.document()->select(1); // max_value=2
        auto* none = child<QCheckBox>(&window, u"max_valueNoneCheck"_s);
        QVERIFY(!none->isChecked());
        none->click();
        QVERIFY(window.document()->curveModel()->curve(1).activation.params().none[0]);
        VERIFY_PLOT_MATCHES_CORE(window, 1);
        none->click();
        QCOMPARE(window.document()->curveModel()->curve(1).activation.params().value[0], 2.0);
        VERIFY_PLOT_MATCHES_CORE(window, 1);
    }

    void shouldChangeFunctionAndFramework()
    {
        MainWindow window;
        window.show();
        window.loadExample(u"framework-defaults"_s);
        window.document()->select(1);
        auto* function = child<QComboBox>(&window, u"functionCombo"_s);
        function->setCurrentIndex(function->findText(u"ELU"_s));
        const Activation& a = window.document()->curveModel()->curve(1).activation;
        QCOMPARE(a.function().name, std::string_view("elu"));
        QCOMPARE(a.framework(), Framework::PyTorch);
        VERIFY_PLOT_MATCHES_CORE(window, 1);
        QTRY_VERIFY(window.formulaPanel()->plainText().contains(u"torch.nn.ELU"_s));
        auto* framework = child<QComboBox>(&window, u"frameworkCombo"_s);
        framework->setCurrentIndex(framework->findData(u"keras"_s));
        QCOMPARE(window.document()->curveModel()->curve(1).activation.framework(), Framework::Keras);
        VERIFY_PLOT_MATCHES_CORE(window, 1);
    }

    void shouldAddDuplicateAndRemoveWithTheKeyboard()
    {
        // GIVEN two curves
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        window.loadExample(u"framework-defaults"_s);
        window.document()->select(1);
        auto* list = child<QListView>(&window, u"curveList"_s);
        list->setFocus();
        // WHEN Ctrl+D
        QTest::keyClick(list, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(window.document()->curveModel()->rowCount(), 3);
        QCOMPARE(window.document()->selected(), 2);
        QVERIFY(window.document()->curveModel()->curve(2).activation
            == window.document()->curveModel()->curve(1).activation);
        QVERIFY(drawn(window, 2));
        // WHEN Ctrl+N: a new curve of the selected kind, with its defaults
        QTest::keyClick(list, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(window.document()->curveModel()->rowCount(), 4);
        QVERIFY(window.document()->curveModel()->curve(3).activation == make("leaky_relu", Framework::PyTorch));
        VERIFY_PLOT_MATCHES_CORE(window, 3);
        // WHEN Delete in the list
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(window.document()->curveModel()->rowCount(), 3);
        QCOMPARE(window.plot()->scene()->curves().size(), 3);
        // BUT Delete in a spin box edits the number, it does not remove a curve
        auto* spin = child<QDoubleSpinBox>(&window, u"alphaSpinBox"_s);
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_Home);
        QTest::keyClick(spin, Qt::Key_Delete);
        QCOMPARE(window.document()->curveModel()->rowCount(), 3);
        // AND the toolbar's remove works on the selection
        child<QAction>(&window, u"removeCurveAction"_s)->trigger();
        child<QAction>(&window, u"removeCurveAction"_s)->trigger();
        child<QAction>(&window, u"removeCurveAction"_s)->trigger();
        QCOMPARE(window.document()->curveModel()->rowCount(), 0);
        QVERIFY(!window.curveEditor()->isEnabled());
        QVERIFY(!child<QAction>(&window, u"removeCurveAction"_s)->isEnabled());
        QTRY_VERIFY(window.formulaPanel()->plainText().contains(u"Select a curve"_s));
        // AND adding from nothing works
        child<QAction>(&window, u"addCurveAction"_s)->trigger();
        QCOMPARE(window.document()->curveModel()->rowCount(), 1);
        QVERIFY(window.curveEditor()->isEnabled());
    }

    void shouldHideACurve()
    {
        MainWindow window;
        window.show();
        window.loadExample(u"framework-defaults"_s);
        window.document()->curveModel()->setCurveVisible(0, false);
        QVERIFY(!drawn(window, 0));
        QVERIFY(drawn(window, 1));
        QCOMPARE(window.plot()->scene()->legend().size(), 1);
        window.document()->curveModel()->setCurveVisible(0, true);
        QVERIFY(drawn(window, 0));
        window.document()->curveModel()->setColor(0, 0xff112233);
        QCOMPARE(window.plot()->scene()->curveColor(0), QColor(0x11, 0x22, 0x33));
    }

    void shouldSwitchTheme()
    {
        MainWindow window;
        window.show();
        // The Remove icon is a line of ink across its middle, drawn at the size asked.
        const auto removeIcon = [&](int size, QIcon::Mode mode = QIcon::Normal) {
            return child<QAction>(&window, u"removeCurveAction"_s)
                ->icon()
                .pixmap(QSize(size, size), 1.0, mode)
                .toImage();
        };
        const auto ink = [](const QImage& icon) { return icon.pixelColor(icon.width() / 2, icon.height() / 2 - 1); };
        QCOMPARE(removeIcon(24).size(), QSize(24, 24));
        QVERIFY(ink(removeIcon(24)).alpha() > 200 && ink(removeIcon(24)).lightness() < 100);
        QCOMPARE(removeIcon(16).size(), QSize(16, 16));
        QVERIFY(ink(removeIcon(16)).alpha() > 120 && ink(removeIcon(16)).lightness() < 100);
        // Drawn at 16 pixels, not the 24-pixel picture scaled down; at 2x, drawn at 48
        QVERIFY(removeIcon(16) != removeIcon(24).scaled(16, 16, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        const QPixmap sharp = child<QAction>(&window, u"removeCurveAction"_s)->icon().pixmap(QSize(24, 24), 2.0);
        QCOMPARE(sharp.size(), QSize(48, 48));
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        QVERIFY(ink(removeIcon(24, QIcon::Disabled)).lightness() > ink(removeIcon(24)).lightness());
        // WHEN the user picks the dark theme
        child<QAction>(&window, u"darkThemeAction"_s)->trigger();
        // THEN the widgets and the plot are dark
        QCOMPARE(window.document()->theme(), Model::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() < 100);
        QTRY_VERIFY(child<QListView>(&window, u"curveList"_s)->palette().color(QPalette::Base).lightness() < 100);
        QCOMPARE(window.plot()->scene()->theme(), Model::Theme::Dark);
        QVERIFY(window.plot()->scene()->backgroundColor().lightness() < 100);
        QVERIFY(child<QToolButton>(&window, u"themeButton"_s)->isChecked());
        QVERIFY(child<QAction>(&window, u"darkThemeAction"_s)->isChecked());
        // AND the icons are drawn again in the dark theme's light ink
        QVERIFY(ink(removeIcon(24)).alpha() > 200 && ink(removeIcon(24)).lightness() > 150);
        // AND the toolbar button switches back
        child<QToolButton>(&window, u"themeButton"_s)->click();
        QCOMPARE(window.document()->theme(), Model::Theme::Light);
        QCOMPARE(window.plot()->scene()->theme(), Model::Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
        QVERIFY(child<QAction>(&window, u"lightThemeAction"_s)->isChecked());
    }

    void shouldToggleTheThemeFromTheKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* list = child<QListView>(&window, u"curveList"_s);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.document()->theme(), Model::Theme::Dark);
        QTest::keyClick(list, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.document()->theme(), Model::Theme::Light);
    }

    void shouldOpenTheDistributionLensFromTheKeyboard()
    {
        // GIVEN the window with its lens off and the lens's docks hidden
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* statistics = child<QDockWidget>(&window, u"statisticsDock"_s);
        auto* depth = child<QDockWidget>(&window, u"depthDock"_s);
        auto* distribution = child<QDockWidget>(&window, u"distributionDock"_s);
        QVERIFY(!statistics->isVisible() && !depth->isVisible() && !distribution->isVisible());
        QVERIFY(!window.document()->lens().shown);
        // WHEN the user presses Ctrl+L
        auto* list = child<QListView>(&window, u"curveList"_s);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_L, Qt::ControlModifier);
        // THEN the lens is on, its three docks show, and the statistics have a row per visible curve
        QVERIFY(window.document()->lens().shown);
        QVERIFY(statistics->isVisible() && depth->isVisible() && distribution->isVisible());
        auto* table = child<QTableWidget>(&window, u"statisticsTable"_s);
        QTRY_COMPARE(table->rowCount(),
            int(std::count_if(window.document()->curves().begin(), window.document()->curves().end(),
                [](const auto& c) { return c.visible; })));
        // AND a session without the lens turns the action off again
        Model::Session s = window.document()->snapshot();
        s.lens.shown = false;
        window.document()->assign(s);
        QVERIFY(!child<QAction>(&window, u"lensAction"_s)->isChecked());
    }

    void shouldCompareTwoCurvesFromTheKeyboardAndTheExamples()
    {
        // GIVEN the window on the framework-defaults example, the Compare dock hidden
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadExample(u"framework-defaults"_s);
        auto* dock = child<QDockWidget>(&window, u"compareDock"_s);
        QVERIFY(!dock->isVisible());
        // WHEN the user presses Ctrl+K on the first curve
        auto* list = child<QListView>(&window, u"curveList"_s);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_K, Qt::ControlModifier);
        // THEN Keras' and PyTorch's LeakyReLU are compared, and they differ
        QCOMPARE(window.document()->compared(), (QList<int>{0, 1}));
        QVERIFY(dock->isVisible());
        QVERIFY(window.comparePanel()->comparison() && !window.comparePanel()->comparison()->identical());
        // AND the seed question's example opens with its answer: the same function
        window.loadExample(u"compare-relu-slope"_s);
        QCOMPARE(window.document()->compared(), (QList<int>{0, 1}));
        QVERIFY(window.comparePanel()->comparison()->identical());
        // AND the comparison is part of the session
        QCOMPARE(window.document()->snapshot().compare, (QList<int>{0, 1}));
        // AND the Frameworks dock lists ReLU's frameworks
        child<QDockWidget>(&window, u"frameworksDock"_s)->show();
        QCOMPARE(window.frameworksView()->table().frameworks.size(), std::size_t(3));
    }

    void shouldOpenTheLearningLabFromAnExampleAndTheKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* dock = child<QDockWidget>(&window, u"labDock"_s);
        window.loadExample(u"framework-defaults"_s);
        QVERIFY(!dock->isVisible());
        // The dying-ReLU example opens the lab on circles at SGD learning rate 1
        window.loadExample(u"lab-dying-relu"_s);
        QVERIFY(dock->isVisible());
        QCOMPARE(window.document()->lab().config.task.kind, Core::TaskKind::Circles);
        QVERIFY(child<QAction>(&window, u"labAction"_s)->isChecked());
        // Ctrl+Shift+L closes it, and the session says so
        auto* list = child<QListView>(&window, u"curveList"_s);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!dock->isVisible());
        QVERIFY(!window.document()->snapshot().lab.shown);
        // The teacher example: once a step is taken, the unit as trained is drawn on the main plot
        window.loadExample(u"lab-prelu-teacher"_s);
        QVERIFY(dock->isVisible());
        QVERIFY(!window.plot()->scene()->overlay());
        QTest::mouseClick(child<QPushButton>(&window, u"labStep"_s), Qt::LeftButton);
        QTRY_VERIFY(window.plot()->scene()->overlay().has_value());
        QVERIFY(!window.plot()->scene()->overlayPoints(Widgets::Panel::Function).line.isEmpty());
        QVERIFY(window.plot()->scene()->overlay()->params().value[0] != 0.25); // it moved
        // While the lab is open, Export Figure can draw its run; the dialog offers it
        QVERIFY(window.exports()->figureContent().lab);
        QCOMPARE(window.exports()->figureContent().lab->frame.trace.size(), std::size_t(1));
        Widgets::ExportDialog dialog(window.exports()->figureContent(), {}, u"/tmp/lab.png"_s);
        auto* subject = child<QComboBox>(&dialog, u"exportSubjectCombo"_s);
        QVERIFY(!subject->isHidden());
        subject->setCurrentIndex(1);
        QVERIFY(dialog.options().subject == Widgets::FigureSubject::Lab);
        QVERIFY(!child<QComboBox>(&dialog, u"exportPanelsCombo"_s)->isEnabled()); // the lab has no f/f' panels
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lab.png"_s);
        QVERIFY(window.exports()->exportFigure(path, dialog.options()).isEmpty());
        QCOMPARE(QImage(path).size(), dialog.options().size);
        QTest::keyClick(list, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window.plot()->scene()->overlay());
        // Closed, there is no run to offer
        QVERIFY(!window.exports()->figureContent().lab);
        Widgets::ExportDialog closed(window.exports()->figureContent(), {}, u"/tmp/lab.png"_s);
        QVERIFY(child<QComboBox>(&closed, u"exportSubjectCombo"_s)->isHidden());
    }

    // Keyboard only: Tab from the curve list walks through every editor of the selected curve, the
    // domain bar, the plot and the docks, and comes back round to where it started.
    void shouldWalkTheWholeTabChainAndComeBackRound()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadExample(u"framework-defaults"_s);
        QApplication::processEvents();
        auto* start = child<QListView>(&window, u"curveList"_s);
        start->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), start);
        QStringList visited;
        bool round = false;
        for (int i = 0; i < 300 && !round; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* now = QApplication::focusWidget();
            QVERIFY(now);
            round = now == start;
            visited << now->objectName();
        }
        QVERIFY2(round, qPrintable(u"Tab never came back to the curve list: "_s + visited.join(u", "_s)));
        for (const QString& name : {u"functionCombo"_s, u"frameworkCombo"_s, u"alphaSlider"_s, u"alphaSpinBox"_s,
                 u"xMinSpin"_s, u"xMaxSpin"_s, u"samplesSpin"_s, u"dtypeCombo"_s, u"activationPlot"_s,
                 u"valuesInput"_s, u"valuesTable"_s})
            QVERIFY2(visited.contains(name), qPrintable(name + u" not in the Tab chain: "_s + visited.join(u", "_s)));
        // In reading order: the curve's editors, its parameters, the domain bar, then the plot.
        const auto at = [&](const QString& name) { return visited.indexOf(name); };
        const QByteArray chain = visited.join(u", "_s).toUtf8();
        QVERIFY2(at(u"functionCombo"_s) < at(u"frameworkCombo"_s), chain.constData());
        QVERIFY2(at(u"frameworkCombo"_s) < at(u"alphaSlider"_s), chain.constData());
        QVERIFY2(at(u"alphaSpinBox"_s) < at(u"xMinSpin"_s), chain.constData());
        QVERIFY2(at(u"dtypeCombo"_s) < at(u"activationPlot"_s), chain.constData());
        // Then the docks (the formula, built after the first frame, where it was when the window built it) and the
        // toolbar.
        QVERIFY2(at(u"activationPlot"_s) < at(u"formulaView"_s), chain.constData());
        QVERIFY2(at(u"formulaView"_s) < at(u"valuesInput"_s), chain.constData());
        QVERIFY2(at(u"valuesInput"_s) < at(u"valuesTable"_s), chain.constData());
        QVERIFY2(at(u"valuesTable"_s) < at(u"examplesButton"_s), chain.constData());
        QVERIFY(!visited.contains(u"editorScroll"_s));
        // Shift+Tab goes back the same way.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget()->objectName(), visited.at(visited.size() - 2));
    }

    void shouldEditTheDomainAndPrecision()
    {
        MainWindow window;
        window.show();
        window.loadExample(u"framework-defaults"_s);
        typeInto(child<QDoubleSpinBox>(&window, u"xMaxSpin"_s), u"2"_s);
        QCOMPARE(window.document()->domain().max, 2.0);
        // an invalid domain is refused with the core's message, and nothing breaks
        typeInto(child<QDoubleSpinBox>(&window, u"xMinSpin"_s), u"3"_s);
        QVERIFY(child<QLabel>(&window, u"domainError"_s)->isVisible());
        QCOMPARE(window.document()->domain().min, -5.0);
        typeInto(child<QDoubleSpinBox>(&window, u"xMinSpin"_s), u"-2"_s);
        QVERIFY(child<QLabel>(&window, u"domainError"_s)->isHidden());
        QCOMPARE(window.document()->domain().min, -2.0);
        // float32 reaches the plot, the table and the formula
        auto* dtype = child<QComboBox>(&window, u"dtypeCombo"_s);
        dtype->setCurrentIndex(dtype->findText(u"float32"_s));
        QCOMPARE(window.plot()->scene()->dtype(), Core::DType::Float32);
        QCOMPARE(window.document()->dtype(), Core::DType::Float32);
        VERIFY_PLOT_MATCHES_CORE(window, 0);
    }

    void shouldShowTheReadoutInTheStatusBar()
    {
        MainWindow window;
        window.show();
        window.loadExample(u"framework-defaults"_s);
        window.document()->select(1);
        window.plot()->scene()->setCrosshair(-2.0);
        const QString text = child<QLabel>(&window, u"readoutLabel"_s)->text();
        QVERIFY2(text.startsWith(u"x = -2"_s), qPrintable(text));
        QVERIFY2(text.contains(u"LeakyReLU · PyTorch: f = -0.02"_s), qPrintable(text));
        window.plot()->scene()->setCrosshair(std::nullopt);
        QVERIFY(child<QLabel>(&window, u"readoutLabel"_s)->text().contains(u"wheel"_s));
    }

    void shouldRoundTripItsSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"settings.json"_s);
        {
            // GIVEN a window that changed everything it remembers
            MainWindow window(std::make_unique<App::Settings>(file));
            window.show();
            window.loadExample(u"leaky-vs-parametric"_s);
            window.document()->select(2);
            typeInto(child<QDoubleSpinBox>(&window, u"alphaSpinBox"_s), u"0.123456789"_s);
            window.document()->curveModel()->setName(0, u"teaching leaky"_s);
            window.document()->curveModel()->setColor(1, 0xff123456);
            window.document()->curveModel()->setCurveVisible(0, false);
            typeInto(child<QDoubleSpinBox>(&window, u"xMinSpin"_s), u"-3.5"_s);
            auto* dtype = child<QComboBox>(&window, u"dtypeCombo"_s);
            dtype->setCurrentIndex(dtype->findText(u"float32"_s));
            auto* values = child<QLineEdit>(window.valuesTable(), u"valuesInput"_s);
            values->setText(u"-1, 0.5"_s);
            window.document()->setTheme(Model::Theme::Dark);
            window.close();
        }
        QVERIFY(QFile::exists(file));
        // WHEN a new window starts with the same settings
        MainWindow window(std::make_unique<App::Settings>(file));
        window.show();
        // THEN it is back where it was
        const Model::CurveListModel* m = window.document()->curveModel();
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->curve(0).name, u"teaching leaky"_s);
        QVERIFY(!m->curve(0).autoNamed);
        QVERIFY(!m->curve(0).visible);
        QCOMPARE(m->curve(1).color, Model::Rgba(0xff123456));
        QVERIFY(m->curve(2).autoNamed);
        QCOMPARE(m->curve(2).activation.params().value[0], 0.123456789);
        QCOMPARE(m->curve(2).activation.framework(), Framework::Keras);
        QCOMPARE(window.document()->selected(), 2);
        QCOMPARE(window.domainEditor()->domain().min, -3.5);
        QCOMPARE(window.document()->domain().min, -3.5);
        QCOMPARE(window.plot()->scene()->dtype(), Core::DType::Float32);
        QCOMPARE(window.valuesTable()->inputText(), u"-1, 0.5"_s);
        QCOMPARE(window.document()->theme(), Model::Theme::Dark);
        QCOMPARE(window.plot()->scene()->theme(), Model::Theme::Dark);
        window.document()->setTheme(Model::Theme::Light);
    }

    void shouldStartFromTheDefaultViewWhenTheSettingsAreDamaged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mention");
        QTest::addColumn<bool>("keepsRecent");
        QTest::newRow("unknown function")
            << QByteArray("{\"format\": \"activation-explorer-settings\", \"version\": 1, "
                          "\"recentFiles\": [\"/tmp/a.json\"], \"session\": {\"format\": "
                          "\"activation-explorer-session\", \"version\": 1, \"curves\": "
                          "[{\"function\": \"no_such_function\", \"framework\": \"keras\"}]}}")
            << u"session.curves[0].function"_s << true;
        QTest::newRow("truncated") << QByteArray("{\"format\": \"activation-explorer-settings\", \"vers")
                                   << u"not valid JSON"_s << false;
        QTest::newRow("another program's") << QByteArray("{\"format\": \"something-else\"}") << u"format"_s << false;
    }
    void shouldStartFromTheDefaultViewWhenTheSettingsAreDamaged()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mention);
        QFETCH(bool, keepsRecent);
        // GIVEN settings that cannot be used whole
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.json"_s);
        QVERIFY(!Model::writeFile(file, content));
        // WHEN the window starts with them
        MainWindow window(std::make_unique<App::Settings>(file));
        // THEN it shows the default view, says why, and keeps what could be read
        QCOMPARE(window.document()->curveModel()->rowCount(), 6);
        QTRY_VERIFY2(child<QLabel>(&window, u"readoutLabel"_s)->text().contains(mention),
            qPrintable(child<QLabel>(&window, u"readoutLabel"_s)->text()));
        QCOMPARE(window.sessions()->recentFiles().size(), keepsRecent ? 1 : 0);
    }

    void shouldRenderTheWholeWindow()
    {
        MainWindow window;
        window.resize(MainWindow::defaultSize());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size() / image.devicePixelRatio(), MainWindow::defaultSize());
    }

    void shouldWriteAScreenshotFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"view.png"_s);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AEX_APP_PATH), {u"--screenshot"_s, png, u"--theme"_s, u"dark"_s});
        QVERIFY(process.waitForFinished(120'000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardError(), QByteArray());
        QImage image(png);
        QCOMPARE(image.size(), MainWindow::defaultSize());
        QVERIFY(image.pixelColor(image.width() / 2, image.height() - 5).lightness() < 100); // dark status bar

        // An unwritable path: one line on stderr, exit 2, no file
        const QString bad = dir.filePath(u"missing/dir/view.png"_s);
        process.start(QStringLiteral(AEX_APP_PATH), {u"--screenshot"_s, bad});
        QVERIFY(process.waitForFinished(120'000));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(err.count('\n'), 1);
        QVERIFY(err.contains("--screenshot"));
        QVERIFY(!QFile::exists(bad));
    }

    void shouldListTheKeyboardShortcuts()
    {
        MainWindow window;
        window.show();
        child<QAction>(&window, u"shortcutsAction"_s)->trigger();
        auto* dialog = child<QDialog>(&window, u"shortcutsDialog"_s);
        QVERIFY(dialog->isVisible());
        auto* table = child<QTableWidget>(dialog, u"shortcutsTable"_s);
        QStringList keys;
        for (int r = 0; r < table->rowCount(); ++r)
            keys << table->item(r, 1)->text();
        QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_0).toString(QKeySequence::NativeText)));
        QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_D).toString(QKeySequence::NativeText)));
        dialog->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
