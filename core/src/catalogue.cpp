// SPDX-License-Identifier: MIT
// The catalogue: one table of functions x frameworks. Everything else (command line, editors,
// tests, session files) reads this table, so adding a function happens here and in kernels.h.
#include "aex/core/catalogue.h"

#include "aex/core/activation.h"
#include "kernels.h"

#include <algorithm>

namespace Core {

namespace {

using namespace Kernels;

#define AEX_KERNELS(...) __VA_ARGS__<double>, __VA_ARGS__<float>

constexpr double kNone = 0.0; // placeholder value of a parameter whose default is None

FrameworkParam real(std::string_view apiName, double defaultValue, std::string_view accepted = "any")
{
    return {true, apiName, defaultValue, false, false, accepted};
}
FrameworkParam noneDefault(std::string_view apiName, std::string_view accepted)
{
    return {true, apiName, kNone, true, false, accepted};
}
FrameworkParam required(std::string_view apiName, std::string_view accepted = "any")
{
    return {true, apiName, std::nullopt, false, false, accepted};
}
FrameworkParam trainable(std::string_view apiName, double initial)
{
    return {true, apiName, initial, false, true, "any (learned during training)"};
}

// Breakpoint candidates.
std::size_t at0(const ParamValues& /*params*/, std::array<double, kMaxCandidates>& out)
{
    out[0] = 0;
    return 1;
}
std::size_t at0And6(const ParamValues& /*params*/, std::array<double, kMaxCandidates>& out)
{
    out = {0, 6};
    return 2;
}
std::size_t atParam0(const ParamValues& p, std::array<double, kMaxCandidates>& out)
{
    out[0] = p.value[0];
    return 1;
}
std::size_t atParams01(const ParamValues& p, std::array<double, kMaxCandidates>& out)
{
    out = {p.value[0], p.value[1]};
    return 2;
}
std::size_t atPlusMinus3(const ParamValues& /*params*/, std::array<double, kMaxCandidates>& out)
{
    out = {-3, 3};
    return 2;
}
std::size_t atPlusMinus2_5(const ParamValues& /*params*/, std::array<double, kMaxCandidates>& out)
{
    out = {-2.5, 2.5};
    return 2;
}
std::size_t kerasReluCandidates(const ParamValues& p, std::array<double, kMaxCandidates>& out)
{
    std::size_t n = 0;
    out[n++] = 0;
    out[n++] = p.value[2];
    if (!p.none[0])
        out[n++] = p.value[0];
    return n;
}
std::size_t torchSoftplusCandidates(const ParamValues& p, std::array<double, kMaxCandidates>& out)
{
    out[0] = p.value[1] / p.value[0];
    return 1;
}
// TF's softplus switches formula at log(eps) + 2 and its negation: value steps of a few ulps.
std::size_t tfSoftplusCandidates(const ParamValues& /*params*/, std::array<double, kMaxCandidates>& out)
{
    const double t = tfSoftplusSwitch<double>();
    out = {t, -t};
    return 2;
}

// The table is laid out by hand, one parameter or rule per line, so that it reads like
// SEMANTICS.md; clang-format would wrap it at 120 columns mid-record.
// clang-format off
std::vector<FunctionSpec> buildCatalogue()
{
    std::vector<FunctionSpec> c;
    const auto K = static_cast<std::size_t>(Framework::Keras);
    const auto TK = static_cast<std::size_t>(Framework::TfKeras);
    const auto PT = static_cast<std::size_t>(Framework::PyTorch);

    // relu ----------------------------------------------------------------------------------------
    {
        FunctionSpec f{"relu", "ReLU", "Rectified linear unit; Keras adds max_value, negative_slope and threshold", {
            {"max_value", "max value", "Upper clip of the positive part; None means unbounded", ParamKind::Real, true, 0, 10, 0.1, 6},
            {"negative_slope", "negative slope", "Slope below the threshold (a leaky ReLU)", ParamKind::Real, false, 0, 1, 0.01, 0.1},
            {"threshold", "threshold", "Values at or below it are masked to 0 (Keras: strictly x > threshold passes)", ParamKind::Real, false, -2, 5, 0.1, 1},
        }, {}};
        FrameworkSpec keras{"keras.layers.ReLU",
            {noneDefault("max_value", "None or >= 0"), real("negative_slope", 0, ">= 0"), real("threshold", 0, ">= 0")},
            {{0, RuleCheck::NotNegative, 0, "max_value of a ReLU layer cannot be a negative value. Received: max_value={value}"},
             {1, RuleCheck::NotNegative, 0, "negative_slope of a ReLU layer cannot be None or a negative value. Received: negative_slope={value}"},
             {2, RuleCheck::NotNegative, 0, "threshold of a ReLU layer cannot be None or a negative value. Received: threshold={value}"}},
            "The relu op's gradient is taken as x > 0, so f'(NaN) = 0.\n"
            "?threshold Keras >= 3.15 masks with where(x > threshold, x, 0): +0 below the threshold, 0 at x = -inf and at NaN.\n"
            "?threshold f(threshold) = 0, not threshold: Keras masks with x > threshold, so the function jumps just after it.\n"
            "?negative_slope With negative_slope only, Keras calls leaky_relu, so f'(0) = negative_slope; with max_value or threshold set it composes ops and f'(0) = 0.\n"
            "?max_value max_value = 6 (threshold 0) uses relu6, whose gradient is 0 at 6; any other max_value uses clip, whose gradient passes at the bound (f'(max_value) = 1).",
            &kerasRelu<double, true>, &kerasRelu<float, true>, kerasReluCandidates};
        FrameworkSpec tfKeras = keras;
        tfKeras.api = "tf.keras.layers.ReLU";
        tfKeras.rules = {{0, RuleCheck::NotNegative, 0, "max_value of a ReLU layer cannot be a negative value. Received: {value}"},
                         {1, RuleCheck::NotNegative, 0, "negative_slope of a ReLU layer cannot be a negative value. Received: {value}"},
                         {2, RuleCheck::NotNegative, 0, "threshold of a ReLU layer cannot be a negative value. Received: {value}"}};
        tfKeras.notes =
            "The relu op's gradient is taken as x > 0, so f'(NaN) = 0.\n"
            "?threshold tf.keras (and Keras <= 3.14) masks with x * cast(x > threshold): -0 below the threshold and NaN at x = -inf.\n"
            "?threshold f(threshold) = 0, not threshold: tf.keras masks with x > threshold, so the function jumps just after it.\n"
            "?negative_slope With negative_slope only, tf.keras calls leaky_relu, so f'(0) = negative_slope; with max_value or threshold set it composes ops and f'(0) = 0.\n"
            "?max_value max_value = 6 (threshold 0) uses relu6, whose gradient is 0 at 6; any other max_value uses clip, whose gradient passes at the bound (f'(max_value) = 1).";
        tfKeras.kernel64 = &kerasRelu<double, false>;
        tfKeras.kernel32 = &kerasRelu<float, false>;
        f.frameworks[K] = keras;
        f.frameworks[TK] = tfKeras;
        f.frameworks[PT] = FrameworkSpec{"torch.nn.ReLU", {}, {},
            "torch.nn.ReLU has no parameters: use LeakyReLU, ReLU6, Hardtanh or Threshold for the variants.\n"
            "relu(-0.0) = -0.0; the gradient is taken from the output: f'(0) = 0 and f'(NaN) = 1.",
            AEX_KERNELS(torchRelu), at0};
        c.push_back(std::move(f));
    }
    // leaky_relu ----------------------------------------------------------------------------------
    {
        FunctionSpec f{"leaky_relu", "LeakyReLU", "x for x > 0, alpha * x otherwise", {
            {"alpha", "alpha (negative slope)", "Slope for x <= 0", ParamKind::Real, false, 0, 1, 0.01, 0.2},
        }, {}};
        f.frameworks[K] = FrameworkSpec{"keras.layers.LeakyReLU", {real("negative_slope", 0.3, ">= 0")},
            {{0, RuleCheck::NotNegative, 0, "The negative_slope value of a Leaky ReLU layer cannot be None or negative value. Expected a float. Received: negative_slope={value}"}},
            "The Keras layer's default is 0.3 (keras.activations.leaky_relu and keras.ops.leaky_relu default to 0.2).\nf'(0) = alpha: the gradient is taken as x > 0 ? 1 : alpha.",
            AEX_KERNELS(leakyRelu), at0};
        f.frameworks[TK] = FrameworkSpec{"tf.keras.layers.LeakyReLU", {real("alpha", 0.3)}, {},
            "The tf.keras layer's default is 0.3 (tf.nn.leaky_relu defaults to 0.2); it only rejects None.\nf'(0) = alpha: the gradient is taken as x > 0 ? 1 : alpha.",
            AEX_KERNELS(leakyRelu), at0};
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
        FrameworkSpec keras{"keras.layers.PReLU", {trainable("alpha_initializer", 0.0)}, {},
            "Keras computes relu(x) - alpha * relu(-x); alpha starts at 0 (alpha_initializer=\"zeros\") and is learned.\n"
            "Through TF's relu gradient f'(0) = 0, not alpha; d/dalpha = -relu(-x) = min(x, 0).\n"
            "With alpha = 0, f(-inf) = NaN (-0 * inf).",
            AEX_KERNELS(kerasPrelu), at0};
        f.frameworks[K] = keras;
        keras.api = "tf.keras.layers.PReLU";
        f.frameworks[TK] = keras;
        f.frameworks[PT] = FrameworkSpec{"torch.nn.PReLU", {trainable("init", 0.25)}, {},
            "PyTorch starts alpha at 0.25 (nn.PReLU(init=0.25)) and learns it.\n"
            "f'(0) = alpha; d/dalpha = x for x <= 0, else 0 (and +0 at x = -0).",
            AEX_KERNELS(torchPrelu), at0};
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
            "torch relu6 is hardtanh(x, 0, 6): f'(0) = f'(6) = 0; the scalar kernel gives f'(NaN) = 1.",
            AEX_KERNELS(torchRelu6), at0And6};
        c.push_back(std::move(f));
    }
    // thresholded_relu ------------------------------------------------------------------------------
    {
        FunctionSpec f{"thresholded_relu", "ThresholdedReLU", "x for x > theta, 0 otherwise", {
            {"theta", "theta", "Values at or below theta become 0", ParamKind::Real, false, 0, 5, 0.1, 1},
        }, {}};
        f.frameworks[TK] = FrameworkSpec{"tf.keras.layers.ThresholdedReLU", {real("theta", 1.0, ">= 0")},
            {{0, RuleCheck::NotNegative, 0, "The theta value of a Thresholded ReLU layer should be >=0. Received: {value}"}},
            "Computed as x * cast(x > theta): -0 for negative x, NaN at -inf; f(theta) = 0 and f'(theta) = 0.\n"
            "Keras 3 dropped this layer: use keras.layers.ReLU(threshold=theta).",
            AEX_KERNELS(thresholdedRelu), atParam0};
        c.push_back(std::move(f));
    }
    // threshold -----------------------------------------------------------------------------------
    {
        FunctionSpec f{"threshold", "Threshold", "x if x > threshold, else value", {
            {"threshold", "threshold", "Inputs at or below it are replaced", ParamKind::Real, false, -3, 3, 0.1, 1},
            {"value", "value", "What replaces them", ParamKind::Real, false, -3, 3, 0.1, 0},
        }, {}};
        f.frameworks[PT] = FrameworkSpec{"torch.nn.Threshold", {required("threshold"), required("value")}, {},
            "Both arguments are required. f(threshold) = value with f'(threshold) = 0; NaN passes through with f' = 1.",
            AEX_KERNELS(torchThreshold), atParam0};
        c.push_back(std::move(f));
    }
    // hardtanh ------------------------------------------------------------------------------------
    {
        FunctionSpec f{"hardtanh", "Hardtanh", "clamp(x, min_val, max_val)", {
            {"min_val", "min value", "Lower clamp", ParamKind::Real, false, -3, 0, 0.1, -1},
            {"max_val", "max value", "Upper clamp", ParamKind::Real, false, 0, 3, 0.1, 1},
        }, {}};
        f.frameworks[PT] = FrameworkSpec{"torch.nn.Hardtanh", {real("min_val", -1, "< max_val"), real("max_val", 1, "> min_val")},
            {{1, RuleCheck::NotLessOrEqualOther, 0, "AssertionError (nn.Hardtanh asserts max_val > min_val; received min_val={other}, max_val={value})"}},
            "The gradient is 0 at both bounds ((x <= min_val || x >= max_val) ? 0 : 1), unlike torch.clamp whose gradient passes there.\n"
            "The scalar kernel gives f'(NaN) = 1.",
            AEX_KERNELS(torchHardtanh), atParams01};
        c.push_back(std::move(f));
    }
    // rrelu ---------------------------------------------------------------------------------------
    {
        FunctionSpec f{"rrelu", "RReLU", "Randomised leaky ReLU; in evaluation mode the slope is (lower + upper) / 2", {
            {"lower", "lower", "Lower bound of the random slope", ParamKind::Real, false, 0, 1, 0.01, 0.125},
            {"upper", "upper", "Upper bound of the random slope", ParamKind::Real, false, 0, 1, 0.01, 1.0 / 3.0},
        }, {}};
        f.frameworks[PT] = FrameworkSpec{"torch.nn.RReLU", {real("lower", 1.0 / 8.0, "<= upper"), real("upper", 1.0 / 3.0, ">= lower")},
            {{0, RuleCheck::NotGreaterThanOther, 1, "Lower bound should be less than or equal to the upper bound"}},
            "Evaluation mode (training=False): leaky_relu with slope (lower + upper) / 2, 0.22916666666666666 by default; f'(0) = slope.\n"
            "In training mode each element draws its slope from U(lower, upper).",
            AEX_KERNELS(torchRrelu), at0};
        c.push_back(std::move(f));
    }
    // elu -----------------------------------------------------------------------------------------
    {
        FunctionSpec f{"elu", "ELU", "x for x > 0, alpha * (exp(x) - 1) otherwise", {
            {"alpha", "alpha", "Scale of the negative part", ParamKind::Real, false, 0, 3, 0.05, 1},
        }, {}};
        FrameworkSpec keras{"keras.layers.ELU", {real("alpha", 1.0)}, {},
            "TF's Elu takes x < 0 ? exp(x) - 1 : x and its gradient from the output; with alpha != 1 Keras multiplies where x <= 0, so f'(0) = alpha.\n"
            "elu(-0.0) = -0.0.",
            AEX_KERNELS(tfElu), at0};
        f.frameworks[K] = keras;
        keras.api = "tf.keras.layers.ELU";
        f.frameworks[TK] = keras;
        f.frameworks[PT] = FrameworkSpec{"torch.nn.ELU", {real("alpha", 1.0)}, {},
            "PyTorch takes the x <= 0 branch at 0, so f'(0) = alpha; elu(-0.0) = +0.0.\n"
            "It uses exp(x) - 1, not expm1: tiny negative inputs lose precision (float64 elu(-1e-30) = 0).",
            AEX_KERNELS(torchElu), at0};
        c.push_back(std::move(f));
    }
    // selu ----------------------------------------------------------------------------------------
    {
        FunctionSpec f{"selu", "SELU", "scale * x for x > 0, scale * alpha * (exp(x) - 1) otherwise", {}, {}};
        FrameworkSpec keras{"keras.activations.selu", {}, {},
            "TF's SeluGrad works from the output: f'(0) = scale = 1.0507009873554805.",
            AEX_KERNELS(tfSelu), at0};
        f.frameworks[K] = keras;
        keras.api = "tf.keras.activations.selu";
        f.frameworks[TK] = keras;
        f.frameworks[PT] = FrameworkSpec{"torch.nn.SELU", {}, {},
            "PyTorch's SELU is elu with scale and alpha and takes the x <= 0 branch at 0: f'(0) = scale * alpha = 1.7580993408473766.",
            AEX_KERNELS(torchSelu), at0};
        c.push_back(std::move(f));
    }
    // celu ----------------------------------------------------------------------------------------
    {
        FunctionSpec f{"celu", "CELU", "max(0, x) + min(0, alpha * (exp(x / alpha) - 1))", {
            {"alpha", "alpha", "Scale of the negative part; must not be 0", ParamKind::Real, false, 0.1, 3, 0.05, 1},
        }, {}};
        f.frameworks[K] = FrameworkSpec{"keras.activations.celu", {real("alpha", 1.0)}, {},
            "Keras on TF composes maximum(x, 0) + alpha * expm1(minimum(x, 0) / alpha): both ops pass the gradient at the tie, so f'(0) = 2.",
            AEX_KERNELS(kerasCelu), at0};
        f.frameworks[PT] = FrameworkSpec{"torch.nn.CELU", {real("alpha", 1.0, "!= 0")},
            {{0, RuleCheck::NotZero, 0, "ZeroDivisionError: alpha cannot be 0 for CELU"}},
            "PyTorch computes elu(x, alpha, input_scale=1/alpha): f'(0) = 1.",
            AEX_KERNELS(torchCelu), at0};
        c.push_back(std::move(f));
    }
    // gelu ----------------------------------------------------------------------------------------
    {
        FunctionSpec f{"gelu", "GELU", "x * Phi(x), exactly with erf or with the tanh approximation", {
            {"approximate", "tanh approximation", "Use 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))", ParamKind::Boolean, false, 0, 1, 1, 0},
        }, {}};
        FrameworkSpec keras{"keras.activations.gelu", {real("approximate", 0.0, "true or false")}, {},
            "keras.activations.gelu defaults to approximate=False, but keras.ops.gelu defaults to approximate=True.\n"
            "gelu(-inf) = NaN (-inf * 0).",
            AEX_KERNELS(tfGelu), nullptr};
        f.frameworks[K] = keras;
        keras.api = "tf.keras.activations.gelu";
        keras.notes = "tf.keras defaults to approximate=False.\ngelu(-inf) = NaN (-inf * 0).";
        f.frameworks[TK] = keras;
        f.frameworks[PT] = FrameworkSpec{"torch.nn.GELU", {real("approximate", 0.0, "'none' or 'tanh'")}, {},
            "PyTorch defaults to approximate='none' (erf).\ngelu(-inf) = NaN and f'(+inf) = NaN.",
            AEX_KERNELS(torchGelu), nullptr};
        c.push_back(std::move(f));
    }
    // silu ----------------------------------------------------------------------------------------
    {
        FunctionSpec f{"silu", "SiLU (swish)", "x * sigmoid(x)", {}, {}};
        FrameworkSpec keras{"keras.activations.silu", {}, {}, "tf.nn.silu: x * sigmoid(x) with gradient s * (1 + x * (1 - s)).",
            AEX_KERNELS(tfSilu), nullptr};
        f.frameworks[K] = keras;
        keras.api = "tf.keras.activations.swish";
        f.frameworks[TK] = keras;
        f.frameworks[PT] = FrameworkSpec{"torch.nn.SiLU", {}, {},
            "PyTorch computes x / (1 + exp(-x)): silu(-inf) = NaN and f'(+inf) = NaN.",
            AEX_KERNELS(torchSilu), nullptr};
        c.push_back(std::move(f));
    }
    // mish ----------------------------------------------------------------------------------------
    {
        FunctionSpec f{"mish", "Mish", "x * tanh(softplus(x))", {}, {}};
        FrameworkSpec keras{"keras.activations.mish", {}, {},
            "softplus is TF's, which switches to x above -log(eps) - 2 and to exp(x) below log(eps) + 2.",
            AEX_KERNELS(kerasMish), tfSoftplusCandidates};
        f.frameworks[K] = keras;
        keras.api = "tf.keras.activations.mish";
        f.frameworks[TK] = keras;
        f.frameworks[PT] = FrameworkSpec{"torch.nn.Mish", {}, {},
            "PyTorch computes x * tanh(log1p(exp(x))): mish(-inf) = NaN and f'(+inf) = NaN.",
            AEX_KERNELS(torchMish), nullptr};
        c.push_back(std::move(f));
    }
    // softplus ------------------------------------------------------------------------------------
    {
        FunctionSpec f{"softplus", "Softplus", "log(1 + exp(beta x)) / beta", {
            {"beta", "beta", "Sharpness", ParamKind::Real, false, 0.1, 5, 0.1, 1},
            {"threshold", "threshold", "Above threshold / beta the output is x itself", ParamKind::Real, false, 0, 30, 0.5, 20},
        }, {}};
        FrameworkSpec keras{"keras.activations.softplus", {}, {},
            "TF switches formula at t = log(eps) + 2: x above -t, exp(x) below t, log1p(exp(x)) between; no beta or threshold.",
            AEX_KERNELS(tfSoftplusKernel), tfSoftplusCandidates};
        f.frameworks[K] = keras;
        keras.api = "tf.keras.activations.softplus";
        f.frameworks[TK] = keras;
        f.frameworks[PT] = FrameworkSpec{"torch.nn.Softplus", {real("beta", 1.0), real("threshold", 20.0)}, {},
            "Above x * beta > threshold (strict) PyTorch returns x: a tiny jump at threshold / beta (2e-9 at the default 20), and f' jumps to 1.",
            AEX_KERNELS(torchSoftplus), torchSoftplusCandidates};
        c.push_back(std::move(f));
    }
    // sigmoid, tanh -------------------------------------------------------------------------------
    {
        FunctionSpec f{"sigmoid", "Sigmoid", "1 / (1 + exp(-x))", {}, {}};
        f.frameworks[K] = FrameworkSpec{"keras.activations.sigmoid", {}, {}, "The gradient is taken from the output: y * (1 - y).", AEX_KERNELS(sigmoidKernel), nullptr};
        f.frameworks[TK] = FrameworkSpec{"tf.keras.activations.sigmoid", {}, {}, "The gradient is taken from the output: y * (1 - y).", AEX_KERNELS(sigmoidKernel), nullptr};
        f.frameworks[PT] = FrameworkSpec{"torch.nn.Sigmoid", {}, {}, "The gradient is taken from the output: (1 - y) * y.", AEX_KERNELS(sigmoidKernel), nullptr};
        c.push_back(std::move(f));
    }
    {
        FunctionSpec f{"tanh", "Tanh", "tanh(x)", {}, {}};
        f.frameworks[K] = FrameworkSpec{"keras.activations.tanh", {}, {}, "The gradient is taken from the output: 1 - y^2.", AEX_KERNELS(tanhKernel), nullptr};
        f.frameworks[TK] = FrameworkSpec{"tf.keras.activations.tanh", {}, {}, "The gradient is taken from the output: 1 - y^2.", AEX_KERNELS(tanhKernel), nullptr};
        f.frameworks[PT] = FrameworkSpec{"torch.nn.Tanh", {}, {}, "The gradient is taken from the output: 1 - y^2.", AEX_KERNELS(tanhKernel), nullptr};
        c.push_back(std::move(f));
    }
    // hard_sigmoid --------------------------------------------------------------------------------
    {
        FunctionSpec f{"hard_sigmoid", "HardSigmoid", "A piecewise-linear sigmoid; the frameworks disagree on its slope", {}, {}};
        f.frameworks[K] = FrameworkSpec{"keras.activations.hard_sigmoid", {}, {},
            "Keras 3 computes relu6(x + 3) / 6: slope 1/6 on (-3, 3), f'(+-3) = 0 (Relu6Grad).\nKeras 2 used clip(0.2 x + 0.5, 0, 1): f(1) is 0.6667 here but 0.7 there.",
            AEX_KERNELS(kerasHardSigmoid), atPlusMinus3};
        f.frameworks[TK] = FrameworkSpec{"tf.keras.activations.hard_sigmoid", {}, {},
            "tf.keras computes clip(0.2 x + 0.5, 0, 1): slope 0.2 on [-2.5, 2.5]; the clip gradient passes at the bounds, f'(+-2.5) = 0.2.",
            AEX_KERNELS(tfKerasHardSigmoid), atPlusMinus2_5};
        f.frameworks[PT] = FrameworkSpec{"torch.nn.Hardsigmoid", {}, {},
            "PyTorch computes min(max(x + 3, 0), 6) / 6; f'(+-3) = 0.\nIts backward builds 1/6 in float even for double: f' = 0.1666666716337204 in float64.",
            AEX_KERNELS(torchHardSigmoid), atPlusMinus3};
        c.push_back(std::move(f));
    }
    // hard_swish ----------------------------------------------------------------------------------
    {
        FunctionSpec f{"hard_swish", "HardSwish", "x * relu6(x + 3) / 6", {}, {}};
        f.frameworks[K] = FrameworkSpec{"keras.activations.hard_silu", {}, {},
            "Keras on TF composes x * relu6(x + 3) / 6: f'(-3) = 0 and f'(3) = 1.",
            AEX_KERNELS(kerasHardSwish), atPlusMinus3};
        f.frameworks[PT] = FrameworkSpec{"torch.nn.Hardswish", {}, {},
            "PyTorch's scalar backward is x < -3 ? 0 : x <= 3 ? x/3 + 0.5 : 1: f'(-3) = -0.5 and f'(3) = 1.5 (its vectorised kernel gives 1 at 3).",
            AEX_KERNELS(torchHardSwish), atPlusMinus3};
        c.push_back(std::move(f));
    }
    // softsign, exponential, linear ---------------------------------------------------------------
    {
        FunctionSpec f{"softsign", "Softsign", "x / (|x| + 1)", {}, {}};
        f.frameworks[K] = FrameworkSpec{"keras.activations.softsign", {}, {}, "TF's SoftsignGrad is 1 / (|x| + 1)^2.", AEX_KERNELS(tfSoftsign), nullptr};
        f.frameworks[TK] = FrameworkSpec{"tf.keras.activations.softsign", {}, {}, "TF's SoftsignGrad is 1 / (|x| + 1)^2.", AEX_KERNELS(tfSoftsign), nullptr};
        f.frameworks[PT] = FrameworkSpec{"torch.nn.Softsign", {}, {}, "PyTorch computes x / (x.abs() + 1) and differentiates the ops.", AEX_KERNELS(torchSoftsign), nullptr};
        c.push_back(std::move(f));
    }
    {
        FunctionSpec f{"exponential", "Exponential", "exp(x)", {}, {}};
        f.frameworks[K] = FrameworkSpec{"keras.activations.exponential", {}, {}, "f' = f = exp(x).", AEX_KERNELS(exponentialKernel), nullptr};
        f.frameworks[TK] = FrameworkSpec{"tf.keras.activations.exponential", {}, {}, "f' = f = exp(x).", AEX_KERNELS(exponentialKernel), nullptr};
        f.frameworks[PT] = FrameworkSpec{"torch.exp", {}, {}, "PyTorch has no exponential layer; torch.exp is the op. f' = f.", AEX_KERNELS(exponentialKernel), nullptr};
        c.push_back(std::move(f));
    }
    {
        FunctionSpec f{"linear", "Linear (identity)", "x", {}, {}};
        f.frameworks[K] = FrameworkSpec{"keras.activations.linear", {}, {}, "Returns its input unchanged; f' = 1.", AEX_KERNELS(linearKernel), nullptr};
        f.frameworks[TK] = FrameworkSpec{"tf.keras.activations.linear", {}, {}, "Returns its input unchanged; f' = 1.", AEX_KERNELS(linearKernel), nullptr};
        f.frameworks[PT] = FrameworkSpec{"torch.nn.Identity", {}, {}, "Returns its input unchanged; f' = 1.", AEX_KERNELS(linearKernel), nullptr};
        c.push_back(std::move(f));
    }
    return c;
}
// clang-format on

#undef AEX_KERNELS

} // namespace

const FrameworkSpec* FunctionSpec::in(Framework framework) const
{
    const auto& spec = frameworks[static_cast<std::size_t>(framework)];
    return spec ? &*spec : nullptr;
}

std::vector<Framework> FunctionSpec::availableFrameworks() const
{
    std::vector<Framework> out;
    for (Framework f : kFrameworks) {
        if (in(f))
            out.push_back(f);
    }
    return out;
}

std::optional<std::size_t> FunctionSpec::paramIndex(std::string_view paramName, Framework framework) const
{
    const FrameworkSpec* spec = in(framework);
    for (std::size_t i = 0; i < params.size(); ++i) {
        if (params[i].name == paramName)
            return i;
        if (spec && spec->params[i].available && spec->params[i].apiName == paramName)
            return i;
    }
    return std::nullopt;
}

std::span<const FunctionSpec> catalogue()
{
    static const std::vector<FunctionSpec> table = buildCatalogue();
    return table;
}

const FunctionSpec* findFunction(std::string_view name)
{
    const auto table = catalogue();
    const auto it = std::find_if(table.begin(), table.end(), [name](const FunctionSpec& f) { return f.name == name; });
    return it == table.end() ? nullptr : &*it;
}

} // namespace Core
