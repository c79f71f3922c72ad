// SPDX-License-Identifier: MIT
#include "numberspinbox.h"
#include "parametereditor.h"
#include "widgetlookup.h"

#include "aex/core/activation.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>

#include <memory>

using Widgets::ParameterEditor;

namespace {

std::unique_ptr<ParameterEditor> makeEditor(
    std::string_view function, Core::Framework framework, std::string_view param)
{
    const Core::FunctionSpec* f = Core::findFunction(function);
    const std::size_t i = *f->paramIndex(param, framework);
    const Core::FrameworkSpec* spec = f->in(framework);
    auto editor = std::make_unique<ParameterEditor>(
        f->params[i], spec->params[i], QString::fromUtf8(spec->api.data(), static_cast<qsizetype>(spec->api.size())));
    editor->resize(320, editor->sizeHint().height());
    editor->show();
    return editor;
}

using TestLib::child;

void typeInto(QAbstractSpinBox* spin, const QString& text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

} // namespace

class TestParameterEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(QStringLiteral("Fusion")); }

    void shouldStartAtTheFrameworkDefault()
    {
        // GIVEN the Keras LeakyReLU alpha (negative_slope) editor
        auto editor = makeEditor("leaky_relu", Core::Framework::Keras, "alpha");
        // THEN it shows the framework default, and reset has nothing to do
        auto* spin = child<QDoubleSpinBox>(editor.get(), QStringLiteral("alphaSpinBox"));
        auto* slider = child<QSlider>(editor.get(), QStringLiteral("alphaSlider"));
        QCOMPARE(spin->value(), 0.3);
        QCOMPARE(spin->text(), QStringLiteral("0.3"));
        QCOMPARE(slider->value(), editor->tickFor(0.3));
        QCOMPARE(child<QLabel>(editor.get(), QStringLiteral("alphaDefault"))->text(), QStringLiteral("default 0.3"));
        QVERIFY(!child<QToolButton>(editor.get(), QStringLiteral("alphaReset"))->isEnabled());
        // AND the framework's own keyword is shown, since Keras 3 spells it negative_slope
        QCOMPARE(child<QLabel>(editor.get(), QStringLiteral("alphaKeyword"))->text(), QStringLiteral("negative_slope"));
        QVERIFY(editor->toolTip().contains(QStringLiteral(">= 0")));
    }

    void shouldShowEachKindOfDefault()
    {
        auto maxValue = makeEditor("relu", Core::Framework::Keras, "max_value");
        QCOMPARE(
            child<QLabel>(maxValue.get(), QStringLiteral("max_valueDefault"))->text(), QStringLiteral("default None"));
        auto pytorch = makeEditor("leaky_relu", Core::Framework::PyTorch, "alpha");
        QCOMPARE(child<QLabel>(pytorch.get(), QStringLiteral("alphaDefault"))->text(), QStringLiteral("default 0.01"));
        auto required = makeEditor("threshold", Core::Framework::PyTorch, "threshold");
        QCOMPARE(child<QLabel>(required.get(), QStringLiteral("thresholdDefault"))->text(), QStringLiteral("required"));
    }

    void shouldMapSliderTicksToRoundValues()
    {
        auto editor = makeEditor("relu", Core::Framework::Keras, "negative_slope");
        // step 0.01: tick 30 is exactly the double 0.3, not 0.30000000000000004
        QCOMPARE(editor->valueAt(30), 0.3);
        QCOMPARE(editor->valueAt(7), 0.07);
        QCOMPARE(editor->tickFor(editor->valueAt(55)), 55);
        auto threshold = makeEditor("relu", Core::Framework::Keras, "threshold"); // -2 .. 5 by 0.1
        QCOMPARE(threshold->valueAt(0), -2.0);
        QCOMPARE(threshold->valueAt(45), 2.5);
        QCOMPARE(threshold->tickFor(-100), 0);
        QCOMPARE(threshold->tickFor(100), 70);
    }

    void shouldEmitOnEverySliderStepWhileDragging()
    {
        // GIVEN the negative_slope editor
        auto editor = makeEditor("relu", Core::Framework::Keras, "negative_slope");
        auto* slider = child<QSlider>(editor.get(), QStringLiteral("negative_slopeSlider"));
        auto* spin = child<QDoubleSpinBox>(editor.get(), QStringLiteral("negative_slopeSpinBox"));
        QSignalSpy spy(editor.get(), &ParameterEditor::edited);
        QVERIFY(slider->hasTracking());
        // WHEN the user drags the handle over five positions without releasing it
        slider->setSliderDown(true);
        for (int tick = 1; tick <= 5; ++tick)
            slider->setSliderPosition(tick * 10);
        // THEN every position was emitted at once, not only on release
        QCOMPARE(spy.count(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(spy.at(i).at(0).toDouble(), editor->valueAt((i + 1) * 10));
            QCOMPARE(spy.at(i).at(1).toBool(), false);
        }
        QCOMPARE(spin->value(), 0.5);
        QCOMPARE(spin->text(), QStringLiteral("0.5"));
        slider->setSliderDown(false);
        QCOMPARE(spy.count(), 5); // releasing emits nothing new
    }

    void shouldFollowTypingInTheSpinBox()
    {
        auto editor = makeEditor("relu", Core::Framework::Keras, "negative_slope");
        auto* slider = child<QSlider>(editor.get(), QStringLiteral("negative_slopeSlider"));
        auto* spin = child<QDoubleSpinBox>(editor.get(), QStringLiteral("negative_slopeSpinBox"));
        QSignalSpy spy(editor.get(), &ParameterEditor::edited);
        // WHEN the user types an exact value
        typeInto(spin, QStringLiteral("0.375"));
        QTest::keyClick(spin, Qt::Key_Return);
        // THEN the value is exact and the slider follows
        QVERIFY(!spy.isEmpty());
        QCOMPARE(spy.last().at(0).toDouble(), 0.375);
        QCOMPARE(editor->value(), 0.375);
        QCOMPARE(slider->value(), editor->tickFor(0.375));
    }

    void shouldAcceptExactValuesOutsideTheSliderRange()
    {
        auto editor = makeEditor("relu", Core::Framework::Keras, "negative_slope"); // slider 0 .. 1
        auto* slider = child<QSlider>(editor.get(), QStringLiteral("negative_slopeSlider"));
        auto* spin = child<QDoubleSpinBox>(editor.get(), QStringLiteral("negative_slopeSpinBox"));
        typeInto(spin, QStringLiteral("250"));
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(editor->value(), 250.0);
        QCOMPARE(slider->value(), slider->maximum()); // the slider clamps, the value does not
        typeInto(spin, QStringLiteral("-1.5"));
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(editor->value(), -1.5);
        QCOMPARE(slider->value(), slider->minimum());
    }

    void shouldRejectTextThatIsNoNumber()
    {
        auto editor = makeEditor("relu", Core::Framework::Keras, "negative_slope");
        auto* spin = child<QDoubleSpinBox>(editor.get(), QStringLiteral("negative_slopeSpinBox"));
        QSignalSpy spy(editor.get(), &ParameterEditor::edited);
        typeInto(spin, QStringLiteral("abc"));
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(editor->value(), 0.0);
        QVERIFY(spy.isEmpty());
    }

    void shouldStepWithTheKeyboard()
    {
        auto editor = makeEditor("relu", Core::Framework::Keras, "negative_slope");
        auto* slider = child<QSlider>(editor.get(), QStringLiteral("negative_slopeSlider"));
        auto* spin = child<QDoubleSpinBox>(editor.get(), QStringLiteral("negative_slopeSpinBox"));
        QSignalSpy spy(editor.get(), &ParameterEditor::edited);
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Right);
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(editor->value(), 0.02);
        QTest::keyClick(slider, Qt::Key_PageUp);
        QCOMPARE(editor->value(), 0.12);
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_Up);
        QCOMPARE(editor->value(), 0.13);
        QTest::keyClick(spin, Qt::Key_Down);
        QTest::keyClick(spin, Qt::Key_Down);
        QCOMPARE(editor->value(), 0.11);
        QCOMPARE(spy.count(), 6);
    }

    void shouldToggleNone()
    {
        // GIVEN max_value, whose Keras default is None
        auto editor = makeEditor("relu", Core::Framework::Keras, "max_value");
        auto* none = child<QCheckBox>(editor.get(), QStringLiteral("max_valueNoneCheck"));
        auto* slider = child<QSlider>(editor.get(), QStringLiteral("max_valueSlider"));
        auto* spin = child<QDoubleSpinBox>(editor.get(), QStringLiteral("max_valueSpinBox"));
        QVERIFY(none->isChecked());
        QVERIFY(!slider->isEnabled());
        QVERIFY(!spin->isEnabled());
        QSignalSpy spy(editor.get(), &ParameterEditor::edited);
        // WHEN the user unchecks None
        QTest::mouseClick(none, Qt::LeftButton, {}, QPoint(8, none->height() / 2));
        // THEN the value becomes a number the slider and spin box edit
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toBool(), false);
        QVERIFY(slider->isEnabled());
        QVERIFY(spin->isEnabled());
        QVERIFY(child<QToolButton>(editor.get(), QStringLiteral("max_valueReset"))->isEnabled());
        // AND checking it again goes back to None
        none->click();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(1).toBool(), true);
        QVERIFY(editor->isNone());
    }

    void shouldShowBooleansAsACheckBox()
    {
        auto editor = makeEditor("gelu", Core::Framework::PyTorch, "approximate");
        QVERIFY(!editor->findChild<QSlider*>());
        auto* check = child<QCheckBox>(editor.get(), QStringLiteral("approximateCheckBox"));
        QSignalSpy spy(editor.get(), &ParameterEditor::edited);
        check->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toDouble(), 1.0);
        QCOMPARE(
            child<QLabel>(editor.get(), QStringLiteral("approximateDefault"))->text(), QStringLiteral("default False"));
    }

    void shouldRequestResetWhenAwayFromTheDefault()
    {
        auto editor = makeEditor("leaky_relu", Core::Framework::PyTorch, "alpha");
        auto* reset = child<QToolButton>(editor.get(), QStringLiteral("alphaReset"));
        QSignalSpy resetSpy(editor.get(), &ParameterEditor::resetRequested);
        typeInto(child<QDoubleSpinBox>(editor.get(), QStringLiteral("alphaSpinBox")), QStringLiteral("0.2"));
        QVERIFY(reset->isEnabled());
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(resetSpy.count(), 1);
    }

    void shouldNotEmitWhenShownProgrammatically()
    {
        auto editor = makeEditor("relu", Core::Framework::Keras, "threshold");
        QSignalSpy spy(editor.get(), &ParameterEditor::edited);
        editor->setValue(2.5);
        QCOMPARE(child<QDoubleSpinBox>(editor.get(), QStringLiteral("thresholdSpinBox"))->value(), 2.5);
        QCOMPARE(child<QSlider>(editor.get(), QStringLiteral("thresholdSlider"))->value(), editor->tickFor(2.5));
        QVERIFY(spy.isEmpty());
        // and stepping back and forth emits each change once, returning to 2.5 included
        auto* spin = child<QDoubleSpinBox>(editor.get(), QStringLiteral("thresholdSpinBox"));
        spin->stepBy(1);
        spin->stepBy(-1);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().at(0).toDouble(), 2.5);
    }

    void shouldShowAndHideAnError()
    {
        auto editor = makeEditor("relu", Core::Framework::Keras, "threshold");
        auto* label = child<QLabel>(editor.get(), QStringLiteral("thresholdError"));
        QVERIFY(label->isHidden());
        editor->setError(
            QStringLiteral("threshold of a ReLU layer cannot be None or a negative value. Received: threshold=-1.0"));
        QVERIFY(label->isVisible());
        QCOMPARE(editor->error(), label->text());
        QVERIFY(label->palette().color(QPalette::WindowText) != editor->palette().color(QPalette::WindowText));
        editor->setError({});
        QVERIFY(label->isHidden());
    }

    void shouldFormatSpinBoxTextLikeTheCommandLine()
    {
        Widgets::NumberSpinBox spin;
        spin.setRange(-1e6, 1e6);
        spin.setValue(0.1);
        QCOMPARE(spin.text(), QStringLiteral("0.1"));
        spin.setValue(1e-7);
        QCOMPARE(spin.text(), QStringLiteral("1e-07"));
        spin.setValue(1.0 / 3.0);
        QCOMPARE(spin.value(), 0.333333333333333); // 15 decimals
        int pos = 0;
        QString text = QStringLiteral("2e-");
        QCOMPARE(spin.validate(text, pos), QValidator::Intermediate);
        text = QStringLiteral("1x");
        QCOMPARE(spin.validate(text, pos), QValidator::Invalid);
        text = QStringLiteral("5e7");
        QCOMPARE(spin.validate(text, pos), QValidator::Intermediate); // out of range
        text = QStringLiteral("1.25");
        QCOMPARE(spin.validate(text, pos), QValidator::Acceptable);
    }
};

QTEST_MAIN(TestParameterEditor)
#include "tst_parametereditor.moc"
