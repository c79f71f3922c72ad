// SPDX-License-Identifier: MIT
// Copy as code (issue #4 §5, §6 "golden code snippets for every function and framework"). The
// translations reproduce the source framework's values as SEMANTICS.md describes them: §1.3 for
// the Keras ReLU composition, §5 thresholded relu, §6 Threshold, §7 hardtanh, §8 rrelu, §11 celu,
// §14 softplus, §16 hard_sigmoid, §17 hard_swish.

#include "aex/core/codegen.h"

#include <QTest>

#include <set>
#include <string>
#include <tuple>

namespace {

using Core::Framework;

QByteArray fwName(Framework fw) { return {Core::frameworkName(fw).data(), qsizetype(Core::frameworkName(fw).size())}; }

Framework fw(const QByteArray& name)
{
    const auto f = Core::parseFramework(name.toStdString());
    if (!f)
        qFatal("no framework %s", name.constData());
    return *f;
}

QString text(const std::string& s) { return QString::fromStdString(s); }

const char* importLine(Framework f)
{
    switch (f) {
    case Framework::Keras: return "import keras\n";
    case Framework::TfKeras: return "import tensorflow as tf\n";
    case Framework::PyTorch: return "import torch\n";
    }
    return "";
}

Core::Activation make(const QByteArray& function, const QByteArray& source, const QByteArrayList& params)
{
    Core::Activation a = Core::Activation::withDefaults(function.toStdString(), fw(source));
    for (const QByteArray& p : params)
        a.setParam(p.toStdString());
    return a;
}

// Brackets balance and string literals close: the snippet at least parses as one expression.
bool balanced(const std::string& code)
{
    std::string stack;
    bool quoted = false;
    for (char c : code) {
        if (c == '\'') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == '(' || c == '[')
            stack.push_back(c);
        else if (c == ')' || c == ']') {
            if (stack.empty() || stack.back() != (c == ')' ? '(' : '['))
                return false;
            stack.pop_back();
        }
    }
    return stack.empty() && !quoted;
}

// The translations that compose ops at the catalogue defaults (function, from, to).
const std::set<std::tuple<std::string, Framework, Framework>> kCompositions{
    {"threshold", Framework::PyTorch, Framework::Keras},
    {"threshold", Framework::PyTorch, Framework::TfKeras},
    {"hardtanh", Framework::PyTorch, Framework::Keras},
    {"hardtanh", Framework::PyTorch, Framework::TfKeras},
    {"celu", Framework::Keras, Framework::TfKeras},
    {"celu", Framework::PyTorch, Framework::TfKeras},
    {"hard_sigmoid", Framework::Keras, Framework::TfKeras},
    {"hard_sigmoid", Framework::PyTorch, Framework::TfKeras},
    {"hard_sigmoid", Framework::TfKeras, Framework::Keras},
    {"hard_sigmoid", Framework::TfKeras, Framework::PyTorch},
    {"hard_swish", Framework::Keras, Framework::TfKeras},
    {"hard_swish", Framework::PyTorch, Framework::TfKeras},
    {"softshrink", Framework::Keras, Framework::TfKeras},
    {"softshrink", Framework::PyTorch, Framework::TfKeras},
    {"prelu", Framework::Keras, Framework::PyTorch},
    {"softshrink", Framework::Keras, Framework::PyTorch},
    {"prelu", Framework::TfKeras, Framework::PyTorch},
};

// Keras' PReLU in PyTorch is a module the snippet defines (relu(x) + (-alpha * relu(-x)), alpha learned).
bool kerasPreluModule(const std::string& expression) { return expression.starts_with("KerasPReLU("); }

} // namespace

class TestCodegen : public QObject {
    Q_OBJECT

private slots:
    void shouldGiveCodeForEveryFunctionAndFramework_data();
    void shouldGiveCodeForEveryFunctionAndFramework();
    void shouldWriteGoldenSnippets_data();
    void shouldWriteGoldenSnippets();
    void shouldExplainWhereTranslationsDiffer_data();
    void shouldExplainWhereTranslationsDiffer();
    void shouldQuoteLayerErrorsOfTheTarget();
    void shouldStayValidForUnusualValues();
    void shouldListTheThreeFrameworksInOrder();
};

