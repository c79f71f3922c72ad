// SPDX-License-Identifier: MIT
// The evaluation kernels: value and d/dx (and d/dparam where a parameter is trainable), written
// op for op the way each framework computes them, so that signed zeros, NaN and the gradient taken
// at a kink come out as the framework's. Each kernel is a branch-free loop over plain arrays: the
// piecewise-linear ones vectorise. Internal to aex_core.
#pragma once

#include "aex/core/activation.h"

#include <cmath>
#include <limits>
#include <type_traits>

namespace Core::Kernels {

// Parameters reach a kernel as doubles; a float32 tensor's op sees them rounded to float.
template <class T> inline T param(const KernelArgs<T>& a, std::size_t i) { return static_cast<T>(a.params->value[i]); }

template <class T, class F> inline void forEach(const KernelArgs<T>& a, F f)
{
    const T* __restrict x = a.x;
    T* __restrict y = a.y;
    T* __restrict dy = a.dy;
    for (std::size_t i = 0; i < a.n; ++i)
        f(x[i], y[i], dy[i]);
}

// relu as TF's Relu/ReluGrad and torch's clamp_min: -0 stays -0, NaN propagates; the TF gradient
// is x > 0, so 0 at the kink and at NaN.
template <class T> inline T relu(T x) { return x < T(0) ? T(0) : x; }

// ---- ReLU family ----------------------------------------------------------------------------

// Leaky ReLU (TF LeakyRelu, torch leaky_relu): dy(0) = alpha.
template <class T> inline void leaky(const KernelArgs<T>& a, T alpha)
{
    forEach(a, [alpha](T x, T& y, T& dy) {
        y = x > T(0) ? x : alpha * x;
        dy = x > T(0) ? T(1) : alpha;
    });
}

// Calls f(std::true_type) or f(std::false_type): lifts a loop-invariant flag into a template
// argument so that each combination compiles to its own branch-free, vectorisable loop.
template <class F> inline void withFlag(bool flag, F f)
{
    if (flag)
        f(std::true_type{});
    else
        f(std::false_type{});
}

// keras.layers.ReLU / tf.keras ReLU: the activations.relu composition (SEMANTICS 1.3), path by path.
// kWhereMask: Keras >= 3.15 masks with where(x > t, x, 0) (+0, NaN swallowed); tf.keras and
// Keras <= 3.14 with x * cast(x > t) (-0 for negative x, NaN at -inf).
template <class T, bool kWhereMask, bool kThresholded, bool kRelu6, bool kClip, bool kSlope>
void kerasReluLoop(const KernelArgs<T>& a, T maxValue, T slope, T t)
{
    forEach(a, [=](T x, T& y, T& dy) {
        // negative part: relu(-x + t), or relu(-x) when t == 0
        const T u = kThresholded ? -x + t : -x;
        T v, dv;
        if constexpr (kThresholded) {
            if constexpr (kWhereMask)
                v = x > t ? x : T(0);
            else
                v = x * (x > t ? T(1) : T(0));
            dv = x > t ? T(1) : T(0);
        } else if constexpr (kRelu6) {
            v = x < T(0) ? T(0) : (x > T(6) ? T(6) : x);
            dv = (x > T(0) && x < T(6)) ? T(1) : T(0);
        } else {
            v = relu(x);
            dv = x > T(0) ? T(1) : T(0);
        }
        if constexpr (kClip) {
            dv = (v < T(0) || v > maxValue) ? T(0) : dv;
            v = v < T(0) ? T(0) : (v > maxValue ? maxValue : v);
        }
        if constexpr (kSlope) { // (E): x -= slope * negative_part
            y = v - slope * relu(u);
            dy = dv + (u > T(0) ? slope : T(0));
        } else {
            y = v;
            dy = dv;
        }
    });
}

template <class T, bool kWhereMask> void kerasRelu(const KernelArgs<T>& a)
{
    const ParamValues& p = *a.params;
    const bool maxNone = p.none[0];
    // The path is chosen on the Python floats, before they become tensor values.
    const double slopeD = p.value[1], thresholdD = p.value[2];
    const T maxValue = param(a, 0), slope = param(a, 1), t = param(a, 2);
    if (slopeD != 0.0 && maxNone && thresholdD == 0.0) { // (A): leaky_relu, dy(0) = slope
        leaky(a, slope);
        return;
    }
    const bool thresholded = thresholdD != 0.0;
    const bool relu6Path = !thresholded && !maxNone && p.value[0] == 6.0; // (C): Relu6Grad, dy(6)=0
    const bool clip = !maxNone && !relu6Path;                             // (D): clip grad passes at ties
    withFlag(thresholded, [&](auto th) {
        withFlag(relu6Path && !thresholded, [&](auto r6) {
            withFlag(clip, [&](auto cl) {
                withFlag(slopeD != 0.0, [&](auto sl) {
                    kerasReluLoop<T, kWhereMask, decltype(th)::value, decltype(r6)::value, decltype(cl)::value,
                        decltype(sl)::value>(a, maxValue, slope, t);
                });
            });
        });
    });
}

// torch.nn.ReLU: clamp_min(x, 0); grad threshold_backward on the result: dy(NaN) = 1.
template <class T> void torchRelu(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        y = relu(x);
        dy = y <= T(0) ? T(0) : T(1);
    });
}

