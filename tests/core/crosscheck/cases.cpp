// SPDX-License-Identifier: MIT
// The inputs the cross-check asks PyTorch about. std::mt19937_64 is specified exactly by the
// standard, and the mapping to doubles below is our own, so a seed means the same cases everywhere.

#include "crosscheck.h"

#include "aex/core/analysis.h"
#include "aex/core/numberformat.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <random>

namespace Crosscheck {

namespace {

class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_engine(seed)
    {
    }
    double unit() { return static_cast<double>(m_engine() >> 11) * 0x1p-53; } // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }
    std::uint64_t below(std::uint64_t n) { return m_engine() % n; }
    bool chance(double p) { return unit() < p; }

private:
    std::mt19937_64 m_engine;
};

double defaultOf(const Core::ParamSpec& p, const Core::FrameworkParam& fp)
{
    return fp.defaultValue.value_or(p.suggested);
}

// One parameter of a random set: a slider edge, the default, 0, a point of the slider's step grid
// (what a dragged slider gives) or any double in the range (what a typed value gives).
double randomParam(Random& rng, const Core::ParamSpec& p, const Core::FrameworkParam& fp)
{
    if (p.kind == Core::ParamKind::Boolean)
        return static_cast<double>(rng.below(2));
    switch (rng.below(10)) {
    case 0: return p.sliderMin;
    case 1: return p.sliderMax;
    case 2: return defaultOf(p, fp);
    case 3: return p.sliderMin <= 0 && p.sliderMax >= 0 ? 0.0 : rng.uniform(p.sliderMin, p.sliderMax);
    case 4:
    case 5:
    case 6: {
        const double steps = std::floor((p.sliderMax - p.sliderMin) / p.step);
        return p.sliderMin + std::round(rng.unit() * steps) * p.step;
    }
    default: return rng.uniform(p.sliderMin, p.sliderMax);
    }
}

std::string paramText(const Core::FunctionSpec& f, const Core::FrameworkSpec& spec, int set, Random& rng)
{
    std::string out;
    for (std::size_t i = 0; i < f.params.size(); ++i) {
        const Core::FrameworkParam& fp = spec.params[i];
        if (!fp.available)
            continue;
        const Core::ParamSpec& p = f.params[i];
        double v = 0;
        if (p.kind == Core::ParamKind::Boolean)
            v = set == 0 ? defaultOf(p, fp) : static_cast<double>(set == 2 ? 1 : set == 1 ? 0 : rng.below(2));
        else
            v = set == 0 ? defaultOf(p, fp) : set == 1 ? p.sliderMin : set == 2 ? p.sliderMax : randomParam(rng, p, fp);
        out += (out.empty() ? "" : ";") + std::string(p.name) + "=" + Core::formatNumber(v);
    }
    return out.empty() ? "-" : out;
}

template <class T> void addWithNeighbours(std::vector<double>& xs, double c)
{
    const auto t = static_cast<T>(c);
    constexpr T inf = std::numeric_limits<T>::infinity();
    xs.insert(xs.end(), {double(t), double(std::nextafter(t, -inf)), double(std::nextafter(t, inf))});
}

template <class T> std::vector<double> points(const Core::Activation& a, Core::DType dtype, Random& rng)
{
    std::vector<double> xs;
    for (int i = 0; i < 6; ++i)
        xs.push_back(rng.uniform(-8, 8));
    for (int i = 0; i < 2; ++i)
        xs.push_back(rng.uniform(-40, 40));
    for (int i = 0; i < 2; ++i)
        xs.push_back((rng.chance(0.5) ? -1 : 1) * std::pow(10.0, rng.uniform(-8, 3)));

    std::array<double, Core::kMaxCandidates> candidates{};
    const std::size_t n = a.spec().candidates ? a.spec().candidates(a.params(), candidates) : 0;
    for (std::size_t i = 0; i < n; ++i)
        addWithNeighbours<T>(xs, candidates[i]);
    for (const Core::Breakpoint& b : Core::breakpoints(a, dtype))
        addWithNeighbours<T>(xs, b.x);

    constexpr T inf = std::numeric_limits<T>::infinity();
    constexpr T huge = std::numeric_limits<T>::max() / 2;
    for (double s : {1.0, -1.0}) {
        // +-0, the smallest subnormal and normal, where exp overflows in either dtype, and beyond.
        xs.insert(xs.end(),
            {s * 0.0, s * double(std::numeric_limits<T>::denorm_min()), s * double(std::numeric_limits<T>::min()),
                s * 1e-30, s * 20, s * 88, s * 89, s * 100, s * 700, s * 710, s * 1e30, s * double(huge),
                s * double(inf)});
    }
    xs.push_back(std::numeric_limits<double>::quiet_NaN());

    // Every point in the dtype, each once (bitwise, so -0 and +0 both stay).
    std::vector<double> out;
    for (double x : xs) {
        const double v = double(static_cast<T>(x));
        if (std::none_of(out.begin(), out.end(),
                [&](double o) { return std::bit_cast<std::uint64_t>(o) == std::bit_cast<std::uint64_t>(v); }))
            out.push_back(v);
    }
    return out;
}

} // namespace

std::vector<double> casePoints(const Core::Activation& a, Core::DType dtype, std::uint64_t seed)
{
    Random rng(seed);
    return dtype == Core::DType::Float32 ? points<float>(a, dtype, rng) : points<double>(a, dtype, rng);
}

std::vector<Case> generateCases(std::uint64_t seed, int sets)
{
    std::vector<Case> cases;
    Random rng(seed);
    for (const Core::FunctionSpec& f : Core::catalogue()) {
        const Core::FrameworkSpec* spec = f.in(Core::Framework::PyTorch);
        if (!spec)
            continue;
        for (Core::DType dtype : {Core::DType::Float64, Core::DType::Float32}) {
            for (int set = 0; set < sets; ++set) {
                Case c{std::string(f.name), dtype, paramText(f, *spec, set, rng), 0, set};
                const Core::Activation a = activationOf(c);
                const std::vector<double> xs
                    = dtype == Core::DType::Float32 ? points<float>(a, dtype, rng) : points<double>(a, dtype, rng);
                for (double x : xs) {
                    c.x = x;
                    cases.push_back(c);
                }
            }
        }
    }
    return cases;
}

} // namespace Crosscheck
