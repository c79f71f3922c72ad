// SPDX-License-Identifier: MIT
#include "curveeditor.h"
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

using Core::Activation;
using Core::Framework;
using Widgets::ParameterPanel;

namespace {

using TestLib::child;

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

// Activation has no default constructor, so QVariant::value<>() cannot hand it out.
Activation lastActivation(const QSignalSpy& spy)
{
    const QVariant& v = spy.last().at(0);
    if (v.metaType() != QMetaType::fromType<Activation>())
        qFatal("signal argument is not a Core::Activation");
    return *static_cast<const Activation*>(v.constData());
}

} // namespace

class TestParameterPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(QStringLiteral("Fusion")); }

    void shouldBuildAnEditorForEveryParameterOfEveryFunction()
    {
        // GIVEN every function in every framework that has it
        ParameterPanel panel;
        panel.show();
        for (const Core::FunctionSpec& f : Core::catalogue()) {
            for (const Framework fw : f.availableFrameworks()) {
                const Activation a = Activation::withDefaults(f, fw);
                // WHEN the panel shows it
                panel.setActivation(a);
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
        ParameterPanel panel;
        panel.show();
        panel.setActivation(Activation::withDefaults("relu", Framework::Keras));
        QSignalSpy spy(&panel, &ParameterPanel::activationChanged);
        auto* slider = child<QSlider>(&panel, QStringLiteral("negative_slopeSlider"));
        slider->setSliderDown(true);
        slider->setSliderPosition(50);
        QCOMPARE(spy.count(), 1);
        const Activation a = lastActivation(spy);
        QCOMPARE(a.params().value[1], 0.5);
        QVERIFY(a.layerErrors().empty());
        // the untouched parameters keep their defaults
        QVERIFY(a.params().none[0]);
        QCOMPARE(a.params().value[2], 0.0);
    }

    void shouldShowTheFrameworksErrorBesideTheParameter()
    {
        // GIVEN Keras ReLU
        ParameterPanel panel;
        panel.show();
        panel.setActivation(Activation::withDefaults("relu", Framework::Keras));
        QSignalSpy spy(&panel, &ParameterPanel::activationChanged);
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
        QCOMPARE(lastActivation(spy).params().value[2], -1.0);
        QVERIFY(child<QLabel>(&panel, QStringLiteral("negative_slopeError"))->isHidden());
        // AND a valid value clears it
        QTest::keyClick(spin, Qt::Key_Backspace);
        QTest::keyClick(spin, Qt::Key_Backspace);
        QTest::keyClicks(spin, QStringLiteral("1"));
        QVERIFY(error->isHidden());
        QCOMPARE(lastActivation(spy).params().value[2], 1.0);
    }

    void shouldUseEachFrameworksOwnText()
    {
        ParameterPanel panel;
        panel.show();
        Activation a = Activation::withDefaults("leaky_relu", Framework::Keras);
        a.setParam(0, -0.5);
        panel.setActivation(a);
        QCOMPARE(child<QLabel>(&panel, QStringLiteral("alphaError"))->text(),
            QStringLiteral("The negative_slope value of a Leaky ReLU layer cannot be None or negative value. "
                           "Expected a float. Received: negative_slope=-0.5"));
        // PyTorch accepts negative slopes
        Activation pt = Activation::withDefaults("leaky_relu", Framework::PyTorch);
        pt.setParam(0, -0.5);
        panel.setActivation(pt);
        QVERIFY(child<QLabel>(&panel, QStringLiteral("alphaError"))->isHidden());
    }

    void shouldAttributeEveryLayerError()
    {
        // Every rule in the catalogue, when broken, is shown beside a parameter editor.
        for (const Core::FunctionSpec& f : Core::catalogue()) {
            for (const Framework fw : f.availableFrameworks()) {
                const Activation a = Activation::withDefaults(f, fw);
                const auto attributed = Widgets::attributedLayerErrors(a);
                QCOMPARE(attributed.size(), a.layerErrors().size());
                for (const auto& [param, text] : attributed)
                    QVERIFY2(param.has_value(), text.c_str());
            }
        }
    }

    void shouldResetToTheFrameworkDefault()
    {
        ParameterPanel panel;
        panel.show();
        Activation a = Activation::withDefaults("leaky_relu", Framework::Keras);
        a.setParam(0, 0.05);
        panel.setActivation(a);
        QSignalSpy spy(&panel, &ParameterPanel::activationChanged);
        QTest::mouseClick(child<QToolButton>(&panel, QStringLiteral("alphaReset")), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastActivation(spy).params().value[0], 0.3);
        QCOMPARE(child<QDoubleSpinBox>(&panel, QStringLiteral("alphaSpinBox"))->value(), 0.3);
    }

    void shouldSetMaxValueToNone()
    {
        ParameterPanel panel;
        panel.show();
        Activation a = Activation::withDefaults("relu", Framework::TfKeras);
        a.setParam(0, 2.0);
        panel.setActivation(a);
        QSignalSpy spy(&panel, &ParameterPanel::activationChanged);
        child<QCheckBox>(&panel, QStringLiteral("max_valueNoneCheck"))->click();
        QCOMPARE(spy.count(), 1);
        QVERIFY(lastActivation(spy).params().none[0]);
        QCOMPARE(Core::evaluateAt(lastActivation(spy), 1000.0).y, 1000.0);
    }

    void shouldKeepTheFrameworkWhenTheFunctionChanges()
    {
        // GIVEN a tf.keras ReLU in the curve editor
        Widgets::CurveEditor editor;
        editor.show();
        editor.setActivation(Activation::withDefaults("relu", Framework::TfKeras));
        auto* function = child<QComboBox>(&editor, QStringLiteral("functionCombo"));
        auto* framework = child<QComboBox>(&editor, QStringLiteral("frameworkCombo"));
        QCOMPARE(function->currentText(), QStringLiteral("ReLU"));
        QCOMPARE(framework->count(), 3);
        QSignalSpy spy(&editor, &Widgets::CurveEditor::activationChanged);
        // WHEN the user picks LeakyReLU
        function->setCurrentIndex(function->findText(QStringLiteral("LeakyReLU")));
        // THEN it is tf.keras LeakyReLU with its default, and the editors were rebuilt
        QCOMPARE(spy.count(), 1);
        Activation a = lastActivation(spy);
        QCOMPARE(a.function().name, std::string_view("leaky_relu"));
        QCOMPARE(a.framework(), Framework::TfKeras);
        QCOMPARE(a.params().value[0], 0.3);
        QVERIFY(!editor.findChild<QSlider*>(QStringLiteral("thresholdSlider")));
        QVERIFY(editor.findChild<QSlider*>(QStringLiteral("alphaSlider")));
        // WHEN the user picks RReLU, which only PyTorch has
        function->setCurrentIndex(function->findText(QStringLiteral("RReLU")));
        a = lastActivation(spy);
        QCOMPARE(a.framework(), Framework::PyTorch);
        QCOMPARE(framework->count(), 1);
        QCOMPARE(framework->currentText(), QStringLiteral("PyTorch"));
    }

    void shouldStartFromTheNewFrameworksDefaults()
    {
        Widgets::CurveEditor editor;
        editor.show();
        editor.setActivation(Activation::withDefaults("leaky_relu", Framework::Keras));
        auto* framework = child<QComboBox>(&editor, QStringLiteral("frameworkCombo"));
        QSignalSpy spy(&editor, &Widgets::CurveEditor::activationChanged);
        framework->setFocus();
        framework->setCurrentIndex(framework->findData(QStringLiteral("pytorch")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastActivation(spy).params().value[0], 0.01);
        QCOMPARE(child<QDoubleSpinBox>(&editor, QStringLiteral("alphaSpinBox"))->value(), 0.01);
        QCOMPARE(child<QLabel>(&editor, QStringLiteral("apiLabel"))->text(), QStringLiteral("torch.nn.LeakyReLU"));
    }

    void shouldDisableItselfWithoutACurve()
    {
        Widgets::CurveEditor editor;
        QVERIFY(!editor.isEnabled());
        editor.setActivation(Activation::withDefaults("elu", Framework::Keras));
        QVERIFY(editor.isEnabled());
        editor.clear();
        QVERIFY(!editor.isEnabled());
        QVERIFY(editor.parameterPanel()->editors().isEmpty());
    }
};

QTEST_MAIN(TestParameterPanel)
#include "tst_parameterpanel.moc"