template <class T> void leakyRelu(const KernelArgs<T>& a) { leaky(a, param(a, 0)); }

// torch.nn.PReLU: dx = x > 0 ? 1 : w; dw = x > 0 ? 0 : x, accumulated into a zero sum (+0 at -0).
template <class T> void torchPrelu(const KernelArgs<T>& a)
{
    const T w = param(a, 0);
    forEach(a, [w](T x, T& y, T& dy) {
        y = x > T(0) ? x : w * x;
        dy = x > T(0) ? T(1) : w;
    });
    if (a.dparam) {
        for (std::size_t i = 0; i < a.n; ++i)
            a.dparam[i] = T(0) + (a.x[i] > T(0) ? T(0) : a.x[i]);
    }
}

// Keras PReLU: relu(x) + (-alpha * relu(-x)) through TF's relu gradient: dy(0) = 0 (not alpha),
// d/dalpha = -relu(-x), and NaN at x = -inf when alpha = 0 (-0 * inf).
template <class T> void kerasPrelu(const KernelArgs<T>& a)
{
    const T alpha = param(a, 0);
    forEach(a, [alpha](T x, T& y, T& dy) {
        y = relu(x) + (-alpha * relu(-x));
        dy = (x > T(0) ? T(1) : T(0)) + (-x > T(0) ? alpha : T(0));
    });
    if (a.dparam) {
        for (std::size_t i = 0; i < a.n; ++i)
            a.dparam[i] = T(0) + -relu(-a.x[i]);
    }
}

// tf.nn.relu6: Relu6Grad (x > 0) * (x < 6): dy(0) = dy(6) = 0, dy(NaN) = 0.
template <class T> void tfRelu6(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        y = x < T(0) ? T(0) : (x > T(6) ? T(6) : x);
        dy = (x > T(0) && x < T(6)) ? T(1) : T(0);
    });
}

// torch hardtanh(x, lo, hi) = min(max(x, lo), hi) (NaN propagates; lo > hi gives hi everywhere);
// the scalar backward (x <= lo || x >= hi) ? 0 : g: dy = 0 at both bounds, dy(NaN) = 1.
template <class T> inline void hardtanhWith(const KernelArgs<T>& a, T lo, T hi)
{
    forEach(a, [lo, hi](T x, T& y, T& dy) {
        const T m = x < lo ? lo : x;
        y = hi < m ? hi : m;
        dy = (x <= lo || x >= hi) ? T(0) : T(1);
    });
}
template <class T> void torchRelu6(const KernelArgs<T>& a) { hardtanhWith(a, T(0), T(6)); }
template <class T> void torchHardtanh(const KernelArgs<T>& a) { hardtanhWith(a, param(a, 0), param(a, 1)); }

// tf.keras ThresholdedReLU: x * cast(x > theta): -0 for negative x, NaN at -inf; dy(theta) = 0.
template <class T> void thresholdedRelu(const KernelArgs<T>& a)
{
    const T theta = param(a, 0);
    forEach(a, [theta](T x, T& y, T& dy) {
        y = x * (x > theta ? T(1) : T(0));
        dy = x > theta ? T(1) : T(0);
    });
}

// torch.nn.Threshold: x <= threshold ? value : x; grad 0 there (including at the threshold).
template <class T> void torchThreshold(const KernelArgs<T>& a)
{
    const T t = param(a, 0), value = param(a, 1);
    forEach(a, [t, value](T x, T& y, T& dy) {
        y = x <= t ? value : x;
        dy = x <= t ? T(0) : T(1);
    });
}

