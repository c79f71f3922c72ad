// SPDX-License-Identifier: MIT
// Copy as code (issue #4 §5). Translations reproduce the values the source framework computes
// (SEMANTICS.md), so compositions follow the source's ops one for one rather than the textbook
// formula: e.g. a tf.keras ReLU threshold becomes x * (x > t), whose -0.0 and NaN match tf.keras.
#include "aex/core/codegen.h"

#include "aex/core/numberformat.h"

#include <cmath>
#include <initializer_list>
#include <utility>

namespace Core {

namespace {

using Fw = Framework;

// A Python float literal: repr, with the non-finite values spelled so that Python parses them.
std::string py(double value)
{
    if (std::isnan(value))
        return "float('nan')";
    if (std::isinf(value))
        return value > 0 ? "float('inf')" : "float('-inf')";
    return formatPython(value);
}

// A number as the operand of a binary operator: negative literals get parentheses.
std::string operand(double value)
{
    std::string s = py(value);
    return s.front() == '-' ? "(" + s + ")" : s;
}

std::string_view importLine(Fw framework)
{
    switch (framework) {
    case Fw::Keras: return "import keras";
    case Fw::TfKeras: return "import tensorflow as tf";
    case Fw::PyTorch: return "import torch";
    }
    return "";
}

bool isKerasFamily(Fw framework) { return framework != Fw::PyTorch; }

void appendSentence(std::string& text, const std::string& sentence)
{
    if (sentence.empty())
        return;
    if (!text.empty())
        text += ' ';
    text += sentence;
}

CodeSnippet snippet(Fw target, const std::string& expression, bool composition = false, std::string caveat = {})
{
    return {target, std::string(importLine(target)) + "\n" + expression, composition, std::move(caveat)};
}

CodeSnippet composition(Fw target, const std::string& body, std::string caveat = {})
{
    return snippet(target, "lambda x: " + body, true, std::move(caveat));
}

// Layers are constructed; plain functions are passed as the callable itself.
bool isLayer(std::string_view api)
{
    return api.find(".layers.") != std::string_view::npos || api.starts_with("torch.nn.");
}

std::string argument(const Activation& a, std::size_t i)
{
    const ParamValues& p = a.params();
    if (p.none[i])
        return "None";
    const double v = p.value[i];
    if (a.function().params[i].kind == ParamKind::Boolean) {
        if (a.framework() == Fw::PyTorch)
            return v != 0.0 ? "'tanh'" : "'none'";
        return v != 0.0 ? "True" : "False";
    }
    // Keras layers take a learned weight's starting value as an initializer.
    if (a.spec().params[i].trainable && a.framework() != Fw::PyTorch)
        return std::string(a.framework() == Fw::Keras ? "keras" : "tf.keras") + ".initializers.Constant(" + py(v) + ")";
    return py(v);
}

// The activation's own layer or function, with exactly the `written` parameters as keywords.
std::string call(const Activation& a, const std::vector<std::size_t>& written)
{
    std::string api(a.spec().api); // not const: the last return moves it
    std::string args;
    for (std::size_t i : written) {
        if (!args.empty())
            args += ", ";
        args += std::string(a.spec().params[i].apiName) + "=" + argument(a, i);
    }
    if (isLayer(api))
        return api + "(" + args + ")";
    if (written.empty())
        return api;
    return "lambda x: " + api + "(x, " + args + ")";
}

Activation entry(
    std::string_view function, Fw framework, std::initializer_list<std::pair<std::size_t, double>> values = {})
{
    Activation a = Activation::withDefaults(function, framework);
    for (const auto& [index, value] : values)
        a.setParam(index, value);
    return a;
}

// A catalogue entry of the target that computes the same values: its call, plus the target
// layer's own error text when it rejects the values carried over.
CodeSnippet equivalent(const Activation& target, const std::vector<std::size_t>& written, std::string caveat)
{
    for (const std::string& error : target.layerErrors())
        appendSentence(caveat, std::string(target.spec().api) + " rejects this value: " + error);
    return snippet(target.framework(), call(target, written), false, std::move(caveat));
}

// Where the same function in another framework takes other conventions at kinks or signed zeros.
std::string sameFunctionCaveat(std::string_view name, Fw from, Fw to)
{
    if (isKerasFamily(from) == isKerasFamily(to))
        return {};
    const bool toTorch = to == Fw::PyTorch;
    if (name == "prelu") {
        return toTorch
            ? "PyTorch takes f'(0) = alpha where Keras takes 0, and learns a single alpha (num_parameters=1) "
              "where Keras learns one per input element."
            : "Keras takes f'(0) = 0 where PyTorch takes alpha, and learns one alpha per input element "
              "(shared_axes shares it) where PyTorch learns a single one.";
    }
    if (name == "elu")
        return toTorch ? "PyTorch gives elu(-0.0) = +0.0 where TF gives -0.0."
                       : "TF gives elu(-0.0) = -0.0 where PyTorch gives +0.0.";
    if (name == "selu") {
        return toTorch
            ? "PyTorch takes f'(0) = scale * alpha = 1.7580993408473766 where TF takes scale = 1.0507009873554805."
            : "TF takes f'(0) = scale = 1.0507009873554805 where PyTorch takes scale * alpha = 1.7580993408473766.";
    }
    if (name == "celu") {
        return toTorch
            ? "PyTorch takes f'(0) = 1 where Keras on TF takes 2, and computes exp(x / alpha) - 1 where Keras "
              "uses expm1 (tiny negative inputs lose precision)."
            : "Keras on TF takes f'(0) = 2 where PyTorch takes 1, and uses expm1 where PyTorch computes "
              "exp(x / alpha) - 1 (which loses precision for tiny negative inputs).";
    }
    if (name == "hard_sigmoid") {
        return toTorch ? "PyTorch's slope on (-3, 3) is 1/6 rounded to float32: f' = 0.1666666716337204 in float64."
                       : "The slope on (-3, 3) is 1/6 here, where PyTorch's gradient uses 1/6 rounded to float32 "
                         "(0.1666666716337204 in float64).";
    }
    if (name == "hard_swish") {
        return toTorch ? "PyTorch's scalar kernel takes f'(-3) = -0.5 and f'(3) = 1.5 (its vectorised kernel 1 at 3), "
                         "where Keras takes 0 and 1."
                       : "f'(-3) = 0 and f'(3) = 1 here, where PyTorch's scalar kernel takes -0.5 and 1.5.";
    }
    if (name == "softplus") {
        return "PyTorch returns x itself for x > 20 (its threshold), TF for x > 34.04 in float64 and x > 13.94 in "
               "float32: "
               "between the two switch points the values differ by up to exp(-x) (2.1e-09 at x = 20).";
    }
    return {};
}

// The same function in the target, with the source's parameter values.
CodeSnippet sameFunction(const Activation& a, Fw target)
{
    Activation t = Activation::withDefaults(a.function(), target);
    const std::vector<std::size_t> written = t.availableParams();
    for (std::size_t i : written) {
        if (!a.spec().params[i].available)
            continue;
        if (a.params().none[i])
            t.setParamNone(i);
        else
            t.setParam(i, a.params().value[i]);
    }
    return equivalent(t, written, sameFunctionCaveat(a.function().name, a.framework(), target));
}

// Keras >= 3.15 masks a threshold with where(x > t, x, 0), tf.keras with x * cast(x > t) (§1.3
// consequence 2). With negative_slope set the negative part absorbs the zeros and only -inf differs.
std::string maskCaveat(bool fromWhereMask, double slope)
{
    if (fromWhereMask) {
        return slope == 0.0
            ? "tf.keras masks with x * cast(x > threshold): it gives -0.0 where Keras 3 gives +0.0 "
              "(negative x at or below the threshold) and NaN where Keras 3 gives 0 (x = -inf, NaN)."
            : "tf.keras masks with x * cast(x > threshold): it gives NaN at x = -inf, where Keras 3 does not.";
    }
    return slope == 0.0
        ? "Keras 3 masks with where(x > threshold, x, 0): it gives +0.0 where tf.keras gives -0.0 "
          "(negative x at or below the threshold) and 0 where tf.keras gives NaN (x = -inf, NaN)."
        : "Keras 3 masks with where(x > threshold, x, 0): it does not give NaN at x = -inf, where tf.keras does.";
}

// relu: PyTorch's is max(x, 0); the Keras layers compose relu, relu6, clip and a mask (SEMANTICS §1.3).
CodeSnippet relu(const Activation& a, Fw target)
{
    if (a.framework() == Fw::PyTorch)
        return equivalent(entry("relu", target), {}, {});
    const ParamValues& p = a.params();
    const bool hasMax = !p.none[0];
    const double maxValue = p.value[0], slope = p.value[1], t = p.value[2];
    // Keras >= 3.15 masks with where(x > t, x, 0); tf.keras with x * cast(x > t).
    const bool whereMask = a.framework() == Fw::Keras;
    if (target != Fw::PyTorch) {
        CodeSnippet s = sameFunction(a, target);
        if (t != 0.0) {
            std::string layerErrors = std::move(s.caveat);
            s.caveat = maskCaveat(whereMask, slope);
            appendSentence(s.caveat, layerErrors);
        }
        return s;
    }
    constexpr Fw PT = Fw::PyTorch;
    if (!hasMax && t == 0.0) {
        if (slope == 0.0)
            return equivalent(entry("relu", PT), {}, {});
        return equivalent(entry("leaky_relu", PT, {{0, slope}}), {0}, {});
    }
    if (hasMax && t == 0.0 && slope == 0.0) {
        if (maxValue == 6.0)
            return equivalent(entry("relu6", PT), {}, {});
        if (maxValue > 0.0) {
            return equivalent(entry("hardtanh", PT, {{0, 0.0}, {1, maxValue}}), {0, 1},
                "f'(" + formatPython(maxValue)
                    + ") = 0 in PyTorch's Hardtanh, 1 in Keras (its clip passes the gradient at the bound).");
        }
    }
    if (!hasMax && slope == 0.0) {
        return equivalent(entry("threshold", PT, {{0, t}, {1, 0.0}}), {0, 1},
            whereMask ? "PyTorch passes NaN through where Keras 3 gives 0."
                      : "PyTorch gives +0.0 where tf.keras gives -0.0 (negative x at or below the threshold) and 0 "
                        "where tf.keras gives NaN (x = -inf).");
    }
    std::string body;
    if (t != 0.0)
        body = whereMask ? "torch.where(x > " + py(t) + ", x, torch.zeros_like(x))"
                         : "x * (x > " + py(t) + ").to(x.dtype)";
    else if (hasMax && maxValue == 6.0)
        body = "torch.nn.functional.relu6(x)";
    else
        body = "torch.relu(x)";
    if (hasMax && !(t == 0.0 && maxValue == 6.0))
        body = "torch.clamp(" + body + ", 0.0, " + py(maxValue) + ")";
    if (slope != 0.0)
        body += " - " + operand(slope) + " * torch.relu(" + (t != 0.0 ? py(t) + " - x" : std::string("-x")) + ")";
    return composition(PT, body,
        "Keras's ops one for one: values and kink gradients agree; gradients at NaN may differ "
        "(TF's relu gives 0, PyTorch's 1).");
}

CodeSnippet thresholdedRelu(const Activation& a, Fw target)
{
    const double theta = a.params().value[0];
    if (target == Fw::Keras) {
        return equivalent(entry("relu", Fw::Keras, {{2, theta}}), {2},
            std::string("Keras 3 gives +0.0 where tf.keras gives -0.0 (negative x at or below theta) and 0 where "
                        "tf.keras gives NaN (x = -inf")
                + (theta != 0.0 ? ", NaN)." : ")."));
    }
    return equivalent(entry("threshold", Fw::PyTorch, {{0, theta}, {1, 0.0}}), {0, 1},
        "PyTorch gives +0.0 where tf.keras gives -0.0 (negative x at or below theta) and 0 where tf.keras gives NaN (x "
        "= -inf).");
}

// PyTorch's x <= threshold ? value : x, with the comparison the same way round so NaN passes.
CodeSnippet threshold(const Activation& a, Fw target)
{
    const std::string t = py(a.params().value[0]), v = py(a.params().value[1]);
    if (target == Fw::Keras)
        return composition(target, "keras.ops.where(x <= " + t + ", " + v + ", x)");
    // tf.where does not convert a Python float to a float64 x's dtype by itself.
    return composition(target, "tf.where(x <= " + t + ", tf.constant(" + v + ", x.dtype), x)");
}

CodeSnippet hardtanh(const Activation& a, Fw target)
{
    const double lo = a.params().value[0], hi = a.params().value[1];
    if (lo == 0.0 && hi == 6.0)
        return equivalent(entry("relu6", target), {}, {});
    const std::string bounds = py(lo) + ", " + py(hi);
    const std::string caveat = "The clip gradient passes at the bounds: f'(" + formatPython(lo) + ") = f'("
        + formatPython(hi) + ") = 1 here, 0 in PyTorch's Hardtanh.";
    if (target == Fw::Keras)
        return composition(target, "keras.ops.clip(x, " + bounds + ")", caveat);
    return composition(target, "tf.clip_by_value(x, " + bounds + ")", caveat);
}

CodeSnippet rrelu(const Activation& a, Fw target)
{
    const double slope = (a.params().value[0] + a.params().value[1]) / 2;
    return equivalent(entry("leaky_relu", target, {{0, slope}}), {0},
        "PyTorch's RReLU in evaluation mode: a leaky ReLU with slope (lower + upper) / 2 = " + py(slope)
            + "; in training mode it draws random slopes.");
}

CodeSnippet celu(const Activation& a, Fw target)
{
    if (target != Fw::TfKeras)
        return sameFunction(a, target);
    const double alpha = a.params().value[0];
    if (a.framework() == Fw::Keras) { // Keras's own TF ops
        if (alpha == 1.0)
            return composition(target, "tf.maximum(x, 0.0) + tf.math.expm1(tf.minimum(x, 0.0))");
        return composition(target,
            "tf.maximum(x, 0.0) + " + operand(alpha) + " * tf.math.expm1(tf.minimum(x, 0.0) / " + operand(alpha) + ")");
    }
    // PyTorch: x <= 0 ? (exp(x * (1 / alpha)) - 1) * alpha : x. The minimum keeps exp finite in the
    // branch tf.where discards, whose gradient would otherwise be 0 * inf = NaN.
    const std::string negative = alpha == 1.0
        ? "tf.exp(tf.minimum(x, 0.0)) - 1.0"
        : "(tf.exp(tf.minimum(x, 0.0) * " + operand(1.0 / alpha) + ") - 1.0) * " + operand(alpha);
    return composition(target, "tf.where(x <= 0.0, " + negative + ", x)");
}

CodeSnippet softplus(const Activation& a, Fw target)
{
    if (a.framework() != Fw::PyTorch) {
        if (target != Fw::PyTorch)
            return sameFunction(a, target);
        return equivalent(entry("softplus", Fw::PyTorch), {}, sameFunctionCaveat("softplus", a.framework(), target));
    }
    const double beta = a.params().value[0], limit = a.params().value[1];
    if (beta == 1.0 && limit == 20.0)
        return equivalent(entry("softplus", target), {}, sameFunctionCaveat("softplus", a.framework(), target));
    const std::string z = beta == 1.0 ? std::string("x") : "x * " + operand(beta);
    std::string smooth = (target == Fw::Keras ? "keras.ops.softplus(" : "tf.math.softplus(") + z + ")";
    if (beta != 1.0)
        smooth += " / " + operand(beta);
    const std::string where = target == Fw::Keras ? "keras.ops.where(" : "tf.where(";
    return composition(target, where + z + " > " + py(limit) + ", x, " + smooth + ")");
}

// Keras 3: relu6(x + 3) / 6; tf.keras: clip(0.2 x + 0.5, 0, 1); PyTorch: Keras 3's values.
CodeSnippet hardSigmoid(const Activation& a, Fw target)
{
    if (a.framework() == Fw::TfKeras) {
        if (target == Fw::Keras)
            return composition(target, "keras.ops.clip(0.2 * x + 0.5, 0.0, 1.0)");
        return composition(target, "torch.clamp(0.2 * x + 0.5, 0.0, 1.0)");
    }
    if (target == Fw::TfKeras)
        return composition(
            target, "tf.nn.relu6(x + 3.0) / 6.0", sameFunctionCaveat("hard_sigmoid", a.framework(), target));
    return sameFunction(a, target);
}

CodeSnippet hardSwish(const Activation& a, Fw target)
{
    if (target != Fw::TfKeras)
        return sameFunction(a, target);
    // Each source's rounding order: Keras x * (relu6(x + 3) / 6), PyTorch (x * relu6(x + 3)) / 6.
    if (a.framework() == Fw::Keras)
        return composition(target, "x * (tf.nn.relu6(x + 3.0) / 6.0)");
    return composition(
        target, "x * tf.nn.relu6(x + 3.0) / 6.0", sameFunctionCaveat("hard_swish", a.framework(), target));
}

} // namespace

CodeSnippet codeFor(const Activation& activation, Framework target)
{
    if (target == activation.framework())
        return snippet(target, call(activation, activation.availableParams()));
    const std::string_view name = activation.function().name;
    if (name == "relu")
        return relu(activation, target);
    if (name == "thresholded_relu")
        return thresholdedRelu(activation, target);
    if (name == "threshold")
        return threshold(activation, target);
    if (name == "hardtanh")
        return hardtanh(activation, target);
    if (name == "rrelu")
        return rrelu(activation, target);
    if (name == "celu")
        return celu(activation, target);
    if (name == "softplus")
        return softplus(activation, target);
    if (name == "hard_sigmoid")
        return hardSigmoid(activation, target);
    if (name == "hard_swish")
        return hardSwish(activation, target);
    if (activation.function().in(target))
        return sameFunction(activation, target);
    // A function added to the catalogue without a translation still gets valid Python.
    return snippet(target,
        "# " + std::string(frameworkTitle(target)) + " code for " + std::string(activation.function().title)
            + " is not written yet",
        true, "No translation yet.");
}

std::vector<CodeSnippet> codeForAll(const Activation& activation)
{
    std::vector<CodeSnippet> out;
    out.reserve(kFrameworks.size());
    for (Framework f : kFrameworks)
        out.push_back(codeFor(activation, f));
    return out;
}

} // namespace Core
