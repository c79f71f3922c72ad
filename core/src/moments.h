// SPDX-License-Identifier: MIT
// The distribution lens's integrals, shared by statistics.cpp and depth.cpp: E[g(x)] for g = f,
// f^2, f', f'^2 and (f - c)^2 under a location-scale distribution, by adaptive Gauss-Kronrod
// (G7-K15, QUADPACK's error estimate, bisection) piece by piece between the function's breakpoints.
// Internal to aex_core.
#pragma once

#include "aex/core/statistics.h"

#include <array>
#include <cmath>
#include <span>
#include <vector>

namespace Core::Detail {

// The standard shapes: z ~ N(0, 1), Laplace(0, 1) or U(0, 1).
enum class Shape { Normal, Laplace, Uniform };

// x = location + scale * z. The integrals run over z, so that a tiny or zero scale (q = 0 in the
// depth recursion) still evaluates f at the location instead of integrating over nothing.
struct Standardised {
    Shape shape = Shape::Normal;
    double location = 0;
    double scale = 1;
};
// Not for Empirical.
Standardised standardised(const Distribution& d);

double standardDensity(Shape shape, double z);
// P(zlo < z < zhi), accurate in either tail; the ends may be infinite.
double standardProbability(Shape shape, double zlo, double zhi);

// Neumaier's compensated sum: sums of up to 10^7 terms (an empirical input's values) to the last
// digit or two.
struct Sum {
    double sum = 0, compensation = 0;
    void add(double v)
    {
        const double t = sum + v;
        if (std::isfinite(t)) // past an overflow the sum is inf, and stays so
            compensation += std::fabs(sum) >= std::fabs(v) ? (sum - t) + v : (v - t) + sum;
        sum = t;
    }
    double value() const { return sum + compensation; }
};

enum Moment : std::size_t { F, F2, DF, DF2, Centred, kMomentCount };
using Moments = std::array<double, kMomentCount>;
using MomentMask = std::array<bool, kMomentCount>;

// The x positions where the function may change: its breakpoints and its framework's breakpoint
// candidates (finite, sorted, unique; rounded to float for float32).
std::vector<double> splitPoints(const Activation& activation, DType dtype);

// E[g(x)] for each wanted moment (0 for the others); Centred is E[(f(x) - centre)^2]. f and f' are
// evaluated through Core::evaluate in `dtype`. Relative accuracy about 1e-13 of E[|g|] in float64
// (1e-8 in float32, whose rounding of x is a staircase); infinite where the integral overflows.
Moments integrateMoments(const Activation& activation, DType dtype, const Standardised& d,
    std::span<const double> splits, double centre, const MomentMask& wanted);

} // namespace Core::Detail
