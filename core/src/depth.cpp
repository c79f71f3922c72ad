// SPDX-License-Identifier: MIT
// Initialisations and the mean-field depth recursion of a wide random network: the variance q of
// the pre-activations layer by layer, and chi, the factor by which a layer scales the squared
// length of a gradient.
#include "aex/core/statistics.h"

#include "aex/core/numberformat.h"
#include "aex/core/quote.h"

#include "moments.h"

#include <array>
#include <cmath>
#include <limits>

namespace Core {

namespace {

constexpr std::string_view kAcceptedInits
    = "accepted: he, lecun, glorot, pytorch, keras, or custom:SW,SB with SW > 0 and SB >= 0, e.g. custom:1.5,0.1";

constexpr std::array<std::pair<std::string_view, InitScheme>, 6> kSchemes{
    {{"he", InitScheme::He}, {"lecun", InitScheme::LeCun}, {"glorot", InitScheme::Glorot},
        {"pytorch", InitScheme::PyTorch}, {"keras", InitScheme::Keras}, {"custom", InitScheme::Custom}}};

double customNumber(std::string_view name, std::string_view text)
{
    const std::optional<double> value = parseNumber(text);
    if (!value)
        throw InputError(std::string(name) + " " + quoted(text) + " is not a number; " + std::string(kAcceptedInits));
    return *value;
}

// The slope of the negative side of a leaky function, for He's 2 / (1 + slope^2); nullopt for others.
std::optional<double> leakySlope(const Activation& activation)
{
    const std::string_view name = activation.function().name;
    const ParamValues& p = activation.params();
    const auto value = [&](std::string_view param) -> std::optional<double> {
        const std::optional<std::size_t> index = activation.function().paramIndex(param, activation.framework());
        if (!index || !activation.spec().params[*index].available || p.none[*index])
            return std::nullopt;
        return p.value[*index];
    };
    if (name == "leaky_relu" || name == "prelu")
        return value("alpha");
    if (name == "rrelu")
        return (value("lower").value_or(0) + value("upper").value_or(0)) / 2;
    if (name == "relu")
        return value("negative_slope");
    return std::nullopt;
}

} // namespace

std::string_view initName(InitScheme scheme)
{
    for (const auto& [name, s] : kSchemes) {
        if (s == scheme)
            return name;
    }
    return {};
}

Initialisation Initialisation::parse(std::string_view spec)
{
    const std::size_t colon = spec.find(':');
    const std::string_view name = spec.substr(0, colon);
    for (const auto& [text, scheme] : kSchemes) {
        if (name != text)
            continue;
        Initialisation init;
        init.scheme = scheme;
        if (scheme != InitScheme::Custom) {
            if (colon != std::string_view::npos)
                throw InputError(std::string(text) + " takes no numbers; " + std::string(kAcceptedInits));
            return init;
        }
        if (colon == std::string_view::npos)
            throw InputError("custom needs sigma_w and sigma_b; " + std::string(kAcceptedInits));
        const std::string_view numbers = spec.substr(colon + 1);
        const std::size_t comma = numbers.find(',');
        init.sigmaW = customNumber("sigma_w", numbers.substr(0, comma));
        init.sigmaB = comma == std::string_view::npos ? 0.0 : customNumber("sigma_b", numbers.substr(comma + 1));
        if (!(init.sigmaW > 0) || !std::isfinite(init.sigmaW))
            throw InputError(
                "sigma_w " + formatNumber(init.sigmaW) + " is not a finite number > 0; " + std::string(kAcceptedInits));
        if (!(init.sigmaB >= 0) || !std::isfinite(init.sigmaB))
            throw InputError("sigma_b " + formatNumber(init.sigmaB) + " is not a finite number >= 0; "
                + std::string(kAcceptedInits));
        return init;
    }
    throw InputError("unknown initialisation " + quoted(name) + "; " + std::string(kAcceptedInits));
}

double weightVariance(const Initialisation& init, const Activation& activation)
{
    switch (init.scheme) {
    case InitScheme::He: {
        const double slope = leakySlope(activation).value_or(0);
        return 2 / (1 + slope * slope);
    }
    case InitScheme::LeCun:
    case InitScheme::Glorot: // 2 / (fan_in + fan_out) with equal fans
    case InitScheme::Keras:  // Dense's glorot_uniform: the same variance
        return 1;
    case InitScheme::PyTorch: // kaiming_uniform(a = sqrt(5)): gain^2 = 2 / (1 + 5), so Var[w] = 1 / (3 fan_in)
        return 1.0 / 3.0;
    case InitScheme::Custom: return init.sigmaW * init.sigmaW;
    }
    return 1;
}

double biasVariance(const Initialisation& init)
{
    return init.scheme == InitScheme::Custom ? init.sigmaB * init.sigmaB : 0.0;
}

std::vector<DepthRow> propagate(
    const Activation& activation, const Initialisation& init, int layers, double q0, DType dtype)
{
    if (layers < 1 || layers > kMaxDepth)
        throw InputError("depth " + std::to_string(layers) + " is out of range; accepted: a whole number from 1 to "
            + std::to_string(kMaxDepth));
    if (!(q0 >= 0) || !std::isfinite(q0))
        throw InputError("q0 " + formatNumber(q0) + " is not a finite number >= 0; accepted: E[x^2] of the inputs");
    const double sw2 = weightVariance(init, activation), sb2 = biasVariance(init);
    const std::vector<double> splits = Detail::splitPoints(activation, dtype);
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<DepthRow> rows;
    rows.reserve(static_cast<std::size_t>(layers) + 1);
    double q = q0, product = 1, lastQ = nan;
    Detail::Moments m{};
    for (int l = 0; l <= layers; ++l) {
        if (!std::isfinite(q)) {
            rows.push_back({l, q, nan, nan});
            continue;
        }
        // A fixed point reached to the last bit gives the same integral again.
        if (q != lastQ) {
            m = Detail::integrateMoments(activation, dtype, {Detail::Shape::Normal, 0, std::sqrt(q)}, splits, 0,
                {false, true, false, true, false});
            lastQ = q;
        }
        const double chi = sw2 * m[Detail::DF2];
        product *= chi;
        rows.push_back({l, q, chi, product});
        q = sw2 * m[Detail::F2] + sb2;
    }
    return rows;
}

} // namespace Core
