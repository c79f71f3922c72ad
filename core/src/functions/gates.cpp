// SPDX-License-Identifier: MIT
// The hard gates and the rest in the catalogue: hard_sigmoid, hard_swish, softsign, exponential,
// linear and softshrink.
#include "kernels/gates.h"
#include "aex/core/activation.h"
#include "functions/entry.h"

namespace Core::Entry {

namespace {

using namespace Kernels;

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
std::size_t atPlusMinusLambd(const ParamValues& p, std::array<double, kMaxCandidates>& out)
{
    const double lambd = p.value[SoftshrinkParam::Lambd];
    out = {0.0 - lambd, lambd}; // not -lambd: lambd = 0 gives one point, +0
    return 2;
}

} // namespace

// clang-format off
void addGatesFamily(std::vector<FunctionSpec>& c)
{
    // hard_sigmoid --------------------------------------------------------------------------------
    {
        FunctionSpec f{"hard_sigmoid", "HardSigmoid", "A piecewise-linear sigmoid; the frameworks disagree on its slope", {}, {}};
        f.frameworks[K] = FrameworkSpec{"keras.activations.hard_sigmoid", {}, {},
            "Keras 3 computes relu6(x + 3) / 6: slope 1/6 on (-3, 3), f'(+-3) = 0 (Relu6Grad).\nKeras 2 used clip(0.2 x + 0.5, 0, 1): f(1) is 0.6667 here but 0.7 there.",
            AEX_KERNELS(kerasHardSigmoid), atPlusMinus3};
        f.frameworks[K]->translations[TK].composition = "tf.nn.relu6(x + 3.0) / 6.0";
        f.frameworks[K]->translations[PT].caveat = "PyTorch's slope on (-3, 3) is 1/6 rounded to float32: f' = 0.1666666716337204 in float64.";
        f.frameworks[TK] = FrameworkSpec{"tf.keras.activations.hard_sigmoid", {}, {},
            "tf.keras computes clip(0.2 x + 0.5, 0, 1): slope 0.2 on [-2.5, 2.5]; the clip gradient passes at the bounds, f'(+-2.5) = 0.2.",
            AEX_KERNELS(tfKerasHardSigmoid), atPlusMinus2_5};
        f.frameworks[TK]->translations[K].composition = "keras.ops.clip(0.2 * x + 0.5, 0.0, 1.0)";
        f.frameworks[TK]->translations[PT].composition = "torch.clamp(0.2 * x + 0.5, 0.0, 1.0)";
        f.frameworks[PT] = FrameworkSpec{"torch.nn.Hardsigmoid", {}, {},
            "PyTorch computes min(max(x + 3, 0), 6) / 6; f'(+-3) = 0.\nIts backward builds 1/6 in float even for double: f' = 0.1666666716337204 in float64.",
            AEX_KERNELS(torchHardSigmoid), atPlusMinus3};
        f.frameworks[PT]->translations[TK] = {"tf.nn.relu6(x + 3.0) / 6.0", "The slope on (-3, 3) is 1/6 here, where PyTorch's gradient uses 1/6 rounded to float32 (0.1666666716337204 in float64)."};
        f.frameworks[PT]->translations[K].caveat = f.frameworks[PT]->translations[TK].caveat;
        c.push_back(std::move(f));
    }
    // hard_swish ----------------------------------------------------------------------------------
    {
        // Each source's rounding order: Keras x * (relu6(x + 3) / 6), PyTorch (x * relu6(x + 3)) / 6.
        FunctionSpec f{"hard_swish", "HardSwish", "x * relu6(x + 3) / 6", {}, {}, {"x·(x + 3) / 6", "(2x + 3) / 6", {}}};
        f.frameworks[K] = FrameworkSpec{"keras.activations.hard_silu", {}, {},
            "Keras on TF composes x * relu6(x + 3) / 6: f'(-3) = 0 and f'(3) = 1.",
            AEX_KERNELS(kerasHardSwish), atPlusMinus3};
        f.frameworks[K]->translations[TK].composition = "x * (tf.nn.relu6(x + 3.0) / 6.0)";
        f.frameworks[K]->translations[PT].caveat = "PyTorch's scalar kernel takes f'(-3) = -0.5 and f'(3) = 1.5 (its vectorised kernel 1 at 3), where Keras takes 0 and 1.";
        f.frameworks[PT] = FrameworkSpec{"torch.nn.Hardswish", {}, {},
            "PyTorch's scalar backward is x < -3 ? 0 : x <= 3 ? x/3 + 0.5 : 1: f'(-3) = -0.5, f'(3) = 1.5 and f'(NaN) = 1 (its vectorised kernel, for long tensors, gives 1 at 3 and NaN at NaN).",
            AEX_KERNELS(torchHardSwish), atPlusMinus3};
        f.frameworks[PT]->translations[TK] = {"x * tf.nn.relu6(x + 3.0) / 6.0", "f'(-3) = 0 and f'(3) = 1 here, where PyTorch's scalar kernel takes -0.5 and 1.5."};
        f.frameworks[PT]->translations[K].caveat = f.frameworks[PT]->translations[TK].caveat;
        c.push_back(std::move(f));
    }
    // softsign, exponential, linear ---------------------------------------------------------------
    {
        FunctionSpec f{"softsign", "Softsign", "x / (|x| + 1)", {}, {}, {"x / (|x| + 1)", "1 / (|x| + 1)²", {}}};
        f.frameworks[K] = FrameworkSpec{"keras.activations.softsign", {}, {}, "TF's SoftsignGrad is 1 / (|x| + 1)^2.", AEX_KERNELS(tfSoftsign), nullptr};
        f.frameworks[TK] = FrameworkSpec{"tf.keras.activations.softsign", {}, {}, "TF's SoftsignGrad is 1 / (|x| + 1)^2.", AEX_KERNELS(tfSoftsign), nullptr};
        f.frameworks[PT] = FrameworkSpec{"torch.nn.Softsign", {}, {}, "PyTorch computes x / (x.abs() + 1) and differentiates the ops.", AEX_KERNELS(torchSoftsign), nullptr};
        c.push_back(std::move(f));
    }
    {
        FunctionSpec f{"exponential", "Exponential", "exp(x)", {}, {}, {"eˣ", "eˣ", {}}};
        f.frameworks[K] = FrameworkSpec{"keras.activations.exponential", {}, {}, "f' = f = exp(x).", AEX_KERNELS(exponentialKernel), nullptr};
        f.frameworks[TK] = FrameworkSpec{"tf.keras.activations.exponential", {}, {}, "f' = f = exp(x).", AEX_KERNELS(exponentialKernel), nullptr};
        f.frameworks[PT] = FrameworkSpec{"torch.exp", {}, {}, "PyTorch has no exponential layer; torch.exp is the op. f' = f.\nPyTorch computes exp with SLEEF for every element, a lone one too, so one element and a long tensor agree; libm's exp differs in the last digit.", AEX_KERNELS(torchExponential), nullptr};
        c.push_back(std::move(f));
    }
    {
        FunctionSpec f{"linear", "Linear (identity)", "x", {}, {}};
        f.frameworks[K] = FrameworkSpec{"keras.activations.linear", {}, {}, "Returns its input unchanged; f' = 1.", AEX_KERNELS(linearKernel), nullptr};
        f.frameworks[TK] = FrameworkSpec{"tf.keras.activations.linear", {}, {}, "Returns its input unchanged; f' = 1.", AEX_KERNELS(linearKernel), nullptr};
        f.frameworks[PT] = FrameworkSpec{"torch.nn.Identity", {}, {}, "Returns its input unchanged; f' = 1.", AEX_KERNELS(linearKernel), nullptr};
        c.push_back(std::move(f));
    }
    // softshrink ----------------------------------------------------------------------------------
    {
        FunctionSpec f{"softshrink", "Softshrink", "x - lambd above lambd, x + lambd below -lambd, 0 between", {
            {"lambd", "lambda", "Half-width of the band around 0 that becomes 0", ParamKind::Real, false, 0, 3, 0.05, 0.5},
        }, {}};
        FrameworkSpec keras{"keras.activations.soft_shrink", {real("threshold", 0.5)}, {},
            "Keras (>= 3.7) on TF computes where(x > threshold, x - threshold, where(x < -threshold, x + threshold, 0)): f(NaN) = 0 and f(-0.0) = +0.0.\n"
            "The select gradient reaches x only through the branch taken: f'(+-threshold) = 0 and f'(NaN) = 0.\n"
            "A negative threshold is accepted: then f jumps at x = threshold, from x + threshold to x - threshold.",
            AEX_KERNELS(kerasSoftshrink), atPlusMinusLambd};
        keras.translations[TK].composition = "tf.where(x > {lambd}, x - {(lambd)}, tf.where(x < -{(lambd)}, x + {(lambd)}, tf.zeros_like(x)))";
        // Keras' selects, not nn.Softshrink: f'(NaN) = 0 as in Keras, and a negative threshold works.
        keras.translations[PT].composition = "torch.where(x > {lambd}, x - {(lambd)}, torch.where(x < -{(lambd)}, x + {(lambd)}, torch.zeros_like(x)))";
        f.frameworks[K] = keras;
        FrameworkSpec torch{"torch.nn.Softshrink", {real("lambd", 0.5, ">= 0")},
            {notNegative(SoftshrinkParam::Lambd, "lambda must be greater or equal to 0, but found to be {value:g}.")},
            "PyTorch computes x > lambd ? x - lambd : (x < -lambd ? x + lambd : 0): f(NaN) = 0 and f(-0.0) = +0.0.\n"
            "Its backward is (x >= -lambd && x <= lambd) ? 0 : 1: f'(+-lambd) = 0; the scalar kernel gives f'(NaN) = 1 (the vectorised one 0).\n"
            "nn.Softshrink(lambd) stores any value; calling it raises for a negative lambd.",
            AEX_KERNELS(torchSoftshrink), atPlusMinusLambd};
        torch.translations[K].caveat = "Keras takes f'(NaN) = 0 where PyTorch's scalar kernel takes 1.";
        torch.translations[TK] = {keras.translations[TK].composition, "f'(NaN) = 0 here, where PyTorch's scalar kernel takes 1."};
        f.frameworks[PT] = torch;
        c.push_back(std::move(f));
    }
}
// clang-format on

} // namespace Core::Entry
