// SPDX-License-Identifier: MIT
// The catalogue: fixed names, per-framework availability and defaults (issue #2 §3, SEMANTICS.md),
// the framework's own validation texts (SEMANTICS §1.4, §3, §5, §8, §11) and setter errors.

#include "aex/core/activation.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <string>
#include <vector>

namespace {

using Core::Framework;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const std::vector<std::string_view> kNames{"relu", "leaky_relu", "prelu", "relu6", "thresholded_relu", "threshold",
    "hardtanh", "rrelu", "elu", "selu", "celu", "gelu", "silu", "mish", "softplus", "sigmoid", "tanh", "hard_sigmoid",
    "hard_swish", "softsign", "exponential", "linear", "softshrink"};

const Core::FunctionSpec& spec(std::string_view name)
{
    const Core::FunctionSpec* f = Core::findFunction(name);
    if (!f)
        qFatal("no function %s", std::string(name).c_str());
    return *f;
}

std::size_t index(std::string_view fn, std::string_view param)
{
    const Core::FunctionSpec& f = spec(fn);
    for (std::size_t i = 0; i < f.params.size(); ++i)
        if (f.params[i].name == param)
            return i;
    qFatal("no parameter %s.%s", std::string(fn).c_str(), std::string(param).c_str());
}

// The framework's text without the exception class Python prints in front of it.
std::string body(std::string text)
{
    for (std::string_view prefix : {"ValueError: ", "RuntimeError: ", "AssertionError: "}) {
        if (text.rfind(prefix, 0) == 0)
            return text.substr(prefix.size());
    }
    return text;
}

QByteArray fwName(Framework fw)
{
    return fw == Framework::Keras  ? QByteArray("keras")
        : fw == Framework::TfKeras ? QByteArray("tf_keras")
                                   : QByteArray("pytorch");
}

} // namespace

class TestCatalogue : public QObject {
    Q_OBJECT

private slots:
    void shouldHaveTheFixedNames();
    void shouldListParametersInCatalogueOrder_data();
    void shouldListParametersInCatalogueOrder();
    void shouldOfferFunctionsPerFramework_data();
    void shouldOfferFunctionsPerFramework();
    void shouldUseEachFrameworksDefaults_data();
    void shouldUseEachFrameworksDefaults();
    void shouldKnowEachFrameworksKeyword();
    void shouldDescribeEveryEntry();
    void shouldMakeOnlyPreluAlphaTrainable();
    void shouldRequireThresholdParameters();
    void shouldRejectUnknownOrUnavailableFunctions();
    void shouldReportLayerErrors_data();
    void shouldReportLayerErrors();
    void shouldRejectBadParameterValues_data();
    void shouldRejectBadParameterValues();
    void shouldSetNoneAndBooleansAndReset();
    void shouldNameFrameworksAndDTypes();
};

void TestCatalogue::shouldHaveTheFixedNames()
{
    std::multiset<std::string_view> names;
    for (const Core::FunctionSpec& f : Core::catalogue())
        names.insert(f.name);
    QCOMPARE(names.size(), kNames.size());
    for (std::string_view n : kNames) {
        QVERIFY2(names.count(n) == 1, std::string(n).c_str());
        QVERIFY(Core::findFunction(n) != nullptr);
        QCOMPARE(Core::findFunction(n)->name, n);
    }
    QVERIFY(Core::findFunction("nope") == nullptr);
    QVERIFY(Core::findFunction("") == nullptr);
}

void TestCatalogue::shouldListParametersInCatalogueOrder_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<QByteArrayList>("params");
    auto add = [](const char* fn, const QByteArrayList& p) { QTest::addRow("%s", fn) << QByteArray(fn) << p; };
    add("relu", {"max_value", "negative_slope", "threshold"});
    add("leaky_relu", {"alpha"});
    add("relu6", {});
    add("thresholded_relu", {"theta"});
    add("threshold", {"threshold", "value"});
    add("hardtanh", {"min_val", "max_val"});
    add("rrelu", {"lower", "upper"});
    add("elu", {"alpha"});
    add("selu", {});
    add("celu", {"alpha"});
    add("gelu", {"approximate"});
    add("silu", {});
    add("mish", {});
    add("softplus", {"beta", "threshold"});
    add("sigmoid", {});
    add("tanh", {});
    add("hard_sigmoid", {});
    add("hard_swish", {});
    add("softsign", {});
    add("exponential", {});
    add("linear", {});
    add("softshrink", {"lambd"});
}

