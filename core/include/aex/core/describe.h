// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

namespace Core {

// One line of a piecewise definition at the current parameter values: "f(x) = expression if
// condition". An empty condition means "otherwise" (or "for all x" when it is the only piece).
struct FormulaPiece {
    std::string expression; // "0.5·x"
    std::string condition;  // "x ≤ 0"
};

// What the formula panel shows: the piecewise definition, its derivative, and the framework
// notes that matter at these parameter values (which gradient is taken at a kink, signed zeros,
// where the implementation differs from the documented formula).
struct Description {
    std::vector<FormulaPiece> value;
    std::vector<FormulaPiece> derivative;
    std::vector<std::string> notes;
};
Description describe(const Activation& activation);

} // namespace Core
