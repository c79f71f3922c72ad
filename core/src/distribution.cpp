// SPDX-License-Identifier: MIT
// The input distributions of the distribution lens: their parameters, checks, grammar and moments.
#include "aex/core/statistics.h"

#include "aex/core/numberformat.h"
#include "aex/core/quote.h"

#include "moments.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace Core {

namespace {

// The table is laid out by hand, one parameter per line, as the catalogue's parameters are.
// clang-format off
constexpr std::array<ParamSpec, 2> kNormalParams{{
    {"mu", "mean (mu)", "Mean of the inputs", ParamKind::Real, false, -3, 3, 0.05, 0},
    {"sigma", "standard deviation (sigma)", "Spread of the inputs; must be > 0", ParamKind::Real, false, 0.05, 5, 0.05, 1},
}};
constexpr std::array<ParamSpec, 2> kUniformParams{{
    {"a", "low end (a)", "Smallest input; must be < b", ParamKind::Real, false, -5, 5, 0.1, -1},
    {"b", "high end (b)", "Largest input; must be > a", ParamKind::Real, false, -5, 5, 0.1, 1},
}};
constexpr std::array<ParamSpec, 2> kLaplaceParams{{
    {"mu", "location (mu)", "Centre: the mean and the median of the inputs", ParamKind::Real, false, -3, 3, 0.05, 0},
    {"b", "scale (b)", "Spread: the variance is 2 b^2; must be > 0", ParamKind::Real, false, 0.05, 5, 0.05, 1},
}};
// clang-format on

std::string_view accepted(DistributionKind kind)
{
    switch (kind) {
    case DistributionKind::Normal: return "accepted: normal:MU,SIGMA with finite MU and SIGMA > 0, e.g. normal:0,1";
    case DistributionKind::Uniform: return "accepted: uniform:A,B with finite A < B, e.g. uniform:-1,1";
    case DistributionKind::Laplace: return "accepted: laplace:MU,B with finite MU and B > 0, e.g. laplace:0,1";
    case DistributionKind::Empirical: break;
    }
    return "accepted: at least one finite number";
}

constexpr std::string_view kAcceptedKinds
    = "accepted: normal:MU,SIGMA, uniform:A,B, laplace:MU,B (or normal, uniform, laplace for N(0, 1), U(-1, 1), "
      "Laplace(0, 1)), data:FILE";

[[noreturn]] void refuse(DistributionKind kind, const std::string& problem)
{
    throw InputError(problem + "; " + std::string(accepted(kind)));
}

void requireFinite(DistributionKind kind, std::string_view name, double value)
{
    if (!std::isfinite(value))
        refuse(kind, std::string(name) + " " + formatNumber(value) + " is not finite");
}

void requirePositive(DistributionKind kind, std::string_view name, double value)
{
    requireFinite(kind, name, value);
    if (!(value > 0))
        refuse(kind, std::string(name) + " " + formatNumber(value) + " is not > 0");
}

} // namespace

std::string_view distributionName(DistributionKind kind)
{
    switch (kind) {
    case DistributionKind::Normal: return "normal";
    case DistributionKind::Uniform: return "uniform";
    case DistributionKind::Laplace: return "laplace";
    case DistributionKind::Empirical: return "data";
    }
    return {};
}

std::span<const ParamSpec> distributionParams(DistributionKind kind)
{
    switch (kind) {
    case DistributionKind::Normal: return kNormalParams;
    case DistributionKind::Uniform: return kUniformParams;
    case DistributionKind::Laplace: return kLaplaceParams;
    case DistributionKind::Empirical: break;
    }
    return {};
}

Distribution Distribution::normal(double mu, double sigma)
{
    requireFinite(DistributionKind::Normal, "mu", mu);
    requirePositive(DistributionKind::Normal, "sigma", sigma);
    return {DistributionKind::Normal, mu, sigma};
}

Distribution Distribution::uniform(double a, double b)
{
    requireFinite(DistributionKind::Uniform, "a", a);
    requireFinite(DistributionKind::Uniform, "b", b);
    if (!(a < b))
        refuse(DistributionKind::Uniform, "b " + formatNumber(b) + " is not greater than a " + formatNumber(a));
    if (!std::isfinite(b - a))
        refuse(DistributionKind::Uniform, "b - a overflows");
    return {DistributionKind::Uniform, a, b};
}

Distribution Distribution::laplace(double mu, double b)
{
    requireFinite(DistributionKind::Laplace, "mu", mu);
    requirePositive(DistributionKind::Laplace, "b", b);
    return {DistributionKind::Laplace, mu, b};
}

Distribution Distribution::empirical(std::vector<double> values)
{
    if (values.empty())
        throw InputError("no numbers; accepted: at least one finite number");
    if (values.size() > kMaxDistributionValues)
        throw InputError(
            std::to_string(values.size()) + " numbers; accepted: at most " + std::to_string(kMaxDistributionValues));
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i]))
            throw InputError("number " + std::to_string(i + 1) + ", " + formatNumber(values[i])
                + ", is not finite; accepted: finite numbers");
    }
    std::sort(values.begin(), values.end());
    Detail::Sum mean, square;
    for (const double v : values) {
        mean.add(v);
        square.add(v * v);
    }
    Distribution d;
    d.m_kind = DistributionKind::Empirical;
    const auto n = static_cast<double>(values.size());
    d.m_a = mean.value() / n;
    d.m_b = square.value() / n;
    d.m_values = std::make_shared<const std::vector<double>>(std::move(values));
    return d;
}