void TestCatalogue::shouldListParametersInCatalogueOrder()
{
    QFETCH(QByteArray, function);
    QFETCH(QByteArrayList, params);
    const Core::FunctionSpec& f = spec(function.toStdString());
    QByteArrayList got;
    for (const Core::ParamSpec& p : f.params)
        got << QByteArray(p.name.data(), qsizetype(p.name.size()));
    QCOMPARE(got, params);
}

void TestCatalogue::shouldOfferFunctionsPerFramework_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<bool>("keras");
    QTest::addColumn<bool>("tfKeras");
    QTest::addColumn<bool>("pytorch");
    auto add = [](const char* fn, bool k, bool t, bool p) { QTest::addRow("%s", fn) << QByteArray(fn) << k << t << p; };
    add("relu", true, true, true);
    add("leaky_relu", true, true, true);
    add("prelu", true, true, true);
    add("relu6", true, true, true);
    add("thresholded_relu", false, true, false); // tf_keras only (§5)
    add("threshold", false, false, true);        // §6
    add("hardtanh", false, false, true);         // §7
    add("rrelu", false, false, true);            // §8
    add("elu", true, true, true);
    add("selu", true, true, true);
    add("celu", true, false, true); // §11: Keras 3 and PyTorch
    add("gelu", true, true, true);
    add("silu", true, true, true);
    add("mish", true, true, true);
    add("softplus", true, true, true);
    add("sigmoid", true, true, true);
    add("tanh", true, true, true);
    add("hard_sigmoid", true, true, true);
    add("hard_swish", true, false, true); // §17: Keras 3 hard_silu and PyTorch hardswish
    add("softshrink", true, false, true); // Keras >= 3.7 soft_shrink and PyTorch Softshrink
}

void TestCatalogue::shouldOfferFunctionsPerFramework()
{
    QFETCH(QByteArray, function);
    QFETCH(bool, keras);
    QFETCH(bool, tfKeras);
    QFETCH(bool, pytorch);
    const Core::FunctionSpec& f = spec(function.toStdString());
    QCOMPARE(f.in(Framework::Keras) != nullptr, keras);
    QCOMPARE(f.in(Framework::TfKeras) != nullptr, tfKeras);
    QCOMPARE(f.in(Framework::PyTorch) != nullptr, pytorch);
    std::vector<Framework> want;
    if (keras)
        want.push_back(Framework::Keras);
    if (tfKeras)
        want.push_back(Framework::TfKeras);
    if (pytorch)
        want.push_back(Framework::PyTorch);
    QVERIFY(f.availableFrameworks() == want);
}

// Columns: function, framework, parameter, available, default (NaN: required), default is None.
void TestCatalogue::shouldUseEachFrameworksDefaults_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<int>("framework");
    QTest::addColumn<QByteArray>("param");
    QTest::addColumn<bool>("available");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("none");
    auto add = [](const char* fn, Framework fw, const char* p, bool avail, double v, bool none = false) {
        QTest::addRow("%s %s %s", fwName(fw).constData(), fn, p)
            << QByteArray(fn) << int(fw) << QByteArray(p) << avail << v << none;
    };
    for (Framework fw : {Framework::Keras, Framework::TfKeras}) {
        // §1.4: max_value=None, negative_slope=0.0, threshold=0.0
        add("relu", fw, "max_value", true, 0, true);
        add("relu", fw, "negative_slope", true, 0.0);
        add("relu", fw, "threshold", true, 0.0);
        add("leaky_relu", fw, "alpha", true, 0.3); // §3 layer defaults
        add("prelu", fw, "alpha", true, 0.0);      // §4 zeros initializer
        add("elu", fw, "alpha", true, 1.0);
        add("softplus", fw, "beta", false, 0);
        add("softplus", fw, "threshold", false, 0);
    }
    add("gelu", Framework::TfKeras, "approximate", true, 0.0); // §12 tf.keras activations.gelu
    add("celu", Framework::Keras, "alpha", true, 1.0);
    add("thresholded_relu", Framework::TfKeras, "theta", true, 1.0); // §5
    // PyTorch: relu has no parameters
    add("relu", Framework::PyTorch, "max_value", false, 0);
    add("relu", Framework::PyTorch, "negative_slope", false, 0);
    add("relu", Framework::PyTorch, "threshold", false, 0);
    add("leaky_relu", Framework::PyTorch, "alpha", true, 0.01);    // §3
    add("prelu", Framework::PyTorch, "alpha", true, 0.25);         // §4
    add("threshold", Framework::PyTorch, "threshold", true, kNaN); // §6: required
    add("threshold", Framework::PyTorch, "value", true, kNaN);
    add("hardtanh", Framework::PyTorch, "min_val", true, -1.0); // §7
    add("hardtanh", Framework::PyTorch, "max_val", true, 1.0);
    add("rrelu", Framework::PyTorch, "lower", true, 1.0 / 8.0); // §8
    add("rrelu", Framework::PyTorch, "upper", true, 1.0 / 3.0);
    add("elu", Framework::PyTorch, "alpha", true, 1.0);
    add("celu", Framework::PyTorch, "alpha", true, 1.0);
    add("gelu", Framework::PyTorch, "approximate", true, 0.0); // §12 approximate='none'
    add("softplus", Framework::PyTorch, "beta", true, 1.0);    // §14
    add("softplus", Framework::PyTorch, "threshold", true, 20.0);
}

