// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <array>
#include <string>
#include <vector>

namespace Core {

// One place where two curves differ, in one part of a comparison.
struct Difference {
    enum class Kind {
        Gap,        // the numbers differ
        SignOfZero, // both are zero, with different signs
        NaN,        // one is NaN, the other is not
    };
    Kind kind = Kind::Gap;
    double lo = 0, hi = 0; // lo == hi with both ends closed: one point (NaN for the input NaN)
    bool loOpen = false, hiOpen = false;
    double gap = 0;               // the largest |first - second| found on it (inf against an infinity)
    double first = 0, second = 0; // the two values where the gap is largest (a point's two values)
    std::string label;            // in the special inputs and the parameter part: "value", "d/dx", "alpha"
    // On a curved piece the samples say where differences were found, not that every float
    // between them differs: how many of the points checked there differ.
    std::size_t differing = 0, checked = 0; // 0, 0 on piecewise-linear pieces and single points
    bool isPoint() const { return !(lo < hi) && !loOpen && !hiOpen; } // NaN: a point too
};

enum class ComparePart { Values, Gradient, ParamGradient, Special };

struct PartVerdict {
    ComparePart part = ComparePart::Values;
    std::string name; // "values", "d/dx", "d/d(alpha)", "special inputs"
    std::vector<Difference> differences; // sorted by lo
    // "Identical" holds for every float of the domain, not only the points checked: piecewise-linear
    // pieces whose every float follows from the piece, pieces small enough to enumerate, or the same
    // kernel with the same parameters.
    bool proved = false;
    std::string proof;       // how, when proved: "proved from the pieces", "the same kernel and parameters"
    std::size_t checked = 0; // points evaluated
    std::string note;        // "the second curve has no trainable alpha: 0 stands for it"
    bool identical() const { return differences.empty(); }
};

struct Comparison {
    double lo = 0, hi = 0;
    DType dtype = DType::Float64;
    std::array<PartVerdict, 4> parts; // values, d/dx, d/d(trainable parameter), special inputs
    bool identical() const;
};

// Compares two curves over [lo, hi] as their frameworks compute them in `dtype`: at every
// breakpoint of either, the domain ends, the first and last floats of every piece between them, a
// dense grid and floats drawn evenly over the bit patterns of each piece (so tiny and huge
// magnitudes get their share), plus the special inputs -0, -inf, +inf and NaN. Values are the same
// when both are NaN or equal with the same sign. Throws InputError unless lo < hi, both finite.
Comparison compare(const Activation& first, const Activation& second, double lo, double hi,
    DType dtype = DType::Float64);

// One line per part: "values: identical for every float64 in [-5, 5] (proved from the pieces)",
// "d/dx differs only at x = 0: 0.5 vs 0", "values differ on (2, 5]: up to 3".
std::string verdictLine(const PartVerdict& part, const Comparison& comparison);

// No curved piece for any parameter values: the catalogue has no curved formula for it.
bool isPiecewiseLinear(const Activation& activation);

} // namespace Core
