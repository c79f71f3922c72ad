// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/catalogue.h"

#include <string>
#include <vector>

namespace Core {

// One function in every framework that has it, side by side: each row is one point on which
// frameworks may differ, and every cell is computed from the catalogue and the kernels, never
// written by hand.
struct FrameworkRow {
    std::string aspect;             // "default of alpha", "f'(0)", "f(NaN)", "validation"
    std::vector<std::string> cells; // one per FrameworkTable::frameworks
    bool differs = false;           // the cells are not all the same
};
struct FrameworkTable {
    const FunctionSpec* function = nullptr;
    std::vector<Framework> frameworks; // those that have the function
    std::vector<FrameworkRow> rows;
};

// Rows: the API, each parameter's keyword, default and accepted range, the value and the
// gradient at every breakpoint of the defaults, at -0 and -1 (the sign of zero), at -inf, inf and
// NaN, and what the layer rejects with its own error text (each rule triggered on a value it
// rejects). Each framework at its own defaults, in dtype.
FrameworkTable frameworkTable(const FunctionSpec& function, DType dtype = DType::Float64);

// The table as text, one row per line: "* f(-1): keras 0 | tf_keras -0 | pytorch 0", "*" marking
// the rows that differ.
std::string frameworkTableText(const FrameworkTable& table, DType dtype);

} // namespace Core
