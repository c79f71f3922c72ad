// SPDX-License-Identifier: MIT
// Kernels of the hard gates and the rest (functions/gates.cpp).
#pragma once

#include "kernels/common.h"
#include "kernels/torchmath.h"

namespace Core::Kernels {

// Parameter indices, in the order of each catalogue entry's parameters.
namespace SoftshrinkParam {
enum : std::size_t { Lambd };
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
// torch.exp: SLEEF's exp (kernels/torchmath.h); the gradient is the result.
template <class T> void torchExponential(const KernelArgs<T>& a)
{
    forEach(a, [](T x, T& y, T& dy) {
        y = torchExp(x);
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

// torch softshrink_kernel: x > l ? x - l : (x < -l ? x + l : 0), so f(NaN) = +0 and f(-0) = +0;
// the scalar shrink_backward (x >= -l && x <= l) ? 0 : g: dy(+-l) = 0, dy(NaN) = 1.
template <class T> void torchSoftshrink(const KernelArgs<T>& a)
{
    const T l = param(a, SoftshrinkParam::Lambd);
    forEach(a, [l](T x, T& y, T& dy) {
        y = x > l ? x - l : (x < -l ? x + l : T(0));
        dy = (x >= -l && x <= l) ? T(0) : T(1);
    });
}
// Keras soft_shrink on TF: where(x > t, x - t, where(x < -t, x + t, zeros_like(x))); the select
// gradient reaches x only through the branch taken: dy(+-t) = 0, dy(NaN) = 0.
template <class T> void kerasSoftshrink(const KernelArgs<T>& a)
{
    const T t = param(a, SoftshrinkParam::Lambd);
    forEach(a, [t](T x, T& y, T& dy) {
        y = x > t ? x - t : (x < -t ? x + t : T(0));
        dy = (x > t || x < -t) ? T(1) : T(0);
    });
}

} // namespace Core::Kernels
