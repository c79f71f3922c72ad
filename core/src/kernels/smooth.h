// SPDX-License-Identifier: MIT
// Kernels of the exponential family and the smooth gates (functions/smooth.cpp).
#pragma once

#include "kernels/common.h"
#include "kernels/torchmath.h"

namespace Core::Kernels {

// Parameter indices, in the order of each catalogue entry's parameters.
namespace EluParam {
enum : std::size_t { Alpha };
}
namespace CeluParam {
enum : std::size_t { Alpha };
}
namespace GeluParam {
enum : std::size_t { Approximate };
}
namespace SoftplusParam {
enum : std::size_t { Beta, Threshold };
}

// ---- exponential family ---------------------------------------------------------------------

// TF Elu: x < 0 ? exp(x) - 1 : x, EluGrad from the output; Keras scales with where(x > 0, res,
// alpha * res) when alpha != 1, so dy(0) = alpha.
template <class T> void tfElu(const KernelArgs<T>& a)
{
    const T alpha = param(a, EluParam::Alpha);
    const bool scaled = a.params->value[EluParam::Alpha] != 1.0;
    forEach(a, [=](T x, T& y, T& dy) {
        const T res = x < T(0) ? std::exp(x) - T(1) : x;
        const T dres = res < T(0) ? res + T(1) : T(1);
        y = (!scaled || x > T(0)) ? res : alpha * res;
        dy = (!scaled || x > T(0)) ? dres : alpha * dres;
    });
}

// torch elu_kernel / elu_backward (from the input): x <= 0 ? (exp(x*is) - 1) * negcoef : x * scale.
// The backward gets its own input scale: celu's autograd formula computes it differently.
template <class T>
inline void torchEluWith(const KernelArgs<T>& a, T negcoef, T poscoef, T inputScale, T gradInputScale)
{
    forEach(a, [=](T x, T& y, T& dy) {
        y = x <= T(0) ? (std::exp(x * inputScale) - T(1)) * negcoef : x * poscoef;
        dy = x <= T(0) ? T(1) * gradInputScale * negcoef * std::exp(x * gradInputScale) : T(1) * poscoef;
    });
}
template <class T> void torchElu(const KernelArgs<T>& a)
{
    torchEluWith(a, param(a, EluParam::Alpha) * T(1), T(1), T(1), T(1));
}

inline constexpr double kSeluAlpha = 1.6732632423543772848170429916717;
inline constexpr double kSeluScale = 1.0507009873554804934193349852946;
inline constexpr double kSeluScaleAlpha = 1.7580993408473768599402175208123;

// TF Selu / SeluGrad (from the output): dy(0) = scale.
template <class T> void tfSelu(const KernelArgs<T>& a)
{
    const T scaleAlpha = static_cast<T>(kSeluScaleAlpha), scale = static_cast<T>(kSeluScale);
    forEach(a, [=](T x, T& y, T& dy) {
        y = x < T(0) ? scaleAlpha * (std::exp(x) - T(1)) : scale * x;
        dy = y < T(0) ? T(1) * (y + scaleAlpha) : T(1) * scale;
    });
}
// torch selu = elu(alpha=SELU_ALPHA, scale=SELU_SCALE): negcoef = alpha * scale in T, dy(0) = that.
template <class T> void torchSelu(const KernelArgs<T>& a)
{
    const T scale = static_cast<T>(kSeluScale);
    torchEluWith(a, static_cast<T>(kSeluAlpha) * scale, scale, T(1), T(1));
}

// torch celu = elu(alpha, scale=1, input_scale=1/alpha) with 1/alpha taken in double. Its autograd
// formula (derivatives.yaml: elu_backward(grad, alpha, 1, 1.0/alpha.toFloat(), false, self)) rounds
// alpha through float first, even for float64: dy(0) = alpha / float(alpha), 0.999999985 at 0.1.
template <class T> void torchCelu(const KernelArgs<T>& a)
{
    const double alpha = a.params->value[CeluParam::Alpha];
    torchEluWith(a, param(a, CeluParam::Alpha) * T(1), T(1), static_cast<T>(1.0 / alpha),
        static_cast<T>(1.0 / static_cast<double>(static_cast<float>(alpha))));
}

// Keras celu on TF: maximum(x, 0) + alpha * expm1(minimum(x, 0) / alpha). TF's Maximum and Minimum
// gradients both pass at the tie, so dy(0) = 1 + 1 = 2.
template <class T> void kerasCelu(const KernelArgs<T>& a)
{
    const T alpha = param(a, CeluParam::Alpha);
    forEach(a, [alpha](T x, T& y, T& dy) {
        const T mx = x < T(0) ? T(0) : x;
        const T mn = x > T(0) ? T(0) : x;
        const T z = mn / alpha;
        y = mx + alpha * std::expm1(z);
        dy = (x >= T(0) ? T(1) : T(0)) + (x <= T(0) ? (T(1) * alpha * std::exp(z)) / alpha : T(0));
    });
}

// ---- smooth gates ---------------------------------------------------------------------------

inline constexpr double kSqrt1_2 = 0.70710678118654752440;
inline constexpr double k2_SqrtPi = 1.12837916709551257390;
inline constexpr double kSqrt2 = 1.41421356237309504880;

// torch GeluKernel / GeluBackwardKernel (approximate='none' and 'tanh').
template <class T> void torchGelu(const KernelArgs<T>& a)
{
    if (a.params->value[GeluParam::Approximate] == 0.0) {
        const T kAlpha = static_cast<T>(kSqrt1_2);
        const T kBeta = static_cast<T>(k2_SqrtPi * kSqrt1_2 * 0.5);
        forEach(a, [=](T x, T& y, T& dy) {
            y = x * T(0.5) * (T(1) + std::erf(x * kAlpha));
            const T cdf = T(0.5) * (T(1) + std::erf(x * kAlpha));
            const T pdf = kBeta * std::exp(x * x * T(-0.5));
            // Unfused, unlike the tanh form below: PyTorch's AVX2 build agrees bit for bit only so.
            dy = T(1) * (cdf + x * pdf);
        });
    } else {
        const T kBeta = static_cast<T>(kSqrt2 * k2_SqrtPi * 0.5);
        const T kKappa = T(0.044715);
        forEach(a, [=](T x, T& y, T& dy) {
            const T xSq = x * x;
            const T xCube = xSq * x;
            const T inner = kBeta * std::fma(kKappa, xCube, x);
            const T tanhInner = std::tanh(inner);
            y = T(0.5) * x * (T(1) + tanhInner);
            const T left = T(0.5) * x;
            const T right = T(1) + tanhInner;
            const T tanhDerivative = std::fma(-tanhInner, tanhInner, T(1));
            const T innerDerivative = kBeta * std::fma(T(3) * kKappa, xSq, T(1));
            const T rightDerivative = left * tanhDerivative * innerDerivative;
            // leftDerivative = 0.5 * right is the product fused into the sum.
            dy = T(1) * std::fma(T(0.5), right, rightDerivative);
        });
    }
}

// tf.nn.gelu, differentiated op by op by TF's autodiff.
template <class T> void tfGelu(const KernelArgs<T>& a)
{
    if (a.params->value[GeluParam::Approximate] == 0.0) {
        const T sqrt2 = static_cast<T>(kSqrt2);
        const T pdfScale = static_cast<T>(k2_SqrtPi);
        forEach(a, [=](T x, T& y, T& dy) {
            const T e = T(1) + std::erf(x / sqrt2);
            y = T(0.5) * x * e;
            const T z = x / sqrt2;
            dy = T(0.5) * e + T(0.5) * x * (pdfScale * std::exp(-(z * z)) / sqrt2);
        });
    } else {
        const T c = static_cast<T>(0.7978845608028654);
        const T coeff = T(0.044715);
        forEach(a, [=](T x, T& y, T& dy) {
            const T th = std::tanh(c * (x + coeff * (x * x * x)));
            y = T(0.5) * x * (T(1) + th);
            dy = T(0.5) * (T(1) + th) + T(0.5) * x * ((T(1) - th * th) * c * (T(1) + coeff * (T(3) * (x * x))));
        });
    }
}

template <class T> inline T sigmoidOf(T x) { return T(1) / (T(1) + std::exp(-x)); }

// torch silu: x / (1 + exp(-x)), grad s * (1 + x * (1 - s)): silu(-inf) = NaN. PyTorch's AVX2
// build is compiled with FMA, and GCC contracts a product whose one use is an addition into a
// fused multiply-add; the torch kernels below take std::fma exactly where it does.
template <class T> void torchSilu(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        y = x / (T(1) + std::exp(-x));
        const T s = sigmoidOf(x);
        dy = T(1) * s * std::fma(x, T(1) - s, T(1));
    });
}
// tf.nn.silu: x * sigmoid(x) with its custom gradient sigmoid * (1 + x * (1 - sigmoid)).
template <class T> void tfSilu(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        const T s = sigmoidOf(x);
        y = x * s;
        dy = T(1) * (s * (T(1) + x * (T(1) - s)));
    });
}

