// SPDX-License-Identifier: MIT
// What every kernel shares. A kernel computes value and d/dx (and d/dparam where a parameter is
// trainable) op for op the way its framework does, so that signed zeros, NaN and the gradient taken
// at a kink come out as the framework's. Each kernel is a branch-free loop over plain arrays: the
// piecewise-linear ones vectorise. Parameters are read by the named indices each family header
// declares, in the order of the catalogue entry's parameters. Internal to aex_core.
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

} // namespace Core::Kernels