void TestCodegen::shouldGiveCodeForEveryFunctionAndFramework_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("composition");
    for (const Core::FunctionSpec& f : Core::catalogue()) {
        for (Framework from : f.availableFrameworks()) {
            for (Framework to : Core::kFrameworks) {
                const bool composed = kCompositions.contains({std::string(f.name), from, to});
                QTest::addRow(
                    "%s %s->%s", std::string(f.name).c_str(), fwName(from).constData(), fwName(to).constData())
                    << QByteArray(f.name.data(), qsizetype(f.name.size())) << fwName(from) << fwName(to) << composed;
            }
        }
    }
}

void TestCodegen::shouldGiveCodeForEveryFunctionAndFramework()
{
    QFETCH(QByteArray, function);
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, target);
    QFETCH(bool, composition);
    const Core::Activation a = make(function, source, {});
    const Framework to = fw(target);
    const Core::CodeSnippet s = Core::codeFor(a, to);
    const std::string code = s.code;

    QCOMPARE(s.framework, to);
    // Comments, then the import, then act.
    const std::size_t import = code.find(std::string("\n") + importLine(to));
    QVERIFY2(code.starts_with("# ") && import != std::string::npos, code.c_str());
    QVERIFY2(code.find("\nimport ", import + 1) == std::string::npos, code.c_str());
    QVERIFY2(code.find("\nact = ") != std::string::npos || code.find("\ndef act(x):\n    return ") != std::string::npos,
        code.c_str());
    QCOMPARE(code.find("# differs: ") != std::string::npos, to == Framework::PyTorch);
    const std::string expression = s.expression;
    QVERIFY2(!expression.empty(), code.c_str());
    QVERIFY2(expression.find('\n') == std::string::npos, code.c_str());
    QVERIFY2(expression.find('#') == std::string::npos, code.c_str()); // not the "no translation" fallback
    QVERIFY2(balanced(expression), code.c_str());
    QCOMPARE(s.composition, composition);
    if (s.composition)
        QVERIFY2(expression.rfind("lambda x: ", 0) == 0 || kerasPreluModule(expression), code.c_str());

    // Only the target's own namespace.
    const bool keras = to == Framework::Keras, tf = to == Framework::TfKeras, torch = to == Framework::PyTorch;
    QCOMPARE(expression.find("torch.") != std::string::npos || kerasPreluModule(expression), torch);
    if (kerasPreluModule(expression))
        QVERIFY2(code.find("torch.relu(x) + (-alpha * torch.relu(-x))") != std::string::npos, code.c_str());
    QCOMPARE(expression.find("tf.") != std::string::npos, tf);
    QCOMPARE(expression.find("keras.") == 0 || expression.find(" keras.") != std::string::npos
            || expression.find("(keras.") != std::string::npos,
        keras);

    if (to == a.framework()) {
        // The exact call: the catalogue's api, nothing to explain.
        QVERIFY2(expression.find(a.spec().api) != std::string::npos, code.c_str());
        QVERIFY(!s.composition);
        QCOMPARE(text(s.caveat), QString());
    } else if (!s.composition && a.function().in(to) && a.function().name != "relu") {
        // Same function in the target: its api.
        QVERIFY2(expression.find(a.function().in(to)->api) != std::string::npos, code.c_str());
    }
}

