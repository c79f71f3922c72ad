// SPDX-License-Identifier: MIT
// exp and tanh as PyTorch's CPU build computes them (kernels/smooth.h, kernels/gates.h).
//
// torch.exp and torch.tanh go through at::vml, which runs the Vectorized loop over every element,
// the remainder included: even a one-element tensor is evaluated by SLEEF's u10 functions, not by
// libm. SLEEF's scalar "purecfma" variants return the same bits as the AVX2 vectors PyTorch's AVX2
// build uses (the default on any x86-64 CPU with AVX2 and FMA), which `make crosscheck` confirms.
// Without AVX2 and FMA, PyTorch runs its DEFAULT build, which calls libm: so does this.
#pragma once

#include <cmath>

#if defined(__x86_64__)
// libsleef (Debian's libsleef-dev). sleef.h declares the FMA variants only when this file is
// compiled with FMA (FP_FAST_FMA); they are called only after checking the CPU has it.
extern "C" {
double Sleef_expd1_u10purecfma(double);
float Sleef_expf1_u10purecfma(float);
double Sleef_tanhd1_u10purecfma(double);
float Sleef_tanhf1_u10purecfma(float);
}
#endif

namespace Core::Kernels {

#if defined(__x86_64__)
inline bool torchUsesAvx2()
{
    static const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return avx2;
}
inline double torchExp(double x) { return torchUsesAvx2() ? Sleef_expd1_u10purecfma(x) : std::exp(x); }
inline float torchExp(float x) { return torchUsesAvx2() ? Sleef_expf1_u10purecfma(x) : std::exp(x); }
inline double torchTanh(double x) { return torchUsesAvx2() ? Sleef_tanhd1_u10purecfma(x) : std::tanh(x); }
inline float torchTanh(float x) { return torchUsesAvx2() ? Sleef_tanhf1_u10purecfma(x) : std::tanh(x); }
#else
template <class T> T torchExp(T x) { return std::exp(x); }
template <class T> T torchTanh(T x) { return std::tanh(x); }
#endif

} // namespace Core::Kernels
