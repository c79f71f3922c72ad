// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <limits>

namespace Core {

enum class Side { Left, Right, Neither };

// A kink or jump of the value or of the derivative, for the current parameter values.
// The limits are exact for piecewise-linear pieces and accurate to rounding elsewhere.
struct Breakpoint {
    double x = 0;
    double yLeft = 0, yAt = 0, yRight = 0;    // value: left limit, value at x, right limit
    double dyLeft = 0, dyAt = 0, dyRight = 0; // derivative: the same three
    bool valueJumps() const;                  // yLeft != yRight
    bool slopeJumps() const;                  // dyLeft != dyRight
    Side valueOwner() const;                  // which limit the value at x equals
    Side slopeOwner() const;                  // which limit the derivative at x equals
};

// Sorted by x. Only points where something actually changes are reported.
std::vector<Breakpoint> breakpoints(const Activation& activation, DType dtype = DType::Float64);

enum class Monotonicity { NonDecreasing, NonIncreasing, Constant, None };
std::string_view monotonicityName(Monotonicity m); // "non-decreasing", ...

struct Interval {
    double lo = -std::numeric_limits<double>::infinity();
    double hi = std::numeric_limits<double>::infinity();
    friend bool operator==(const Interval&, const Interval&) = default;
};

struct Properties {
    double infimum = -std::numeric_limits<double>::infinity();
    double supremum = std::numeric_limits<double>::infinity();
    bool boundedBelow() const { return infimum > -std::numeric_limits<double>::infinity(); }
    bool boundedAbove() const { return supremum < std::numeric_limits<double>::infinity(); }
    bool continuous = true;     // no jump in the value
    bool differentiable = true; // no jump in the derivative either
    Monotonicity monotonicity = Monotonicity::None;
    std::vector<Interval> zeroGradient; // maximal intervals where d/dx is exactly 0
};

// Derived from the parameters by probing each piece between breakpoints.
Properties properties(const Activation& activation, DType dtype = DType::Float64);

} // namespace Core
