// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/sampling.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace Widgets {

// The points the crosshair can stand on: linspace(domain) as Core::sample computes it (rounded to
// float in float32) merged with the breakpoints. Computed point by point rather than stored: at
// 10^6 samples a stored grid would cost more per slider step than drawing does.
class SnapGrid {
public:
    SnapGrid(const Core::Domain& domain, Core::DType dtype, const std::vector<double>& breakpoints);

    double nearest(double x) const;
    // `steps` distinct points to the right (left when negative) of a point of the grid, stopping
    // at the ends.
    double step(double x, int steps) const;

private:
    double at(std::ptrdiff_t i) const;
    std::ptrdiff_t indexNear(double x) const;
    std::optional<double> next(double x) const;     // the smallest point above x
    std::optional<double> previous(double x) const; // the largest point below x

    Core::Domain m_domain;
    bool m_float32;
    const std::vector<double>& m_breakpoints;
    double m_step;
    std::ptrdiff_t m_last;
};

} // namespace Widgets