// TF Softplus (softplus_op.h): switches at t = log(eps) + 2 to x or exp(x); grad g / (1 + exp(-x)).
template <class T> inline T tfSoftplus(T x)
{
    const T t = std::log(std::numeric_limits<T>::epsilon()) + T(2);
    return x > -t ? x : (x < t ? std::exp(x) : std::log1p(std::exp(x)));
}
template <class T> double tfSoftplusSwitch()
{
    return static_cast<double>(std::log(std::numeric_limits<T>::epsilon()) + T(2));
}

template <class T> void tfSoftplusKernel(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        y = tfSoftplus(x);
        dy = T(1) / (std::exp(-x) + T(1));
    });
}

// torch softplus: x * beta > threshold ? x : log1p(exp(x * beta)) / beta (strict >, so a tiny
// value jump at threshold / beta); grad z / (z + 1) with z = exp(x * beta).
template <class T> void torchSoftplus(const KernelArgs<T>& a)
{
    const T beta = param(a, SoftplusParam::Beta), threshold = param(a, SoftplusParam::Threshold);
    forEach(a, [=](T x, T& y, T& dy) {
        const T xb = x * beta;
        y = xb > threshold ? x : std::log1p(std::exp(xb)) / beta;
        const T z = std::exp(xb);
        dy = xb > threshold ? T(1) : T(1) * z / (z + T(1));
    });
}

