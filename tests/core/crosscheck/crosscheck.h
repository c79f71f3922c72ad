// SPDX-License-Identifier: MIT
// The PyTorch cross-check (issue #11): the cases it asks PyTorch about, the table PyTorch's answers
// come back in, and the comparison of that table with the core. Shared by aex-crosscheck (the
// driver crosscheck.py runs) and tst_pytorchreference (which replays the checked-in table).
// Plain C++ on aex_core: no Qt, no Python.
#pragma once

#include "aex/core/activation.h"

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace Crosscheck {

// One input: a PyTorch function of the catalogue, a dtype, parameter values and x.
// `params` is "name=value;..." with catalogue names and the shortest round-trip numbers
// (Booleans 0 or 1), or "-" for none.
struct Case {
    std::string function;
    Core::DType dtype = Core::DType::Float64;
    std::string params;
    double x = 0; // in float32 a float value, widened
    int set = 0;  // which parameter set of this function and dtype (0: defaults)
};

// What PyTorch computed for a case, through one kernel path.
struct Row {
    Case input;
    std::string path; // "scalar": a 1-element tensor; "vector": one element of a long tensor
    double y = 0, dy = 0;
    std::optional<double> dparam; // d/d(trainable parameter): prelu's weight
    int line = 0;                 // in the table, for messages
};

// Seeded parameter sets across each slider's range (set 0 the defaults, 1 the slider minima, 2 the
// maxima, then random values, some on the slider's step grid), and for each set random points, the
// breakpoint candidates with their float neighbours in the dtype, +-0, +-inf, NaN and large
// magnitudes. The same seed gives the same cases on every platform.
std::vector<Case> generateCases(std::uint64_t seed, int sets);

// The points generateCases asks about for one activation (any framework): random ones, the breakpoints
// with their float neighbours, +-0, +-inf, NaN and large magnitudes.
std::vector<double> casePoints(const Core::Activation& a, Core::DType dtype, std::uint64_t seed);

// One curve whose PyTorch snippet (--code pytorch) make crosscheck runs: a catalogue function in one
// of its frameworks with parameter values, and the points to compare it at.
struct SnippetCase {
    Core::Activation activation;
    int set = 0;            // 0 the defaults, then slider minima and maxima, edge values, random values
    std::vector<double> xs; // float64 points
};
// Every function in every framework that has it: the defaults, the slider minima and maxima, each
// parameter alone at edge values (0, negative, 1, large, None), for Keras' ReLU every combination of
// max_value, negative_slope and threshold edges, then `sets` seeded random sets.
std::vector<SnippetCase> generateSnippetCases(std::uint64_t seed, int sets);

// Tab-separated: function, dtype, set, params, x.
std::string formatCase(const Case& c);
// Tab-separated: function, dtype, set, params, x, path, y, dy, dparam ("-" when none). '#' lines
// are comments. Throws std::runtime_error naming the line and what is wrong with it.
std::vector<Row> readTable(std::istream& in);

// The core activation a row describes (parameters set by catalogue name). Throws Core::InputError.
Core::Activation activationOf(const Case& c);

// Piecewise-linear functions must match bit for bit, signed zeros included; the rest within
// kRelTolerance64 / kRelTolerance32 relative (and NaN where PyTorch has NaN, infinities exactly).
inline constexpr double kRelTolerance64 = 1e-12;
inline constexpr double kRelTolerance32 = 4e-6;
bool mustBeBitExact(const Core::Activation& a);

// The worst disagreement of one function in one dtype.
struct FunctionReport {
    std::string function;
    Core::DType dtype = Core::DType::Float64;
    bool bitExactRequired = false;
    int points = 0;    // scalar-path rows
    int identical = 0; // rows whose y, dy and dparam are bit-identical (NaN counts as equal)
    double worstY = 0; // worst relative error, scalar path
    double worstDy = 0;
    double worstDparam = 0;
    int misses = 0;         // scalar-path rows outside the tolerance
    int vectorPoints = 0;   // information only: the vectorised path
    double worstVector = 0; // worst relative error over y, dy and dparam
    int vectorMisses = 0;
};
struct Report {
    std::vector<FunctionReport> functions; // in catalogue order, float64 before float32
    std::vector<std::string> misses;       // one line per scalar-path miss: the case and what differs
    std::vector<Row> missedRows;
    std::vector<std::string> differences; // the first 50 scalar-path rows not bit-identical, in or out of tolerance
    bool passed() const { return misses.empty(); }
};
Report compare(const std::vector<Row>& rows);

// The per-function table (worst relative error; "0" means every point identical).
std::string formatReport(const Report& report);

} // namespace Crosscheck
