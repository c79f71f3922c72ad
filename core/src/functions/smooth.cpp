// SPDX-License-Identifier: MIT
// The exponential family and the smooth gates in the catalogue: elu, selu, celu, gelu, silu, mish,
// softplus, sigmoid and tanh, with their curved formula text and "Copy as code" translations.
#include "kernels/smooth.h"
#include "aex/core/activation.h"
#include "functions/entry.h"
#include "translation.h"

namespace Core::Entry {

namespace {

using namespace Kernels;
using namespace Translate;
using Fw = Framework;

std::size_t torchSoftplusCandidates(const ParamValues& p, std::array<double, kMaxCandidates>& out)
{
    out[0] = p.value[SoftplusParam::Threshold] / p.value[SoftplusParam::Beta];
    return 1;
}
// TF's softplus switches formula at log(eps) + 2 and its negation: value steps of a few ulps.
std::size_t tfSoftplusCandidates(const ParamValues& /*params*/, std::array<double, kMaxCandidates>& out)
{
    const double t = tfSoftplusSwitch<double>();
    out = {t, -t};
    return 2;
}

// tf.keras has no celu: Keras's own TF ops, maximum(x, 0) + alpha * expm1(minimum(x, 0) / alpha).
CodeSnippet kerasCeluToTfKeras(const Activation& a, Fw target, std::string_view /*caveat*/)
{
    const double alpha = a.params().value[CeluParam::Alpha];
    if (alpha == 1.0)
        return composition(target, "tf.maximum(x, 0.0) + tf.math.expm1(tf.minimum(x, 0.0))");
    return composition(target,
        "tf.maximum(x, 0.0) + " + operand(alpha) + " * tf.math.expm1(tf.minimum(x, 0.0) / " + operand(alpha) + ")");
}

// PyTorch: x <= 0 ? (exp(x * (1 / alpha)) - 1) * alpha : x. The minimum keeps exp finite in the
// branch tf.where discards, whose gradient would otherwise be 0 * inf = NaN.
CodeSnippet torchCeluToTfKeras(const Activation& a, Fw target, std::string_view /*caveat*/)
{
    const double alpha = a.params().value[CeluParam::Alpha];
    const std::string negative = alpha == 1.0
        ? "tf.exp(tf.minimum(x, 0.0)) - 1.0"
        : "(tf.exp(tf.minimum(x, 0.0) * " + operand(1.0 / alpha) + ") - 1.0) * " + operand(alpha);
    return composition(target, "tf.where(x <= 0.0, " + negative + ", x)");
}

// PyTorch's threshold switch, reproduced with the target's softplus.
CodeSnippet torchSoftplusTo(const Activation& a, Fw target, std::string_view caveat)
{
    const double beta = a.params().value[SoftplusParam::Beta], limit = a.params().value[SoftplusParam::Threshold];
    if (beta == 1.0 && limit == 20.0)
        return call("softplus", target, {}, std::string(caveat));
    const std::string z = beta == 1.0 ? std::string("x") : "x * " + operand(beta);
    std::string smooth = (target == Fw::Keras ? "keras.ops.softplus(" : "tf.math.softplus(") + z + ")";
    if (beta != 1.0)
        smooth += " / " + operand(beta);
    const std::string where = target == Fw::Keras ? "keras.ops.where(" : "tf.where(";
    return composition(target, where + z + " > " + py(limit) + ", x, " + smooth + ")");
}

// TF's softplus in PyTorch: PyTorch's threshold moved to TF's float64 switch, where both return x.
CodeSnippet tfSoftplusToTorch(const Activation& /*a*/, Fw target, std::string_view caveat)
{
    return call("softplus", target, {{"threshold", -tfSoftplusSwitch<double>()}}, std::string(caveat));
}

constexpr std::string_view kTfSoftplusInTorch
    = "threshold is TF's switch point in float64, -(log(eps) + 2) = 34.04: above it both return x itself, below it "
      "both compute log1p(exp(x)). TF's float32 kernel switches at 13.94 instead.";

constexpr std::string_view kSoftplusSwitch
    = "PyTorch returns x itself for x > 20 (its threshold), TF for x > 34.04 in float64 and x > 13.94 in float32: "
      "between the two switch points the values differ by up to exp(-x) (2.1e-09 at x = 20).";

// Where the same function takes other conventions in TF and in PyTorch: sets the caveat of a Keras
// or tf.keras entry translated to PyTorch, and of the PyTorch entry translated to both.
void crossCaveats(FunctionSpec& f, std::string_view toTorch, std::string_view fromTorch)
{
    for (const std::size_t fw : {K, TK}) {
        if (f.frameworks[fw])
            f.frameworks[fw]->translations[PT].caveat = toTorch;
    }
    if (f.frameworks[PT])
        f.frameworks[PT]->translations[K].caveat = f.frameworks[PT]->translations[TK].caveat = fromTorch;
}

} // namespace

// clang-format off
void addSmoothFamily(std::vector<FunctionSpec>& c)
{
    // elu -----------------------------------------------------------------------------------------
    {
        FunctionSpec f{"elu", "ELU", "x for x > 0, alpha * (exp(x) - 1) otherwise", {
            {"alpha", "alpha", "Scale of the negative part", ParamKind::Real, false, 0, 3, 0.05, 1},
        }, {}, {"{alpha}·(eˣ − 1)", "{alpha}·eˣ", {}}};
        FrameworkSpec keras{"keras.layers.ELU", {real("alpha", 1.0)}, {},
            "TF's Elu takes x < 0 ? exp(x) - 1 : x and its gradient from the output; with alpha != 1 Keras multiplies where x <= 0, so f'(0) = alpha.\n"
            "elu(-0.0) = -0.0.",
            AEX_KERNELS(tfElu), at0};
        f.frameworks[K] = keras;
        keras.api = "tf.keras.layers.ELU";
        f.frameworks[TK] = keras;
        f.frameworks[PT] = FrameworkSpec{"torch.nn.ELU", {real("alpha", 1.0)}, {},
            "PyTorch takes the x <= 0 branch at 0, so f'(0) = alpha; elu(-0.0) = +0.0.\n"
            "It uses exp(x) - 1, not expm1: tiny negative inputs lose precision (float64 elu(-1e-30) = 0).\n"
            "Shown is the scalar kernel (a 1-element tensor): f'(NaN) = 1; a long tensor's vectorised kernel gives NaN.",
            AEX_KERNELS(torchElu), at0};
        crossCaveats(f, "PyTorch gives elu(-0.0) = +0.0 where TF gives -0.0.",
            "TF gives elu(-0.0) = -0.0 where PyTorch gives +0.0.");
        c.push_back(std::move(f));
    }
    // selu ----------------------------------------------------------------------------------------
    {
        FunctionSpec f{"selu", "SELU", "scale * x for x > 0, scale * alpha * (exp(x) - 1) otherwise", {}, {},
            {"1.7581·(eˣ − 1)", "1.7581·eˣ", {}}};
        FrameworkSpec keras{"keras.activations.selu", {}, {},
            "TF's SeluGrad works from the output: f'(0) = scale = 1.0507009873554805.",
            AEX_KERNELS(tfSelu), at0};
        f.frameworks[K] = keras;
        keras.api = "tf.keras.activations.selu";
        f.frameworks[TK] = keras;
        f.frameworks[PT] = FrameworkSpec{"torch.nn.SELU", {}, {},
            "PyTorch's SELU is elu with scale and alpha and takes the x <= 0 branch at 0: f'(0) = scale * alpha = 1.7580993408473766.\n"
            "Shown is the scalar kernel (a 1-element tensor): f'(NaN) = scale; a long tensor's vectorised kernel gives NaN.",
            AEX_KERNELS(torchSelu), at0};
        crossCaveats(f, "PyTorch takes f'(0) = scale * alpha = 1.7580993408473766 where TF takes scale = 1.0507009873554805.",
            "TF takes f'(0) = scale = 1.0507009873554805 where PyTorch takes scale * alpha = 1.7580993408473766.");
        c.push_back(std::move(f));
    }
    // celu ----------------------------------------------------------------------------------------
    {
        FunctionSpec f{"celu", "CELU", "max(0, x) + min(0, alpha * (exp(x / alpha) - 1))", {
            {"alpha", "alpha", "Scale of the negative part; must not be 0", ParamKind::Real, false, 0.1, 3, 0.05, 1},
        }, {}, {"{alpha}·(e^(x/{alpha}) − 1)", "e^(x/{alpha})", {}}};
        f.frameworks[K] = FrameworkSpec{"keras.activations.celu", {real("alpha", 1.0)}, {},
            "Keras on TF composes maximum(x, 0) + alpha * expm1(minimum(x, 0) / alpha): both ops pass the gradient at the tie, so f'(0) = 2.",
            AEX_KERNELS(kerasCelu), at0};
        f.frameworks[K]->translations[TK].custom = kerasCeluToTfKeras;
        f.frameworks[PT] = FrameworkSpec{"torch.nn.CELU", {real("alpha", 1.0, "!= 0")},
            {notZero(CeluParam::Alpha, "ZeroDivisionError: alpha cannot be 0 for CELU")},
            "PyTorch computes elu(x, alpha, input_scale=1/alpha).\n"
            "Its gradient takes 1/alpha with alpha rounded to float32 (1.0 / alpha.toFloat()), even in float64: f'(0) = alpha / float32(alpha), 0.999999985 at alpha = 0.1 (exactly 1 where alpha is a float32, as 1, 0.5 and 2 are).\n"
            "Shown is the scalar kernel (a 1-element tensor): f'(NaN) = 1; a long tensor's vectorised kernel gives NaN.",
            AEX_KERNELS(torchCelu), at0};
        f.frameworks[PT]->translations[TK].custom = torchCeluToTfKeras;
        crossCaveats(f, "PyTorch takes f'(0) = 1 where Keras on TF takes 2, and computes exp(x / alpha) - 1 where Keras uses expm1 (tiny negative inputs lose precision).",
            "Keras on TF takes f'(0) = 2 where PyTorch takes 1, and uses expm1 where PyTorch computes exp(x / alpha) - 1 (which loses precision for tiny negative inputs).");
        c.push_back(std::move(f));
    }
    // gelu ----------------------------------------------------------------------------------------
    {
        FunctionSpec f{"gelu", "GELU", "x * Phi(x), exactly with erf or with the tanh approximation", {
            {"approximate", "tanh approximation", "Use 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))", ParamKind::Boolean, false, 0, 1, 1, 0},
        }, {}, {"x·Φ(x)", "Φ(x) + x·φ(x)", {}}};
        FrameworkSpec keras{"keras.activations.gelu", {real("approximate", 0.0, "true or false")}, {},
            "keras.activations.gelu defaults to approximate=False, but keras.ops.gelu defaults to approximate=True.\n"
            "gelu(-inf) = NaN (-inf * 0).",
            AEX_KERNELS(tfGelu), nullptr};
        f.frameworks[K] = keras;
        keras.api = "tf.keras.activations.gelu";
        keras.notes = "tf.keras defaults to approximate=False.\ngelu(-inf) = NaN (-inf * 0).";
        f.frameworks[TK] = keras;
        f.frameworks[PT] = FrameworkSpec{"torch.nn.GELU", {choice("approximate", 0.0, "'none' or 'tanh'", "'none'", "'tanh'")}, {},
            "PyTorch defaults to approximate='none' (erf).\ngelu(-inf) = NaN and f'(+inf) = NaN.\n"
            "?approximate The tanh form's gradient fuses three products into multiply-adds, as PyTorch's AVX2 build does.\n"
            "Shown is the scalar kernel (a 1-element tensor); a long tensor's vectorised kernel (SLEEF's erf, exp and tanh) differs in the last digits, and in float32 below x = -6.9 gives f = +0 and f' = 0 for -0 and about -1e-10.",
            AEX_KERNELS(torchGelu), nullptr};
        c.push_back(std::move(f));
    }
    // silu ----------------------------------------------------------------------------------------
    {
        FunctionSpec f{"silu", "SiLU (swish)", "x * sigmoid(x)", {}, {}, {"x·σ(x) = x / (1 + e⁻ˣ)", "σ(x)·(1 + x·(1 − σ(x)))", {}}};
        FrameworkSpec keras{"keras.activations.silu", {}, {}, "tf.nn.silu: x * sigmoid(x) with gradient s * (1 + x * (1 - s)).",
            AEX_KERNELS(tfSilu), nullptr};
        f.frameworks[K] = keras;
        keras.api = "tf.keras.activations.swish";
        f.frameworks[TK] = keras;
        f.frameworks[PT] = FrameworkSpec{"torch.nn.SiLU", {}, {},
            "PyTorch computes x / (1 + exp(-x)): silu(-inf) = NaN and f'(+inf) = NaN.\n"
            "Its gradient fuses x * (1 - s) + 1 into one multiply-add, as PyTorch's AVX2 build does.\n"
            "Shown is the scalar kernel (a 1-element tensor); a long tensor's vectorised kernel differs in the last digit or two.",
            AEX_KERNELS(torchSilu), nullptr};
        c.push_back(std::move(f));
    }
    // mish ----------------------------------------------------------------------------------------
    {
        FunctionSpec f{"mish", "Mish", "x * tanh(softplus(x))", {}, {},
            {"x·tanh(softplus(x))", "tanh(sp) + x·σ(x)·(1 − tanh²(sp)),  sp = softplus(x)", {}}};
        FrameworkSpec keras{"keras.activations.mish", {}, {},
            "softplus is TF's, which switches to x above -log(eps) - 2 and to exp(x) below log(eps) + 2.",
            AEX_KERNELS(kerasMish), tfSoftplusCandidates};
        f.frameworks[K] = keras;
        keras.api = "tf.keras.activations.mish";
        f.frameworks[TK] = keras;
        f.frameworks[PT] = FrameworkSpec{"torch.nn.Mish", {}, {},
            "PyTorch computes x * tanh(log1p(exp(x))): mish(-inf) = NaN and f'(+inf) = NaN.\n"
            "Its gradient fuses two products into multiply-adds, as PyTorch's AVX2 build does.\n"
            "Shown is the scalar kernel (a 1-element tensor); a long tensor's vectorised kernel differs in the last digits (in float32 by 4% where the result is subnormal, x = -100).",
            AEX_KERNELS(torchMish), nullptr};
        c.push_back(std::move(f));
    }
    // softplus ------------------------------------------------------------------------------------
    {
        FunctionSpec f{"softplus", "Softplus", "log(1 + exp(beta x)) / beta", {
            {"beta", "beta", "Sharpness", ParamKind::Real, false, 0.1, 5, 0.1, 1},
            {"threshold", "threshold", "Above threshold / beta the output is x itself", ParamKind::Real, false, 0, 30, 0.5, 20},
        }, {}, {"ln(1 + e^({beta}·x)) / {beta}", "σ({beta}·x)", "beta"}};
        FrameworkSpec keras{"keras.activations.softplus", {}, {},
            "TF switches formula at t = log(eps) + 2: x above -t, exp(x) below t, log1p(exp(x)) between; no beta or threshold.",
            AEX_KERNELS(tfSoftplusKernel), tfSoftplusCandidates};
        keras.formula = CurvedFormula{"ln(1 + eˣ)", "σ(x)", {}}; // TF's softplus has no beta
        keras.translations[PT] = {.caveat = kTfSoftplusInTorch, .custom = tfSoftplusToTorch};
        f.frameworks[K] = keras;
        keras.api = "tf.keras.activations.softplus";
        f.frameworks[TK] = keras;
        FrameworkSpec torch{"torch.nn.Softplus", {real("beta", 1.0), real("threshold", 20.0)}, {},
            "Above x * beta > threshold (strict) PyTorch returns x: a tiny jump at threshold / beta (2e-9 at the default 20), and f' jumps to 1.\n"
            "Shown is the scalar kernel (a 1-element tensor); a long tensor's vectorised kernel differs in the last digit, and more where the result is subnormal.",
            AEX_KERNELS(torchSoftplus), torchSoftplusCandidates};
        torch.translations[K] = torch.translations[TK] = {.caveat = kSoftplusSwitch, .custom = torchSoftplusTo};
        f.frameworks[PT] = torch;
        c.push_back(std::move(f));
    }
    // sigmoid, tanh -------------------------------------------------------------------------------
    {
        FunctionSpec f{"sigmoid", "Sigmoid", "1 / (1 + exp(-x))", {}, {}, {"σ(x) = 1 / (1 + e⁻ˣ)", "σ(x)·(1 − σ(x))", {}}};
        f.frameworks[K] = FrameworkSpec{"keras.activations.sigmoid", {}, {}, "The gradient is taken from the output: y * (1 - y).", AEX_KERNELS(sigmoidKernel), nullptr};
        f.frameworks[TK] = FrameworkSpec{"tf.keras.activations.sigmoid", {}, {}, "The gradient is taken from the output: y * (1 - y).", AEX_KERNELS(sigmoidKernel), nullptr};
        f.frameworks[PT] = FrameworkSpec{"torch.nn.Sigmoid", {}, {}, "The gradient is taken from the output: (1 - y) * y.\nShown is the scalar kernel (a 1-element tensor); a long tensor's vectorised kernel differs in the last digit.", AEX_KERNELS(sigmoidKernel), nullptr};
        c.push_back(std::move(f));
    }
    {
        FunctionSpec f{"tanh", "Tanh", "tanh(x)", {}, {}, {"tanh(x)", "1 − tanh²(x)", {}}};
        f.frameworks[K] = FrameworkSpec{"keras.activations.tanh", {}, {}, "The gradient is taken from the output: 1 - y^2.", AEX_KERNELS(tanhKernel), nullptr};
        f.frameworks[TK] = FrameworkSpec{"tf.keras.activations.tanh", {}, {}, "The gradient is taken from the output: 1 - y^2.", AEX_KERNELS(tanhKernel), nullptr};
        f.frameworks[PT] = FrameworkSpec{"torch.nn.Tanh", {}, {}, "The gradient is taken from the output: 1 - y^2, as one multiply-add in PyTorch's AVX2 build.\nPyTorch computes tanh with SLEEF for every element, a lone one too, so one element and a long tensor agree; libm's tanh differs in the last digit.", AEX_KERNELS(torchTanhKernel), nullptr};
        c.push_back(std::move(f));
    }
}
// clang-format on

} // namespace Core::Entry