void TestCatalogue::shouldUseEachFrameworksDefaults()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    QFETCH(QByteArray, param);
    QFETCH(bool, available);
    QFETCH(double, value);
    QFETCH(bool, none);
    const auto fw = Framework(framework);
    const Core::FunctionSpec& f = spec(function.toStdString());
    const std::size_t i = index(f.name, param.toStdString());
    const Core::FrameworkSpec* s = f.in(fw);
    QVERIFY(s);
    const Core::FrameworkParam& fp = s->params[i];
    QCOMPARE(fp.available, available);
    const auto a = Core::Activation::withDefaults(f, fw);
    const std::vector<std::size_t> avail = a.availableParams();
    QCOMPARE(std::count(avail.begin(), avail.end(), i) == 1, available);
    if (!available)
        return;
    QCOMPARE(fp.defaultIsNone, none);
    if (none) {
        QVERIFY(a.params().none[i]);
    } else if (std::isnan(value)) { // required, no default
        QVERIFY(!fp.defaultValue);
    } else {
        QVERIFY(fp.defaultValue.has_value());
        QCOMPARE(*fp.defaultValue, value);
        QCOMPARE(a.params().value[i], value);
        QVERIFY(!a.params().none[i]);
    }
}

void TestCatalogue::shouldKnowEachFrameworksKeyword()
{
    // leaky_relu: Keras 3 negative_slope, tf.keras alpha, PyTorch negative_slope (§3).
    const Core::FunctionSpec& leaky = spec("leaky_relu");
    const std::size_t alpha = index("leaky_relu", "alpha");
    QCOMPARE(leaky.in(Framework::Keras)->params[alpha].apiName, std::string_view("negative_slope"));
    QCOMPARE(leaky.in(Framework::TfKeras)->params[alpha].apiName, std::string_view("alpha"));
    QCOMPARE(leaky.in(Framework::PyTorch)->params[alpha].apiName, std::string_view("negative_slope"));
    QCOMPARE(leaky.paramIndex("alpha", Framework::Keras), std::optional<std::size_t>(alpha));
    QCOMPARE(leaky.paramIndex("negative_slope", Framework::Keras), std::optional<std::size_t>(alpha));
    QCOMPARE(leaky.paramIndex("alpha", Framework::TfKeras), std::optional<std::size_t>(alpha));
    QCOMPARE(leaky.paramIndex("negative_slope", Framework::PyTorch), std::optional<std::size_t>(alpha));
    QVERIFY(!leaky.paramIndex("theta", Framework::Keras));
    // relu: tf.keras.layers.ReLU(max_value=None, negative_slope=0.0, threshold=0.0) (seed 000)
    const Core::FunctionSpec& relu = spec("relu");
    const std::size_t maxValue = index("relu", "max_value"), slope = index("relu", "negative_slope"),
                      threshold = index("relu", "threshold");
    for (Framework fw : {Framework::Keras, Framework::TfKeras}) {
        QCOMPARE(relu.in(fw)->params[maxValue].apiName, std::string_view("max_value"));
        QCOMPARE(relu.in(fw)->params[slope].apiName, std::string_view("negative_slope"));
        QCOMPARE(relu.in(fw)->params[threshold].apiName, std::string_view("threshold"));
    }
    // The APIs the issue names.
    QCOMPARE(relu.in(Framework::Keras)->api, std::string_view("keras.layers.ReLU"));
    QCOMPARE(leaky.in(Framework::PyTorch)->api, std::string_view("torch.nn.LeakyReLU"));
    // §12: gelu's default depends on the Keras 3 entry point: activations.gelu (False) or ops.gelu (True).
    const std::size_t approximate = index("gelu", "approximate");
    const Core::FrameworkSpec* kerasGelu = spec("gelu").in(Framework::Keras);
    QVERIFY(kerasGelu && kerasGelu->params[approximate].defaultValue);
    if (kerasGelu->api.find("ops") != std::string_view::npos)
        QCOMPARE(*kerasGelu->params[approximate].defaultValue, 1.0);
    else
        QCOMPARE(*kerasGelu->params[approximate].defaultValue, 0.0);
    // max_value may be None; gelu's approximate is a Boolean.
    QVERIFY(relu.params[maxValue].nullable);
    QVERIFY(!relu.params[slope].nullable);
    QVERIFY(!relu.params[threshold].nullable);
    QCOMPARE(spec("gelu").params[approximate].kind, Core::ParamKind::Boolean);
    QCOMPARE(relu.params[maxValue].kind, Core::ParamKind::Real);
}

