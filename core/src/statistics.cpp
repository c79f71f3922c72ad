// SPDX-License-Identifier: MIT
// statistics() and pytorchGain(): what an activation does to a distribution of inputs.
#include "aex/core/statistics.h"

#include "aex/core/analysis.h"

#include "moments.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Core {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr int kBoundedProbes = 64;
constexpr std::size_t kChunk = std::size_t(1) << 16;
constexpr std::size_t kBlock = 64;

// f' at each x, in the dtype.
std::vector<double> slopes(const Activation& activation, const std::vector<double>& x, DType dtype)
{
    std::vector<double> y(x.size()), dy(x.size());
    if (dtype == DType::Float32) {
        std::vector<float> xf(x.begin(), x.end()), yf(x.size()), dyf(x.size());
        for (std::size_t i = 0; i < x.size(); ++i)
            xf[i] = static_cast<float>(x[i]);
        evaluate(activation, std::span<const float>(xf), yf, dyf);
        std::transform(dyf.begin(), dyf.end(), dy.begin(), [](float v) { return static_cast<double>(v); });
    } else {
        evaluate(activation, x, y, dy);
    }
    return dy;
}

// The edge of a zero-gradient region between `nonzero` (f' != 0) and `zero` (f' == 0), to the last
// double: the point of the region nearest `nonzero`.
double zeroEdge(const Activation& activation, DType dtype, double nonzero, double zero)
{
    for (int i = 0; i < 200; ++i) {
        const double mid = nonzero + 0.5 * (zero - nonzero);
        if (mid == nonzero || mid == zero)
            break;
        (evaluateAt(activation, mid, dtype).dy == 0 ? zero : nonzero) = mid;
    }
    return zero;
}

// Probes of the piece (lo, hi) between two split points, in increasing x: evenly spaced inside a
// bounded piece, at distances 2^k / 256 from a finite end towards an infinite one, and one just
// inside each finite end.
std::vector<double> probesOf(double lo, double hi, DType dtype)
{
    const double far = dtype == DType::Float32 ? 3.4e38 : 1.7e308;
    const double inside = dtype == DType::Float32 ? 1e-6 : 1e-12;
    std::vector<double> p;
    if (std::isfinite(lo))
        p.push_back(lo + inside * std::max(1.0, std::fabs(lo)));
    if (std::isfinite(lo) && std::isfinite(hi)) {
        for (int i = 1; i < kBoundedProbes; ++i)
            p.push_back(lo + (hi - lo) * i / kBoundedProbes);
    } else {
        // From the finite end (or 0) outwards towards each infinite one.
        const double anchor = std::isfinite(lo) ? lo : std::isfinite(hi) ? hi : 0.0;
        if (!std::isfinite(lo) && !std::isfinite(hi))
            p.push_back(0);
        for (int k = -8; std::ldexp(1.0, k) < far; ++k) {
            const double d = std::ldexp(1.0, k);
            if (!std::isfinite(lo) && anchor - d > -far)
                p.push_back(anchor - d);
            if (!std::isfinite(hi) && anchor + d < far)
                p.push_back(anchor + d);
        }
        if (!std::isfinite(lo))
            p.push_back(-far);
        if (!std::isfinite(hi))
            p.push_back(far);
    }
    if (std::isfinite(hi))
        p.push_back(hi - inside * std::max(1.0, std::fabs(hi)));
    std::sort(p.begin(), p.end());
    std::erase_if(p, [&](double x) { return !(x > lo && x < hi); });
    return p;
}

// Where f'(x) == 0 exactly, merged and sorted. Between two split points f is one smooth piece, so
// its zero-gradient runs are the whole piece (a constant piece) or a saturated tail (tanh beyond
// |x| = 19.06, sigmoid below -745 where the gradient underflows): probes find the runs, and
// bisection finds their edges to the last double.
std::vector<Interval> zeroGradient(const Activation& activation, DType dtype)
{
    const std::vector<double> splits = Detail::splitPoints(activation, dtype);
    std::vector<double> cuts{-kInf};
    cuts.insert(cuts.end(), splits.begin(), splits.end());
    cuts.push_back(kInf);
    std::vector<Interval> out;
    for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
        const double lo = cuts[c], hi = cuts[c + 1];
        const std::vector<double> probes = probesOf(lo, hi, dtype);
        const std::vector<double> dy = slopes(activation, probes, dtype);
        const std::size_t n = probes.size();
        for (std::size_t i = 0; i < n;) {
            if (dy[i] != 0) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j + 1 < n && dy[j + 1] == 0)
                ++j;
            const double left = i == 0 ? lo : zeroEdge(activation, dtype, probes[i - 1], probes[i]);
            const double right = j + 1 == n ? hi : zeroEdge(activation, dtype, probes[j + 1], probes[j]);
            if (left < right)
                out.push_back({left, right});
            i = j + 1;
        }
    }
    std::vector<Interval> merged;
    for (const Interval& iv : out) {
        if (!merged.empty() && iv.lo <= merged.back().hi)
            merged.back().hi = std::max(merged.back().hi, iv.hi);
        else
            merged.push_back(iv);
    }
    return merged;
}