// torch mish: x * tanh(log1p(exp(x))), grad tanh_sp + x * sigmoid * (1 - tanh_sp^2), both the
// square and the product fused (see torchSilu).
template <class T> void torchMish(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        const T tsp = std::tanh(std::log1p(std::exp(x)));
        y = x * tsp;
        const T s = T(1) / (T(1) + std::exp(-x));
        dy = T(1) * std::fma(x * s, std::fma(-tsp, tsp, T(1)), tsp);
    });
}
// Keras mish: x * tanh(softplus(x)) with TF's softplus, differentiated op by op.
template <class T> void kerasMish(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        const T tsp = std::tanh(tfSoftplus(x));
        y = x * tsp;
        dy = tsp + x * ((T(1) - tsp * tsp) * (T(1) / (std::exp(-x) + T(1))));
    });
}

// sigmoid and tanh: gradients from the output, as both frameworks take them.
template <class T> void sigmoidKernel(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        y = sigmoidOf(x);
        dy = T(1) * (T(1) - y) * y;
    });
}
template <class T> void tanhKernel(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        y = std::tanh(x);
        dy = T(1) * (T(1) - y * y);
    });
}
// torch tanh: SLEEF's tanh (kernels/torchmath.h); tanh_backward's 1 - y * y is fused (see torchSilu).
template <class T> void torchTanhKernel(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        y = torchTanh(x);
        dy = T(1) * std::fma(-y, y, T(1));
    });
}

} // namespace Core::Kernels