void TestCodegen::shouldWriteGoldenSnippets_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArrayList>("params");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("composition");
    auto add = [](const char* tag, const char* fn, const char* from, const QByteArrayList& params, const char* to,
                   const char* expression, bool composed) {
        QTest::newRow(tag) << QByteArray(fn) << QByteArray(from) << params << QByteArray(to)
                           << QString::fromLatin1(importLine(fw(to))) + QString::fromLatin1(expression) << composed;
    };
    const QByteArrayList none;
    const QByteArrayList kerasFull{"max_value=6", "negative_slope=0.1", "threshold=0.5"};

    // relu (SEMANTICS §1.3): the example, and the paths PyTorch has a layer for.
    add("relu keras full", "relu", "keras", kerasFull, "keras",
        "keras.layers.ReLU(max_value=6.0, negative_slope=0.1, threshold=0.5)", false);
    add("relu keras full->tf_keras", "relu", "keras", kerasFull, "tf_keras",
        "tf.keras.layers.ReLU(max_value=6.0, negative_slope=0.1, threshold=0.5)", false);
    add("relu keras full->pytorch", "relu", "keras", kerasFull, "pytorch",
        "lambda x: torch.clamp(torch.where(x > 0.5, x, torch.zeros_like(x)), 0.0, 6.0) - 0.1 * torch.relu(0.5 - x)",
        true);
    add("relu keras default", "relu", "keras", none, "keras",
        "keras.layers.ReLU(max_value=None, negative_slope=0.0, threshold=0.0)", false);
    add("relu keras default->pytorch", "relu", "keras", none, "pytorch", "torch.nn.ReLU()", false);
    add("relu tf_keras threshold", "relu", "tf_keras", {"threshold=2.5"}, "tf_keras",
        "tf.keras.layers.ReLU(max_value=None, negative_slope=0.0, threshold=2.5)", false);
    add("relu tf_keras threshold->keras", "relu", "tf_keras", {"threshold=2.5"}, "keras",
        "keras.layers.ReLU(max_value=None, negative_slope=0.0, threshold=2.5)", false);
    add("relu tf_keras threshold->pytorch", "relu", "tf_keras", {"threshold=2.5"}, "pytorch",
        "torch.nn.Threshold(threshold=2.5, value=0.0)", false);
    // tf.keras's cast mask, ported as is: -0.0 and NaN at -inf survive.
    add("relu tf_keras threshold max->pytorch", "relu", "tf_keras", {"threshold=2.5", "max_value=6"}, "pytorch",
        "lambda x: torch.clamp(x * (x > 2.5).to(x.dtype), 0.0, 6.0)", true);
    add("relu keras max 6->pytorch", "relu", "keras", {"max_value=6"}, "pytorch", "torch.nn.ReLU6()", false);
    add("relu keras max 2->pytorch", "relu", "keras", {"max_value=2"}, "pytorch",
        "torch.nn.Hardtanh(min_val=0.0, max_val=2.0)", false);
    add("relu keras max 0->pytorch", "relu", "keras", {"max_value=0"}, "pytorch",
        "lambda x: torch.clamp(torch.relu(x), 0.0, 0.0)", true);
    add("relu keras slope->pytorch", "relu", "keras", {"negative_slope=0.5"}, "pytorch",
        "torch.nn.LeakyReLU(negative_slope=0.5)", false);
    add("relu keras slope max 10->pytorch", "relu", "keras", {"negative_slope=0.5", "max_value=10"}, "pytorch",
        "lambda x: torch.clamp(torch.relu(x), 0.0, 10.0) - 0.5 * torch.relu(-x)", true);
    add("relu keras slope max 6->pytorch", "relu", "keras", {"negative_slope=0.5", "max_value=6"}, "pytorch",
        "lambda x: torch.nn.functional.relu6(x) - 0.5 * torch.relu(-x)", true);
    add("relu keras negative slope->pytorch", "relu", "keras", {"negative_slope=-0.5", "threshold=1"}, "pytorch",
        "lambda x: torch.where(x > 1.0, x, torch.zeros_like(x)) - (-0.5) * torch.relu(1.0 - x)", true);
    add("relu keras infinite max->pytorch", "relu", "keras", {"negative_slope=0.1", "max_value=inf"}, "pytorch",
        "lambda x: torch.clamp(torch.relu(x), 0.0, float('inf')) - 0.1 * torch.relu(-x)", true);
    add("relu pytorch", "relu", "pytorch", none, "pytorch", "torch.nn.ReLU()", false);
    add("relu pytorch->keras", "relu", "pytorch", none, "keras", "keras.layers.ReLU()", false);
    add("relu pytorch->tf_keras", "relu", "pytorch", none, "tf_keras", "tf.keras.layers.ReLU()", false);

    // leaky_relu (§3): each framework's keyword, defaults written out.
    add("leaky pytorch default", "leaky_relu", "pytorch", none, "pytorch", "torch.nn.LeakyReLU(negative_slope=0.01)",
        false);
    add("leaky pytorch default->keras", "leaky_relu", "pytorch", none, "keras",
        "keras.layers.LeakyReLU(negative_slope=0.01)", false);
    add("leaky pytorch default->tf_keras", "leaky_relu", "pytorch", none, "tf_keras",
        "tf.keras.layers.LeakyReLU(alpha=0.01)", false);
    add("leaky keras default", "leaky_relu", "keras", none, "keras", "keras.layers.LeakyReLU(negative_slope=0.3)",
        false);
    add("leaky keras default->tf_keras", "leaky_relu", "keras", none, "tf_keras",
        "tf.keras.layers.LeakyReLU(alpha=0.3)", false);
    add("leaky keras default->pytorch", "leaky_relu", "keras", none, "pytorch",
        "torch.nn.LeakyReLU(negative_slope=0.3)", false);

    // prelu (§4): Keras takes an initializer.
    add("prelu keras", "prelu", "keras", none, "keras",
        "keras.layers.PReLU(alpha_initializer=keras.initializers.Constant(0.0))", false);
    add("prelu tf_keras", "prelu", "tf_keras", none, "tf_keras",
        "tf.keras.layers.PReLU(alpha_initializer=tf.keras.initializers.Constant(0.0))", false);
    add("prelu pytorch", "prelu", "pytorch", none, "pytorch", "torch.nn.PReLU(init=0.25)", false);
    add("prelu pytorch->keras", "prelu", "pytorch", none, "keras",
        "keras.layers.PReLU(alpha_initializer=keras.initializers.Constant(0.25))", false);
    add("prelu tf_keras 0.1->pytorch", "prelu", "tf_keras", {"alpha=0.1"}, "pytorch", "KerasPReLU(0.1)", true);

    // relu6 (§2)
    add("relu6 pytorch", "relu6", "pytorch", none, "pytorch", "torch.nn.ReLU6()", false);
    add("relu6 pytorch->keras", "relu6", "pytorch", none, "keras", "keras.activations.relu6", false);
    add("relu6 pytorch->tf_keras", "relu6", "pytorch", none, "tf_keras", "tf.nn.relu6", false);

    // thresholded_relu (§5)
    add("thresholded tf_keras", "thresholded_relu", "tf_keras", none, "tf_keras",
        "tf.keras.layers.ThresholdedReLU(theta=1.0)", false);
    add("thresholded tf_keras->keras", "thresholded_relu", "tf_keras", {"theta=1.5"}, "keras",
        "keras.layers.ReLU(threshold=1.5)", false);
    add("thresholded tf_keras->pytorch", "thresholded_relu", "tf_keras", {"theta=1.5"}, "pytorch",
        "torch.nn.Threshold(threshold=1.5, value=0.0)", false);

    // threshold (§6): x <= t ? value : x, NaN passes.
    add("threshold pytorch", "threshold", "pytorch", {"threshold=0.5", "value=-1"}, "pytorch",
        "torch.nn.Threshold(threshold=0.5, value=-1.0)", false);
    add("threshold pytorch->keras", "threshold", "pytorch", {"threshold=0.5", "value=-1"}, "keras",
        "lambda x: keras.ops.where(x <= 0.5, -1.0, x)", true);
    add("threshold pytorch->tf_keras", "threshold", "pytorch", {"threshold=0.5", "value=-1"}, "tf_keras",
        "lambda x: tf.where(x <= 0.5, tf.constant(-1.0, x.dtype), x)", true);

    // hardtanh (§7)
    add("hardtanh pytorch", "hardtanh", "pytorch", none, "pytorch", "torch.nn.Hardtanh(min_val=-1.0, max_val=1.0)",
        false);
    add("hardtanh pytorch->keras", "hardtanh", "pytorch", none, "keras", "lambda x: keras.ops.clip(x, -1.0, 1.0)",
        true);
    add("hardtanh pytorch->tf_keras", "hardtanh", "pytorch", {"min_val=-2", "max_val=0.5"}, "tf_keras",
        "lambda x: tf.clip_by_value(x, -2.0, 0.5)", true);
    add("hardtanh 0 6 pytorch->keras", "hardtanh", "pytorch", {"min_val=0", "max_val=6"}, "keras",
        "keras.activations.relu6", false);

    // rrelu (§8): evaluation mode is a leaky relu.
    add("rrelu pytorch", "rrelu", "pytorch", none, "pytorch", "torch.nn.RReLU(lower=0.125, upper=0.3333333333333333)",
        false);
    add("rrelu pytorch->keras", "rrelu", "pytorch", none, "keras",
        "keras.layers.LeakyReLU(negative_slope=0.22916666666666666)", false);
    add("rrelu pytorch->tf_keras", "rrelu", "pytorch", {"lower=0.1", "upper=0.3"}, "tf_keras",
        "tf.keras.layers.LeakyReLU(alpha=0.2)", false);

    // elu, selu
    add("elu tf_keras", "elu", "tf_keras", {"alpha=0.5"}, "tf_keras", "tf.keras.layers.ELU(alpha=0.5)", false);
    add("elu tf_keras->pytorch", "elu", "tf_keras", {"alpha=0.5"}, "pytorch", "torch.nn.ELU(alpha=0.5)", false);
    add("selu keras->pytorch", "selu", "keras", none, "pytorch", "torch.nn.SELU()", false);
    add("selu pytorch->tf_keras", "selu", "pytorch", none, "tf_keras", "tf.keras.activations.selu", false);

    // celu (§11): tf.keras has none; each composition follows its source's ops.
    add("celu keras", "celu", "keras", none, "keras", "lambda x: keras.activations.celu(x, alpha=1.0)", false);
    add("celu keras->tf_keras", "celu", "keras", none, "tf_keras",
        "lambda x: tf.maximum(x, 0.0) + tf.math.expm1(tf.minimum(x, 0.0))", true);
    add("celu keras 2->tf_keras", "celu", "keras", {"alpha=2"}, "tf_keras",
        "lambda x: tf.maximum(x, 0.0) + 2.0 * tf.math.expm1(tf.minimum(x, 0.0) / 2.0)", true);
    add("celu pytorch", "celu", "pytorch", none, "pytorch", "torch.nn.CELU(alpha=1.0)", false);
    add("celu pytorch->tf_keras", "celu", "pytorch", none, "tf_keras",
        "lambda x: tf.where(x <= 0.0, tf.exp(tf.minimum(x, 0.0)) - 1.0, x)", true);
    add("celu pytorch 2->tf_keras", "celu", "pytorch", {"alpha=2"}, "tf_keras",
        "lambda x: tf.where(x <= 0.0, (tf.exp(tf.minimum(x, 0.0) * 0.5) - 1.0) * 2.0, x)", true);
    add("celu pytorch 2->keras", "celu", "pytorch", {"alpha=2"}, "keras",
        "lambda x: keras.activations.celu(x, alpha=2.0)", false);

    // gelu (§12): booleans in Keras, strings in PyTorch.
    add("gelu pytorch default", "gelu", "pytorch", none, "pytorch", "torch.nn.GELU(approximate='none')", false);
    add("gelu pytorch tanh", "gelu", "pytorch", {"approximate=tanh"}, "pytorch", "torch.nn.GELU(approximate='tanh')",
        false);
    add("gelu pytorch tanh->keras", "gelu", "pytorch", {"approximate=tanh"}, "keras",
        "lambda x: keras.activations.gelu(x, approximate=True)", false);
    add("gelu keras->tf_keras", "gelu", "keras", none, "tf_keras",
        "lambda x: tf.keras.activations.gelu(x, approximate=False)", false);

    // softplus (§14): PyTorch's threshold switch reproduced.
    add("softplus pytorch beta 2", "softplus", "pytorch", {"beta=2"}, "pytorch",
        "torch.nn.Softplus(beta=2.0, threshold=20.0)", false);
    add("softplus pytorch beta 2->keras", "softplus", "pytorch", {"beta=2"}, "keras",
        "lambda x: keras.ops.where(x * 2.0 > 20.0, x, keras.ops.softplus(x * 2.0) / 2.0)", true);
    add("softplus pytorch beta 2->tf_keras", "softplus", "pytorch", {"beta=2"}, "tf_keras",
        "lambda x: tf.where(x * 2.0 > 20.0, x, tf.math.softplus(x * 2.0) / 2.0)", true);
    add("softplus pytorch threshold 5->keras", "softplus", "pytorch", {"threshold=5"}, "keras",
        "lambda x: keras.ops.where(x > 5.0, x, keras.ops.softplus(x))", true);
    add("softplus pytorch default->keras", "softplus", "pytorch", none, "keras", "keras.activations.softplus", false);
    add("softplus keras->pytorch", "softplus", "keras", none, "pytorch",
        "torch.nn.Softplus(threshold=34.04365338911715)", false);

    // hard_sigmoid (§16): two different functions.
    add("hard_sigmoid tf_keras", "hard_sigmoid", "tf_keras", none, "tf_keras", "tf.keras.activations.hard_sigmoid",
        false);
    add("hard_sigmoid tf_keras->keras", "hard_sigmoid", "tf_keras", none, "keras",
        "lambda x: keras.ops.clip(0.2 * x + 0.5, 0.0, 1.0)", true);
    add("hard_sigmoid tf_keras->pytorch", "hard_sigmoid", "tf_keras", none, "pytorch",
        "lambda x: torch.clamp(0.2 * x + 0.5, 0.0, 1.0)", true);
    add("hard_sigmoid keras->tf_keras", "hard_sigmoid", "keras", none, "tf_keras",
        "lambda x: tf.nn.relu6(x + 3.0) / 6.0", true);
    add("hard_sigmoid pytorch->keras", "hard_sigmoid", "pytorch", none, "keras", "keras.activations.hard_sigmoid",
        false);
    add("hard_sigmoid keras->pytorch", "hard_sigmoid", "keras", none, "pytorch", "torch.nn.Hardsigmoid()", false);

    // hard_swish (§17): each source's rounding order.
    add("hard_swish keras", "hard_swish", "keras", none, "keras", "keras.activations.hard_silu", false);
    add("hard_swish keras->tf_keras", "hard_swish", "keras", none, "tf_keras",
        "lambda x: x * (tf.nn.relu6(x + 3.0) / 6.0)", true);
    add("hard_swish pytorch->tf_keras", "hard_swish", "pytorch", none, "tf_keras",
        "lambda x: x * tf.nn.relu6(x + 3.0) / 6.0", true);
    add("hard_swish pytorch->keras", "hard_swish", "pytorch", none, "keras", "keras.activations.hard_silu", false);

    // the rest
    add("silu tf_keras", "silu", "tf_keras", none, "tf_keras", "tf.keras.activations.swish", false);
    add("silu tf_keras->pytorch", "silu", "tf_keras", none, "pytorch", "torch.nn.SiLU()", false);
    add("mish pytorch->keras", "mish", "pytorch", none, "keras", "keras.activations.mish", false);
    add("sigmoid keras->pytorch", "sigmoid", "keras", none, "pytorch", "torch.nn.Sigmoid()", false);
    add("tanh pytorch->tf_keras", "tanh", "pytorch", none, "tf_keras", "tf.keras.activations.tanh", false);
    add("softsign keras->pytorch", "softsign", "keras", none, "pytorch", "torch.nn.Softsign()", false);
    add("exponential pytorch", "exponential", "pytorch", none, "pytorch", "torch.exp", false);
    add("exponential pytorch->keras", "exponential", "pytorch", none, "keras", "keras.activations.exponential", false);
    add("linear pytorch", "linear", "pytorch", none, "pytorch", "torch.nn.Identity()", false);
    add("linear pytorch->tf_keras", "linear", "pytorch", none, "tf_keras", "tf.keras.activations.linear", false);
}

