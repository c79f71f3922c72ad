// SPDX-License-Identifier: MIT
#include "curveeditor.h"
#include "documentlib.h"
#include "paintcounter.h"
#include "parametereditor.h"
#include "parameterpanel.h"
#include "widgetlookup.h"

#include "aex/core/activation.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using Core::Activation;
using Core::Framework;
using Widgets::ParameterPanel;

namespace {

using TestLib::child;
using TestLib::PaintCounter;

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

} // namespace

class TestParameterPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(QStringLiteral("Fusion")); }

    void shouldBuildAnEditorForEveryParameterOfEveryFunction()
    {
        // GIVEN every function in every framework that has it
        Model::ExplorerDocument document;
        ParameterPanel panel;
        panel.setDocument(&document);
        panel.show();
        for (const Core::FunctionSpec& f : Core::catalogue()) {
            for (const Framework fw : f.availableFrameworks()) {
                const Activation a = Activation::withDefaults(f, fw);
                // WHEN the panel shows it
                TestLib::showCurves(document, {a});
                // THEN each available parameter has exactly one editor of the right kind
                const std::vector<std::size_t> params = a.availableParams();
                QCOMPARE(panel.editors().size(), static_cast<qsizetype>(params.size()));
                for (const std::size_t i : params) {
                    const QString name = qs(f.params[i].name);
                    QVERIFY2(panel.editor(name), qPrintable(qs(f.name) + u'/' + name));
                    if (f.params[i].kind == Core::ParamKind::Boolean) {
                        QVERIFY(panel.findChild<QCheckBox*>(name + QStringLiteral("CheckBox")));
                    } else {
                        QVERIFY(panel.findChild<QSlider*>(name + QStringLiteral("Slider")));
                        QVERIFY(panel.findChild<QDoubleSpinBox*>(name + QStringLiteral("SpinBox")));
                    }
                    QCOMPARE(panel.findChild<QCheckBox*>(name + QStringLiteral("NoneCheck")) != nullptr,
                        f.params[i].nullable);
                    QVERIFY(panel.findChild<QToolButton*>(name + QStringLiteral("Reset")));
                }
                QCOMPARE(child<QLabel>(&panel, QStringLiteral("noParametersLabel"))->isVisible(), params.empty());
            }
        }
    }

    void shouldApplyEditsToTheActivation()
    {
        Model::ExplorerDocument document;
        ParameterPanel panel;
        panel.setDocument(&document);
        panel.show();
        TestLib::showCurves(document, {Activation::withDefaults("relu", Framework::Keras)});
        QSignalSpy spy(document.curveModel(), &Model::CurveListModel::curveChanged);
        auto* slider = child<QSlider>(&panel, QStringLiteral("negative_slopeSlider"));
        slider->setSliderDown(true);
        slider->setSliderPosition(50);
        QCOMPARE(spy.count(), 1);
        const Activation& a = document.curve(0).activation;
        QCOMPARE(a.params().value[1], 0.5);
        QVERIFY(a.layerErrors().empty());
        // the untouched parameters keep their defaults
        QVERIFY(a.params().none[0]);
        QCOMPARE(a.params().value[2], 0.0);
    }

    void shouldShowTheFrameworksErrorBesideTheParameter()
    {
        // GIVEN Keras ReLU
        Model::ExplorerDocument document;
        ParameterPanel panel;
        panel.setDocument(&document);
        panel.show();
        TestLib::showCurves(document, {Activation::withDefaults("relu", Framework::Keras)});
        QSignalSpy spy(document.curveModel(), &Model::CurveListModel::curveChanged);
        auto* spin = child<QDoubleSpinBox>(&panel, QStringLiteral("thresholdSpinBox"));
        auto* error = child<QLabel>(&panel, QStringLiteral("thresholdError"));
        QVERIFY(error->isHidden());
        // WHEN the user types a threshold the layer rejects
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("-1"));
        // THEN the framework's own text appears beside threshold, and the value is still applied
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(),
            QStringLiteral("threshold of a ReLU layer cannot be None or a negative value. Received: threshold=-1.0"));
        QCOMPARE(document.curve(0).activation.params().value[2], -1.0);
        QVERIFY(child<QLabel>(&panel, QStringLiteral("negative_slopeError"))->isHidden());
        // AND a valid value clears it
        QTest::keyClick(spin, Qt::Key_Backspace);
        QTest::keyClick(spin, Qt::Key_Backspace);
        QTest::keyClicks(spin, QStringLiteral("1"));
        QVERIFY(error->isHidden());
        QCOMPARE(document.curve(0).activation.params().value[2], 1.0);
    }

    void shouldUseEachFrameworksOwnText()
    {
        Model::ExplorerDocument document;
        ParameterPanel panel;
        panel.setDocument(&document);
        panel.show();
        Activation a = Activation::withDefaults("leaky_relu", Framework::Keras);
        a.setParam(0, -0.5);
        TestLib::showCurves(document, {a});
        QCOMPARE(child<QLabel>(&panel, QStringLiteral("alphaError"))->text(),
            QStringLiteral("The negative_slope value of a Leaky ReLU layer cannot be None or negative value. "
                           "Expected a float. Received: negative_slope=-0.5"));
        // PyTorch accepts negative slopes
        Activation pt = Activation::withDefaults("leaky_relu", Framework::PyTorch);
        pt.setParam(0, -0.5);
        TestLib::showCurves(document, {pt});
        QVERIFY(child<QLabel>(&panel, QStringLiteral("alphaError"))->isHidden());
    }

    void shouldShowEveryLayerErrorBesideItsParameter()
    {
        // Every rule in the catalogue, broken on its own, is shown beside its parameter's editor.
        Model::ExplorerDocument document;
        ParameterPanel panel;
        panel.setDocument(&document);
        panel.show();
        int broken = 0;
        for (const Core::FunctionSpec& f : Core::catalogue()) {
            for (const Framework fw : f.availableFrameworks()) {
                for (const Core::ValidationRule& rule : Activation::withDefaults(f, fw).spec().rules) {
                    Activation a = Activation::withDefaults(f, fw);
                    const double other = a.params().value[rule.other];
                    switch (rule.check) {
                    case Core::RuleCheck::NotNegative: a.setParam(rule.param, -1); break;
                    case Core::RuleCheck::NotZero: a.setParam(rule.param, 0); break;
                    case Core::RuleCheck::NotGreaterThanOther: a.setParam(rule.param, other + 1); break;
                    case Core::RuleCheck::NotLessOrEqualOther: a.setParam(rule.param, other); break;
                    }
                    const std::vector<Core::LayerError> problems = a.layerProblems();
                    const QString where = qs(f.name) + u'/' + qs(Core::frameworkName(fw));
                    QVERIFY2(!problems.empty(), qPrintable(where));
                    TestLib::showCurves(document, {a});
                    for (const Core::LayerError& problem : problems) {
                        QVERIFY2(problem.param.has_value(), problem.message.c_str());
                        const QString name = qs(f.params[*problem.param].name);
                        auto* label = child<QLabel>(&panel, name + QStringLiteral("Error"));
                        QVERIFY2(label->isVisible(), qPrintable(where + u'/' + name));
                        QVERIFY2(
                            label->text().contains(QString::fromStdString(problem.message)), qPrintable(label->text()));
                        ++broken;
                    }
                }
            }
        }
        QVERIFY(broken > 10);
    }

    void shouldResetToTheFrameworkDefault()
    {
        Model::ExplorerDocument document;
        ParameterPanel panel;
        panel.setDocument(&document);
        panel.show();
        Activation a = Activation::withDefaults("leaky_relu", Framework::Keras);
        a.setParam(0, 0.05);
        TestLib::showCurves(document, {a});
        QSignalSpy spy(document.curveModel(), &Model::CurveListModel::curveChanged);
        QTest::mouseClick(child<QToolButton>(&panel, QStringLiteral("alphaReset")), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(document.curve(0).activation.params().value[0], 0.3);
        QCOMPARE(child<QDoubleSpinBox>(&panel, QStringLiteral("alphaSpinBox"))->value(), 0.3);
    }

    void shouldSetMaxValueToNone()
    {
        Model::ExplorerDocument document;
        ParameterPanel panel;
        panel.setDocument(&document);
        panel.show();
        Activation a = Activation::withDefaults("relu", Framework::TfKeras);
        a.setParam(0, 2.0);
        TestLib::showCurves(document, {a});
        QSignalSpy spy(document.curveModel(), &Model::CurveListModel::curveChanged);
        child<QCheckBox>(&panel, QStringLiteral("max_valueNoneCheck"))->click();
        QCOMPARE(spy.count(), 1);
        QVERIFY(document.curve(0).activation.params().none[0]);
        QCOMPARE(Core::evaluateAt(document.curve(0).activation, 1000.0).y, 1000.0);
    }

    void shouldKeepTheFrameworkWhenTheFunctionChanges()
    {
        // GIVEN a tf.keras ReLU in the curve editor
        Model::ExplorerDocument document;
        Widgets::CurveEditor editor;
        editor.setDocument(&document);
        editor.show();
        TestLib::showCurves(document, {Activation::withDefaults("relu", Framework::TfKeras)});
        auto* function = child<QComboBox>(&editor, QStringLiteral("functionCombo"));
        auto* framework = child<QComboBox>(&editor, QStringLiteral("frameworkCombo"));
        QCOMPARE(function->currentText(), QStringLiteral("ReLU"));
        QCOMPARE(framework->count(), 3);
        QSignalSpy spy(document.curveModel(), &Model::CurveListModel::curveChanged);
        // WHEN the user picks LeakyReLU
        function->setCurrentIndex(function->findText(QStringLiteral("LeakyReLU")));
        // THEN it is tf.keras LeakyReLU with its default, and the editors were rebuilt
        QCOMPARE(spy.count(), 1);
        Activation a = document.curve(0).activation; // a copy: the document changes below
        QCOMPARE(a.function().name, std::string_view("leaky_relu"));
        QCOMPARE(a.framework(), Framework::TfKeras);
        QCOMPARE(a.params().value[0], 0.3);
        QVERIFY(!editor.findChild<QSlider*>(QStringLiteral("thresholdSlider")));
        QVERIFY(editor.findChild<QSlider*>(QStringLiteral("alphaSlider")));
        // WHEN the user picks RReLU, which only PyTorch has
        function->setCurrentIndex(function->findData(QStringLiteral("rrelu")));
        a = document.curve(0).activation;
        QCOMPARE(a.framework(), Framework::PyTorch);
        QCOMPARE(framework->count(), 1);
        QCOMPARE(framework->currentText(), QStringLiteral("PyTorch"));
    }

    void shouldStartFromTheNewFrameworksDefaults()
    {
        Model::ExplorerDocument document;
        Widgets::CurveEditor editor;
        editor.setDocument(&document);
        editor.show();
        TestLib::showCurves(document, {Activation::withDefaults("leaky_relu", Framework::Keras)});
        auto* framework = child<QComboBox>(&editor, QStringLiteral("frameworkCombo"));
        QSignalSpy spy(document.curveModel(), &Model::CurveListModel::curveChanged);
        QSignalSpy status(&editor, &Widgets::CurveEditor::status);
        framework->setFocus();
        framework->setCurrentIndex(framework->findData(QStringLiteral("pytorch")));
        // An untouched slope is the framework's default: 0.3 in Keras becomes PyTorch's 0.01, and
        // the status bar says so.
        QCOMPARE(spy.count(), 1);
        QCOMPARE(document.curve(0).activation.params().value[0], 0.01);
        QCOMPARE(child<QDoubleSpinBox>(&editor, QStringLiteral("alphaSpinBox"))->value(), 0.01);
        QCOMPARE(child<QLabel>(&editor, QStringLiteral("apiLabel"))->text(), QStringLiteral("torch.nn.LeakyReLU"));
        QCOMPARE(status.count(), 1);
        QVERIFY(status.at(0).at(0).toString().contains(u"alpha 0.3 → 0.01 (the PyTorch default)"_s));
    }

    // A value the user chose is kept where the other framework accepts it: LeakyReLU alpha 0.5
    // stays 0.5; ReLU's threshold, which PyTorch lacks, is dropped and the status bar says so.
    void shouldKeepEditedValuesAcrossFrameworks()
    {
        Model::ExplorerDocument document;
        Widgets::CurveEditor editor;
        editor.setDocument(&document);
        editor.show();
        Activation leaky = Activation::withDefaults("leaky_relu", Framework::Keras);
        leaky.setParam("alpha=0.5");
        Activation relu = Activation::withDefaults("relu", Framework::TfKeras);
        relu.setParam("threshold=2");
        TestLib::showCurves(document, {leaky, relu});
        auto* framework = child<QComboBox>(&editor, QStringLiteral("frameworkCombo"));
        framework->setCurrentIndex(framework->findData(QStringLiteral("pytorch")));
        QCOMPARE(document.curve(0).activation.framework(), Framework::PyTorch);
        QCOMPARE(document.curve(0).activation.params().value[0], 0.5);

        QSignalSpy status(&editor, &Widgets::CurveEditor::status);
        document.select(1);
        framework->setCurrentIndex(framework->findData(QStringLiteral("pytorch")));
        QCOMPARE(document.curve(1).activation.framework(), Framework::PyTorch);
        QCOMPARE(status.count(), 1);
        QVERIFY2(status.at(0).at(0).toString().contains(u"threshold 2 dropped: torch.nn.ReLU has no threshold"_s),
            qPrintable(status.at(0).at(0).toString()));
    }

    // A disabled None field shows the suggested number, never another curve's value, and unchecking
    // None gives that number (6 for max_value), not 0.
    void shouldNotShowStaleValuesBehindNone()
    {
        Model::ExplorerDocument document;
        ParameterPanel panel;
        panel.setDocument(&document);
        panel.show();
        Activation clipped = Activation::withDefaults("relu", Framework::Keras);
        clipped.setParam("max_value=2");
        TestLib::showCurves(document, {clipped, Activation::withDefaults("relu", Framework::Keras)});
        document.select(0);
        auto* spin = child<QDoubleSpinBox>(&panel, QStringLiteral("max_valueSpinBox"));
        QCOMPARE(spin->value(), 2.0);
        document.select(1);
        QVERIFY(!spin->isEnabled());
        QCOMPARE(spin->value(), 6.0);
        child<QCheckBox>(&panel, QStringLiteral("max_valueNoneCheck"))->click();
        QVERIFY(!document.curve(1).activation.params().none[0]);
        QCOMPARE(document.curve(1).activation.params().value[0], 6.0);
    }

    void shouldDisableItselfWithoutACurve()
    {
        Model::ExplorerDocument document;
        Widgets::CurveEditor editor;
        editor.setDocument(&document);
        QVERIFY(!editor.isEnabled());
        TestLib::showCurves(document, {Activation::withDefaults("elu", Framework::Keras)});
        QVERIFY(editor.isEnabled());
        document.select(-1);
        QVERIFY(!editor.isEnabled());
        QVERIFY(editor.parameterPanel()->editors().isEmpty());
    }

    void shouldRepaintOnlyTheDraggedEditorDuringADrag()
    {
        // GIVEN Keras ReLU (three parameters) in a shown curve editor
        Model::ExplorerDocument document;
        Widgets::CurveEditor editor;
        editor.setDocument(&document);
        editor.resize(360, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        TestLib::showCurves(document, {Activation::withDefaults("relu", Framework::Keras)});
        PaintCounter others;
        for (const QString& name :
            {u"max_valueSpinBox"_s, u"thresholdSpinBox"_s, u"functionCombo"_s, u"frameworkCombo"_s})
            child<QWidget>(&editor, name)->installEventFilter(&others);
        auto* function = child<QComboBox>(&editor, QStringLiteral("functionCombo"));
        QSignalSpy refilled(function->model(), &QAbstractItemModel::modelReset);
        QSignalSpy rowsAdded(function->model(), &QAbstractItemModel::rowsInserted);
        QTest::qWait(50);
        others.paints = 0;

        // WHEN negative_slope is dragged through a few values
        auto* slider = child<QSlider>(&editor, QStringLiteral("negative_slopeSlider"));
        slider->setSliderDown(true);
        for (const int tick : {20, 40, 60, 80}) {
            slider->setSliderPosition(tick);
            QApplication::processEvents();
        }
        slider->setSliderDown(false);
        QTest::qWait(50);

        // THEN the curve followed, and neither the other editors nor the combos were touched
        QCOMPARE_NE(document.curve(0).activation.params().value[1], 0.0);
        QCOMPARE(others.paints, 0);
        QCOMPARE(refilled.count() + rowsAdded.count(), 0);
    }
};

QTEST_MAIN(TestParameterPanel)
#include "tst_parameterpanel.moc"
