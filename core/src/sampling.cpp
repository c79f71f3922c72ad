// SPDX-License-Identifier: MIT
#include "aex/core/sampling.h"

#include "aex/core/analysis.h"
#include "aex/core/numberformat.h"
#include "aex/core/quote.h"

#include <algorithm>
#include <cmath>

namespace Core {

void validate(const Domain& domain)
{
    if (!std::isfinite(domain.min) || !std::isfinite(domain.max)) {
        throw InputError("the domain " + formatNumber(domain.min) + ":" + formatNumber(domain.max)
            + " must have finite ends; accepted: A:B with finite numbers A < B");
    }
    if (!(domain.min < domain.max)) {
        throw InputError("the domain " + formatNumber(domain.min) + ":" + formatNumber(domain.max)
            + " is empty; accepted: A:B with A < B");
    }
    if (!std::isfinite(domain.max - domain.min)) {
        throw InputError("the domain " + formatNumber(domain.min) + ":" + formatNumber(domain.max)
            + " is too wide to sample; accepted: A:B with B - A finite (below about 1.8e308)");
    }
    if (domain.samples < kMinSamples || domain.samples > kMaxSamples) {
        throw InputError("samples " + std::to_string(domain.samples)
            + " is out of range; accepted: " + std::to_string(kMinSamples) + " to " + std::to_string(kMaxSamples));
    }
}

std::string workProblem(std::size_t curves, std::size_t samples)
{
    const auto points = static_cast<double>(curves) * static_cast<double>(samples);
    if (points <= static_cast<double>(kMaxTotalSamples))
        return {};
    return std::to_string(curves) + " curves × " + std::to_string(samples) + " samples is "
        + std::to_string(static_cast<unsigned long long>(points)) + " points; accepted: at most "
        + std::to_string(kMaxTotalSamples) + " points in all (fewer samples or fewer curves)";
}

std::pair<double, double> parseRange(std::string_view text)
{
    constexpr std::string_view accepted = "accepted: A:B with finite numbers A < B, e.g. -5:5";
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || text.find(':', colon + 1) != std::string_view::npos)
        throw InputError("not of the form A:B; " + std::string(accepted));
    const std::string_view first = text.substr(0, colon);
    const std::string_view second = text.substr(colon + 1);
    const std::optional<double> a = parseNumber(first);
    const std::optional<double> b = parseNumber(second);
    if (!a || !b)
        throw InputError(quoted(a ? second : first) + " is not a number; " + std::string(accepted));
    if (!std::isfinite(*a) || !std::isfinite(*b))
        throw InputError("the ends must be finite; " + std::string(accepted));
    if (!(*a < *b))
        throw InputError("A must be less than B; " + std::string(accepted));
    // linspace steps by (B - A) / (N - 1): an infinite width would turn every x into inf or NaN.
    if (!std::isfinite(*b - *a))
        throw InputError("B - A overflows; " + std::string(accepted) + " and B - A at most 1.7e308");
    return {*a, *b};
}

std::vector<double> linspace(const Domain& domain)
{
    validate(domain);
    std::vector<double> x(domain.samples);
    const double step = (domain.max - domain.min) / static_cast<double>(domain.samples - 1);
    // The min() only matters for a subnormal step, whose rounding can carry i * step past the end
    // (0:2e-322 with 17 samples); for any other domain i * step + min never exceeds max.
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = std::min(static_cast<double>(i) * step + domain.min, domain.max);
    x[domain.samples - 1] = domain.max; // validate() guarantees samples >= 2
    return x;
}

namespace {

template <class T> void evaluateSeries(const Activation& activation, Series& s, bool withParams)
{
    const std::size_t n = s.x.size();
    const std::size_t trainable = withParams ? activation.trainableParams().size() : 0;
    s.y.resize(n);
    s.dy.resize(n);
    s.dparam.assign(trainable * n, 0.0);
    if constexpr (std::is_same_v<T, double>) {
        evaluate(activation, s.x, s.y, s.dy, s.dparam);
    } else {
        std::vector<float> x(s.x.begin(), s.x.end()), y(n), dy(n), dp(trainable * n);
        evaluate(activation, std::span<const float>(x), y, dy, dp);
        std::copy(x.begin(), x.end(), s.x.begin());
        std::copy(y.begin(), y.end(), s.y.begin());
        std::copy(dy.begin(), dy.end(), s.dy.begin());
        std::copy(dp.begin(), dp.end(), s.dparam.begin());
    }
}

} // namespace

Series sample(const Activation& activation, const Domain& domain, DType dtype, SampleOptions options)
{
    Series s;
    s.x = linspace(domain);
    std::vector<Breakpoint> inside;
    std::vector<std::size_t> tripleStarts;
    if (options.breakpoints) {
        for (const Breakpoint& b : breakpoints(activation, dtype)) {
            if (b.x >= domain.min && b.x <= domain.max)
                inside.push_back(b);
        }
        // Each breakpoint becomes three points at its x (left limit, value, right limit); a grid
        // point that falls exactly on it is replaced.
        std::vector<double> merged;
        merged.reserve(s.x.size() + 3 * inside.size());
        std::size_t next = 0;
        const auto insertBreakpoint = [&] {
            tripleStarts.push_back(merged.size());
            merged.insert(merged.end(), 3, inside[next++].x);
        };
        for (double x : s.x) {
            bool replaced = false;
            while (next < inside.size() && inside[next].x <= x) {
                replaced = replaced || inside[next].x == x;
                insertBreakpoint();
            }
            if (!replaced)
                merged.push_back(x);
        }
        while (next < inside.size())
            insertBreakpoint();
        s.x = std::move(merged);
    }
    if (dtype == DType::Float32)
        evaluateSeries<float>(activation, s, options.derivativeParams);
    else
        evaluateSeries<double>(activation, s, options.derivativeParams);
    for (std::size_t b = 0; b < tripleStarts.size(); ++b) {
        const Breakpoint& p = inside[b];
        const std::size_t i = tripleStarts[b];
        s.y[i] = p.yLeft, s.y[i + 1] = p.yAt, s.y[i + 2] = p.yRight;
        s.dy[i] = p.dyLeft, s.dy[i + 1] = p.dyAt, s.dy[i + 2] = p.dyRight;
    }
    return s;
}

} // namespace Core