void TestCatalogue::shouldDescribeEveryEntry()
{
    for (const Core::FunctionSpec& f : Core::catalogue()) {
        const std::string n(f.name);
        QVERIFY2(!f.title.empty() && !f.summary.empty(), n.c_str());
        QVERIFY2(!f.availableFrameworks().empty(), n.c_str());
        QVERIFY2(f.params.size() <= Core::kMaxParams, n.c_str());
        for (const Core::ParamSpec& p : f.params) {
            QVERIFY2(!p.label.empty() && !p.description.empty(), (n + "." + std::string(p.name)).c_str());
            if (p.kind == Core::ParamKind::Real) {
                QVERIFY2(p.sliderMin < p.sliderMax && p.step > 0, (n + "." + std::string(p.name)).c_str());
            }
        }
        for (Framework fw : f.availableFrameworks()) {
            const Core::FrameworkSpec* s = f.in(fw);
            QVERIFY2(s && !s->api.empty(), n.c_str());
            // NOLINTNEXTLINE(clang-analyzer-core.NullDereference): QVERIFY2 above returns when s is null
            QVERIFY2(s->kernel64 && s->kernel32, n.c_str());
            for (std::size_t i = 0; i < f.params.size(); ++i) {
                const Core::FrameworkParam& p = s->params[i];
                if (p.available)
                    QVERIFY2(
                        !p.apiName.empty() && !p.accepted.empty(), (n + "." + std::string(f.params[i].name)).c_str());
                if (p.defaultIsNone)
                    QVERIFY2(f.params[i].nullable, n.c_str());
            }
            // Defaults are accepted by the framework's own layer.
            const auto a = Core::Activation::withDefaults(f, fw);
            QVERIFY2(a.requiredParams().empty() ? a.layerErrors().empty() : true, n.c_str());
        }
    }
}

void TestCatalogue::shouldMakeOnlyPreluAlphaTrainable()
{
    for (const Core::FunctionSpec& f : Core::catalogue()) {
        for (Framework fw : f.availableFrameworks()) {
            const auto a = Core::Activation::withDefaults(f, fw);
            if (f.name == "prelu") {
                const std::size_t alpha = index("prelu", "alpha");
                QCOMPARE(a.trainableParams(), std::vector<std::size_t>{alpha});
                QVERIFY(f.in(fw)->params[alpha].trainable);
            } else {
                QVERIFY2(a.trainableParams().empty(), std::string(f.name).c_str());
            }
        }
    }
}

void TestCatalogue::shouldRequireThresholdParameters()
{
    // §6: torch.nn.Threshold(threshold, value), both required, no defaults.
    const auto a = Core::Activation::withDefaults("threshold", Framework::PyTorch);
    QCOMPARE(
        a.requiredParams(), (std::vector<std::size_t>{index("threshold", "threshold"), index("threshold", "value")}));
    QVERIFY(Core::Activation::withDefaults("relu", Framework::Keras).requiredParams().empty());
    QVERIFY(Core::Activation::withDefaults("hardtanh", Framework::PyTorch).requiredParams().empty());
}