void TestCodegen::shouldWriteGoldenSnippets()
{
    QFETCH(QByteArray, function);
    QFETCH(QByteArray, source);
    QFETCH(QByteArrayList, params);
    QFETCH(QByteArray, target);
    QFETCH(QString, code);
    QFETCH(bool, composition);
    const Core::CodeSnippet s = Core::codeFor(make(function, source, params), fw(target));
    QCOMPARE(QString::fromLatin1(importLine(s.framework)) + text(s.expression), code);
    QCOMPARE(s.composition, composition);
    QCOMPARE(s.framework, fw(target));
}

void TestCodegen::shouldExplainWhereTranslationsDiffer_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArrayList>("params");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArrayList>("mentions"); // empty: no caveat at all
    auto add = [](const char* tag, const char* fn, const char* from, const QByteArrayList& params, const char* to,
                   const QByteArrayList& mentions) {
        QTest::newRow(tag) << QByteArray(fn) << QByteArray(from) << params << QByteArray(to) << mentions;
    };
    // §1.3 consequence 2: the mask's signed zeros and -inf.
    add("relu keras threshold->tf_keras", "relu", "keras", {"threshold=2.5"}, "tf_keras", {"-0.0", "-inf"});
    add("relu tf_keras threshold->pytorch", "relu", "tf_keras", {"threshold=2.5"}, "pytorch", {"-0.0", "-inf"});
    add("relu keras threshold->pytorch", "relu", "keras", {"threshold=2.5"}, "pytorch", {"NaN"});
    add("relu tf_keras threshold slope->keras", "relu", "tf_keras", {"threshold=2.5", "negative_slope=0.5"}, "keras",
        {"does not give NaN at x = -inf"});
    add("relu keras no threshold->tf_keras", "relu", "keras", {"max_value=6"}, "tf_keras", {});
    // §1.3 consequence 4: clip passes the gradient at max_value, Hardtanh does not.
    add("relu keras max 2->pytorch", "relu", "keras", {"max_value=2"}, "pytorch", {"f'(2.0)"});
    add("relu keras max 6->pytorch", "relu", "keras", {"max_value=6"}, "pytorch", {});
    add("relu keras slope->pytorch", "relu", "keras", {"negative_slope=0.2"}, "pytorch", {});
    add("relu keras full->pytorch", "relu", "keras", {"max_value=6", "negative_slope=0.1", "threshold=0.5"}, "pytorch",
        {"NaN"});
    add("leaky keras->pytorch", "leaky_relu", "keras", {}, "pytorch", {});
    add("prelu keras->pytorch", "prelu", "keras", {}, "pytorch", {"f'(0)"});
    add("prelu keras->tf_keras", "prelu", "keras", {}, "tf_keras", {});
    add("thresholded tf_keras->keras", "thresholded_relu", "tf_keras", {}, "keras", {"-0.0", "-inf"});
    add("threshold pytorch->keras", "threshold", "pytorch", {}, "keras", {});
    add("hardtanh pytorch->keras", "hardtanh", "pytorch", {}, "keras", {"f'(-1.0) = f'(1.0) = 1"});
    add("rrelu pytorch->keras", "rrelu", "pytorch", {}, "keras", {"evaluation mode", "0.22916666666666666"});
    add("elu pytorch->keras", "elu", "pytorch", {}, "keras", {"-0.0"});
    add("selu keras->pytorch", "selu", "keras", {}, "pytorch", {"1.7580993408473766"});
    add("celu keras->pytorch", "celu", "keras", {}, "pytorch", {"f'(0) = 1", "2"});
    add("celu pytorch->tf_keras", "celu", "pytorch", {}, "tf_keras", {});
    add("softplus keras->pytorch", "softplus", "keras", {}, "pytorch", {"34.04", "13.94"});
    add("softplus pytorch beta 2->keras", "softplus", "pytorch", {"beta=2"}, "keras", {});
    add("hard_sigmoid pytorch->keras", "hard_sigmoid", "pytorch", {}, "keras", {"0.1666666716337204"});
    add("hard_sigmoid tf_keras->keras", "hard_sigmoid", "tf_keras", {}, "keras", {});
    add("hard_swish pytorch->tf_keras", "hard_swish", "pytorch", {}, "tf_keras", {"f'(-3) = 0", "1.5"});
    add("hard_swish keras->tf_keras", "hard_swish", "keras", {}, "tf_keras", {});
    add("gelu keras->pytorch", "gelu", "keras", {"approximate=true"}, "pytorch", {});
}

