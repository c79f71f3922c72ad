// SPDX-License-Identifier: MIT
// Where a PyTorch snippet gives other answers than the curve it was copied from, as the
// machine-readable "# differs:" lines (codegen.h). make crosscheck runs every snippet in PyTorch and
// fails on a declared difference that is not real and on a real one that is not declared, so each
// line here was found by running the snippet, and each condition is as narrow as the difference.
#include "codetext.h"

#include "aex/core/numberformat.h"
#include "kernels/relu.h"

namespace Core {

namespace {

using Lines = std::vector<std::string>;

std::string py(double v) { return formatPythonLiteral(v); }

// PyTorch's vectorised kernels (a long tensor) differ from the scalar one (a 1-element tensor,
// what the app shows) at NaN for these layers (README, "PyTorch, to the last digit").
constexpr std::string_view kNanGradVectorZero
    = "d/dx where math.isnan(x): 1.0 in a 1-element tensor (the app shows PyTorch's scalar kernel), 0.0 in a long "
      "tensor (the vectorised kernel)";
constexpr std::string_view kNanGradVectorNan
    = "d/dx where math.isnan(x): the positive slope in a 1-element tensor (PyTorch's scalar kernel, as the app "
      "shows), nan in a long tensor (the vectorised kernel)";

// PyTorch's tanh-form GELU, as the snippet of any GELU curve with approximate on.
constexpr std::string_view kGeluTanhTail
    = "value where x < -5.0: last digits: where 1 + tanh(...) is a few ulps, a long tensor's vectorised tanh can "
      "round it to 0 (-0.0 for the value) where the 1-element tensor (the app) keeps about 1e-16";

// The PyTorch curve itself, its own layer: only the vectorised kernel can differ.
Lines fromTorch(std::string_view f, const ParamValues& p)
{
    if (f == "gelu" && p.value[0] != 0.0)
        return {std::string(kGeluTanhTail), "d/dx where x < -5.0: last digits: the same tail of the vectorised tanh"};
    if (f == "relu6" || f == "hardtanh" || f == "softshrink")
        return {std::string(kNanGradVectorZero)};
    if (f == "elu" || f == "selu" || f == "celu")
        return {std::string(kNanGradVectorNan)};
    if (f == "hard_swish")
        return {"d/dx where x == 3.0: 1.5 in a 1-element tensor (PyTorch's scalar kernel, as the app shows), 1.0 in "
                "a long tensor (the vectorised kernel)",
            std::string(kNanGradVectorNan)};
    return {};
}

// TF's gradients are 0 at NaN where PyTorch's relu-like kernels pass the incoming 1.
std::string nanGrad(std::string_view source, std::string_view here)
{
    return "d/dx where math.isnan(x): " + std::string(source) + ", here " + std::string(here);
}

// Keras' and tf.keras' ReLU layer by path (kerasReluTo in functions/relu.cpp picks the same ones).
Lines fromKerasRelu(const Activation& a, const CodeSnippet& s)
{
    using namespace Kernels;
    const ParamValues& p = a.params();
    const bool hasMax = !p.none[ReluParam::MaxValue];
    const double maxValue = p.value[ReluParam::MaxValue], slope = p.value[ReluParam::NegativeSlope],
                 t = p.value[ReluParam::Threshold];
    const bool keras = a.framework() == Framework::Keras;
    const std::string src = keras ? "Keras 3" : "tf.keras";
    const std::string& e = s.expression;
    if (e == "torch.nn.ReLU()")
        return {nanGrad(src + " 0.0 (TF's ReluGrad)", "1.0 (PyTorch's ReLU passes the gradient at NaN)")};
    if (e.starts_with("torch.nn.LeakyReLU("))
        return {};
    if (e == "torch.nn.ReLU6()")
        return {nanGrad(src + " 0.0 (TF's Relu6Grad)", "1.0 in a 1-element tensor, 0.0 in a long one")};
    if (e.starts_with("torch.nn.Hardtanh(")) {
        return {"d/dx where x == " + py(maxValue) + ": " + src
                + " 1.0 (its clip passes the gradient at the bound), here 0.0 (Hardtanh's bound)",
            nanGrad(src + " 0.0", "1.0 in a 1-element tensor, 0.0 in a long one")};
    }
    if (e.starts_with("torch.nn.Threshold(")) {
        if (keras)
            return {"value where math.isnan(x): Keras 3 0.0 (its where mask), here nan (Threshold passes NaN)",
                nanGrad("Keras 3 0.0", "1.0")};
        return {"value where x <= " + py(t)
                + " and math.copysign(1.0, x) < 0: tf.keras -0.0 (x * 0.0), nan at x == -inf, here 0.0",
            nanGrad("tf.keras 0.0", "1.0")};
    }
    // The composition: the same ops; PyTorch's relu and hardtanh pass the gradient at NaN.
    Lines out;
    const bool relu6Body = hasMax && maxValue == 6.0 && t == 0.0;
    if (slope != 0.0 || relu6Body)
        out.push_back(nanGrad(src + " 0.0", "PyTorch's relu passes it"));
    return out;
}

// Keras 3 and tf.keras curves in PyTorch: TF's kernels and PyTorch's, where they part.
Lines fromTf(const Activation& a, const std::string& src)
{
    const std::string_view f = a.function().name;
    const double p0 = a.params().value[0];
    const std::string negZero = "value where x == 0 and math.copysign(1.0, x) < 0: " + src
        + " keeps -0.0's sign, here 0.0 (or the other way round for a negative alpha)";
    if (f == "relu6")
        return {nanGrad(src + " 0.0 (TF's Relu6Grad)", "1.0 in a 1-element tensor, 0.0 in a long one")};
    if (f == "thresholded_relu")
        return {"value where x <= " + py(p0) + " and math.copysign(1.0, x) < 0: tf.keras -0.0 (x * 0.0), nan at x == "
                "-inf, here 0.0",
            nanGrad("tf.keras 0.0", "1.0")};
    if (f == "leaky_relu" && a.framework() == Framework::TfKeras && p0 == 0.0)
        return {"value where x < 0: tf.keras 0.0 (alpha = 0 calls plain relu), here -0.0 (0.0 * x), nan at x == -inf"};
    if (f == "prelu") {
        Lines out{"d/dalpha where x > 0 or (x == 0 and math.copysign(1.0, x) < 0): " + src
            + " 0.0 (the gradient summed into a zero), here -0.0: the sign of zero only"};
        if (p0 != -1.0)
            out.push_back(nanGrad(src + " 0.0", "1 + alpha (PyTorch's relu passes the gradient at NaN)"));
        return out;
    }
    if (f == "elu")
        return {negZero, "d/dx where x < -5.0 or math.isnan(x): " + src
                + " takes the gradient from the output, alpha * (elu(x) + 1), which loses digits below x = -5 (0.0 below "
                  "-37) and gives 0.0 at NaN for alpha = 0; here alpha * exp(x)"};
    if (f == "selu")
        return {negZero, "d/dx where -1e-16 < x <= 0 or x < -5.0 or math.isnan(x): " + src
                + " takes the gradient from the output, scale = 1.0507009873554805 where exp(x) - 1 rounds to 0 and "
                  "digits lost below x = -5; here scale * alpha = 1.7580993408473766 at 0 and scale * alpha * exp(x)"};
    if (f == "celu")
        return {"value where -0.001 * abs(" + py(p0) + ") < x <= 0: Keras' expm1 keeps tiny negative inputs (and -0.0), "
                "here exp(x / alpha) - 1 loses them",
            "d/dx where x <= 0 or math.isnan(x): Keras f'(0) = 2 and f'(nan) = 0, here 1 and 1; below 0 PyTorch's "
            "gradient rounds alpha through float32"};
    if (f == "gelu" && p0 != 0.0)
        return {std::string(kGeluTanhTail),
            "d/dx where x < -4.0: last digits: TF's and PyTorch's tanh-form gradients round differently in the "
            "tail"};
    if (f == "softplus")
        return {"d/dx where x < -708.0: " + src + " 0.0 where the gradient is subnormal, here exp(x)"};
    if (f == "tanh")
        return {"d/dx where abs(x) > 5.0: last digits: both take 1 - tanh(x)^2 from the output, PyTorch as one "
                "multiply-add"};
    if (f == "hard_sigmoid" && a.framework() == Framework::Keras)
        return {"d/dx where -3.0 < x < 3.0: Keras 1/6 = 0.16666666666666666, here PyTorch's 1/6 rounded to float32 "
                "(0.1666666716337204)"};
    if (f == "hard_sigmoid")
        return {nanGrad("tf.keras 0.2 (its clip passes the gradient at NaN)", "0.0 (torch.clamp does not)")};
    if (f == "hard_swish")
        return {"d/dx where x == -3.0 or x + 3.0 == 6.0 or math.isnan(x): Keras 0.0 at -3, 1.0 where x + 3 rounds to 6 "
                "and nan at NaN, here PyTorch's scalar kernel -0.5, 1.5 and 1.0",
            "value where x > 1e307: Keras x * (relu6(x + 3) / 6) stays finite, here x * relu6(x + 3) overflows to inf "
            "before / 6"};
    if (f == "softsign")
        return {"d/dx where abs(x) > 1000.0: " + src + " 1 / (|x| + 1)^2 (0.0 at +-inf), here PyTorch differentiates "
                "x / (|x| + 1), which cancels to 0.0 far out and gives nan at +-inf"};
    return {};
}

} // namespace

std::vector<std::string> torchDifferences(const Activation& source, const CodeSnippet& snippet)
{
    const std::string_view f = source.function().name;
    if (source.framework() == Framework::PyTorch)
        return fromTorch(f, source.params());
    if (f == "relu")
        return fromKerasRelu(source, snippet);
    return fromTf(source, source.framework() == Framework::Keras ? "Keras 3" : "tf.keras");
}

} // namespace Core