void TestCatalogue::shouldRejectUnknownOrUnavailableFunctions()
{
    QVERIFY_THROWS_EXCEPTION(Core::InputError, Core::Activation::withDefaults("nope", Framework::Keras));
    // rrelu under keras: the message names the frameworks that have it.
    try {
        (void)Core::Activation::withDefaults("rrelu", Framework::Keras);
        QFAIL("rrelu under keras must throw");
    } catch (const Core::InputError& e) {
        QVERIFY2(std::string(e.what()).find("pytorch") != std::string::npos, e.what());
    }
    try {
        (void)Core::Activation::withDefaults("thresholded_relu", Framework::PyTorch);
        QFAIL("thresholded_relu under pytorch must throw");
    } catch (const Core::InputError& e) {
        QVERIFY2(std::string(e.what()).find("tf_keras") != std::string::npos, e.what());
    }
    QVERIFY_THROWS_EXCEPTION(Core::InputError, Core::Activation::withDefaults("celu", Framework::TfKeras));
    QVERIFY_THROWS_EXCEPTION(Core::InputError, Core::Activation::withDefaults("threshold", Framework::Keras));
    QVERIFY_THROWS_EXCEPTION(Core::InputError, Core::Activation::withDefaults("hardtanh", Framework::TfKeras));
}

// Columns: function, framework, assignments, expected texts (after the exception class).
void TestCatalogue::shouldReportLayerErrors_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<int>("framework");
    QTest::addColumn<QByteArrayList>("params");
    QTest::addColumn<QByteArrayList>("errors");
    auto add = [](const char* name, const char* fn, Framework fw, const QByteArrayList& p, const QByteArrayList& e) {
        QTest::addRow("%s", name) << QByteArray(fn) << int(fw) << p << e;
    };
    // §1.4 Keras 3 HEAD / v3.15.x texts.
    add("keras ReLU max_value=-1", "relu", Framework::Keras, {"max_value=-1"},
        {"max_value of a ReLU layer cannot be a negative value. Received: max_value=-1.0"});
    add("keras ReLU negative_slope=-0.5", "relu", Framework::Keras, {"negative_slope=-0.5"},
        {"negative_slope of a ReLU layer cannot be None or a negative value. Received: negative_slope=-0.5"});
    add("keras ReLU threshold=-1", "relu", Framework::Keras, {"threshold=-1"},
        {"threshold of a ReLU layer cannot be None or a negative value. Received: threshold=-1.0"});
    add("keras ReLU threshold=-1e16 (Python repr)", "relu", Framework::Keras, {"threshold=-1e16"},
        {"threshold of a ReLU layer cannot be None or a negative value. Received: threshold=-1e+16"});
    add("keras ReLU threshold=-0.0001 (Python repr)", "relu", Framework::Keras, {"threshold=-0.0001"},
        {"threshold of a ReLU layer cannot be None or a negative value. Received: threshold=-0.0001"});
    // §1.4 tf.keras: the v3.0-3.14 texts with "Received: {value}".
    add("tf_keras ReLU max_value=-1", "relu", Framework::TfKeras, {"max_value=-1"},
        {"max_value of a ReLU layer cannot be a negative value. Received: -1.0"});
    add("tf_keras ReLU negative_slope=-0.5", "relu", Framework::TfKeras, {"negative_slope=-0.5"},
        {"negative_slope of a ReLU layer cannot be a negative value. Received: -0.5"});
    add("tf_keras ReLU threshold=-2.5", "relu", Framework::TfKeras, {"threshold=-2.5"},
        {"threshold of a ReLU layer cannot be a negative value. Received: -2.5"});
    // 0 is allowed for all three; the function form validates nothing, but these are layer values.
    add("keras ReLU zeros", "relu", Framework::Keras, {"max_value=0", "negative_slope=0", "threshold=0"}, {});
    add("tf_keras ReLU zeros", "relu", Framework::TfKeras, {"max_value=0", "negative_slope=0", "threshold=0"}, {});
    add("keras ReLU max_value=none", "relu", Framework::Keras, {"max_value=none"}, {});
    // §3 LeakyReLU
    add("keras LeakyReLU negative_slope=-0.5", "leaky_relu", Framework::Keras, {"alpha=-0.5"},
        {"The negative_slope value of a Leaky ReLU layer cannot be None or negative value. Expected a float. "
         "Received: negative_slope=-0.5"});
    add("tf_keras LeakyReLU only rejects None", "leaky_relu", Framework::TfKeras, {"alpha=-0.5"}, {});
    add("pytorch LeakyReLU accepts negative slopes", "leaky_relu", Framework::PyTorch, {"alpha=-0.5"}, {});
    // §5 ThresholdedReLU
    add("tf_keras ThresholdedReLU theta=-1", "thresholded_relu", Framework::TfKeras, {"theta=-1"},
        {"The theta value of a Thresholded ReLU layer should be >=0. Received: -1.0"});
    add("tf_keras ThresholdedReLU theta=0", "thresholded_relu", Framework::TfKeras, {"theta=0"}, {});
    // §8 RReLU
    add("pytorch RReLU lower > upper", "rrelu", Framework::PyTorch, {"lower=0.5", "upper=0.2"},
        {"Lower bound should be less than or equal to the upper bound"});
    add("pytorch RReLU lower == upper", "rrelu", Framework::PyTorch, {"lower=0.3", "upper=0.3"}, {});
    // §11 CELU
    add("pytorch CELU alpha=0", "celu", Framework::PyTorch, {"alpha=0"},
        {"ZeroDivisionError: alpha cannot be 0 for CELU"});
    add("pytorch CELU alpha=-1", "celu", Framework::PyTorch, {"alpha=-1"}, {});
    // §7: nn.Hardtanh asserts max_val > min_val (a bare AssertionError: any one text).
    add("pytorch Hardtanh defaults", "hardtanh", Framework::PyTorch, {}, {});
    add("pytorch Hardtanh(-2, 3)", "hardtanh", Framework::PyTorch, {"min_val=-2", "max_val=3"}, {});
    add("pytorch Hardtanh(1, -1)", "hardtanh", Framework::PyTorch, {"min_val=1", "max_val=-1"}, {"*"});
    add("pytorch Hardtanh(1, 1)", "hardtanh", Framework::PyTorch, {"min_val=1", "max_val=1"}, {"*"});
}

