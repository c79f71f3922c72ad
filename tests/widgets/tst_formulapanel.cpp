// SPDX-License-Identifier: MIT
#include "documentlib.h"
#include "formulapanel.h"
#include "makeactivation.h"
#include "paintcounter.h"
#include "themepalette.h"

#include "aex/core/analysis.h"
#include "aex/core/describe.h"

#include <QApplication>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <algorithm>

using Core::Activation;
using Core::Framework;
using Widgets::FormulaPanel;
using namespace Qt::StringLiterals;

namespace {

using TestLib::make;

QString q(const std::string& s) { return QString::fromStdString(s); }

QScrollBar* scrollBar(FormulaPanel& panel)
{
    return panel.findChild<QTextBrowser*>(u"formulaView"_s)->verticalScrollBar();
}

// The panel at 320 x 220 pixels, where its text scrolls, shown with `activations` (the first
// selected) and scrolled halfway down.
void showScrolled(
    Model::ExplorerDocument& document, FormulaPanel& panel, std::initializer_list<Core::Activation> activations)
{
    panel.setDocument(&document);
    panel.resize(320, 220);
    TestLib::showCurves(document, activations);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QScrollBar* bar = scrollBar(panel);
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum() / 2);
    QVERIFY(bar->value() > 0);
}

} // namespace

class TestFormulaPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(u"Fusion"_s); }

    void shouldShowTheCoresDescription_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QStringList>("params");
        QTest::newRow("keras relu threshold") << u"relu"_s << u"keras"_s << QStringList{u"threshold=2"_s};
        QTest::newRow("tf_keras relu slope") << u"relu"_s << u"tf_keras"_s << QStringList{u"negative_slope=0.5"_s};
        QTest::newRow("keras relu max 6") << u"relu"_s << u"keras"_s << QStringList{u"max_value=6"_s};
        QTest::newRow("pytorch prelu") << u"prelu"_s << u"pytorch"_s << QStringList{};
        QTest::newRow("keras prelu") << u"prelu"_s << u"keras"_s << QStringList{u"alpha=0.25"_s};
        QTest::newRow("pytorch gelu tanh") << u"gelu"_s << u"pytorch"_s << QStringList{u"approximate=true"_s};
        QTest::newRow("pytorch hardtanh") << u"hardtanh"_s << u"pytorch"_s << QStringList{};
        QTest::newRow("keras sigmoid") << u"sigmoid"_s << u"keras"_s << QStringList{};
    }

    void shouldShowTheCoresDescription()
    {
        QFETCH(QString, function);
        QFETCH(QString, framework);
        QFETCH(QStringList, params);
        Activation a = Activation::withDefaults(function.toStdString(), *Core::parseFramework(framework.toStdString()));
        for (const QString& p : params)
            a.setParam(p.toStdString());
        // WHEN the panel shows the activation
        Model::ExplorerDocument document;
        FormulaPanel panel;
        panel.setDocument(&document);
        TestLib::showCurves(document, {a});
        const QString text = panel.plainText();
        // THEN every piece, derivative piece and note of Core::describe is there, with no text of its own
        const Core::Description d = Core::describe(a);
        QVERIFY(!d.value.empty());
        for (const auto& piece : d.value) {
            QVERIFY2(text.contains(q(piece.expression)), qPrintable(q(piece.expression) + u"\n"_s + text));
            QVERIFY(text.contains(q(piece.condition)));
        }
        for (const auto& piece : d.derivative) {
            QVERIFY(text.contains(q(piece.expression)));
            QVERIFY(text.contains(q(piece.condition)));
        }
        for (const std::string& note : d.notes)
            QVERIFY2(text.simplified().contains(q(note).simplified()), note.c_str());
        // AND the framework call with its current values
        QVERIFY(text.contains(FormulaPanel::callSignature(a)));
        // AND the properties
        const Core::Properties props = Core::properties(a);
        QVERIFY(text.contains(props.continuous ? u"Continuous\nyes"_s : u"Continuous\nno"_s));
        QVERIFY(text.contains(props.differentiable ? u"Differentiable\nyes"_s : u"Differentiable\nno"_s));
        QVERIFY(text.contains(props.monotonicity == Core::Monotonicity::None
                ? u"Monotonic\nno"_s
                : u"Monotonic\nyes, "_s + QString::fromUtf8(Core::monotonicityName(props.monotonicity).data())));
        QVERIFY(text.contains(u"Bounded\n"_s + (props.boundedBelow() || props.boundedAbove() ? u"yes"_s : u"no"_s)));
        QVERIFY(text.contains(u"Zero gradient\n"_s));
    }

    void shouldWriteTheFrameworkCall()
    {
        QCOMPARE(FormulaPanel::callSignature(make("relu", Framework::Keras, {"negative_slope=0.5"})),
            u"keras.layers.ReLU(max_value=None, negative_slope=0.5, threshold=0.0)"_s);
        QCOMPARE(FormulaPanel::callSignature(make("leaky_relu", Framework::PyTorch)),
            u"torch.nn.LeakyReLU(negative_slope=0.01)"_s);
        QCOMPARE(FormulaPanel::callSignature(make("gelu", Framework::PyTorch, {"approximate=true"})),
            u"torch.nn.GELU(approximate='tanh')"_s);
        // Keras PReLU takes an initializer, so the call must wrap the number in one.
        QCOMPARE(FormulaPanel::callSignature(make("prelu", Framework::Keras, {"alpha=0.25"})),
            u"keras.layers.PReLU(alpha_initializer=keras.initializers.Constant(0.25))"_s);
    }

    void shouldNameTheJumpOfKerasReluThreshold()
    {
        Model::ExplorerDocument document;
        FormulaPanel panel;
        panel.setDocument(&document);
        TestLib::showCurves(document, {make("relu", Framework::Keras, {"threshold=2"})});
        const QString text = panel.plainText();
        QVERIFY2(text.contains(u"jumps at x = 2"_s), qPrintable(text));
        QVERIFY(text.contains(u"f(threshold) = 0, not threshold"_s));
    }

    void shouldShowTheZeroGradientIntervals()
    {
        Model::ExplorerDocument document;
        FormulaPanel panel;
        panel.setDocument(&document);
        TestLib::showCurves(document, {make("relu", Framework::Keras)});
        // relu' is 0 for x <= 0, including at 0 (TF's x > 0 mask)
        QVERIFY2(panel.plainText().contains(u"(−∞, 0]"_s), qPrintable(panel.plainText()));
        TestLib::showCurves(document, {make("leaky_relu", Framework::Keras)});
        QVERIFY(panel.plainText().contains(u"nowhere"_s));
    }

    void shouldShowTheLayersErrorText()
    {
        Model::ExplorerDocument document;
        FormulaPanel panel;
        panel.setDocument(&document);
        TestLib::showCurves(document, {make("relu", Framework::TfKeras, {"threshold=-1"})});
        QVERIFY(panel.plainText().contains(u"threshold of a ReLU layer cannot be a negative value. Received: -1.0"_s));
    }

    void shouldFollowTheTheme()
    {
        Model::ExplorerDocument document;
        FormulaPanel panel;
        panel.setDocument(&document);
        TestLib::showCurves(document, {make("relu", Framework::Keras)});
        panel.setPalette(Widgets::themePalette(Model::Theme::Light));
        const QString light = panel.html();
        panel.setPalette(Widgets::themePalette(Model::Theme::Dark));
        const QString dark = panel.html();
        QVERIFY(light != dark);
        QCOMPARE(panel.plainText().isEmpty(), false);
    }

    // A drag step changes a number: the reader stays where they were, and the scroll bar, whose
    // range did not change, is not drawn again.
    void shouldKeepItsScrollPositionWhileACurveChanges()
    {
        Model::ExplorerDocument document;
        FormulaPanel panel;
        showScrolled(document, panel, {make("relu", Framework::Keras, {"negative_slope=0.5"})});
        if (QTest::currentTestFailed())
            return;
        QScrollBar* bar = scrollBar(panel);
        const int scrolled = bar->value();
        QTest::qWait(50);
        TestLib::PaintCounter paints;
        bar->installEventFilter(&paints);
        // WHEN the slope changes
        document.setActivation(0, make("relu", Framework::Keras, {"negative_slope=0.25"}));
        QVERIFY(panel.plainText().contains(u"negative_slope=0.25"_s));
        QTest::qWait(50);
        // THEN
        QCOMPARE(bar->value(), scrolled);
        QCOMPARE(paints.paints, 0);
    }

    // Each in-place replacement adds its tables' formats to the document; a long drag must not make
    // it grow without end, nor lose the reader's place when it starts a new one.
    void shouldStayBoundedThroughALongDrag()
    {
        Model::ExplorerDocument document;
        FormulaPanel panel;
        showScrolled(document, panel, {make("relu", Framework::Keras, {"negative_slope=0.5"})});
        if (QTest::currentTestFailed())
            return;
        const int scrolled = scrollBar(panel)->value();
        QTextDocument* text = panel.findChild<QTextBrowser*>(u"formulaView"_s)->document();
        qsizetype most = 0;
        for (int step = 0; step < 300; ++step) {
            document.setActivation(
                0, make("relu", Framework::Keras, {step % 2 == 0 ? "negative_slope=0.25" : "negative_slope=0.5"}));
            QVERIFY(panel.plainText().contains(u"negative_slope"_s));
            most = std::max(most, text->allFormats().size());
        }
        QVERIFY2(most < 1100, qPrintable(QString::number(most)));
        QCOMPARE(scrollBar(panel)->value(), scrolled);
    }

    void shouldStartAnotherCurveAtTheTop()
    {
        Model::ExplorerDocument document;
        FormulaPanel panel;
        showScrolled(document, panel, {make("relu", Framework::Keras), make("relu", Framework::PyTorch)});
        if (QTest::currentTestFailed())
            return;
        document.select(1);
        QVERIFY(panel.plainText().contains(u"torch.nn.ReLU"_s));
        QCOMPARE(scrollBar(panel)->value(), 0);
    }

    void shouldAskForACurveWhenThereIsNone()
    {
        Model::ExplorerDocument document;
        FormulaPanel panel;
        panel.setDocument(&document);
        QVERIFY(panel.plainText().contains(u"Select a curve"_s));
        TestLib::showCurves(document, {make("relu", Framework::Keras)});
        document.select(-1);
        QVERIFY(panel.plainText().contains(u"Select a curve"_s));
    }
};

QTEST_MAIN(TestFormulaPanel)
#include "tst_formulapanel.moc"