double gainOf(double inputSecondMoment, double outputSecondMoment)
{
    if (outputSecondMoment == 0)
        return inputSecondMoment > 0 ? kInf : std::numeric_limits<double>::quiet_NaN();
    return std::sqrt(inputSecondMoment / outputSecondMoment);
}

// Var[f] = E[(f - c)^2] - (E[f] - c)^2 with c near the mean, so that a large mean does not cancel.
double varianceOf(double mean, double secondMoment, double centred, double centre)
{
    if (std::isinf(secondMoment))
        return kInf;
    const double shift = mean - centre;
    return std::max(0.0, centred - shift * shift);
}

// Piece shares and the dead fraction, the same for every kind of input.
void addShares(ActivationStatistics& s, const Activation& activation, const Distribution& input, DType dtype,
    bool deadFromIntervals)
{
    const std::vector<Breakpoint> bps = breakpoints(activation, dtype);
    if (!bps.empty()) {
        double lo = -kInf;
        for (const Breakpoint& b : bps) {
            s.pieces.push_back({lo, b.x, input.probability(lo, b.x)});
            lo = b.x;
        }
        s.pieces.push_back({lo, kInf, input.probability(lo, kInf)});
    }
    if (deadFromIntervals) {
        s.deadFraction = 0;
        for (const Interval& iv : zeroGradient(activation, dtype))
            s.deadFraction += input.probability(iv.lo, iv.hi);
        s.deadFraction = std::min(s.deadFraction, 1.0);
    }
}

// Exact over the values: f and f' at each one, compensated sums; the variance chunk by chunk (two
// passes over each chunk's outputs, chunks combined as Chan et al. do), so that a large mean does
// not cancel it away.
ActivationStatistics empiricalStatistics(const Activation& activation, const Distribution& input, DType dtype)
{
    const std::vector<double>& values = input.values();
    const std::size_t n = values.size();
    Detail::Sum f, f2, df, df2;
    double mean = 0, m2 = 0; // of the chunks seen so far
    std::size_t seen = 0, dead = 0;
    std::vector<double> y(std::min(n, kChunk)), dy(y.size());
    std::vector<float> xf, yf, dyf;
    for (std::size_t start = 0; start < n; start += kChunk) {
        const std::size_t count = std::min(kChunk, n - start);
        const std::span<const double> x(values.data() + start, count);
        if (dtype == DType::Float32) {
            xf.resize(count);
            yf.resize(count);
            dyf.resize(count);
            std::transform(x.begin(), x.end(), xf.begin(), [](double v) { return static_cast<float>(v); });
            evaluate(activation, std::span<const float>(xf), yf, dyf);
            std::transform(yf.begin(), yf.end(), y.begin(), [](float v) { return static_cast<double>(v); });
            std::transform(dyf.begin(), dyf.end(), dy.begin(), [](float v) { return static_cast<double>(v); });
        } else {
            evaluate(activation, x, std::span<double>(y.data(), count), std::span<double>(dy.data(), count));
        }
        // Plain sums over blocks of kBlock values (their rounding is kBlock ulps at most), the
        // blocks' sums compensated.
        Detail::Sum chunk;
        for (std::size_t b = 0; b < count; b += kBlock) {
            const std::size_t end = std::min(count, b + kBlock);
            double sf = 0, sf2 = 0, sdf = 0, sdf2 = 0;
            for (std::size_t i = b; i < end; ++i) {
                sf += y[i];
                sf2 += y[i] * y[i];
                sdf += dy[i];
                sdf2 += dy[i] * dy[i];
                dead += dy[i] == 0 ? 1U : 0U;
            }
            chunk.add(sf);
            f2.add(sf2);
            df.add(sdf);
            df2.add(sdf2);
        }
        f.add(chunk.value());
        const double chunkMean = chunk.value() / static_cast<double>(count);
        Detail::Sum chunkM2;
        for (std::size_t b = 0; b < count; b += kBlock) {
            const std::size_t end = std::min(count, b + kBlock);
            double sum = 0;
            for (std::size_t i = b; i < end; ++i)
                sum += (y[i] - chunkMean) * (y[i] - chunkMean);
            chunkM2.add(sum);
        }
        const double delta = chunkMean - mean, total = static_cast<double>(seen + count);
        mean += delta * static_cast<double>(count) / total;
        m2 += chunkM2.value() + delta * delta * static_cast<double>(seen) * static_cast<double>(count) / total;
        seen += count;
    }
    const auto count = static_cast<double>(n);
    ActivationStatistics s;
    s.deadFraction = static_cast<double>(dead) / count;
    s.mean = f.value() / count;
    s.secondMoment = f2.value() / count;
    s.gradMean = df.value() / count;
    s.gradSecondMoment = df2.value() / count;
    s.variance = std::isinf(s.secondMoment) ? kInf : m2 / count;
    s.gain = gainOf(input.secondMoment(), s.secondMoment);
    addShares(s, activation, input, dtype, false);
    return s;
}