void TestCatalogue::shouldReportLayerErrors()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    QFETCH(QByteArrayList, params);
    QFETCH(QByteArrayList, errors);
    auto a = Core::Activation::withDefaults(function.toStdString(), Framework(framework));
    for (const QByteArray& p : params)
        a.setParam(p.toStdString()); // range violations are not setter errors
    QByteArrayList got;
    for (const std::string& e : a.layerErrors())
        got << QByteArray::fromStdString(body(e));
    if (errors == QByteArrayList{"*"})
        QCOMPARE(got.size(), 1);
    else
        QCOMPARE(got, errors);
}

void TestCatalogue::shouldRejectBadParameterValues_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<int>("framework");
    QTest::addColumn<QByteArray>("assignment");
    auto add = [](const char* fn, Framework fw, const char* assignment) {
        QTest::addRow("%s %s %s", fwName(fw).constData(), fn, assignment)
            << QByteArray(fn) << int(fw) << QByteArray(assignment);
    };
    add("relu", Framework::Keras, "negative_slope=nan");
    add("relu", Framework::Keras, "negative_slope=NaN");
    add("relu", Framework::Keras, "threshold=none"); // None for a non-nullable parameter
    add("relu", Framework::Keras, "negative_slope=none");
    add("relu", Framework::Keras, "bogus=1");       // unknown name
    add("relu", Framework::Keras, "alpha=0.1");     // a parameter relu does not have
    add("relu", Framework::Keras, "max_value=abc"); // unparsable
    add("relu", Framework::Keras, "max_value=");
    add("relu", Framework::Keras, "max_value");
    add("relu", Framework::PyTorch, "max_value=1"); // torch.nn.ReLU has no parameters
    add("relu", Framework::PyTorch, "threshold=1");
    add("softplus", Framework::Keras, "beta=2"); // only PyTorch has beta/threshold
    add("softplus", Framework::TfKeras, "threshold=10");
    add("gelu", Framework::PyTorch, "approximate=2"); // Boolean: 0/1 only
    add("gelu", Framework::PyTorch, "approximate=0.5");
    add("gelu", Framework::PyTorch, "approximate=maybe");
    add("leaky_relu", Framework::PyTorch, "alpha=nan");
    add("prelu", Framework::PyTorch, "alpha=none");
    add("elu", Framework::Keras, "alpha=1.5x");
}

