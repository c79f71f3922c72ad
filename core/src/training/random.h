// SPDX-License-Identifier: MIT
// The learning lab's random numbers: SplitMix64 and our own conversions, so that a seed gives the
// same bits with any standard library (std::normal_distribution's algorithm is unspecified).
#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>

namespace Core::Training {

inline std::uint64_t next(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// [0, 1) with 53 random bits.
inline double uniform(std::uint64_t& state) { return double(next(state) >> 11) * 0x1.0p-53; }
inline double uniform(std::uint64_t& state, double lo, double hi) { return lo + (hi - lo) * uniform(state); }

// Box-Muller, one value per call (the partner is dropped: simpler state, same determinism).
inline double normal(std::uint64_t& state)
{
    const double u1 = 1.0 - uniform(state); // (0, 1]: log is finite
    const double u2 = uniform(state);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

// 0 .. n-1, without modulo bias worth the name for n far below 2^64.
inline std::size_t below(std::uint64_t& state, std::size_t n) { return std::size_t(next(state) % n); }

} // namespace Core::Training