Distribution Distribution::parse(std::string_view spec)
{
    const std::size_t colon = spec.find(':');
    const std::string_view name = spec.substr(0, colon);
    DistributionKind kind = DistributionKind::Normal;
    if (name == "normal")
        kind = DistributionKind::Normal;
    else if (name == "uniform")
        kind = DistributionKind::Uniform;
    else if (name == "laplace")
        kind = DistributionKind::Laplace;
    else if (name == "data")
        throw InputError("data:FILE names a file to read; accepted: data:FILE on the command line");
    else
        throw InputError("unknown distribution " + quoted(name) + "; " + std::string(kAcceptedKinds));
    if (colon == std::string_view::npos) {
        const std::span<const ParamSpec> specs = distributionParams(kind);
        const std::array<double, 2> defaults{specs[0].suggested, specs[1].suggested};
        return withParams(kind, defaults);
    }
    std::string_view rest = spec.substr(colon + 1);
    std::vector<double> params;
    const std::span<const ParamSpec> specs = distributionParams(kind);
    for (std::size_t i = 0;; ++i) {
        const std::size_t comma = rest.find(',');
        const std::string_view item = rest.substr(0, comma);
        if (i < specs.size()) {
            const std::optional<double> value = parseNumber(item);
            if (!value)
                refuse(kind, std::string(specs[i].name) + " " + quoted(item) + " is not a number");
            params.push_back(*value);
        } else {
            params.push_back(0); // counted for the message only
        }
        if (comma == std::string_view::npos)
            break;
        rest.remove_prefix(comma + 1);
    }
    if (params.size() != specs.size())
        refuse(kind, std::string(distributionName(kind)) + " takes 2 numbers, got " + std::to_string(params.size()));
    return withParams(kind, params);
}

Distribution Distribution::withParams(DistributionKind kind, std::span<const double> params)
{
    if (kind == DistributionKind::Empirical)
        return empirical({params.begin(), params.end()});
    if (params.size() != 2)
        refuse(kind, std::string(distributionName(kind)) + " takes 2 numbers, got " + std::to_string(params.size()));
    switch (kind) {
    case DistributionKind::Normal: return normal(params[0], params[1]);
    case DistributionKind::Uniform: return uniform(params[0], params[1]);
    default: break;
    }
    return laplace(params[0], params[1]);
}

std::vector<double> Distribution::params() const
{
    if (m_kind == DistributionKind::Empirical)
        return {};
    return {m_a, m_b};
}

const std::vector<double>& Distribution::values() const
{
    static const std::vector<double> none;
    return m_values ? *m_values : none;
}

double Distribution::density(double x) const
{
    if (m_kind == DistributionKind::Empirical)
        return 0;
    const Detail::Standardised d = Detail::standardised(*this);
    return Detail::standardDensity(d.shape, (x - d.location) / d.scale) / d.scale;
}

double Distribution::mean() const
{
    switch (m_kind) {
    case DistributionKind::Uniform: return 0.5 * m_a + 0.5 * m_b;
    default: return m_a; // normal and laplace: mu; empirical: the values' mean
    }
}

double Distribution::secondMoment() const
{
    switch (m_kind) {
    case DistributionKind::Normal: return m_a * m_a + m_b * m_b;
    case DistributionKind::Uniform: return (m_a * m_a + m_a * m_b + m_b * m_b) / 3;
    case DistributionKind::Laplace: return m_a * m_a + 2 * m_b * m_b;
    case DistributionKind::Empirical: break;
    }
    return m_b;
}

std::pair<double, double> Distribution::span() const
{
    switch (m_kind) {
    case DistributionKind::Normal: return {m_a - 8.3 * m_b, m_a + 8.3 * m_b}; // P(|z| > 8.3) = 1.0e-16
    case DistributionKind::Uniform: return {m_a, m_b};
    case DistributionKind::Laplace: return {m_a - 36.8 * m_b, m_a + 36.8 * m_b}; // exp(-36.8) = 1.0e-16
    case DistributionKind::Empirical: break;
    }
    return {m_values->front(), m_values->back()};
}

double Distribution::probability(double lo, double hi) const
{
    if (!(lo < hi))
        return 0;
    if (m_kind == DistributionKind::Empirical) {
        const std::vector<double>& v = *m_values;
        const auto first = std::upper_bound(v.begin(), v.end(), lo);
        const auto last = std::lower_bound(first, v.end(), hi);
        return static_cast<double>(last - first) / static_cast<double>(v.size());
    }
    const Detail::Standardised d = Detail::standardised(*this);
    return Detail::standardProbability(d.shape, (lo - d.location) / d.scale, (hi - d.location) / d.scale);
}

std::string Distribution::describe() const
{
    if (m_kind == DistributionKind::Empirical) {
        const std::size_t n = m_values->size();
        return "data (" + std::to_string(n) + (n == 1 ? " value)" : " values)");
    }
    return std::string(distributionName(m_kind)) + "(" + formatNumber(m_a) + ", " + formatNumber(m_b) + ")";
}

bool operator==(const Distribution& a, const Distribution& b)
{
    if (a.m_kind != b.m_kind)
        return false;
    if (a.m_kind != DistributionKind::Empirical)
        return a.m_a == b.m_a && a.m_b == b.m_b;
    return a.m_values == b.m_values || *a.m_values == *b.m_values;
}

} // namespace Core
