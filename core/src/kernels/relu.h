// SPDX-License-Identifier: MIT
// Kernels of the ReLU family (functions/relu.cpp): piecewise linear, kinks at 0 or at a parameter.
#pragma once

#include "kernels/common.h"

namespace Core::Kernels {

// Parameter indices, in the order of each catalogue entry's parameters.
namespace ReluParam {
enum : std::size_t { MaxValue, NegativeSlope, Threshold };
}
namespace LeakyReluParam {
enum : std::size_t { Alpha };
}
namespace PreluParam {
enum : std::size_t { Alpha };
}
namespace ThresholdedReluParam {
enum : std::size_t { Theta };
}
namespace ThresholdParam {
enum : std::size_t { Threshold, Value };
}
namespace HardtanhParam {
enum : std::size_t { MinVal, MaxVal };
}
namespace RreluParam {
enum : std::size_t { Lower, Upper };
}

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
    const bool maxNone = p.none[ReluParam::MaxValue];
    // The path is chosen on the Python floats, before they become tensor values.
    const double slopeD = p.value[ReluParam::NegativeSlope], thresholdD = p.value[ReluParam::Threshold];
    const T maxValue = param(a, ReluParam::MaxValue), slope = param(a, ReluParam::NegativeSlope),
            t = param(a, ReluParam::Threshold);
    if (slopeD != 0.0 && maxNone && thresholdD == 0.0) { // (A): leaky_relu, dy(0) = slope
        leaky(a, slope);
        return;
    }
    const bool thresholded = thresholdD != 0.0;
    const bool relu6Path = !thresholded && !maxNone && p.value[ReluParam::MaxValue] == 6.0; // (C): Relu6Grad, dy(6)=0
    const bool clip = !maxNone && !relu6Path; // (D): clip grad passes at ties
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

template <class T> void leakyRelu(const KernelArgs<T>& a) { leaky(a, param(a, LeakyReluParam::Alpha)); }

// tf.keras.layers.LeakyReLU calls backend.relu(x, alpha=alpha) (SEMANTICS 1.3): leaky_relu (A) while
// alpha != 0 (on the Python float), plain relu when alpha == 0: +0 for negative x, 0 at -inf, ReluGrad.
template <class T> void tfKerasLeakyRelu(const KernelArgs<T>& a)
{
    if (a.params->value[LeakyReluParam::Alpha] != 0.0) {
        leaky(a, param(a, LeakyReluParam::Alpha));
        return;
    }
    forEach(a, [](T x, T& y, T& dy) {
        y = relu(x);
        dy = x > T(0) ? T(1) : T(0);
    });
}

// torch.nn.PReLU: dx = x > 0 ? 1 : w; dw = x > 0 ? 0 : x, accumulated into a zero sum (+0 at -0).
template <class T> void torchPrelu(const KernelArgs<T>& a)
{
    const T w = param(a, PreluParam::Alpha);
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
    const T alpha = param(a, PreluParam::Alpha);
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
template <class T> void torchHardtanh(const KernelArgs<T>& a)
{
    hardtanhWith(a, param(a, HardtanhParam::MinVal), param(a, HardtanhParam::MaxVal));
}

// tf.keras ThresholdedReLU: x * cast(x > theta): -0 for negative x, NaN at -inf; dy(theta) = 0.
template <class T> void thresholdedRelu(const KernelArgs<T>& a)
{
    const T theta = param(a, ThresholdedReluParam::Theta);
    forEach(a, [theta](T x, T& y, T& dy) {
        y = x * (x > theta ? T(1) : T(0));
        dy = x > theta ? T(1) : T(0);
    });
}

// torch.nn.Threshold: x <= threshold ? value : x; grad 0 there (including at the threshold).
template <class T> void torchThreshold(const KernelArgs<T>& a)
{
    const T t = param(a, ThresholdParam::Threshold), value = param(a, ThresholdParam::Value);
    forEach(a, [t, value](T x, T& y, T& dy) {
        y = x <= t ? value : x;
        dy = x <= t ? T(0) : T(1);
    });
}

// torch.nn.RReLU in eval mode: leaky_relu with slope (lower + upper) / 2, computed in double.
template <class T> void torchRrelu(const KernelArgs<T>& a)
{
    const ParamValues& p = *a.params;
    leaky(a, static_cast<T>((p.value[RreluParam::Lower] + p.value[RreluParam::Upper]) / 2.0));
}

} // namespace Core::Kernels
