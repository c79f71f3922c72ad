// SPDX-License-Identifier: MIT
#include "snapgrid.h"

#include <algorithm>
#include <cmath>

namespace Widgets {

SnapGrid::SnapGrid(const Core::Domain& domain, Core::DType dtype, const std::vector<double>& breakpoints)
    : m_domain(domain)
    , m_float32(dtype == Core::DType::Float32)
    , m_breakpoints(breakpoints)
    , m_step((domain.max - domain.min) / static_cast<double>(domain.samples - 1))
    , m_last(static_cast<std::ptrdiff_t>(domain.samples) - 1)
{
}

double SnapGrid::nearest(double x) const
{
    const std::ptrdiff_t i = indexNear(x);
    double best = at(i);
    const auto consider = [&](double c) {
        const double d = std::abs(c - x), bestD = std::abs(best - x);
        if (d < bestD || (d == bestD && c < best))
            best = c;
    };
    for (const std::ptrdiff_t j : {i - 1, i + 1}) {
        if (j >= 0 && j <= m_last)
            consider(at(j));
    }
    const auto it = std::lower_bound(m_breakpoints.begin(), m_breakpoints.end(), x);
    if (it != m_breakpoints.end())
        consider(*it);
    if (it != m_breakpoints.begin())
        consider(*std::prev(it));
    return best;
}

double SnapGrid::step(double x, int steps) const
{
    const std::ptrdiff_t count = m_last + 1 + static_cast<std::ptrdiff_t>(m_breakpoints.size());
    if (steps >= count)
        return std::max(at(m_last), m_breakpoints.empty() ? at(m_last) : m_breakpoints.back());
    if (-static_cast<std::ptrdiff_t>(steps) >= count)
        return std::min(at(0), m_breakpoints.empty() ? at(0) : m_breakpoints.front());
    for (; steps > 0; --steps) {
        const std::optional<double> n = next(x);
        if (!n)
            break;
        x = *n;
    }
    for (; steps < 0; ++steps) {
        const std::optional<double> p = previous(x);
        if (!p)
            break;
        x = *p;
    }
    return x;
}

double SnapGrid::at(std::ptrdiff_t i) const
{
    const double x = i == m_last ? m_domain.max : static_cast<double>(i) * m_step + m_domain.min;
    return m_float32 ? static_cast<double>(static_cast<float>(x)) : x;
}

std::ptrdiff_t SnapGrid::indexNear(double x) const
{
    const double r = (x - m_domain.min) / m_step;
    if (!(r > 0))
        return 0;
    if (r >= static_cast<double>(m_last))
        return m_last;
    return static_cast<std::ptrdiff_t>(std::llround(r));
}

std::optional<double> SnapGrid::next(double x) const
{
    std::optional<double> result;
    std::ptrdiff_t i = indexNear(x);
    while (i > 0 && at(i - 1) > x)
        --i;
    while (i <= m_last && at(i) <= x)
        ++i;
    if (i <= m_last)
        result = at(i);
    const auto it = std::upper_bound(m_breakpoints.begin(), m_breakpoints.end(), x);
    if (it != m_breakpoints.end() && (!result || *it < *result))
        result = *it;
    return result;
}

std::optional<double> SnapGrid::previous(double x) const
{
    std::optional<double> result;
    std::ptrdiff_t i = indexNear(x);
    while (i < m_last && at(i + 1) < x)
        ++i;
    while (i >= 0 && at(i) >= x)
        --i;
    if (i >= 0)
        result = at(i);
    const auto it = std::lower_bound(m_breakpoints.begin(), m_breakpoints.end(), x);
    if (it != m_breakpoints.begin() && (!result || *std::prev(it) > *result))
        result = *std::prev(it);
    return result;
}

} // namespace Widgets