void TestCatalogue::shouldRejectBadParameterValues()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    QFETCH(QByteArray, assignment);
    auto a = Core::Activation::withDefaults(function.toStdString(), Framework(framework));
    const Core::ParamValues before = a.params();
    QVERIFY_THROWS_EXCEPTION(Core::InputError, a.setParam(assignment.toStdString()));
    QVERIFY(a.params() == before); // nothing changed
}

void TestCatalogue::shouldSetNoneAndBooleansAndReset()
{
    auto relu = Core::Activation::withDefaults("relu", Framework::Keras);
    const std::size_t m = index("relu", "max_value"), s = index("relu", "negative_slope");
    relu.setParam("max_value=3");
    QVERIFY(!relu.params().none[m]);
    QCOMPARE(relu.params().value[m], 3.0);
    relu.setParam("max_value=none");
    QVERIFY(relu.params().none[m]);
    relu.setParam(m, 2.5);
    QVERIFY(!relu.params().none[m]);
    QCOMPARE(relu.params().value[m], 2.5);
    relu.setParamNone(m);
    QVERIFY(relu.params().none[m]);
    QVERIFY_THROWS_EXCEPTION(Core::InputError, relu.setParamNone(s));
    QVERIFY_THROWS_EXCEPTION(Core::InputError, relu.setParam(s, kNaN));
    relu.setParam(s, -1.0); // a range violation is a layer error, not a setter error
    QCOMPARE(relu.params().value[s], -1.0);
    QCOMPARE(relu.layerErrors().size(), std::size_t(1));
    relu.resetParam(s);
    QCOMPARE(relu.params().value[s], 0.0);
    relu.resetParam(m);
    QVERIFY(relu.params().none[m]);
    QVERIFY(relu == Core::Activation::withDefaults("relu", Framework::Keras));

    auto gelu = Core::Activation::withDefaults("gelu", Framework::PyTorch);
    const std::size_t approximate = index("gelu", "approximate");
    gelu.setParam("approximate=true");
    QCOMPARE(gelu.params().value[approximate], 1.0);
    gelu.setParam("approximate=false");
    QCOMPARE(gelu.params().value[approximate], 0.0);
    gelu.setParam(approximate, 1.0);
    QCOMPARE(gelu.params().value[approximate], 1.0);
    QVERIFY_THROWS_EXCEPTION(Core::InputError, gelu.setParam(approximate, 2.0));

    // The framework's own keyword works too.
    auto leaky = Core::Activation::withDefaults("leaky_relu", Framework::Keras);
    const std::size_t alpha = index("leaky_relu", "alpha");
    leaky.setParam("negative_slope=0.2");
    QCOMPARE(leaky.params().value[alpha], 0.2);
    leaky.setParam("alpha=0.25");
    QCOMPARE(leaky.params().value[alpha], 0.25);
    auto pt = Core::Activation::withDefaults("leaky_relu", Framework::PyTorch);
    pt.setParam("negative_slope=0.2");
    QCOMPARE(pt.params().value[alpha], 0.2);

    auto softplus = Core::Activation::withDefaults("softplus", Framework::PyTorch);
    softplus.setParam("beta=2");
    softplus.setParam("threshold=10");
    QCOMPARE(softplus.params().value[index("softplus", "beta")], 2.0);
    QCOMPARE(softplus.params().value[index("softplus", "threshold")], 10.0);
}

void TestCatalogue::shouldNameFrameworksAndDTypes()
{
    QCOMPARE(Core::frameworkName(Framework::Keras), std::string_view("keras"));
    QCOMPARE(Core::frameworkName(Framework::TfKeras), std::string_view("tf_keras"));
    QCOMPARE(Core::frameworkName(Framework::PyTorch), std::string_view("pytorch"));
    for (Framework fw : Core::kFrameworks)
        QCOMPARE(Core::parseFramework(Core::frameworkName(fw)), std::optional<Framework>(fw));
    QVERIFY(!Core::parseFramework("tensorflow.js"));
    QVERIFY(!Core::parseFramework(""));
    QCOMPARE(Core::dtypeName(Core::DType::Float64), std::string_view("float64"));
    QCOMPARE(Core::dtypeName(Core::DType::Float32), std::string_view("float32"));
    QCOMPARE(Core::parseDType("float32"), std::optional<Core::DType>(Core::DType::Float32));
    QCOMPARE(Core::parseDType("float64"), std::optional<Core::DType>(Core::DType::Float64));
    QVERIFY(!Core::parseDType("float16"));
}

QTEST_APPLESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
