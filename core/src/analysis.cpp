// SPDX-License-Identifier: MIT
#include "aex/core/analysis.h"

#include <algorithm>
#include <cmath>

namespace Core {

bool Breakpoint::valueJumps() const { return yLeft != yRight; }
bool Breakpoint::slopeJumps() const { return dyLeft != dyRight; }

namespace {

Side ownerOf(double left, double at, double right)
{
    if (left == right)
        return Side::Neither;
    if (at == left)
        return Side::Left;
    if (at == right)
        return Side::Right;
    return Side::Neither;
}

// The neighbouring representable x in the evaluation precision.
double neighbour(double x, DType dtype, double direction)
{
    if (dtype == DType::Float32)
        return static_cast<double>(std::nextafter(static_cast<float>(x), static_cast<float>(direction)));
    return std::nextafter(x, direction);
}

bool close(double a, double b, double relative)
{
    if (a == b || (std::isnan(a) && std::isnan(b)))
        return true;
    return std::fabs(a - b) <= relative * std::max({1.0, std::fabs(a), std::fabs(b)});
}

// Evaluates many points in one call, in the requested precision.
struct Samples {
    std::vector<double> x, y, dy;
};
Samples evaluateMany(const Activation& activation, std::vector<double> x, DType dtype)
{
    Samples s{std::move(x), {}, {}};
    s.y.resize(s.x.size());
    s.dy.resize(s.x.size());
    if (dtype == DType::Float32) {
        std::vector<float> xf(s.x.begin(), s.x.end()), yf(xf.size()), dyf(xf.size());
        evaluate(activation, std::span<const float>(xf), yf, dyf);
        std::copy(yf.begin(), yf.end(), s.y.begin());
        std::copy(dyf.begin(), dyf.end(), s.dy.begin());
    } else {
        evaluate(activation, s.x, s.y, s.dy);
    }
    return s;
}

bool isBreakpointX(const std::vector<Breakpoint>& bps, double x)
{
    return std::any_of(bps.begin(), bps.end(), [x](const Breakpoint& b) { return b.x == x; });
}

// The lowest (sign 1) or highest (sign -1) value found by a golden-section search of [a, b]: a
// value the function takes, never a guess.
double goldenSection(const Activation& activation, DType dtype, double a, double b, double sign)
{
    const double ratio = (std::sqrt(5.0) - 1) / 2;
    double c = b - ratio * (b - a), d = a + ratio * (b - a);
    const auto f = [&](double x) { return sign * evaluateAt(activation, x, dtype).y; };
    double fc = f(c), fd = f(d), best = std::min(fc, fd);
    for (int i = 0; i < 80 && c < d; ++i) {
        if (fc < fd) {
            b = d;
            d = c;
            fd = fc;
            c = b - ratio * (b - a);
            fc = f(c);
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + ratio * (b - a);
            fd = f(d);
        }
        best = std::min({best, fc, fd});
    }
    return sign * best;
}

} // namespace

std::vector<Breakpoint> breakpoints(const Activation& activation, DType dtype)
{
    std::vector<Breakpoint> out;
    const CandidateFn candidatesOf = activation.spec().candidates;
    if (!candidatesOf)
        return out;
    std::array<double, kMaxCandidates> buffer{};
    std::vector<double> candidates;
    const std::size_t count = candidatesOf(activation.params(), buffer);
    for (std::size_t i = 0; i < count; ++i) {
        double x = buffer[i];
        if (dtype == DType::Float32)
            x = static_cast<double>(static_cast<float>(x));
        if (std::isfinite(x))
            candidates.push_back(x);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    // Values within a few ulps are the same value; a real jump (even PyTorch softplus's 2e-9 at
    // its threshold) is far larger. Slopes are compared more loosely: a smooth piece's slope moves
    // by f'' times one ulp between neighbours.
    const double valueTolerance = dtype == DType::Float32 ? 64 * 1.2e-7 : 64 * 2.3e-16;
    const double slopeTolerance = dtype == DType::Float32 ? 1e-4 : 1e-10;
    const double inf = std::numeric_limits<double>::infinity();
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        const double x = candidates[c];
        const double l1 = neighbour(x, dtype, -inf), l2 = neighbour(l1, dtype, -inf);
        const double r1 = neighbour(x, dtype, inf), r2 = neighbour(r1, dtype, inf);
        // Slopes are also probed a little further out: next to a kink a curved piece can round to
        // the other piece's slope at the adjacent float (TF selu at -5e-324 has y = 0, so f' = scale).
        // The probe stays well inside the gap to the neighbouring candidates.
        double delta = std::ldexp(std::max(std::fabs(x), 1.0), dtype == DType::Float32 ? -8 : -20);
        if (c > 0)
            delta = std::min(delta, (x - candidates[c - 1]) / 4);
        if (c + 1 < candidates.size())
            delta = std::min(delta, (candidates[c + 1] - x) / 4);
        const Samples s
            = evaluateMany(activation, {l2, l1, x, r1, r2, x - 2 * delta, x - delta, x + delta, x + 2 * delta}, dtype);
        // Limits: linear extrapolation from the two nearest neighbours, exact on linear pieces.
        const auto extrapolate = [&](std::size_t near, std::size_t far) {
            const double slope = (s.y[near] - s.y[far]) / (s.x[near] - s.x[far]);
            return s.y[near] + slope * (x - s.x[near]);
        };
        // A slope that is constant across the probes is exact; otherwise extrapolate it.
        const auto slopeLimit = [&](std::size_t adjacent, std::size_t near, std::size_t far) {
            if (s.dy[adjacent] == s.dy[near] && s.dy[near] == s.dy[far])
                return s.dy[adjacent];
            if (s.dy[near] == s.dy[far])
                return s.dy[near];
            return 2 * s.dy[near] - s.dy[far];
        };
        Breakpoint b;
        b.x = x;
        b.yAt = s.y[2];
        b.yLeft = extrapolate(1, 0);
        b.yRight = extrapolate(3, 4);
        b.dyAt = s.dy[2];
        b.dyLeft = slopeLimit(1, 6, 5);
        b.dyRight = slopeLimit(3, 7, 8);
        if (close(b.yLeft, b.yAt, valueTolerance))
            b.yLeft = b.yAt;
        if (close(b.yRight, b.yAt, valueTolerance))
            b.yRight = b.yAt;
        if (close(b.yLeft, b.yRight, valueTolerance))
            b.yRight = b.yLeft;
        if (close(b.dyLeft, b.dyAt, slopeTolerance))
            b.dyLeft = b.dyAt;
        if (close(b.dyRight, b.dyAt, slopeTolerance))
            b.dyRight = b.dyAt;
        if (close(b.dyLeft, b.dyRight, slopeTolerance))
            b.dyRight = b.dyLeft;
        const bool changes = b.yLeft != b.yRight || b.dyLeft != b.dyRight || b.yAt != b.yLeft || b.dyAt != b.dyLeft;
        if (changes)
            out.push_back(b);
    }
    return out;
}

Side Breakpoint::valueOwner() const { return ownerOf(yLeft, yAt, yRight); }
Side Breakpoint::slopeOwner() const { return ownerOf(dyLeft, dyAt, dyRight); }

std::string_view monotonicityName(Monotonicity m)
{
    switch (m) {
    case Monotonicity::NonDecreasing: return "non-decreasing";
    case Monotonicity::NonIncreasing: return "non-increasing";
    case Monotonicity::Constant: return "constant";
    case Monotonicity::None: return "not monotonic";
    }
    return {};
}

Properties properties(const Activation& activation, DType dtype)
{
    Properties props;
    const std::vector<Breakpoint> bps = breakpoints(activation, dtype);
    for (const Breakpoint& b : bps) {
        props.continuous = props.continuous && !b.valueJumps() && b.yAt == b.yLeft;
        props.differentiable = props.differentiable && !b.slopeJumps() && b.dyAt == b.dyLeft;
    }
    props.differentiable = props.differentiable && props.continuous;

    // A dense grid where the shapes are, the breakpoints, and far probes for the tails.
    const double far = dtype == DType::Float32 ? 1e30 : 1e300;
    const std::vector<double> farLeft{-far, -1e12, -1e6, -1e3}, farRight{1e3, 1e6, 1e12, far};
    std::vector<double> grid;
    constexpr int kGrid = 8000;
    // In float32 the grid is what the float32 tensor holds: an unrounded grid point just past a
    // breakpoint would evaluate at the breakpoint itself and sit out of order in the sequence below.
    for (int i = 0; i <= kGrid; ++i)
        grid.push_back(dtype == DType::Float32 ? static_cast<double>(static_cast<float>(-40.0 + 80.0 * i / kGrid))
                                               : -40.0 + 80.0 * i / kGrid);
    for (const Breakpoint& b : bps)
        grid.push_back(b.x);
    std::sort(grid.begin(), grid.end());
    grid.erase(std::unique(grid.begin(), grid.end()), grid.end());
    const Samples left = evaluateMany(activation, farLeft, dtype);
    const Samples right = evaluateMany(activation, farRight, dtype);
    const Samples mid = evaluateMany(activation, grid, dtype);

    // The value sequence in x order, with each breakpoint's limits around its own value.
    std::vector<double> ys(left.y);
    std::size_t nextBp = 0;
    for (std::size_t i = 0; i < mid.x.size(); ++i) {
        if (nextBp < bps.size() && bps[nextBp].x == mid.x[i]) {
            ys.insert(ys.end(), {bps[nextBp].yLeft, bps[nextBp].yAt, bps[nextBp].yRight});
            ++nextBp;
        } else {
            ys.push_back(mid.y[i]);
        }
    }
    ys.insert(ys.end(), right.y.begin(), right.y.end());

    const double huge = dtype == DType::Float32 ? 1e29 : 1e250;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    bool nonDecreasing = true, nonIncreasing = true, constant = true;
    double previous = std::numeric_limits<double>::quiet_NaN();
    const double eps = dtype == DType::Float32 ? 1.2e-7 : 2.3e-16;
    for (double y : ys) {
        if (std::isnan(y))
            continue;
        lo = std::min(lo, y);
        hi = std::max(hi, y);
        if (!std::isnan(previous)) {
            // Rounding may wobble a monotonic curve by an ulp; infinities compare exactly.
            const double slack
                = std::isinf(y) || std::isinf(previous) ? 0.0 : 4 * eps * std::max(std::fabs(y), std::fabs(previous));
            nonDecreasing = nonDecreasing && y >= previous - slack;
            nonIncreasing = nonIncreasing && y <= previous + slack;
            constant = constant && y == previous;
        }
        previous = y;
    }
    // A smooth minimum or maximum between grid points (gelu's, silu's, mish's) is lower or higher
    // than the grid's best point by about f'' dx^2 / 8: refine it, so that no value is outside the bounds.
    const auto refine = [&](std::size_t i, double sign) {
        if (i == 0 || i + 1 >= mid.x.size() || isBreakpointX(bps, mid.x[i - 1]) || isBreakpointX(bps, mid.x[i])
            || isBreakpointX(bps, mid.x[i + 1]))
            return;
        if (!(sign * mid.y[i - 1] > sign * mid.y[i] && sign * mid.y[i + 1] > sign * mid.y[i]))
            return;
        const double best = goldenSection(activation, dtype, mid.x[i - 1], mid.x[i + 1], sign);
        lo = std::min(lo, best);
        hi = std::max(hi, best);
    };
    std::size_t argMin = 0, argMax = 0;
    for (std::size_t i = 1; i < mid.y.size(); ++i) {
        if (std::isnan(mid.y[argMin]) || mid.y[i] < mid.y[argMin])
            argMin = i;
        if (std::isnan(mid.y[argMax]) || mid.y[i] > mid.y[argMax])
            argMax = i;
    }
    refine(argMin, 1.0);
    refine(argMax, -1.0);
    props.infimum = lo <= -huge ? -std::numeric_limits<double>::infinity() : lo;
    props.supremum = hi >= huge ? std::numeric_limits<double>::infinity() : hi;
    props.monotonicity = constant ? Monotonicity::Constant
        : nonDecreasing           ? Monotonicity::NonDecreasing
        : nonIncreasing           ? Monotonicity::NonIncreasing
                                  : Monotonicity::None;

    // Zero-gradient runs on the grid (the derivative at a breakpoint is its own value there).
    const auto isBreakpoint
        = [&](double x) { return std::any_of(bps.begin(), bps.end(), [x](const Breakpoint& b) { return b.x == x; }); };
    const bool zeroFarLeft = std::all_of(left.dy.begin(), left.dy.end(), [](double d) { return d == 0; });
    const bool zeroFarRight = std::all_of(right.dy.begin(), right.dy.end(), [](double d) { return d == 0; });
    const std::size_t n = mid.x.size();
    for (std::size_t i = 0; i < n;) {
        if (mid.dy[i] != 0) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < n && mid.dy[j + 1] == 0)
            ++j;
        Interval interval;
        if (i == 0 && zeroFarLeft)
            interval.lo = -std::numeric_limits<double>::infinity();
        else
            interval.lo = (i > 0 && isBreakpoint(mid.x[i - 1]) && !isBreakpoint(mid.x[i])) ? mid.x[i - 1] : mid.x[i];
        if (j == n - 1 && zeroFarRight)
            interval.hi = std::numeric_limits<double>::infinity();
        else
            interval.hi
                = (j + 1 < n && isBreakpoint(mid.x[j + 1]) && !isBreakpoint(mid.x[j])) ? mid.x[j + 1] : mid.x[j];
        props.zeroGradient.push_back(interval);
        i = j + 1;
    }
    return props;
}

} // namespace Core
