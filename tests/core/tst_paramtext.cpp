// SPDX-License-Identifier: MIT
// Parameters as text (issue #10 §4): one formatter for the command line, curve names, JSON and
// Python; the "at its default" rule; layer errors with the parameter they are about; and the
// catalogue's text templates (formula pieces, code translations), which name parameters only.

#include "aex/core/codegen.h"
#include "aex/core/paramtext.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <vector>

namespace {

using Core::Framework;
using Core::ParamStyle;

constexpr double kInf = std::numeric_limits<double>::infinity();

std::size_t index(std::string_view fn, std::string_view param)
{
    const Core::FunctionSpec* f = Core::findFunction(fn);
    for (std::size_t i = 0; f && i < f->params.size(); ++i)
        if (f->params[i].name == param)
            return i;
    qFatal("no parameter %s.%s", std::string(fn).c_str(), std::string(param).c_str());
}

Core::Activation make(std::string_view fn, Framework fw, const std::vector<std::string>& assignments = {})
{
    auto a = Core::Activation::withDefaults(fn, fw);
    for (const std::string& s : assignments)
        a.setParam(s);
    return a;
}

QString text(const std::string& s) { return QString::fromStdString(s); }

// Every "{...}" in a template names a parameter of the function ("{(name)}" too).
QStringList unknownPlaceholders(std::string_view text, const Core::FunctionSpec& f)
{
    QStringList unknown;
    for (auto open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
        const auto close = text.find('}', open);
        std::string_view name = text.substr(open + 1, close - open - 1);
        if (name.starts_with('(') && name.ends_with(')'))
            name = name.substr(1, name.size() - 2);
        bool known = false;
        for (const Core::ParamSpec& p : f.params)
            known = known || p.name == name;
        if (!known)
            unknown << QString::fromUtf8(name.data(), qsizetype(name.size()));
    }
    return unknown;
}

} // namespace

class TestParamText : public QObject {
    Q_OBJECT

private slots:
    void shouldFormatEveryStyle_data();
    void shouldFormatEveryStyle();
    void shouldFormatChosenParametersAndSingleValues();
    void shouldReadTheCommandLineSpellingBack();
    void shouldKnowWhichParametersAreAtTheirDefault();
    void shouldAttributeLayerErrorsToTheirParameter();
    void shouldNameOnlyParametersInTemplates();
    void shouldTranslateEveryFunctionToEveryFramework();
};

void TestParamText::shouldFormatEveryStyle_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<int>("framework");
    QTest::addColumn<QByteArrayList>("params");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("expected");
    auto add = [](const char* tag, const char* fn, Framework fw, const QByteArrayList& params, ParamStyle style,
                   const char* expected) {
        QTest::newRow(tag) << QByteArray(fn) << int(fw) << params << int(style) << QString::fromUtf8(expected);
    };
    const QByteArrayList none;
    const QByteArrayList slope{"negative_slope=0.5"};
    const QByteArrayList both{"negative_slope=0.5", "threshold=2"};
    // The command line: every parameter, read back by --param and --curve.
    add("cli relu defaults", "relu", Framework::Keras, none, ParamStyle::CommandLine,
        "max_value=none,negative_slope=0,threshold=0");
    add("cli relu slope", "relu", Framework::Keras, slope, ParamStyle::CommandLine,
        "max_value=none,negative_slope=0.5,threshold=0");
    add("cli relu -0 and inf", "relu", Framework::TfKeras, {"max_value=inf", "threshold=-0"}, ParamStyle::CommandLine,
        "max_value=inf,negative_slope=0,threshold=-0");
    add("cli gelu", "gelu", Framework::PyTorch, {"approximate=tanh"}, ParamStyle::CommandLine, "approximate=true");
    add("cli leaky tf_keras: the catalogue name", "leaky_relu", Framework::TfKeras, none, ParamStyle::CommandLine,
        "alpha=0.3");
    add("cli relu pytorch: no parameters", "relu", Framework::PyTorch, none, ParamStyle::CommandLine, "");
    // A curve's name: only what differs from the framework's default.
    add("label relu defaults", "relu", Framework::Keras, none, ParamStyle::Label, "");
    add("label relu two", "relu", Framework::Keras, both, ParamStyle::Label, "negative_slope=0.5, threshold=2");
    add("label relu max", "relu", Framework::Keras, {"max_value=6"}, ParamStyle::Label, "max_value=6");
    add("label leaky pytorch", "leaky_relu", Framework::PyTorch, {"alpha=0.3"}, ParamStyle::Label, "alpha=0.3");
    add("label threshold: required ones always", "threshold", Framework::PyTorch, none, ParamStyle::Label,
        "threshold=1, value=0");
    add("label gelu", "gelu", Framework::Keras, {"approximate=true"}, ParamStyle::Label, "approximate=true");
    // JSON, as json.dump writes it.
    add("json relu defaults", "relu", Framework::Keras, none, ParamStyle::Json,
        R"({"max_value": null, "negative_slope": 0.0, "threshold": 0.0})");
    add("json relu inf", "relu", Framework::Keras, {"max_value=inf", "threshold=2.5"}, ParamStyle::Json,
        R"({"max_value": Infinity, "negative_slope": 0.0, "threshold": 2.5})");
    add("json gelu", "gelu", Framework::PyTorch, {"approximate=true"}, ParamStyle::Json, R"({"approximate": true})");
    add("json relu6", "relu6", Framework::PyTorch, none, ParamStyle::Json, "{}");
    // Python: the framework's keywords and spellings.
    add("python relu", "relu", Framework::Keras, slope, ParamStyle::Python,
        "max_value=None, negative_slope=0.5, threshold=0.0");
    add("python leaky keras", "leaky_relu", Framework::Keras, none, ParamStyle::Python, "negative_slope=0.3");
    add("python leaky tf_keras", "leaky_relu", Framework::TfKeras, none, ParamStyle::Python, "alpha=0.3");
    add("python gelu keras", "gelu", Framework::Keras, {"approximate=true"}, ParamStyle::Python, "approximate=True");
    add("python gelu pytorch", "gelu", Framework::PyTorch, none, ParamStyle::Python, "approximate='none'");
    add("python prelu keras", "prelu", Framework::Keras, none, ParamStyle::Python,
        "alpha_initializer=keras.initializers.Constant(0.0)");
    add("python prelu tf_keras", "prelu", Framework::TfKeras, {"alpha=-0.5"}, ParamStyle::Python,
        "alpha_initializer=tf.keras.initializers.Constant(-0.5)");
    add("python prelu pytorch", "prelu", Framework::PyTorch, none, ParamStyle::Python, "init=0.25");
    add("python relu inf", "relu", Framework::Keras, {"max_value=inf"}, ParamStyle::Python,
        "max_value=float('inf'), negative_slope=0.0, threshold=0.0");
}