// torch.nn.RReLU in eval mode: leaky_relu with slope (lower + upper) / 2, computed in double.
template <class T> void torchRrelu(const KernelArgs<T>& a)
{
    leaky(a, static_cast<T>((a.params->value[0] + a.params->value[1]) / 2.0));
}

// ---- exponential family ---------------------------------------------------------------------

// TF Elu: x < 0 ? exp(x) - 1 : x, EluGrad from the output; Keras scales with where(x > 0, res,
// alpha * res) when alpha != 1, so dy(0) = alpha.
template <class T> void tfElu(const KernelArgs<T>& a)
{
    const T alpha = param(a, 0);
    const bool scaled = a.params->value[0] != 1.0;
    forEach(a, [=](T x, T& y, T& dy) {
        const T res = x < T(0) ? std::exp(x) - T(1) : x;
        const T dres = res < T(0) ? res + T(1) : T(1);
        y = (!scaled || x > T(0)) ? res : alpha * res;
        dy = (!scaled || x > T(0)) ? dres : alpha * dres;
    });
}

// torch elu_kernel / elu_backward (from the input): x <= 0 ? (exp(x*is) - 1) * negcoef : x * scale.
template <class T> inline void torchEluWith(const KernelArgs<T>& a, T negcoef, T poscoef, T inputScale)
{
    forEach(a, [=](T x, T& y, T& dy) {
        y = x <= T(0) ? (std::exp(x * inputScale) - T(1)) * negcoef : x * poscoef;
        dy = x <= T(0) ? T(1) * inputScale * negcoef * std::exp(x * inputScale) : T(1) * poscoef;
    });
}
template <class T> void torchElu(const KernelArgs<T>& a) { torchEluWith(a, param(a, 0) * T(1), T(1), T(1)); }

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
    torchEluWith(a, static_cast<T>(kSeluAlpha) * scale, scale, T(1));
}

// torch celu = elu(alpha, scale=1, input_scale=1/alpha) with 1/alpha taken in double; dy(0) = 1.
template <class T> void torchCelu(const KernelArgs<T>& a)
{
    torchEluWith(a, param(a, 0) * T(1), T(1), static_cast<T>(1.0 / a.params->value[0]));
}

// Keras celu on TF: maximum(x, 0) + alpha * expm1(minimum(x, 0) / alpha). TF's Maximum and Minimum
// gradients both pass at the tie, so dy(0) = 1 + 1 = 2.
template <class T> void kerasCelu(const KernelArgs<T>& a)
{
    const T alpha = param(a, 0);
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
    if (a.params->value[0] == 0.0) {
        const T kAlpha = static_cast<T>(kSqrt1_2);
        const T kBeta = static_cast<T>(k2_SqrtPi * kSqrt1_2 * 0.5);
        forEach(a, [=](T x, T& y, T& dy) {
            y = x * T(0.5) * (T(1) + std::erf(x * kAlpha));
            const T cdf = T(0.5) * (T(1) + std::erf(x * kAlpha));
            const T pdf = kBeta * std::exp(x * x * T(-0.5));
            dy = T(1) * (cdf + x * pdf);
        });
    } else {
        const T kBeta = static_cast<T>(kSqrt2 * k2_SqrtPi * 0.5);
        const T kKappa = T(0.044715);
        forEach(a, [=](T x, T& y, T& dy) {
            const T xSq = x * x;
            const T xCube = xSq * x;
            const T inner = kBeta * (x + kKappa * xCube);
            const T tanhInner = std::tanh(inner);
            y = T(0.5) * x * (T(1) + tanhInner);
            const T left = T(0.5) * x;
            const T right = T(1) + tanhInner;
            const T leftDerivative = T(0.5) * right;
            const T tanhDerivative = T(1) - tanhInner * tanhInner;
            const T innerDerivative = kBeta * (T(1) + T(3) * kKappa * xSq);
            const T rightDerivative = left * tanhDerivative * innerDerivative;
            dy = T(1) * (leftDerivative + rightDerivative);
        });
    }
}