void TestCodegen::shouldExplainWhereTranslationsDiffer()
{
    QFETCH(QByteArray, function);
    QFETCH(QByteArray, source);
    QFETCH(QByteArrayList, params);
    QFETCH(QByteArray, target);
    QFETCH(QByteArrayList, mentions);
    const Core::CodeSnippet s = Core::codeFor(make(function, source, params), fw(target));
    const QByteArray caveat = QByteArray::fromStdString(s.caveat);
    if (mentions.isEmpty())
        QCOMPARE(caveat, QByteArray());
    for (const QByteArray& m : mentions)
        QVERIFY2(caveat.contains(m), QByteArray(m + " not in: " + caveat).constData());
}

void TestCodegen::shouldQuoteLayerErrorsOfTheTarget()
{
    // PyTorch accepts a negative slope; keras.layers.LeakyReLU rejects it (SEMANTICS §3).
    const Core::CodeSnippet s = Core::codeFor(make("leaky_relu", "pytorch", {"alpha=-0.5"}), Framework::Keras);
    QCOMPARE(text(s.expression), QStringLiteral("keras.layers.LeakyReLU(negative_slope=-0.5)"));
    QVERIFY2(s.caveat.find("keras.layers.LeakyReLU rejects this value") != std::string::npos, s.caveat.c_str());
    QVERIFY2(s.caveat.find("Received: negative_slope=-0.5") != std::string::npos, s.caveat.c_str());
    // tf.keras only rejects None.
    QCOMPARE(text(Core::codeFor(make("leaky_relu", "pytorch", {"alpha=-0.5"}), Framework::TfKeras).caveat), QString());
    // The source's own call carries no caveat: the app reports layer errors itself.
    QCOMPARE(text(Core::codeFor(make("leaky_relu", "keras", {"alpha=-0.5"}), Framework::Keras).caveat), QString());
}