void TestParamText::shouldFormatEveryStyle()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    QFETCH(QByteArrayList, params);
    QFETCH(int, style);
    QFETCH(QString, expected);
    std::vector<std::string> assignments;
    for (const QByteArray& p : params)
        assignments.push_back(p.toStdString());
    const Core::Activation a = make(function.toStdString(), Framework(framework), assignments);
    QCOMPARE(text(Core::formatParams(a, ParamStyle(style))), expected);
}

void TestParamText::shouldFormatChosenParametersAndSingleValues()
{
    const Core::Activation relu = make("relu", Framework::Keras, {"threshold=2"});
    const std::size_t maxValue = index("relu", "max_value"), threshold = index("relu", "threshold");
    const std::array chosen{threshold, maxValue};
    QCOMPARE(
        text(Core::formatParams(relu, ParamStyle::Python, chosen)), QStringLiteral("threshold=2.0, max_value=None"));
    QCOMPARE(
        text(Core::formatParams(relu, ParamStyle::CommandLine, chosen)), QStringLiteral("threshold=2,max_value=none"));
    QCOMPARE(text(Core::formatParams(relu, ParamStyle::Json, std::span<const std::size_t>{})), QStringLiteral("{}"));
    QCOMPARE(text(Core::formatParamValue(relu, maxValue, ParamStyle::CommandLine)), QStringLiteral("none"));
    QCOMPARE(text(Core::formatParamValue(relu, maxValue, ParamStyle::Label)), QStringLiteral("None"));
    QCOMPARE(text(Core::formatParamValue(relu, maxValue, ParamStyle::Json)), QStringLiteral("null"));
    QCOMPARE(text(Core::formatParamValue(relu, maxValue, ParamStyle::Python)), QStringLiteral("None"));
    QCOMPARE(text(Core::formatParamValue(relu, threshold, ParamStyle::Json)), QStringLiteral("2.0"));
    QCOMPARE(text(Core::formatParamValue(relu, threshold, ParamStyle::Label)), QStringLiteral("2"));
}

// Every function and framework, at awkward values: the command-line text assigns the same values.
void TestParamText::shouldReadTheCommandLineSpellingBack()
{
    int checked = 0;
    for (const Core::FunctionSpec& f : Core::catalogue()) {
        for (Framework fw : f.availableFrameworks()) {
            for (const double value : {-0.0, 0.1, -2.5, 1e-300, kInf, 1.0}) {
                auto a = Core::Activation::withDefaults(f, fw);
                for (std::size_t i : a.availableParams()) {
                    try {
                        a.setParam(i, f.params[i].kind == Core::ParamKind::Boolean ? 1.0 : value);
                    } catch (const Core::InputError&) {
                    }
                    if (f.params[i].nullable && value == 1.0)
                        a.setParamNone(i);
                }
                const std::string line = Core::formatParams(a, ParamStyle::CommandLine);
                auto again = Core::Activation::withDefaults(f, fw);
                for (std::size_t start = 0; start < line.size();) {
                    const std::size_t comma = std::min(line.find(',', start), line.size());
                    again.setParam(line.substr(start, comma - start));
                    start = comma + 1;
                }
                QVERIFY2(again == a, line.c_str());
                ++checked;
            }
        }
    }
    QVERIFY(checked > 100);
}