std::optional<double> paramValue(const Activation& activation, std::string_view name)
{
    const std::optional<std::size_t> index = activation.function().paramIndex(name, activation.framework());
    if (!index || !activation.spec().params[*index].available || activation.params().none[*index])
        return std::nullopt;
    return activation.params().value[*index];
}

RecommendedGain leakyGain(double slope) { return {std::sqrt(2 / (1 + slope * slope)), {}}; }

} // namespace

ActivationStatistics statistics(const Activation& activation, const Distribution& input, DType dtype)
{
    if (input.kind() == DistributionKind::Empirical)
        return empiricalStatistics(activation, input, dtype);
    const Detail::Standardised d = Detail::standardised(input);
    const std::vector<double> splits = Detail::splitPoints(activation, dtype);
    const double where = d.shape == Detail::Shape::Uniform ? d.location + 0.5 * d.scale : d.location;
    double centre = evaluateAt(activation, where, dtype).y;
    if (!std::isfinite(centre))
        centre = 0;
    const Detail::Moments m
        = Detail::integrateMoments(activation, dtype, d, splits, centre, {true, true, true, true, true});
    ActivationStatistics s;
    s.mean = m[Detail::F];
    s.secondMoment = m[Detail::F2];
    s.gradMean = m[Detail::DF];
    s.gradSecondMoment = m[Detail::DF2];
    s.variance = varianceOf(s.mean, s.secondMoment, m[Detail::Centred], centre);
    s.gain = gainOf(input.secondMoment(), s.secondMoment);
    addShares(s, activation, input, dtype, true);
    return s;
}

std::optional<RecommendedGain> pytorchGain(const Activation& activation)
{
    const std::string_view name = activation.function().name;
    if (name == "relu") {
        // Keras's relu is PyTorch's relu or leaky_relu only without a clip or a threshold.
        if (paramValue(activation, "max_value") || paramValue(activation, "threshold").value_or(0) != 0)
            return std::nullopt;
        const double slope = paramValue(activation, "negative_slope").value_or(0);
        return slope != 0 ? leakyGain(slope) : RecommendedGain{std::sqrt(2.0), {}};
    }
    if (name == "leaky_relu")
        return leakyGain(paramValue(activation, "alpha").value_or(0));
    if (name == "linear")
        return RecommendedGain{1, {}};
    if (name == "tanh")
        return RecommendedGain{5.0 / 3.0,
            "5/3 is a heuristic (PyTorch gives no derivation); sqrt(E[x^2] / E[tanh(x)^2]) is 1.593 under N(0, 1)"};
    if (name == "selu")
        return RecommendedGain{0.75,
            "3/4 trades SELU's self-normalisation for steadier gradients (PyTorch's docs); a self-normalising network "
            "uses gain 1 (LeCun init), where E[selu(x)^2] = 1 under N(0, 1)"};
    if (name == "sigmoid")
        return RecommendedGain{1,
            "1 is a placeholder, not derived from E[f(x)^2]: sigmoid's outputs centre on 1/2, and sqrt(E[x^2] / "
            "E[sigmoid(x)^2]) is 1.846 under N(0, 1)"};
    return std::nullopt;
}

} // namespace Core