// tf.nn.gelu, differentiated op by op by TF's autodiff.
template <class T> void tfGelu(const KernelArgs<T>& a)
{
    if (a.params->value[0] == 0.0) {
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

// torch silu: x / (1 + exp(-x)), grad s * (1 + x * (1 - s)): silu(-inf) = NaN.
template <class T> void torchSilu(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        y = x / (T(1) + std::exp(-x));
        const T s = sigmoidOf(x);
        dy = T(1) * (s * (T(1) + x * (T(1) - s)));
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
    const T beta = param(a, 0), threshold = param(a, 1);
    forEach(a, [=](T x, T& y, T& dy) {
        const T xb = x * beta;
        y = xb > threshold ? x : std::log1p(std::exp(xb)) / beta;
        const T z = std::exp(xb);
        dy = xb > threshold ? T(1) : T(1) * z / (z + T(1));
    });
}

// torch mish: x * tanh(log1p(exp(x))), grad tanh_sp + x * sigmoid * (1 - tanh_sp^2).
template <class T> void torchMish(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        const T tsp = std::tanh(std::log1p(std::exp(x)));
        y = x * tsp;
        const T s = T(1) / (T(1) + std::exp(-x));
        dy = T(1) * (tsp + x * s * (T(1) - tsp * tsp));
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

// ---- hard gates -----------------------------------------------------------------------------

// tf.keras hard_sigmoid: clip(0.2 * x + 0.5, 0, 1); the clip gradient passes at the bounds, so
// dy(+-2.5) = 0.2.
template <class T> void tfKerasHardSigmoid(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        const T z = x * T(0.2) + T(0.5);
        y = z < T(0) ? T(0) : (z > T(1) ? T(1) : z);
        dy = (z < T(0) || z > T(1)) ? T(0) : T(0.2);
    });
}
// Keras 3 hard_sigmoid on TF: relu6(x + 3) / 6: Relu6Grad gives dy(+-3) = 0.
template <class T> void kerasHardSigmoid(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        const T u = x + T(3);
        y = (u < T(0) ? T(0) : (u > T(6) ? T(6) : u)) / T(6);
        dy = (u > T(0) && u < T(6)) ? T(1) / T(6) : T(0);
    });
}
// torch hardsigmoid: min(max(x + 3, 0), 6) / 6; its backward builds 1/6 in float even for double,
// so the float64 slope is 0.1666666716337204.
template <class T> void torchHardSigmoid(const KernelArgs<T>& a)
{
    const T oneSixth = static_cast<T>(1.0f / 6.0f);
    forEach(a, [oneSixth](T x, T& y, T& dy) {
        const T u = x + T(3);
        const T m = u < T(0) ? T(0) : u;
        y = (T(6) < m ? T(6) : m) / T(6);
        dy = (x > T(-3) && x < T(3)) ? T(1) * oneSixth : T(0);
    });
}

// torch hardswish, scalar backward: x < -3 ? 0 : (x <= 3 ? x/3 + 0.5 : 1): dy(-3) = -0.5, dy(3) = 1.5.
template <class T> void torchHardSwish(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        const T u = x + T(3);
        const T m = u < T(0) ? T(0) : u;
        y = x * (T(6) < m ? T(6) : m) / T(6);
        dy = x < T(-3) ? T(0) : (x <= T(3) ? T(1) * ((x / T(3)) + T(0.5)) : T(1));
    });
}
// Keras hard_silu on TF: x * (relu6(x + 3) / 6): dy(-3) = 0, dy(3) = 1.
template <class T> void kerasHardSwish(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        const T u = x + T(3);
        const bool inside = u > T(0) && u < T(6);
        const T h = (u < T(0) ? T(0) : (u > T(6) ? T(6) : u)) / T(6);
        y = x * h;
        dy = h + (inside ? x / T(6) : T(0));
    });
}

// ---- the rest -------------------------------------------------------------------------------

// TF softsign: SoftsignGrad 1 / (|x| + 1)^2.
template <class T> void tfSoftsign(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        const T d = std::fabs(x) + T(1);
        y = x / d;
        dy = T(1) / (d * d);
    });
}
// torch softsign is literally x / (x.abs() + 1): autograd of div and abs.
template <class T> void torchSoftsign(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        const T d = std::fabs(x) + T(1);
        y = x / d;
        const T sgn = x > T(0) ? T(1) : (x < T(0) ? T(-1) : T(0));
        dy = T(1) / d + (-T(1) * ((x / d) / d)) * sgn;
    });
}

template <class T> void exponentialKernel(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        y = std::exp(x);
        dy = T(1) * y;
    });
}

template <class T> void linearKernel(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        y = x;
        dy = T(1);
    });
}

} // namespace Core::Kernels