void TestParamText::shouldKnowWhichParametersAreAtTheirDefault()
{
    auto relu = make("relu", Framework::Keras);
    const std::size_t maxValue = index("relu", "max_value"), slope = index("relu", "negative_slope");
    QVERIFY(relu.atDefault(maxValue) && relu.atDefault(slope));
    relu.setParam(maxValue, 6.0);
    QVERIFY(!relu.atDefault(maxValue));
    relu.setParamNone(maxValue);
    QVERIFY(relu.atDefault(maxValue));
    relu.setParam(slope, -0.0); // -0 == 0: the default
    QVERIFY(relu.atDefault(slope));
    auto leaky = make("leaky_relu", Framework::PyTorch);
    const std::size_t alpha = index("leaky_relu", "alpha");
    QVERIFY(leaky.atDefault(alpha));
    leaky.setParam(alpha, 0.3); // Keras's default, not PyTorch's
    QVERIFY(!leaky.atDefault(alpha));
    // A required parameter has no default to be at.
    const auto threshold = make("threshold", Framework::PyTorch);
    QVERIFY(!threshold.atDefault(index("threshold", "threshold")));
}

void TestParamText::shouldAttributeLayerErrorsToTheirParameter()
{
    const auto relu = make("relu", Framework::Keras, {"negative_slope=-0.5", "threshold=-1"});
    const std::vector<Core::LayerError> problems = relu.layerProblems();
    QCOMPARE(problems.size(), std::size_t(2));
    QCOMPARE(problems[0].param, std::optional<std::size_t>(index("relu", "negative_slope")));
    QCOMPARE(problems[1].param, std::optional<std::size_t>(index("relu", "threshold")));
    QCOMPARE(text(problems[1].message),
        QStringLiteral("threshold of a ReLU layer cannot be None or a negative value. Received: threshold=-1.0"));
    std::vector<std::string> messages;
    messages.reserve(problems.size());
    for (const Core::LayerError& p : problems)
        messages.push_back(p.message);
    QCOMPARE(relu.layerErrors(), messages);
    // The rule is about the parameter it names, also when it compares two.
    const auto hardtanh = make("hardtanh", Framework::PyTorch, {"min_val=1", "max_val=-1"});
    QCOMPARE(hardtanh.layerProblems().size(), std::size_t(1));
    QCOMPARE(hardtanh.layerProblems()[0].param, std::optional<std::size_t>(index("hardtanh", "max_val")));
    const auto rrelu = make("rrelu", Framework::PyTorch, {"lower=0.5", "upper=0.2"});
    QCOMPARE(rrelu.layerProblems().size(), std::size_t(1));
    QCOMPARE(rrelu.layerProblems()[0].param, std::optional<std::size_t>(index("rrelu", "lower")));
    QVERIFY(make("relu", Framework::Keras).layerProblems().empty());
}

void TestParamText::shouldNameOnlyParametersInTemplates()
{
    for (const Core::FunctionSpec& f : Core::catalogue()) {
        const std::string n(f.name);
        for (Framework fw : f.availableFrameworks()) {
            const Core::FrameworkSpec& s = *f.in(fw);
            const Core::CurvedFormula& formula = s.formula ? *s.formula : f.formula;
            QVERIFY2(formula.value.empty() == formula.derivative.empty(), n.c_str());
            QVERIFY2(unknownPlaceholders(formula.value, f).isEmpty(), n.c_str());
            QVERIFY2(unknownPlaceholders(formula.derivative, f).isEmpty(), n.c_str());
            QVERIFY2(formula.unitParam.empty() || f.paramIndex(formula.unitParam, fw), n.c_str());
            for (Framework to : Core::kFrameworks) {
                const Core::Translation& t = s.to(to);
                QVERIFY2(unknownPlaceholders(t.composition, f).isEmpty(), n.c_str());
                QVERIFY2(to != fw || (t.composition.empty() && t.caveat.empty() && !t.custom), n.c_str());
            }
        }
    }
}

// A function the target lacks needs a composition or a written translation in its entry.
void TestParamText::shouldTranslateEveryFunctionToEveryFramework()
{
    for (const Core::FunctionSpec& f : Core::catalogue()) {
        for (Framework fw : f.availableFrameworks()) {
            for (Framework to : Core::kFrameworks) {
                const Core::Translation& t = f.in(fw)->to(to);
                const std::string where = std::string(f.name) + " " + std::string(Core::frameworkName(fw)) + "->"
                    + std::string(Core::frameworkName(to));
                QVERIFY2(f.in(to) || !t.composition.empty() || t.custom, where.c_str());
                const Core::CodeSnippet s = Core::codeFor(Core::Activation::withDefaults(f, fw), to);
                QVERIFY2(s.expression.find('#') == std::string::npos, (where + ": " + s.code).c_str());
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestParamText)
#include "tst_paramtext.moc"