void TestCodegen::shouldStayValidForUnusualValues()
{
    // Every combination of None, 0, negative, the relu6 value and infinity gives one balanced expression.
    const QByteArrayList maxValues{"max_value=none", "max_value=0", "max_value=6", "max_value=2.5", "max_value=inf"};
    const QByteArrayList slopes{
        "negative_slope=0", "negative_slope=0.1", "negative_slope=-0.25", "negative_slope=1e-05"};
    const QByteArrayList thresholds{"threshold=0", "threshold=0.5", "threshold=-1", "threshold=1e+20"};
    int count = 0;
    for (const QByteArray& source : {QByteArray("keras"), QByteArray("tf_keras")}) {
        for (const QByteArray& m : maxValues) {
            for (const QByteArray& n : slopes) {
                for (const QByteArray& t : thresholds) {
                    const Core::Activation a = make("relu", source, {m, n, t});
                    for (const Core::CodeSnippet& s : Core::codeForAll(a)) {
                        const std::string& expression = s.expression;
                        QVERIFY2(!expression.empty() && balanced(expression), s.code.c_str());
                        QVERIFY2(expression.find("- -") == std::string::npos, s.code.c_str());
                        QVERIFY2(expression.find("* -") == std::string::npos, s.code.c_str());
                        QVERIFY2(expression.find(" inf") == std::string::npos, s.code.c_str());
                        ++count;
                    }
                }
            }
        }
    }
    QCOMPARE(count, 2 * 5 * 4 * 4 * 3);
    QCOMPARE(text(Core::codeFor(make("relu", "keras", {"threshold=1e+20"}), Framework::Keras).expression),
        QStringLiteral("keras.layers.ReLU(max_value=None, negative_slope=0.0, threshold=1e+20)"));
    QCOMPARE(
        text(Core::codeFor(make("softplus", "pytorch", {"beta=-2", "threshold=1e-05"}), Framework::Keras).expression),
        QStringLiteral("lambda x: keras.ops.where(x * (-2.0) > 1e-05, x, keras.ops.softplus(x * (-2.0)) / (-2.0))"));
    QCOMPARE(text(Core::codeFor(make("celu", "pytorch", {"alpha=-0.5"}), Framework::TfKeras).expression),
        QStringLiteral("lambda x: tf.where(x <= 0.0, (tf.exp(tf.minimum(x, 0.0) * (-2.0)) - 1.0) * (-0.5), x)"));
}

void TestCodegen::shouldListTheThreeFrameworksInOrder()
{
    const Core::Activation a = make("elu", "pytorch", {"alpha=2"});
    const std::vector<Core::CodeSnippet> all = Core::codeForAll(a);
    QCOMPARE(all.size(), std::size_t(3));
    for (std::size_t i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i].framework, Core::kFrameworks[i]);
        QCOMPARE(text(all[i].code), text(Core::codeFor(a, Core::kFrameworks[i]).code));
    }
    QCOMPARE(text(all[0].expression), QStringLiteral("keras.layers.ELU(alpha=2.0)"));
    QCOMPARE(text(all[1].expression), QStringLiteral("tf.keras.layers.ELU(alpha=2.0)"));
    QCOMPARE(text(all[2].expression), QStringLiteral("torch.nn.ELU(alpha=2.0)"));
}

QTEST_APPLESS_MAIN(TestCodegen)
#include "tst_codegen.moc"
