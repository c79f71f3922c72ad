// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

namespace Core {

inline constexpr std::size_t kMinSamples = 2;
inline constexpr std::size_t kMaxSamples = 10'000'000;

struct Domain {
    double min = -5.0;
    double max = 5.0;
    std::size_t samples = 1001;
};
// Throws InputError unless min < max, both finite, and kMinSamples <= samples <= kMaxSamples.
void validate(const Domain& domain);

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
