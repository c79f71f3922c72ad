// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <string>
#include <string_view>
#include <utility>

namespace Core {

inline constexpr std::size_t kMinSamples = 2;
inline constexpr std::size_t kMaxSamples = 10'000'000;
// What a window, a figure or a session draws at once: curves × samples. A figure holds every
// point in memory, so this bounds its memory (README: "Limits").
inline constexpr std::size_t kMaxTotalSamples = 10'000'000;
// The most curves a view (a window, a figure, a session) holds.
inline constexpr std::size_t kMaxCurves = 64;

// Empty when this many curves at this many samples each stay within kMaxTotalSamples, else the
// problem: "64 curves × 1000000 samples is 64000000 points; accepted: at most 10000000 points in
// all (fewer samples or fewer curves)".
std::string workProblem(std::size_t curves, std::size_t samples);

struct Domain {
    double min = -5.0;
    double max = 5.0;
    std::size_t samples = 1001;
    friend bool operator==(const Domain&, const Domain&) = default;
};
// Throws InputError unless min < max, both finite, and kMinSamples <= samples <= kMaxSamples.
void validate(const Domain& domain);

// "A:B", the one grammar of a domain's ends: finite numbers with A < B and B - A finite. Throws
// InputError ("A must be less than B; accepted: A:B with finite numbers A < B, e.g. -5:5").
std::pair<double, double> parseRange(std::string_view text);

// numpy.linspace: min + i * (max - min) / (samples - 1), with the last point exactly max.
std::vector<double> linspace(const Domain& domain);

// A sampled curve. Float32 samples are widened to double exactly.
struct Series {
    std::vector<double> x;
    std::vector<double> y;
    std::vector<double> dy;
    std::vector<double> dparam; // trainable parameters, param-major, or empty
};

struct SampleOptions {
    // Insert every breakpoint inside the domain as three points at the same x: its left limit,
    // its own value and its right limit (see Breakpoint). A plot then draws exact corners and
    // true jumps; a data export leaves this off to get exactly linspace(domain).
    bool breakpoints = false;
    // Fill Series::dparam for the trainable parameters.
    bool derivativeParams = false;
};

// Samples the domain; throws InputError for an invalid domain.
Series sample(
    const Activation& activation, const Domain& domain, DType dtype = DType::Float64, SampleOptions options = {});

} // namespace Core
