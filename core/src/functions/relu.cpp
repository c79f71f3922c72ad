// SPDX-License-Identifier: MIT
// The ReLU family in the catalogue: relu, leaky_relu, prelu, relu6, thresholded_relu, threshold,
// hardtanh and rrelu. Each entry holds its parameters, each framework's API, defaults, layer rules,
// notes, kernels, breakpoint candidates and "Copy as code" translations.
#include "kernels/relu.h"
#include "aex/core/activation.h"
#include "aex/core/numberformat.h"
#include "functions/entry.h"
#include "translation.h"

namespace Core::Entry {

namespace {

using namespace Kernels;
using namespace Translate;
using Fw = Framework;

// Breakpoint candidates.
std::size_t at0And6(const ParamValues& /*params*/, std::array<double, kMaxCandidates>& out)
{
    out = {0, 6};
    return 2;
}
std::size_t kerasReluCandidates(const ParamValues& p, std::array<double, kMaxCandidates>& out)
{
    std::size_t n = 0;
    out[n++] = 0;
    out[n++] = p.value[ReluParam::Threshold];
    if (!p.none[ReluParam::MaxValue])
        out[n++] = p.value[ReluParam::MaxValue];
    return n;
}
std::size_t atTheta(const ParamValues& p, std::array<double, kMaxCandidates>& out)
{
    out[0] = p.value[ThresholdedReluParam::Theta];
    return 1;
}
std::size_t atThreshold(const ParamValues& p, std::array<double, kMaxCandidates>& out)
{
    out[0] = p.value[ThresholdParam::Threshold];
    return 1;
}
std::size_t atBounds(const ParamValues& p, std::array<double, kMaxCandidates>& out)
{
    out = {p.value[HardtanhParam::MinVal], p.value[HardtanhParam::MaxVal]};
    return 2;
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

// The Keras layers compose relu, relu6, clip and a mask (SEMANTICS §1.3); PyTorch has a layer for
// some of the paths and composes the same ops for the others.
CodeSnippet kerasReluTo(const Activation& a, Fw target, std::string_view /*caveat*/)
{
    const ParamValues& p = a.params();
    const bool hasMax = !p.none[ReluParam::MaxValue];
    const double maxValue = p.value[ReluParam::MaxValue], slope = p.value[ReluParam::NegativeSlope],
                 t = p.value[ReluParam::Threshold];
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
            return call("relu", PT);
        return call("leaky_relu", PT, {{"alpha", slope}});
    }
    if (hasMax && t == 0.0 && slope == 0.0) {
        if (maxValue == 6.0)
            return call("relu6", PT);
        if (maxValue > 0.0) {
            return call("hardtanh", PT, {{"min_val", 0.0}, {"max_val", maxValue}},
                "f'(" + formatPython(maxValue)
                    + ") = 0 in PyTorch's Hardtanh, 1 in Keras (its clip passes the gradient at the bound).");
        }
    }
    if (!hasMax && slope == 0.0) {
        return call("threshold", PT, {{"threshold", t}, {"value", 0.0}},
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

CodeSnippet thresholdedReluTo(const Activation& a, Fw target, std::string_view /*caveat*/)
{
    const double theta = a.params().value[ThresholdedReluParam::Theta];
    if (target == Fw::Keras) {
        return call("relu", Fw::Keras, {{"threshold", theta}},
            std::string("Keras 3 gives +0.0 where tf.keras gives -0.0 (negative x at or below theta) and 0 where "
                        "tf.keras gives NaN (x = -inf")
                + (theta != 0.0 ? ", NaN)." : ")."));
    }
    return call("threshold", Fw::PyTorch, {{"threshold", theta}, {"value", 0.0}},
        "PyTorch gives +0.0 where tf.keras gives -0.0 (negative x at or below theta) and 0 where tf.keras gives NaN (x "
        "= -inf).");
}

CodeSnippet hardtanhTo(const Activation& a, Fw target, std::string_view /*caveat*/)
{
    const double lo = a.params().value[HardtanhParam::MinVal], hi = a.params().value[HardtanhParam::MaxVal];
    if (lo == 0.0 && hi == 6.0)
        return call("relu6", target);
    const std::string bounds = py(lo) + ", " + py(hi);
    const std::string caveat = "The clip gradient passes at the bounds: f'(" + formatPython(lo) + ") = f'("
        + formatPython(hi) + ") = 1 here, 0 in PyTorch's Hardtanh.";
    if (target == Fw::Keras)
        return composition(target, "keras.ops.clip(x, " + bounds + ")", caveat);
    return composition(target, "tf.clip_by_value(x, " + bounds + ")", caveat);
}

CodeSnippet rreluTo(const Activation& a, Fw target, std::string_view /*caveat*/)
{
    const double slope = (a.params().value[RreluParam::Lower] + a.params().value[RreluParam::Upper]) / 2;
    return call("leaky_relu", target, {{"alpha", slope}},
        "PyTorch's RReLU in evaluation mode: a leaky ReLU with slope (lower + upper) / 2 = " + py(slope)
            + "; in training mode it draws random slopes.");
}

// PyTorch's PReLU takes f'(0) = alpha and other signed zeros; Keras' own ops, relu(x) + (-alpha *
// relu(-x)), with alpha a learned weight, reproduce Keras (codetext.cpp writes the module).
CodeSnippet kerasPreluTo(const Activation& a, Fw target, std::string_view /*caveat*/)
{
    if (target != Fw::PyTorch)
        return sameFunction(a, target);
    return {target, {}, true,
        "Keras' own ops, relu(x) + (-alpha * relu(-x)), with alpha a learned weight: f'(0) = 0 as in Keras (PyTorch's "
        "PReLU takes alpha). It learns a single alpha where Keras learns one per input element (shared_axes shares "
        "it).",
        "KerasPReLU(" + py(a.params().value[PreluParam::Alpha]) + ")", {}};
}
constexpr std::string_view kPreluFromTorch
    = "Keras takes f'(0) = 0 where PyTorch takes alpha, and learns one alpha per input element (shared_axes shares "
      "it) where PyTorch learns a single one.";

} // namespace

// The table is laid out by hand, one parameter or rule per line, so that it reads like
// SEMANTICS.md; clang-format would wrap it at 120 columns mid-record.
// clang-format off
void addReluFamily(std::vector<FunctionSpec>& c)
{
    // relu ----------------------------------------------------------------------------------------
    {
        FunctionSpec f{"relu", "ReLU", "Rectified linear unit; Keras adds max_value, negative_slope and threshold", {
            {"max_value", "max value", "Upper clip of the positive part; None means unbounded", ParamKind::Real, true, 0, 10, 0.1, 6},
            {"negative_slope", "negative slope", "Slope below the threshold (a leaky ReLU)", ParamKind::Real, false, 0, 1, 0.01, 0.1},
            {"threshold", "threshold", "Values at or below it are masked to 0 (Keras: strictly x > threshold passes)", ParamKind::Real, false, -2, 5, 0.1, 1},
        }, {}};
        FrameworkSpec keras{"keras.layers.ReLU",
            {noneDefault("max_value", "None or >= 0"), real("negative_slope", 0, ">= 0"), real("threshold", 0, ">= 0")},
            {notNegative(ReluParam::MaxValue, "max_value of a ReLU layer cannot be a negative value. Received: max_value={value}"),
             notNegative(ReluParam::NegativeSlope, "negative_slope of a ReLU layer cannot be None or a negative value. Received: negative_slope={value}"),
             notNegative(ReluParam::Threshold, "threshold of a ReLU layer cannot be None or a negative value. Received: threshold={value}")},
            "The relu op's gradient is taken as x > 0, so f'(NaN) = 0.\n"
            "?threshold Keras >= 3.15 masks with where(x > threshold, x, 0): +0 below the threshold, 0 at x = -inf and at NaN.\n"
            "?threshold f(threshold) = 0, not threshold: Keras masks with x > threshold, so the function jumps just after it.\n"
            "?negative_slope With negative_slope only, Keras calls leaky_relu, so f'(0) = negative_slope; with max_value or threshold set it composes ops and f'(0) = 0.\n"
            "?max_value max_value = 6 (threshold 0) uses relu6, whose gradient is 0 at 6; any other max_value uses clip, whose gradient passes at the bound (f'(max_value) = 1).",
            &kerasRelu<double, true>, &kerasRelu<float, true>, kerasReluCandidates};
        keras.translations[TK].custom = kerasReluTo;
        keras.translations[PT].custom = kerasReluTo;
        FrameworkSpec tfKeras = keras;
        tfKeras.api = "tf.keras.layers.ReLU";
        tfKeras.rules = {notNegative(ReluParam::MaxValue, "max_value of a ReLU layer cannot be a negative value. Received: {value}"),
                         notNegative(ReluParam::NegativeSlope, "negative_slope of a ReLU layer cannot be a negative value. Received: {value}"),
                         notNegative(ReluParam::Threshold, "threshold of a ReLU layer cannot be a negative value. Received: {value}")};
        tfKeras.notes =
            "The relu op's gradient is taken as x > 0, so f'(NaN) = 0.\n"
            "?threshold tf.keras (and Keras <= 3.14) masks with x * cast(x > threshold): -0 below the threshold and NaN at x = -inf.\n"
            "?threshold f(threshold) = 0, not threshold: tf.keras masks with x > threshold, so the function jumps just after it.\n"
            "?negative_slope With negative_slope only, tf.keras calls leaky_relu, so f'(0) = negative_slope; with max_value or threshold set it composes ops and f'(0) = 0.\n"
            "?max_value max_value = 6 (threshold 0) uses relu6, whose gradient is 0 at 6; any other max_value uses clip, whose gradient passes at the bound (f'(max_value) = 1).";
        tfKeras.kernel64 = &kerasRelu<double, false>;
        tfKeras.kernel32 = &kerasRelu<float, false>;
        tfKeras.translations[TK] = {};
        tfKeras.translations[K].custom = kerasReluTo;
        f.frameworks[K] = keras;
        f.frameworks[TK] = tfKeras;
        FrameworkSpec torch{"torch.nn.ReLU", {}, {},
            "torch.nn.ReLU has no parameters: use LeakyReLU, ReLU6, Hardtanh or Threshold for the variants.\n"
            "relu(-0.0) = -0.0; the gradient is taken from the output: f'(0) = 0 and f'(NaN) = 1.",
            AEX_KERNELS(torchRelu), at0};
        torch.translations[K].withoutArguments = true; // ReLU() is max(x, 0) in every framework
        torch.translations[TK].withoutArguments = true;
        f.frameworks[PT] = torch;
        c.push_back(std::move(f));
    }
    // leaky_relu ----------------------------------------------------------------------------------
    {
        FunctionSpec f{"leaky_relu", "LeakyReLU", "x for x > 0, alpha * x otherwise", {
            {"alpha", "alpha (negative slope)", "Slope for x <= 0", ParamKind::Real, false, 0, 1, 0.01, 0.2},
        }, {}};
        f.frameworks[K] = FrameworkSpec{"keras.layers.LeakyReLU", {real("negative_slope", 0.3, ">= 0")},
            {notNegative(LeakyReluParam::Alpha, "The negative_slope value of a Leaky ReLU layer cannot be None or negative value. Expected a float. Received: negative_slope={value}")},
            "The Keras layer's default is 0.3 (keras.activations.leaky_relu and keras.ops.leaky_relu default to 0.2).\nf'(0) = alpha: the gradient is taken as x > 0 ? 1 : alpha.",
            AEX_KERNELS(leakyRelu), at0};
        f.frameworks[TK] = FrameworkSpec{"tf.keras.layers.LeakyReLU", {real("alpha", 0.3)}, {},
            "The tf.keras layer's default is 0.3 (tf.nn.leaky_relu defaults to 0.2); it only rejects None.\nf'(0) = alpha: the gradient is taken as x > 0 ? 1 : alpha.\n"
            "The layer calls backend.relu(x, alpha=alpha), which takes plain relu at alpha = 0: f(-5) = +0 and f(-inf) = 0, where Keras 3 gives -0 and NaN.",
            AEX_KERNELS(tfKerasLeakyRelu), at0};
        f.frameworks[PT] = FrameworkSpec{"torch.nn.LeakyReLU", {real("negative_slope", 0.01)}, {},
            "PyTorch's default is 0.01; negative slopes are accepted.\nf'(0) = alpha: the gradient is taken as x > 0 ? 1 : alpha.",
            AEX_KERNELS(leakyRelu), at0};
        c.push_back(std::move(f));
    }
    // prelu ---------------------------------------------------------------------------------------
    {
        FunctionSpec f{"prelu", "PReLU", "Leaky ReLU whose slope alpha is learned", {
            {"alpha", "alpha (learned slope)", "The slope for x <= 0; a trainable weight", ParamKind::Real, false, -1, 1, 0.01, 0.25},
        }, {}};
        FrameworkSpec keras{"keras.layers.PReLU", {trainable("alpha_initializer", 0.0, "keras.initializers.Constant({})")}, {},
            "Keras computes relu(x) - alpha * relu(-x); alpha starts at 0 (alpha_initializer=\"zeros\") and is learned.\n"
            "Through TF's relu gradient f'(0) = 0, not alpha; d/dalpha = -relu(-x) = min(x, 0).\n"
            "With alpha = 0, f(-inf) = NaN (-0 * inf).",
            AEX_KERNELS(kerasPrelu), at0};
        keras.translations[PT].custom = kerasPreluTo;
        f.frameworks[K] = keras;
        keras.api = "tf.keras.layers.PReLU";
        keras.params[PreluParam::Alpha].python = "tf.keras.initializers.Constant({})";
        f.frameworks[TK] = keras;
        FrameworkSpec torch{"torch.nn.PReLU", {trainable("init", 0.25)}, {},
            "PyTorch starts alpha at 0.25 (nn.PReLU(init=0.25)) and learns it.\n"
            "f'(0) = alpha; d/dalpha = x for x <= 0, else 0 (and +0 at x = -0).\n"
            "nn.PReLU keeps its weight in float32 unless built with dtype=torch.float64; model.double() widens that float32, so init=0.37 acts as 0.3700000047683716. In float64 the app uses alpha exactly, as dtype=torch.float64 does.",
            AEX_KERNELS(torchPrelu), at0};
        torch.translations[K].caveat = torch.translations[TK].caveat = kPreluFromTorch;
        f.frameworks[PT] = torch;
        c.push_back(std::move(f));
    }
    // relu6 ---------------------------------------------------------------------------------------
    {
        FunctionSpec f{"relu6", "ReLU6", "min(max(x, 0), 6)", {}, {}};
        FrameworkSpec keras{"keras.activations.relu6", {}, {},
            "TF's Relu6Grad is (x > 0) * (x < 6): f'(0) = f'(6) = 0, and f'(NaN) = 0.\n"
            "keras.layers.ReLU(max_value=6) takes this same kernel.",
            AEX_KERNELS(tfRelu6), at0And6};
        f.frameworks[K] = keras;
        keras.api = "tf.nn.relu6";
        f.frameworks[TK] = keras;
        f.frameworks[PT] = FrameworkSpec{"torch.nn.ReLU6", {}, {},
            "torch relu6 is hardtanh(x, 0, 6): f'(0) = f'(6) = 0; the scalar kernel gives f'(NaN) = 1 (the vectorised one, for long tensors, 0).",
            AEX_KERNELS(torchRelu6), at0And6};
        c.push_back(std::move(f));
    }
    // thresholded_relu ------------------------------------------------------------------------------
    {
        FunctionSpec f{"thresholded_relu", "ThresholdedReLU", "x for x > theta, 0 otherwise", {
            {"theta", "theta", "Values at or below theta become 0", ParamKind::Real, false, 0, 5, 0.1, 1},
        }, {}};
        FrameworkSpec tfKeras{"tf.keras.layers.ThresholdedReLU", {real("theta", 1.0, ">= 0")},
            {notNegative(ThresholdedReluParam::Theta, "The theta value of a Thresholded ReLU layer should be >=0. Received: {value}")},
            "Computed as x * cast(x > theta): -0 for negative x, NaN at -inf; f(theta) = 0 and f'(theta) = 0.\n"
            "Keras 3 dropped this layer: use keras.layers.ReLU(threshold=theta).",
            AEX_KERNELS(thresholdedRelu), atTheta};
        tfKeras.translations[K].custom = tfKeras.translations[PT].custom = thresholdedReluTo;
        f.frameworks[TK] = tfKeras;
        c.push_back(std::move(f));
    }
    // threshold -----------------------------------------------------------------------------------
    {
        FunctionSpec f{"threshold", "Threshold", "x if x > threshold, else value", {
            {"threshold", "threshold", "Inputs at or below it are replaced", ParamKind::Real, false, -3, 3, 0.1, 1},
            {"value", "value", "What replaces them", ParamKind::Real, false, -3, 3, 0.1, 0},
        }, {}};
        FrameworkSpec torch{"torch.nn.Threshold", {required("threshold"), required("value")}, {},
            "Both arguments are required. f(threshold) = value with f'(threshold) = 0; NaN passes through with f' = 1.",
            AEX_KERNELS(torchThreshold), atThreshold};
        // x <= threshold ? value : x, with the comparison the same way round so that NaN passes; tf.where
        // does not convert a Python float to a float64 x's dtype by itself.
        torch.translations[K].composition = "keras.ops.where(x <= {threshold}, {value}, x)";
        torch.translations[TK].composition = "tf.where(x <= {threshold}, tf.constant({value}, x.dtype), x)";
        f.frameworks[PT] = torch;
        c.push_back(std::move(f));
    }
    // hardtanh ------------------------------------------------------------------------------------
    {
        FunctionSpec f{"hardtanh", "Hardtanh", "clamp(x, min_val, max_val)", {
            {"min_val", "min value", "Lower clamp", ParamKind::Real, false, -3, 0, 0.1, -1},
            {"max_val", "max value", "Upper clamp", ParamKind::Real, false, 0, 3, 0.1, 1},
        }, {}};
        FrameworkSpec torch{"torch.nn.Hardtanh", {real("min_val", -1, "< max_val"), real("max_val", 1, "> min_val")},
            {notLessOrEqual(HardtanhParam::MaxVal, HardtanhParam::MinVal, "AssertionError (nn.Hardtanh asserts max_val > min_val; received min_val={other}, max_val={value})")},
            "The gradient is 0 at both bounds ((x <= min_val || x >= max_val) ? 0 : 1), unlike torch.clamp whose gradient passes there.\n"
            "The scalar kernel gives f'(NaN) = 1 (the vectorised one, for long tensors, 0).",
            AEX_KERNELS(torchHardtanh), atBounds};
        torch.translations[K].custom = torch.translations[TK].custom = hardtanhTo;
        f.frameworks[PT] = torch;
        c.push_back(std::move(f));
    }
    // rrelu ---------------------------------------------------------------------------------------
    {
        FunctionSpec f{"rrelu", "RReLU", "Randomised leaky ReLU; in evaluation mode the slope is (lower + upper) / 2", {
            {"lower", "lower", "Lower bound of the random slope", ParamKind::Real, false, 0, 1, 0.01, 0.125},
            {"upper", "upper", "Upper bound of the random slope", ParamKind::Real, false, 0, 1, 0.01, 1.0 / 3.0},
        }, {}};
        FrameworkSpec torch{"torch.nn.RReLU", {real("lower", 1.0 / 8.0, "<= upper"), real("upper", 1.0 / 3.0, ">= lower")},
            {notGreaterThan(RreluParam::Lower, RreluParam::Upper, "Lower bound should be less than or equal to the upper bound")},
            "Evaluation mode (training=False): leaky_relu with slope (lower + upper) / 2, 0.22916666666666666 by default; f'(0) = slope.\n"
            "In training mode each element draws its slope from U(lower, upper).",
            AEX_KERNELS(torchRrelu), at0};
        torch.translations[K].custom = torch.translations[TK].custom = rreluTo;
        f.frameworks[PT] = torch;
        c.push_back(std::move(f));
    }
}
// clang-format on

} // namespace Core::Entry
